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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from translate.results import Correction
from translate.storage.correction_store import normalise

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


class NearIndex:
    """Corrections of one language, indexed by their words, to look sentences up in."""

    def __init__(self, candidates: Sequence[Correction]) -> None:
        self.candidates = list(candidates)
        self.known = [folded(c.source) for c in self.candidates]
        self.counts = [Counter(words) for words in self.known]
        self.by_word: dict[str, list[int]] = {}
        for n, counts in enumerate(self.counts):
            for word in counts:
                self.by_word.setdefault(word, []).append(n)

    def nearest(self, text: str) -> tuple[float, int] | None:
        """(likeness, candidate) of the closest candidate at ``NEAR`` or above, other than
        the sentence itself. A candidate at ``NEAR`` shares at least ``c`` = NEAR / (2 -
        NEAR) of the sentence's words (counted as often as both have them), so it lacks
        at most the rest: it has one of the sentence's rarest words, that many plus one.
        Only those words' candidates are looked at (prefix filtering), and of them only
        those whose words in common can reach ``NEAR`` are compared in order."""
        mine = folded(text)
        if not mine:
            return None
        rarest = sorted(mine, key=lambda w: len(self.by_word.get(w, ())))
        lacking = int(len(mine) * (1 - NEAR / (2 - NEAR)) + 1e-9)
        seen = {n for word in rarest[: lacking + 1] for n in self.by_word.get(word, ())}
        counts = Counter(mine)
        best: tuple[float, int] | None = None
        for n in seen:
            theirs = self.known[n]
            common = sum((counts & self.counts[n]).values())
            if 2 * common / (len(mine) + len(theirs)) < NEAR or theirs == mine:
                continue
            score = difflib.SequenceMatcher(None, theirs, mine, autojunk=False).ratio()
            if score >= NEAR and (best is None or score > best[0]):
                best = (score, n)
        return best

    def suggestions(self, sentences: Sequence[tuple[int, str]]) -> dict[int, Suggestion]:
        """Sentence index -> the closest correction at ``NEAR`` or above that is not the
        sentence's own (an exact one is applied, not offered)."""
        found = {}
        for index, text in sentences:
            best = self.nearest(text)
            if best is not None:
                chosen = self.candidates[best[1]]
                found[index] = Suggestion(chosen, round(best[0], 3), _pieces(chosen.source, text))
        return found


def suggestions(
    sentences: Sequence[tuple[int, str]], candidates: Sequence[Correction]
) -> dict[int, Suggestion]:
    """Sentence index -> the closest of ``candidates`` at ``NEAR`` or above (see
    :class:`NearIndex`)."""
    return NearIndex(candidates).suggestions(sentences)
