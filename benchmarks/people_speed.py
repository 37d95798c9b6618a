"""The person page and ``/api/quotes`` with a big store, read from the store (no page cache).

    python benchmarks/people_speed.py [--articles 1000] [--requests 200]

A store of N articles made up here (each with three quotations by people drawn from 40
made-up names and two from the glossary, translated with the ``none`` engine, grouped into
stories), their quotations computed and stored as ``newsbridge translate`` does; then the
page of the most quoted person and one page of ``/api/quotes?person=`` requested one at a
time through Flask's test client, p50 and p95. Also how long storing the quotations of
the N articles took (carriers kept up to date as each comes).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import record

from glossary import Glossary
from translate.config import Settings
from translate.coverage.compare import stories
from translate.coverage.docs import Doc
from translate.coverage.quotations import store_quotes
from translate.engines import load_engine
from translate.pipeline.translating import translate_articles
from translate.records import Article
from translate.sources.ingest import parse_text
from translate.storage.store import Store
from web import create_app

FIRST = "Anna Bram Carla Daan Eva Finn Greta Hugo Ilse Joost".split()
LAST = "Bakker Visser Smit Meijer de Boer Mulder Bos Vos Peters Hendriks".split()
WORDS = "overleg grens begroting haven staking rente storm oogst brug verkiezing".split()


def _article(n: int, rng: random.Random, people: list[str]) -> Article:
    topic = rng.sample(WORDS, 3)
    sentences = [f"Het {topic[0]} en de {topic[1]} waren {n % 5 + 1} dagen in het nieuws."]
    for _ in range(3):
        who = rng.choice(people)
        said = " ".join(rng.sample(WORDS, 4))
        sentences.append(f'"Het gaat om {said}", zei {who} over de {rng.choice(topic)}.')
        sentences.append(f'Volgens {who} is er een "{rng.choice(topic)} van belang".')
    text = f"Bericht {n} over {topic[0]}\n" + " ".join(sentences) + "\n"
    return parse_text(text, f"quoted-{n:05d}.txt", lang="nl")


def _timed(client, url: str, requests: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    people = [*[f"{first} {last}" for first in FIRST for last in LAST][:40], "Peskov", "Rjabkov"]
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings.from_env().with_overrides(db_path=Path(folder) / "people.sqlite3")
        articles = [_article(n, rng, people) for n in range(args.articles)]
        glossary = Glossary.load_layers(settings.glossary_layers)
        with Store(settings.db_path) as store:
            store.put_articles(articles)
            results = translate_articles(articles, load_engine("none", settings), store, glossary)
            started = time.perf_counter()
            quotations = store_quotes(store, articles, glossary)
            storing = time.perf_counter() - started
            stories(store, [Doc(a, r) for a, r in zip(articles, results, strict=True)])
            key, name, count, _reported = store.quotations.speakers()[0]
        app = create_app({"SETTINGS": settings, "SECRET_KEY": "bench", "WORKER": False})
        client = app.test_client()
        page = f"/people/{key}"
        page_p50, page_p95 = _timed(client, page, args.requests)
        api_p50, api_p95 = _timed(client, f"/api/quotes?person={key}&per_page=100", args.requests)
    print(f"{args.articles} articles, {quotations} quotations stored in {storing:.1f} s")
    print(f"most quoted: {name} ({count} quotations)")
    print(f"GET {page}: p50 {page_p50:.1f} ms, p95 {page_p95:.1f} ms")
    print(f"GET /api/quotes?person=...: p50 {api_p50:.1f} ms, p95 {api_p95:.1f} ms")
    record.save(
        "people",
        f"python benchmarks/people_speed.py --articles {args.articles}",
        [
            (
                f"{args.articles} articles: quotations stored (time)",
                f"{quotations} ({storing:.1f} s)",
            ),
            (
                f"person page of {name} ({count} quotations, 50 a page): p50 / p95",
                f"{page_p50:.1f} / {page_p95:.1f} ms",
            ),
            ("/api/quotes?person= (100 a page): p50 / p95", f"{api_p50:.1f} / {api_p95:.1f} ms"),
        ],
    )


if __name__ == "__main__":
    main()
