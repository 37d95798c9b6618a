"""A big story: N articles of M sentences, its side-by-side view computed by the worker
and then served from the store.

    python benchmarks/story_speed.py [--articles 25] [--sentences 50]

The articles are English (no engine needed), made up here: each tells 20 of the same 30
things in its own order and one of four wordings, plus things of its own; no two are
copies of one agency text (the page would count those once). Prints the worker's time for the
story view and the page's latency once stored (p50 over 50 requests), and the limits
that applied.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import record

from translate.config import Settings
from translate.coverage.compare import stories
from translate.coverage.docs import Doc
from translate.engines import load_engine
from translate.pipeline.translating import translate_articles
from translate.results import StorySettings
from translate.sources.ingest import parse_text
from translate.storage.store import Store
from web import create_app

SUBJECTS = "the minister the president the army the council the mayor the union".split(" the ")
VERBS = ["announced", "rejected", "discussed", "welcomed", "criticised", "postponed"]
OBJECTS = [
    "new sanctions against the regime", "a ceasefire along the northern border",
    "the budget for next year", "talks with the neighbouring country",
    "a plan to rebuild the harbour", "the closure of two coal mines",
]  # fmt: skip


TEMPLATES = [
    "The {s} {v} {o} on day {k}.",
    "On day {k} the {s} {v} {o}.",
    "According to sources, on day {k}, the {s} {v} {o}.",
    "It was on day {k} that the {s} {v} {o}, witnesses said.",
]
# Words of an article's own sentences: drawn at random, so that no two articles share a
# run of words there (shared runs would make them copies of one agency text, counted once).
FILLER = [f"{a}{b}" for a in ("kel", "mar", "dos", "vin", "rup", "tal") for b in "aeiou"]


def made_up(n: int, sentences: int, rng: random.Random) -> str:
    common = [
        rng.choice(TEMPLATES).format(
            s=SUBJECTS[k % 6].strip(), v=VERBS[k % 6], o=OBJECTS[(k * 5) % 6], k=k
        )
        for k in range(30)
    ]
    own = [
        f"Reporter {n} heard in town {k} that "
        + " ".join(rng.choice(FILLER) for _ in range(8))
        + f" {rng.choice(VERBS)}."
        for k in range(sentences - 20)
    ]
    chosen = rng.sample(common, 20) + own
    rng.shuffle(chosen)
    return f"Story report {n}\n" + " ".join(chosen[:sentences]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=25)
    parser.add_argument("--sentences", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        settings = Settings.from_env().with_overrides(
            home=home, db_path=home / "s.sqlite3", engine="none"
        )
        articles = [
            parse_text(made_up(n, args.sentences, rng), f"report-{n}.txt", lang="en")
            for n in range(args.articles)
        ]
        with Store(settings.db_path) as store:
            store.put_articles(articles)
            results = translate_articles(articles, load_engine("none", settings), store)
            docs = [Doc(a, r) for a, r in zip(articles, results, strict=True)]
            grouping = stories(store, docs, StorySettings(threshold=0.0))
        print(
            f"{args.articles} articles x {len(articles[0].sentences)} sentences;"
            f" {len(grouping.groups)} story"
        )
        app = create_app({"SETTINGS": settings, "SECRET_KEY": "bench", "ENGINE": "none"})
        client = app.test_client()
        path = f"/story/{articles[0].id}"
        started = time.perf_counter()
        first = client.get(path)
        asked = time.perf_counter() - started
        app.extensions["newsbridge-worker"].wait()
        computed = time.perf_counter() - started
        print(
            f"first request: {first.status_code} in {asked * 1000:.0f} ms (the worker computes);"
            f" view computed by the worker in {computed:.1f} s"
        )
        times = []
        for _ in range(50):
            t = time.perf_counter()
            page = client.get(path)
            times.append((time.perf_counter() - t) * 1000)
        notes = page.get_data(as_text=True).split('class="notice limits">')[1:]
        print(
            f"served from the store: {page.status_code}, p50 {statistics.median(times):.1f} ms,"
            f" max {max(times):.1f} ms over 50 requests"
        )
        if notes:
            print("limits said on the page: " + notes[0].split("</p>")[0])
        what = f"a story of {args.articles} articles x {len(articles[0].sentences)} sentences"
        record.save(
            "story",
            "benchmarks/story_speed.py",
            [
                (f"{what}: first request", f"{first.status_code} in {asked * 1000:.0f} ms"),
                (f"{what}: the view computed by the worker", f"{computed:.1f} s"),
                (
                    f"{what}: served from the store",
                    f"p50 {statistics.median(times):.1f} ms, max {max(times):.1f} ms over 50",
                ),
            ],
        )


if __name__ == "__main__":
    main()
