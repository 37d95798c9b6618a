"""Comparisons and story groups, computed once and stored with the settings that made them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from glossary import Glossary
from translate.coverage.align import MAX_COMPARED_WORDS, align, compared
from translate.coverage.docs import Doc, sides
from translate.coverage.facts import story_facts
from translate.coverage.quotations import store_quotes
from translate.coverage.stories import (
    MAX_STORY_ARTICLES,
    add_to_grouping,
    group_stories,
    wire_copies,
)
from translate.doubt.current import current_translation
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
from translate.storage.codec import to_json
from translate.storage.correction_store import articles_with
from translate.storage.store import Store, result_key
from translate.storage.stored import (
    get,
    latest_grouping,
    make_latest,
    put,
    save_grouping,
)
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


# Limits of the work one comparison may take (said on the page when they apply): the
# sentences of an article that are compared, and the articles of one story view.
# (MAX_STORY_ARTICLES, from translate.coverage.stories, also bounds the coverage of a story.)
# Every sentence of A is scored against every one of B, so the work grows with the square
# of the sentences (and words: MAX_COMPARED_WORDS): 200 x 200 sentences of news take
# 0.14 s, 400 x 400 0.54 s (docs/coverage.md), and 200 is past any news article; the
# sentences past it are listed as not compared (Comparison.not_compared_a/_b).
MAX_COMPARED_SENTENCES = 200
# Part of every stored comparison's and story view's key: a change to how sentences are
# aligned (not only to its settings) makes them again. 2: wire copies noted; 3: words
# matched by stem, one word in common needs a close pair; 4: untranslated text's function
# words link nothing; 5: the sentences past the limit listed as not compared.
ALIGNER_VERSION = "aligner-5"


def _pair_key(a: Doc, b: Doc, settings: AlignSettings) -> str:
    return result_key(
        ResultKind.COMPARE,
        ALIGNER_VERSION,
        a.article.id,
        b.article.id,
        str(a.translation.signature),
        str(b.translation.signature),
        to_json(settings),
    )


def stored_pair(
    store: Store, a: Doc, b: Doc, settings: AlignSettings | None = None
) -> Comparison | None:
    """The stored comparison of ``a`` and ``b`` (None: not computed yet). Reads only."""
    found = get(store, ResultKind.COMPARE, _pair_key(a, b, settings or AlignSettings()), Comparison)
    return dataclasses.replace(found, cached=True) if found is not None else None


def compare_pair(
    store: Store,
    a: Doc,
    b: Doc,
    settings: AlignSettings | None = None,
) -> Comparison:
    """Align two translated articles; reuse the stored result when nothing changed."""
    settings = settings or AlignSettings()
    signatures = {"a": str(a.translation.signature), "b": str(b.translation.signature)}
    key = _pair_key(a, b, settings)
    stored = stored_pair(store, a, b, settings)
    if stored is not None:
        return stored
    side_a, side_b = sides(a), sides(b)
    notes = []
    upto = {"A": compared(side_a, MAX_COMPARED_SENTENCES)}
    upto["B"] = compared(side_b, MAX_COMPARED_SENTENCES)
    for name, doc_sides in (("A", side_a), ("B", side_b)):
        if len(doc_sides) > upto[name]:
            notes.append(
                f"only the first {upto[name]} of the {len(doc_sides)} sentences"
                f" of {name} were compared"
            )
    past_a = tuple(OnlySentence(i, s.text) for i, s in enumerate(side_a) if i >= upto["A"])
    past_b = tuple(OnlySentence(j, s.text) for j, s in enumerate(side_b) if j >= upto["B"])
    side_a, side_b = side_a[: upto["A"]], side_b[: upto["B"]]
    if wire_copies([a, b])[1]:
        notes.append(
            "these two carry the same agency text (a wire copy): what they share is one"
            " report printed twice, not two outlets reporting the same"
        )
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
        notes=tuple(notes),
        not_compared_a=past_a,
        not_compared_b=past_b,
    )
    put(store, ResultKind.COMPARE, key, result, {**signatures, **to_json(settings)})
    return result


def compare_story(
    store: Store,
    docs: Sequence[Doc],
    settings: AlignSettings | None = None,
    max_articles: int | None = MAX_STORY_ARTICLES,
) -> StoryView:
    """What several articles about one event report in common, and what only one does.

    Each fact is one thing reported: a sentence, joined with the sentences of the other
    articles that align with it. ``facts`` lists, per fact, the sentence indexes each
    article has for it (empty: that article does not report it), the commonest facts
    first, shared before partly shared, each group in reading order. Stored and reused.
    """
    settings = settings or AlignSettings()
    stored = stored_story(store, docs, settings, max_articles)
    if stored is not None:
        return stored
    key = _story_key(docs, settings, max_articles)
    notes = []
    if max_articles is not None and len(docs) > max_articles:
        notes.append(
            f"only {max_articles} of the story's {len(docs)} articles are side by side"
            " here; compare any two of the others from the library"
        )
        docs = docs[:max_articles]
    docs, copies = wire_copies(docs)
    for first, others in copies.items():
        carrier = next(d for d in docs if d.article.id == first)
        notes.append(
            f"{_outlets(others)} carr{'y' if len(others) > 1 else 'ies'} the same agency text"
            f" as {_outlet(carrier)} ({carrier.article.title}), so it is shown and counted once"
        )
    long = [d for d in docs if len(sides(d)) > compared(sides(d), MAX_COMPARED_SENTENCES)]
    if long:
        notes.append(
            f"only the first {MAX_COMPARED_SENTENCES} sentences (or {MAX_COMPARED_WORDS}"
            f" words) of {len(long)} long article{'s' if len(long) > 1 else ''} were compared"
        )
    facts = []
    for fact in story_facts(docs, settings, MAX_COMPARED_SENTENCES):
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
        notes=tuple(notes),
    )
    put(store, ResultKind.STORY, key, result, settings)
    return result


def _outlet(doc: Doc) -> str:
    return doc.article.outlet or doc.article.title


def _outlets(docs: Sequence[Doc]) -> str:
    names = [_outlet(d) for d in docs]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _story_key(
    docs: Sequence[Doc] | Sequence[tuple[str, str]],
    settings: AlignSettings,
    max_articles: int | None,
) -> str:
    """The key of a story view: its articles as docs, or as (article id, signature)."""
    members = [
        (d.article.id, str(d.translation.signature)) if isinstance(d, Doc) else tuple(d)
        for d in docs
    ]
    parts: list[object] = [
        ResultKind.STORY,
        ALIGNER_VERSION,
        [list(m) for m in members],
        to_json(settings),
    ]
    if max_articles is not None and len(docs) > max_articles:
        parts.append(max_articles)  # (a view that the limit did not cut keeps its old key)
    return result_key(*parts)


def stored_story(
    store: Store,
    docs: Sequence[Doc] | Sequence[tuple[str, str]],
    settings: AlignSettings | None = None,
    max_articles: int | None = MAX_STORY_ARTICLES,
) -> StoryView | None:
    """The stored story view of ``docs`` (or of (article id, translation signature)
    pairs, which a page reads without loading the translations); None: not computed yet.
    Reads only."""
    key = _story_key(docs, settings or AlignSettings(), max_articles)
    found = get(store, ResultKind.STORY, key, StoryView)
    return dataclasses.replace(found, cached=True) if found is not None else None


def stories(store: Store, docs: Sequence[Doc], settings: StorySettings | None = None) -> Grouping:
    """Group articles into stories; stored (and reused) under the settings that made it,
    and made the grouping the pages show. An article given twice is grouped once."""
    settings = settings or StorySettings()
    docs = list({d.article.id: d for d in reversed(docs)}.values())[::-1]  # the first kept
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


def after_translation(
    store: Store, docs: Sequence[Doc], glossary: Glossary | None, join: bool = False
) -> None:
    """What follows a translation being stored, for the CLI and the worker alike: the
    articles' quotations (with the English just stored, speakers named by ``glossary``);
    with ``join``, each article put into its story (the worker; the CLI groups stories
    only when asked, ``newsbridge stories``)."""
    store_quotes(store, [doc.article for doc in docs], glossary)
    if join:
        for doc in docs:
            join_story(store, doc)


def after_correction(store: Store, keys: Sequence[str], glossary: Glossary | None) -> list[str]:
    """What is stored from the English of the articles these corrected sentences (keys)
    stand in, brought up to date after a correction, an undo or an import: their
    quotations, stored again (comparisons and story views need nothing: their keys name
    the corrections, so they are made again when asked for). The articles' ids."""
    ids = sorted({a for key in dict.fromkeys(keys) for a in articles_with(store, key)})
    found = store.get_articles(ids)
    store_quotes(store, [found[a] for a in ids if a in found], glossary)
    return ids


def join_story(store: Store, new: Doc) -> Grouping:
    """Put a newly translated article into the stored grouping: it joins the story it fits
    or starts one; nothing else is regrouped and every story keeps its id. With no stored
    grouping yet, every translated article is grouped."""
    grouping = latest_grouping(store)
    if grouping is None:
        docs = {
            a.id: Doc(a, t)
            for a in store.list_articles()
            if (t := current_translation(store, a.id)) is not None
        }
        docs[new.article.id] = new
        return stories(store, list(docs.values()), StorySettings())
    info = {**grouping.articles, new.article.id: article_info(new)}
    if grouping.group_of(new.article.id) is not None:
        updated = dataclasses.replace(grouping, articles=info)  # translated again: same story
    else:
        members = [a for g in grouping.groups for a in g.articles]
        found = store.get_articles(members)
        docs = {
            a: Doc(found[a], t)
            for a in members
            if a in found and (t := current_translation(store, a)) is not None
        }
        updated = dataclasses.replace(add_to_grouping(grouping, new, docs), articles=info)
    key = result_key(ResultKind.STORIES, "joined", [g.articles for g in updated.groups],
                     str(new.translation.signature), to_json(updated.settings))  # fmt: skip
    save_grouping(store, key, updated)
    return updated
