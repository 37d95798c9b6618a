"""An article's words indexed once, so that a look-up for one name reads only the places
the name can stand, not the whole text again (a 100 KB article naming hundreds of people
was read once per name). Each function gives exactly what its regular expression over the
whole text gives; the indexes are kept for the last few texts."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"\w+")
_TOKEN_START = re.compile(r"(?<!\S)\w+")  # the letters a whitespace-separated token opens with
_BARE = re.compile(r"(?<![\w-])\w+(?![\w-])")  # a whole word, no hyphen either side


@lru_cache(maxsize=8)
def _token_starts(text: str) -> dict[str, list[int]]:
    """Where each token of ``text`` starts, by the letters it opens with."""
    index: dict[str, list[int]] = {}
    for m in _TOKEN_START.finditer(text):
        index.setdefault(m.group(), []).append(m.start())
    return index


@lru_cache(maxsize=8)
def _bare_words(text: str) -> frozenset[str]:
    return frozenset(m.group() for m in _BARE.finditer(text))


def words_before(text: str, name: str) -> list[str]:
    """``[m.group(1) for m in re.finditer(rf"(\\S+)\\s+{re.escape(name)}(?![\\w-])", text)]``:
    the word before each time ``text`` writes ``name``."""
    pattern = re.compile(rf"(\S+)\s+{re.escape(name)}(?![\w-])")
    key = _WORD.match(name)
    if key is None:
        return [m.group(1) for m in pattern.finditer(text)]
    # A match is a run of non-spaces, the whitespace after it, and the name: the name opens
    # a token, so it stands where a token opens with the name's first letters.
    found: list[str] = []
    pos = 0  # where the search goes on: the end of the match before
    for at in _token_starts(text).get(key.group(), ()):
        if at <= pos:
            continue
        gap = at
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        if gap == at or gap <= pos:
            continue  # no whitespace before it, or no letter of a word before it to read
        start = gap - 1
        while start > pos and not text[start - 1].isspace():
            start -= 1
        m = pattern.match(text, start)
        if m is not None:
            found.append(m.group(1))
            pos = m.end()
    return found


def written_alone(text: str, word: str) -> bool:
    """``re.search(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text)`` found something: ``text``
    writes ``word`` as a whole word, no hyphen either side."""
    if _WORD.fullmatch(word):
        return word in _bare_words(text)
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


@lru_cache(maxsize=8)
def _runs(text: str) -> list[tuple[int, str]]:
    """Each run of word characters of ``text``: where it starts, and the run."""
    return [(m.start(), m.group()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=16)
def _sequences(text: str, n: int) -> dict[tuple[str, ...], list[int]]:
    """Each ``n`` runs of word characters in a row in ``text``: which run opens them."""
    runs = [run for _, run in _runs(text)]
    index: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(runs) - n + 1):
        index.setdefault(tuple(runs[i : i + n]), []).append(i)
    return index


def _mentions(text: str, name: str) -> list[int] | None:
    """The runs of ``text`` that may open ``name`` written as whole words (a superset of
    the places ``(?<!\\w)name(?!\\w)`` matches); None: no index for such a name."""
    words = _WORD.findall(name)
    if not words or len(words) > 8 or not _WORD.match(name):
        return None
    return _sequences(text, len(words)).get(tuple(words), [])


def whole_count(text: str, name: str) -> int:
    """``len(re.findall(rf"(?<!\\w){re.escape(name)}(?!\\w)", text))``."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    runs = _mentions(text, name)
    if runs is None:
        return len(pattern.findall(text))
    count = pos = 0
    for i in runs:
        at = _runs(text)[i][0]
        if at >= pos and (m := pattern.match(text, at)) is not None:
            count, pos = count + 1, m.end()
    return count


def after_word_or_comma(text: str, name: str) -> bool:
    """``re.search(rf"[\\w,] {re.escape(name)}(?!\\w)", text)`` found something."""
    pattern = re.compile(rf"[\w,] {re.escape(name)}(?!\w)")
    runs = _mentions(text, name)
    if runs is None:
        return pattern.search(text) is not None
    starts = _runs(text)
    return any(starts[i][0] >= 2 and pattern.match(text, starts[i][0] - 2) for i in runs)


def after_place(text: str, name: str, places: str) -> bool:
    """``re.search(rf"(?<!\\w)(?i:{places})\\s+{re.escape(name)}(?!\\w)", text)`` found
    something (``places``: an alternation)."""
    pattern = re.compile(rf"(?<!\w)(?i:{places})\s+{re.escape(name)}(?!\w)")
    runs = _mentions(text, name)
    if runs is None or not all(_WORD.fullmatch(p) for p in places.split("|")):
        return pattern.search(text) is not None
    # a place word is one run of letters: the run right before the name's
    starts = _runs(text)
    return any(i > 0 and pattern.match(text, starts[i - 1][0]) for i in runs)


def earliest_start(text: str, word: str, tokens: int = 4, reach: int = 400) -> int | None:
    """Where a match of a pattern that ends in ``word`` after whitespace and before no
    letter (``(?!\\w)``), with at most ``tokens`` whitespace-separated tokens before it
    ("Peter van der Berg"), can start at the earliest in ``text``: that many tokens before
    the first time ``text`` writes ``word`` so (0 where that is further than ``reach``
    characters back or ``word`` is often written otherwise; None: never so written, no
    match at all). A search from there finds what one from the start finds."""
    at, misses = text.find(word), 0
    while at >= 0 and not (
        at > 0
        and text[at - 1].isspace()
        and not _WORD.match(text, at + len(word), at + len(word) + 1)
    ):
        misses += 1
        if misses > 50 or not word:
            return 0
        at = text.find(word, at + 1)
    if at < 0:
        return None
    start = at
    for _ in range(tokens):
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if at - start > reach:
            return 0
    return start
