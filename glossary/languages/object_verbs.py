"""Verbs of asking and accusing whose object may stand right after their subject when the
subject follows the verb ("Am Montag rief Klaus Weber Russland auf, …", "„…“, warf Klaus
Weber Scholz vor", "Maandag verweet Klaus Weber Rutte dat …"): the names after such a verb
may be two people's, the speaker's and the one asked or accused
(``translate.coverage.object_runs``). Space-separated words per language code, written
from general knowledge of the languages, not from any corpus."""

from __future__ import annotations

from collections.abc import Mapping


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


VERBS: Mapping[str, frozenset[str]] = {
    "de": _words(
        "forderte fordert forderten rief ruft riefen warf wirft warfen hielt hält hielten "
        "bat bittet baten"
    ),
    "nl": _words(
        "riep roept riepen droeg draagt droegen verweet verwijt verweten spoorde spoort "
        "spoorden drong dringt drongen"
    ),
}


def object_verbs(lang: str) -> frozenset[str]:
    """``lang``'s verbs whose object may follow their subject after them; empty if none."""
    return VERBS.get(lang, frozenset())
