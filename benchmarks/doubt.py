"""How the doubt signal's "unsure" threshold trades marks for separation, on a FLORES slice.

    python benchmarks/doubt.py --lang de --start 500 --count 100 [--engine llm]

Translates FLORES devtest sentences start..start+count with the glossary (cached in the
store, so a second run is free; without second attempts, so every sentence keeps the
engine's first one), then
for several thresholds of the mean token log-probability prints the share of sentences
marked, the Spearman correlation of confidence with sentence chrF, and the mean chrF of
marked and unmarked sentences. The threshold in ``translate/doubt/probability.py``
(-0.45) was chosen this way on de 500-599, away from the first 200 sentences the quality
figures use.
"""

from __future__ import annotations

import argparse
from unittest import mock

from glossary import Glossary
from translate.config import Settings
from translate.doubt import probability
from translate.engines import choose_engine
from translate.pipeline.evaluate import (
    TestSet,
    articles_of,
    doubt_summary,
    find_flores,
    load_flores,
)
from translate.pipeline.translating import translate_articles
from translate.results import SentenceScore
from translate.storage.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="llm")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--start", type=int, default=500)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()

    import sacrebleu

    settings = Settings.from_env()
    full = load_flores(args.lang, None, find_flores(settings.flores_dir))
    end = args.start + args.count
    # The slice's FLORES documents, cut to the slice: each sentence gets the one before it
    # as context where that one is in the slice too.
    documents = [
        range(max(d.start, args.start) - args.start, min(d.stop, end) - args.start)
        for d in full.documents
        if d.start < end and d.stop > args.start
    ]
    test = TestSet(
        "slice",
        args.lang,
        full.sources[args.start : end],
        full.references[args.start : end],
        documents,
    )
    articles = articles_of(test)
    engine = choose_engine(args.engine, settings, [args.lang])
    glossary = Glossary.load_layers(settings.glossary_layers)
    with Store(settings.db_path) as store:
        translate_articles(articles, engine, store, glossary, repair=False)
    chrf = sacrebleu.metrics.CHRF()
    for threshold in (-0.35, -0.40, -0.45, -0.50, -0.55):
        # Everything is cached now: only the doubt assessment runs again.
        with (
            mock.patch.object(probability, "UNSURE_LOGPROB", threshold),
            Store(settings.db_path) as s,
        ):
            again = translate_articles(articles, engine, s, glossary, repair=False)
        done = [sentence for result in again for sentence in result.sentences]
        rows = [
            SentenceScore(
                source,
                reference,
                sentence.english,
                chrf.sentence_score(sentence.english, [reference]).score,
                sentence.confidence,
                sentence.flags,
                sentence.reasons,
                sentence.tries,
            )
            for sentence, source, reference in zip(done, test.sources, test.references, strict=True)
        ]
        summary = doubt_summary(rows)
        print(
            f"threshold {threshold:.2f}: marked {summary.flagged_share or 0:.0%}, "
            f"Spearman {summary.spearman}, chrF marked {summary.chrf_flagged} "
            f"/ unmarked {summary.chrf_unflagged}"
        )
    print(f"{len(test.sources)} sentences, {args.lang} {args.start}-{end - 1}, {engine.name}")


if __name__ == "__main__":
    main()
