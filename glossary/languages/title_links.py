"""The small words that may stand between a title and the name of the one who holds it,
inside one noun phrase ("Präsident der Vereinigten Staaten Donald Trump", "minister van
Buitenlandse Zaken Wopke Hoekstra", "Merkel, die Präsidentin des Rates", "Rutte als
premier"): a lower-case word other than these (or an adjective right after one of them,
"der französischen Nationalversammlung") is a verb or the like, and the title is someone
else's ("Merkel traf den Präsidenten", "Der Präsident empfing Merkel")
(``translate.coverage.bearers.title_of``). Per language code, written from general
knowledge of the language, not from any corpus; a language left out has none, and a title
then needs no more than to stand near the name."""

from __future__ import annotations

from collections.abc import Mapping

TITLE_LINKS: Mapping[str, frozenset[str]] = {
    "de": frozenset(
        "der des die den dem das für von vom und zur zum im in bei als ehemalige ehemaliger "
        "ehemaligen frühere früherer früheren neue neuer neuen amtierende amtierender "
        "amtierenden".split()
    ),
    "nl": frozenset(
        "de het van voor der en in bij als oud- voormalig voormalige nieuwe huidige "
        "demissionair demissionaire".split()
    ),
    "en": frozenset("of the for and in at as former new acting".split()),
}


def title_links(lang: str) -> frozenset[str] | None:
    """The words ``lang`` allows between a title and its holder; None: the language has no
    such list (every word is allowed)."""
    return TITLE_LINKS.get(lang)
