"""Story grouping and sentence alignment measured on FLORES-200 devtest.

    python benchmarks/flores_coverage.py --engine llm --sentences 200
    python benchmarks/flores_coverage.py --engine none            # all 281 articles

FLORES gives each of its 281 articles in Dutch and in German, sentence by sentence, so
the truth is known: the Dutch article i and the German article i are one story, and
sentence k of one is sentence k of the other. Both sides are translated (cached in the
store, so a second run is fast) and then:

(a) grouping: for each Dutch article, is its German rendering the best match among all
    German articles (accuracy), and does average-linkage grouping put exactly that pair
    together;
(b) alignment: precision and recall of the true sentence pairs;
(c) partial coverage: 30% of the sentences dropped at random from each side (seed 0),
    then F1 of the "reported by both" and "only in one" labels.

With ``--sentences N`` only the articles that lie wholly in the first N sentences are
used (the llm engine needs about 5 s a sentence on 2 cores).
"""

from __future__ import annotations

import argparse
import random
import time

import record

from glossary import Glossary
from translate.config import Settings
from translate.coverage.align import align
from translate.coverage.docs import Doc, sides
from translate.coverage.stories import group_stories, pair_scores
from translate.engines import choose_engine
from translate.pipeline.evaluate import articles_of, load_flores
from translate.pipeline.translating import translate_articles
from translate.results import StorySettings
from translate.storage.store import Store
from translate.vocab import Label


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="none")
    parser.add_argument("--sentences", type=int, default=None, help="first N sentences only")
    parser.add_argument("--drop", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    settings = Settings.from_env()
    store = Store(settings.db_path)
    glossary = Glossary.load_layers(settings.glossary_layers)
    engine = choose_engine(args.engine, settings, ["nl", "de"])
    started = time.perf_counter()
    docs: dict[str, list[Doc]] = {}
    for lang in ("nl", "de"):
        testset = load_flores(lang, args.sentences)
        # Keep whole articles only: the last one may be cut at the limit.
        full = load_flores(lang)
        whole = [d for d in testset.documents if d in full.documents]
        testset.documents = whole
        articles = articles_of(testset)
        results = translate_articles(articles, engine, store, glossary)
        docs[lang] = [Doc(a, r) for a, r in zip(articles, results, strict=True)]
    translated = time.perf_counter() - started
    n = len(docs["nl"])
    print(
        f"engine {engine.name}; {n} article pairs "
        f"({sum(len(d.article.sentences) for d in docs['nl'])} sentences a side); "
        f"translation {translated:.0f} s (cached work is free)"
    )

    started = time.perf_counter()
    everything = docs["nl"] + docs["de"]
    scores, _evidence = pair_scores(everything, StorySettings())
    best = sum(1 for i in range(n) if max(range(n), key=lambda j: scores[i][n + j]) == i)
    grouping = group_stories(everything, StorySettings())
    wanted = {frozenset((docs["nl"][i].article.id, docs["de"][i].article.id)) for i in range(n)}
    exact = sum(1 for g in grouping.groups if frozenset(g.articles) in wanted)
    story_of = {d.article.id: i for i in range(n) for d in (docs["nl"][i], docs["de"][i])}
    mixed = sum(1 for g in grouping.groups if len({story_of[a] for a in g.articles}) > 1)
    alone = sum(1 for g in grouping.groups if len(g.articles) == 1)
    print(
        f"(a) grouping: best match is the true rendering for {best}/{n} = {best / n:.1%}; "
        f"exactly the pair grouped for {exact}/{n} = {exact / n:.1%}; "
        f"{mixed} groups join different articles, {alone} articles alone"
    )

    tp = fp = fn = 0
    for nl, de in zip(docs["nl"], docs["de"], strict=True):
        result = align(sides(nl), sides(de))
        found = {(i, j) for p in result.pairs for i in p.a for j in p.b}
        truth = {(k, k) for k in range(len(nl.article.sentences))}
        tp += len(found & truth)
        fp += len(found - truth)
        fn += len(truth - found)
    print(
        f"(b) alignment: precision {tp / max(1, tp + fp):.1%}, recall {tp / max(1, tp + fn):.1%} "
        f"({tp} of {tp + fn} true pairs)"
    )

    rng = random.Random(args.seed)
    # Shared or partly shared counts as "the other reports it".
    label_counts = {"shared": [0, 0, 0], "only": [0, 0, 0]}  # tp, fp, fn
    for nl, de in zip(docs["nl"], docs["de"], strict=True):
        size = len(nl.article.sentences)
        keep_a = sorted(rng.sample(range(size), max(1, round(size * (1 - args.drop)))))
        keep_b = sorted(rng.sample(range(size), max(1, round(size * (1 - args.drop)))))
        side_a, side_b = sides(nl), sides(de)
        result = align([side_a[k] for k in keep_a], [side_b[k] for k in keep_b])
        predicted_a = ["only" if x == Label.ONLY else "shared" for x in result.labels_a()]
        predicted_b = ["only" if x == Label.ONLY else "shared" for x in result.labels_b()]
        truth_a = ["shared" if k in keep_b else "only" for k in keep_a]
        truth_b = ["shared" if k in keep_a else "only" for k in keep_b]
        for predicted, truth in ((predicted_a, truth_a), (predicted_b, truth_b)):
            for p, t in zip(predicted, truth, strict=True):
                for label, counts in label_counts.items():
                    counts[0] += p == label and t == label
                    counts[1] += p == label and t != label
                    counts[2] += p != label and t == label
    shared_f1 = f1(*label_counts["shared"])
    only_f1 = f1(*label_counts["only"])
    print(
        f"(c) partial coverage ({args.drop:.0%} dropped a side, seed {args.seed}): "
        f"F1 shared {shared_f1:.1%}, F1 only-in-one {only_f1:.1%}"
    )
    print(f"comparison time {time.perf_counter() - started:.1f} s")
    what = f"FLORES-200 devtest, {n} nl/de article pairs, engine {engine.name}"
    record.save(
        f"coverage-{engine.name}",
        f"benchmarks/flores_coverage.py --engine {engine.name}"
        + (f" --sentences {args.sentences}" if args.sentences else ""),
        [
            (
                f"{what}: best match is the true one / exact pair grouped",
                f"{best / n:.1%} / {exact / n:.1%}",
            ),
            (
                f"{what}: alignment precision / recall",
                f"{tp / max(1, tp + fp):.1%} / {tp / max(1, tp + fn):.1%} ({tp} of {tp + fn})",
            ),
            (
                f"{what}: {args.drop:.0%} dropped, F1 shared / only-in-one",
                f"{shared_f1:.1%} / {only_f1:.1%}",
            ),
        ],
    )


if __name__ == "__main__":
    main()
