"""The article's index (``text_index``) answers as its regular expressions over the whole
text do, on texts made to trip it: names at the start, hyphens, punctuation, names that
overlap, whitespace of other kinds, a match ending inside a word."""

from __future__ import annotations

import itertools
import re

from translate.coverage.text_index import words_before, written_alone

PIECES = ["Klaus", "Müller", "Müllers", " ", "  ", "\n", "\u00a0", "-", ".", "„", "x", "_"]
NAMES = ["Klaus Müller", "Müller", "Müllers", "Klaus", "Klaus-Müller", "Müller.", ".Klaus", "_x"]


def _texts() -> list[str]:
    return ["".join(p) for n in range(4) for p in itertools.product(PIECES, repeat=n)] + [
        "sagte ein Sprecher Klaus Müllers. Klaus Müller Klaus Müller  Klaus Müller-Lüdenscheid",
        "Klaus Müller. Klaus Müller, x-Klaus Müller ein\u00a0Klaus Müller",
    ]


def test_the_word_before_each_mention_is_the_regular_expressions() -> None:
    for text in _texts():
        for name in NAMES:
            plain = [m.group(1) for m in re.finditer(rf"(\S+)\s+{re.escape(name)}(?![\w-])", text)]
            assert words_before(text, name) == plain, (text, name)


def test_a_word_written_alone_is_the_regular_expressions() -> None:
    for text in _texts():
        for word in NAMES:
            plain = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None
            assert written_alone(text, word) == plain, (text, word)
