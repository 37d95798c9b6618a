"""Translate articles in four steps: plan (glossary protection and hints), look up the
cache, translate what it lacks (in batches, stored as they finish; a doubted sentence is
translated a second way and the less doubtful attempt kept; a sentence whose English
dropped a glossary term it was asked to keep is asked once more, insisting on the terms),
assemble (glossary enforcement, then each sentence's doubt; of a sentence asked twice for
its terms, the English with fewer terms missing, when it is no more doubtful).
:func:`translate_articles` runs them in order and stores the results.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from glossary import Glossary, Protected
from glossary.matcher import ENGINE_RENDERS, Hit
from translate.budget import check
from translate.doubt.checks import CHECKS_VERSION, Doubt, assess, better, worth_retrying
from translate.engines.base import Engine, Hint
from translate.records import (
    Article,
    ArticleTranslation,
    Rendering,
    SentenceTranslation,
    Signature,
)
from translate.storage.correction_store import corrected as with_corrections
from translate.storage.store import Store
from translate.storage.stored import save_translation
from translate.vocab import TARGET_LANG

# Called with (units just done, total units) after each step.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Unit:
    """One title or sentence as the engine will be asked for it."""

    article: int  # position in the list of articles
    index: int  # sentence index; -1 for the title
    lang: str
    protected: Protected
    hint: Hint
    key: str  # what determines the engine's output: the cache key's text part


@dataclass
class Outputs:
    """Raw engine output per (language, request key), and which came from the cache."""

    text: dict[tuple[str, str], Rendering]
    cached: set[tuple[str, str]]


def signature(engine: Engine, lang: str, glossary: Glossary | None) -> Signature:
    if lang == TARGET_LANG:
        return Signature("none", "identity", glossary.version if glossary else "none")
    return Signature(engine.name, engine.model_id(lang), glossary.version if glossary else "none")


def plan(articles: Sequence[Article], engine: Engine, glossary: Glossary | None) -> list[Unit]:
    """Step 1: every title and sentence, with glossary terms put in their English form and
    the hints (previous sentence, terms) the engine may use. For an engine that carries the
    article as a conversation, each sentence's hint also says its turn and what came
    before it (a digest: everything before it in the article, in the cache key)."""
    units = []
    for position, article in enumerate(articles):
        previous: str | None = None
        turn, before = 0, ""
        pieces = [(-1, article.title), *((s.index, s.text) for s in article.sentences)]
        for index, text in pieces:
            check()
            protected = _protect(glossary, text, article.lang)
            # The terms the engine is asked to keep. Adjectives are left to it ("Zweedse"
            # is Swedish to any model; listing it beside "Sweden" confused the small one).
            terms = tuple(
                dict.fromkeys(
                    (m.form, m.english)
                    for m in protected.matches
                    if m.entry.kind not in ENGINE_RENDERS
                )
            )
            # The title stands alone; each sentence gets the one before it as context.
            hint = Hint(previous if index >= 0 else None, terms)
            if engine.conversation and index >= 0 and article.lang != TARGET_LANG:
                hint = replace(hint, turn=turn, before=before)
                before = _digest(before, protected.text, terms)
                turn += 1
            key = engine.request_key(protected.text, hint)
            units.append(Unit(position, index, article.lang, protected, hint, key))
            if index >= 0:
                previous = protected.text
    return units


def _digest(before: str, text: str, terms: tuple[tuple[str, str], ...]) -> str:
    """What comes before the next sentence: ``before`` and this sentence with its terms."""
    told = "\x1f".join(f"{s}={e}" for s, e in terms)
    return hashlib.sha256(f"{before}\x1e{text}\x1d{told}".encode()).hexdigest()[:32]


def conversations(
    units: Sequence[Unit], todo: Sequence[str], batch_size: int = 16
) -> list[list[Unit]]:
    """The batches of an engine that carries each article as a conversation: every article
    with a sentence in ``todo``, whole and in order (the sentences before the missing one
    are made again too: the conversation has to be in the model's memory, and it comes out
    the same), then the requests that stand alone (titles), in batches of ``batch_size``."""
    wanted = set(todo)
    articles: dict[int, list[Unit]] = {}
    for unit in units:
        if unit.hint.turn is not None:
            articles.setdefault(unit.article, []).append(unit)
    batches = [whole for whole in articles.values() if any(u.key in wanted for u in whole)]
    alone = list({u.key: u for u in units if u.hint.turn is None and u.key in wanted}.values())
    batches += [alone[start : start + batch_size] for start in range(0, len(alone), batch_size)]
    return batches


def _protect(glossary: Glossary | None, text: str, lang: str) -> Protected:
    if glossary is None or lang == TARGET_LANG:
        return Protected(text, text, ())
    return glossary.protect(text, lang)


def distinct_requests(units: Sequence[Unit]) -> dict[str, dict[str, Unit]]:
    """Per language, each distinct request once, in order of first appearance."""
    by_lang: dict[str, dict[str, Unit]] = {}
    for unit in units:
        by_lang.setdefault(unit.lang, {}).setdefault(unit.key, unit)
    return by_lang


def look_up_cache(
    store: Store, engine: Engine, lang: str, keys: Sequence[str]
) -> dict[str, Rendering]:
    """Step 2: the outputs the cache already has for these requests."""
    if lang == TARGET_LANG:
        return {}
    return store.cached_translations(engine.name, engine.model_id(lang), lang, keys)


def render_batch(
    engine: Engine,
    lang: str,
    requests: Sequence[tuple[str, Hint]],
    repair: bool = True,
) -> list[Rendering]:
    """The engine's output for one batch of (text, hint) requests; with ``repair``, a
    doubted output is made again the engine's other way and the less doubtful one kept.
    The same function runs in this process or in a cluster's worker, so both give the
    same English."""
    texts = [text for text, _ in requests]
    translated = engine.render(texts, lang, [hint for _, hint in requests])
    if len(translated) != len(requests):
        raise RuntimeError(
            f"engine {engine.name} returned {len(translated)} outputs for {len(requests)}"
        )
    if not repair:
        return translated
    # Doubted outputs are made again the engine's other way, all of them in one call (an
    # engine may decode them together), and the less doubtful of the two kept; an output
    # doubted only for the model's unsureness is not (``worth_retrying``).
    doubts = [
        _doubt(text, hint, lang, rendering, rendering.text)
        for (text, hint), rendering in zip(requests, translated, strict=True)
    ]
    doubted = [n for n, doubt in enumerate(doubts) if worth_retrying(doubt)]
    again = engine.render_again_all([requests[n] for n in doubted], lang) if doubted else []
    kept = list(translated)
    for n, second in zip(doubted, again, strict=True):
        text, hint = requests[n]
        kept[n] = _better(text, hint, lang, translated[n], doubts[n], second)
    return kept


Batch = list[tuple[str, Hint]]
# Runs batches of one language and yields (batch number, outputs) as each one is done, in
# any order: here one after another, or on a cluster (``translate.pipeline.cluster``).
Runner = Callable[[Engine, str, Sequence[Batch], bool], Iterator[tuple[int, list[Rendering]]]]


def run_here(
    engine: Engine, lang: str, batches: Sequence[Batch], repair: bool
) -> Iterator[tuple[int, list[Rendering]]]:
    """The runner of a local run: each batch in turn, in this process."""
    for number, batch in enumerate(batches):
        yield number, render_batch(engine, lang, batch, repair)


def translate_missing(
    engine: Engine,
    store: Store,
    lang: str,
    requests: dict[str, Unit],
    todo: Sequence[str],
    batch_size: int,
    glossary_version: str,
    progress: Progress | None = None,
    repair: bool = True,
    runner: Runner = run_here,
    units: Sequence[Unit] | None = None,
) -> dict[str, Rendering]:
    """Step 3: translate the requests the cache lacks, batch by batch; each batch is stored
    as soon as it is done, so an interrupted run keeps its work. With ``repair``, a
    doubted output is made again the engine's other way and the less doubtful one kept.
    ``runner`` runs the batches (default: here, in turn). ``units``: every unit of the
    language, for an engine that carries articles as conversations (each article is one
    batch, see :func:`conversations`); what it returns then holds the whole of each such
    article, made again."""
    if lang == TARGET_LANG:
        # English passes through untranslated.
        done = {k: Rendering(requests[k].protected.text) for k in todo}
        if progress and done:
            progress(len(done), -1)
        return done
    model = engine.model_id(lang)
    # Blank text (an article without a title) needs no engine: its English is blank too.
    outputs = {k: Rendering("") for k in todo if not requests[k].protected.text.strip()}
    todo = [k for k in todo if k not in outputs]
    if progress and outputs:
        progress(len(outputs), -1)
    if units is not None and engine.conversation:
        groups = conversations(units, todo, batch_size)
        keys = [[u.key for u in group] for group in groups]
        batches = [[(u.protected.text, u.hint) for u in group] for group in groups]
    else:
        keys = [todo[start : start + batch_size] for start in range(0, len(todo), batch_size)]
        batches = [[(requests[k].protected.text, requests[k].hint) for k in b] for b in keys]
    if not batches:
        return outputs
    wanted = set(todo)
    for number, translated in runner(engine, lang, batches, repair):
        pairs = list(zip(keys[number], translated, strict=True))
        store.put_translations(engine.name, model, lang, pairs, glossary_version)
        outputs.update(pairs)
        if progress:
            progress(len({key for key, _ in pairs} & wanted), -1)
            wanted -= {key for key, _ in pairs}
    return outputs


def _doubt(
    text: str,
    hint: Hint,
    lang: str,
    rendering: Rendering,
    english: str,
    missing: Sequence[str] = (),
    context: bool = True,
) -> Doubt:
    """``english`` assessed against ``text``; ``context``: check for an echo of the
    sentence before (not for an attempt made without it)."""
    return assess(
        text,
        english,
        lang,
        logprob=rendering.logprob,
        previous=hint.previous if context else None,
        terms=[english for _, english in hint.terms],
        missing_terms=missing,
    )


def _better(
    text: str, hint: Hint, lang: str, first: Rendering, doubt: Doubt, again: Rendering | None
) -> Rendering:
    """The less doubtful of a doubted ``first`` and the engine's second attempt, where it
    has one."""
    if again is None:
        return first
    second = replace(again, tries=2)
    second_doubt = _doubt(text, hint, lang, second, second.text, context=False)
    return second if better(doubt, second_doubt) else replace(first, tries=2)


@dataclass(frozen=True)
class _Finished:
    english: str
    hits: tuple[Hit, ...]
    missing: list[str]
    doubt: Doubt


def _enforced(
    unit: Unit, rendering: Rendering, glossary: Glossary | None
) -> tuple[str, tuple[Hit, ...], list[str]]:
    """The engine's output with the glossary enforced, what fired, and the terms missing."""
    if glossary is not None and unit.protected.matches:
        enforced = glossary.enforce(rendering.text, unit.protected)
        english, hits = enforced.text, tuple(enforced.hits)
    else:
        english, hits = rendering.text, ()
    return english, hits, [hit.english for hit in hits if not hit.enforced]


def _finish(unit: Unit, rendering: Rendering, glossary: Glossary | None) -> _Finished:
    """The engine's output with the glossary enforced, and its doubt."""
    english, hits, missing = _enforced(unit, rendering, glossary)
    doubt = _doubt(unit.protected.text, unit.hint, unit.lang, rendering, english, missing)
    return _Finished(english, hits, missing, doubt)


def dropped_terms(
    units: Sequence[Unit], outputs: Outputs, engine: Engine, glossary: Glossary
) -> dict[str, dict[str, Unit]]:
    """Step 3b: per language, the requests to make once more because the English (the
    glossary enforced) lacks a term the engine was asked to keep, keyed by the first
    request's key. The new request has no context and insists on the terms."""
    again: dict[str, dict[str, Unit]] = {}
    for unit in units:
        first = outputs.text.get((unit.lang, unit.key))
        if first is None or not first.text.strip() or not unit.hint.terms:
            continue
        if unit.key in again.get(unit.lang, {}):
            continue
        asked = {english for _, english in unit.hint.terms}
        if not asked & set(_enforced(unit, first, glossary)[2]):
            continue
        hint = Hint(None, unit.hint.terms, insist=True)
        retry = replace(unit, hint=hint, key=engine.request_key(unit.protected.text, hint))
        again.setdefault(unit.lang, {})[unit.key] = retry
    return again


def assemble(
    articles: Sequence[Article],
    units: Sequence[Unit],
    outputs: Outputs,
    signatures: Sequence[Signature],
    glossary: Glossary | None,
    retries: dict[str, dict[str, Unit]] | None = None,
) -> list[ArticleTranslation]:
    """Step 4: each article's English, with glossary enforcement and what fired where.
    ``retries`` (from :func:`dropped_terms`): where a sentence was asked again for its
    terms, the attempt with fewer terms missing is kept unless it is more doubtful."""
    done: list[list[SentenceTranslation]] = [[] for _ in articles]
    for unit in units:
        check()
        request = (unit.lang, unit.key)
        rendering = outputs.text[request]
        finished = _finish(unit, rendering, glossary)
        retry = (retries or {}).get(unit.lang, {}).get(unit.key)
        cached = request in outputs.cached
        if retry is not None and (retry.lang, retry.key) in outputs.text:
            second = outputs.text[(retry.lang, retry.key)]
            other = _finish(unit, second, glossary)
            if len(other.missing) < len(finished.missing) and len(other.doubt.flags) <= len(
                finished.doubt.flags
            ):
                rendering, finished = second, other
            rendering = replace(rendering, tries=rendering.tries + 1)
            cached = cached and (retry.lang, retry.key) in outputs.cached
        done[unit.article].append(
            SentenceTranslation(
                unit.index,
                unit.protected.source,
                finished.english,
                cached,
                finished.hits,
                finished.doubt.confidence,
                finished.doubt.flags,
                finished.doubt.reasons,
                rendering.tries,
                rendering.logprob,
            )
        )
    return [
        ArticleTranslation(
            article.id, article.lang, signatures[i], done[i][0], tuple(done[i][1:]), CHECKS_VERSION
        )
        for i, article in enumerate(articles)
    ]


def translate_articles(
    articles: Sequence[Article],
    engine: Engine,
    store: Store,
    glossary: Glossary | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
    repair: bool = True,
    runner: Runner = run_here,
    people: bool = True,
) -> list[ArticleTranslation]:
    """Translate titles and sentences; only text the cache lacks goes to the engine.
    ``repair``: translate doubted sentences a second way (see :func:`translate_missing`).
    ``runner``: where the engine runs (here; or a Ray cluster, ``translate.pipeline.cluster``).
    ``people``: the translations returned carry people's corrections (stored: the
    machine's English alone; an evaluation, which scores the engine, asks without).

    ``progress`` is called with (units just done, total units) after each step.
    """
    signatures = [signature(engine, a.lang, glossary) for a in articles]
    units = plan(articles, engine, glossary)
    by_lang = distinct_requests(units)
    total = sum(len(requests) for requests in by_lang.values())

    def advance(done: int, _total: int) -> None:
        if progress and done:
            progress(done, total)

    outputs = Outputs({}, set())
    retries: dict[str, dict[str, Unit]] = {}
    for lang, requests in by_lang.items():
        keys = list(requests)
        hits = look_up_cache(store, engine, lang, keys)
        outputs.text.update({(lang, k): o for k, o in hits.items()})
        outputs.cached.update((lang, k) for k in hits)
        advance(len(hits), total)
        todo = [k for k in keys if k not in hits]
        version = glossary.version if glossary else "none"
        of_lang = [u for u in units if u.lang == lang]
        fresh = translate_missing(
            engine, store, lang, requests, todo, batch_size, version, advance, repair, runner,
            of_lang,
        )  # fmt: skip
        outputs.text.update({(lang, k): o for k, o in fresh.items()})
        # A conversation made again from its start: none of it came from the cache.
        outputs.cached.difference_update((lang, k) for k in fresh)
        if lang == TARGET_LANG:
            # Nothing was translated: English counts as already done.
            outputs.cached.update((lang, k) for k in fresh)
        if not (repair and glossary is not None and engine.uses_hints):
            continue
        # Dropped terms asked for again now, while this language's shared prompt is in memory.
        again = dropped_terms(of_lang, outputs, engine, glossary)
        if lang not in again:
            continue
        retries[lang] = again[lang]
        total += len(again[lang])
        requests = {r.key: r for r in again[lang].values()}
        hits = look_up_cache(store, engine, lang, list(requests))
        outputs.text.update({(lang, k): o for k, o in hits.items()})
        outputs.cached.update((lang, k) for k in hits)
        advance(len(hits), total)
        todo = [k for k in requests if k not in hits]
        fresh = translate_missing(
            engine, store, lang, requests, todo, batch_size, glossary.version, advance,
            False, runner,
        )  # fmt: skip
        outputs.text.update({(lang, k): o for k, o in fresh.items()})
    results = assemble(articles, units, outputs, signatures, glossary, retries)
    for result in results:
        save_translation(store, result)
    return [with_corrections(store, r) for r in results] if people else results
