"""Translate articles: glossary protection -> cache -> engine (in batches) -> enforcement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from glossary import Glossary, Protected
from translate.engines.base import Engine
from translate.models import Article, ArticleTranslation, SentenceTranslation, Signature
from translate.store import Store

# Called with (units just done, total units) after each step.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Unit:
    article: int
    index: int  # -1 for the title
    protected: Protected


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
        units.append(_Unit(i, -1, _protect(glossary, article.title, article.lang)))
        units.extend(
            _Unit(i, s.index, _protect(glossary, s.text, article.lang)) for s in article.sentences
        )

    outputs: dict[tuple[str, str], str] = {}
    cached: set[tuple[str, str]] = set()
    by_lang: dict[str, dict[str, None]] = {}  # a dict keeps order and drops repeats
    for unit in units:
        by_lang.setdefault(articles[unit.article].lang, {})[unit.protected.text] = None
    total = sum(len(texts) for texts in by_lang.values())
    for lang, unique in by_lang.items():
        texts = list(unique)
        if lang == "en":
            outputs.update({(lang, t): t for t in texts})
            cached.update((lang, t) for t in texts)
            if progress:
                progress(len(texts), total)
            continue
        model = engine.model_id(lang)
        hits = store.cached_translations(engine.name, model, lang, texts)
        outputs.update({(lang, t): o for t, o in hits.items()})
        cached.update((lang, t) for t in hits)
        if progress and hits:
            progress(len(hits), total)
        todo = [t for t in texts if t not in hits]
        for start in range(0, len(todo), batch_size):
            batch = todo[start : start + batch_size]
            translated = engine.translate(batch, lang)
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
            outputs.update({(lang, t): o for t, o in zip(batch, translated, strict=True)})
            if progress:
                progress(len(batch), total)

    results: list[ArticleTranslation] = []
    for i, article in enumerate(articles):
        done: list[SentenceTranslation] = []
        for unit in (u for u in units if u.article == i):
            key = (article.lang, unit.protected.text)
            raw = outputs[key]
            if glossary is not None and unit.protected.matches:
                enforced = glossary.enforce(raw, unit.protected)
                english, hits = enforced.text, enforced.hits
            else:
                english, hits = raw, ()
            done.append(
                SentenceTranslation(unit.index, unit.protected.source, english, key in cached, hits)
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
