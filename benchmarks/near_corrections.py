"""The threshold of near matches (``translate.coverage.near.NEAR``): how often a copy
desk's small change is offered the correction, and how often a different sentence is.

    python benchmarks/near_corrections.py [--seed 7]

Sentences: FLORES-200 devtest (nl and de) and the seed articles. For each sentence of
five words or more, one edit as a copy desk makes it (a number changed where it has one,
else one word replaced by a word of another sentence, one word dropped, or one word
added): these should be offered. Against them, each sentence's closest *other* sentence
of the same language (the hardest pair of different sentences the corpus has): these
should not. Two words replaced (a heavier edit) are measured beside them, to show where
the threshold stops offering. Prints, per threshold, the share of edits offered (recall)
and the number of different sentences that would be offered (false offers).
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import time
from pathlib import Path

import record

from translate.config import Settings
from translate.coverage.near import NEAR, folded
from translate.pipeline.evaluate import find_flores, load_flores
from translate.sources.ingest import read_article

THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def edited(words: list[str], pool: list[str], rng: random.Random) -> tuple[str, list[str]]:
    numbers = [i for i, w in enumerate(words) if re.search(r"\d", w)]
    copy = list(words)
    if numbers:
        i = rng.choice(numbers)
        copy[i] = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), copy[i])
        return "number", copy
    kind = rng.choice(["word", "drop", "add"])
    i = rng.randrange(len(copy))
    if kind == "word":
        copy[i] = rng.choice(pool)
    elif kind == "drop":
        del copy[i]
    else:
        copy.insert(i, rng.choice(pool))
    return kind, copy


def ratio(a: list[str], b: list[str]) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def closest_others(sentences: list[list[str]]) -> list[float]:
    """Each sentence's likeness to its closest other (distinct) sentence, where it is
    0.5 or more (the rest cannot reach any threshold above)."""
    by_word: dict[str, set[int]] = {}
    for n, words in enumerate(sentences):
        for word in set(words):
            by_word.setdefault(word, set()).add(n)
    best = []
    for n, words in enumerate(sentences):
        shared: dict[int, int] = {}
        for word in set(words):
            for m in by_word[word]:
                if m != n:
                    shared[m] = shared.get(m, 0) + 1
        top = 0.0
        for m, count in shared.items():
            if sentences[m] == words or 2 * count / (len(words) + len(sentences[m])) < 0.25:
                continue
            top = max(top, ratio(sentences[m], words))
        best.append(top)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    figures = []
    for lang in ("nl", "de"):
        texts = list(load_flores(lang, None, find_flores(Settings.from_env().flores_dir)).sources)
        for path in sorted(SEEDS.glob("*.txt")):
            article = read_article(path)
            if article.lang == lang:
                texts.extend(s.text for s in article.sentences)
        sentences = [w for w in dict.fromkeys(tuple(folded(t)) for t in texts) if len(w) >= 5]
        sentences_l = [list(s) for s in sentences]
        pool = [w for s in sentences_l for w in s]
        started = time.perf_counter()
        edits = [edited(s, pool, rng) for s in sentences_l]
        scores = [(kind, ratio(s, e)) for s, (kind, e) in zip(sentences_l, edits, strict=True)]
        twice = []
        for s in sentences_l:
            copy = list(s)
            for i in rng.sample(range(len(copy)), 2):
                copy[i] = rng.choice(pool)
            twice.append(ratio(s, copy))
        others = closest_others(sentences_l)
        seconds = time.perf_counter() - started
        print(f"{lang}: {len(sentences)} sentences of 5+ words ({seconds:.1f} s)")
        print("threshold  edits offered  number  word  drop  add  two words  different offered")
        for t in THRESHOLDS:
            kinds = {k: [s >= t for kind, s in scores if kind == k] for k in
                     ("number", "word", "drop", "add")}  # fmt: skip
            share = sum(s >= t for _, s in scores) / len(scores)
            false = sum(o >= t for o in others)
            per = "  ".join(f"{sum(v) / len(v):.2f}" if v else "-" for v in kinds.values())
            mark = " <- NEAR" if t == NEAR else ""
            two = sum(s >= t for s in twice) / len(twice)
            print(f"{t:9.2f}  {share:13.3f}  {per}  {two:9.2f}  {false}{mark}")
            if t == NEAR:
                figures.append(
                    (
                        f"near matches at {NEAR}, {lang}: {len(sentences)} FLORES and seed"
                        " sentences, one copy-desk edit each",
                        f"{share:.1%} of one-word edits offered, {two:.1%} of two-word ones;"
                        f" {false} different sentences offered",
                    )
                )
    record.save("near", "benchmarks/near_corrections.py", figures)


if __name__ == "__main__":
    main()
