"""Turn stored results into safe HTML pieces and row lists for the templates.

Article text is untrusted: it is escaped piece by piece here and only then wrapped in
our own markup, so nothing a page shows can run as HTML.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from glossary import Glossary, Hit
from translate.coverage.near import Suggestion
from translate.doubt.checks import FLAGS
from translate.records import Article, ArticleTranslation, SentenceTranslation
from translate.results import Comparison, MatchSpan, StoryView
from translate.storage.correction_store import sentence_key

KIND_LABELS = {
    "person": "person",
    "place": "place",
    "organisation": "organisation",
    "title": "title or role",
    "term": "term",
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    css: str
    tip: str = ""
    note: str = ""  # read by screen readers after the marked words
    href: str = ""  # the marked words link there (a quoted person's page)


def highlight(text: str, spans: Sequence[Span]) -> Markup:
    """``text`` with each span wrapped in a ``<mark>``; overlapping spans are skipped."""
    out = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < cursor or span.end > len(text) or span.start >= span.end:
            continue
        out.append(escape(text[cursor : span.start]))
        attrs = Markup(' class="{}"').format(span.css)
        if span.tip:
            attrs += Markup(' tabindex="0" data-tip="{}"').format(span.tip)
        note = (
            Markup('<span class="visually-hidden"> ({})</span>').format(span.note)
            if span.note
            else ""
        )
        marked = Markup("<mark{}>{}{}</mark>").format(attrs, text[span.start : span.end], note)
        if span.href:
            marked = Markup('<a class="person" href="{}">{}</a>').format(span.href, marked)
        out.append(marked)
        cursor = span.end
    out.append(escape(text[cursor:]))
    return Markup("").join(out)


def _tip(hit: Hit, glossary: Glossary | None) -> tuple[str, str]:
    entry = glossary.by_id.get(hit.entry_id) if glossary else None
    kind = KIND_LABELS.get(hit.kind, hit.kind)
    tip = f"{hit.english} · {kind}"
    if entry is not None:
        tip += f" · added by {entry.added_by} on {entry.added_on} · source: {entry.source}"
    return tip, f"glossary: {hit.english}, {kind}"


def term_spans(
    hits: Sequence[Hit],
    glossary: Glossary | None,
    side: str,
    people: Mapping[str, str] | None = None,
) -> list[Span]:
    """The glossary's names in a sentence; ``people``: glossary id -> the page of a quoted
    person, linked from their name."""
    spans = []
    for hit in hits:
        tip, note = _tip(hit, glossary)
        css = f"term term-{hit.kind}"
        href = (people or {}).get(hit.entry_id, "")
        if side == "source":
            spans.append(Span(hit.source_start, hit.source_end, css, tip, note, href))
        elif hit.target_start is not None and hit.target_end is not None:
            spans.append(Span(hit.target_start, hit.target_end, css, tip, note, href))
    return spans


def doubt_tip(sentence: SentenceTranslation, with_original: bool = True) -> str:
    """Why a sentence is doubted, in words, with its confidence (and the original)."""
    why = "; ".join(sentence.reasons) or ", ".join(FLAGS.get(f, f) for f in sentence.flags)
    confidence = "" if sentence.confidence is None else f" (confidence {sentence.confidence:.0%})"
    tip = f"Doubtful{confidence}: {why}."
    return f"{tip} Original: {sentence.source}" if with_original else tip


def story_lead(members: Sequence[str], titles: Mapping[str, SentenceTranslation]) -> str:
    """The article whose headline titles a story: its first, unless that one's English
    headline is doubted and another article's is not (``titles``: as the current checks
    see them)."""
    first = members[0]
    if first in titles and titles[first].flags:
        return next((a for a in members if a in titles and not titles[a].flags), first)
    return first


def agencies_note(article: Article) -> Markup:
    """What follows the outlet's name: the agencies the article carried besides it
    (" · agency AFP" for ANP's "MOSKOU (ANP/AFP)"), so an outlet reads the same
    everywhere; nothing where the dateline names the outlet alone."""
    carried = article.carried_agencies
    if not carried:
        return Markup("")
    word = "agency" if len(carried) == 1 else "agencies"
    return Markup(" · {} {}").format(word, ", ".join(carried))


def doubt_marker(sentence: SentenceTranslation | None, with_original: bool = True) -> Markup:
    """A quiet marker after a doubted English sentence that says why on hover or focus
    (and to screen readers); for a sentence a person corrected, who did (the machine's
    English in the tip); nothing for a sentence without flags."""
    if sentence is not None and sentence.corrected is not None:
        fix = sentence.corrected
        tip = f"Corrected by {fix.by} on {fix.at[:10]}. The machine's English: {fix.machine}"
        return Markup(
            ' <span class="corrected" tabindex="0" data-tip="{}">corrected'
            '<span class="visually-hidden">: {}</span></span>'
        ).format(tip, tip)
    if sentence is None or not sentence.flags:
        return Markup("")
    tip = doubt_tip(sentence, with_original)
    return Markup(
        ' <span class="doubt" tabindex="0" data-tip="{}" data-flags="{}">doubtful'
        '<span class="visually-hidden">: {}</span></span>'
    ).format(tip, " ".join(sentence.flags), tip)


def sentence_doubts(translation: ArticleTranslation) -> dict[int, SentenceTranslation]:
    """Position in the article's sentences -> its translation, for the doubt markers."""
    return dict(enumerate(translation.sentences))


def article_rows(
    article: Article,
    translation: ArticleTranslation | None,
    glossary: Glossary | None,
    people: Mapping[str, str] | None = None,
    near: Mapping[int, Suggestion] | None = None,
) -> list[dict[str, Any]]:
    """The article page's rows; ``near``: corrections offered for sentences like corrected
    ones (``translate.coverage.near``), by sentence index."""
    by_index = {s.index: s for s in translation.sentences} if translation else {}
    rows = []
    for sentence in article.sentences:
        done = by_index.get(sentence.index)
        hits = done.hits if done else ()
        rows.append(
            {
                "index": sentence.index,
                "original": highlight(sentence.text, term_spans(hits, glossary, "source", people)),
                "english": highlight(done.english, term_spans(hits, glossary, "target", people))
                + doubt_marker(done, with_original=False)
                if done
                else None,
                "doubted": bool(done and done.flags),
                "cached": done.cached if done else None,
                "text": done.english if done else None,
                "key": sentence_key(article.lang, sentence.text),
                "corrected": done.corrected if done else None,
                "near": suggestion_html((near or {}).get(sentence.index), article.lang),
            }
        )
    return rows


def title_row(
    article: Article, translation: ArticleTranslation | None, glossary: Glossary | None
) -> dict[str, Any] | None:
    if translation is None:
        return None
    hits = translation.title.hits
    return {
        "original": highlight(article.title, term_spans(hits, glossary, "source")),
        "english": highlight(translation.title.english, term_spans(hits, glossary, "target")),
        "doubt": doubt_marker(translation.title),
        "text": translation.title.english,
        "key": sentence_key(article.lang, article.title),
        "corrected": translation.title.corrected,
    }


def suggestion_html(found: Suggestion | None, lang: str) -> Markup | None:
    """A correction offered for a sentence like a corrected one: the corrected sentence
    with the words that differ marked (``ins``: this sentence's, ``del``: the other's),
    and the person's English for it."""
    if found is None:
        return None
    tags = {"same": "{}", "changed": "<ins>{}</ins>", "gone": "<del>{}</del>"}
    words = Markup(" ").join(Markup(tags[kind]).format(text) for kind, text in found.pieces)
    return Markup(
        '<p class="near">A person corrected a sentence like this one ({:.0%} alike; what'
        " differs is marked, <ins>this sentence</ins>, <del>theirs</del>):"
        ' <span lang="{}">{}</span> <span class="near-english">Their English: <q>{}</q></span>'
        "</p>"
    ).format(found.score, lang, words, found.correction.english or "")


def compare_rows(
    result: Comparison,
    originals: tuple[Article, Article] | None = None,
    doubts: tuple[dict[int, SentenceTranslation], dict[int, SentenceTranslation]] | None = None,
) -> list[dict[str, Any]]:
    """Rows for the side-by-side view: pairs in A's order, B-only sentences where they
    stand in B, A-only sentences in place. ``originals`` shows source text instead;
    ``doubts`` (each side's translated sentences) marks the doubted English ones."""
    english: dict[str, dict[int, str]] = {"a": {}, "b": {}}
    for pair in result.pairs:
        english["a"].update(zip(pair.a, pair.a_text, strict=True))
        english["b"].update(zip(pair.b, pair.b_text, strict=True))
    english["a"].update({o.index: o.text for o in result.only_a})
    english["b"].update({o.index: o.text for o in result.only_b})
    english["a"].update({o.index: o.text for o in result.not_compared_a})
    english["b"].update({o.index: o.text for o in result.not_compared_b})

    def text(which: str, index: int, spans: list[Span]) -> Markup:
        if originals is not None:
            article = originals[0 if which == "a" else 1]
            return escape(article.sentences[index].text)
        marker = doubt_marker(doubts[0 if which == "a" else 1].get(index)) if doubts else ""
        return highlight(english[which][index], spans) + marker

    def match_spans(spans: Sequence[MatchSpan], index: int) -> list[Span]:
        return [Span(start, end, "match") for sentence, start, end in spans if sentence == index]

    pair_rows: list[tuple[int, dict[str, Any]]] = [
        (
            min(pair.a),
            {
                "kind": str(pair.label),
                "id": f"pair-{n}",
                "score": pair.score,
                "a": [(i, text("a", i, match_spans(pair.a_spans, i))) for i in pair.a],
                "b": [(j, text("b", j, match_spans(pair.b_spans, j))) for j in pair.b],
                "differences": pair.differences,
                "why": f"score {pair.score:.2f} (shared from {result.settings.shared:.2f}); "
                + (
                    f"words in common beyond names: {', '.join(pair.common)}"
                    if pair.common
                    else "matching words are marked"
                ),
            },
        )
        for n, pair in enumerate(result.pairs)
    ]
    only_a = [
        (
            o.index,
            {
                "kind": "only-a",
                "id": f"a-{o.index}",
                "a": [(o.index, text("a", o.index, []))],
                "b": [],
            },
        )
        for o in result.only_a
    ]
    rows = [row for _key, row in sorted(pair_rows + only_a, key=lambda r: r[0])]
    # Each B-only sentence goes after the row holding the B sentence just before it.
    for item in sorted(result.only_b, key=lambda o: o.index):
        index = item.index
        row: dict[str, Any] = {
            "kind": "only-b",
            "id": f"b-{index}",
            "a": [],
            "b": [(index, text("b", index, []))],
        }
        position = 0
        for n, existing in enumerate(rows):
            if any(j < index for j, _ in existing["b"]):
                position = n + 1
        rows.insert(position, row)
    # Past the limit of sentences compared: each side's rest, last, said as not compared.
    for which, rest in (("a", result.not_compared_a), ("b", result.not_compared_b)):
        rows.extend(
            {
                "kind": "not-compared",
                "id": f"{which}-{o.index}",
                "a": [(o.index, text("a", o.index, []))] if which == "a" else [],
                "b": [(o.index, text("b", o.index, []))] if which == "b" else [],
            }
            for o in rest
        )
    return rows


def story_rows(
    result: StoryView,
    texts: Sequence[Sequence[str]],
    doubts: Sequence[dict[int, SentenceTranslation]] | None = None,
) -> list[dict[str, Any]]:
    """One row per fact of a story comparison, in sections: reported by all, by some,
    by one. ``texts`` are each article's sentences (English or original); ``doubts``
    (each article's translated sentences) marks the doubted English ones."""

    def cell(article: int, index: int) -> Markup:
        marker = doubt_marker(doubts[article].get(index)) if doubts else ""
        return escape(texts[article][index]) + marker

    size = len(result.articles)
    rows = []
    for fact in result.facts:
        count = fact.reported_by
        section = "all" if count == size else ("several" if count > 1 else "one")
        rows.append(
            {
                "section": section,
                "label": str(fact.label),
                "count": count,
                "cells": [[cell(d, i) for i in cells] for d, cells in enumerate(fact.sentences)],
            }
        )
    return rows


_LABEL_WORDS = {"shared": "shared", "partial": "partly shared"}


def story_row_html(
    row: dict[str, Any], letters: Sequence[str], langs: Sequence[str] | None = None
) -> Markup:
    """One row of the story table, built here rather than in the template: a big story
    has hundreds of rows of a dozen cells. ``langs``: each column's language (the
    original view)."""
    label = row["label"]
    words = _LABEL_WORDS.get(label, "only here")
    names = [escape(name) for name in letters]
    cells = []
    for n, cell in enumerate(row["cells"]):
        lang = f' lang="{escape(langs[n])}"' if langs else ""
        if cell:
            sentences = "".join(f'<span class="sentence">{text}</span> ' for text in cell)
            head = f'<span class="label">{names[n]} · {words}</span>'
            cells.append(f"<td{lang}>{head} {sentences}</td>")
        else:
            hidden = f'<span class="visually-hidden">{names[n]} does not report this</span>'
            cells.append(f'<td class="empty"{lang}>{hidden}</td>')
    return Markup(f'<tr class="row-{escape(label)}">' + "".join(cells) + "</tr>")
