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
``--rounds R`` (default 2): each side runs R times, in alternating blocks, and the median
of the rounds' ratios is given (one block each varied from 1.28x to 1.49x between runs on
this machine).

``--parallel N``: the llm engine on the first N FLORES devtest sentences of Dutch and of
German (each with its predecessor as context, as in an article; no repairs), decoding
1, 2, 3, 4 and 8 sentences at once (``--sizes``), each in the same run from a fresh
engine: sentences/s, the ratio to one at a time (today's engine), how many English
sentences (and their log-probabilities) are the same as one at a time, and peak memory.
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


def side_by_side(count: int, flores_dir: Path | None, rounds: int = 2) -> None:
    from statistics import median

    from translate.engines.base import Hint
    from translate.engines.llm import LlmEngine
    from translate.pipeline.evaluate import find_flores, load_flores

    settings = Settings.from_env()
    sentences = load_flores("de", count, find_flores(flores_dir or settings.flores_dir)).sources
    engine = LlmEngine(settings)
    model = engine._load()

    def engine_block() -> float:
        # The bare prompt's block replaced what the model had evaluated: the engine's
        # shared prompt part is evaluated again, once, before the clock starts.
        engine._loaded_prefix = None
        engine.render(["Guten Tag."], "de")
        started = time.perf_counter()
        for n, sentence in enumerate(sentences):
            engine.render([sentence], "de", [Hint(sentences[n - 1] if n else None)])
        return (time.perf_counter() - started) / count

    def bare_block() -> tuple[float, int]:
        # llama-cpp-python reuses what consecutive prompts share by itself.
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
        return (time.perf_counter() - started) / count, tokens

    # Blocks alternate (engine, bare, engine, bare...): a machine that slows down or
    # speeds up during the run weighs on both sides alike.
    per_engine, per_bare = [], []
    tokens = 0
    for _ in range(rounds):
        per_engine.append(engine_block())
        seconds, tokens = bare_block()
        per_bare.append(seconds)
    ratios = [e / b for e, b in zip(per_engine, per_bare, strict=True)]
    print(
        f"{count} FLORES de sentences, {engine.model_id('de')}, {rounds} rounds:\n"
        + "".join(
            f"  round {n + 1}: engine {e:.2f} s/sentence; bare one-line prompt {b:.2f}"
            f" s/sentence; ratio {r:.2f}x\n"
            for n, (e, b, r) in enumerate(zip(per_engine, per_bare, ratios, strict=True))
        )
        + f"  median: engine {median(per_engine):.2f}, bare {median(per_bare):.2f}"
        f" ({tokens / count:.0f} output tokens each); median of the rounds' ratios"
        f" {median(ratios):.2f}x"
    )
    engine.close()
    record.save(
        "engines-bare",
        f"benchmarks/engines.py --bare {count} --rounds {rounds}",
        [
            (
                f"llm engine vs a bare one-line prompt, {count} FLORES de sentences",
                f"{median(per_engine):.2f} vs {median(per_bare):.2f} s a sentence; median of "
                f"{rounds} rounds' ratios {median(ratios):.2f}x "
                f"({min(ratios):.2f}x-{max(ratios):.2f}x)",
            )
        ],
    )


def parallel(count: int, sizes: list[int], flores_dir: Path | None) -> None:
    import dataclasses

    from translate.engines.base import Hint
    from translate.engines.llm import LlmEngine
    from translate.pipeline.evaluate import find_flores, load_flores

    settings = Settings.from_env()
    folder = find_flores(flores_dir or settings.flores_dir)
    figures: list[tuple[str, str]] = []
    for lang in ("nl", "de"):
        sentences = load_flores(lang, count, folder).sources
        hints = [Hint(sentences[n - 1] if n else None) for n in range(len(sentences))]
        alone: list[tuple[str, float | None]] | None = None
        speed_alone = 0.0
        for size in sizes:
            engine = LlmEngine(dataclasses.replace(settings, llm_parallel=size))
            # Loaded, and the shared prompt part evaluated, before the clock starts (two
            # sentences: at once where that is chosen).
            engine.render(
                ["Guten Tag.", "Danke."] if lang == "de" else ["Goedendag.", "Dank."], lang
            )
            started = time.perf_counter()
            out = engine.render(sentences, lang, hints)
            seconds = time.perf_counter() - started
            engine.close()
            got = [(r.text, r.logprob) for r in out]
            if alone is None:
                alone, speed_alone = got, count / seconds
            same = sum(a == b for a, b in zip(alone, got, strict=True))
            text = sum(a[0] == b[0] for a, b in zip(alone, got, strict=True))
            speed = count / seconds
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            line = (
                f"{speed:.3f} sentences/s ({speed / speed_alone:.2f}x one at a time); "
                f"same English and log-probability as one at a time {same}/{count}"
                f" (English {text}/{count}); peak memory {peak:.0f} MB"
            )
            print(f"{lang} {count} sentences, {size} at once: {line}", flush=True)
            figures.append((f"llm, {count} FLORES {lang} sentences, {size} at once", line))
    record.save("engines-parallel", f"benchmarks/engines.py --parallel {count}", figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="none")
    parser.add_argument("--articles", type=int, default=None, help="first N seeds only")
    parser.add_argument("--bare", type=int, default=None, help="llm engine vs a bare prompt")
    parser.add_argument("--flores-dir", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=2, help="alternating blocks of each")
    parser.add_argument("--parallel", type=int, default=None, help="N sentences, decoded at once")
    parser.add_argument("--sizes", default="1,2,3,4,8", help="how many at once, for --parallel")
    args = parser.parse_args()
    if args.parallel:
        parallel(args.parallel, [int(x) for x in args.sizes.split(",")], args.flores_dir)
        return
    if args.bare:
        side_by_side(args.bare, args.flores_dir, args.rounds)
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
