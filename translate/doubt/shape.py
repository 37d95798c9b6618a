"""Checks on the sentence as a whole: far too short or long for a translation of its
source, or an echo of the sentence before instead of its own."""

from __future__ import annotations

import re

from translate.doubt.text import Reading, split_words

# English/source length ratios (in characters) outside this range are flagged (sources
# of 25 characters or more). English runs shorter than Dutch and German (FLORES devtest
# references: median 0.90 nl, 0.86 de); 1.1% of nl and 1.5% of de references fall below
# 0.65, none above 1.56. The llm's English below 0.65 mostly leaves something out (a
# qualifier such as "offenbar", a clause, the Tasmanian government).
LENGTH_RANGE = (0.65, 1.7)
MIN_LENGTH_CHECKED = 25


def _grams(text: str) -> set[str]:
    plain = " ".join("".join(c.lower() if c.isalnum() else " " for c in text).split())
    return {plain[i : i + 4] for i in range(len(plain) - 3)}


# An output that shares clearly more with the sentence before than with its own sentence
# (character 4-grams: names and cognates cross languages) translated the wrong one. On the
# seeds the one such echo scored 0.20 and every faithful output 0.07 or less.
ECHO_MARGIN = 0.12


# Where an English of several sentences is checked sentence by sentence: the model may put
# the sentence before's translation in front of its own (FLORES de: "Scientists say that
# the explosion ... was very strong. They continue to try...").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“„'])")
MIN_ECHO_WORDS = 3


def _echo_share(english: str, sentence: set[str], previous: set[str]) -> float:
    out = _grams(english)
    if not out:
        return 0.0
    return len(out & previous) / len(out) - len(out & sentence) / len(out)


def echoes_context(english: str, sentence: str, previous: str) -> bool:
    """True when ``english``, or one of its sentences, looks like a translation of
    ``previous``, not ``sentence``."""
    own, before = _grams(sentence), _grams(previous)
    if _echo_share(english, own, before) >= ECHO_MARGIN:
        return True
    parts = [
        p for p in _SENTENCE_END.split(english.strip()) if len(split_words(p)) >= MIN_ECHO_WORDS
    ]
    return len(parts) > 1 and any(_echo_share(p, own, before) >= ECHO_MARGIN for p in parts)


def empty(r: Reading) -> str | None:
    """No English came back: nothing else is checked."""
    return None if r.english.strip() else "no English came back"


def length(r: Reading) -> str | None:
    """The English is under 0.65 or over 1.7 times the source's length in characters
    (sources of :data:`MIN_LENGTH_CHECKED` characters or more)."""
    if len(r.source) < MIN_LENGTH_CHECKED:
        return None
    ratio = len(r.english) / len(r.source)
    low, high = LENGTH_RANGE
    if ratio < low:
        return f"only {ratio:.2f} times the length of the original: part of it may be missing"
    if ratio > high:
        return f"{ratio:.1f} times the length of the original"
    return None


def echo(r: Reading) -> str | None:
    """The English, or one of its sentences (of :data:`MIN_ECHO_WORDS` words or more),
    shares clearly more with the sentence before than with its own (character 4-grams;
    margin :data:`ECHO_MARGIN`)."""
    if r.previous and echoes_context(r.english, r.source, r.previous):
        return "it shares more with the sentence before than with its own"
    return None
