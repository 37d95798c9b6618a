"""Quotation marks around a title, no words said ("die Tour „A Bigger Bang“", "die Rakete
„Falcon 1“", "die Zeitschrift „Billboard“"), in the sentences "Das berichtete X." tells
back (``translate.coverage.reported_rows.told_before``, ``reported_bridge.told_from``):
they may hold one; a quotation with a speaker or of a sentence's words is still words said."""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.results import Quote

# A title: a capitalised word or a number first, a few words, no sentence's punctuation.
_TITLE = r"[A-ZÀ-Ý0-9][^„“”\"«».,;:!?]{0,40}"
TITLE_WORDS = 4


def a_title(quote: Quote) -> bool:
    """``quote`` is a title in quotation marks: part of a sentence, no speaker, a few words
    of a title's shape."""
    return (
        quote.kind == "partial"
        and quote.speaker is None
        and len(quote.source_text.split()) <= TITLE_WORDS
        and re.fullmatch(_TITLE, quote.source_text) is not None
    )


def said_quotes(quotes: Sequence[Quote]) -> tuple[list[Quote], list[tuple[int, int]]]:
    """``quotes`` but the titles in quotation marks, and their spans."""
    said = [q for q in quotes if not a_title(q)]
    return said, [(q.start, q.end) for q in said]


def untitled(text: str) -> str:
    """``text`` with the quotation marks around its titles dropped ("die Tour „A Bigger
    Bang“" -> "die Tour A Bigger Bang")."""
    return re.sub(rf"„({_TITLE})“", r"\1", text)
