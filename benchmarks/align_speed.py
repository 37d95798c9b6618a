"""Aligning two 100-sentence articles: how long it takes (median of several runs).

    python benchmarks/align_speed.py

Uses FLORES-200 devtest English sentences (../shared/eval/flores200): article A is
sentences 0-99, article B the same sentences shuffled with 30 replaced, which is harder
than identical text and as large as a long news article.
"""

from __future__ import annotations

import random
import statistics
import time

import record

from translate.coverage.align import align, side
from translate.pipeline.evaluate import find_flores, flores_file


def main() -> None:
    lines = (find_flores() / flores_file("en")).read_text(encoding="utf-8").splitlines()
    rng = random.Random(0)
    a_text = lines[:100]
    b_text = a_text[:70] + lines[500:530]
    rng.shuffle(b_text)
    runs = []
    for _ in range(7):
        started = time.perf_counter()
        a = [side(s) for s in a_text]
        b = [side(s) for s in b_text]
        result = align(a, b)
        runs.append(time.perf_counter() - started)
    figure = (
        f"median {statistics.median(runs) * 1000:.0f} ms, "
        f"max {max(runs) * 1000:.0f} ms over {len(runs)} runs (the first with the imports); "
        f"{len(result.pairs)} pairs, overlap {result.overlap:.0%}"
    )
    print(f"align 100 x 100 sentences: {figure}")
    record.save(
        "align", "benchmarks/align_speed.py", [("aligning two 100-sentence articles", figure)]
    )


if __name__ == "__main__":
    main()
