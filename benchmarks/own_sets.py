"""Speakers of quotations and reported speech on paragraphs of our own (``benchmarks/own/``),
written to hold rules to text they were not written from: each set is written whole before
any rule is changed for it, rules are written from its *odd* ids only, and the *even* ids
are only scored (aggregate figures, before and after a round of rules; never ``--review``).

    python benchmarks/own_sets.py benchmarks/own/de27.jsonl --half odd --review
    python benchmarks/own_sets.py benchmarks/own/de27.jsonl --half even

Each line of a set is one article: ``{"id": 1, "lang": "de", "text": "Title\\nBody…",
"quotes": [[fragment, speaker]], "reported": [[fragment, speaker]]}``, where a fragment is
a few words of the quotation (or of the reported content) as written in the text and the
speaker is the surname (or an organisation's last word) of who said it, or null where the
text names no one. Figures:

- quotation speaker precision: of our quotations given a speaker, those over a gold
  fragment whose speaker's last word is our speaker's last word (casefolded), or that of
  one of its glossary entry's forms in the article's language (as ``quotes_dequotes``
  judges: "Witte Huis" for our "White House"); one over no
  gold fragment, or over one whose speaker is null, is wrong;
- quotation speaker recall: gold quotations with a speaker that one of ours covering the
  fragment gives rightly;
- reported speech: the same over our reported rows and the gold ``reported`` fragments
  (a row covers a fragment where the fragment is in the row's text)."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary import Glossary  # noqa: E402
from translate.coverage.quotations import quotes_of  # noqa: E402
from translate.coverage.reported import reported_of  # noqa: E402
from translate.sources.ingest import parse_bytes  # noqa: E402


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def last(name: str | None) -> str:
    words = (name or "").replace("-", " ").split()
    return fold(words[-1]).strip(".,;:") if words else ""


def same(ours: str, gold: str | None, forms: tuple[str, ...] = ()) -> bool:
    """Our speaker's last word is the gold's, or the last word of one of ``forms`` (the
    glossary entry's forms in the article's language: "Witte Huis" for "White House")."""
    return gold is not None and last(gold) in {last(ours), *(last(f) for f in forms)}


def tally(
    found: list[tuple[str, str | None, tuple[str, ...]]],
    gold: list[list[Any]],
    tag: str,
    review: bool,
    row: dict[str, Any],
    out: dict[str, int],
) -> None:
    """Count ``found`` ((text, speaker, the speaker's glossary forms) of ours) against
    ``gold`` ([fragment, speaker])."""
    for text, speaker, forms in found:
        if not speaker:
            continue
        over = [g for g in gold if fold(g[0]) in fold(text) or fold(text) in fold(g[0])]
        ok = any(same(speaker, g[1], forms) for g in over)
        out[f"{tag} given"] += 1
        out[f"{tag} right"] += ok
        if review and not ok:
            print(
                f"WRONG {tag} {row['id']}: ours={speaker!r} "
                f"gold={[g[1] for g in over]} {text[:70]!r}"
            )
    for fragment, speaker in gold:
        if speaker is None:
            continue
        out[f"{tag} named"] += 1
        hit = any(fold(fragment) in fold(t) and s and same(s, speaker, f) for t, s, f in found)
        out[f"{tag} named right"] += hit
        if review and not hit:
            said = [s for t, s, _ in found if fold(fragment) in fold(t)]
            print(f"MISS  {tag} {row['id']}: gold={speaker!r} ours={said} {fragment[:60]!r}")


def forms(glossary: Glossary, entry_id: str | None, lang: str) -> tuple[str, ...]:
    """The glossary entry's forms in ``lang`` (none where the speaker is no entry)."""
    entry = glossary.by_id.get(entry_id) if entry_id else None
    return tuple(form.text for form in entry.forms.get(lang, ())) if entry else ()


def score(rows: list[dict[str, Any]], review: bool) -> dict[str, int]:
    glossary = Glossary.load(ROOT / "glossary" / "data")
    out = {
        f"{t} {k}": 0
        for t in ("quotes", "reported")
        for k in ("given", "right", "named", "named right")
    }
    for row in rows:
        article = parse_bytes(row["text"].encode(), f"{row['id']}.txt", lang=row["lang"])
        quotes = quotes_of(article, glossary)
        reported = reported_of(article, glossary, quotes)
        for tag, found in (("quotes", quotes), ("reported", reported)):
            ours = [
                (q.source_text, q.speaker, forms(glossary, q.speaker_id, row["lang"]))
                for q in found
            ]
            tally(ours, row.get(tag, []), tag, review, row, out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--half", choices=("odd", "even", "all"), default="odd")
    parser.add_argument(
        "--review", action="store_true", help="print each wrong and missed (odd only)"
    )
    args = parser.parse_args()
    if args.review and args.half != "odd":
        raise SystemExit("--review is for the odd half only: the even half is only scored")
    rows = [
        json.loads(line)
        for line in args.set.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rows = [r for r in rows if args.half == "all" or (r["id"] % 2 == 1) == (args.half == "odd")]
    out = score(rows, args.review)
    for tag in ("quotes", "reported"):
        given, right = out[f"{tag} given"], out[f"{tag} right"]
        named, hit = out[f"{tag} named"], out[f"{tag} named right"]
        print(
            f"{args.set.name} {args.half} ({len(rows)} articles) {tag}: precision "
            f"{right / given if given else 0:.1%} of {given}, "
            f"recall {hit / named if named else 0:.1%} of {named}"
        )


if __name__ == "__main__":
    main()
