"""Speaker precision and recall of ``translate.coverage.quotations`` on a hand-made gold set:
the FLORES-200 devtest sentences with quotation marks (Dutch and German), read as the
articles they come from, and the five seeds.

The gold (benchmarks/gold/quotes.json) says, for each FLORES line with quotation marks in
any of the three languages, who the quoted words are by (the person as the article names
them; null where no person said them: a title, a name, a label) and, for the seeds, the
speaker of every quotation. It was written by reading each sentence (and the English
reference) by hand; it holds line numbers and names, no text of the test set.

    python benchmarks/quotes_speakers.py            # figures, kept in reports/
    python benchmarks/quotes_speakers.py --review   # each line: the gold and what was found

Measures, per language: quotation recall (gold sentences with a quotation of a person in
which one was found), speaker precision (quotations given a speaker that have the right
one: the same surname), speaker recall (gold sentences whose speaker was found), and how
many quotations were taken from removed clutter (the seeds' teaser lists).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary import Glossary  # noqa: E402
from translate.coverage.marks import quotation_spans  # noqa: E402
from translate.coverage.quotations import quotes_of  # noqa: E402
from translate.records import Article  # noqa: E402
from translate.sources.ingest import parse_bytes, read_article  # noqa: E402

FLORES = ROOT.parent / "shared" / "eval" / "flores200"
GOLD = ROOT / "benchmarks" / "gold" / "quotes.json"
FILES = {"nl": "nld_Latn", "de": "deu_Latn", "en": "eng_Latn"}


def _surname(name: str) -> str:
    words = [w for w in re.sub(r"\W+", " ", name).split() if w.casefold() not in ("jr", "sr")]
    return words[-1].casefold() if words else ""


def same_person(found: str | None, gold: str | None) -> bool:
    """``found`` is the gold's person: the same surname as one of its spellings."""
    if not found or not gold or gold == "?":
        return False
    return any(_surname(found) == _surname(name) for name in gold.split("|"))


def flores_lines(lang: str) -> list[str]:
    """The devtest sentences of ``lang``. A few German lines carry the quoting of the table
    they were kept in ("..." around the line, "" for each quotation mark): undone."""
    lines = (FLORES / f"{FILES[lang]}.devtest").read_text(encoding="utf-8").splitlines()
    return [
        line[1:-1].replace('""', '"') if line.startswith('"') and '""' in line else line
        for line in (raw.strip() for raw in lines)
    ]


def flores_articles(lang: str) -> list[tuple[Article, dict[int, int]]]:
    """Consecutive FLORES lines of one source page as one article (one paragraph); with, for each
    character offset where a line starts in the article's text, its line number."""
    lines = flores_lines(lang)
    with (FLORES / "metadata_devtest.tsv").open(encoding="utf-8") as handle:
        urls = [row[0] for row in list(csv.reader(handle, delimiter="\t"))[1:]]
    pages: list[list[int]] = []
    for n, url in enumerate(urls):
        if pages and urls[pages[-1][-1]] == url:
            pages[-1].append(n)
        else:
            pages.append([n])
    found = []
    for number, members in enumerate(pages):
        # One paragraph: a quotation may run over two sentences.
        text = f"FLORES page {number}\n\n" + " ".join(lines[n] for n in members) + "\n"
        article = parse_bytes(text.encode(), f"flores-{lang}-{number}.txt", lang=lang)
        starts: dict[int, int] = {}
        cursor = 0
        for n in members:
            at = article.text.find(lines[n].strip()[:40], cursor)
            if at >= 0:
                starts[at] = n
                cursor = at
        found.append((article, starts))
    return found


def line_of(offset: int, starts: dict[int, int]) -> int | None:
    before = [s for s in starts if s <= offset]
    return starts[max(before)] if before else None


def has_marks(text: str) -> bool:
    return bool(quotation_spans(text)) or bool(re.search(r"[\"“”„«»]|(?<!\w)'|'(?!\w)", text))


def score_flores(lang: str, gold: dict[str, str | None], glossary: Glossary, review: bool):
    lines = flores_lines(lang)
    found: dict[int, list[tuple[str, str | None]]] = {}
    for article, starts in flores_articles(lang):
        for quote in quotes_of(article, glossary):
            line = line_of(quote.start, starts)
            if line is not None:
                found.setdefault(line, []).append((quote.source_text, quote.speaker))
    said = {int(k): v for k, v in gold.items()}
    # A line counts where this language's sentence has quotation marks at all.
    quoted = [n for n, who in said.items() if who is not None and has_marks(lines[n])]
    persons = [n for n in quoted if said[n] != "?"]
    quotes_found = sum(1 for n in quoted if found.get(n))
    attributed = [(n, who) for n, items in found.items() for _, who in items if who]
    right = [(n, who) for n, who in attributed if same_person(who, said.get(n))]
    speaker_found = sum(
        1 for n in persons if any(same_person(who, said[n]) for _, who in found.get(n, []))
    )
    if review:
        for n in sorted(set(said) | set(found)):
            print(f"{lang} {n:4d} gold={said.get(n, 'NOT IN GOLD')!r}")
            for words, who in found.get(n, []):
                mark = "ok" if same_person(who, said.get(n)) else ("--" if not who else "XX")
                print(f"         {mark} {who!r}: {words[:70]!r}")
    outside = sorted(set(found) - set(said))
    wrong = [(n, who, said.get(n)) for n, who in attributed if not same_person(who, said.get(n))]
    return {
        "sentences": len(quoted),
        "named": len(persons),
        "quotation recall": quotes_found / len(quoted) if quoted else 0.0,
        "speaker precision": len(right) / len(attributed) if attributed else 0.0,
        "attributed": len(attributed),
        "speaker recall": speaker_found / len(persons) if persons else 0.0,
        "lines found outside the gold": outside,
        "wrong": wrong,
    }


def score_seeds(gold: dict[str, list[str | None]], glossary: Glossary, review: bool):
    attributed = right = wanted = got = clutter = total = 0
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = read_article(path)
        quotes = quotes_of(article, glossary)
        expected = gold[path.name[:3]]
        if len(quotes) != len(expected):
            raise SystemExit(
                f"{path.name}: {len(quotes)} quotations found, gold has {len(expected)}"
            )
        total += len(quotes)
        body = [(s.start, s.end + 1) for s in article.sentences]
        clutter += sum(1 for q in quotes if not any(a <= q.start < b for a, b in body))
        for quote, who in zip(quotes, expected, strict=True):
            wanted += who not in (None, "?")
            if quote.speaker:
                attributed += 1
                right += quote.speaker == who
            got += who not in (None, "?") and quote.speaker == who
            if review:
                print(f"seed {path.name[:3]} gold={who!r} found={quote.speaker!r}: "
                      f"{quote.source_text[:60]!r}")  # fmt: skip
    return {
        "quotations": total,
        "speaker precision": right / attributed if attributed else 0.0,
        "attributed": attributed,
        "speaker recall": got / wanted if wanted else 0.0,
        "from clutter": clutter,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--review", action="store_true", help="print every line, gold and found")
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    glossary = Glossary.load(ROOT / "glossary" / "data")
    figures: list[tuple[str, str]] = []
    seeds = score_seeds(gold["seeds"], glossary, args.review)
    print(f"seeds: {seeds}")
    figures += [
        ("seeds: quotations (from removed clutter)",
         f"{seeds['quotations']} ({seeds['from clutter']})"),
        ("seeds: speaker precision", f"{seeds['speaker precision']:.1%} of {seeds['attributed']}"),
        ("seeds: speaker recall", f"{seeds['speaker recall']:.1%}"),
    ]  # fmt: skip
    if not FLORES.is_dir():
        print(f"no FLORES-200 at {FLORES}: the seeds only")
    else:
        for lang in ("nl", "de"):
            result = score_flores(lang, gold["flores"], glossary, args.review)
            print(f"FLORES {lang}: {result}")
            figures += [
                (f"FLORES {lang}: sentences with a quotation (speaker named)",
                 f"{result['sentences']} ({result['named']})"),
                (f"FLORES {lang}: quotation recall", f"{result['quotation recall']:.1%}"),
                (f"FLORES {lang}: speaker precision",
                 f"{result['speaker precision']:.1%} of {result['attributed']}"),
                (f"FLORES {lang}: speaker recall", f"{result['speaker recall']:.1%}"),
            ]  # fmt: skip
    if not args.review:
        import record

        record.save("quotes", "python benchmarks/quotes_speakers.py", figures)


if __name__ == "__main__":
    main()
