"""The own-sets benchmark (benchmarks/own_sets.py) scores speakers as its docstring says:
a speaker over a gold fragment with the same last word is right, one over a fragment whose
speaker is null (or over none) is wrong, and a named gold fragment no quotation of ours
covers with its speaker is missed; the even half is never reviewed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    path = ROOT / "benchmarks" / "own_sets.py"
    spec = importlib.util.spec_from_file_location("own_sets", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ROWS = [
    {  # right: the clause names the speaker
        "id": 1, "lang": "de",
        "text": "Brücke\n„Die Brücke ist fertig“, sagte Bürgermeisterin Petra Brandt.",
        "quotes": [["Die Brücke ist fertig", "Brandt"]], "reported": [],
    },
    {  # wrong: the gold says the text names no one
        "id": 3, "lang": "de",
        "text": "Brücke\n„Die Brücke ist fertig“, sagte Bürgermeisterin Petra Brandt.",
        "quotes": [["Die Brücke ist fertig", None]], "reported": [],
    },
    {  # missed: a named speaker our rules do not give
        "id": 5, "lang": "de",
        "text": "Brücke\nPetra Brandt lachte. Karl Roth nickte. „Die Brücke ist fertig.“",
        "quotes": [["Die Brücke ist fertig", "Brandt"]], "reported": [],
    },
]  # fmt: skip


def test_scoring_counts_right_wrong_and_missed() -> None:
    out = _bench().score(ROWS, review=False)
    assert (out["quotes given"], out["quotes right"]) == (2, 1)
    assert (out["quotes named"], out["quotes named right"]) == (2, 1)
    assert out["reported given"] == out["reported named"] == 0


def test_the_even_half_is_never_reviewed(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    script = str(ROOT / "benchmarks" / "own_sets.py")
    refused = subprocess.run(
        [sys.executable, script, str(path), "--half", "even", "--review"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert refused.returncode != 0 and "odd half only" in refused.stderr
    scored = subprocess.run(
        [sys.executable, script, str(path), "--half", "odd"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "quotes: precision 50.0% of 2, recall 50.0% of 2" in scored.stdout


def test_a_glossary_speaker_is_judged_by_its_forms_in_the_articles_language() -> None:
    """Our English name of a glossary entry ("White House") is right where the gold names
    it as the article writes it ("Huis" of "Witte Huis"), as quotes_dequotes judges."""
    bench = _bench()
    assert bench.same("White House", "Huis", ("Witte Huis",))
    assert not bench.same("White House", "Huis")
    assert not bench.same("White House", "Kremlin", ("Witte Huis",))
