"""What people's corrections cost a read: a stored translation read (the corrections in
force looked up and applied) and the near matches of an article, with no correction
stored and with many.

    python benchmarks/corrections_speed.py [--corrections 5000]

The seeds are translated (``none``) into a fresh store; ``--corrections`` corrections of
FLORES-200 devtest sentences (nl and de) are added, and one of a seed sentence so that
one applies. Each figure is the median of 50 reads of every seed article.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import record

from translate.config import Settings
from translate.coverage.near import NearIndex
from translate.doubt.current import current_translation
from translate.engines import load_engine
from translate.pipeline.evaluate import find_flores, load_flores
from translate.pipeline.translating import translate_articles
from translate.sources.ingest import read_article
from translate.storage import correction_store
from translate.storage.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _median_ms(run, rounds: int = 50) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corrections", type=int, default=5000)
    args = parser.parse_args()
    settings = Settings.from_env()
    articles = [read_article(p) for p in sorted(SEEDS.glob("*.txt"))]
    figures = []
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.sqlite3") as store:
        store.put_articles(articles)
        translate_articles(articles, load_engine("none", settings), store)

        def reads() -> None:
            for article in articles:
                current_translation(store, article.id)

        def index() -> None:
            for lang in ("nl", "de"):
                NearIndex(correction_store.of_language(store, lang))

        def near() -> None:
            indexes = {lang: NearIndex(correction_store.of_language(store, lang)) for lang in
                       ("nl", "de")}  # fmt: skip
            started = time.perf_counter()
            for article in articles:
                indexes[article.lang].suggestions([(s.index, s.text) for s in article.sentences])
            lookups.append(time.perf_counter() - started)

        empty = _median_ms(reads)
        flores = find_flores(settings.flores_dir)
        units = [
            (lang, source, f"English {n}")
            for lang in ("nl", "de")
            for n, source in enumerate(load_flores(lang, None, flores).sources)
        ][: args.corrections]
        correction_store.import_units(store, units, "benchmark")
        first = articles[0]
        correction_store.correct(store, first.lang, first.sentences[0].text, "Fixed.", "benchmark")
        full = _median_ms(reads)
        lookups: list[float] = []
        index_ms = _median_ms(index, 10)
        _median_ms(near, 10)
        near_ms = statistics.median(lookups) * 1000
        n = len(units) + 1
        print(f"reading the {len(articles)} seed translations: {empty:.2f} ms with no correction,"
              f" {full:.2f} ms with {n}; indexing {n} corrections for near matches:"
              f" {index_ms:.0f} ms (once per change; a server keeps it); the articles' near"
              f" matches: {near_ms:.2f} ms")  # fmt: skip
        figures = [
            (
                f"reading the {len(articles)} seed translations (corrections applied)",
                f"{empty:.2f} ms with none stored, {full:.2f} ms with {n}",
            ),
            (
                f"{n} corrections indexed for near matches (once per change; a server keeps it)",
                f"{index_ms:.0f} ms",
            ),
            (
                f"near matches of the {len(articles)} seed articles among {n} corrections",
                f"{near_ms:.2f} ms",
            ),
        ]
    record.save("corrections", "benchmarks/corrections_speed.py", figures)


if __name__ == "__main__":
    main()
