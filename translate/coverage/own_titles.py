"""A title with the speaker's own name after it ("SPD-Fraktionschef Matthias Miersch"):
the title is that person's, not the one the article named with the same title before
("Die Fraktionsvorsitzende Alice Weidel …"). Where the name does not follow the title
right away, or a definite article before the title may point back to the holder named
before ("fragte die Kanzlerin Anna Hofer": the chancellor asked Anna Hofer, or Anna Hofer
asked), the title is read as before (the holder the article named with it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from glossary.matcher import Match
from translate.coverage.clause_words import DETERMINERS
from translate.coverage.speaker_names import is_name


def name_after_title(
    phrase: str, matches: Sequence[Match], written: str | None, lang: str
) -> Literal["own", "unsure"] | None:
    """``written`` (the name as the clause writes it) is a full name (two words or more)
    that stands in ``phrase`` after every glossary title it holds: "own" where it follows
    the last title right away and no determiner stands before that title (the phrase names
    its own speaker, an earlier holder of the title is someone else), "unsure" otherwise;
    None where no name follows a title."""
    if not written or " " not in written or not is_name(written, lang):
        return None
    titles = [m for m in matches if m.entry.kind == "title"]
    if not titles:
        return None
    last = max(titles, key=lambda m: m.end)
    at = phrase.rfind(written)
    if at < last.end:
        return None
    before = phrase[: last.start].split()
    led = bool(before) and before[-1].casefold() in DETERMINERS.get(lang, ())
    return "unsure" if phrase[last.end : at].strip() or led else "own"
