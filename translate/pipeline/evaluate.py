"""Score an engine on a parallel test set: sacrebleu BLEU and chrF (with their
signatures) and glossary term accuracy, per language."""

from __future__ import annotations

import csv
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from glossary import Glossary, term_accuracy
from translate.config import CHECKOUT
from translate.doubt.stats import flag_counts, spearman
from translate.engines.base import Engine
from translate.pipeline.translating import Progress, Runner, run_here, translate_articles
from translate.records import Article, Sentence
from translate.results import DoubtSummary, EvalReport, EvalResult, SentenceScore
from translate.sources.ingest import article_id
from translate.storage.codec import ShapeError, from_json
from translate.storage.store import Store
from translate.vocab import SOURCE_LANGS, TARGET_LANG, languages


def flores_file(lang: str) -> str:
    """The FLORES-200 devtest file of ``lang`` (its module names the file's stem)."""
    stem = languages.get(lang).flores
    if stem is None:
        raise TestSetError(f"no FLORES-200 test set for {lang}")
    return f"{stem}.devtest"


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


def find_flores(folder: Path | None = None, checkout: Path | None = CHECKOUT) -> Path:
    """The FLORES-200 devtest folder: ``folder`` when given (``--flores-dir`` or
    ``Settings.flores_dir``), else ``../shared/eval/flores200`` beside the checkout or the
    working folder."""
    if folder is not None:
        if not (folder / flores_file(TARGET_LANG)).is_file():
            raise TestSetError(f"{folder}: no FLORES-200 devtest here ({flores_file(TARGET_LANG)})")
        return folder
    for base in (checkout, Path.cwd()):
        if base is None:
            continue  # an installed package: no checkout to look beside
        candidate = base.parent / "shared" / "eval" / "flores200"
        if (candidate / flores_file(TARGET_LANG)).is_file():
            return candidate
    raise TestSetError(
        "FLORES-200 devtest not found: give --flores-dir DIR or set NEWSBRIDGE_FLORES to a"
        " folder with nld_Latn.devtest, deu_Latn.devtest, eng_Latn.devtest and"
        " metadata_devtest.tsv (the devtest split of FLORES-200, facebookresearch/flores on"
        " GitHub, CC BY-SA 4.0); or evaluate on the seeds with --testset seeds"
    )


def _lines(path: Path) -> list[str]:
    try:
        return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()]
    except OSError as exc:
        raise TestSetError(f"{path}: cannot read ({exc.strerror})") from exc


def load_flores(lang: str, limit: int | None = None, root: Path | None = None) -> TestSet:
    root = root or find_flores()
    if lang not in SOURCE_LANGS:
        raise TestSetError(f"FLORES test sets here are {' and '.join(SOURCE_LANGS)}, not {lang}")
    sources = _lines(root / flores_file(lang))
    references = _lines(root / flores_file(TARGET_LANG))
    urls = [
        row["URL"] for row in csv.DictReader(_lines(root / "metadata_devtest.tsv"), delimiter="\t")
    ]
    if len(urls) < len(sources):
        raise TestSetError(f"{root / 'metadata_devtest.tsv'}: fewer rows than {flores_file(lang)}")
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
    from translate.sources.ingest import read_article

    sources: list[str] = []
    references: list[str] = []
    documents: list[range] = []
    for ref_path in sorted(seeds.glob("*.en.tsv")):
        article = read_article(ref_path.with_name(ref_path.name.replace(".en.tsv", ".txt")))
        if article.lang != lang:
            continue
        numbered: list[tuple[int, list[str]]] = []
        for number, line in enumerate(_lines(ref_path), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            row = line.split("\t")
            if len(row) != 2 or not all(part.strip() for part in row):
                raise TestSetError(f"{ref_path}:{number}: need source<TAB>reference")
            numbered.append((number, row))
        expected = [s.text for s in article.sentences]
        for k, (number, row) in enumerate(numbered):
            if k >= len(expected) or row[0] != expected[k]:
                raise TestSetError(
                    f"{ref_path}:{number}: source is not sentence {k + 1} of "
                    f"{article.path} as the segmenter splits it now"
                )
        if len(numbered) < len(expected):
            raise TestSetError(
                f"{ref_path}: {len(numbered)} references for {len(expected)} sentences of "
                f"{article.path}"
            )
        rows = [row for _, row in numbered]
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
    runner: Runner = run_here,
) -> EvalResult:
    """Translate the test set (cached; ``runner``: where the engine runs) and score it.

    With ``enforce`` off the glossary is not applied, only used to measure how often its
    terms come out right anyway: what the glossary adds is the difference.
    """
    import sacrebleu

    started = time.perf_counter()
    results = translate_articles(
        articles_of(testset),
        engine,
        store,
        glossary if enforce else None,
        progress=progress,
        runner=runner,
        people=False,  # the engine is scored, not the people's corrections
    )
    seconds = time.perf_counter() - started
    done = [s for r in results for s in r.sentences]
    hypotheses = [s.english for s in done]
    fresh = sum(1 for s in done if not s.cached)
    bleu = sacrebleu.BLEU()
    chrf = sacrebleu.CHRF()
    bleu_score = bleu.corpus_score(hypotheses, [testset.references])
    chrf_score = chrf.corpus_score(hypotheses, [testset.references])
    per_sentence = tuple(
        SentenceScore(
            testset.sources[n],
            testset.references[n],
            s.english,
            round(chrf.sentence_score(s.english, [testset.references[n]]).score, 2),
            s.confidence,
            s.flags,
            s.reasons,
            s.tries,
        )
        for n, s in enumerate(done)
    )
    if enforce:
        hits = [h for r in results for s in r.sentences for h in s.hits]
    else:
        hits = [
            hit
            for source, hypothesis in zip(testset.sources, hypotheses, strict=True)
            for hit in glossary.locate(hypothesis, glossary.find(source, testset.lang))
        ]
    accuracy = term_accuracy(hits)
    return EvalResult(
        testset=testset.name,
        lang=testset.lang,
        sentences=len(hypotheses),
        engine=engine.name,
        model=engine.model_id(testset.lang),
        glossary=glossary.version if enforce else None,
        bleu=round(bleu_score.score, 2),
        chrf=round(chrf_score.score, 2),
        bleu_signature=str(bleu.get_signature()),
        chrf_signature=str(chrf.get_signature()),
        term_accuracy=None if accuracy is None else round(accuracy, 4),
        term_occurrences=len(hits),
        translated_now=fresh,
        seconds=round(seconds, 1),
        sentences_per_second=round(fresh / seconds, 3) if fresh and seconds else None,
        doubt=doubt_summary(per_sentence),
        per_sentence=per_sentence,
    )


def doubt_summary(rows: Sequence[SentenceScore]) -> DoubtSummary:
    """How well the doubt signal tells bad sentences from good ones: Spearman correlation
    of confidence with sentence chrF, the share flagged, and the mean chrF of flagged and
    unflagged sentences."""
    scored = [r for r in rows if r.confidence is not None]
    flagged = [r.chrf for r in scored if r.flags]
    clean = [r.chrf for r in scored if not r.flags]
    rho = spearman([r.confidence or 0.0 for r in scored], [r.chrf for r in scored])
    return DoubtSummary(
        spearman=None if rho is None else round(rho, 3),
        flagged=len(flagged),
        flagged_share=round(len(flagged) / len(scored), 3) if scored else None,
        chrf_flagged=round(sum(flagged) / len(flagged), 2) if flagged else None,
        chrf_unflagged=round(sum(clean) / len(clean), 2) if clean else None,
        repaired=sum(1 for r in scored if r.tries > 1),
        flags=dict(flag_counts(r.flags for r in scored).most_common()),
    )


def machine() -> str:
    """The machine a figure was measured on, in words: processor, cores, memory, system."""
    import os
    import platform

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    try:
        ram = f", {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        ram = ""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {cores} cores{ram}, {system}, Python {platform.python_version()}"


class ReportError(ValueError):
    pass


def check_report(data: Any, origin: str) -> EvalReport:
    """The eval report ``data`` is; else ReportError naming ``origin`` and the field."""
    try:
        return from_json(EvalReport, data)
    except ShapeError as exc:
        where = str(exc).removeprefix(EvalReport.__name__).lstrip(".")
        raise ReportError(f"{origin}: {where}") from None


def read_report(path: Path, origin: str | None = None) -> EvalReport:
    """An eval report saved with ``newsbridge eval --report``, checked. Errors name
    ``origin`` (default: the path)."""
    import json

    origin = origin or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"{origin}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ReportError(f"{origin}: not UTF-8 text") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportError(f"{origin}:{exc.lineno}: not JSON ({exc.msg})") from exc
    return check_report(data, origin)


@dataclass(frozen=True)
class NameScore:
    """How many of a text's names and titles came out in their English form."""

    lang: str
    rendered: int
    total: int
    missing: tuple[str, ...]
    english: str

    @property
    def share(self) -> float:
        return self.rendered / self.total if self.total else 0.0


def score_names(
    title: str,
    text: str,
    names: Sequence[str],
    lang: str,
    engine: Engine,
    store: Store,
    glossary: Glossary | None,
) -> NameScore:
    """Translate one article (title and text) and count the ``names`` (English forms, one
    per occurrence) its English holds; see ``tests/cases/names.json``."""
    from glossary.accuracy import rendered
    from translate.sources.ingest import parse_bytes

    article = parse_bytes(f"{title}\n\n{text}\n".encode(), f"names-{lang}.txt", lang=lang)
    (result,) = translate_articles([article], engine, store, glossary, people=False)
    english = "\n".join([result.title.english, *(s.english for s in result.sentences)])
    found, missing = rendered(english, names)
    return NameScore(lang, found, len(names), tuple(missing), english)
