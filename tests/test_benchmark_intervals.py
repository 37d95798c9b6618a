"""The intervals the corpus benchmarks print beside a share (benchmarks/intervals.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _intervals() -> ModuleType:  # benchmarks/ is scripts, not a package
    spec = importlib.util.spec_from_file_location("intervals", ROOT / "benchmarks" / "intervals.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_interval_holds_the_share_and_is_the_same_each_time() -> None:
    intervals = _intervals()
    # 20 articles: most right, one long article with every one of its speakers wrong.
    tallies = [(3, 3)] * 19 + [(0, 10)]
    low, high = intervals.interval(tallies)
    share = 57 / 67
    assert low < share < high <= 1.0
    assert intervals.interval(tallies) == (low, high)
    # The same share with the wrong ones spread over ten articles is known more narrowly.
    spread_low, spread_high = intervals.interval([(3, 3)] * 19 + [(0, 1)] * 10)
    assert spread_high - spread_low < high - low
    assert intervals.spread(tallies) == "10 in 1 articles (at most 10 in one)"
    assert intervals.spread([(2, 2)]) == "none"
    assert intervals.described([]) == "-"
    assert intervals.described(tallies).startswith("85.1% of 67 (95% interval ")
