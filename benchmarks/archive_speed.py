"""A growing archive: one statement carried by many articles, and the first /outlets.

    python benchmarks/archive_speed.py [--sizes 100 400 1600] [--outlets 1400] [--budget 300]

(``--sizes`` with no size: /outlets alone; ``--outlets 0``: the quotations alone. The
figures go to reports/bench-archive.json and reports/bench-outlets.json.)

Quotations: for each N of ``--sizes``, N made-up articles (wire copies) that all quote the
same statement of the same person are stored one after another as ``newsbridge translate``
stores them (``Store.put_quotes``, the carriers of every quotation brought up to date);
printed: the mean time of a put over the first and the last tenth of the articles, and the
whole. Then reads, each the mean of ``--reads`` requests: the person's page (Flask's test
client), a story's Quotes block (``web.people_view.quotes_block`` on ten of the articles:
every quotation there lists all N carriers) and ``/api/quotes?person=`` (100 a page). A
size whose puts pass ``--budget`` seconds stops there, its figures said of the articles
stored by then.

Outlets: a made-up archive of ``--outlets`` articles from 12 outlets, a fifth of them
lightly edited copies of another (wire copies), and the first ``GET /outlets`` of a fresh
server (nothing cached) and a second one.
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
from translate.coverage.carried import same_quotation
from translate.coverage.quotations import statements_of
from translate.records import Article
from translate.sources.ingest import parse_text
from translate.storage.quotation_store import MadeWith, speaker_key
from translate.storage.store import Store
from web import create_app
from web.people_view import quotes_block

WORDS = (
    "overleg grens begroting haven staking rente storm oogst brug verkiezing minister"
    " gemeente provincie rechter school trein bank markt kust dijk boer fabriek"
).split()
OUTLETS = ["ANP", "NOS", "NU.nl", "Trouw", "Parool", "AD", "dpa", "Tagesschau", "Spiegel"]
OUTLETS += ["taz", "Omroep West", "RTV Noord"]


def _carrier(n: int) -> Article:
    """Article ``n`` of the wire copies: its own opening, then the one statement."""
    rng = random.Random(n)
    topic = rng.sample(WORDS, 3)
    text = (
        f"Bericht {n} over {topic[0]}\n"
        f"Het {topic[0]} en de {topic[1]} waren {n % 5 + 1} dagen in het nieuws. "
        '"We gaan de haven niet sluiten voor de staking", zei Anna Bakker over de brug.\n'
    )
    return parse_text(text, f"carrier-{n:05d}.txt", lang="nl")


def _mean_ms(run, reads: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(reads):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.mean(times)


def carriers(size: int, reads: int, budget: float, folder: Path) -> list[tuple[str, str]]:
    settings = Settings.from_env().with_overrides(db_path=folder / f"carriers-{size}.sqlite3")
    articles = [_carrier(n) for n in range(size)]
    made = MadeWith("bench", "none", None)
    puts: list[float] = []
    with Store(settings.db_path) as store:
        store.put_articles(articles)
        statements = [statements_of(a, None, None) for a in articles]
        started = time.perf_counter()
        for article, quoted in zip(articles, statements, strict=True):
            begun = time.perf_counter()
            store.put_quotes(article.id, quoted, made, same_quotation)
            puts.append(time.perf_counter() - begun)
            if time.perf_counter() - started > budget:
                break
        key = speaker_key(statements[0][0].quote)
        stored = articles[: len(puts)]
        carried = len(store.quotations.of_articles([stored[-1].id])[stored[-1].id][0].carriers)
        block_ms = _mean_ms(lambda: quotes_block(store, stored[-10:]), reads)
    assert key is not None and carried == len(puts), (key, carried, len(puts))
    app = create_app({"SETTINGS": settings, "SECRET_KEY": "bench", "WORKER": False})
    client = app.test_client()

    def get(url: str) -> None:
        assert client.get(url).status_code == 200, url

    person_ms = _mean_ms(lambda: get(f"/people/{key}"), reads)
    api_ms = _mean_ms(lambda: get(f"/api/quotes?person={key}&per_page=100"), reads)
    tenth = max(1, len(puts) // 10)
    first, last = statistics.mean(puts[:tenth]) * 1000, statistics.mean(puts[-tenth:]) * 1000
    label = f"N={size}" if len(puts) == size else f"N={size} (stopped at {len(puts)})"
    print(
        f"{label}: put {first:.1f} ms (first tenth), {last:.1f} ms (last tenth), "
        f"all {sum(puts):.1f} s; person page {person_ms:.1f} ms, Quotes block (10 articles)"
        f" {block_ms:.1f} ms, /api/quotes {api_ms:.1f} ms"
    )
    return [
        (f"{label}: put per article, first / last tenth", f"{first:.1f} / {last:.1f} ms"),
        (f"{label}: all puts", f"{sum(puts):.1f} s"),
        (
            f"{label}: person page / Quotes block (10 articles) / /api/quotes",
            f"{person_ms:.1f} / {block_ms:.1f} / {api_ms:.1f} ms",
        ),
    ]


def _archive(count: int) -> list[Article]:
    """``count`` articles of 12 outlets; a fifth are edited copies of an earlier one."""
    rng = random.Random(11)
    bodies: list[list[str]] = []
    articles = []
    for n in range(count):
        if bodies and rng.random() < 0.2:
            sentences = list(rng.choice(bodies))
            sentences[rng.randrange(len(sentences))] = " ".join(rng.sample(WORDS, 8)) + "."
        else:
            sentences = [" ".join(rng.choices(WORDS, k=12)).capitalize() + "." for _ in range(6)]
            bodies.append(sentences)
        outlet = rng.choice(OUTLETS)
        text = f"Bericht {n}\n{' '.join(sentences)}\n"
        article = parse_text(text, f"archive-{n:05d}.txt", lang="nl")
        articles.append(Article(**{**article.__dict__, "outlet": outlet}))
    return articles


def outlets(count: int, folder: Path) -> list[tuple[str, str]]:
    settings = Settings.from_env().with_overrides(db_path=folder / "outlets.sqlite3")
    with Store(settings.db_path) as store:
        store.put_articles(_archive(count))
    app = create_app({"SETTINGS": settings, "SECRET_KEY": "bench", "WORKER": False})
    client = app.test_client()
    times = []
    for _ in range(2):
        started = time.perf_counter()
        response = client.get("/outlets")
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    print(f"{count} articles: first GET /outlets {times[0]:.0f} ms, second {times[1]:.1f} ms")
    return [
        (f"{count} articles: GET /outlets, first / second", f"{times[0]:.0f} / {times[1]:.1f} ms")
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 400, 1600])
    parser.add_argument("--outlets", type=int, default=1400)
    parser.add_argument("--reads", type=int, default=5)
    parser.add_argument("--budget", type=float, default=300.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures = [
            f for size in args.sizes for f in carriers(size, args.reads, args.budget, Path(folder))
        ]
        served = outlets(args.outlets, Path(folder)) if args.outlets else []
    if figures:
        sizes = " ".join(map(str, args.sizes))
        command = f"python benchmarks/archive_speed.py --sizes {sizes} --outlets 0"
        record.save("archive", command, figures)
    if served:
        record.save(
            "outlets",
            f"python benchmarks/archive_speed.py --sizes --outlets {args.outlets}",
            served,
        )


if __name__ == "__main__":
    main()
