"""Translation speed and memory of an engine on the seeds, from an empty cache.

    python benchmarks/engines.py --engine none
    python benchmarks/engines.py --engine llm [--articles 2]

Prints model load time, sentences/second and words/second of the translation itself,
and the process's peak memory. One engine object serves every article, so the model is
loaded once (the figures show it).

The llm engine against the engine before it and a bare one-line prompt:
``benchmarks/conversation.py``.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import record

from glossary import Glossary
from translate.config import Settings
from translate.engines import choose_engine
from translate.pipeline.translating import translate_articles
from translate.sources.ingest import read_article
from translate.storage.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="none")
    parser.add_argument("--articles", type=int, default=None, help="first N seeds only")
    args = parser.parse_args()

    settings = Settings.from_env()
    articles = [read_article(p) for p in sorted(SEEDS.glob("*.txt"))][: args.articles]
    glossary = Glossary.load_layers(settings.glossary_layers)
    engine = choose_engine(args.engine, settings, (a.lang for a in articles))
    started = time.perf_counter()
    load = getattr(engine, "_load", None)
    if load:
        load()
    loaded = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite3") as store:
        started = time.perf_counter()
        results = translate_articles(articles, engine, store, glossary)
        seconds = time.perf_counter() - started
    units = [s for r in results for s in (r.title, *r.sentences)]
    words = sum(len(s.source.split()) for s in units)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"engine {engine.name} ({engine.model_id(articles[0].lang)}): {len(articles)} articles, "
        f"{len(units)} sentences, {words} source words\n"
        f"  model load {loaded:.1f} s (once); translation {seconds:.1f} s: "
        f"{len(units) / seconds:.2f} sentences/s, {words / seconds:.1f} words/s; "
        f"peak memory {peak_mb:.0f} MB"
    )
    record.save(
        f"engines-{engine.name}",
        f"benchmarks/engines.py --engine {args.engine}",
        [
            (
                f"{engine.name} engine, {len(articles)} seeds from an empty cache "
                f"({len(units)} sentences, {words} words)",
                f"model load {loaded:.1f} s once; {len(units) / seconds:.2f} sentences/s, "
                f"{words / seconds:.1f} words/s; peak memory {peak_mb:.0f} MB",
            )
        ],
    )


if __name__ == "__main__":
    main()
