"""Corrections offered, never applied, for sentences like a corrected one: a copy desk
changed a number or a word, so the person's English may be nearly right for it.

Sentences are compared word by word (normalised as correction keys are, case left
aside): difflib's ratio, 2 x words in common / words in both. ``NEAR`` was chosen on
``benchmarks/near_corrections.py`` (figures in ``docs/corrections.md``): FLORES-200 and
seed sentences given one copy-desk edit, against each sentence's closest other sentence;
no two different sentences reached 0.7, and at 0.8 every one-word edit of a sentence of
five words or more is offered (one word of five changed is 0.8 exactly).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from translate.results import Correction
from translate.storage.corrections import normalise

NEAR = 0.8


@dataclass(frozen=True)
class Suggestion:
    """A correction of a sentence like this one: how alike they are, and this sentence in
    pieces ("same", "changed": words the corrected one lacks or has otherwise; "gone":
    words only the corrected one has)."""

    correction: Correction
    score: float
    pieces: tuple[tuple[str, str], ...]


def words(text: str) -> list[str]:
    return normalise(text).split()


def folded(text: str) -> list[str]:
    return [w.casefold() for w in words(text)]


def likeness(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, folded(a), folded(b), autojunk=False).ratio()


def _pieces(corrected: str, sentence: str) -> tuple[tuple[str, str], ...]:
    old, new = words(corrected), words(sentence)
    matcher = difflib.SequenceMatcher(
        None, [w.casefold() for w in old], [w.casefold() for w in new], autojunk=False
    )
    pieces = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(("same", " ".join(new[j1:j2])))
            continue
        if i2 > i1:
            pieces.append(("gone", " ".join(old[i1:i2])))
        if j2 > j1:
            pieces.append(("changed", " ".join(new[j1:j2])))
    return tuple(pieces)


def suggestions(
    sentences: Sequence[tuple[int, str]], candidates: Sequence[Correction]
) -> dict[int, Suggestion]:
    """Sentence index -> the closest correction at ``NEAR`` or above that is not the
    sentence's own (an exact one is applied, not offered). Candidates are found through
    the words they share, so an article costs its sentences' words, not every correction."""
    by_word: dict[str, set[int]] = {}
    known = [folded(c.source) for c in candidates]
    for n, candidate in enumerate(known):
        for word in set(candidate):
            by_word.setdefault(word, set()).add(n)
    found = {}
    for index, text in sentences:
        mine = folded(text)
        if not mine:
            continue
        shared: dict[int, int] = {}
        for word in set(mine):
            for n in by_word.get(word, ()):
                shared[n] = shared.get(n, 0) + 1
        best: tuple[float, int] | None = None
        for n, count in shared.items():
            # The ratio is at most 2 x shared distinct words / all words: skip the hopeless.
            if 2 * count / (len(mine) + len(known[n])) < NEAR * 0.5 or known[n] == mine:
                continue
            score = difflib.SequenceMatcher(None, known[n], mine, autojunk=False).ratio()
            if score >= NEAR and (best is None or score > best[0]):
                best = (score, n)
        if best is not None:
            chosen = candidates[best[1]]
            found[index] = Suggestion(chosen, round(best[0], 3), _pieces(chosen.source, text))
    return found
