"""The docs are tested against the code: every command, setting, page, flag and module is
documented in docs/, the generated tables match what makes them, the site builds with no
warning, and the README stays short with the two newcomer commands CI and the Makefile use.
(Modules and the layer map: tests/test_tiers.py.)"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from tests.conftest import ROOT
from translate.cli import main
from translate.config import Settings

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))
MAX_README_LINES = 150


def _commands(group: click.Group, prefix: str = "newsbridge") -> list[str]:
    found = []
    for name, command in group.commands.items():
        found.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found.extend(_commands(command, f"{prefix} {name}"))
    return found


def test_every_command_is_documented() -> None:
    missing = [c for c in _commands(main) if c not in DOCS]
    assert missing == []


def test_every_setting_is_documented() -> None:
    settings = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [v for v in Settings.ENV.values() if f"`{v}`" not in settings]
    assert missing == []


def test_every_page_and_api_route_is_documented(settings: Settings) -> None:
    from web import create_app

    app = create_app({"SETTINGS": settings, "SECRET_KEY": "test", "WORKER": False})
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"<\1>", rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            if f"`{method} {path}`" not in DOCS:
                missing.append(f"{method} {path}")
    assert missing == []


def test_every_flag_is_documented() -> None:
    from translate.doubt.checks import CHECKS

    doubt = (ROOT / "docs" / "doubt.md").read_text(encoding="utf-8")
    assert [c.flag for c in CHECKS if f"`{c.flag}`" not in doubt] == []
    assert all(c.raised_when for c in CHECKS)  # each check says when it is raised


def _docs_tables():  # benchmarks/ is scripts, not a package
    path = ROOT / "benchmarks" / "docs_tables.py"
    spec = importlib.util.spec_from_file_location("docs_tables", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generated_tables_are_what_makes_them() -> None:
    """The flags table is the table of checks, the quality and benchmark figures are the
    reports' (run ``python benchmarks/docs_tables.py`` after a check or a report changes)."""
    assert _docs_tables().stale() == []


def test_a_changed_report_makes_its_table_stale(tmp_path: Path, monkeypatch) -> None:
    tables = _docs_tables()
    reports = tmp_path / "reports"
    shutil.copytree(ROOT / "reports", reports)
    monkeypatch.setattr(tables, "REPORTS", reports)
    assert tables.stale() == []
    for path in reports.glob("eval-*.json"):
        path.write_text(path.read_text().replace('"chrf": ', '"chrf": 1', 1))
    assert tables.stale() == ["docs/quality.md (quality)"]


def test_every_figure_says_its_machine_and_date() -> None:
    """Reports made since they name the machine (0.5) do; an older one is said to be."""
    for path in sorted((ROOT / "reports").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data.get("machine") or data["created"] < "2026-12-03", path.name
    quality = (ROOT / "docs" / "quality.md").read_text(encoding="utf-8")
    assert re.search(r"measured \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC on .+ cores", quality)
    bench = (ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8")
    rows = bench.split("<!-- generated: benchmarks -->")[1].split("<!-- end")[0]
    figures = [r for r in rows.splitlines() if r.startswith("| `")]
    assert figures and all(re.search(r"\| \d{4}-\d\d-\d\d, .+ cores", r) for r in figures)


@pytest.mark.skipif(shutil.which("mkdocs", path=str(Path(sys.executable).parent)) is None,
                    reason="mkdocs is not installed (make setup installs it)")  # fmt: skip
def test_the_site_builds_with_no_warning(tmp_path: Path) -> None:
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    done = subprocess.run(
        [mkdocs, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr
    assert (tmp_path / "site" / "architecture" / "index.html").exists()


def test_the_readme_is_short_and_has_the_two_newcomer_commands() -> None:
    assert len(README.splitlines()) <= MAX_README_LINES
    section = README.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert found is not None
    commands = [line.split("#")[0].strip() for line in found.group(1).splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert re.search(r"^docs:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_the_glossary_table_counts_what_is_shipped() -> None:
    from glossary import DATA_DIR, Glossary

    text = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    glossary = Glossary.load(DATA_DIR)
    rows = dict(re.findall(r"^\| `(\w+\.tsv)` \| (\d+) \|", text, re.MULTILINE))
    counted = {
        path.name: sum(1 for e in glossary.entries if e.file == str(path))
        for path in sorted(DATA_DIR.glob("*.tsv"))
    }
    assert {name: int(n) for name, n in rows.items()} == counted
    curated = sum(1 for e in glossary.entries if not e.generated)
    assert f"{len(glossary.entries):,} entries, {curated} of them curated" in text
