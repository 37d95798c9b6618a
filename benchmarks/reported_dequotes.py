"""Reported speech and its speakers on the German quotation corpus of
``quotes_dequotes.py`` (../shared/eval/dequotes; CC BY-NC-SA, nothing of it goes into the
project), with the same split (sha256 of the id; the first 200 the *measure* part, only
ever scored here as aggregate figures; ``--review`` prints the tune part's errors only)
and the same rules for a right speaker and a named gold speaker.

    python benchmarks/reported_dequotes.py               # both parts, kept in reports/
    python benchmarks/reported_dequotes.py --part tune   # the tune part only (for tuning)
    python benchmarks/reported_dequotes.py --part tune-a --review  # tune-a's errors, by cause
    python benchmarks/reported_dequotes.py --part tune-b  # tune-b: is a rule general?

A tune part's run prints a table of right, wrong and not judged speakers by the shape of
rule that gave them (``shape_of``; aggregate counts only, tune-b's too).

The tune part is split once more, by the sha256 of "tune-b:" and the id: the first 150 are
*tune-b*, the other 350 *tune-a*. Rules are written from tune-a's errors (``--review``
prints only those of the tune part scored, never the measure part's) and each change is
checked on tune-b before the measure part sees it.

- found with a named speaker: gold *Indirect* annotations (Indirect, IndirectFreeIndirect)
  whose speaker the article names, of which one of our ``reported`` rows covers at least
  half the words and has the right speaker;
- speaker precision: of our reported rows given a speaker, those whose speaker is right,
  judged against the gold annotation they overlap (an indirect one first, else any with a
  speaker); one that overlaps none is wrong; one the gold gives with no speaker, or a
  pronoun whose coreferent it does not name, is not judged (counted);
- not names: speakers of ours with no name's shape; from clutter: reported rows in text
  the reader removed (none allowed);
- the second judge (``quotes_dequotes.py``: roles and possessives resolved) is printed
  beside;
- by article (``intervals.py``): each share with a 95% interval that resamples whole
  articles (an article's speakers are not independent: one interview can hold ten
  quotations of one shape), and how the ones not right spread over articles; aggregate
  figures only, so printed for every part;
- speed: quotations and reported speech of every article of both parts, as seconds per
  1,000 articles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from intervals import Tally, described  # noqa: E402
from quotes_dequotes import (  # noqa: E402
    CORPUS,
    PRONOUNS,
    SOURCES,
    fold,
    gold_of,
    judge,
    not_a_name,
    read,
    right,
    rule_table,
    source_names,
    split,
    tune_split,
)

from glossary import Glossary  # noqa: E402
from translate.coverage.quotations import quotes_of  # noqa: E402
from translate.coverage.reported import reported_of  # noqa: E402

INDIRECT = {"Indirect", "IndirectFreeIndirect"}


def _words_at(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each word of ``spans``."""
    return [
        (s + a, s + b)
        for s, e in spans
        for a, b in (m.span() for m in re.finditer(r"\w+", text[s:e]))
    ]


def shape_of(row: Any) -> str:
    """The kind of rule that gave a reported row its speaker, from the row (``reported_of``
    keeps no trace): ``going-on`` (no clause of its own: Konjunktiv I going on, an opener),
    ``pronoun`` ("er sagte, …"), ``source`` ("laut X", "nach Angaben von X", "X zufolge"),
    ``clause`` (a name or role with a verb of saying)."""
    who = (row.speaker_source or "").split()
    if not who:
        return "going-on"
    if fold(" ".join(who)) in PRONOUNS:
        return "pronoun"
    if fold(who[0]) in SOURCES or fold(who[-1]) == "zufolge":
        return "source"
    return "clause"


def score(
    rows: list[dict[str, Any]], glossary: Glossary, review: bool, roles: bool = False
) -> dict[str, Any]:
    causes: dict[str, list[str]] = defaultdict(list)
    shapes_of: dict[str, list[int]] = {}  # shape -> [right, wrong, not judged]
    named = named_right = given = given_right = unjudged = clutter = ours_all = 0
    shapes: list[str] = []
    by_article: list[tuple[Tally, Tally]] = []  # (found, precision) tallies per article
    for row in rows:
        at_start = (named_right, named, given_right, given)
        article, shift = read(row)
        if shift < 0:
            raise SystemExit(f"{row['id']}: the corpus text is not found in the article read")
        gold = gold_of(row, roles)
        ours = reported_of(article, glossary, quotes_of(article, glossary))
        ours_all += len(ours)
        clutter += sum(any(q.source_text in r.text for r in article.removed) for q in ours)
        spans = [(q.start - shift, q.end - shift) for q in ours]

        def covered(item: dict[str, Any], a: int, b: int, text: str = row["text"]) -> bool:
            words = _words_at(text, item["spans"])
            inside = sum(a <= s and e <= b for s, e in words)
            return bool(words) and inside * 2 >= len(words)

        def overlaps(item: dict[str, Any], a: int, b: int) -> bool:
            return any(a < e and s < b for s, e in item["spans"])

        for item in gold:
            if item["type"] not in INDIRECT or not item["named"]:
                continue
            named += 1
            hits = [q for q, (a, b) in zip(ours, spans, strict=True) if covered(item, a, b)]
            ok = any(
                q.speaker and right(q.speaker, source_names(glossary, q.speaker_id), item["named"])
                for q in hits
            )
            named_right += ok
            if review and not ok:
                a0 = item["spans"][0][0]
                near = [q for q, (a, b) in zip(ours, spans, strict=True) if overlaps(item, a, b)]
                cause = (
                    "miss: no reported row overlaps"
                    if not near
                    else "miss: under half the words covered"
                    if not hits
                    else "miss: covered, no speaker"
                    if not any(q.speaker for q in hits)
                    else "miss: covered, wrong speaker"
                )
                causes[cause].append(
                    f"{row['id']} gold={item['named']!r} ours={[q.speaker for q in hits]}\n"
                    f"     {row['text'][max(0, a0 - 150) : item['spans'][-1][1] + 60]!r}"
                )
        for q, (a, b) in zip(ours, spans, strict=True):
            if not q.speaker:
                continue
            if not_a_name(q.speaker, q.speaker_id is not None):
                shapes.append(q.speaker)
            over = [i for i in gold if overlaps(i, a, b)]
            over.sort(key=lambda i: i["type"] not in INDIRECT)
            judged, ok = judge(q.speaker, q.speaker_id, over, glossary)
            tally = shapes_of.setdefault(shape_of(q), [0, 0, 0])
            tally[0 if ok else 2 if ok is None else 1] += 1
            if ok is None:
                unjudged += 1
                continue
            given += 1
            given_right += ok
            if review and not ok:
                who = judged["speaker"] if judged else None
                cause = "wrong: overlaps no gold" if not over else "wrong: another speaker"
                causes[cause].append(
                    f"{row['id']} ours={q.speaker!r} ({q.speaker_source!r}) gold={who!r}\n"
                    f"     {row['text'][max(0, a - 150) : b + 60]!r}"
                )
        now = (named_right, named, given_right, given)
        gained = [b - a for a, b in zip(at_start, now, strict=True)]
        by_article.append(((gained[0], gained[1]), (gained[2], gained[3])))
    for cause, lines in sorted(causes.items(), key=lambda kv: -len(kv[1])):
        print(f"== {cause}: {len(lines)}")
        for line in lines:
            print(f"  {line}")
    return {
        "articles": len(rows),
        "reported rows": ours_all,
        "named indirect": named,
        "found with right speaker": named_right / named if named else 0.0,
        "speakers given": given,
        "not judged": unjudged,
        "speaker precision": given_right / given if given else 0.0,
        "not names": len(shapes),
        "from clutter": clutter,
        "rule counts": {r: tuple(t) for r, t in sorted(shapes_of.items())},
        "by article": by_article,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--part",
        choices=("tune", "tune-a", "tune-b", "measure", "both"),
        default="both",
        help="which part to score (tune-a while tuning, tune-b to check; measure only rarely; "
        "both, the default, for the record in reports/)",
    )
    parser.add_argument(
        "--review", action="store_true", help="print the tune part's errors, grouped by cause"
    )
    args = parser.parse_args()
    if not CORPUS.is_file():
        raise SystemExit(f"no corpus at {CORPUS}")
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    tune, measure = split(rows)
    tune_a, tune_b = tune_split(tune)
    glossary = Glossary.load(ROOT / "glossary" / "data")
    parts = {"tune": tune, "tune-a": tune_a, "tune-b": tune_b, "measure": measure}
    if args.review and args.part in ("measure", "both"):
        raise SystemExit("--review prints a tune part's errors only: --part tune, tune-a or tune-b")
    names = ("measure", "tune") if args.part == "both" else (args.part,)
    results = {}
    for name in names:
        results[name] = score(parts[name], glossary, args.review and name != "measure")
        counts = results[name].pop("rule counts")
        by_article = results[name].pop("by article")
        results[name]["found, by article"] = described([f for f, _ in by_article])
        results[name]["precision, by article"] = described([p for _, p in by_article])
        print(f"{name}: found {results[name]['found, by article']}")
        print(f"{name}: precision {results[name]['precision, by article']}")
        print(f"{name}: {results[name]}")
        if name != "measure":  # the measure part: overall figures only
            print(rule_table(name, counts))
        second = score(parts[name], glossary, False, roles=True)
        del second["rule counts"], second["by article"]
        results[f"{name}, second judge"] = second
        print(
            f"{name}, second judge: found {second['found with right speaker']:.1%} of "
            f"{second['named indirect']}, precision {second['speaker precision']:.1%} of "
            f"{second['speakers given']}"
        )
    timed = rows if args.part == "both" else parts[args.part]
    articles = [read(row)[0] for row in timed]
    started = time.perf_counter()
    for article in articles:
        reported_of(article, glossary, quotes_of(article, glossary))
    per = (time.perf_counter() - started) / len(articles) * 1000
    print(f"speed: {per:.1f} s per 1,000 articles (quotations and reported speech)")
    if args.part != "both":
        return
    figures: list[tuple[str, str]] = []
    for name, result in results.items():
        if name.endswith("second judge"):
            figures += [
                (f"{name} (roles, possessives): found with the right speaker; precision",
                 f"{result['found with right speaker']:.1%} of {result['named indirect']}; "
                 f"{result['speaker precision']:.1%} of {result['speakers given']}"),
            ]  # fmt: skip
            continue
        figures += [
            (f"{name} ({result['articles']} articles): reported speech with a named speaker, "
             "found with the right speaker", f"{result['found with right speaker']:.1%} of "
             f"{result['named indirect']}"),
            (f"{name}: speaker precision (not judged)",
             f"{result['speaker precision']:.1%} of {result['speakers given']} "
             f"({result['not judged']})"),
            (f"{name}: found, by article", result["found, by article"]),
            (f"{name}: speaker precision, by article", result["precision, by article"]),
            (f"{name}: speakers that are not names; rows from removed clutter",
             f"{result['not names']}; {result['from clutter']}"),
        ]  # fmt: skip
    figures.append(("quotations and reported speech of 1,000 articles (s)", f"{per:.1f}"))
    import record

    record.save("reported-dequotes", "python benchmarks/reported_dequotes.py", figures)


if __name__ == "__main__":
    main()
