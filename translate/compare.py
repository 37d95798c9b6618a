"""Comparisons and story groups, computed once and stored with the settings that made them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from translate.align import align
from translate.codec import to_json
from translate.results import (
    AlignedPair,
    AlignSettings,
    ArticleInfo,
    Comparison,
    Grouping,
    OnlySentence,
    StoryFact,
    StorySettings,
    StoryView,
)
from translate.store import Store, result_key
from translate.stored import get, make_latest, put, save_grouping
from translate.stories import Doc, group_stories, sides, story_facts
from translate.vocab import Label, ResultKind


def article_info(doc: Doc) -> ArticleInfo:
    return ArticleInfo(
        id=doc.article.id,
        title=doc.article.title,
        title_en=doc.translation.title.english,
        language=doc.article.lang,
        outlet=doc.article.outlet,
        dateline=doc.article.dateline,
        signature=str(doc.translation.signature),
        published=doc.article.published,
    )


def compare_pair(
    store: Store,
    a: Doc,
    b: Doc,
    settings: AlignSettings | None = None,
) -> Comparison:
    """Align two translated articles; reuse the stored result when nothing changed."""
    settings = settings or AlignSettings()
    signatures = {"a": str(a.translation.signature), "b": str(b.translation.signature)}
    key = result_key(
        ResultKind.COMPARE,
        a.article.id,
        b.article.id,
        signatures["a"],
        signatures["b"],
        to_json(settings),
    )
    stored = get(store, ResultKind.COMPARE, key, Comparison)
    if stored is not None:
        return dataclasses.replace(stored, cached=True)
    side_a, side_b = sides(a), sides(b)
    alignment = align(side_a, side_b, settings)
    english_a = [s.text for s in side_a]
    english_b = [s.text for s in side_b]
    result = Comparison(
        a=article_info(a),
        b=article_info(b),
        pairs=tuple(
            AlignedPair(
                a=tuple(p.a),
                b=tuple(p.b),
                score=round(p.score, 4),
                label=p.label,
                a_spans=tuple(p.a_spans),
                b_spans=tuple(p.b_spans),
                differences=tuple(p.differences),
                a_text=tuple(english_a[i] for i in p.a),
                b_text=tuple(english_b[j] for j in p.b),
                common=tuple(p.common),
            )
            for p in alignment.pairs
        ),
        only_a=tuple(OnlySentence(i, english_a[i]) for i in alignment.only_a),
        only_b=tuple(OnlySentence(j, english_b[j]) for j in alignment.only_b),
        overlap=round(alignment.overlap, 4),
        labels_a=tuple(alignment.labels_a()),
        labels_b=tuple(alignment.labels_b()),
        settings=settings,
    )
    put(store, ResultKind.COMPARE, key, result, {**signatures, **to_json(settings)})
    return result


def compare_story(
    store: Store, docs: Sequence[Doc], settings: AlignSettings | None = None
) -> StoryView:
    """What several articles about one event report in common, and what only one does.

    Each fact is one thing reported: a sentence, joined with the sentences of the other
    articles that align with it. ``facts`` lists, per fact, the sentence indexes each
    article has for it (empty: that article does not report it), the commonest facts
    first, shared before partly shared, each group in reading order. Stored and reused.
    """
    settings = settings or AlignSettings()
    key = result_key(
        ResultKind.STORY,
        [(d.article.id, str(d.translation.signature)) for d in docs],
        to_json(settings),
    )
    stored = get(store, ResultKind.STORY, key, StoryView)
    if stored is not None:
        return dataclasses.replace(stored, cached=True)
    facts = []
    for fact in story_facts(docs, settings):
        cells: list[list[int]] = [[] for _ in docs]
        for d, i in fact.members:
            cells[d].append(i)
        facts.append(
            StoryFact(
                sentences=tuple(tuple(c) for c in cells),
                reported_by=sum(1 for c in cells if c),
                label=fact.label,
            )
        )
    # Sorting is stable, so facts stay in reading order within each rank.
    facts.sort(key=lambda f: (-f.reported_by, f.label != Label.SHARED))
    result = StoryView(
        articles=tuple(article_info(d) for d in docs),
        english=tuple(tuple(s.english for s in d.translation.sentences) for d in docs),
        facts=tuple(facts),
        in_all=sum(1 for f in facts if f.reported_by == len(docs)),
        in_several=sum(1 for f in facts if f.reported_by > 1),
        only=tuple(
            sum(1 for f in facts if f.reported_by == 1 and f.sentences[d]) for d in range(len(docs))
        ),
        settings=settings,
    )
    put(store, ResultKind.STORY, key, result, settings)
    return result


def stories(store: Store, docs: Sequence[Doc], settings: StorySettings | None = None) -> Grouping:
    """Group articles into stories; stored (and reused) under the settings that made it,
    and made the grouping the pages show."""
    settings = settings or StorySettings()
    key = result_key(
        ResultKind.STORIES,
        sorted((d.article.id, str(d.translation.signature)) for d in docs),
        to_json(settings),
    )
    stored = get(store, ResultKind.STORIES, key, Grouping)
    if stored is not None:
        make_latest(store, key)
        return dataclasses.replace(stored, cached=True)
    result = dataclasses.replace(
        group_stories(docs, settings), articles={d.article.id: article_info(d) for d in docs}
    )
    save_grouping(store, key, result)
    return result
