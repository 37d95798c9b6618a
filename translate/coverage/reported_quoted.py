"""Reported speech and the quotations inside it (``translate.coverage.reported``): where
content is mostly a quotation's words it is the quotation's, not a paraphrase, unless
the words the writer adds are an account of their own (a verb in Konjunktiv I outside
the marks: "er sei „…“", "Es drohe „…“")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from translate.coverage.clauses import reported
from translate.records import Sentence
from translate.results import Quote

# Content with no more words of its own outside quotation marks than this ("is Rusland
# "…"", "dat hij "…"") is the quotation's, not a paraphrase; two with a Konjunktiv I
# among them ("er sei „…“") are the writer's account.
OWN_WORDS = 2


def own_words(sentence: Sentence, quotes: Sequence[Quote], speaker: str | None, lang: str) -> bool:
    """``sentence`` is the article's account: quotations in it ("Es gebe Kunden, die für
    die „grüne Gentechnik“ nicht offen seien") hold under half its characters, or its
    words outside them have a verb in Konjunktiv I ("Es drohe „…“": the writer's report,
    as ``quotation_s``); and they are nobody else's."""
    inside = [q for q in quotes if q.start < sentence.end and q.end > sentence.start]
    quoted = sum(min(q.end, sentence.end) - max(q.start, sentence.start) for q in inside)
    if not all(q.speaker in (None, speaker) for q in inside):
        return False
    if quoted * 2 < len(sentence.text):
        return True
    own = "".join(
        c
        for i, c in enumerate(sentence.text, sentence.start)
        if not any(q.start <= i < q.end for q in inside)
    )
    return reported(own, lang)


def quotation_s(
    content: str, at: int, spans: Sequence[tuple[int, int]], lang: str, whole: bool
) -> bool:
    """``content`` (at offset ``at``) is a quotation's words, no paraphrase: where it is
    its whole sentence, reporting clause and all, when quotations hold most of its
    characters; else when it has at most ``OWN_WORDS`` words outside them ("is Rusland
    "…""), unless a verb of them is in Konjunktiv I: "er sei „…“", "es fehle „…“" are the
    writer's account of what was said (``clauses.reported``)."""
    end = at + len(content)
    spans = [(a, b) for a, b in spans if a < end and b > at]  # those it holds, once
    if whole:
        quoted = sum(min(b, end) - max(a, at) for a, b in spans)
        return quoted * 2 > len(content)
    own = [
        w.group()
        for w in re.finditer(r"\w+", content)
        if not any(a <= at + w.start() < b for a, b in spans)
    ]
    if len(own) < OWN_WORDS:
        return True
    return len(own) == OWN_WORDS and not reported(" ".join(own), lang)


def unquoted(content: str, at: int, spans: Sequence[tuple[int, int]]) -> str:
    """``content`` (at offset ``at``) with the words of the quotations in it blanked, the
    offsets kept: a quoted title or slogan inside reported speech ("Die Stadt werde 40
    „Coole Zonen“ einrichten") names nobody who might be the speaker. ``spans`` in order,
    apart (a quotation's words); found by bisection, not read all again per sentence."""
    end = at + len(content)
    chars = list(content)
    i = bisect.bisect_left(spans, (end,)) - 1
    while i >= 0 and spans[i][1] > at:
        a, b = spans[i]
        for k in range(max(a, at), min(b, end)):
            chars[k - at] = " "
        i -= 1
    return "".join(chars)
