"""Wire copies: one agency text carried by several outlets, lightly edited.

Two sites printing the same ANP or dpa story are not two outlets reporting the same
thing; coverage must count such a text once. Bodies are compared as sets of word
4-shingles (lowercased, punctuation dropped). datasketch's MinHash LSH finds the
candidate pairs without comparing every pair; each candidate is then checked exactly:
two articles are copies when the shingles they share cover at least ``MIN_CONTAINMENT``
of the shorter one (a trimmed last paragraph or an added one keeps a copy a copy) and
at least ``MIN_JACCARD`` of both together. Groups are joined only through such verified
pairs, strongest first, and only when the groups' first carriers are copies of each other
too: A~B and B~C (both copies of one text) make one text, but a copy that added a
paragraph of another story does not join the two stories.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from translate.records import Article
from translate.results import WireCopy, WireText

SHINGLE = 4
NUM_PERM = 128
LSH_THRESHOLD = 0.1  # candidates (recall); the exact check below decides (precision)
MIN_CONTAINMENT = 0.45
MIN_JACCARD = 0.1
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


def word_count(text: str) -> int:
    """Words as the shingles count them (a hyphenated word is two)."""
    return len(_WORD.findall(text))


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
        article_id: shingles(body) for article_id, body in bodies if word_count(body) >= MIN_WORDS
    }
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes = {}
    # The permutations of seed 1 made once, not again for every article (0.3 s of the
    # 1.1 s of 1,400 made-up articles): the same hash values.
    seeded = MinHash(num_perm=NUM_PERM, seed=1)
    for article_id, shingle_set in sets.items():
        minhash = MinHash(
            num_perm=NUM_PERM, seed=1, permutations=seeded.permutations, scheme=seeded.scheme
        )
        minhash.update_batch([s.encode("utf-8") for s in shingle_set])
        hashes[article_id] = minhash
        lsh.insert(article_id, minhash)
    parent = {article_id: article_id for article_id in sets}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Every verified pair, the strongest first: a copy joins the text it shares most with.
    pairs = []
    order = {article_id: n for n, article_id in enumerate(sets)}
    for article_id, minhash in hashes.items():
        for other in lsh.query(minhash):
            if order[other] <= order[article_id]:
                continue
            copy, share = is_copy(sets[article_id], sets[other])
            if copy:
                pairs.append((-share, order[article_id], order[other], article_id, other))
    pairs.sort()
    weakest: dict[str, float] = {}
    for negative, _, _, article_id, other in pairs:
        a, b = root(article_id), root(other)
        # Two groups are one text only when their first carriers are copies of each other:
        # a copy that added a paragraph of another story does not join the two stories.
        if a == b or not is_copy(sets[a], sets[b])[0]:
            continue
        head, tail = sorted((a, b), key=order.__getitem__)
        parent[tail] = head
        weakest[head] = min(-negative, weakest.get(a, 1.0), weakest.get(b, 1.0))
    members: dict[str, list[str]] = {}
    for article_id in sets:
        members.setdefault(root(article_id), []).append(article_id)
    return [
        WireGroup(tuple(ids), round(weakest.get(head, 1.0), 3))
        for head, ids in members.items()
        if len(ids) > 1
    ]


def first_carried(articles: Sequence[Article]) -> list[Article]:
    """Earliest published first (undated last), else in the order given: the first of a
    group is the one the others are taken to copy."""
    order = sorted(range(len(articles)), key=lambda i: (articles[i].published or "9999", i))
    return [articles[i] for i in order]


def wire_texts(articles: Sequence[Article]) -> list[WireText]:
    """The texts these articles carry more than once, each with what every copy changed
    (sentence by sentence, against the first carrier)."""
    ordered = first_carried(articles)
    by_id = {a.id: a for a in ordered}
    found = []
    for group in wire_groups([(a.id, a.body) for a in ordered]):
        first = by_id[group.first]
        found.append(
            WireText(
                _carrier(first),
                tuple(_carrier(by_id[i], first) for i in group.ids[1:]),
                group.similarity,
            )
        )
    return found


def _carrier(article: Article, first: Article | None = None) -> WireCopy:
    removed: list[str] = []
    added: list[str] = []
    if first is not None:
        a = [s.text for s in first.sentences]
        b = [s.text for s in article.sentences]
        # Compared by their words: a copy desk's changed comma or full stop is no change.
        words_a = [" ".join(_WORD.findall(t.lower())) for t in a]
        words_b = [" ".join(_WORD.findall(t.lower())) for t in b]
        matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                removed.extend(a[i1:i2])
                added.extend(b[j1:j2])
    return WireCopy(
        article.id, article.title, article.outlet, article.published, tuple(removed), tuple(added)
    )
