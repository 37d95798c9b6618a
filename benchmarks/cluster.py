"""Sentences per second on a local Ray with 1 and 2 actors against the local path.

    python benchmarks/cluster.py [--sentences 400] [--engines none argos]

The same FLORES-200 devtest Dutch sentences (``--sentences``, whole articles) are
translated from an empty cache each time: in this process (the local path), then on a
local Ray (``num_cpus=2``) with 1 and 2 actors. ``argos`` is the tiny copy model the tests
build (a real CTranslate2 model through argostranslate, so load and call costs are real,
its English is not). Ray's start is timed once, apart; each Ray run includes starting its
actors (each imports and loads its engine: what every ``--ray`` run pays); the local path
is timed after a warm-up run, with its imports done. Glossary on, doubted sentences
translated twice, as a user's run does. Last, an estimate for 100,000 articles (2.5
million sentences) from the measured per-sentence costs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

# Ray gives each one-CPU actor OMP_NUM_THREADS=1; the local path gets the same, so what is
# compared is the two paths, not two thread counts (two threads made the tiny model 3x
# slower here: it is all overhead).
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.support.tiny_argos builds the tiny Argos model

from glossary import Glossary  # noqa: E402
from translate.config import Settings  # noqa: E402
from translate.engines import load_engine  # noqa: E402
from translate.pipeline.cluster import RayRunner  # noqa: E402
from translate.pipeline.evaluate import articles_of, find_flores, load_flores  # noqa: E402
from translate.pipeline.translating import run_here, translate_articles  # noqa: E402
from translate.storage.store import Store  # noqa: E402

ARCHIVE_SENTENCES = 2_500_000
# Measured here (README): the llm engine, 2 threads, second attempts included.
LLM_SECONDS = 4.5


def _timed(settings: Settings, articles: list, engine_name: str, runner, folder: Path) -> float:
    glossary = Glossary.load_layers(settings.glossary_layers)
    engine = load_engine(engine_name, settings)
    db = folder / f"{engine_name}-{time.monotonic_ns()}.sqlite3"
    started = time.perf_counter()
    with Store(db) as store:
        translate_articles(articles, engine, store, glossary, runner=runner)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--engines", nargs="+", default=["none", "argos"])
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="newsbridge-cluster-"))
    settings = Settings.from_env()
    flores = load_flores("nl", args.sentences, find_flores(settings.flores_dir))
    articles = articles_of(flores)
    count = sum(len(a.sentences) + 1 for a in articles)  # titles are units too
    if "argos" in args.engines:
        import argostranslate.settings as argos_settings

        from tests.support.tiny_argos import build_copy_package
        from translate.engines.argos import install_file

        packages = folder / "argos-packages"
        packages.mkdir()
        argos_settings.package_data_dir = packages
        argos_settings.package_dirs = [packages]
        settings = settings.with_overrides(argos_packages_dir=packages)
        (folder / "pkg").mkdir()
        corpus = [s.text for a in articles for s in a.sentences]
        install_file(settings, build_copy_package(folder / "pkg", "nl", "en", corpus))

    started = time.perf_counter()
    ray = RayRunner(num_cpus=2)
    ray.start()
    startup = time.perf_counter() - started
    print(f"{count} units ({len(articles)} FLORES articles); Ray start {startup:.1f} s")
    print(f"{'engine':8} {'path':16} {'seconds':>8} {'units/s':>8} {'vs local':>9}")
    costs = {}
    try:
        for engine in args.engines:
            _timed(settings, articles[:2], engine, run_here, folder)  # imports, model load
            local = _timed(settings, articles, engine, run_here, folder)
            print(f"{engine:8} {'local':16} {local:8.1f} {count / local:8.1f} {'1.00x':>9}")
            costs[engine] = local / count
            for actors in (1, 2):
                runner = RayRunner(actors=actors)
                seconds = _timed(settings, articles, engine, runner, folder)
                print(
                    f"{engine:8} {f'ray, {actors} actor' + 's' * (actors > 1):16} {seconds:8.1f}"
                    f" {count / seconds:8.1f} {seconds / local:8.2f}x"
                )
    finally:
        ray.close()
    print(f"\n100,000 articles ({ARCHIVE_SENTENCES:,} sentences), one actor per 2 cores:")
    costs["llm"] = LLM_SECONDS
    for engine, seconds in costs.items():
        for nodes in (1, 10, 100):
            days = ARCHIVE_SENTENCES * seconds / nodes / 86_400
            print(f"  {engine:6} {nodes:4} node(s) of 2 cores: {days:10.2f} days")


if __name__ == "__main__":
    main()
