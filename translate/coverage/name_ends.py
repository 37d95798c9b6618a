"""Where a person's name ends before the organisation they work for: "Piet Jansen van
Shell", "Jan van der Velde van Scheldestromen" (a first name and a surname already read,
then "van"/"von" and a capitalised word: where they work, no surname particle)."""

from __future__ import annotations

from glossary import languages
from translate.coverage.clause_words import NAME_WORD


def body_of(lang: str) -> tuple[str, ...]:
    """The preposition between a person or body and the organisation they belong to
    ("Piet Jansen van Shell", "die Vereinsleitung von Borussia Dortmund"):
    ``Reporting.body_of``."""
    return languages.get(lang).reporting.words("body_of")


def works_at(read: list[str], word: str, lang: str) -> bool:
    """``word`` (``body_of``: "van", "von") after the words ``read`` of a name opens the name of the
    place its bearer works at: ``read`` ends in a capitalised word and holds two that are
    no role (a first name and a surname)."""
    from translate.coverage.speaker_names import is_role  # speaker_names imports this

    if word not in body_of(lang) or not read or not NAME_WORD.fullmatch(read[-1]):
        return False
    names = [w for w in read if NAME_WORD.fullmatch(w) and not is_role(w, lang)]
    return len(names) >= 2
