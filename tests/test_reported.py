"""Reported speech (``translate.coverage.reported``) and one statement quoted by one
outlet and reported by another."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from glossary import Glossary
from tests.conftest import ROOT
from translate.coverage.carried import carriers
from translate.coverage.quotations import quotes_of
from translate.coverage.reported import reported_of
from translate.results import Quoted
from translate.sources.ingest import parse_bytes, read_article
from translate.storage.quotation_store import MadeWith

CASES = json.loads((ROOT / "tests" / "cases" / "reported.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_golden_case(case: dict[str, object], glossary: Glossary) -> None:
    article = parse_bytes(
        str(case["text"]).encode(), f"{case['label']}.txt", lang=str(case["lang"])
    )
    quotes = quotes_of(article, glossary)
    found = [[q.source_text, q.speaker, q.cue] for q in reported_of(article, glossary, quotes)]
    assert found == case["reported"]
    for q in reported_of(article, glossary, quotes):
        assert q.kind == "reported" and article.text[q.start : q.end] == q.source_text


def test_the_seeds_report_peskov_apart_from_his_quotations(
    seeds: list[Path], glossary: Glossary
) -> None:
    said: dict[str, list[str]] = {}
    for path in seeds:
        article = read_article(path)
        quotes = quotes_of(article, glossary)
        for q in reported_of(article, glossary, quotes):
            assert not any(q.source_text in r.text for r in article.removed)  # no clutter
            if q.speaker == "Dmitry Peskov":
                said.setdefault(path.name[:3], []).append(q.source_text)
    assert any(s.startswith("De diplomatieke overleggen") for s in said["000"])
    assert any(s.startswith("heeft Poetin nog geen concrete plannen") for s in said["004"])


WIRE = (
    'Overleg\nBRUSSEL (ANP) - "Wij sturen geen soldaten naar het buurland", zei minister '
    "Sanne Bakker woensdag in Brussel.\n"
)
GERMAN = (
    "Treffen\nDie niederländische Ministerin Sanne Bakker sagte am Mittwoch in Brüssel, "
    "ihr Land werde keine Soldaten in das Nachbarland schicken.\n"
)


def _pair(glossary: Glossary) -> list[Quoted]:
    wire = parse_bytes(WIRE.encode(), "wire.txt", lang="nl")
    german = parse_bytes(GERMAN.encode(), "de.txt", lang="de")
    (quote,) = quotes_of(wire, glossary)
    (report,) = reported_of(german, glossary, quotes_of(german, glossary))
    assert (quote.kind, report.kind) == ("full", "reported")
    assert quote.speaker == report.speaker == "Sanne Bakker"
    # the English the translations give (written here: no engine in this test)
    return [
        Quoted(quote, "We are not sending soldiers to the neighbouring country", False),
        Quoted(
            report,
            "Dutch minister Sanne Bakker said on Wednesday in Brussels that her country "
            "would not send soldiers to the neighbouring country.",
            False,
        ),
    ]


def test_a_quoted_and_a_reported_statement_are_one_with_both_carriers(
    glossary: Glossary,
) -> None:
    quoted, reported = carriers(_pair(glossary))
    ids = (quoted.quote.article_id, reported.quote.article_id)
    assert quoted.carriers == reported.carriers == ids
    assert quoted.carried_as == {ids[0]: "full", ids[1]: "reported"}
    other = dataclasses.replace(
        reported, english="She said the budget would be presented in the spring."
    )
    assert carriers([quoted, other])[0].carriers == (ids[0],)  # another statement of hers


def test_the_store_keeps_how_each_article_carries_it(store, glossary: Glossary) -> None:  # type: ignore[no-untyped-def]
    from translate.coverage.carried import same_quotation

    quoted, reported = _pair(glossary)
    made = MadeWith("q", "g", None)
    store.put_quotes(quoted.quote.article_id, [quoted], made, same_quotation)
    store.put_quotes(reported.quote.article_id, [reported], made, same_quotation)
    found = store.quotations.of_articles([quoted.quote.article_id, reported.quote.article_id])
    ids = (quoted.quote.article_id, reported.quote.article_id)
    for article_id in ids:
        (one,) = found[article_id]
        assert set(one.carriers) == set(ids)
        assert one.carried_as == {ids[0]: "full", ids[1]: "reported"}


def test_the_story_page_shows_one_statement_with_how_each_outlet_carries_it(
    store, glossary: Glossary, app
) -> None:  # type: ignore[no-untyped-def]
    from web.people_view import quotes_block

    quoted, reported = _pair(glossary)
    wire = dataclasses.replace(parse_bytes(WIRE.encode(), "wire.txt", lang="nl"), outlet="ANP")
    german = dataclasses.replace(
        parse_bytes(GERMAN.encode(), "de.txt", lang="de"), outlet="euronews"
    )
    store.put_articles([wire, german])
    made = MadeWith("q", "g", None)
    from translate.coverage.carried import same_quotation

    store.put_quotes(wire.id, [quoted], made, same_quotation)
    store.put_quotes(german.id, [reported], made, same_quotation)
    block = quotes_block(store, [wire, german])
    (speaker,) = block.speakers
    (row,) = speaker.rows  # one statement, not one row per article
    assert row.carried_line == "quoted by ANP, reported by euronews"
    with app.test_request_context():
        html = app.jinja_env.from_string(
            "{% import 'macros.html' as m %}{{ m.quotes_block(q) }}"
        ).render(q=block)
    assert "<strong>Sanne Bakker</strong>: quoted by ANP, reported by euronews" in html
    assert html.count('class="statement"') == 1
    assert "Reported by euronews: the outlet's paraphrase" in html
    assert "Reported, not quoted" not in html  # ANP quotes it
    # the person's page says the same of each article's row
    from web.people_view import person_data

    _name, _total, stories = person_data(store, row.key or "")
    lines = {r.carried_line for story in stories for r in story.rows}
    assert lines == {"quoted by ANP, reported by euronews"}


ENGLISH_CASES = [
    # (language, article text, the sentence's English, the span's English or None)
    (
        "nl",
        "Brug\nDe gesprekken over de nieuwe brug zijn zonder resultaat geëindigd, zegt "
        "wethouder Marieke van Dam.",
        "The talks about the new bridge ended without result, says alderman Marieke van Dam.",
        "The talks about the new bridge ended without result",
    ),
    (
        "nl",
        "Haven\nHavenchef Pieter de Groot sprak dinsdag. Volgens Pieter de Groot wordt de "
        "nieuwe terminal pas in 2030 geopend.",
        "According to Pieter de Groot, the new terminal will not open until 2030.",
        "the new terminal will not open until 2030",
    ),
    (
        "de",
        "Stadtrat\nBürgermeisterin Anna Keller sagte am Montag, es gebe keine Pläne für eine "
        "neue Steuer.",
        "Mayor Anna Keller said on Monday that there were no plans for a new tax.",
        "there were no plans for a new tax",
    ),
    (
        "de",
        "Stadtrat\nBürgermeisterin Anna Keller sagte am Montag, es gebe keine Pläne für eine "
        "neue Steuer.",
        "On Monday the mayor, Anna Keller, ruled out new taxes.",  # no cue to cut at
        None,
    ),
]


@pytest.mark.parametrize("lang,text,sentence,span", ENGLISH_CASES)
def test_the_span_gets_its_own_english_where_it_can_be_cut(
    glossary: Glossary, lang: str, text: str, sentence: str, span: str | None
) -> None:
    from types import SimpleNamespace

    from translate.coverage.reported import reported_with_english

    article = parse_bytes(text.encode(), "x.txt", lang=lang)
    found = reported_of(article, glossary, quotes_of(article, glossary))
    assert len(found) == 1
    english = {s.index: SimpleNamespace(english=sentence, flags=()) for s in article.sentences}
    translation = SimpleNamespace(sentences=list(english.values()))
    for s, e in zip(article.sentences, translation.sentences, strict=True):
        e.index = s.index
    (item,) = reported_with_english(found, translation, article)  # type: ignore[arg-type]
    assert item.english == (span if span is not None else sentence)
    assert item.english_of == ("span" if span is not None else "sentence")


def test_a_statement_going_on_is_one_row_with_the_english_of_its_sentences(
    glossary: Glossary,
) -> None:
    from types import SimpleNamespace

    from translate.coverage.reported import reported_with_english

    text = (
        "Stadtrat\nBürgermeisterin Anna Keller sagte am Montag, es gebe keine Pläne für eine "
        "neue Steuer. Sie werde den Haushalt im Frühjahr vorlegen.\n"
    )
    article = parse_bytes(text.encode(), "x.txt", lang="de")
    (found,) = reported_of(article, glossary, quotes_of(article, glossary))
    assert (found.sentence, found.last_sentence) == (0, 1)
    assert article.text[found.start : found.end] == found.source_text
    englishes = [
        "Mayor Anna Keller said on Monday that there were no plans for a new tax.",
        "She would present the budget in the spring.",
    ]
    translation = SimpleNamespace(
        sentences=[
            SimpleNamespace(index=s.index, english=e, flags=("x",) if s.index else ())
            for s, e in zip(article.sentences, englishes, strict=True)
        ]
    )
    (item,) = reported_with_english([found], translation, article)  # type: ignore[arg-type]
    assert item.english == (
        "there were no plans for a new tax. She would present the budget in the spring."
    )
    assert item.doubtful  # the second sentence's doubt counts


def test_an_account_is_resumed_only_from_a_statement_with_a_speaker() -> None:
    from translate.coverage.reported_bridge import resumed

    article = parse_bytes(
        "Brücke\nDie Stadt teilte mit, die Brücke werde gesperrt. Der Verkehr fließt über die "
        "Umgehungsstraße. Die Sperrung solle bis zum Herbst dauern.\n".encode(),
        "bridge.txt",
        lang="de",
    )
    quotes = quotes_of(article)
    found = reported_of(article, None, quotes)
    assert [q.speaker for q in found] == [None]  # "Die Stadt": no name, nothing resumed
    last = dataclasses.replace(found[0], speaker="Anna Keller")
    sentence = article.sentences[-1]
    assert resumed(article, sentence, last, [], [last], "sagte") == ("Anna Keller", None)
    assert resumed(article, sentence, found[0], [], found, "sagte") is None
    # the sentence between with a source of its own ("fließt" read as one here)
    assert resumed(article, sentence, last, [], [last], "fließt") is None
