"""Where terms' English forms are in a text: the patterns that find them, the spans
already taken (one mask, so checking a span costs its length), and replacing others."""

from __future__ import annotations

import re

from glossary.entries import COMMON_KINDS


def presence(english: str, kind: str) -> re.Pattern[str]:
    """How ``english`` is found in an output: a title or term in any case ("Prime
    Minister" is "prime minister" before a name), a name as written but its first letter."""
    if kind in COMMON_KINDS:
        return re.compile(rf"(?<!\w){re.escape(english)}(?!\w)", re.IGNORECASE)
    return word_pattern(english, True)


def word_pattern(text: str, flexible_first: bool = False) -> re.Pattern[str]:
    body = re.escape(text)
    if flexible_first and text[:1].isalpha():
        first = text[0]
        body = f"[{re.escape(first.lower())}{re.escape(first.upper())}]" + re.escape(text[1:])
    return re.compile(rf"(?<!\w){body}(?!\w)")


class Claims:
    """Spans of one text already taken, as a mask of its characters: checking or taking
    a span costs its length, whatever the number of spans taken before."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) < 0

    def claim(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def add(self, text: str, english: str, count: int, kind: str) -> None:
        """Take the first ``count`` free occurrences of ``english`` in ``text``."""
        for m in presence(english, kind).finditer(text):
            if count <= 0:
                break
            if self.free(m.start(), m.end()):
                self.claim(m.start(), m.end())
                count -= 1


def claimed_spans(text: str, counts: dict[str, int], kinds: dict[str, str]) -> Claims:
    """The spans in ``text`` of these English forms, at most ``count`` of each, longest
    first (as :meth:`Glossary.locate` claims them)."""
    claims = Claims(len(text))
    for english in sorted(counts, key=len, reverse=True):
        claims.add(text, english, counts[english], kinds[english])
    return claims


def replace_free(
    pattern: re.Pattern[str],
    english: str,
    text: str,
    count: int,
    claimed: Claims,
    present: re.Pattern[str] | None = None,
) -> tuple[str, int]:
    """``text`` with up to ``count`` matches of ``pattern`` outside ``claimed`` (and not
    already ``present``) replaced by ``english``, and how many were."""
    replaced = 0

    def swap(m: re.Match[str]) -> str:
        nonlocal replaced
        if replaced >= count or not claimed.free(m.start(), m.end()):
            return m.group(0)
        if present is not None and present.fullmatch(m.group(0)):
            return m.group(0)
        replaced += 1
        return english

    return pattern.sub(swap, text), replaced
