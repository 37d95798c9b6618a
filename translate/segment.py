"""Split paragraphs into sentences with character offsets, offline (pysbd's rules)."""

from __future__ import annotations

import functools
import re

from translate.models import Sentence
from translate.vocab import READ_LANGS

# pysbd sometimes ends a sentence inside a quotation and starts the next one with the
# closing quote: 'sagte er: "Wir gehen.' + '" Die Lage ...'. Such a leading quote belongs
# to the sentence before it.
_LEADING_CLOSER = re.compile(r'^["”’»\')\]]+(?=\s|$)')


# Abbreviations pysbd's rules miss; a piece ending in one does not end a sentence.
ABBREVIATIONS = {
    "nl": frozenset(
        """dr drs mr ir ing prof mevr dhr o.a bijv bv ca nr blz jan feb mrt apr jun jul aug
        sept okt nov dec zgn resp incl excl m.b.t t.a.v i.p.v d.w.z e.d enz st""".split()
    ),
    "de": frozenset(
        """dr prof hr fr bzw z.b u.a usw ca nr vgl evtl ggf inkl jan feb mär apr jun jul aug
        sept okt nov dez st sog d.h v.a z.t""".split()
    ),
    "en": frozenset("dr mr mrs ms prof st jan feb aug sept oct nov dec".split()),
}
_LAST_WORD = re.compile(r"(\S+)\.\s*$")


def _continues(piece: str, following: str, lang: str) -> bool:
    """True when ``following`` is not a new sentence but the rest of ``piece``'s."""
    first = following.lstrip()[:1]
    if first.islower() or first.isdigit():
        return True
    last = _LAST_WORD.search(piece)
    return bool(last) and last.group(1).lower().lstrip("(\"'") in ABBREVIATIONS.get(lang, ())


@functools.cache
def _segmenter(lang: str):
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False)


def split_sentences(paragraph: str, lang: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``paragraph``, whitespace trimmed."""
    if lang not in READ_LANGS:
        raise ValueError(f"no sentence splitter for language {lang!r}")
    if not paragraph.strip():
        return []
    pieces = [p for p in _segmenter(lang).segment(paragraph) if p.strip()]
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
    for p_start, p_end in paragraphs:
        paragraph = text[p_start:p_end]
        for start, end in split_sentences(paragraph, lang):
            sentences.append(
                Sentence(len(sentences), paragraph[start:end], p_start + start, p_start + end)
            )
    return tuple(sentences)
