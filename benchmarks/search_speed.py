"""Search with a big store: N made-up articles indexed, one-word and phrase queries timed
from the store, and ``newsbridge translate seeds/*.txt --engine none`` timed from an empty
store with and without the index.

    python benchmarks/search_speed.py [--articles 10000] [--queries 200] [--runs 5]

The articles are made up here: Dutch and German, 12 sentences each of words drawn from a
vocabulary of 3,000 made-up words (a few common, most rare: Zipf's law, as words are in
news) with names among them (Poetin, Putin, Rjabkov, made-up ones), each with a made-up
English translation word for word, stored as ``newsbridge translate`` stores them (the
article, then its translation: the index is kept in each transaction). Then:

- indexing: the time to store the articles and translations (index kept), and the time
  ``newsbridge search --reindex`` takes to build it all again; the index's size;
- queries: ``--queries`` one-word queries (words drawn as a reader would type them:
  common and rare) and as many two-word phrases, each a whole search (query read, names
  spelled every way, the page of 20 hits with their passages) with no cache: p50 and p95;
- translate: the seeds translated (``none``) from an empty store by this checkout and by
  the commit it branched from (``git merge-base HEAD main``, without the index),
  alternately ``--runs`` times each, medians.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

import record

from glossary import Glossary
from translate.config import Settings
from translate.coverage.archive_search import Request, search
from translate.doubt.checks import CHECKS_VERSION
from translate.records import Article, ArticleTranslation, SentenceTranslation, Signature
from translate.sources.ingest import parse_text
from translate.storage import search_index as index
from translate.storage.memo import StoreMemos
from translate.storage.store import Store
from translate.storage.stored import save_translation

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "bri", "dak", "fen", "gol", "hus"]
MIB = 2**20
NAMES = ["Poetin", "Putin", "Rjabkov", "Peskov", "Scholz", "Rutte", "Lavrov", "Blinken"]


def _vocabulary(rng: random.Random, size: int) -> list[tuple[str, str]]:
    """(source word, its made-up English) pairs, distinct."""
    words: dict[str, str] = {}
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        words.setdefault(word, word[::-1])
    return list(words.items())


def _articles(n: int, rng: random.Random) -> list[tuple[Article, list[str], str]]:
    vocab = _vocabulary(rng, 3000)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    made: list[tuple[Article, list[str], str]] = []
    for k in range(n):
        lang = "nl" if k % 3 else "de"
        sentences, english = [], []
        for _ in range(12):
            drawn = rng.choices(vocab, weights, k=rng.randint(8, 16))
            source, target = [w for w, _e in drawn], [e for _w, e in drawn]
            if rng.random() < 0.3:
                name = rng.choice(NAMES)
                source.insert(3, name)
                target.insert(3, "Putin" if name == "Poetin" else name)
            sentences.append(" ".join(source).capitalize() + ".")
            english.append(" ".join(target).capitalize() + ".")
        title = " ".join(w for w, _e in rng.choices(vocab, weights, k=5)).capitalize()
        text = f"{title}\n" + " ".join(sentences) + "\n"
        article = parse_text(text, f"made-{k:05d}.txt", lang=lang)
        made.append((article, english, title[::-1]))
    return made


def _store_all(store: Store, made: list[tuple[Article, list[str], str]]) -> None:
    for article, english, title_en in made:
        store.put_articles([article])
        sentences = tuple(
            SentenceTranslation(s.index, s.text, english[i] if i < len(english) else "", False)
            for i, s in enumerate(article.sentences)
        )
        save_translation(
            store,
            ArticleTranslation(
                article.id, article.lang, Signature("none", "bench"),
                SentenceTranslation(-1, article.title, title_en, False), sentences,
                CHECKS_VERSION,
            ),
        )  # fmt: skip


def _timed(store: Store, glossary: Glossary, queries: list[str]) -> tuple[float, float, float]:
    times, found = [], []
    for query in queries:
        store.memos = StoreMemos()  # nothing decoded kept from the query before
        started = time.perf_counter()
        results = search(store, Request(query), glossary)
        times.append((time.perf_counter() - started) * 1000)
        found.append(results.total)
    times.sort()
    return (
        statistics.median(times),
        times[max(0, int(len(times) * 0.95) - 1)],
        statistics.mean(found),
    )


def _translate_seeds(source: Path, runs: int) -> list[float]:
    """Seconds each run of ``newsbridge translate seeds/*.txt --engine none`` took."""
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "PYTHONPATH": str(source), "NEWSBRIDGE_HOME": home}
            command = [sys.executable, "-m", "translate", "--db", f"{home}/t.sqlite3"]
            started = time.perf_counter()
            subprocess.run(
                [*command, "translate", *seeds, "--engine", "none"],
                env=env, cwd=source, check=True, capture_output=True,
            )  # fmt: skip
            times.append(time.perf_counter() - started)
    return times


def _base_checkout(folder: Path) -> str:
    """The commit this branch started from, unpacked in ``folder`` (its code only)."""
    base = subprocess.run(
        ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    archive = subprocess.run(
        ["git", "archive", base, "translate", "glossary", "web", "seeds"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout  # fmt: skip
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return base[:10]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(39)
    made = _articles(args.articles, rng)
    glossary = Glossary.load_layers(Settings.from_env().glossary_layers)
    figures: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "search.sqlite3") as store:
        started = time.perf_counter()
        _store_all(store, made)
        storing = time.perf_counter() - started
        started = time.perf_counter()
        with store.transaction() as db:
            index.reindex(db)
        reindexing = time.perf_counter() - started
        size = store.read(index.index_size)
        total = (Path(folder) / "search.sqlite3").stat().st_size
        words = [w for a, _e, _t in made[:500] for w in a.sentences[0].text.split()[:6]]
        one = [rng.choice(words).strip(".").lower() for _ in range(args.queries)]
        phrases = []
        for article, _e, _t in rng.sample(made, args.queries):
            sentence = rng.choice(article.sentences).text.strip(".").split()
            at = rng.randrange(len(sentence) - 1)
            phrases.append(f'"{sentence[at]} {sentence[at + 1]}"')
        one_p50, one_p95, one_found = _timed(store, glossary, one)
        phrase_p50, phrase_p95, phrase_found = _timed(store, glossary, phrases)
        name_p50, name_p95, name_found = _timed(store, glossary, ["Putin"] * 20)
    print(f"{args.articles} articles stored with their translations in {storing:.1f} s")
    print(f"index rebuilt in {reindexing:.1f} s; {size / 2**20:.1f} MiB of {total / 2**20:.1f} MiB")
    print(
        f"one word: p50 {one_p50:.1f} ms, p95 {one_p95:.1f} ms ({one_found:.0f} found on average)"
    )
    print(f"phrase: p50 {phrase_p50:.1f} ms, p95 {phrase_p95:.1f} ms ({phrase_found:.0f} found)")
    print(
        f"Putin (every spelling): p50 {name_p50:.1f} ms, p95 {name_p95:.1f} ms ({name_found:.0f})"
    )
    n = args.articles
    figures += [
        (f"{n} articles and translations stored, index kept (time)", f"{storing:.1f} s"),
        (f"{n} articles: index rebuilt (search --reindex)", f"{reindexing:.1f} s"),
        (f"{n} articles: index size (store)", f"{size / MIB:.1f} MiB ({total / MIB:.1f} MiB)"),
        (f"one-word search, {n} articles: p50 / p95", f"{one_p50:.1f} / {one_p95:.1f} ms"),
        (f"phrase search, {n} articles: p50 / p95", f"{phrase_p50:.1f} / {phrase_p95:.1f} ms"),
        (f'"Putin" (all spellings, {name_found:.0f} found): p50 / p95',
         f"{name_p50:.1f} / {name_p95:.1f} ms"),
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        base = _base_checkout(Path(folder))
        before, after = [], []
        for _ in range(args.runs):  # alternately, so that the machine's load falls on both
            before += _translate_seeds(Path(folder), 1)
            after += _translate_seeds(ROOT, 1)
    b, a = statistics.median(before), statistics.median(after)
    print(
        f"translate seeds --engine none: before ({base}) {b:.2f} s, after {a:.2f} s"
        f" ({a / b - 1:+.1%})"
    )
    figures.append(
        ("translate seeds/*.txt --engine none, empty store: before / after (change)",
         f"{b:.2f} / {a:.2f} s ({a / b - 1:+.1%})"),
    )  # fmt: skip
    record.save("search", f"python benchmarks/search_speed.py --articles {n}", figures)


if __name__ == "__main__":
    main()
