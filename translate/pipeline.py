"""Translate articles: glossary protection -> cache -> engine (in batches) -> enforcement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from glossary import Glossary, Protected
from translate.engines.base import Engine, Hint
from translate.models import Article, ArticleTranslation, SentenceTranslation, Signature
from translate.store import Store

# Called with (units just done, total units) after each step.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Unit:
    article: int
    index: int  # -1 for the title
    protected: Protected
    hint: Hint


def _hint(protected: Protected, previous: str | None) -> Hint:
    terms = tuple(dict.fromkeys((m.form, m.english) for m in protected.matches))
    return Hint(previous, terms)


def _protect(glossary: Glossary | None, text: str, lang: str) -> Protected:
    if glossary is None or lang == "en":
        return Protected(text, text, ())
    return glossary.protect(text, lang)


def signature(engine: Engine, lang: str, glossary: Glossary | None) -> Signature:
    model = "identity" if lang == "en" else engine.model_id(lang)
    return Signature(
        engine="none" if lang == "en" else engine.name,
        model=model,
        glossary=glossary.version if glossary else "none",
    )


def translate_articles(
    articles: Sequence[Article],
    engine: Engine,
    store: Store,
    glossary: Glossary | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
) -> list[ArticleTranslation]:
    """Translate titles and sentences; only text the cache lacks goes to the engine.

    Each batch is stored as soon as it is translated, so an interrupted run keeps its work.
    ``progress`` is called with the number of units done after each step.
    """
    units: list[_Unit] = []
    signatures = [signature(engine, a.lang, glossary) for a in articles]
    for i, article in enumerate(articles):
        title = _protect(glossary, article.title, article.lang)
        units.append(_Unit(i, -1, title, _hint(title, None)))
        previous: str | None = None
        for s in article.sentences:
            protected = _protect(glossary, s.text, article.lang)
            units.append(_Unit(i, s.index, protected, _hint(protected, previous)))
            previous = protected.text

    def key(unit: _Unit) -> str:
        return engine.request_key(unit.protected.text, unit.hint)

    outputs: dict[tuple[str, str], str] = {}
    cached: set[tuple[str, str]] = set()
    # Per language, each distinct request once; a dict keeps order and drops repeats.
    by_lang: dict[str, dict[str, _Unit]] = {}
    for unit in units:
        by_lang.setdefault(articles[unit.article].lang, {}).setdefault(key(unit), unit)
    total = sum(len(requests) for requests in by_lang.values())
    for lang, requests in by_lang.items():
        keys = list(requests)
        if lang == "en":
            outputs.update({(lang, k): requests[k].protected.text for k in keys})
            cached.update((lang, k) for k in keys)
            if progress:
                progress(len(keys), total)
            continue
        model = engine.model_id(lang)
        hits = store.cached_translations(engine.name, model, lang, keys)
        outputs.update({(lang, k): o for k, o in hits.items()})
        cached.update((lang, k) for k in hits)
        if progress and hits:
            progress(len(hits), total)
        todo = [k for k in keys if k not in hits]
        for start in range(0, len(todo), batch_size):
            batch = todo[start : start + batch_size]
            translated = engine.translate(
                [requests[k].protected.text for k in batch],
                lang,
                [requests[k].hint for k in batch],
            )
            if len(translated) != len(batch):
                raise RuntimeError(
                    f"engine {engine.name} returned {len(translated)} outputs for {len(batch)}"
                )
            store.put_translations(
                engine.name,
                model,
                lang,
                zip(batch, translated, strict=True),
                glossary.version if glossary else "none",
            )
            outputs.update({(lang, k): o for k, o in zip(batch, translated, strict=True)})
            if progress:
                progress(len(batch), total)

    results: list[ArticleTranslation] = []
    by_article: list[list[_Unit]] = [[] for _ in articles]
    for unit in units:
        by_article[unit.article].append(unit)
    for i, article in enumerate(articles):
        done: list[SentenceTranslation] = []
        for unit in by_article[i]:
            request = (article.lang, key(unit))
            raw = outputs[request]
            if glossary is not None and unit.protected.matches:
                enforced = glossary.enforce(raw, unit.protected)
                english, hits = enforced.text, enforced.hits
            else:
                english, hits = raw, ()
            done.append(
                SentenceTranslation(
                    unit.index, unit.protected.source, english, request in cached, hits
                )
            )
        results.append(
            ArticleTranslation(article.id, article.lang, signatures[i], done[0], tuple(done[1:]))
        )
    for result in results:
        store.put_result(
            "translation", result.article_id, {"signature": str(result.signature)}, result.to_dict()
        )
    return results


def stored_translation(store: Store, article_id: str) -> ArticleTranslation | None:
    data = store.get_result("translation", article_id)
    return ArticleTranslation.from_dict(data) if data else None
