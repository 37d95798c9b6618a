"""Stored quotations (computed by the CLI and the worker), the person pages, the Quotes
block of story and compare pages, and ``/api/quotes``."""

from __future__ import annotations

import json
from pathlib import Path

from glossary import Glossary
from translate.coverage import quotations as quotes_module
from translate.coverage.carried import same_quotation
from translate.coverage.quotations import stale_articles, store_quotes
from translate.sources.ingest import parse_bytes, read_article
from translate.storage.store import Store

KIRBY = (
    "Kirby over Rusland\n\nWASHINGTON (ANP) - Volgens Pentagon-woordvoerder John Kirby is "
    'Rusland "actief aan het werk een voorwendsel te creëren voor een mogelijke inval."\n'
)


def _ids(seeds: list[Path]) -> dict[str, str]:
    return {p.name[:3]: read_article(p).id for p in seeds}


def test_the_seeds_quotations_are_stored_by_speaker(seeded_settings, seeds) -> None:
    ids = _ids(seeds)
    with Store(seeded_settings.db_path) as store:
        peskov = store.quotations.by_speaker("dmitry-peskov")
        psaki = store.quotations.by_speaker("jen-psaki")
        speakers = {key: n for key, _name, n, _reported in store.quotations.speakers()}
    assert {ids["000"], ids["004"]} <= {q.quote.article_id for q in peskov}
    assert {q.quote.article_id for q in psaki} == {ids["000"], ids["002"]}
    assert all(q.english for q in psaki)  # the none engine keeps the quotation marks
    assert speakers["dmitry-peskov"] == len(peskov)
    assert all(q.carriers[0] == q.quote.article_id for q in peskov)


def test_carriers_follow_an_article_that_joins_and_one_that_changes(
    tmp_path, seeds, glossary: Glossary
) -> None:
    first = read_article(seeds[0])
    copy = parse_bytes(KIRBY.encode(), "copy.txt")
    with Store(tmp_path / "s.sqlite3") as store:
        store.put_articles([first, copy])
        store_quotes(store, [first], glossary)
        store_quotes(store, [copy], glossary)
        kirby = store.quotations.by_speaker("john-kirby")
        assert len(kirby) == 2
        assert all(q.carriers[0] == q.quote.article_id for q in kirby)
        assert all(set(q.carriers) == {first.id, copy.id} for q in kirby)
        # The copy's quotation changes: the first article no longer shares it.
        other = parse_bytes(KIRBY.replace("mogelijke inval", "wandeling").encode(), "copy.txt")
        changed = _as_article(store, other, copy.id, glossary)
        store.put_quotes(copy.id, changed, quotes_module.made_with(glossary, None), same_quotation)
        found = store.quotations.by_speaker("john-kirby")
        kirby = {q.quote.article_id: q for q in found}
        assert kirby[first.id].carriers == (first.id,)
        assert kirby[copy.id].carriers == (copy.id,)
        # Stored again unchanged: nothing doubles.
        store_quotes(store, [first], glossary)
        assert len(store.quotations.by_speaker("john-kirby")) == 2


def _as_article(store, article, as_id, glossary):
    """``article``'s quotations as if they were those of article ``as_id``."""
    import dataclasses

    found = quotes_module.with_english(quotes_module.quotes_of(article, glossary), None)
    return [
        dataclasses.replace(q, quote=dataclasses.replace(q.quote, article_id=as_id)) for q in found
    ]


def test_quotations_are_stale_when_the_glossary_changes(
    tmp_path, seeds, glossary: Glossary
) -> None:
    article = read_article(seeds[0])
    with Store(tmp_path / "s.sqlite3") as store:
        store.put_articles([article])
        assert [a.id for a in stale_articles(store, glossary)] == [article.id]
        store_quotes(store, [article], glossary)
        assert stale_articles(store, glossary) == []
        assert [a.id for a in stale_articles(store, None)] == [article.id]


def test_the_person_page_lists_psakis_dutch_and_german_quotes(client, seeds) -> None:
    ids = _ids(seeds)
    page = client.get("/people/jen-psaki")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "<h1>Jen Psaki</h1>" in html
    assert f"/article/{ids['000']}#s" in html and f"/article/{ids['002']}#s" in html
    assert 'lang="nl"' in html and 'lang="de"' in html
    peskov = client.get("/people/dmitry-peskov").get_data(as_text=True)
    assert "pure fictie" in peskov and f"/article/{ids['004']}#s" in peskov
    assert client.get("/people/nobody-at-all").status_code == 404
    # An organisation the glossary keeps under another id now: the old link leads there.
    merged = client.get("/people/european-union")
    assert merged.status_code == 301 and merged.headers["Location"].endswith("/people/eu")
    people = client.get("/people").get_data(as_text=True)
    assert 'href="/people/jen-psaki"' in people and 'href="/people/dmitry-peskov"' in people


def test_names_link_to_their_persons_page(client, seeds) -> None:
    ids = _ids(seeds)
    article = client.get(f"/article/{ids['000']}").get_data(as_text=True)
    assert '<a class="person" href="/people/dmitry-peskov"><mark' in article
    story = client.get(f"/story/{ids['000']}").get_data(as_text=True)
    assert '<h2 id="quotes-h">Quotes</h2>' in story
    assert '<a class="person" href="/people/jen-psaki">Jen Psaki</a>' in story
    compare = client.get(f"/compare/{ids['000']}/{ids['002']}").get_data(as_text=True)
    assert '<a class="person" href="/people/jen-psaki">Jen Psaki</a>' in compare


def test_pages_compute_no_quotation(client, seeds, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a request computed quotations")

    monkeypatch.setattr(quotes_module, "quotes_of", refuse)
    ids = _ids(seeds)
    for url in ("/people", "/people/jen-psaki", f"/article/{ids['000']}", f"/story/{ids['000']}",
                "/api/quotes?person=Jen%20Psaki"):  # fmt: skip
        assert client.get(url).status_code == 200, url


def test_the_api_pages_through_quotations(client, seeds) -> None:
    ids = _ids(seeds)
    everything = client.get("/api/quotes?per_page=500").get_json()
    total = everything["total"]
    assert total == len(everything["quotes"]) > 10
    first = client.get("/api/quotes?per_page=5").get_json()
    assert first["pages"] == -(-total // 5) and len(first["quotes"]) == 5
    second = client.get(first["next"]).get_json()
    assert second["page"] == 2 and second["quotes"][0] == everything["quotes"][5]
    psaki = client.get("/api/quotes?person=jen-psaki").get_json()["quotes"]
    assert {q["article_id"] for q in psaki} == {ids["000"], ids["002"]}
    assert psaki == client.get("/api/quotes?person=JEN PSAKI").get_json()["quotes"]
    assert psaki == client.get("/api/quotes?person=psaki").get_json()["quotes"]  # as the CLI
    assert client.get("/api/quotes?person=saki").status_code == 404  # whole words only
    row = psaki[0]
    assert {"article_id", "speaker", "speaker_id", "kind", "source_text", "english",
            "carriers", "outlet"} <= set(row)  # fmt: skip
    one = client.get(f"/api/quotes?article={ids['002']}").get_json()["quotes"]
    assert {q["article_id"] for q in one} == {ids["002"]}
    assert client.get("/api/quotes?person=nobody").status_code == 404
    assert client.get("/api/quotes?page=0").status_code == 400
    assert client.get("/api/quotes?story=0000000000000000").status_code == 404


def test_the_cli_reads_stored_quotations_and_brings_stale_ones_up_to_date(cli, seeds) -> None:
    assert cli("translate", str(seeds[0]), str(seeds[2]), "--engine", "none").exit_code == 0
    result = cli("quotes", "--person", "jen-psaki", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["quotes"]
    assert {r["speaker"] for r in rows} == {"Jen Psaki"} and len(rows) >= 2
    assert all(r["path"] is None for r in rows)  # stored articles, not files


def test_peskovs_reported_statements_are_apart_from_his_quotations(client, seeds) -> None:
    ids = _ids(seeds)
    html = client.get("/people/dmitry-peskov").get_data(as_text=True)
    quoted, _, reported = html.partition("Reported by the outlets, not quoted")
    assert "pure fictie" in quoted and reported
    assert "storende" in reported and "nog geen concrete plannen om Trump te bellen" in reported
    assert "the outlet&#39;s paraphrase" in reported or "the outlet's paraphrase" in reported
    rows = client.get("/api/quotes?person=dmitry-peskov&kind=reported").get_json()["quotes"]
    assert rows and {r["kind"] for r in rows} == {"reported"}
    assert {ids["000"], ids["004"]} <= {r["article_id"] for r in rows}
    assert all(r["carried_as"][r["article_id"]] == "reported" for r in rows)
    full = client.get("/api/quotes?person=dmitry-peskov&kind=full").get_json()["quotes"]
    assert full and {r["kind"] for r in full} == {"full"}
    assert client.get("/api/quotes?kind=other").status_code == 400
