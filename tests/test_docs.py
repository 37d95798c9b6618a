"""The README is tested against the code: every command and setting is documented, and
the two newcomer commands are the ones CI and the Makefile use."""

from __future__ import annotations

import re

import click

from tests.conftest import ROOT
from translate.cli import main
from translate.config import Settings

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "newsbridge") -> list[str]:
    found = []
    for name, command in group.commands.items():
        found.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found.extend(_commands(command, f"{prefix} {name}"))
    return found


def test_every_command_is_in_the_readme() -> None:
    missing = [c for c in _commands(main) if c not in README]
    assert missing == []


def test_every_setting_is_in_the_readme() -> None:
    missing = [v for v in Settings.ENV.values() if f"`{v}`" not in README]
    assert missing == []


def test_the_two_newcomer_commands() -> None:
    section = README.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_the_glossary_table_counts_what_is_shipped() -> None:
    from glossary import DATA_DIR, Glossary

    glossary = Glossary.load(DATA_DIR)
    rows = dict(re.findall(r"^\| `(\w+\.tsv)` \| (\d+) \|", README, re.MULTILINE))
    counted = {
        path.name: sum(1 for e in glossary.entries if e.file == str(path))
        for path in sorted(DATA_DIR.glob("*.tsv"))
    }
    assert {name: int(n) for name, n in rows.items()} == counted
    curated = sum(1 for e in glossary.entries if not e.generated)
    assert f"{len(glossary.entries):,} entries, {curated} of them curated" in README
