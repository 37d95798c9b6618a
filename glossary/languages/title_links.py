"""The small words that may stand between a title and the name of the one who holds it,
inside one noun phrase ("Präsident der Vereinigten Staaten Donald Trump", "minister van
Buitenlandse Zaken Wopke Hoekstra", "Merkel, die Präsidentin des Rates", "Rutte als
premier"): a lower-case word other than these (or an adjective right after one of them,
"der französischen Nationalversammlung", with an adjective's ending) is a verb or a noun,
and the title is someone else's ("Merkel traf den Präsidenten", "Der Präsident empfing Merkel")
(``translate.coverage.bearers.title_of``). Per language code, written from general
knowledge of the language, not from any corpus; a language left out has none, and a title
then needs no more than to stand near the name."""

from __future__ import annotations

from collections.abc import Mapping

TITLE_LINKS: Mapping[str, frozenset[str]] = {
    # no conjunction ("den Kanzler und Markus Söder": two people) and no "former" (a former
    # holder is not the one "der Kanzler" later names)
    "de": frozenset(
        "der des die den dem das für von vom zur zum im in bei als neue neuer neuen "
        "amtierende amtierender amtierenden".split()
    ),
    "nl": frozenset(
        "de het van voor der in bij als nieuwe huidige demissionair demissionaire".split()
    ),
    "en": frozenset("of the for in at as new acting".split()),
}


# Words before a title that make it a former holder's ("Oud-premier Mark Rutte", "der
# frühere Kanzler Gerhard Schröder"): not the holder a later "de premier" names.
FORMER: Mapping[str, frozenset[str]] = {
    "de": frozenset(
        "ex alt ehemalige ehemaliger ehemaligen frühere früherer früheren "
        "einstige einstiger einstigen".split()
    ),
    "nl": frozenset("ex oud voormalig voormalige toenmalig toenmalige".split()),
    "en": frozenset("ex former".split()),
}


def former(word: str, lang: str) -> bool:
    """``word``, right before a title, makes it a former holder's."""
    return word.casefold() in FORMER.get(lang, frozenset())


def title_links(lang: str) -> frozenset[str] | None:
    """The words ``lang`` allows between a title and its holder; None: the language has no
    such list (every word is allowed)."""
    return TITLE_LINKS.get(lang)
