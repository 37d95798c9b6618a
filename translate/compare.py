"""Comparisons and story groups, computed once and stored with the settings that made them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from translate.align import AlignSettings, align
from translate.models import Article, ArticleTranslation
from translate.store import Store, result_key
from translate.stories import Doc, StorySettings, group_stories, sides, story_facts


def _article_info(article: Article, translation: ArticleTranslation) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "title_en": translation.title.english,
        "language": article.lang,
        "outlet": article.outlet,
        "dateline": article.dateline,
        "signature": str(translation.signature),
    }


def compare_pair(
    store: Store,
    a: Doc,
    b: Doc,
    settings: AlignSettings | None = None,
) -> dict[str, Any]:
    """Align two translated articles; reuse the stored result when nothing changed."""
    settings = settings or AlignSettings()
    key = result_key(
        "compare",
        a.article.id,
        b.article.id,
        str(a.translation.signature),
        str(b.translation.signature),
        settings.as_dict(),
    )
    stored = store.get_result("compare", key)
    if stored is not None:
        return {**stored, "cached": True}
    side_a, side_b = sides(a), sides(b)
    alignment = align(side_a, side_b, settings)
    english_a = [s.text for s in side_a]
    english_b = [s.text for s in side_b]
    data = alignment.as_dict()
    for pair in data["pairs"]:
        pair["a_text"] = [english_a[i] for i in pair["a"]]
        pair["b_text"] = [english_b[j] for j in pair["b"]]
    data["only_a"] = [{"index": i, "text": english_a[i]} for i in alignment.only_a]
    data["only_b"] = [{"index": j, "text": english_b[j]} for j in alignment.only_b]
    data["labels_a"] = alignment.labels_a()
    data["labels_b"] = alignment.labels_b()
    data["a"] = _article_info(a.article, a.translation)
    data["b"] = _article_info(b.article, b.translation)
    store.put_result(
        "compare",
        key,
        {
            "a": str(a.translation.signature),
            "b": str(b.translation.signature),
            **settings.as_dict(),
        },
        data,
    )
    return {**data, "cached": False}


def compare_story(
    store: Store, docs: Sequence[Doc], settings: AlignSettings | None = None
) -> dict[str, Any]:
    """What several articles about one event report in common, and what only one does.

    Each fact is one thing reported: a sentence, joined with the sentences of the other
    articles that align with it (pairwise, transitively). ``facts`` lists, per fact, the
    sentence indexes each article has for it (an empty list: that article does not report
    it), the commonest facts first, each group in reading order. Stored and reused.
    """
    settings = settings or AlignSettings()
    key = result_key(
        "story",
        [(d.article.id, str(d.translation.signature)) for d in docs],
        settings.as_dict(),
    )
    stored = store.get_result("story", key)
    if stored is not None:
        return {**stored, "cached": True}
    facts = []
    for fact in story_facts(docs, settings):
        cells: list[list[int]] = [[] for _ in docs]
        for d, i in fact.members:
            cells[d].append(i)
        facts.append(
            {"sentences": cells, "reported_by": sum(1 for c in cells if c), "label": fact.label}
        )
    # Commonest first, shared before partly shared; stable, so in reading order otherwise.
    facts.sort(key=lambda f: (-f["reported_by"], f["label"] != "shared"))
    data = {
        "articles": [_article_info(d.article, d.translation) for d in docs],
        "english": [[s.english for s in d.translation.sentences] for d in docs],
        "facts": facts,
        "in_all": sum(1 for f in facts if f["reported_by"] == len(docs)),
        "in_several": sum(1 for f in facts if f["reported_by"] > 1),
        "only": [
            sum(1 for f in facts if f["reported_by"] == 1 and f["sentences"][d])
            for d in range(len(docs))
        ],
        "settings": settings.as_dict(),
    }
    store.put_result("story", key, settings.as_dict(), data)
    return {**data, "cached": False}


def stored_comparison(store: Store, a_id: str, b_id: str) -> dict[str, Any] | None:
    """The newest stored comparison of two articles, whichever settings made it."""
    found = None
    for _key, _settings, data, _created in store.list_results("compare"):
        if data["a"]["id"] == a_id and data["b"]["id"] == b_id:
            found = data
    return found


def stories(
    store: Store, docs: Sequence[Doc], settings: StorySettings | None = None
) -> dict[str, Any]:
    """Group articles into stories; stored (and reused) under the settings that made it."""
    settings = settings or StorySettings()
    key = result_key(
        "stories",
        sorted((d.article.id, str(d.translation.signature)) for d in docs),
        settings.as_dict(),
    )
    stored = store.get_result("stories", key)
    if stored is not None:
        result = {**stored, "cached": True}
    else:
        result = group_stories(docs, settings)
        result["articles"] = {d.article.id: _article_info(d.article, d.translation) for d in docs}
        store.put_result("stories", key, settings.as_dict(), result)
        result = {**result, "cached": False}
    store.put_result("stories-latest", "latest", settings.as_dict(), {"key": key})
    return result


def latest_stories(store: Store) -> dict[str, Any] | None:
    pointer = store.get_result("stories-latest", "latest")
    return store.get_result("stories", pointer["key"]) if pointer else None
