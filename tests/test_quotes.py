"""Who said what: quotations and their speakers, golden cases as data
(tests/cases/quotes.json, the labels are the test ids) and the seeds."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from glossary import Glossary
from tests.conftest import ROOT
from translate.coverage.marks import quotation_spans
from translate.coverage.quotations import (
    quote_json,
    quoted_speakers,
    quotes_of,
    with_english,
)
from translate.sources.ingest import parse_bytes, read_article

CASES = json.loads((ROOT / "tests" / "cases" / "quotes.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_golden_case(case: dict[str, object], glossary: Glossary) -> None:
    text = str(case["text"])
    article = parse_bytes(text.encode(), f"{case['label']}.txt", lang=str(case["lang"]))
    found = [[q.source_text, q.kind, q.speaker] for q in quotes_of(article, glossary)]
    assert found == case["quotes"]


def test_spans_point_at_the_quoted_words() -> None:
    text = 'Hij zei: „Wij gaan door“ en "niets" anders, zo\'n dag.'
    assert [text[a:b] for a, b in quotation_spans(text)] == ["Wij gaan door", "niets"]


def test_a_speaker_is_tied_to_the_glossary_entry(glossary: Glossary) -> None:
    text = 'Overleg\nMOSKOU (ANP) - "Dat is uitgesloten", zei onderminister Sergej Rjabkov.'
    (quote,) = quotes_of(parse_bytes(text.encode(), "r.txt", lang="nl"), glossary)
    assert (quote.speaker, quote.speaker_id) == ("Sergei Ryabkov", "sergei-ryabkov")
    assert quote.speaker_source == "onderminister Sergej Rjabkov"


def _seed_quotes(seeds: list[Path], glossary: Glossary) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    for path in seeds:
        article = read_article(path)
        quotes = quotes_of(article, glossary)
        for quote in quotes:  # a quotation lies inside the body, never in removed clutter
            first = article.sentences[quote.sentence]
            assert first.start <= quote.start < quote.end <= article.sentences[-1].end + 1
            assert not any(quote.source_text in r.text for r in article.removed)
        for speaker, said in quoted_speakers(quotes).items():
            found.setdefault(speaker, {})[path.name[:3]] = [q.source_text for q in said]
    return found


def test_the_seeds_quote_peskov_and_psaki_across_outlets_and_languages(
    seeds: list[Path], glossary: Glossary
) -> None:
    found = _seed_quotes(seeds, glossary)
    assert {"000", "004"} <= set(found["Dmitry Peskov"])
    assert "pure fictie" in found["Dmitry Peskov"]["004"]
    assert "strategisch verlies" in found["Dmitry Peskov"]["004"]  # "de Kremlinwoordvoerder"
    assert set(found["Jen Psaki"]) == {"000", "002"}  # her Dutch and German quotations
    assert found["Sergei Ryabkov"]["001"][0] == "Dat is compleet uitgesloten"
    assert "roekeloze of agressieve" in found["Antony Blinken"]["003"]


def test_the_quotes_command_gives_speakers_english_and_carriers(cli, seeds, tmp_path) -> None:
    psaki = [str(p) for p in seeds if p.name[:3] in ("000", "002")]
    assert cli("translate", *psaki, "--engine", "none").exit_code == 0
    result = cli("quotes", *psaki, "--person", "Psaki", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["quotes"]
    assert {Path(r["path"]).name[:3] for r in rows} == {"000", "002"}
    assert all(r["speaker"] == "Jen Psaki" and r["speaker_id"] == "jen-psaki" for r in rows)
    assert all(r["english"] for r in rows)  # the none engine keeps the quotation marks
    assert all(r["carriers"] == [r["article_id"]] for r in rows)  # two different statements
    # The same words carried by two outlets are one quotation with two carriers.
    copy = tmp_path / "copy.txt"
    copy.write_text(
        "Kirby over Rusland\n\nWASHINGTON (ANP) - Volgens Pentagon-woordvoerder John Kirby is "
        'Rusland "actief aan het werk een voorwendsel te creëren voor een mogelijke inval."\n',
        encoding="utf-8",
    )
    both = json.loads(cli("quotes", str(seeds[0]), str(copy), "--person", "kirby", "--json").stdout)
    (first, second) = both["quotes"]
    assert first["carriers"] == second["carriers"] == [first["article_id"], second["article_id"]]


def _speaker_benchmark():  # type: ignore[no-untyped-def]
    import importlib.util
    import sys

    path = ROOT / "benchmarks" / "quotes_speakers.py"
    spec = importlib.util.spec_from_file_location("quotes_speakers", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("quotes_speakers", module)
    spec.loader.exec_module(module)
    return module


def test_the_seeds_speakers_against_the_gold(glossary: Glossary) -> None:
    """Precision first: every speaker given on the seeds is the gold's; most are given."""
    bench = _speaker_benchmark()
    gold = json.loads(bench.GOLD.read_text(encoding="utf-8"))
    seeds = bench.score_seeds(gold["seeds"], glossary, review=False)
    assert seeds["speaker precision"] == 1.0 and seeds["from clutter"] == 0
    assert seeds["speaker recall"] >= 0.8


def test_the_flores_speakers_against_the_gold(glossary: Glossary) -> None:
    bench = _speaker_benchmark()
    if not bench.FLORES.is_dir():
        pytest.skip("FLORES-200 is not beside this checkout (../shared/eval)")
    gold = json.loads(bench.GOLD.read_text(encoding="utf-8"))
    for lang in ("nl", "de"):
        result = bench.score_flores(lang, gold["flores"], glossary, review=False)
        assert result["speaker precision"] >= 0.95, (lang, result["wrong"])
        assert result["quotation recall"] >= 0.9


@pytest.mark.parametrize(
    ("lang", "text", "cue"),
    [
        ("de", "Gespräche\n„Wir reden weiter“, sagte Anna Keller am Montag.", "sagte"),
        ("nl", 'Overleg\nHet Witte Huis liet weten: "We steunen het plan."', "liet weten"),
        ("nl", 'Overleg\nHet plan is "onhaalbaar", aldus Pieter de Groot.', "aldus"),
        ("de", "Gespräche\nDie Lage sei „äußerst schwierig“.", None),
    ],
)
def test_each_quotation_has_its_cue_as_in_the_original(
    lang: str, text: str, cue: str | None, glossary: Glossary
) -> None:
    (quote,) = quotes_of(parse_bytes(text.encode(), "c.txt", lang=lang), glossary)
    assert quote.cue == cue
    assert quote_json(with_english([quote], None)[0])["cue"] == cue


def test_a_sentence_is_read_for_its_speaker_once(
    glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many quotations looking back at the same sentence for its speaker read it once
    (issue 35: nearly every word quoted made finding quotations quadratic)."""
    from translate.coverage.speakers import Speakers

    read: list[int] = []
    real = Speakers.subject_of

    def counted(self: Speakers, sentence: object, alone: bool = False) -> object:
        if alone:  # looking back for the subject of a pronoun
            read.append(sentence.index)  # type: ignore[attr-defined]
        return real(self, sentence, alone)  # type: ignore[arg-type]

    monkeypatch.setattr(Speakers, "subject_of", counted)
    body = "Het regende. Hij zei: „ja“ " + "en zei hij: „nee“ " * 99 + "klaar."
    text = f"Overleg\n{body}"
    quotes = quotes_of(parse_bytes(text.encode(), "q.txt", lang="nl"), glossary)
    assert len(quotes) == 100
    assert len(read) == len(set(read))


def test_a_story_not_stored_is_said_before_any_quotation_is_computed(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``quotes --story TYPO`` computed every stale article's quotations first (minutes
    on a large archive after a glossary edit), then said there was no such story."""
    computed: list[int] = []

    def counting(store: object, articles: list[object], glossary: object) -> int:
        computed.append(len(articles))
        return 0

    module = sys.modules["translate.cli.quotes"]  # (the package's ``quotes`` is the command)
    monkeypatch.setattr(module, "store_quotes", counting)
    monkeypatch.setattr(module, "stale_articles", lambda *_a: [object()])
    result = cli("quotes", "--story", "0123456789abcdef", db=tmp_path / "q.sqlite3")
    assert result.exit_code == 2 and "no story 0123456789abcdef" in result.output
    assert computed == []
