"""Split paragraphs into sentences with character offsets, offline (pysbd's rules)."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from translate.budget import check
from translate.records import Sentence
from translate.vocab import READ_LANGS, languages

# pysbd sometimes ends a sentence inside a quotation and starts the next one with the
# closing quote: 'sagte er: "Wir gehen.' + '" Die Lage ...' (and 'sagte er: »Wir gehen.' +
# '« Die Lage ...'). Such a leading quote belongs to the sentence before it.
_LEADING_CLOSER = re.compile(r'^["”“’»«‘\')\]]+(?=[\s,;]|$)')


def _abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations pysbd's rules miss (the language module's); a piece ending in one does
    not end a sentence."""
    return languages.get(lang).abbreviations


def _abbreviation(word: str, lang: str) -> bool:
    """``word`` (before a full stop) is one of the language's ``_abbreviations``; an
    acronym in capitals is none ("van ING. 'De …'": not "ing.", an engineer's title)."""
    bare = word.lstrip("(\"'")
    acronym = len(bare) >= 2 and bare.isalpha() and bare.isupper()
    return not acronym and bare.lower() in _abbreviations(lang)


_LAST_WORD = re.compile(r"(\S+)\.\s*$")


def _continues(piece: str, following: str, lang: str) -> bool:
    """True when ``following`` is not a new sentence but the rest of ``piece``'s."""
    first = following.lstrip()[:1]
    if first.islower() or first.isdigit() or first in ",;":  # '„Waarom?”' + ', vroeg X.'
        return True
    last = _LAST_WORD.search(piece)
    return last is not None and _abbreviation(last.group(1), lang)


@functools.cache
def _segmenter(lang: str) -> Any:
    import pysbd

    # A language pysbd lacks is split by the rules of the one its module names.
    return pysbd.Segmenter(language=languages.get(lang).segmenter, clean=False)


# pysbd's time grows faster than the length of its input (a 1,000-sentence paragraph took
# 26 s, 2,000 took 106 s), so a long paragraph is first cut into windows of at most this
# many characters, at a sentence end where there is one. This also bounds the length of a
# "sentence" in text without punctuation, and so what an engine is ever given.
WINDOW = 2000
# A likely sentence end: end punctuation, closing quotes (German „…“ and ‚…‘ close with
# “ and ‘, »…« with «), space, then a capital or quote.
_BOUNDARY = re.compile(r"""(?<=[.!?])["”’»)“‘«]*\s+(?=["“„«»‚(]?[A-ZÀ-ÖØ-Þ0-9])""")


# Text longer than this (a paragraph, or a whole article) is split by rule alone (the
# boundaries above, not after an abbreviation or an initial): pysbd takes about 2 ms a
# sentence, 15 s for a 1 MB paste. News articles are far shorter and get pysbd.
RULES_ONLY = 20_000


def _boundaries(paragraph: str, lang: str, start: int, end: int) -> list[int]:
    """Likely sentence ends in ``paragraph[start:end]``: where the next sentence starts."""
    found = []
    for match in _BOUNDARY.finditer(paragraph, start, end):
        before = _LAST_WORD.search(paragraph[max(0, match.start() - 40) : match.start()])
        word = before.group(1) if before else ""
        if not _abbreviation(word, lang) and not re.fullmatch(r"\w", word):
            found.append(match.end())
    return found


def windows(paragraph: str, lang: str, size: int = WINDOW) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of ``paragraph`` of at most ``size`` characters, cut at the
    last likely sentence end in each window's second half, else at a space, else anywhere."""
    pieces = []
    start = 0
    while len(paragraph) - start > size:
        check()
        limit = start + size
        ends = _boundaries(paragraph, lang, start + size // 2, limit)
        cut = ends[-1] if ends else None
        if cut is None:
            space = paragraph.rfind(" ", start + 1, limit)
            cut = space + 1 if space > start else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(paragraph)))
    return pieces


def split_sentences(paragraph: str, lang: str, by_rule: bool = False) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``paragraph``, whitespace trimmed.

    Linear in the length of the paragraph: long ones are split window by window."""
    if lang not in READ_LANGS:
        raise ValueError(f"no sentence splitter for language {lang!r}")
    if by_rule or len(paragraph) > RULES_ONLY:
        return _split_by_rule(paragraph, lang)
    if len(paragraph) > WINDOW:
        spans: list[tuple[int, int]] = []
        for start, end in windows(paragraph, lang):
            check()
            spans.extend((start + s, start + e) for s, e in _split(paragraph[start:end], lang))
        return spans
    return _split(paragraph, lang)


def _split_by_rule(paragraph: str, lang: str) -> list[tuple[int, int]]:
    spans = []
    for w_start, w_end in windows(paragraph, lang):
        check()
        cuts = [w_start, *_boundaries(paragraph, lang, w_start, w_end), w_end]
        for start, end in itertools.pairwise(cuts):
            piece = paragraph[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((start + lead, start + len(piece.rstrip())))
    return spans


# Two sentences glued by a scraper that dropped the space ("… des Papstes.Der Bruder …"):
# a word of three small letters or more, its full stop, a capitalised word and a space.
# Not an abbreviation ("Prof.Müller"), not a web address ("bild.de", "NU.nl": small letters
# after the stop).
_GLUED = re.compile(r"(?<=\w)(?<=[a-zäöüßà-ÿ]{3})\.(?=[A-ZÄÖÜÀ-ÖØ-Þ][a-zäöüßà-ÿ]+[\s,])")


# A quotation closed after its sentence's end and a capitalised word after it, which pysbd
# may leave whole after a number ("aus dem Jahr 1968.« Hanselmann hält …"): two sentences.
_CLOSED = re.compile(r"(?<=[.!?][«“”\"])\s+(?=[A-ZÄÖÜÀ-ÖØ-Þ][a-zäöüßà-ÿ])")


def _unglued(piece: str, lang: str) -> list[str]:
    """``piece`` cut after each full stop that glues two sentences (``_GLUED``), and after
    each quotation closed after a sentence's end (``_CLOSED``)."""
    cuts = sorted({0, *(m.end() for m in _CLOSED.finditer(piece))})
    for match in _GLUED.finditer(piece):
        word = re.search(r"(\S+)$", piece[: match.start()])
        if word is not None and _abbreviation(word.group(1), lang):
            continue
        cuts.append(match.end())
    return [piece[a:b] for a, b in itertools.pairwise([*sorted(cuts), len(piece)])]


# A low opening mark closed by a straight one, as typed ('„Ja", zei hij.'): pysbd's Dutch
# rules read all the paragraph after it as one quotation and split none of it.
_LOW_STRAIGHT = re.compile(r'„[^„“”"\n]*"')


def _split(paragraph: str, lang: str) -> list[tuple[int, int]]:
    if not paragraph.strip():
        return []
    # split as „…” (the same length: the spans are the paragraph's)
    paragraph = _LOW_STRAIGHT.sub(lambda m: m.group(0)[:-1] + "”", paragraph)
    pieces = [
        part for p in _segmenter(lang).segment(paragraph) if p.strip() for part in _unglued(p, lang)
    ]
    merged: list[str] = []
    for piece in pieces:
        closer = _LEADING_CLOSER.match(piece.lstrip())
        if closer and merged:
            merged[-1] += closer.group(0)
            piece = piece.lstrip()[closer.end() :]
            if not piece.strip():
                continue
        if merged and _continues(merged[-1], piece, lang):
            merged[-1] += piece
            continue
        merged.append(piece)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in merged:
        text = piece.strip()
        start = _locate(paragraph, text, cursor)
        end = start + len(text)
        spans.append((start, end))
        cursor = end
    return spans


def _locate(paragraph: str, text: str, cursor: int) -> int:
    start = paragraph.find(text, cursor)
    if start >= 0:
        return start
    # pysbd may normalise spaces inside a piece; fall back to matching word by word.
    words = [re.escape(w) for w in text.split()]
    match = re.compile(r"\s+".join(words)).search(paragraph, cursor)
    if match is None:  # pragma: no cover - would mean pysbd changed the text itself
        raise ValueError(f"sentence not found in paragraph: {text[:60]!r}")
    return match.start()


def segment(text: str, paragraphs: list[tuple[int, int]], lang: str) -> tuple[Sentence, ...]:
    """Sentences of the given paragraph spans of ``text``, numbered in order."""
    sentences: list[Sentence] = []
    by_rule = sum(end - start for start, end in paragraphs) > RULES_ONLY
    for p_start, p_end in paragraphs:
        check()
        paragraph = text[p_start:p_end]
        for start, end in split_sentences(paragraph, lang, by_rule):
            sentences.append(
                Sentence(len(sentences), paragraph[start:end], p_start + start, p_start + end)
            )
    return tuple(sentences)
