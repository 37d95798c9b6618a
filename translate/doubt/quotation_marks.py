"""Checks on quotations: words the source quotes that the English no longer quotes."""

from __future__ import annotations

import re

from translate.doubt.text import Reading, split_words

# A quoted passage: between double quotation marks of any style (Dutch and German write
# „...“ and "...", models "..." or “...”), or English single quotes that are no
# apostrophes ('Clean Air Act').
_QUOTED = re.compile(r'[„“”"«»]([^„“”"«»]{1,300})[“”"»«]|(?<!\w)[‘\']([^‘’\']{1,300})[’\'](?!\w)')
# Quotations of one to six words: the words an outlet puts on record ("strategisch
# verlies", "roekeloze of agressieve"), which a translation keeps as quotations.
MAX_QUOTE_WORDS = 6


def _quoted(text: str) -> list[str]:
    # FLORES writes a quotation mark inside a quoted field twice ("").
    return [a or b for a, b in _QUOTED.findall(text.replace('""', '"'))]


def lost_quotes(source: str, english: str) -> list[str]:
    """The source's short quotations when the English has fewer quoted passages than the
    source has short quotations (a quotation may come out as a paraphrase, or as the
    model's own words: "uit op een “strategisch verlies”" as "out of touch")."""
    short = [q.strip() for q in _quoted(source) if 1 <= len(split_words(q)) <= MAX_QUOTE_WORDS]
    return short if len(_quoted(english)) < len(short) else []


def quote(r: Reading) -> str | None:
    """The source quotes words (one to :data:`MAX_QUOTE_WORDS`) and the English has fewer
    quoted passages than it has such quotations (any style of quotation marks)."""
    lost = lost_quotes(r.source, r.english)
    if not lost:
        return None
    listed = ", ".join(f"\u201c{q}\u201d" for q in lost[:3])
    return f"the original quotes {listed}; the English does not"
