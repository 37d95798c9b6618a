"""Benchmark figures kept with the machine and date they were measured on.

Each benchmark ends with ``save(name, command, figures)``: ``reports/bench-NAME.json``
holds them, and ``benchmarks/docs_tables.py`` puts them in docs/benchmarks.md.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from translate.pipeline.evaluate import machine

REPORTS = Path(__file__).resolve().parent.parent / "reports"


def save(name: str, command: str, figures: list[tuple[str, str]]) -> Path:
    """Write ``figures`` (what, figure) of ``command`` to reports/bench-NAME.json."""
    path = REPORTS / f"bench-{name}.json"
    data = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "command": command,
        "figures": [list(pair) for pair in figures],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"figures kept in {path.relative_to(REPORTS.parent)}")
    return path
