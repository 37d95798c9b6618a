"""Who said what against hostile input: a paste of quotation marks, values meant to
fill an answer, and the summary of a filter that finds nothing."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from glossary import Glossary
from tests.conftest import ROOT
from translate.coverage import quotations
from translate.coverage.marks import quotation_spans
from translate.coverage.quotations import quotes_of
from translate.sources.ingest import parse_bytes


def test_the_glossary_passes_over_punctuation_at_once(glossary: Glossary) -> None:
    # Its alternation was tried at each mark: 200,000 of them took 4 s (1 MB, 40 s).
    started = time.perf_counter()
    for lang in ("de", "nl"):
        assert glossary.find('"„“«» ' * 40_000, lang) == []
    assert time.perf_counter() - started < 1.5


def test_the_glossary_finds_what_its_alternation_alone_finds(
    glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for lang, index in list(glossary._index.items()):
        fast = [glossary.find(text, lang) for text in texts]
        forms = sorted(index, key=len, reverse=True)
        plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
        monkeypatch.setitem(glossary._pattern, lang, plain)
        assert [glossary.find(text, lang) for text in texts] == fast, lang


def test_an_article_gives_at_most_max_quotations(
    glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A paste of 1 MB of quotation marks held 166,000 quotations, each read against its
    # sentence: minutes of work for `newsbridge quotes` (and a correction's request).
    monkeypatch.setattr(quotations, "MAX_QUOTATIONS", 5)
    body = " ".join(f'"Wir machen weiter {n}", sagte Hans Weber.' for n in range(12))
    article = parse_bytes(f"Viele Zitate\n\nBERLIN - {body}\n".encode(), "z.txt", lang="de")
    assert len(quotes_of(article, glossary)) == 5


def test_quotes_kind_reported_counts_reported_statements(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "k.sqlite3"
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    assert cli("translate", *seeds, "--engine", "none", db=db).exit_code == 0
    # Kirby is quoted, never reported: "0 quotations" said the wrong thing was counted.
    none = cli("quotes", "--person", "Kirby", "--kind", "reported", db=db)
    assert none.exit_code == 0, none.output
    assert none.output.strip().splitlines()[-1] == "-- 0 reported statements, 0 with a speaker"
    some = cli("quotes", "--person", "Peskov", "--kind", "reported", db=db)
    assert "quotation" not in some.output.strip().splitlines()[-1]
    # A name of 10,000 letters is named in a line, not echoed whole.
    long = cli("quotes", "--person", "x" * 10_000, db=db)
    assert long.exit_code == 1
    assert "known as 'xxxx" in long.output and len(long.output) < 300
    story = cli("quotes", "--story", "9" * 10_000, db=db)
    assert story.exit_code != 0 and len(story.output) < 400


def test_the_quotes_api_names_a_long_value_without_echoing_it(client) -> None:  # type: ignore[no-untyped-def]
    for field in ("person", "story", "article"):
        answer = client.get(f"/api/quotes?{field}={'p' * 20_000}")
        assert answer.status_code == 404
        message = answer.get_json()["message"]
        assert len(message) < 200 and message.rstrip("'").endswith("…"), (field, message)
    kind = client.get(f"/api/quotes?kind={'<script>' * 1000}")
    assert kind.status_code == 400
    assert json.loads(kind.get_data())["message"] == "kind must be full, partial or reported"


def test_quotes_reads_files_in_the_language_it_is_told(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Detection gives up on this; its error said "say which with --lang", which `quotes`
    # refused as no such option.
    path = tmp_path / "marks.txt"
    path.write_text("Zitate\n\n" + '"Ja", sagte Weber. ' * 3 + '"' * 3000 + "\n", encoding="utf-8")
    unsure = cli("quotes", str(path))
    assert unsure.exit_code == 1 and "--lang" in unsure.output
    told = cli("quotes", str(path), "--lang", "de")
    assert told.exit_code == 0, told.output
    assert told.output.strip().splitlines()[-1] == "-- 3 quotations, 3 with a speaker"


def test_marks_around_marks_alone_quote_nothing() -> None:
    # A paste of „“"«» gave 1,000 "quotations" such as '«» „', listed under no one.
    text = 'Er sagte „«» „“ und dann "…" und "Ja".'
    assert [text[a:b] for a, b in quotation_spans(text)] == ["Ja"]


def test_quotes_refuses_options_it_would_leave_unread(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed = str(sorted((ROOT / "seeds").glob("*.txt"))[0])
    both = cli("quotes", seed, "--story", "1")  # the story was ignored, the file listed
    assert both.exit_code == 2 and "give article files or --story, not both" in both.output
    stored = cli("quotes", "--lang", "de")
    assert stored.exit_code == 2 and "--lang is the language of the files given" in stored.output


def _blanked_per_match(text: str, lang: str) -> str:
    """portfolios_blanked as it was, the text rebuilt at each match (quadratic)."""
    from translate.coverage.portfolios import _pattern
    from translate.coverage.speaker_names import is_role

    pattern = _pattern(lang)
    for m in pattern.finditer(text) if pattern is not None else ():
        if is_role(m.group(1), lang):
            text = text[: m.end(1)] + " " * (m.end() - m.end(1)) + text[m.end() :]
    return text


def test_portfolios_blanked_in_one_pass_blanks_what_it_blanked() -> None:
    import random

    from translate.coverage.portfolios import portfolios_blanked

    pieces = {
        "nl": ["minister", "van", "Financiën", "Eelco", "Heinen", "en", "Justitie", "zei",
               "officier", "justitie", "Femke", "de", "Wit", "ter", "Beek", ",", "."],
        "de": ["Minister", "für", "Arbeit", "und", "Soziales", "Hubertus", "Heil", "sagte",
               "von", "der", "Leyen", "Anna", ".", ","],
    }  # fmt: skip
    rng = random.Random(20)
    for lang, words in pieces.items():
        for _ in range(300):
            text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 40)))
            assert portfolios_blanked(text, lang) == _blanked_per_match(text, lang), text
        text = "minister van Financiën Eelco Heinen zei. " * 3
        assert portfolios_blanked(text, "nl") == _blanked_per_match(text, "nl")
        assert portfolios_blanked(text, "nl") != text
