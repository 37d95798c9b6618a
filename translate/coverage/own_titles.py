"""A title with the speaker's own name after it ("SPD-Fraktionschef Matthias Miersch"):
the title is that person's, not the one the article named with the same title before
("Die Fraktionsvorsitzende Alice Weidel …")."""

from __future__ import annotations

from collections.abc import Sequence

from glossary.matcher import Match
from translate.coverage.speaker_names import is_name


def name_after_title(phrase: str, matches: Sequence[Match], written: str | None, lang: str) -> bool:
    """``written`` (the name as the clause writes it) is a full name (two words or more)
    that stands in ``phrase`` after every glossary title it holds: the phrase names its
    own speaker, and an earlier holder of the title is someone else."""
    if not written or " " not in written or not is_name(written, lang):
        return False
    title_end = max((m.end for m in matches if m.entry.kind == "title"), default=-1)
    at = phrase.rfind(written)
    return title_end >= 0 and at >= title_end
