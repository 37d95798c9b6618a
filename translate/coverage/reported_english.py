"""The English of reported speech (``translate.coverage.reported``): a reported span's
own English, cut from its sentence's at the words that tell it (", said X", "According
to X, ", "X said that "; English's ``Reporting``), or the sentence's; and whether two
reported or quoted statements of one speaker are one statement (their English shares
most words)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary import languages
from translate.records import Article, ArticleTranslation, Sentence
from translate.results import Quote, Quoted

MIN_WORDS = 3  # reported content shorter than this says too little to be a statement


def alternation(words: str | tuple[str, ...]) -> str:
    """``words`` ("|"-separated, or a tuple) as a regular-expression alternation, longest
    first, a space matching any run of white space."""
    items = words.split("|") if isinstance(words, str) else list(words)
    items = [w for w in items if w]
    return "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in items), key=len, reverse=True)
    )


def reported_with_english(
    quotes: Sequence[Quote], translation: ArticleTranslation | None, article: Article
) -> list[Quoted]:
    """Each reported statement with its English: the span's own where its sentence's
    English can be cut at the words that tell it ("…, said X", "According to X, …", "X said
    that …"), or the span is its whole sentence; else the sentence's (None where that
    sentence has none). ``english_of`` says which. A statement that goes on over the
    sentences after its own has their English after it."""
    by_index = {s.index: s for s in translation.sentences} if translation else {}
    sentences = {s.index: s for s in article.sentences}
    found = []
    for quote in quotes:
        last = quote.last_sentence if quote.last_sentence is not None else quote.sentence
        englishes = [by_index.get(i) for i in range(quote.sentence, last + 1)]
        english = englishes[0]
        if english is None or None in englishes:
            found.append(Quoted(quote, None, False, english_of="sentence"))
            continue
        own = _span_english(quote, sentences.get(quote.sentence), english.english)
        going_on = [e.english for e in englishes[1:] if e is not None]
        first = own if own is not None else english.english
        if going_on and first[-1:] not in ".!?":
            first += "."  # "… new tax. She would …"
        found.append(
            Quoted(
                quote,
                " ".join([first, *going_on]),
                any(e.flags for e in englishes if e is not None),
                english_of="span" if own is not None else "sentence",
            )
        )
    return found


def _span_english(quote: Quote, sentence: Sentence | None, english: str) -> str | None:
    """The English of ``quote``'s span, cut from its sentence's ``english``; None where the
    cut is not sure."""
    if sentence is None:
        return None
    text = sentence.text.rstrip(" .!?;:")
    head = quote.start - sentence.start
    tail = len(text) - (quote.end - sentence.start)
    before = text[:head].strip(" ,:")
    if not before and tail <= 0:
        return english  # the span is its whole sentence
    told = languages.get(languages.TARGET_LANG).reporting
    tells, according, that = (
        alternation(told.tells) or "$^",
        alternation(told.according),
        alternation(told.that),
    )
    cut: str | None = None
    if not before:  # "…, zegt X": the English up to ", said X"
        ends = list(re.finditer(rf",\s+(?:{tells}|{according})\b", english))
        cut = english[: ends[-1].start()] if ends else None
    elif tail <= 0:  # "Volgens X heeft …", "X sagte, es gebe …": the English after its cue
        m = re.match(rf"\s*(?i:{according})\b[^,]{{1,80}},\s*", english) or re.search(
            rf"\b(?:{tells})\b[^,.]{{0,40}}?(?:\s(?:{that})\b\s*|,\s*)", english
        )
        cut = english[m.end() :] if m else None
    if cut is None:
        return None
    cut = cut.strip(" ,;.")
    return cut if len(cut.split()) >= MIN_WORDS else None


def _content_words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (text or "").casefold()) if len(w) > 3}


def same_statement(a: Quoted, b: Quoted) -> bool:
    """One statement in two articles where one (or both) reports it: the same speaker
    (compared by the caller), and English that shares most words: of the shorter's words
    longer than three letters, at least ``SAME_STATEMENT`` in the other."""
    words_a, words_b = _content_words(a.english), _content_words(b.english)
    if len(words_a) < 3 or len(words_b) < 3:
        return False
    return len(words_a & words_b) >= SAME_STATEMENT * min(len(words_a), len(words_b))


# The share of the shorter English's words (longer than three letters) the other has at
# least, for a reported statement and another of the same speaker to be one statement.
SAME_STATEMENT = 0.6
