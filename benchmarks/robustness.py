"""Figures for a large store and hostile input, on waitress over loopback, bounded in time.

    python benchmarks/robustness.py [--articles 1000] [--seconds 5] [--clients 8]

1. A store of N articles (made up here from a word list, engine none, grouped into
   stories): how long grouping all of them takes, and one more article joining the
   stored stories (as the worker does for each new article); then GET / latency (p50,
   p95) over 200 requests, one at a time.
2. GET / throughput next to a static file's through the same server (8 clients).
3. A 1 MB one-paragraph paste: how long the request takes, and how long the worker
   takes to read it.
"""

from __future__ import annotations

import argparse
import logging
import random
import re
import statistics
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import record
from loopback import hammer

from glossary import Glossary
from translate.config import Settings
from translate.coverage.compare import join_story, stories
from translate.coverage.docs import Doc
from translate.engines import load_engine
from translate.pipeline.translating import translate_articles
from translate.records import Article
from translate.sources.ingest import parse_bytes, parse_text
from translate.storage.store import Store
from web import create_app

WORDS = """minister regering kabinet overleg oorlog vrede grens leger verkiezing partij
president premier parlement wet begroting economie handel haven stad dorp school ziekenhuis
rechter politie brand storm regen droogte oogst boer fabriek staking bank rente prijs markt
trein vliegveld weg brug rivier zee eiland museum theater voetbal wedstrijd kampioen""".split()


FIGURES: list[tuple[str, str]] = []


def _made_up(n: int, rng: random.Random) -> Article:
    topic = rng.sample(WORDS, 6)
    sentences = [
        f"De {rng.choice(topic)} en de {rng.choice(topic)} waren {n % 7 + 1} dagen in het "
        f"nieuws rond de {rng.choice(WORDS)}."
        for _ in range(8)
    ]
    text = f"Bericht {n} over {topic[0]}\n" + " ".join(sentences) + "\n"
    return parse_text(text, f"made-up-{n:05d}.txt", lang="nl")


def made_up_store(folder: Path, count: int) -> Settings:
    settings = Settings.from_env().with_overrides(
        home=folder, db_path=folder / "big.sqlite3", engine="none"
    )
    rng = random.Random(7)
    articles = [_made_up(n, rng) for n in range(count)]
    glossary = Glossary.load_layers(settings.glossary_layers)
    engine = load_engine("none", settings)
    with Store(settings.db_path) as store:
        store.put_articles(articles)
        results = translate_articles(articles, engine, store, glossary)
        started = time.perf_counter()
        grouping = stories(store, [Doc(a, r) for a, r in zip(articles, results, strict=True)])
        grouped = time.perf_counter() - started
        new = _made_up(count, rng)
        store.put_articles([new])
        (result,) = translate_articles([new], engine, store, glossary)
        started = time.perf_counter()
        join_story(store, Doc(new, result))
        joined = time.perf_counter() - started
    largest = max(len(g.articles) for g in grouping.groups)
    print(
        f"grouping {count} articles: {grouped:.1f} s ({len(grouping.groups)} stories, the"
        f" largest {largest} articles); one more joining the stored stories: {joined:.2f} s"
    )
    FIGURES.append(
        (
            f"grouping {count} made-up articles ({len(grouping.groups)} stories, the largest "
            f"{largest}), and one more joining them",
            f"grouping {grouped:.1f} s, joining {joined:.2f} s",
        )
    )
    return settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    from waitress import create_server

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        settings = made_up_store(Path(tmp), args.articles)
        print(f"store of {args.articles} articles made in {time.monotonic() - started:.0f} s")
        app = create_app({"SETTINGS": settings, "SECRET_KEY": "bench", "ENGINE": "none"})
        server = create_server(app, host="127.0.0.1", port=0, threads=4)
        threading.Thread(target=server.run, daemon=True).start()
        base = f"http://127.0.0.1:{server.effective_port}"

        times = []
        for _ in range(200):
            t = time.perf_counter()
            with urllib.request.urlopen(base + "/", timeout=30) as response:
                response.read()
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        print(
            f"GET / with {args.articles} articles: p50 {statistics.median(times):.1f} ms, "
            f"p95 {times[int(len(times) * 0.95)]:.1f} ms (200 requests, one at a time)"
        )
        FIGURES.append(
            (
                f"GET / with {args.articles} stored articles, 200 requests one at a time",
                f"p50 {statistics.median(times):.1f} ms, "
                f"p95 {times[int(len(times) * 0.95)]:.1f} ms",
            )
        )

        page_ok, _, page_time = hammer(base + "/", args.seconds, args.clients)
        static_ok, _, static_time = hammer(base + "/static/style.css", args.seconds, args.clients)
        page, static = page_ok / page_time, static_ok / static_time
        print(
            f"throughput, {args.clients} clients, {args.seconds:.0f} s each: GET / {page:.0f}"
            f" req/s, static file {static:.0f} req/s ({page / static:.0%} of static)"
        )
        FIGURES.append(
            (
                f"GET / next to a static file, {args.clients} clients, {args.seconds:g} s each",
                f"{page:.0f} req/s vs {static:.0f} req/s ({page / static:.0%})",
            )
        )

        sentence = "De minister zei dinsdag dat het overleg over de begroting nog duurt. "
        paste = "Een lange plakpartij\n" + sentence * (1_000_000 // len(sentence) - 1)
        jar = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        form = opener.open(base + "/add", timeout=30).read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({"csrf_token": token, "text": paste, "lang": "nl"})
        request = urllib.request.Request(
            base + "/add", data=body.encode(), headers={"Origin": base}, method="POST"
        )
        t = time.perf_counter()
        with opener.open(request, timeout=60) as response:
            response.read()
        answered = time.perf_counter() - t
        t = time.perf_counter()
        article = parse_bytes(paste.encode(), "paste", lang="nl")
        read = time.perf_counter() - t
        print(
            f"1 MB one-paragraph paste ({len(paste.encode()):,} bytes): the request answered in "
            f"{answered * 1000:.0f} ms; reading it (as the worker does) took {read:.1f} s, "
            f"{len(article.sentences):,} sentences"
        )
        FIGURES.append(
            (
                "a 1 MB one-paragraph paste",
                f"the request answers in {answered * 1000:.0f} ms; the worker reads it "
                f"({len(article.sentences):,} sentences) in {read:.1f} s",
            )
        )
        app.extensions["newsbridge-worker"].wait()
        server.close()
    record.save("robustness", f"benchmarks/robustness.py --articles {args.articles}", FIGURES)


if __name__ == "__main__":
    main()
