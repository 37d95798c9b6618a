"""Write the generated tables of docs/ from what made them: the flags table from the table
of checks, the quality figures from the eval reports in reports/, the benchmark figures
from the benchmark reports in reports/ (each with the machine and date it was measured on).

    python benchmarks/docs_tables.py          # rewrite the tables in docs/
    python benchmarks/docs_tables.py --check  # exit 1 where docs/ differs (the tests do this)

A table sits between ``<!-- generated: NAME -->`` and ``<!-- end: NAME -->``; everything
else in the page is left as it is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REPORTS = ROOT / "reports"


def _cell(text: object) -> str:
    """One table cell: one line, reST roles and double backquotes as Markdown code."""
    text = re.sub(r":\w+:`~?([^`]+)`", r"`\1`", " ".join(str(text).split()))
    return text.replace("``", "`").replace("|", "\\|")


def flags_table() -> str:
    from translate.doubt.checks import CHECKS

    rows = [
        "| flag | keeps | with a probability | means | raised when |",
        "| --- | --- | --- | --- | --- |",
    ]
    for check in CHECKS:
        when = check.raised_when
        lowers = "lowers it" if check.whole or check.ends else "leaves it"
        rows.append(
            f"| `{check.flag}` | {check.keeps:g} | {lowers} | {_cell(check.meaning)} "
            f"| {_cell(when)} |"
        )
    return "\n".join(rows)


def _measured(data: dict[str, object]) -> str:
    created = str(data.get("created", "?")).replace("T", " ").replace("+00:00", " UTC")
    machine = data.get("machine") or "a machine the report does not record (it predates that)"
    return f"measured {created} on {machine}"


def _number(value: object, pattern: str, scale: float = 1.0) -> str:
    return "-" if not isinstance(value, int | float) else pattern % (value * scale)


def quality_table() -> str:
    """One row per result of every eval report in reports/ (newest report first)."""
    reports = []
    for path in sorted(REPORTS.glob("eval-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        reports.append((str(data.get("created", "")), path.name, data))
    out = []
    for _created, name, data in sorted(reports, reverse=True):
        out.append(f"`reports/{name}`, {_measured(data)}:")
        out.append("")
        out.append(
            "| test set | glossary | sentences | BLEU | chrF | terms | marked | Spearman "
            "| chrF marked / unmarked |"
        )
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for row in data["results"]:
            doubt = row.get("doubt") or {}
            out.append(
                f"| {row['testset']} | {'on' if row.get('glossary') else 'off'} "
                f"| {row['sentences']} | {row['bleu']:.1f} | {row['chrf']:.1f} "
                f"| {_number(row.get('term_accuracy'), '%.0f%%', 100)} "
                f"| {_number(doubt.get('flagged_share'), '%.0f%%', 100)} "
                f"| {_number(doubt.get('spearman'), '%.2f')} "
                f"| {_number(doubt.get('chrf_flagged'), '%.1f')} / "
                f"{_number(doubt.get('chrf_unflagged'), '%.1f')} |"
            )
        out.append("")
    return "\n".join(out).rstrip()


def benchmark_table() -> str:
    """Every benchmark report in reports/ (``benchmarks/record.py`` writes them)."""
    out = ["| benchmark | what | figure | measured |", "| --- | --- | --- | --- |"]
    for path in sorted(REPORTS.glob("bench-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        when = str(data["created"])[:10]
        for what, figure in data["figures"]:
            out.append(
                f"| `{_cell(data['command'])}` | {_cell(what)} | {_cell(figure)} "
                f"| {when}, {_cell(data['machine'])} |"
            )
    return "\n".join(out)


TABLES: dict[str, tuple[str, Callable[[], str]]] = {
    "flags": ("doubt.md", flags_table),
    "quality": ("quality.md", quality_table),
    "benchmarks": ("benchmarks.md", benchmark_table),
}


def render(text: str, name: str, table: str) -> str:
    """``text`` with the generated table ``name`` replaced by ``table``."""
    pattern = re.compile(rf"(<!-- generated: {name} -->\n).*?(<!-- end: {name} -->)", re.DOTALL)
    if not pattern.search(text):
        raise LookupError(f"no <!-- generated: {name} --> block")
    return pattern.sub(lambda m: m.group(1) + table + "\n" + m.group(2), text)


def stale() -> list[str]:
    """The pages whose generated tables differ from what made them."""
    found = []
    for name, (page, make) in TABLES.items():
        text = (DOCS / page).read_text(encoding="utf-8")
        if render(text, name, make()) != text:
            found.append(f"docs/{page} ({name})")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say what differs")
    args = parser.parse_args()
    if args.check:
        differ = stale()
        for page in differ:
            print(f"{page}: differs from what makes it; run python benchmarks/docs_tables.py")
        sys.exit(1 if differ else 0)
    for name, (page, make) in TABLES.items():
        path = DOCS / page
        path.write_text(render(path.read_text(encoding="utf-8"), name, make()), encoding="utf-8")
        print(f"docs/{page}: {name} written")


if __name__ == "__main__":
    main()
