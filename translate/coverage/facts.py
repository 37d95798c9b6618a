"""What a story reports: each article's sentences joined across articles into the things
the story reports, only where every sentence is aligned with every other one (A~B and
B~C does not make A~C)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translate.coverage.align import align, compared

# Entities that identify a story: names, and terms such as "security guarantees". Titles
# ("spokesperson", "president") are in almost every article and identify nothing.
from translate.coverage.docs import Doc, sides
from translate.results import AlignSettings
from translate.vocab import Label


@dataclass(frozen=True)
class Fact:
    """One thing the articles of a story report: (article position, sentence index) of
    every sentence that says it, and "shared" when every link joining them was a shared
    pair, "partial" when one was only partly shared, "only" for a single article."""

    members: tuple[tuple[int, int], ...]
    label: Label


Node = tuple[int, int]  # (article position, sentence index)


def story_facts(
    docs: Sequence[Doc], settings: AlignSettings | None = None, limit: int | None = None
) -> list[Fact]:
    """The distinct things the articles report, in reading order of the first article that
    reports them.

    Precision first: sentences are joined only through *shared* pairs, and two groups are
    joined only when every sentence of one is directly linked to every sentence of the
    other article's in the other (A~B and B~C does not make A~C). A thing "reported by all"
    is then said by every member, each to each. A partly shared pair that joins nothing
    else is a thing of its own, labelled partial; every other sentence is only in one.
    """
    # Sentences past ``limit`` (or the words compared at most) are not compared, so they
    # are in no fact (not "only here").
    all_sides = [s[: compared(s, limit)] for s in (sides(d) for d in docs)]
    strong: dict[frozenset[Node], float] = {}
    weak: dict[frozenset[Node], float] = {}
    for x in range(len(docs)):
        for y in range(x + 1, len(docs)):
            for pair in align(all_sides[x], all_sides[y], settings).pairs:
                links = strong if pair.label == Label.SHARED else weak
                left = [(x, i) for i in pair.a]
                right = [(y, j) for j in pair.b]
                # A sentence one outlet split in two is one statement with its halves.
                for u in (*left, *right):
                    for v in (*left, *right):
                        if u != v:
                            links[frozenset((u, v))] = pair.score
    group_of: dict[Node, frozenset[Node]] = {
        (d, i): frozenset({(d, i)})
        for d, side_list in enumerate(all_sides)
        for i in range(len(side_list))
    }
    partly: set[frozenset[Node]] = set()

    def join(links: dict[frozenset[Node], float], allowed: dict[frozenset[Node], float]) -> None:
        """Join groups along ``links``, strongest first, where every sentence of one group
        is linked (in ``allowed``) to every sentence of the other."""
        for link, _score in sorted(links.items(), key=lambda item: -item[1]):
            u, v = tuple(link)
            g1, g2 = group_of[u], group_of[v]
            if g1 == g2 or not all(frozenset((p, q)) in allowed for p in g1 for q in g2):
                continue
            merged = g1 | g2
            by_weak = any(frozenset((p, q)) not in strong for p in g1 for q in g2)
            if g1 in partly or g2 in partly or by_weak:
                partly.discard(g1)
                partly.discard(g2)
                partly.add(merged)
            for node in merged:
                group_of[node] = merged

    join(strong, strong)  # shared statements first: they never join through a weaker link
    join(weak, {**weak, **strong})
    found = []
    for group in set(group_of.values()):
        if len({d for d, _ in group}) == 1:
            label = Label.ONLY
        else:
            label = Label.PARTIAL if group in partly else Label.SHARED
        found.append(Fact(tuple(sorted(group)), label))
    return sorted(found, key=lambda f: f.members[0])
