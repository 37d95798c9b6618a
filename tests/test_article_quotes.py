"""The article page's "Who said what": the article's quotations and reported statements by
speaker, reported ones apart and labelled as the outlet's paraphrase, each speaker linking
their page; the same rows the API gives for the article, no speaker it does not give; no
block where the article quotes and reports nobody."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markupsafe import escape

from translate.sources.ingest import read_article

PARAPHRASE = "the outlet's paraphrase"


def _article_id(seeds: list[Path], number: str) -> str:
    return read_article(next(p for p in seeds if p.name.startswith(number))).id


def _block(html: str) -> str:
    """The page's quotes block, from its opening tag to its end."""
    found = re.search(r'<section class="quotes-block".*?</section>', html, re.S)
    assert found, "no quotes block"
    return found.group(0)


def _items(block: str) -> dict[str, tuple[str, str, str]]:
    """Speaker name -> (the link, what is quoted, what is reported) of their item."""
    speakers = block.partition("<details>")[0]
    parts = re.split(r'<li><a class="person" href="([^"]*)">([^<]+)</a>', speakers)
    found = {}
    for href, name, item in zip(parts[1::3], parts[2::3], parts[3::3], strict=True):
        quoted, _, reported = item.partition('<li class="reported-head">Reported here, not quoted:')
        found[name] = (href, quoted, reported)
    return found


def _link(row: dict[str, Any]) -> str:
    """The block's link to the sentence a row stands in ("sentence 3", the 0-based #s2)."""
    return f'<a href="#s{row["sentence"]}">sentence {row["sentence"] + 1}</a>'


def _api_rows(client, article_id: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    answer = client.get(f"/api/quotes?article={article_id}&per_page=500").get_json()
    assert answer["pages"] == 1
    return answer["quotes"]


def test_the_article_page_shows_quotations_and_reported_speech_apart(client, seeds) -> None:  # type: ignore[no-untyped-def]
    # 004: Peskov quoted ("pure fictie") and reported ("Volgens Peskov heeft Poetin …").
    article_id = _article_id(seeds, "004")
    html = client.get(f"/article/{article_id}").get_data(as_text=True)
    block = _block(html)
    assert '<h2 id="quotes-h">Who said what</h2>' in block
    assert '<a href="#quotes-h">who said what</a>' in html  # from the header
    rows = _api_rows(client, article_id)
    items = _items(block)
    # Exactly the speakers the extractor gave, by the name it gave.
    assert set(items) == {r["speaker"] for r in rows if r["speaker"]}
    for name, (href, quoted, reported) in items.items():
        mine = [r for r in rows if r["speaker"] == name]
        said = [r for r in mine if r["kind"] != "reported"]
        told = [r for r in mine if r["kind"] == "reported"]
        for r in said:
            assert str(escape(r["source_text"])) in quoted, (name, r["source_text"])
            assert f"{_link(r)} · {r['kind']}" in quoted
        for r in told:
            assert str(escape(r["source_text"])) in reported, (name, r["source_text"])
            assert str(escape(r["source_text"])) not in quoted, (name, r["source_text"])
            assert f"{_link(r)} · reported" in reported
        # Every paraphrase labelled as the outlet's, and none of the quotations.
        assert PARAPHRASE not in quoted
        pairs = reported.count('class="quote-pair reported"')
        assert reported.count(PARAPHRASE) == pairs == len(told)
        assert ("Reported by ANP: " + PARAPHRASE) in reported or not told
        # The speaker's page is where the link goes, and it names them.
        person = client.get(href)
        assert person.status_code == 200, href
        assert f"<h1>{escape(name)}</h1>" in person.get_data(as_text=True)
    href, quoted, reported = items["Dmitry Peskov"]
    assert href == "/people/dmitry-peskov"
    assert "pure fictie" in quoted
    assert "heeft Poetin nog geen concrete plannen om Trump te bellen" in reported
    said = sum(1 for r in rows if r["speaker"] == "Dmitry Peskov" and r["kind"] != "reported")
    told = sum(1 for r in rows if r["speaker"] == "Dmitry Peskov" and r["kind"] == "reported")
    assert f"Dmitry Peskov</a>, {said} quotations and {told} reported statements\n" in block
    # What has no sure speaker is apart, given to nobody.
    nobody = [r for r in rows if not r["speaker"]]
    assert nobody
    unsure = block.partition("<details>")[2]
    counted = f"{len(nobody)} quotation{'' if len(nobody) == 1 else 's'}"
    assert f"{counted} without a sure speaker" in unsure
    for r in nobody:
        assert str(escape(r["source_text"])) in unsure
        assert _link(r) in unsure
    # The sentence links land on the article's rows.
    assert all(f'<tr id="s{r["sentence"]}"' in html for r in rows)


def test_an_article_of_a_story_of_one_shows_its_reported_speech(client, seeds) -> None:  # type: ignore[no-untyped-def]
    # 000 (Peskov: '…, zegt Dmitri Peskov'): the reported statement is on the article page
    # too, labelled with the reporting words, not among his quotations.
    html = client.get(f"/article/{_article_id(seeds, '000')}").get_data(as_text=True)
    _href, quoted, reported = _items(_block(html))["Dmitry Peskov"]
    assert "De diplomatieke overleggen tussen de VS, Europa en Rusland" in reported
    assert "De diplomatieke overleggen" not in quoted
    assert f"Reported by ANP: {PARAPHRASE} (“zegt”), not the speaker's own words." in reported


def test_an_article_that_quotes_nobody_has_no_block(client, cli, seeded_settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "stalling.txt"
    text.write_text(
        "Nieuwe fietsenstalling bij station Utrecht\n\n"
        "De gemeente Utrecht opent maandag een nieuwe fietsenstalling bij het station. "
        "De stalling biedt plaats aan drieduizend fietsen. De bouw duurde twee jaar.\n",
        encoding="utf-8",
    )
    db = seeded_settings.db_path
    assert cli("ingest", str(text), "--lang", "nl", db=db).exit_code == 0
    assert cli("translate", "--engine", "none", str(text), db=db).exit_code == 0
    article_id = read_article(text).id
    assert _api_rows(client, article_id) == []
    html = client.get(f"/article/{article_id}").get_data(as_text=True)
    assert "De stalling biedt plaats" in html  # the article itself is there
    assert "quotes-block" not in html
    assert "Who said what" not in html and "who said what" not in html


def test_each_statement_says_how_other_articles_carry_it(client, seeded_settings, glossary) -> None:  # type: ignore[no-untyped-def]
    # A wire story quotes minister Sanne Bakker (ANP), a German article reports the same
    # statement (euronews): each article's page says so of its own row.
    import dataclasses

    from tests.test_reported import GERMAN, WIRE, _pair
    from translate.coverage.carried import same_quotation
    from translate.sources.ingest import parse_bytes
    from translate.storage.quotation_store import MadeWith
    from translate.storage.store import Store

    quoted, reported = _pair(glossary)
    wire = parse_bytes(WIRE.encode(), "wire.txt", lang="nl")
    german = parse_bytes(GERMAN.encode(), "de.txt", lang="de")
    with Store(seeded_settings.db_path) as store:
        store.put_articles(
            [
                dataclasses.replace(wire, outlet="ANP"),
                dataclasses.replace(german, outlet="euronews"),
            ]
        )
        made = MadeWith("q", "g", None)
        store.put_quotes(wire.id, [quoted], made, same_quotation)
        store.put_quotes(german.id, [reported], made, same_quotation)
    line = "quoted by ANP, reported by euronews"
    _href, said, told = _items(_block(client.get(f"/article/{wire.id}").get_data(as_text=True)))[
        "Sanne Bakker"
    ]
    assert f"{_link({'sentence': 0})} · full · {line}</span>" in said
    assert "Wij sturen geen soldaten naar het buurland" in said and not told
    page = client.get(f"/article/{german.id}").get_data(as_text=True)
    assert "Sanne Bakker</a>, 1 reported statement\n" in page
    _href, said, told = _items(_block(page))["Sanne Bakker"]
    assert 'class="statement"' not in said  # this article only reports it
    assert f"{_link({'sentence': 0})} · reported · {line}</span>" in told
    assert f"Reported by euronews: {PARAPHRASE} (“sagte”), not the speaker's own words." in told
