"""Search over the stored articles: golden cases on the seeds (tests/cases/search.json,
the labels are the test ids), the index kept as articles and translations are stored,
bad queries, the page, the API and the command."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from glossary import Glossary
from translate.config import Settings
from translate.coverage.archive_search import Request, parse, search
from translate.doubt.checks import CHECKS_VERSION
from translate.records import ArticleTranslation, SentenceTranslation, Signature
from translate.sources.ingest import parse_text, read_article
from translate.storage import correction_store
from translate.storage import search_index as index
from translate.storage.search_index import Filters, QueryError, SearchTimeout
from translate.storage.store import Store
from translate.storage.stored import save_translation

ROOT = Path(__file__).resolve().parent.parent
CASES = json.loads((ROOT / "tests" / "cases" / "search.json").read_text(encoding="utf-8"))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def numbers() -> dict[str, str]:
    """Article id -> the seed's number ("000")."""
    return {read_article(p).id: p.name[:3] for p in SEEDS}


def found(settings: Settings, glossary: Glossary, **given: str) -> list[str]:
    with Store(settings.db_path) as store:
        return [h.article_id for h in search(store, Request(**given), glossary).hits]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_seed_cases(
    case: dict[str, object], seeded_settings: Settings, glossary: Glossary, numbers: dict[str, str]
) -> None:
    given = {k: str(v) for k, v in case.items() if k not in ("label", "finds")}
    hits = found(seeded_settings, glossary, **given)
    assert sorted(numbers[a] for a in hits) == case["finds"]


def test_matches_are_marked_in_both_texts(seeded_settings: Settings, glossary: Glossary) -> None:
    with Store(seeded_settings.db_path) as store:
        results = search(store, Request("Putin", lang="nl"), glossary)
    passage = results.hits[0].passages[0]
    assert {passage.original[s:e] for s, e in passage.original_spans} == {"Poetin"}
    assert {passage.english[s:e] for s, e in passage.english_spans} == {"Putin"}
    assert all(h.story_id for h in results.hits)  # the seeds are grouped


def test_pages_and_order(seeded_settings: Settings, glossary: Glossary) -> None:
    with Store(seeded_settings.db_path) as store:
        first = search(store, Request("Putin", per_page=3), glossary)
        second = search(store, Request("Putin", per_page=3, page=2), glossary)
        newest = search(store, Request("Putin", order="date"), glossary)
    assert (first.total, first.pages, len(first.hits), len(second.hits)) == (4, 2, 3, 1)
    assert not {h.article_id for h in first.hits} & {h.article_id for h in second.hits}
    dates = [h.date for h in newest.hits]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ('"pure fictie', "not closed"),
        ("Putin AND Biden", "no operator"),
        ("Put*", "means nothing"),
        ("(Putin)", "means nothing"),
        ("a" * 10_000, "at most 500"),
        ("Putin\x00", "control character"),
        ("Putin\x1b[31m", "control character"),
        ("-Putin", "only what to leave out"),
        ("... !!", "no words"),
        ("", "no words"),
    ],
)
def test_bad_queries_say_why(query: str, says: str) -> None:
    with pytest.raises(QueryError, match=says):
        parse(query)


def test_bad_filters_say_why(seeded_settings: Settings, glossary: Glossary) -> None:
    with Store(seeded_settings.db_path) as store:
        for request, says in [
            (Request("Putin", since="yesterday"), "YYYY-MM-DD"),
            (Request("Putin", outlet="Nobody News"), "no outlet"),
            (Request("Putin", story="nope"), "no story"),
            (Request("Putin", person="Nobody"), "nobody"),
            (Request("Putin", order="random"), "relevance or date"),
        ]:
            with pytest.raises(QueryError, match=says):
                search(store, request, glossary)


def _article(n: int, text: str, lang: str = "nl") -> object:
    return parse_text(f"Bericht {n}\n{text}\n", f"made-{n}.txt", lang=lang)


def test_index_follows_what_is_stored(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        article = _article(1, "De minister sprak over de dijken.")
        store.put_articles([article])  # type: ignore[list-item]
        assert [h.article_id for h in search(store, Request("dijk"), None).hits] == [article.id]  # type: ignore[attr-defined]
        assert search(store, Request("levees"), None).total == 0
        doubted = SentenceTranslation(
            0, "De minister sprak over de dijken.", "The minister spoke about the levees.",
            False, flags=("unsure",),
        )  # fmt: skip
        english = ArticleTranslation(
            article.id, "nl", Signature("none", "test"),  # type: ignore[attr-defined]
            SentenceTranslation(-1, "Bericht 1", "Report 1", False), (doubted,), CHECKS_VERSION,
        )  # fmt: skip
        save_translation(store, english)
        hit = search(store, Request("levee"), None).hits[0]
        assert hit.passages[0].doubted and hit.passages[0].english_spans == ((29, 35),)
        with store.transaction() as db:  # the index built again holds the same
            assert index.reindex(db) == 1
        assert search(store, Request("levees"), None).total == 1
        again = dataclasses.replace(
            doubted, english="The minister spoke about the dikes.", flags=()
        )  # a translation stored again replaces what was indexed
        save_translation(store, dataclasses.replace(english, sentences=(again,)))
        assert search(store, Request("levees"), None).total == 0
        assert search(store, Request("dikes"), None).hits[0].passages[0].doubted is False
        assert search(store, Request("minister"), None).total == 1
        # A person's correction of the sentence is found at once, and marked in it.
        correction_store.correct(
            store, "nl", doubted.source, "The minister spoke of embankments.", "t"
        )
        hit = search(store, Request("embankment"), None).hits[0]
        assert hit.passages[0].english == "The minister spoke of embankments."
        assert search(store, Request("dikes"), None).total == 0


def test_a_store_made_before_search_is_indexed_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Store(path) as store:
        store.put_articles([_article(2, "Het water stond hoog.")])  # type: ignore[list-item]
    db = sqlite3.connect(path)
    db.execute("DROP TABLE search_text")
    db.execute("DROP TABLE search_docs")
    db.execute("PRAGMA user_version=8")
    db.commit()
    db.close()
    with Store(path) as store:
        assert search(store, Request("water"), None).total == 1


def test_a_search_is_stopped_after_its_time(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        store.put_articles(
            [_article(n, "Het water stond hoog in de polder. " * 20) for n in range(200)]  # type: ignore[misc]
        )
        with pytest.raises(SearchTimeout, match="stopped"):
            store.read(lambda db: index.run(db, '"water"', Filters(), False, 0, 20, -1.0))


def test_search_page_and_header(client) -> None:  # type: ignore[no-untyped-def]
    library = client.get("/")
    assert b'role="search"' in library.data and b'name="q"' in library.data
    page = client.get("/search?q=Rjabkow")
    assert page.status_code == 200
    assert b'<mark class="match">Rjabkov</mark>' in page.data
    assert b"1 article found" in page.data
    bad = client.get('/search?q="pure')
    assert bad.status_code == 400 and b"not closed" in bad.data
    assert client.get("/search?q=" + "x" * 10_000).status_code == 400
    assert client.get("/search?q=Putin&lang=xx").status_code == 400


def test_search_api(client) -> None:  # type: ignore[no-untyped-def]
    answer = client.get("/api/search?q=Putin&page=1&lang=nl")
    data = answer.get_json()
    assert answer.status_code == 200
    assert (data["total"], data["page"], data["pages"], data["next"]) == (3, 1, 1, None)
    hit = data["hits"][0]
    assert {"article_id", "story_id", "outlet", "language", "date", "passages"} <= set(hit)
    passage = hit["passages"][0]
    start, end = passage["original_spans"][0]
    assert passage["original"][start:end] == "Poetin"
    bad = client.get("/api/search?q=Putin%20OR%20Biden")
    assert bad.status_code == 400 and "no operator" in bad.get_json()["message"]


def test_search_command(cli, seeds: list[Path], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite3"
    assert cli("translate", *map(str, seeds), "--engine", "none", db=db).exit_code == 0
    result = cli("search", "Ryabkov", "--json", db=db)
    data = json.loads(result.output)
    assert data["total"] == 1 and data["hits"][0]["language"] == "nl"
    text = cli("search", "Psaki", "--lang", "de", db=db).output
    assert "[Psaki]" in text and "1 articles found" in text
    assert cli("search", "--reindex", db=db).exit_code == 0
    assert (
        cli("search", "Putin", "--since", "2024-01-01", "--json", db=db).output.count(
            '"article_id"'
        )
        == 1
    )
    bad = cli("search", '"Putin', db=db)
    assert bad.exit_code == 2 and "not closed" in bad.output


def test_story_and_person_filters(
    seeded_settings: Settings, glossary: Glossary, numbers: dict[str, str]
) -> None:
    with Store(seeded_settings.db_path) as store:
        everything = search(store, Request("Putin"), glossary)
        story = next(h.story_id for h in everything.hits if numbers[h.article_id] == "002")
        assert story is not None
        in_story = search(store, Request("Putin", story=story), glossary)
        assert {h.story_id for h in in_story.hits} == {story}
        assert "002" in {numbers[h.article_id] for h in in_story.hits}
        quoting = search(store, Request("Putin", person="Dmitry Peskov"), glossary)
        assert sorted(numbers[h.article_id] for h in quoting.hits) == ["000", "004"]
        by_name = search(store, Request("Peskov"), glossary)  # the speakers are indexed too
        assert {"000", "004"} <= {numbers[h.article_id] for h in by_name.hits}


def test_search_command_reads_a_query_that_starts_with_a_word_left_out(  # type: ignore[no-untyped-def]
    cli, seeds: list[Path], tmp_path: Path
) -> None:
    """``-word`` first is a word to leave out (as the docs say), not an unknown option;
    a query in several arguments is one query; a mistyped --option is still refused."""
    db = tmp_path / "c.sqlite3"
    assert cli("translate", *map(str, seeds), "--engine", "none", db=db).exit_code == 0
    every = json.loads(cli("search", "Putin", "--json", db=db).output)["total"]
    wanted = json.loads(cli("search", "Putin -Biden", "--json", db=db).output)["total"]
    assert 0 < wanted < every
    left = cli("search", "-Biden Putin", "--json", db=db)
    assert left.exit_code == 0, left.output
    assert json.loads(left.output)["total"] == wanted
    apart = cli("search", "-Biden", "Putin", "--json", db=db)
    assert apart.exit_code == 0 and json.loads(apart.output)["total"] == wanted
    typo = cli("search", "Putin", "--lnag", "nl", db=db)
    assert typo.exit_code == 2 and "--lnag" in typo.output


def test_a_passage_links_to_its_sentence(client) -> None:  # type: ignore[no-untyped-def]
    """A passage found in a sentence links to that sentence on the article page (a long
    article is not read from the top to find it)."""
    hit = client.get("/api/search?q=Rjabkow").get_json()["hits"][0]
    sentence = next(p["sentence"] for p in hit["passages"] if p["sentence"] is not None)
    page = client.get("/search?q=Rjabkow").data.decode()
    link = f'href="/article/{hit["article_id"]}#s{sentence}"'
    assert link in page
    assert f'id="s{sentence}"' in client.get(f"/article/{hit['article_id']}").data.decode()


def test_a_page_past_the_last_leads_back_to_the_last(app, client) -> None:  # type: ignore[no-untyped-def]
    """Past the last page of results, "Previous page" is the last page (it was the page
    before the one asked for: as empty, and as far past the end)."""
    with Store(app.config["SETTINGS"].db_path) as store:
        store.put_articles([_article(n, "De dijkgraaf keek naar de zeewering.") for n in range(25)])  # type: ignore[misc]
    page = client.get("/search?q=zeewering&page=9").data.decode()
    assert "There is no page 9 of these results." in page
    assert 'rel="prev" href="/search?page=2&amp;q=zeewering"' in page


def test_search_command_says_a_page_past_the_last_is_none(  # type: ignore[no-untyped-def]
    cli, seeds: list[Path], tmp_path: Path
) -> None:
    """It said "-- 3 articles found (all shown)" over nothing, or "(page 99 of 11)"."""
    db = tmp_path / "c.sqlite3"
    assert cli("translate", *map(str, seeds), "--engine", "none", db=db).exit_code == 0
    past = cli("search", "Putin", "--page", "9", db=db).output
    assert "there is no page 9: 1 in all" in past and "all shown" not in past


def test_a_page_past_the_only_page_leads_back_to_it(app, client) -> None:  # type: ignore[no-untyped-def]
    """With every result on one page, the navigation was hidden, so a page past it said
    "There is no page 7" with no way back."""
    with Store(app.config["SETTINGS"].db_path) as store:
        store.put_articles([_article(n, "De dijkgraaf keek naar de zeewering.") for n in range(3)])  # type: ignore[misc]
    page = client.get("/search?q=zeewering&page=7").data.decode()
    assert "There is no page 7 of these results." in page
    assert 'rel="prev" href="/search?page=1&amp;q=zeewering"' in page
    first = client.get("/search?q=zeewering").data.decode()
    assert 'class="pages"' not in first  # one page: no navigation
    none = client.get("/search?q=nergensvoorkomend").data.decode()
    assert 'class="pages"' not in none
