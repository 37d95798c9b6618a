"""One quotation or statement in several articles: the same speaker and the same words, or
English sharing most of its words; a paraphrase of what another outlet quotes is the same
statement by :func:`translate.coverage.reported.same_statement`. Each quotation with the
articles that carry it and how each carries it."""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Sequence

from translate.coverage.reported import same_statement
from translate.results import Quoted


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def same_quotation(a: Quoted, b: Quoted) -> bool:
    """One quotation in two articles: the same speaker, and the same words in the original
    or, across languages, English that shares most of its words (precision first: a
    paraphrase is no quotation of the same words)."""
    key_a = a.quote.speaker_id or a.quote.speaker
    key_b = b.quote.speaker_id or b.quote.speaker
    if key_a is None or key_a != key_b:
        return False
    if "reported" in (a.quote.kind, b.quote.kind):
        return same_statement(a, b)  # one outlet paraphrases what another quotes
    if a.quote.source_text.strip() == b.quote.source_text.strip():
        return True
    if a.english is None or b.english is None:
        return False
    ratio = difflib.SequenceMatcher(None, _words(a.english), _words(b.english)).ratio()
    return ratio >= SAME_QUOTATION


# The share of English words two translations of one quotation have in common at least
# (difflib's ratio over words).
SAME_QUOTATION = 0.6


def carriers(quoted: Sequence[Quoted]) -> list[Quoted]:
    """Each quotation with the articles that carry it (itself included, in order)."""
    found = []
    for item in quoted:
        same = [o for o in quoted if o is item or same_quotation(item, o)]
        carried_as: dict[str, str] = {}
        for o in same:
            carried_as.setdefault(o.quote.article_id, o.quote.kind)
        found.append(dataclasses.replace(item, carriers=tuple(carried_as), carried_as=carried_as))
    return found
