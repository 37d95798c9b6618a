"""Align the sentences of two articles (in English) with difflib.

Each sentence becomes a sequence of normalised word tokens. Two sentences are compared
with ``difflib.SequenceMatcher`` on those tokens: the mean of ``ratio`` (words in the same
order) and ``quick_ratio`` (the same words in any order, since outlets reorder clauses),
with the cheap upper bound ``real_quick_ratio`` to skip hopeless pairs, and with the
overlap of their named entities as a second signal. A one-to-one assignment
(the Hungarian method) then pairs sentences so that the total score is highest, instead
of every sentence grabbing its best match. A sentence that one outlet split in two is
caught afterwards: an unpaired neighbour joins a pair when it raises the pair's score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

import snowballstemmer

from translate.budget import check
from translate.results import AlignSettings, Difference, MatchSpan
from translate.vocab import FUNCTION_WORDS, TARGET_LANG, Label, languages

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into about over after
    before between during under against than then so that this these those there here it
    its is are was were be been being has have had do does did will would could should can
    may might must shall not no nor also too very just only he she they we you i him her
    them us our their his hers my your who whom whose which what when where why how all any
    both each few more most other some such own same said says say according""".split()
)
_TOKEN = re.compile(r"\w+(?:['’.-]\w+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]{2,120})[\"“”„«»]")
_MONTHS = (
    "january february march april may june july august september october november december"
).split()


# Words are matched on their Snowball (Porter 2) stems, so that two forms of one word meet
# ("elections" and "election", "announced" and "announcement", "nominated" and
# "nominations"): two translations of one sentence rarely pick the same form. Numbers are
# matched whole.
_STEMMER = snowballstemmer.stemmer(languages.get(TARGET_LANG).stemmer or "english")


@lru_cache(maxsize=65536)
def _key(norm: str) -> str:
    return norm if norm.isdigit() else _STEMMER.stemWord(norm)


@dataclass(frozen=True)
class Token:
    norm: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """What the aligner matches: the word's stem (a number whole)."""
        return _key(self.norm)


@dataclass(frozen=True)
class Side:
    """One sentence as the aligner sees it."""

    text: str
    tokens: tuple[Token, ...]
    entities: frozenset[str] = frozenset()

    @property
    def norms(self) -> list[str]:
        return [t.norm for t in self.tokens]

    @cached_property
    def keys(self) -> list[str]:
        """What the aligner matches, word by word (computed once: every pair reads it)."""
        return [t.key for t in self.tokens]


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def tokens(text: str, lang: str = TARGET_LANG) -> tuple[Token, ...]:
    """The words of a sentence that can link it, normalised. ``lang``: the language the
    text is in, when it was left untranslated (engine ``none``): its function words
    (Dutch de, en, van) link nothing either."""
    skip = FUNCTION_WORDS.get(lang, frozenset())
    out = []
    for m in _TOKEN.finditer(text):
        norm = _stem(m.group(0))
        if norm in STOPWORDS or m.group(0).lower() in skip:
            continue
        if _NUMBER.fullmatch(norm):
            norm = re.sub(r"[.,]", "", norm)
        out.append(Token(norm, m.start(), m.end()))
    return tuple(out)


def side(text: str, entities: Sequence[str] = (), lang: str = TARGET_LANG) -> Side:
    return Side(text, tokens(text, lang), frozenset(entities))


@dataclass
class Pair:
    a: list[int]
    b: list[int]
    score: float
    label: Label  # shared or partial
    a_spans: list[MatchSpan] = field(default_factory=list)
    b_spans: list[MatchSpan] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    common: list[str] = field(default_factory=list)  # words beyond names both sides have


@dataclass
class Alignment:
    pairs: list[Pair]
    only_a: list[int]
    only_b: list[int]
    size_a: int
    size_b: int
    settings: AlignSettings

    @property
    def overlap(self) -> float:
        """Share of all sentences (both articles) that the other article also reports."""
        total = self.size_a + self.size_b
        if total == 0:
            return 0.0
        matched = sum(len(p.a) + len(p.b) for p in self.pairs)
        return matched / total

    def labels_a(self) -> list[Label]:
        return self._labels(self.size_a, "a")

    def labels_b(self) -> list[Label]:
        return self._labels(self.size_b, "b")

    def _labels(self, size: int, which: str) -> list[Label]:
        labels = [Label.ONLY] * size
        for pair in self.pairs:
            for i in getattr(pair, which):
                labels[i] = pair.label
        return labels


# Words beyond names that a pair must share to be labelled "shared" (one makes it partial).
MIN_SHARED_WORDS = 2
_OPENERS = (".", "!", "?", ":", '"', "“", "„", "«", "(")


def _name_keys(side: Side) -> set[str]:
    """Keys of the names in a sentence: its glossary entities, and capitalised words that
    do not open the sentence (names the glossary does not have)."""
    names = {t.key for entity in side.entities for t in tokens(entity)}
    for t in side.tokens:
        word = side.text[t.start : t.end]
        before = side.text[: t.start].rstrip()
        if word[:1].isupper() and before and not before.endswith(_OPENERS):
            names.add(t.key)
    return names


def shared_content(a: Sequence[Side], b: Sequence[Side]) -> set[str]:
    """The words both sides have that are not names (nor stop words), matched by key and
    given as side ``a`` writes them."""
    right = {t.key for s in b for t in s.tokens}
    names = set().union(*(_name_keys(s) for s in (*a, *b)))
    common: dict[str, str] = {}
    for t in (t for s in a for t in s.tokens):
        if t.key in right and t.key not in names:
            common.setdefault(t.key, t.norm)
    return set(common.values())


def _entity_overlap(a: Side, b: Side) -> float | None:
    """Share of the names in common, when both sentences name someone or something.
    One side's names alone say little: the other translation may have spelled them
    differently or put a pronoun."""
    if not a.entities or not b.entities:
        return None
    return len(a.entities & b.entities) / len(a.entities | b.entities)


def _combine(ratio: float, entities: float | None, settings: AlignSettings) -> float:
    if entities is None:
        return ratio
    return (1 - settings.entity_weight) * ratio + settings.entity_weight * entities


def score_matrix(
    a: Sequence[Side], b: Sequence[Side], settings: AlignSettings
) -> list[list[float]]:
    """Scores of every pair; pairs whose upper bound is below ``partial`` score 0."""
    matrix = [[0.0] * len(b) for _ in a]
    matcher = SequenceMatcher(autojunk=False)
    for j, right in enumerate(b):
        check()
        matcher.set_seq2(right.keys)
        for i, left in enumerate(a):
            matcher.set_seq1(left.keys)
            entities = _entity_overlap(left, right)
            # Both bounds hold for the blend too: ratio <= quick_ratio <= real_quick_ratio.
            if _combine(matcher.real_quick_ratio(), entities, settings) < settings.partial:
                continue
            quick = matcher.quick_ratio()
            if _combine(quick, entities, settings) < settings.partial:
                continue
            matrix[i][j] = _combine((matcher.ratio() + quick) / 2, entities, settings)
    return matrix


def _pair_score(a: Sequence[Side], b: Sequence[Side], settings: AlignSettings) -> float:
    left = Side(
        " ".join(s.text for s in a),
        tuple(t for s in a for t in s.tokens),
        frozenset().union(*(s.entities for s in a)),
    )
    right = Side(
        " ".join(s.text for s in b),
        tuple(t for s in b for t in s.tokens),
        frozenset().union(*(s.entities for s in b)),
    )
    matcher = SequenceMatcher(None, left.keys, right.keys, autojunk=False)
    text = (matcher.ratio() + matcher.quick_ratio()) / 2
    return _combine(text, _entity_overlap(left, right), settings)


def _spans(
    a: Sequence[Side], ai: list[int], b: Sequence[Side], bi: list[int]
) -> tuple[list[MatchSpan], list[MatchSpan]]:
    left = [(i, t) for i in ai for t in a[i].tokens]
    right = [(j, t) for j in bi for t in b[j].tokens]
    matcher = SequenceMatcher(
        None, [t.key for _, t in left], [t.key for _, t in right], autojunk=False
    )
    a_spans, b_spans = [], []
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            i, ta = left[block.a + k]
            j, tb = right[block.b + k]
            a_spans.append((i, ta.start, ta.end))
            b_spans.append((j, tb.start, tb.end))
    return _merge_spans(a_spans, a), _merge_spans(b_spans, b)


def _merge_spans(spans: list[MatchSpan], sides: Sequence[Side]) -> list[MatchSpan]:
    """Join spans of neighbouring matched words ("White House" rather than two spans)."""
    merged: list[MatchSpan] = []
    for sentence, start, end in sorted(spans):
        if merged and merged[-1][0] == sentence:
            gap = sides[sentence].text[merged[-1][2] : start]
            if not gap.strip() or all(w.lower() in STOPWORDS for w in _TOKEN.findall(gap)):
                merged[-1] = (sentence, merged[-1][1], end)
                continue
        merged.append((sentence, start, end))
    return merged


def facts(text: str, entities: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Numbers, dates, names and quoted words of a sentence, for spotting differences."""
    lowered = text.lower()
    numbers = {re.sub(r"[.,](?=\d{3}\b)", "", n) for n in _NUMBER.findall(text)}
    dates = {m for m in _MONTHS if re.search(rf"\b{m}\b", lowered)}
    days = {
        d
        for d in (["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
        if re.search(rf"\b{d}\b", lowered)
    }
    names = set(entities)
    for m in re.finditer(r"(?<=\w )[A-Z][a-z]+(?: [A-Z][a-z]+)*", text):
        if not entities:
            names.add(m.group(0))
    quoted = {q.strip().lower() for q in _QUOTED.findall(text) if len(q.split()) <= 6}
    return {"number": numbers, "date": dates | days, "name": names, "quote": quoted}


def differences(
    a_text: str,
    b_text: str,
    a_entities: frozenset[str] = frozenset(),
    b_entities: frozenset[str] = frozenset(),
) -> list[Difference]:
    left, right = facts(a_text, a_entities), facts(b_text, b_entities)
    found = []
    for kind in ("number", "date", "name", "quote"):
        only_a, only_b = sorted(left[kind] - right[kind]), sorted(right[kind] - left[kind])
        if only_a or only_b:
            found.append(Difference(kind, tuple(only_a), tuple(only_b)))
    return found


# Words (tokens) of an article compared at most. Scoring two sentences costs up to the
# product of their words (difflib on a sentence of one word repeated), so the matrix's
# work is bounded by the square of the words compared, not only of the sentences: 6000
# (about 230 sentences of news, 26 words each) keeps the worst case, one name repeated,
# to a few seconds in the worker (docs/coverage.md).
MAX_COMPARED_WORDS = 6000


def compared(sides: Sequence[Side], max_sentences: int | None) -> int:
    """How many of the leading ``sides`` are compared: at most ``max_sentences`` (None: no
    limit) and ``MAX_COMPARED_WORDS`` words in all (at least the first sentence)."""
    words = 0
    for n, s in enumerate(sides[:max_sentences]):
        words += len(s.tokens)
        if words > MAX_COMPARED_WORDS and n > 0:
            return n
    return len(sides[:max_sentences])


def align(a: Sequence[Side], b: Sequence[Side], settings: AlignSettings | None = None) -> Alignment:
    """Pair the sentences of ``a`` and ``b``; label each shared, partial or only-in-one."""
    settings = settings or AlignSettings()
    if not a or not b:
        return Alignment([], list(range(len(a))), list(range(len(b))), len(a), len(b), settings)
    from scipy.optimize import linear_sum_assignment

    matrix = score_matrix(a, b, settings)
    rows, cols = linear_sum_assignment([[-x for x in row] for row in matrix])
    groups = [
        ([int(i)], [int(j)], matrix[i][j])
        for i, j in zip(rows, cols, strict=True)
        if matrix[i][j] >= settings.partial
    ]
    groups = _absorb_splits(a, b, groups, settings)
    pairs = []
    for ai, bi, score in sorted(groups, key=lambda g: (g[0][0], g[1][0])):
        common = shared_content([a[i] for i in ai], [b[j] for j in bi])
        if not common:
            continue  # a name alone (or names and function words) is no shared statement
        if len(common) < MIN_SHARED_WORDS and score < settings.one_word:
            continue  # one word in common links only sentences that are close otherwise
        # Precision first: "shared" needs the score and at least two words beyond names.
        strong = score >= settings.shared and len(common) >= MIN_SHARED_WORDS
        label = Label.SHARED if strong else Label.PARTIAL
        a_spans, b_spans = _spans(a, ai, b, bi)
        diff = differences(
            " ".join(a[i].text for i in ai),
            " ".join(b[j].text for j in bi),
            frozenset().union(*(a[i].entities for i in ai)),
            frozenset().union(*(b[j].entities for j in bi)),
        )
        pairs.append(Pair(ai, bi, score, label, a_spans, b_spans, diff, sorted(common)))
    used_a = {i for p in pairs for i in p.a}
    used_b = {j for p in pairs for j in p.b}
    return Alignment(
        pairs,
        [i for i in range(len(a)) if i not in used_a],
        [j for j in range(len(b)) if j not in used_b],
        len(a),
        len(b),
        settings,
    )


def _absorb_splits(
    a: Sequence[Side],
    b: Sequence[Side],
    groups: list[tuple[list[int], list[int], float]],
    settings: AlignSettings,
) -> list[tuple[list[int], list[int], float]]:
    """Let an unpaired sentence join its neighbour's pair when that raises the score."""
    changed = True
    while changed:
        changed = False
        used_a = {i for g in groups for i in g[0]}
        used_b = {j for g in groups for j in g[1]}
        for n, (ai, bi, score) in enumerate(groups):
            options = []
            for j in (min(bi) - 1, max(bi) + 1):
                if 0 <= j < len(b) and j not in used_b:
                    new_b = sorted([*bi, j])
                    options.append(
                        (
                            _pair_score([a[i] for i in ai], [b[k] for k in new_b], settings),
                            ai,
                            new_b,
                        )
                    )
            for i in (min(ai) - 1, max(ai) + 1):
                if 0 <= i < len(a) and i not in used_a:
                    new_a = sorted([*ai, i])
                    options.append(
                        (
                            _pair_score([a[k] for k in new_a], [b[k] for k in bi], settings),
                            new_a,
                            bi,
                        )
                    )
            if not options:
                continue
            best = max(options, key=lambda o: o[0])
            if best[0] >= score + settings.merge_gain:
                groups[n] = (best[1], best[2], best[0])
                changed = True
                break
    return groups
