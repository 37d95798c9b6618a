"""The statement with a speaker that ends last before each sentence of an article, as
``translate.coverage.reported`` reads its sentences in order (whose account a Konjunktiv I
sentence may carry on): each statement looked at once, not all of them again for every
sentence, which grew with the square of a hostile text's length."""

from __future__ import annotations

from collections.abc import Sequence

from translate.results import Quote


class Latest:
    """The statement with a speaker that ends last before a sentence, of ``quotes`` and of
    ``found`` (reported speech found so far, which only grows, or has its last row made
    longer): the sentences asked for in order, each statement looked at once, not every
    statement again for every sentence (hostile text of thousands of them)."""

    def __init__(self, quotes: Sequence[Quote], found: list[Quote]) -> None:
        self._quotes = sorted(
            (q for q in quotes if q.speaker), key=lambda q: q.sentence
        )  # stable: in order within a sentence, as max() saw them
        self._found = found
        self._next_quote = 0
        self._folded = 0  # rows of found looked at, all but the last (it may grow)
        self._best_quote: Quote | None = None
        self._best_found: Quote | None = None

    @staticmethod
    def _key(q: Quote) -> tuple[int, int]:
        return (q.last_sentence or q.sentence, q.start)

    def _fold(self, best: Quote | None, q: Quote) -> Quote | None:
        return q if best is None or self._key(q) > self._key(best) else best

    def before(self, index: int) -> Quote | None:
        while (
            self._next_quote < len(self._quotes) and self._quotes[self._next_quote].sentence < index
        ):
            self._best_quote = self._fold(self._best_quote, self._quotes[self._next_quote])
            self._next_quote += 1
        while self._folded < len(self._found) - 1:
            q = self._found[self._folded]
            if q.sentence >= index:
                break  # not before this sentence yet
            if q.speaker:
                self._best_found = self._fold(self._best_found, q)
            self._folded += 1
        best = self._best_quote
        for other in (self._best_found, self._found[-1] if self._found else None):
            if other is not None and other.speaker and other.sentence < index:
                best = self._fold(best, other)
        return best
