"""``newsbridge eval``: test sets, scoring with sacrebleu, reports."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
import sacrebleu

from tests.support.flores import write_flores
from translate.engines import load_engine
from translate.engines.base import Engine, Hint
from translate.pipeline.evaluate import (
    ReportError,
    check_report,
    evaluate,
    find_flores,
    flores_file,
    load_files,
    load_flores,
    load_seed_references,
    read_report,
)
from translate.pipeline.evaluate import (
    TestSetError as BadTestSet,
)
from translate.storage.codec import to_json

ROOT = Path(__file__).resolve().parent.parent


class ContextRecorder(Engine):
    """A test double that returns its input and records the context each sentence got."""

    name = "recorder"
    uses_hints = True

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.previous: dict[str, str | None] = {}

    def model_id(self, lang: str) -> str:
        return "echo-1"

    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        assert hints is not None and len(hints) == len(sentences)
        self.previous.update(
            (s, h.previous) for s, h in zip(sentences, hints, strict=True) if s.strip()
        )
        return list(sentences)


def _pair(tmp_path: Path, sources: list[str], references: list[str]) -> tuple[Path, Path]:
    src, ref = tmp_path / "test.nl", tmp_path / "test.en"
    src.write_text("\n".join(sources) + "\n", encoding="utf-8")
    ref.write_text("\n".join(references) + "\n", encoding="utf-8")
    return src, ref


@pytest.fixture
def flores(tmp_path: Path) -> Path:
    return write_flores(tmp_path / "flores200")


def test_flores_sentences_are_grouped_by_their_article(flores: Path) -> None:
    nl, de = load_flores("nl", root=flores), load_flores("de", root=flores)
    lines = (flores / flores_file("nl")).read_text(encoding="utf-8").splitlines()
    assert nl.sources == lines and nl.references[0] == "The council met on Monday."
    assert nl.references == de.references and nl.documents == de.documents
    assert [list(d) for d in nl.documents] == [[0, 1], [2, 3, 4], [5], [6, 7]]
    # --limit cuts the last article short rather than running into the next one.
    assert [list(d) for d in load_flores("nl", 4, flores).documents] == [[0, 1], [2, 3]]
    with pytest.raises(BadTestSet, match="not en"):
        load_flores("en", 5, flores)


def test_flores_context_never_crosses_an_article(settings, store, glossary, flores) -> None:
    testset = load_flores("de", root=flores)
    engine = ContextRecorder(settings)
    evaluate(testset, engine, store, glossary, enforce=False)
    firsts = {doc.start for doc in testset.documents}
    assert len(engine.previous) == len(testset.sources)
    for i, sentence in enumerate(testset.sources):
        expected = None if i in firsts else testset.sources[i - 1]
        assert engine.previous[sentence] == expected, i


def test_where_flores_is_found(flores: Path, tmp_path: Path, cli) -> None:
    assert find_flores(flores) == flores
    with pytest.raises(BadTestSet, match="no FLORES-200 devtest here"):
        find_flores(tmp_path)
    args = ("eval", "--engine", "none", "--lang", "nl", "--testset", "flores", "--json")
    found = cli(*args, "--flores-dir", str(flores))
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)["results"][0]["sentences"] == 8
    missing = cli(*args, "--flores-dir", str(tmp_path))
    assert missing.exit_code == 1 and "no FLORES-200 devtest here" in missing.output


def test_without_flores_the_error_says_where_to_get_it(monkeypatch, tmp_path: Path) -> None:
    # Neither beside the checkout given nor beside the working folder.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BadTestSet, match="--flores-dir DIR or set NEWSBRIDGE_FLORES"):
        find_flores(checkout=tmp_path / "x")


def test_the_real_flores_devtest() -> None:
    """Where the real data is (CI has ../shared), it loads whole and lines up."""
    try:
        root = find_flores()
    except BadTestSet:
        pytest.skip("FLORES-200 devtest is not beside this checkout (../shared/eval/flores200)")
    nl, de = load_flores("nl", root=root), load_flores("de", root=root)
    assert len(nl.sources) == len(de.sources) == 1012
    assert nl.references == de.references and nl.documents == de.documents
    assert [i for doc in nl.documents for i in doc] == list(range(1012))
    assert 200 < len(nl.documents) < 1012


def test_missing_test_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(BadTestSet, match=r"nld_Latn\.devtest: cannot read"):
        load_flores("nl", root=tmp_path)
    src, ref = _pair(tmp_path, ["een", "twee"], ["one"])
    with pytest.raises(BadTestSet, match=r"test\.nl has 2 lines but .*test\.en has 1"):
        load_files(src, ref, "nl")


def test_seed_references_line_up_with_the_segmenter() -> None:
    nl = load_seed_references(ROOT / "seeds", "nl")
    de = load_seed_references(ROOT / "seeds", "de")
    assert len(nl.documents) == 4 and len(de.documents) == 1
    assert len(nl.sources) == len(nl.references) > 30 and len(de.sources) > 15
    assert all(r.strip() and r != s for s, r in zip(nl.sources, nl.references, strict=True))
    limited = load_seed_references(ROOT / "seeds", "nl", limit=14)
    assert len(limited.sources) == 14 and [i for d in limited.documents for i in d] == list(
        range(14)
    )


def test_a_drifted_or_broken_reference_file_is_named_with_its_line(tmp_path: Path) -> None:
    seed = next((ROOT / "seeds").glob("000_*.txt"))
    reference = seed.with_name(seed.name.replace(".txt", ".en.tsv"))
    shutil.copy(seed, tmp_path / seed.name)
    lines = reference.read_text(encoding="utf-8").splitlines()
    target = tmp_path / reference.name

    drifted = [*lines]
    drifted[3] = "Een andere zin.\tAnother sentence."
    target.write_text("\n".join(drifted) + "\n", encoding="utf-8")
    with pytest.raises(BadTestSet, match=rf"{reference.name}:4: source is not sentence 3"):
        load_seed_references(tmp_path, "nl")

    broken = [*lines]
    broken[5] = broken[5].split("\t")[0]
    target.write_text("\n".join(broken) + "\n", encoding="utf-8")
    with pytest.raises(BadTestSet, match=rf"{reference.name}:6: need source<TAB>reference"):
        load_seed_references(tmp_path, "nl")

    target.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    with pytest.raises(BadTestSet, match=r"references for .* sentences"):
        load_seed_references(tmp_path, "nl")
    with pytest.raises(BadTestSet, match="no de reference files"):
        load_seed_references(tmp_path, "de")


def test_scores_are_sacrebleu_and_the_glossary_difference_shows(
    settings, store, glossary, tmp_path: Path
) -> None:
    sources = ["Poetin sprak dinsdag met de NAVO.", "Het regende in Den Haag."]
    references = ["Putin spoke to NATO on Tuesday.", "It rained in The Hague."]
    src, ref = _pair(tmp_path, sources, references)
    testset = load_files(src, ref, "nl")
    engine = load_engine("none", settings)

    off = evaluate(testset, engine, store, glossary, enforce=False)
    on = evaluate(testset, engine, store, glossary, enforce=True)

    assert off.outputs == sources  # the none engine returns the text as it is
    assert on.outputs[0] == "Putin sprak dinsdag met de NATO."
    for row in (off, on):
        expected = sacrebleu.corpus_bleu(row.outputs, [references])
        assert row.bleu == round(expected.score, 2)
        assert row.chrf == round(sacrebleu.corpus_chrf(row.outputs, [references]).score, 2)
        assert row.bleu_signature.startswith("nrefs:1|case:mixed|eff:no|tok:13a")
        assert row.chrf_signature.startswith("nrefs:1|case:mixed|eff:yes|nc:6")
    assert off.term_accuracy == 0.0 and off.glossary is None
    assert on.term_accuracy == 1.0 and on.glossary == glossary.version
    assert on.term_occurrences == off.term_occurrences
    assert off.term_occurrences is not None and off.term_occurrences >= 2
    assert on.bleu > off.bleu
    again = evaluate(testset, engine, store, glossary, enforce=True)
    assert again.translated_now == 0 and again.bleu == on.bleu


def test_eval_command_json_and_report(cli, tmp_path: Path) -> None:
    report = tmp_path / "reports" / "seeds.json"
    report.parent.mkdir()
    result = cli(
        "eval", "--engine", "none", "--testset", "seeds", "--json", "--report", str(report)
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [(r["testset"], r["glossary"] is not None) for r in data["results"]] == [
        ("seeds-nl", False),
        ("seeds-nl", True),
        ("seeds-de", False),
        ("seeds-de", True),
    ]
    assert all("hypotheses" not in r for r in data["results"])
    assert data["machine"] and "cores" in data["machine"]
    assert to_json(read_report(report)) == data
    assert all(r["term_accuracy"] == 1.0 for r in data["results"] if r["glossary"])

    table = cli("eval", "--engine", "none", "--testset", "seeds", "--lang", "de")
    assert table.exit_code == 0
    assert "seeds-de" in table.output and "BLEU nrefs:1" in table.output


def test_eval_command_rejects_half_a_file_pair(cli, tmp_path: Path) -> None:
    src, _ = _pair(tmp_path, ["een"], ["one"])
    result = cli("eval", "--engine", "none", "--lang", "nl", "--src", str(src))
    assert result.exit_code == 2 and "--src and --ref go together" in result.output


def test_reports_are_checked_field_by_field(tmp_path: Path) -> None:
    row = {
        "testset": "t",
        "lang": "nl",
        "sentences": 2,
        "engine": "none",
        "model": "none",
        "glossary": None,
        "bleu": 10.0,
        "chrf": 30.0,
        "bleu_signature": "s",
        "chrf_signature": "s",
        "term_accuracy": None,
    }
    good = {"created": "2026-11-23T12:00:00+00:00", "results": [row]}
    checked = check_report(good, "r")
    assert checked.results[0].bleu == 10.0 and checked.results[0].doubt is None
    with pytest.raises(ReportError, match=r"r: results\[0\]\.bleu: expected float, got str"):
        check_report({**good, "results": [{**row, "bleu": "high"}]}, "r")
    with pytest.raises(ReportError, match=r"results\[0\]\.term_accuracy"):
        check_report({**good, "results": [{**row, "term_accuracy": "all"}]}, "r")
    with pytest.raises(ReportError, match="r: results: missing"):
        check_report({"created": "x"}, "r")
    with pytest.raises(ReportError, match="r: results: expected a list"):
        check_report({"created": "x", "results": 3}, "r")
    path = tmp_path / "bad.json"
    path.write_text('{"created": "x",\n "results": [}', encoding="utf-8")
    with pytest.raises(ReportError, match=r"bad\.json:2: not JSON"):
        read_report(path)
