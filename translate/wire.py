"""Wire copies: one agency text carried by several outlets, lightly edited.

Two sites printing the same ANP or dpa story are not two outlets reporting the same
thing; coverage must count such a text once. Bodies are compared as sets of word
5-shingles (lowercased, punctuation dropped). datasketch's MinHash LSH finds the
candidate pairs without comparing every pair; each candidate is then checked exactly:
two articles are copies when the shingles they share cover at least ``MIN_CONTAINMENT``
of the shorter one (a trimmed last paragraph or an added one keeps a copy a copy) and
at least ``MIN_JACCARD`` of both together. Groups are joined only through such verified
pairs, so A~B and B~C (both copies) make one text, as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

SHINGLE = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.1  # candidates (recall); the exact check below decides (precision)
MIN_CONTAINMENT = 0.5
MIN_JACCARD = 0.2
# A text shorter than this is no agency copy to tell apart: a one-line notice or a formula
# ("De NAVO vergadert vandaag over punt 3.") repeats without being one text carried twice.
MIN_WORDS = 40
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class WireGroup:
    """Articles that carry one text; ``first`` is the earliest (or first given)."""

    ids: tuple[str, ...]
    similarity: float  # the lowest verified containment inside the group

    @property
    def first(self) -> str:
        return self.ids[0]


def shingles(text: str, size: int = SHINGLE) -> frozenset[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def is_copy(a: frozenset[str], b: frozenset[str]) -> tuple[bool, float]:
    share = containment(a, b)
    return share >= MIN_CONTAINMENT and jaccard(a, b) >= MIN_JACCARD, share


def wire_groups(bodies: Sequence[tuple[str, str]]) -> list[WireGroup]:
    """Groups of two or more copies among (id, body) pairs, in the order given."""
    from datasketch import MinHash, MinHashLSH

    sets = {
        article_id: shingles(body)
        for article_id, body in bodies
        if len(_WORD.findall(body)) >= MIN_WORDS
    }
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes = {}
    for article_id, shingle_set in sets.items():
        minhash = MinHash(num_perm=NUM_PERM, seed=1)
        minhash.update_batch([s.encode("utf-8") for s in shingle_set])
        hashes[article_id] = minhash
        lsh.insert(article_id, minhash)
    parent = {article_id: article_id for article_id in sets}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    weakest: dict[str, float] = {}
    order = {article_id: n for n, article_id in enumerate(sets)}
    for article_id, minhash in hashes.items():
        for other in lsh.query(minhash):
            if order[other] <= order[article_id]:
                continue
            copy, share = is_copy(sets[article_id], sets[other])
            if not copy:
                continue
            a, b = root(article_id), root(other)
            low = min(share, weakest.get(a, 1.0), weakest.get(b, 1.0))
            if a != b:
                parent[max(a, b, key=order.__getitem__)] = min(a, b, key=order.__getitem__)
            weakest[root(article_id)] = low
    members: dict[str, list[str]] = {}
    for article_id in sets:
        members.setdefault(root(article_id), []).append(article_id)
    return [
        WireGroup(tuple(ids), round(weakest.get(head, 1.0), 3))
        for head, ids in members.items()
        if len(ids) > 1
    ]
