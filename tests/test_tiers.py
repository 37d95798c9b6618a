"""The shape of the code is tested: its tiers are the packages, no module imports a tier
above its own, the docs' tier map is the package's, and the distribution installs the
three import names and nothing else."""

from __future__ import annotations

import ast
import functools
import re
import tomllib
from pathlib import Path

from setuptools import find_packages

from tests.conftest import ROOT

# Lowest first. A module may import its own tier and those below it, never one above.
TIERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("glossary", ("glossary",)),
    ("shared", ("translate", "translate.records", "translate.results", "translate.vocab",
                "translate.config")),
    ("storage", ("translate.storage",)),
    ("sources", ("translate.sources",)),
    ("doubt", ("translate.doubt",)),
    ("engines", ("translate.engines",)),
    ("pipeline", ("translate.pipeline",)),
    ("coverage", ("translate.coverage",)),
    ("web", ("web",)),
    ("cli", ("translate.cli", "translate.__main__")),
)  # fmt: skip
PACKAGES = ("translate", "web", "glossary")
# What translate/ may hold at its top: the shared types, vocabulary, settings and the
# bounds of a job's work (``translate.budget``, which every tier's long loops check).
TOP_MODULES = {"__init__", "__main__", "records", "results", "vocab", "config", "budget"}
MAX_MODULE_LINES = 450


@functools.cache
def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def tier_of(module: str) -> int:
    """The index in :data:`TIERS` of the tier ``module`` belongs to (the longest prefix)."""
    best, length = -1, -1
    for index, (_name, prefixes) in enumerate(TIERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > length:
                best, length = index, len(prefix)
    if best < 0:
        raise LookupError(f"{module} is in no tier")
    return best


def imports_of(path: Path, module: str) -> list[tuple[int, str]]:
    """(line, module) for every import of ours in ``path``, those inside functions too."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # "from translate.doubt import checks" imports translate.doubt.checks
            names = [f"{base}.{alias.name}" for alias in node.names]
            found += [(node.lineno, base if n not in _modules() else n) for n in names]
    return [(line, name) for line, name in found if name.split(".")[0] in PACKAGES]


def test_every_module_is_in_a_tier() -> None:
    for module in _modules():
        tier_of(module)


def test_no_import_runs_up_a_tier() -> None:
    wrong = []
    for module, path in _modules().items():
        mine = tier_of(module)
        for line, target in imports_of(path, module):
            theirs = tier_of(target)
            if theirs > mine:
                wrong.append(
                    f"{path.relative_to(ROOT)}:{line}: {TIERS[mine][0]} imports "
                    f"{TIERS[theirs][0]} ({target})"
                )
    assert wrong == []


def test_the_import_check_sees_a_wrong_import(tmp_path: Path) -> None:
    """The check above can fail: a storage module importing the doubt checks is caught."""
    path = tmp_path / "stored.py"
    path.write_text("def f():\n    from translate.doubt.checks import assess\n")
    (line, target), *_ = imports_of(path, "translate.storage.stored")
    assert (line, target) == (2, "translate.doubt.checks")
    assert tier_of(target) > tier_of("translate.storage.stored")


def test_the_glossary_imports_nothing_else_of_ours() -> None:
    for module, path in _modules().items():
        if module.startswith("glossary"):
            assert {t.split(".")[0] for _, t in imports_of(path, module)} <= {"glossary"}


def test_translate_holds_only_shared_modules_at_its_top() -> None:
    top = {p.stem for p in (ROOT / "translate").glob("*.py")}
    assert top <= TOP_MODULES


def test_no_module_is_too_long() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in _modules().values()
    }
    assert {p: n for p, n in sizes.items() if n >= MAX_MODULE_LINES} == {}


def test_the_distribution_installs_the_three_import_names_only() -> None:
    """What the build finds (pyproject's own rule) is the three packages and their
    sub-packages, and every folder of code below them is among them."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    rule = config["tool"]["setuptools"]["packages"]["find"]
    found = find_packages(str(ROOT), include=rule["include"], exclude=rule.get("exclude", ()))
    assert {name.split(".")[0] for name in found} == set(PACKAGES)
    folders = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for package in PACKAGES
        for p in (ROOT / package).rglob("*.py")
    }
    assert folders <= set(found)  # a folder without __init__.py would not be installed


def test_the_docs_tier_map_is_the_packages() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text.split("<!-- tiers -->", 2)[1]
    rows = re.findall(r"^\| (\d+) \| `(\w+)` \| ([^|]+) \|", table, re.MULTILINE)
    documented = [(name, tuple(re.findall(r"`([\w.]+)`", where))) for _n, name, where in rows]
    assert [int(n) for n, _, _ in rows] == list(range(1, len(TIERS) + 1))
    assert documented == [(name, prefixes) for name, prefixes in TIERS]


def test_every_module_is_in_the_docs() -> None:
    docs = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    assert [m for m in sorted(_modules()) if f"`{m}`" not in docs] == []
