"""Score an engine on a parallel test set: sacrebleu BLEU and chrF (with their
signatures) and glossary term accuracy, per language."""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from glossary import Glossary, term_accuracy
from translate.engines.base import Engine
from translate.ingest import article_id
from translate.models import Article, Sentence
from translate.pipeline import Progress, translate_articles
from translate.store import Store

FLORES_FILES = {"nl": "nld_Latn.devtest", "de": "deu_Latn.devtest", "en": "eng_Latn.devtest"}


class TestSetError(ValueError):
    pass


@dataclass
class TestSet:
    name: str
    lang: str
    sources: list[str]
    references: list[str]
    # Sentence index ranges of the documents, so each sentence gets its own context.
    documents: list[range] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.sources) != len(self.references):
            raise TestSetError(
                f"{self.name}: {len(self.sources)} sources but {len(self.references)} references"
            )
        if not self.documents:
            self.documents = [range(len(self.sources))]


def find_flores(start: Path | None = None) -> Path:
    """``../shared/eval/flores200`` beside the checkout (or above the working folder)."""
    candidates = []
    for base in [start or Path.cwd(), Path(__file__).resolve().parent.parent]:
        candidates.extend(p / "shared" / "eval" / "flores200" for p in [base, *base.parents])
    for candidate in candidates:
        if (candidate / FLORES_FILES["en"]).is_file():
            return candidate
    raise TestSetError("FLORES-200 devtest not found (expected ../shared/eval/flores200)")


def _lines(path: Path) -> list[str]:
    try:
        return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()]
    except OSError as exc:
        raise TestSetError(f"{path}: cannot read ({exc.strerror})") from exc


def load_flores(lang: str, limit: int | None = None, root: Path | None = None) -> TestSet:
    root = root or find_flores()
    if lang not in ("nl", "de"):
        raise TestSetError(f"FLORES test sets here are nl and de, not {lang}")
    sources = _lines(root / FLORES_FILES[lang])
    references = _lines(root / FLORES_FILES["en"])
    with (root / "metadata_devtest.tsv").open(encoding="utf-8") as handle:
        urls = [row["URL"] for row in csv.DictReader(handle, delimiter="\t")]
    n = min(limit or len(sources), len(sources))
    documents: list[range] = []
    start = 0
    for i in range(1, n + 1):
        if i == n or urls[i] != urls[start]:
            documents.append(range(start, i))
            start = i
    return TestSet(f"flores200-devtest-{lang}", lang, sources[:n], references[:n], documents)


def load_files(src: Path, ref: Path, lang: str, limit: int | None = None) -> TestSet:
    sources, references = _lines(src), _lines(ref)
    if len(sources) != len(references):
        raise TestSetError(f"{src} has {len(sources)} lines but {ref} has {len(references)}")
    n = min(limit or len(sources), len(sources))
    return TestSet(f"{src.name}", lang, sources[:n], references[:n])


def load_seed_references(seeds: Path, lang: str, limit: int | None = None) -> TestSet:
    """The seeds' body sentences and their hand-written English (``*.en.tsv``).

    Each reference file line is ``source<TAB>English``; the source must still be the
    sentence the segmenter produces, so a drift is an error, not a silent misalignment.
    """
    from translate.ingest import read_article

    sources: list[str] = []
    references: list[str] = []
    documents: list[range] = []
    for ref_path in sorted(seeds.glob("*.en.tsv")):
        article = read_article(ref_path.with_name(ref_path.name.replace(".en.tsv", ".txt")))
        if article.lang != lang:
            continue
        rows = [line.split("\t") for line in _lines(ref_path) if line and not line.startswith("#")]
        for number, row in enumerate(rows, start=1):
            if len(row) != 2:
                raise TestSetError(f"{ref_path}:{number}: need source<TAB>reference")
        if [r[0] for r in rows] != [s.text for s in article.sentences]:
            raise TestSetError(f"{ref_path}: sources no longer match the article's sentences")
        start = len(sources)
        sources.extend(r[0] for r in rows)
        references.extend(r[1] for r in rows)
        documents.append(range(start, len(sources)))
    if not sources:
        raise TestSetError(f"{seeds}: no {lang} reference files (*.en.tsv)")
    if limit:
        sources, references = sources[:limit], references[:limit]
        documents = [range(d.start, min(d.stop, limit)) for d in documents if d.start < limit]
    return TestSet(f"seeds-{lang}", lang, sources, references, documents)


def articles_of(testset: TestSet) -> list[Article]:
    articles = []
    for n, doc in enumerate(testset.documents):
        sentences = tuple(Sentence(k, testset.sources[i], 0, 0) for k, i in enumerate(doc))
        text = "\n".join(s.text for s in sentences)
        articles.append(
            Article(
                id=article_id(f"{testset.name}:{n}:{text}"),
                path=f"{testset.name}#{n}",
                title="",
                lang=testset.lang,
                text=text,
                body=text,
                sentences=sentences,
            )
        )
    return articles


def evaluate(
    testset: TestSet,
    engine: Engine,
    store: Store,
    glossary: Glossary,
    enforce: bool = True,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Translate the test set (cached) and score it.

    With ``enforce`` off the glossary is not applied, only used to measure how often its
    terms come out right anyway: what the glossary adds is the difference.
    """
    import sacrebleu

    started = time.perf_counter()
    results = translate_articles(
        articles_of(testset), engine, store, glossary if enforce else None, progress=progress
    )
    seconds = time.perf_counter() - started
    hypotheses = [s.english for r in results for s in r.sentences]
    fresh = sum(1 for r in results for s in r.sentences if not s.cached)
    bleu = sacrebleu.metrics.BLEU()
    chrf = sacrebleu.metrics.CHRF()
    bleu_score = bleu.corpus_score(hypotheses, [testset.references])
    chrf_score = chrf.corpus_score(hypotheses, [testset.references])
    if enforce:
        hits = [h for r in results for s in r.sentences for h in s.hits]
    else:
        hits = [
            hit
            for source, hypothesis in zip(testset.sources, hypotheses, strict=True)
            for hit in glossary.locate(hypothesis, glossary.find(source, testset.lang))
        ]
    accuracy = term_accuracy(hits)
    return {
        "testset": testset.name,
        "lang": testset.lang,
        "sentences": len(hypotheses),
        "engine": engine.name,
        "model": engine.model_id(testset.lang),
        "glossary": glossary.version if enforce else None,
        "bleu": round(bleu_score.score, 2),
        "chrf": round(chrf_score.score, 2),
        "bleu_signature": str(bleu.get_signature()),
        "chrf_signature": str(chrf.get_signature()),
        "term_accuracy": None if accuracy is None else round(accuracy, 4),
        "term_occurrences": len(hits),
        "translated_now": fresh,
        "seconds": round(seconds, 1),
        "sentences_per_second": round(fresh / seconds, 3) if fresh and seconds else None,
        "hypotheses": hypotheses,
    }
