"""Stored translations as the current checks see them. Each stored translation records
the version of the checks that assessed it; one stored by an older newsbridge is assessed
again when read, so a new check reaches translations made before it. This happens here,
above the store, which returns what was stored."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from translate.doubt.checks import CHECKS_VERSION, FLAGS, KEEPS, SURE, UNSURE, WHOLE, assess
from translate.doubt.probability import NO_PROBABILITY
from translate.records import ArticleTranslation, SentenceTranslation
from translate.storage.store import Store
from translate.storage.stored import stored_titles, stored_translation


def with_doubts(result: ArticleTranslation) -> ArticleTranslation:
    """``result`` assessed by the current checks. A sentence keeps the model's own
    probability (its ``logprob``; one stored before sentences kept it reads it back from
    its confidence, and keeps its "unsure" mark) and gets the text checks of this version
    (which may add or drop marks); one stored before any checks gets them from its text
    alone."""
    if result.checks == CHECKS_VERSION:
        return result

    def checked(sentence: SentenceTranslation, previous: str | None) -> SentenceTranslation:
        if sentence.corrected is not None:
            return sentence  # a person's English: the checks judge the machine's
        doubt = assess(
            sentence.source,
            sentence.english,
            result.lang,
            logprob=sentence.logprob,
            previous=previous,
            terms=[hit.english for hit in sentence.hits],
            missing_terms=[hit.english for hit in sentence.hits if not hit.enforced],
        )
        if sentence.confidence is None or sentence.logprob is not None or doubt is SURE:
            return replace(
                sentence, confidence=doubt.confidence, flags=doubt.flags, reasons=doubt.reasons
            )
        flags, reasons = list(doubt.flags), list(doubt.reasons)
        old = dict(zip(sentence.flags, sentence.reasons, strict=False))
        if UNSURE in sentence.flags and UNSURE not in flags:
            flags.append(UNSURE)
            reasons.append(old.get(UNSURE, FLAGS[UNSURE]))
        kept = math.prod(KEEPS.get(flag, 1.0) for flag in sentence.flags)
        base = min(1.0, sentence.confidence / kept) if kept else NO_PROBABILITY
        # A base other than NO_PROBABILITY was the model's probability: as for a sentence
        # assessed now, only a flag that says it is no translation at all lowers it.
        probable = round(base, 2) != NO_PROBABILITY
        lowering = [f for f in flags if not probable or f in WHOLE]
        confidence = base * math.prod(KEEPS[flag] for flag in lowering)
        return replace(
            sentence, confidence=round(confidence, 3), flags=tuple(flags), reasons=tuple(reasons)
        )

    sentences = []
    previous = None
    for sentence in result.sentences:
        sentences.append(checked(sentence, previous))
        previous = sentence.source
    return replace(
        result,
        title=checked(result.title, None),
        sentences=tuple(sentences),
        checks=CHECKS_VERSION,
    )


def current_translation(store: Store, article_id: str) -> ArticleTranslation | None:
    """The stored translation of an article, assessed by the current checks (once per
    change of the stored JSON where the store keeps decoded results)."""
    result = stored_translation(store, article_id, with_doubts)
    # (at once when the cache held it checked already)
    return None if result is None else with_doubts(result)


def current_titles(
    store: Store, ids: Sequence[str] | None = None
) -> dict[str, SentenceTranslation]:
    """Article id -> the English title with its doubt as the current checks see it, for
    every article (of ``ids``) with a translation, read without loading the translations."""
    return {key: with_doubts(alone).title for key, alone in stored_titles(store, ids).items()}
