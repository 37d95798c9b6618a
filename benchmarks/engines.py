"""Translation speed and memory of an engine on the seeds, from an empty cache.

    python benchmarks/engines.py --engine none
    python benchmarks/engines.py --engine llm [--articles 2]
    python benchmarks/engines.py --bare 12 [--flores-dir DIR]

Prints model load time, sentences/second and words/second of the translation itself,
and the process's peak memory. One engine object serves every article, so the model is
loaded once (the figures show it).

``--bare N``: the llm engine side by side with a bare one-line chat prompt ("Translate
the German text to English") on the same GGUF model, on the first N FLORES devtest German
sentences, in one run: seconds per sentence of each, and their ratio. The engine gets
each sentence's predecessor as context, as it does in an article; neither side repairs.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from glossary import Glossary
from translate.config import Settings
from translate.engines import choose_engine
from translate.ingest import read_article
from translate.pipeline import translate_articles
from translate.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def side_by_side(count: int, flores_dir: Path | None) -> None:
    from translate.engines.base import Hint
    from translate.engines.llm import LlmEngine
    from translate.evaluate import find_flores, load_flores

    settings = Settings.from_env()
    sentences = load_flores("de", count, find_flores(flores_dir or settings.flores_dir)).sources
    engine = LlmEngine(settings)
    model = engine._load()
    engine.render(["Guten Tag."], "de")  # the shared prompt part, evaluated once
    started = time.perf_counter()
    for n, sentence in enumerate(sentences):
        engine.render([sentence], "de", [Hint(sentences[n - 1] if n else None)])
    per_engine = (time.perf_counter() - started) / count
    # The bare prompt runs after: llama-cpp-python reuses what prompts share by itself.
    tokens = 0
    started = time.perf_counter()
    for sentence in sentences:
        reply = model.create_chat_completion(
            messages=[
                {"role": "user", "content": f"Translate the German text to English\n{sentence}"}
            ],
            temperature=0.0,
            top_k=1,
            max_tokens=512,
            seed=0,
        )
        tokens += reply["usage"]["completion_tokens"]
    per_bare = (time.perf_counter() - started) / count
    print(
        f"{count} FLORES de sentences, {engine.model_id('de')}:\n"
        f"  engine {per_engine:.2f} s/sentence; bare one-line prompt {per_bare:.2f} s/sentence"
        f" ({tokens / count:.0f} output tokens each); ratio {per_engine / per_bare:.2f}x"
    )
    engine.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="none")
    parser.add_argument("--articles", type=int, default=None, help="first N seeds only")
    parser.add_argument("--bare", type=int, default=None, help="llm engine vs a bare prompt")
    parser.add_argument("--flores-dir", type=Path, default=None)
    args = parser.parse_args()
    if args.bare:
        side_by_side(args.bare, args.flores_dir)
        return

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


if __name__ == "__main__":
    main()
