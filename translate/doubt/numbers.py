"""Checks on numbers: one of the source missing from the English (in digits or in words),
or one the English adds that the source has in no form."""

from __future__ import annotations

import re
from itertools import pairwise

from glossary import languages
from translate.doubt.text import DIGITS, WORD, Reading, split_words

_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()


def _values(token: str, style: str) -> set[float]:
    """The numbers a written number can mean: ``style`` "source" reads 1.200 as 1200 and
    3,5 as 3.5 (Dutch/German); "english" reads it either way (models copy the source's)."""
    readings = set()
    conventions = [(".", ",")] if style == "source" else [(",", "."), (".", ",")]
    for thousands, decimal in conventions:
        text = token
        groups = text.split(thousands)
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and groups[0]:
            text = "".join(groups)
        text = text.replace(decimal, ".")
        try:
            readings.add(float(text))
        except ValueError:
            continue
    return readings


# Numbers written as words, 2 and up ("een"/"ein" is also the article), and compounds of a
# unit and a ten ("vijfentwintig", "fünfundzwanzig"): each language's own (its module).
def _units(lang: str) -> dict[str, int]:
    return {w: n for n, w in enumerate(languages.get(lang).number_units, start=2)}


def _named(lang: str) -> dict[str, int]:
    return dict(zip(languages.get(lang).number_names, languages.NAMED_VALUES, strict=False))


_TENS = ("twenty thirty forty fifty sixty seventy eighty ninety").split()
# English that says a number without its digits or its name.
_ENGLISH_SAYS = {
    2: {"twice", "both", "pair", "couple", "double"},
    3: {"thrice", "triple"},
    10: {"decade"},
    12: {"dozen"},
    100: {"hundreds", "century"},
    1000: {"thousands"},
}


def number_words(text: str, lang: str) -> list[tuple[str, int]]:
    """The numbers a Dutch or German text writes as words, with their values."""
    units, named = _units(lang), _named(lang)
    joiner = languages.get(lang).number_joiner
    found = []
    for word in split_words(text):
        low = word.lower()
        if low in units:
            found.append((word, units[low]))
        elif low in named:
            found.append((word, named[low]))
        else:
            head, sep, tail = low.partition(joiner)
            if sep and head in units and named.get(tail, 0) in range(20, 100, 10):
                found.append((word, units[head] + named[tail]))
    return found


def _english_number_words(sequence: list[str]) -> set[int]:
    words = set(sequence)
    said = {n for n, name in enumerate(_SMALL_NUMBERS) if name in words}
    said |= {20 + 10 * k for k, name in enumerate(_TENS) if name in words}
    said |= {n for n, names in _ENGLISH_SAYS.items() if names & words}
    if "hundred" in words:
        said.add(100)
    if "thousand" in words:
        said.add(1000)
    for tens, unit in pairwise(sequence):  # "twenty-five", "twenty five"
        if tens in _TENS and unit in _SMALL_NUMBERS[1:10]:
            said.add(20 + 10 * _TENS.index(tens) + _SMALL_NUMBERS.index(unit))
    return said


def missing_numbers(source: str, english: str, lang: str | None = None) -> list[str]:
    """Numbers of the source that the English lacks: written in digits, and with ``lang``
    also written as words ("achttien medailles" is not "10 medals")."""
    available = [_values(t, "english") for t in DIGITS.findall(english)]
    words = {w.lower() for w in split_words(english)}
    missing = []
    if lang is not None:
        said = _english_number_words([w.lower() for w in WORD.findall(english.replace("-", " "))])
        digits = {v for have in available for v in have}
        for word, value in number_words(source, lang):
            if value not in said and float(value) not in digits:
                missing.append(word)
    for token in DIGITS.findall(source):
        wanted = _values(token, "source")
        match = next((i for i, have in enumerate(available) if wanted & have), None)
        if match is not None:
            available.pop(match)
            continue
        small = [int(v) for v in wanted if v.is_integer() and 0 <= v <= 20]
        if any(_SMALL_NUMBERS[v] in words for v in small):
            continue
        missing.append(token)
    return missing


def added_numbers(source: str, english: str, lang: str) -> list[str]:
    """Numbers the English writes as plain words ("ten", "twenty") that the source has in
    no form: "ten Nineteen police officers" for "negentien politieagenten". Words in a
    compound ("three-dimensional") or a name ("The Seven Sisters") are left alone."""
    if not languages.get(lang).number_units:
        return []
    have: set[float] = {v for _, v in number_words(source, lang)}
    have |= {v for token in DIGITS.findall(source) for v in _values(token, "source")}
    added = []
    for m in re.finditer(r"(?<![\w-])[A-Za-z]+(?![\w-])", english):
        word = m.group(0)
        if word[:1].isupper() and english[: m.start()].strip():
            continue  # capitalised inside the sentence: part of a name
        low = word.lower()
        if low in _SMALL_NUMBERS[2:]:
            value = _SMALL_NUMBERS.index(low)
        elif low in _TENS:
            value = 20 + 10 * _TENS.index(low)
        else:
            continue
        if value not in have and float(value) not in have and word not in added:
            added.append(word)
    return added


# Ordinals of the sources ("tweede", "zweite", "tausendste"): "World War 2" and "1,000th"
# say them in digits.
def _ordinal_stems(lang: str) -> dict[str, int]:
    return dict(zip(languages.get(lang).ordinal_stems, range(1, 11), strict=False))


# A number in English that is part of a word ("CO2", "M16", "802.11n", "2.4GHz") is a name
# or a unit; one with an ordinal, plural or clock suffix ("1,000th", "1960s", "10am") is
# a number.
_NUMBER_SUFFIXES = frozenset({"", "st", "nd", "rd", "th", "s", "am", "pm"})
_LETTERS_AFTER = re.compile(r"[^\W\d_]*")
_TIME = re.compile(r"\b(\d{1,2})[:.](\d{2})\b")


def _source_values(source: str, lang: str) -> set[float]:
    """Every number the source says, in digits, words or ordinals, and the readings a
    translation may give them: 22:00 as 10 pm, "de jaren 60" as the 1960s."""
    have = {float(v) for _, v in number_words(source, lang)}
    for token in DIGITS.findall(source):
        have |= _values(token, "source")
    for hour, minute in _TIME.findall(source):
        have |= {float(hour), float(minute), float(int(hour) % 12 or 12)}
    stems, named = _ordinal_stems(lang), _named(lang)
    for word in split_words(source):
        low = word.lower()
        have |= {float(v) for stem, v in stems.items() if low.startswith(stem)}
        have |= {float(v) for name, v in named.items() if low.startswith(name) and "st" in low}
    return have


def added_digits(source: str, english: str, lang: str) -> list[str]:
    """Numbers the English writes in digits that the source has in no form ("by at least
    20%" where the source says "deutlich", significantly). Digits inside a name ("CO2")
    are left alone; a year of a decade the source names ("1960s" for "de jaren 60") and a
    clock time on the other clock ("10 pm" for 22:00) count as the source's."""
    if not languages.get(lang).number_units:
        return []
    have = _source_values(source, lang)
    added = []
    for m in DIGITS.finditer(english):
        before = english[max(0, m.start() - 2) : m.start()]
        if before[-1:].isalpha() or (before[-1:] == "-" and before[:1].isalpha()):
            continue
        after = _LETTERS_AFTER.match(english, m.end())  # matches always (it may be empty)
        if after is None or after.group(0).lower() not in _NUMBER_SUFFIXES:
            continue
        token = m.group(0)
        values = _values(token, "english")
        if values & have:
            continue
        if any(
            v.is_integer() and 1000 <= v < 2100 and v % 10 == 0 and v % 100 in have for v in values
        ):
            continue  # a decade: "de jaren 60", "in den 50ern"
        if token not in added:
            added.append(token)
    return added


def number(r: Reading) -> str | None:
    """A number of the source is missing from the English (in digits, 1.200 = 1,200 and
    3,5 = 3.5, or as a word from 2 up, "negentien", "fünfundzwanzig"), or the English writes
    a number the source has in no form, as a word or in digits (not digits inside a name or
    unit such as "CO2"; a decade, an ordinal and the other clock count as the source's)."""
    missing = missing_numbers(r.source, r.english, r.lang)
    invented = added_numbers(r.source, r.english, r.lang) + added_digits(
        r.source, r.english, r.lang
    )
    if not (missing or invented):
        return None
    said = [f"missing: {', '.join(missing[:5])}"] if missing else []
    said += [f"not in the source: {', '.join(invented[:5])}"] if invented else []
    return "; ".join(said)
