"""Konjunktiv I that takes up an account again after one sentence of the outlet's own: "Wie
die Polizei Westpfalz mitteilte, wird es mehr Kontrollen geben. Dort treffen sich Gruppen,
die Passanten anpöbeln. Es sei wiederholt zu Diebstählen gekommen." The reported form is
the mark of someone's account, and the account the paragraph gave last is the one it
carries on. Only over one sentence, within one paragraph, and only where the sentence
between is no one else's (no quotation, no reporting verb, no source of its own); the
sentence itself must be Konjunktiv I proper (``own_account``), not a conditional.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.coverage.clauses import has_cue, reported
from translate.coverage.reported_shapes import own_account
from translate.records import Article, Sentence
from translate.results import Quote

# Sentences of the outlet's own a resumed account may reach over.
GAP = 1


def resumed(
    article: Article,
    sentence: Sentence,
    last: Quote | None,
    spans: Sequence[tuple[int, int]],
    found: Sequence[Quote],
    sources: str,
) -> tuple[str, str | None] | None:
    """(speaker, speaker id) of ``last``, the statement with a speaker that ends last
    before ``sentence``, where ``sentence`` takes its account up again over exactly
    ``GAP`` sentences of the outlet's own in the same paragraph; else None. ``sources``: an
    alternation of the words that give a sentence a source of its own (reporting verbs,
    "laut", "zufolge")."""
    if last is None or last.speaker is None:
        return None
    lang = article.lang
    ended = last.last_sentence or last.sentence
    if sentence.index - ended != GAP + 1 or not own_account(sentence.text, lang):
        return None
    between = [s for s in article.sentences if ended < s.index < sentence.index]
    if len(between) != GAP or "\n" in article.text[last.end : sentence.start]:
        return None  # a new paragraph: a new account, maybe
    for other in between:
        text = other.text
        if (
            has_cue(text, lang)
            or reported(text, lang)  # an account of its own, or a conditional
            or re.search(rf"(?<!\w)(?:{sources})(?!\w)", text)
            or re.search(r"[„“”\"«»]", text)
            or any(a < other.end and b > other.start for a, b in spans)
            or any(q.sentence == other.index for q in found)
            or text.rstrip().endswith("?")
        ):
            return None  # someone else's, maybe
    return last.speaker, last.speaker_id
