"""Verbs of asking and accusing whose object may stand right after their subject when the
subject follows the verb ("Am Montag rief Klaus Weber Russland auf, …", "„…“, warf Klaus
Weber Scholz vor", "Maandag verweet Klaus Weber Rutte dat …"): the names after such a verb
may be two people's, the speaker's and the one asked or accused
(``translate.coverage.object_runs``); and the conjunctions that join a main clause of
such a verb with its own named subject to the one before ("…, und Klaus Weber forderte
die Regierung auf, …"). Space-separated words per language code, written
from general knowledge of the languages, not from any corpus."""

from __future__ import annotations

from collections.abc import Mapping


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Each verb, and after a colon the particle that follows the names where it takes one
# (there the verb without it takes no object after its subject: "„…“, rief X.").
VERBS: Mapping[str, frozenset[str]] = {
    "de": _words(
        "forderte:auf fordert:auf forderten:auf rief:auf ruft:auf riefen:auf warf:vor "
        "wirft:vor warfen:vor hielt:vor hält:vor hielten:vor bat bittet baten"
    ),
    "nl": _words(
        "riep:op roept:op riepen:op droeg:op draagt:op droegen:op verweet verwijt verweten "
        "spoorde:aan spoort:aan spoorden:aan"
    ),
}

# Conjunctions opening a main clause with its own subject first (", und X forderte …");
# Dutch reads "…, maar X verweet de regering dat …" through its clause already.
JOINING: Mapping[str, frozenset[str]] = {
    "de": _words("und aber doch sondern"),
}


def object_verbs(lang: str) -> frozenset[str]:
    """``lang``'s verbs whose object may follow their subject after them ("verb:particle"
    where the verb takes its object so only with its particle); empty if none."""
    return VERBS.get(lang, frozenset())


def joining(lang: str) -> frozenset[str]:
    """``lang``'s conjunctions that open a second main clause, its subject first."""
    return JOINING.get(lang, frozenset())
