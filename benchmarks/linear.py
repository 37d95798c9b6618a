"""Time per KB of every text path a paste reaches, on hostile and normal input (issue 35).

    python benchmarks/linear.py [--sizes 1,10,100,1000] [--budget 60] [--only KIND]

Inputs, each made to 1, 10, 100 KB and 1 MB (one paragraph under a short title):
one name repeated ("Poetin Poetin ..."), one long word, words without a sentence end,
many quotation marks, deep nesting (brackets and quotes opened, then closed), and normal
news (the seed articles repeated). Paths: reading the article (ingest: clutter, language,
sentences), the glossary matcher on the whole text at once (protect, enforce, locate: the
longest text it is ever given is a title), the doubt checks on the whole text as one
sentence, finding quotations, aligning the article with itself (up to the limits of a
comparison: 200 sentences, 6000 words; the rest is shown as not compared), and the whole
translation with the engine ``none`` (glossary, doubt, quotations). A path whose time at
one size passes ``--budget`` seconds is not run at the next size ("-").
The time per KB stays flat where the path is linear.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import record

from glossary import DATA_DIR, Glossary
from translate.coverage.align import align, compared, side
from translate.coverage.compare import MAX_COMPARED_SENTENCES
from translate.coverage.quotations import quotes_of
from translate.doubt.checks import assess
from translate.engines import load_engine
from translate.pipeline.translating import translate_articles
from translate.records import Article
from translate.sources.ingest import parse_text
from translate.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent
# The seed articles' bodies, Dutch and German, read as Dutch.
NEWS = " ".join(
    " ".join(p.read_text(encoding="utf-8").splitlines()[1:])
    for p in sorted((ROOT / "seeds").glob("*.txt"))
)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


INPUTS: dict[str, Callable[[int], str]] = {
    "one name repeated": lambda n: _fill("Poetin ", n),
    "one long word": lambda n: "Woord " + _fill("a", n),
    "no sentence end": lambda n: _fill("de minister sprak met de president over de haven ", n),
    "quotation marks": lambda n: _fill('zei hij: "ja" en „nee" en \'mis\' ', n),
    "deep nesting": lambda n: "(„" * (n // 4) + "ja" + "“)" * (n // 4),
    "normal news": lambda n: _fill(NEWS + " ", n),
}


def _article(body: str) -> Article:
    return parse_text(f"Bericht over de haven\n{body}\n", "linear.txt", lang="nl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100,1000", help="KB, comma-separated")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds a path may take")
    parser.add_argument("--only", default="", help="only the inputs whose name holds this")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    glossary = Glossary.load(DATA_DIR)
    engine = load_engine("none", _settings())
    workdir = Path(tempfile.mkdtemp(prefix="linear-"))

    def translate(article: Article) -> object:
        with Store(workdir / f"{time.monotonic_ns()}.sqlite3") as store:
            return translate_articles([article], engine, store, glossary)

    def matcher(text: str) -> object:
        protected = glossary.protect(text, "nl")
        return glossary.enforce(protected.text, protected)

    def aligned(article: Article) -> object:
        # as a comparison aligns: up to its limits (the rest is shown as not compared)
        sides = [side(s.text, lang="nl") for s in article.sentences]
        sides = sides[: compared(sides, MAX_COMPARED_SENTENCES)]
        return align(sides, sides[::-1])

    paths: dict[str, Callable[[str], object]] = {
        "ingest": _article,
        "matcher": matcher,
        "doubt": lambda text: assess(text, glossary.protect(text, "nl").text, "nl"),
        "quotes": lambda text: quotes_of(_article(text), glossary),
        "align": lambda text: aligned(_article(text)),
        "translate": lambda text: translate(_article(text)),
    }
    header = f"| input | path | {' | '.join(f'{s} KB' for s in sizes)} |"
    rows = [header, "|" + " --- |" * (len(sizes) + 2)]
    figures = []
    for kind, make in INPUTS.items():
        if args.only and args.only not in kind:
            continue
        for name, path in paths.items():
            cells, over = [], False
            for size in sizes:
                if over:
                    cells.append("-")
                    continue
                text = make(size * 1000)
                started = time.perf_counter()
                path(text)
                took = time.perf_counter() - started
                cells.append(f"{took * 1000 / size:.2f}")
                over = took > args.budget
            rows.append(f"| {kind} | {name} | {' | '.join(cells)} |")
            print(rows[-1], flush=True)
            figures.append(
                (
                    f"{kind}, {name}: ms per KB at {', '.join(f'{s} KB' for s in sizes)}",
                    " / ".join(cells),
                )
            )
    print("\n".join(rows))
    record.save("linear", "benchmarks/linear.py", figures)


def _settings():  # type: ignore[no-untyped-def]
    from translate.config import Settings

    return Settings.from_env()


if __name__ == "__main__":
    main()
