"""Typed results in and out of the store: translations, comparisons, story views, story
groupings and jobs, each under its :class:`~translate.vocab.ResultKind`.

This is where results become JSON and back (``translate.storage.codec``); every layer above reads
and writes typed objects through these functions.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from translate.records import ArticleTranslation, SentenceTranslation, Signature
from translate.results import Grouping, Job, StoryGroup
from translate.storage import correction_store
from translate.storage.codec import ShapeError, from_json, to_json
from translate.storage.store import Store, StoreError, StoreFull, StoreReadOnly
from translate.vocab import ResultKind

T = TypeVar("T")
log = logging.getLogger(__name__)

# Results that can be computed again from what is stored: one whose stored shape no longer
# reads (an older newsbridge wrote it) is recomputed instead of failing the request.
_RECOMPUTABLE = (
    ResultKind.COMPARE,
    ResultKind.STORY,
    ResultKind.STORIES,
    ResultKind.SUGGESTIONS,
)


def put(store: Store, kind: ResultKind, key: str, value: object, made_with: object = None) -> None:
    """Store ``value`` (a result dataclass) under ``kind``/``key``; ``made_with`` records
    the settings or signature that made it. A result that can be computed again is only
    a cache: where the store cannot be written, it is computed each time instead."""
    settings = to_json(made_with) if made_with is not None else {}
    try:
        store.put_result(kind, key, settings, to_json(value))
    except (StoreReadOnly, StoreFull) as exc:
        if kind not in _RECOMPUTABLE:
            raise
        log.warning("%s %s not kept: %s", kind, key, exc)


# Kinds whose results hold only tuples and frozen dataclasses (a grouping holds dicts).
_KEPT_DECODED = (ResultKind.TRANSLATION, ResultKind.COMPARE, ResultKind.STORY)


def get(
    store: Store,
    kind: ResultKind,
    key: str,
    cls: type[T],
    prepare: Callable[[T], T] | None = None,
) -> T | None:
    """The stored result, decoded (and passed through ``prepare``, once per change of the
    stored JSON: what the decoded-results cache keeps)."""
    text = store.get_result_text(kind, key)
    if text is None:
        return None
    where = (str(kind), key)
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
    known = store.memos.decoded.get(where, digest) if kind in _KEPT_DECODED else None
    if isinstance(known, cls):
        return known
    try:
        value = from_json(cls, json.loads(text))
    except ShapeError as exc:
        if kind in _RECOMPUTABLE:
            log.warning("stored %s %s has an old shape (%s); computing it again", kind, key, exc)
            return None
        raise StoreError(f"stored {kind} {key} cannot be read: {exc}") from exc
    if prepare is not None:
        value = prepare(value)
    if kind in _KEPT_DECODED:
        store.memos.decoded.put(where, digest, value)
    return value


def save_translation(store: Store, result: ArticleTranslation) -> None:
    """Store an article's translation as the machine made it (people's corrections are
    applied when it is read, and stay out of it)."""
    correction_store.index_translation(store, result)
    put(
        store,
        ResultKind.TRANSLATION,
        result.article_id,
        result,
        {"signature": str(result.signature)},
    )


def stored_translation(
    store: Store,
    article_id: str,
    prepare: Callable[[ArticleTranslation], ArticleTranslation] | None = None,
) -> ArticleTranslation | None:
    """The stored translation of an article, with people's corrections applied
    (``prepare``: see :func:`get`; the doubt layer passes its re-assessment,
    ``translate.doubt.current``)."""
    found = get(store, ResultKind.TRANSLATION, article_id, ArticleTranslation, prepare)
    return correction_store.corrected(store, found) if found is not None else None


def sentence_at(store: Store, article_id: str, number: int) -> tuple[str, str, str | None]:
    """(language, source, the machine's English or None) of sentence ``number`` of a
    stored article, numbered as its translation numbers them (-1: the title); LookupError
    naming what is missing."""
    article = store.get_article(article_id)
    if article is None:
        raise LookupError(f"no stored article {article_id}")
    if number == -1:
        source = article.title
    else:
        found = next((s for s in article.sentences if s.index == number), None)
        if found is None:
            raise LookupError(
                f"article {article_id} has no sentence {number} (it has 0 to"
                f" {len(article.sentences) - 1}, and -1 for the title)"
            )
        source = found.text
    machine = None
    translation = stored_translation(store, article_id)
    if translation is not None:
        done = {s.index: s for s in (translation.title, *translation.sentences)}.get(number)
        if done is not None:
            machine = done.corrected.machine if done.corrected else done.english
    return article.lang, source, machine


def translated(store: Store, ids: Sequence[str]) -> set[str]:
    """The articles of ``ids`` with a stored translation (their titles are read by
    ``translate.doubt.current.current_titles``, the one title reader)."""
    return set(store.result_settings(ResultKind.TRANSLATION, ids))


def signatures(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """Article id -> the signature of its stored translation as read (people's corrections
    named in it), for those of ``ids`` with one: read without loading the translations."""
    settings = store.result_settings(ResultKind.TRANSLATION, ids)
    made = correction_store.stamps(store, list(settings))
    found = {}
    for key, values in settings.items():
        if "signature" in values:
            found[key] = values["signature"] + (f"|corrections:{made[key]}" if key in made else "")
    return found


def stored_titles(store: Store, ids: Sequence[str] | None = None) -> dict[str, ArticleTranslation]:
    """Article id -> its stored translation with the title alone (no sentences), for every
    article (of ``ids``) with a translation: read without loading the whole translations.
    A title that no longer reads is left out (the article page says why)."""
    titles = store.result_field(ResultKind.TRANSLATION, "$.title", ids)
    langs = store.result_field(ResultKind.TRANSLATION, "$.language", list(titles))
    unnamed = [key for key in titles if not langs.get(key)]
    if unnamed:  # older stores wrote the field under its own name
        langs.update(store.result_field(ResultKind.TRANSLATION, "$.lang", unnamed))
    checks = store.result_field(ResultKind.TRANSLATION, "$.checks", list(titles))
    sources = {key: _source(data) for key, data in titles.items()}
    fixes = correction_store.in_force(
        store,
        [correction_store.sentence_key(str(langs.get(k)), s) for k, s in sources.items() if s],
    )
    found = {}
    for key, data in titles.items():
        try:
            title = from_json(SentenceTranslation, json.loads(data))
        except (ShapeError, TypeError, ValueError):
            log.warning("the stored title of %s does not read", key)
            continue
        alone = ArticleTranslation(
            key, str(langs.get(key)), _NO_SIGNATURE, title, (), checks.get(key) or ""
        )
        found[key] = correction_store.apply(alone, fixes)
    return found


def _source(data: Any) -> str | None:
    try:
        source = json.loads(data).get("source")
    except (TypeError, ValueError, AttributeError):
        return None
    return source if isinstance(source, str) else None


_NO_SIGNATURE = Signature("", "")


def save_grouping(store: Store, key: str, grouping: Grouping) -> None:
    """Store a grouping and make it the one the pages show."""
    put(store, ResultKind.STORIES, key, grouping, grouping.settings)
    make_latest(store, key)


def make_latest(store: Store, key: str) -> None:
    """Make the stored grouping under ``key`` the one the pages show."""
    store.put_result(ResultKind.STORIES_LATEST, "latest", {}, {"key": key})


def latest_grouping(store: Store) -> Grouping | None:
    pointer = store.get_result(ResultKind.STORIES_LATEST, "latest")
    if not pointer:
        return None
    key = pointer["key"]
    found = store.memos.groupings.get(key, key)  # never changes under its key
    if found is not None:
        return found
    grouping = get(store, ResultKind.STORIES, key, Grouping)
    return None if grouping is None else store.memos.groupings.put(key, key, grouping)


def latest_story(store: Store, story_id: str) -> StoryGroup | None:
    """Story ``story_id`` of the latest grouping, if there is one."""
    grouping = latest_grouping(store)
    return grouping.story(story_id) if grouping else None


def save_job(store: Store, job: Job) -> None:
    put(store, ResultKind.JOB, job.id, job)


def load_job(store: Store, job_id: str) -> Job | None:
    return get(store, ResultKind.JOB, job_id, Job)


def list_jobs(store: Store) -> list[Job]:
    return [from_json(Job, data) for _k, _s, data, _c in store.list_results(ResultKind.JOB)]


def list_eval_runs(store: Store) -> list[tuple[str, Any]]:
    """(key, report data) of every stored ``newsbridge eval`` run, oldest first."""
    return [(key, data) for key, _s, data, _c in store.list_results(ResultKind.EVAL)]


def save_eval_run(store: Store, key: str, report: dict[str, Any], engine: str) -> None:
    store.put_result(ResultKind.EVAL, key, {"engine": engine}, report)
