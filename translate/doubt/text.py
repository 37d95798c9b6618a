"""What every family of checks reads: the words of a text, their parts, and how common
a word is in English, Dutch or German (wordfreq; cached: the same words recur)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from glossary import languages

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
DIGITS = re.compile(r"\d(?:[\d.,]*\d)?")


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float:
    """How common ``word`` is in ``lang`` (wordfreq's Zipf scale; the language module
    names the list that stands in for a language wordfreq lacks)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, languages.get(lang).wordfreq)


def split_words(text: str) -> list[str]:
    return WORD.findall(text)


def word_parts(word: str) -> list[str]:
    return [part for part in word.split("-") if part]


@dataclass(frozen=True)
class Reading:
    """One sentence as every check sees it: the source (in ``lang``), its English, what the
    engine and the glossary said of it, and the English's words read once for all checks.

    ``logprob``: the engine's mean log-probability per output token, where it has one;
    ``previous``: the sentence before (for the echo check); ``terms``: the glossary's
    English forms in this sentence (never "untranslated"); ``missing_terms``: those the
    English lacks even after the glossary's enforcement; ``foreign``: the English's words
    that are clearly of the source's language."""

    source: str
    english: str
    lang: str
    language: str
    words: Sequence[str]
    foreign: Sequence[str]
    logprob: float | None = None
    previous: str | None = None
    terms: Sequence[str] = ()
    missing_terms: Sequence[str] = ()
