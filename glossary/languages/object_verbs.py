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

# Words that, right after such a verb, can only be its subject: a name before the verb is
# then its object ("…, und Klaus Weber warf er vor, …": he accused Klaus Weber).
NOMINATIVE: Mapping[str, frozenset[str]] = {
    "de": _words("er wir ich du"),
}

# Words after such a verb that may be its subject or its object ("Klaus Weber forderte sie
# auf"): the subject of a joined clause only where none of them follows its verb.
UNSURE: Mapping[str, frozenset[str]] = {
    "de": _words("sie es ihr"),
}

# Verbs whose person is a dative ("jemandem etwas vorwerfen", "vorhalten"): after them a
# word of NOT_DATIVE opens the subject ("…, und Klaus Weber warf die Ministerin vor"), one
# of AMBIGUOUS_DATIVE does unless the noun after it ends as a feminine noun does ("der
# Verwaltung", "einer Partei": the dative; "der Minister": the subject).
DATIVE_VERBS: Mapping[str, frozenset[str]] = {
    "de": _words("warf wirft warfen werfen hielt hält hielten halten"),
}
NOT_DATIVE: Mapping[str, frozenset[str]] = {
    "de": _words(
        "sie es die das ein eine kein keine sein seine ihre unser unsere euer eure mein "
        "meine dein deine diese dieses jene jenes man jemand niemand"
    ),
}
AMBIGUOUS_DATIVE: Mapping[str, frozenset[str]] = {
    "de": _words("der einer"),
}
FEMININE_ENDINGS: Mapping[str, tuple[str, ...]] = {
    "de": ("ung", "heit", "keit", "schaft", "ion", "tät", "ei", "in", "ik", "enz", "anz"),
}

# Words opening the object right after a subject of two name words ("rief Yusuf Demir die
# Anhänger auf", "riep Jordan Peterson zijn volgers op"): the two words are then the
# subject's alone; after a verb of DATIVE_VERBS only a dative opens it ("warf Aylin Peter
# der Regierung vor"; not "warf Weber Scholz die Lüge vor": Scholz the one accused).
OBJECT_OPENERS: Mapping[str, frozenset[str]] = {
    "de": _words(
        "der die das den dem des ein eine einen einem einer diese diesen diesem dieser alle "
        "ihn sie ihm ihr ihnen uns euch mich dich seine seinen seinem seiner ihre ihren ihrem "
        "ihrer unsere unseren unserem unserer"
    ),
    "nl": _words(
        "de het een die deze dit dat zijn haar hun onze ons mijn jouw hem ze hen iedereen alle"
    ),
}
DATIVE_OPENERS: Mapping[str, frozenset[str]] = {
    "de": _words(
        "der dem einer einem diesem dieser allen ihm ihr ihnen uns euch seinem seiner ihrem "
        "ihrer unserem unserer"
    ),
}


def object_verbs(lang: str) -> frozenset[str]:
    """``lang``'s verbs whose object may follow their subject after them ("verb:particle"
    where the verb takes its object so only with its particle); empty if none."""
    return VERBS.get(lang, frozenset())


def joining(lang: str) -> frozenset[str]:
    """``lang``'s conjunctions that open a second main clause, its subject first."""
    return JOINING.get(lang, frozenset())


def subject_words(lang: str) -> dict[str, frozenset[str]]:
    """``lang``'s words that after an object verb open or may open its subject, by kind
    ("nominative", "unsure", "dative_verbs", "not_dative", "ambiguous_dative",
    "object_openers", "dative_openers")."""
    return {
        "nominative": NOMINATIVE.get(lang, frozenset()),
        "unsure": UNSURE.get(lang, frozenset()),
        "dative_verbs": DATIVE_VERBS.get(lang, frozenset()),
        "not_dative": NOT_DATIVE.get(lang, frozenset()),
        "ambiguous_dative": AMBIGUOUS_DATIVE.get(lang, frozenset()),
        "object_openers": OBJECT_OPENERS.get(lang, frozenset()),
        "dative_openers": DATIVE_OPENERS.get(lang, frozenset()),
    }


def feminine_endings(lang: str) -> tuple[str, ...]:
    """How ``lang``'s feminine nouns commonly end ("Verwaltung", "Partei"); empty if none."""
    return FEMININE_ENDINGS.get(lang, ())
