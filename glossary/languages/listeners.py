"""The people a newsmaker talks with: groups the news quotes next (``GROUPS``: "sprach
mit Anwohnern. „…“": theirs, maybe; beside the person nouns of ``Reporting.persons`` and
the roles) and the press, never quoted back (``PRESS``: "sprach mit Journalisten. „…“":
the newsmaker's words), for ``translate.coverage.alone_quotes``. Noun stems, matched at a
word's start, written from general knowledge of each language, not from any corpus."""

from __future__ import annotations

from collections.abc import Mapping

PRESS: Mapping[str, tuple[str, ...]] = {
    "de": ("journalist", "reporter", "medienvertreter", "pressevertreter", "korrespondent"),
    "nl": ("journalist", "verslaggever", "pers", "correspondent"),
}

GROUPS: Mapping[str, tuple[str, ...]] = {
    "de": (
        "anwohner", "bewohner", "einwohner", "bürger", "betroffen", "beschäftigt", "demonstrant",
        "helfer", "bauern", "landwirt", "schüler", "student", "studierend", "eltern", "kinder",
        "jugendlich", "patient", "ärzt", "pflegekr", "mieter", "fans", "flüchtling",
        "geflüchtet", "opfer", "flutopfer", "angehörig", "streikend", "familien", "besucher",
    ),
    "nl": (
        "bewoner", "buurtbewoner", "burger", "getroffen", "gedupeerd", "werknemer", "personeel",
        "demonstrant", "boeren", "scholier", "student", "ouders", "kinderen", "jongeren",
        "patiënt", "artsen", "huurder", "fans", "vluchteling", "slachtoffer", "nabestaand",
        "stakers", "gezinnen", "bezoeker",
    ),
}  # fmt: skip


def groups(lang: str) -> tuple[str, ...]:
    """The stems of ``lang``'s plural nouns of groups the news quotes."""
    return GROUPS.get(lang, ())


def press(lang: str) -> tuple[str, ...]:
    """The stems of ``lang``'s nouns for the press."""
    return PRESS.get(lang, ())
