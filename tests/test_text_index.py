"""The article's index (``text_index``) answers as its regular expressions over the whole
text do, on texts made to trip it: names at the start, hyphens, punctuation, names that
overlap, whitespace of other kinds, a match ending inside a word."""

from __future__ import annotations

import itertools
import re

from translate.coverage.text_index import (
    after_place,
    after_word_or_comma,
    earliest_start,
    whole_count,
    words_before,
    written_alone,
)

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


TITLED = ["Die", "Zeitung", " ", "  ", "\n", ",", "-", "in", "IN", "Stadt", "x", "_", "."]
NAMED = [
    "Die Zeitung",
    "Die Zeitung Die",
    "Die",
    "Die Zeitung.",
    ".Die",
    "Die-Zeitung",
    "Die  Zeitung",
]


def test_a_name_written_whole_after_a_word_or_a_place_is_the_regular_expressions() -> None:
    texts = ["".join(p) for n in range(4) for p in itertools.product(TITLED, repeat=n)]
    texts.append("in Die Zeitung Die Zeitung, Die Zeitung-Die Zeitung in\nDie Zeitung")
    for text in texts:
        for name in NAMED:
            whole = re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)
            assert whole_count(text, name) == len(whole), (text, name)
            after = re.search(rf"[\w,] {re.escape(name)}(?!\w)", text) is not None
            assert after_word_or_comma(text, name) == after, (text, name)
            for places in ("in|nach|Stadt", "in|x\\s"):
                placed = rf"(?<!\w)(?i:{places})\s+{re.escape(name)}(?!\w)"
                assert after_place(text, name, places) == bool(re.search(placed, text))


def test_a_search_from_the_earliest_start_finds_what_one_from_the_start_finds() -> None:
    pieces = ["Peter", "Anna", "van", "der", "Berg", " ", "  ", "\n", ".", "-", "xBerg"]
    texts = ["".join(p) for n in range(5) for p in itertools.product(pieces, repeat=n)]
    texts.append("Anna van der Berg. " + "x" * 500 + " Peter van Berg en Anna Berg")
    pattern = re.compile(r"(?<![\w.])([A-Z][a-z]+) [A-Z][a-z]+\s+van\s+der\s+Berg(?!\w)")
    short = re.compile(r"([A-Z][a-z]+)\s+van\s+Berg(?!\w)")
    for text in texts:
        start = earliest_start(text, "Berg")
        if start is None:
            assert not pattern.findall(text) and not short.findall(text), text
            continue
        assert pattern.findall(text, start) == pattern.findall(text), text
        assert short.findall(text, start) == short.findall(text), text
