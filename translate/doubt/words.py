"""Checks on the words of the English: left untranslated, not English at all, the reply
talking about the task instead of translating, a negation lost."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from glossary import languages
from glossary.languages import FUNCTION_WORDS, TARGET_LANG
from translate.doubt.text import Reading, split_words, word_parts, zipf

# Share of the output's words that must be clearly Dutch or German for "not-english".
FOREIGN_SHARE = 0.3

_CHATTER = re.compile(
    r"^\s*(?:sure\b|certainly\b|of course\b|here is\b|here's\b|i'm sorry|i am sorry|"
    r"sorry\b|i cannot\b|i can't\b|as an ai\b|unfortunately\b)"
    r"|\b(?:do not translate|context \(|translate:|the (?:english )?translation (?:is|of)\b)",
    re.IGNORECASE,
)


# No word as common as a compound's part must be (zipf 3) is longer than this: cuts that
# would make a longer part are not tried, so a word costs its length, not its square.
LONGEST_PART = 30


@lru_cache(maxsize=65536)
def is_compound(word: str, lang: str) -> bool:
    """A Dutch or German compound of two common words ("Türklingel", "grensgebied")."""
    low = word.lower()
    for cut in range(max(3, len(low) - LONGEST_PART), min(len(low) - 2, LONGEST_PART + 2)):
        left, right = low[:cut], low[cut:]
        if zipf(right, lang) < 3.0:
            continue
        for stem in (left, left[:-1] if left[-1:] in "sne" else None):
            if stem and len(stem) >= 3 and zipf(stem, lang) >= 3.0:
                return True
    return False


# A word English text has about as often as Dutch or German text (zipf within this much)
# is a name or a word both borrow ("Wikinews", "Jelinek", "hanami"), not one left
# untranslated: on the FLORES devtest references (1,012 a language) this took the false
# alarms from 1 to 0 (nl) and 12 to 3 (de); the llm's English lost only "Wikinews".
SHARED_WORD_MARGIN = 1.0


def source_word(word: str, lang: str) -> bool:
    """True for a word that is Dutch/German and not English (``storend``, ``Türklingel``)."""
    low = word.lower()
    english = zipf(low, TARGET_LANG)
    if english >= 2.0:
        return False
    native = zipf(low, lang)
    if english > 0 and english >= native - SHARED_WORD_MARGIN:
        return False
    return native >= 2.0 or (len(low) >= 8 and is_compound(low, lang))


def _foreign(word: str, lang: str) -> bool:
    low = word.lower()
    if low in FUNCTION_WORDS.get(lang, ()):
        return zipf(low, TARGET_LANG) < 4.0
    english = zipf(low, TARGET_LANG)
    return english < 2.0 and zipf(low, lang) >= max(3.0, english + 1.5)


def _inflections() -> frozenset[str]:
    """Every language's endings a model may drop from a word it copies."""
    return frozenset(e for lang in languages.registered() for e in lang.word_endings)


def _only_theirs(word: str, lang: str) -> bool:
    """A common word of ``lang`` that English text does not have at all ("varkens",
    "brandweer"; not "Rutte" or "Blinken", which English news writes too)."""
    low = word.lower()
    return zipf(low, lang) >= 3.0 and zipf(low, TARGET_LANG) == 0.0


def untranslated(source: str, english: str, lang: str, keep: Iterable[str] = ()) -> list[str]:
    """Words of the English that stand in the source and are Dutch/German, not English."""
    kept = {k.lower() for term in keep for k in split_words(term) for k in word_parts(k)}
    source_words = split_words(source)
    in_source = {p.lower() for w in source_words for p in [w, *word_parts(w)]}
    # A model may drop the inflection of a word it copies ("storende" -> "storend").
    endings = _inflections()
    in_source |= {w[: -len(end)] for w in in_source for end in endings if w.endswith(end)}
    if languages.get(lang).capitals_mark_names:
        # Where only names take a capital (Dutch): a capital inside the sentence marks a
        # name ("Blinken" is also a Dutch verb), as does the first word where the English
        # keeps it capitalised too, unless it is a common word of the language that
        # English text never has ("Varkens"): names (Rutte, Blinken) turn up in English
        # news as well.
        kept |= {w.lower() for w in source_words[1:] if w[:1].isupper()}
        first = source_words[0] if source_words else ""
        if first and first in split_words(english) and not _only_theirs(first, lang):
            kept.add(first.lower())
    found = []
    for word in split_words(english):
        for part in word_parts(word) if "-" in word else [word]:
            low = part.lower()
            if len(low) < 4 or low in kept or low not in in_source:
                continue
            if source_word(part, lang) and part not in found:
                found.append(part)
    return found


# Negation words of the sources, and what says "no" in English (prefixes included: "not
# possible" may come out as "impossible"). FLORES devtest references lack any of the
# English ones where the source has one in 1.8% (nl) and 0.5% (de) of all sentences.
@lru_cache(maxsize=32)
def _negations(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE) if words else None


_ENGLISH_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot|unable|lack\w*|fail\w*|"
    r"refus\w*|nowhere|hardly|non\w*|only|rather|instead|until|unless|free|un\w+|"
    r"in(?:capable|valid|effective|sufficient|accessible|correct)|impossible|improbable|"
    r"illegal|irrelevant)\b|n't|n’t",
    re.IGNORECASE,
)


def lost_negation(source: str, english: str, lang: str) -> str | None:
    """The source's negation word where the English says no "no" at all, else None."""
    pattern = _negations(languages.get(lang).negations)
    found = pattern.search(source) if pattern else None
    if found and not _ENGLISH_NEGATION.search(english):
        return found.group(0)
    return None


def foreign_words(words: Sequence[str], lang: str) -> list[str]:
    """The words that are clearly of ``lang`` (Dutch/German), not English."""
    return [w for w in words if _foreign(w, lang) or source_word(w, lang)]


def _mostly_foreign(r: Reading) -> bool:
    return len(r.foreign) >= 2 and len(r.foreign) / len(r.words) >= FOREIGN_SHARE


def the_original(r: Reading) -> str | None:
    """The output is the original itself, untranslated: nothing else is checked."""
    if r.english.strip() == r.source.strip() and r.foreign:
        return f"the {r.language} original, untranslated"
    return None


def chatter(r: Reading) -> str | None:
    """The reply talks about the task ("Sure! Here is...", "I'm sorry") instead of translating."""
    if _CHATTER.search(r.english):
        return "the reply talks about the task instead of translating"
    return None


def not_english(r: Reading) -> str | None:
    """30% or more of the output's words (two at least) are Dutch/German."""
    if _mostly_foreign(r):
        return f"{len(r.foreign)} of {len(r.words)} words are {r.language}"
    return None


def left_untranslated(r: Reading) -> str | None:
    """A word of the output stands in the source and is Dutch/German, not English
    ("storend", "Türklingel"); a word English text has about as often (zipf within
    :data:`SHARED_WORD_MARGIN`) is a name or a shared word ("Wikinews", "hanami"). Not
    raised where the output is not English at all (``not-english`` says that)."""
    if _mostly_foreign(r):
        return None
    left = untranslated(r.source, r.english, r.lang, r.terms)
    return f"left in {r.language}: {', '.join(left[:5])}" if left else None


def negation(r: Reading) -> str | None:
    """The source says no or not (niet, geen, nicht, kein...) and the English has no
    negation at all."""
    found = lost_negation(r.source, r.english, r.lang)
    if found:
        return f"the original says \u201c{found}\u201d; the English has no negation"
    return None
