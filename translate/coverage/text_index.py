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
