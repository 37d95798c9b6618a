"""How far a share measured on a few hundred articles can be trusted: a 95% interval
that resamples whole articles (speakers of one article are not independent: one long
interview can hold ten quotations of the same shape), and how the wrong ones spread over
articles. Aggregate figures only, so they are printed for parts whose rows are never read.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

# Per article: (right, counted), e.g. right speakers of the speakers given.
Tally = tuple[int, int]


def interval(tallies: Sequence[Tally], rounds: int = 2000, seed: int = 7) -> tuple[float, float]:
    """A 95% percentile interval of sum(right) / sum(counted) over ``rounds`` resamplings
    of the articles (with replacement; a fixed seed, so the same figures give the same
    interval)."""
    kept = [t for t in tallies if t[1]]
    if not kept:
        return (0.0, 0.0)
    draw = random.Random(seed)
    shares = []
    for _ in range(rounds):
        picked = draw.choices(kept, k=len(kept))
        shares.append(sum(r for r, _ in picked) / sum(n for _, n in picked))
    shares.sort()
    return (shares[int(0.025 * rounds)], shares[int(0.975 * rounds) - 1])


def spread(tallies: Sequence[Tally]) -> str:
    """Where the ones not right are: in how many articles, and the most in one."""
    misses = [n - r for r, n in tallies if n - r]
    if not misses:
        return "none"
    return f"{sum(misses)} in {len(misses)} articles (at most {max(misses)} in one)"


def described(tallies: Sequence[Tally]) -> str:
    """ "84.6% (95% interval 76.9-91.2%, by article); not right: 14 in 9 articles (…)"."""
    right = sum(r for r, _ in tallies)
    counted = sum(n for _, n in tallies)
    if not counted:
        return "-"
    lo, hi = interval(tallies)
    return (
        f"{right / counted:.1%} of {counted} (95% interval {lo:.1%}-{hi:.1%}, by article); "
        f"not right: {spread(tallies)}"
    )
