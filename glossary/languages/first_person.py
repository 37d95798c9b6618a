"""Words of a speaker speaking of themselves (first person, singular and plural), per
language: a quotation standing alone that holds one is someone's own words, which the
sentence before it may name (``translate.coverage.alone_quotes``), unless that sentence
has its subject meet, visit, ask or join others, or is passive (``OTHERS``: "Scholz
besuchte die Flutopfer. „Wir haben alles verloren.“" is a victim's). Written from general
knowledge of the languages."""

from __future__ import annotations

FIRST_PERSON: dict[str, frozenset[str]] = {
    "de": frozenset(
        "ich mich mir mein meine meinen meinem meiner meines "
        "wir uns unser unsere unseren unserem unserer unseres".split()
    ),
    "nl": frozenset("ik mij me mijn wij we ons onze".split()),
}

OTHERS: dict[str, frozenset[str]] = {
    "de": frozenset(
        "mit gemeinsam zusammen bei besuchte besucht besuchten traf trifft trafen empfing "
        "empfängt begrüßte begrüßt fragte fragt befragte befragt wurde wird wurden werden "
        "worden".split()
    ),
    "nl": frozenset(
        "met samen bij bezocht bezoekt bezochten ontmoette ontmoet ontving ontvangt sprak "
        "spreekt vroeg vraagt werd wordt werden worden".split()
    ),
}
