"""How much of the glossary an English output renders: term accuracy (the share of
occurrences whose English form is in the output, as in the WMT 2021 terminology task)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from glossary.matcher import Hit
from glossary.spans import presence


def term_accuracy(hits: Iterable[Hit]) -> float | None:
    """Share of glossary occurrences whose English form is in the output (WMT21 exact match)."""
    hits = list(hits)
    if not hits:
        return None
    return sum(1 for h in hits if h.enforced) / len(hits)


def rendered(output: str, expected: Sequence[str]) -> tuple[int, list[str]]:
    """How many of the ``expected`` English forms (one per occurrence) ``output`` holds,
    and the ones it lacks. Longer forms claim their span first, so "Putin" inside
    "Vladimir Putin" is not counted twice; the first letter may be in either case, and a
    title or term (written lowercase) in any case ("Prime Minister Dick Schoof")."""
    claimed: list[tuple[int, int]] = []
    missing: list[str] = []
    for english in sorted(expected, key=len, reverse=True):
        kind = "title" if english[:1].islower() else "person"
        for m in presence(english, kind).finditer(output):
            if not any(s < m.end() and m.start() < e for s, e in claimed):
                claimed.append((m.start(), m.end()))
                break
        else:
            missing.append(english)
    return len(expected) - len(missing), missing
