"""Outlets named right: the publisher a page names (not a feed's section title), outlets as
a thing of their own in the store, merged or renamed by the user, and stored articles
named again from their pages. Every page is served on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.site import DUTCH, GERMAN, HTML, LOOPBACK, XML, Site, rss, serve_site
from translate.sources.publisher import page_publisher
from translate.storage.outlet_store import OutletError
from translate.storage.store import Store


def _page(title: str, body: str, head: str = "") -> bytes:
    paragraphs = "".join(f"<p>{s.rstrip('.')}.</p>" for s in body.split(". "))
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body>"
        f"<article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def _og(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


def _json_ld(name: str) -> str:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "www"},
        {"@type": "NewsArticle", "headline": "x", "publisher": {"@type": "Organization",
                                                               "name": name}},
    ]}  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(graph)}</script>'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(_og("Dagblad Noord") + _json_ld("Other"), "Dagblad Noord", id="og-first"),
        pytest.param(_json_ld("Krant Zuid"), "Krant Zuid", id="json-ld-graph"),
        pytest.param(
            '<script type="application/ld+json">{"publisher": [{"name": "Eerste"}]}</script>',
            "Eerste",
            id="json-ld-list",
        ),
        pytest.param('<meta name="publisher" content=" Het  Blad ">', "Het Blad", id="meta"),
        pytest.param('<meta name="application-name" content="App Krant">', "App Krant", id="app"),
        pytest.param('<script type="application/ld+json">{broken</script>', None, id="bad-json"),
        pytest.param(_og("x" * 200), None, id="too-long"),
        pytest.param("", None, id="nothing"),
    ],
)
def test_the_publisher_a_page_names(head: str, expected: str | None) -> None:
    assert page_publisher(_page("Titel", DUTCH, head).decode()) == expected


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Site, str]]:
    # The loopback server is allowed explicitly: a fetch reaches public addresses only.
    monkeypatch.setenv("NEWSBRIDGE_FETCH_ALLOW", "127.0.0.1")
    with serve_site() as served:
        yield served


ANP_COPY = ". ".join(DUTCH.split(". ")[:-1]) + ". Dat meldt persbureau ANP."


def _aggregator(state: Site, base: str) -> str:
    """A feed titled as a section ("Buitenland") whose items are pages of two papers: the
    ANP text in Dagblad Noord and, re-headlined, in Krant Zuid; another Noord story."""
    state.routes["/buitenland.xml"] = (200, XML, rss([
        ("Lavrov in Genève", f"{base}/noord/lavrov", "Tue, 07 Dec 2021 09:00:00 +0000"),
        ("Lawrow", f"{base}/noord/duits", "Tue, 07 Dec 2021 08:00:00 +0000"),
        ("Overleg in Genève", f"{base}/zuid/overleg", "Tue, 07 Dec 2021 07:00:00 +0000"),
    ], title="Buitenland"))  # fmt: skip
    state.routes["/noord/lavrov"] = (
        200, HTML, _page("Lavrov in Genève", DUTCH, _og("Dagblad Noord"))
    )  # fmt: skip
    state.routes["/noord/duits"] = (
        200,
        HTML,
        _page("Lawrow in Genf", GERMAN, _og("Dagblad Noord")),
    )
    state.routes["/zuid/overleg"] = (
        200, HTML, _page("Overleg in Genève zakelijk", ANP_COPY, _json_ld("Krant Zuid"))
    )  # fmt: skip
    return f"{base}/buitenland.xml"


def test_an_aggregator_feed_names_each_article_by_its_page(cli, site, tmp_path: Path) -> None:
    state, base = site
    feed = _aggregator(state, base)
    result = cli("fetch", feed, "--delay", "0", "--json")
    assert result.exit_code == 0, result.output
    added = json.loads(result.stdout)["added"]
    assert [a["outlet"] for a in added] == ["Dagblad Noord", "Dagblad Noord", "Krant Zuid"]
    # The one ANP text is carried by two outlets, not twice by one.
    (group,) = json.loads(cli("wire", "--json").stdout)["groups"]
    assert {group["text"]["outlet"], group["copies"][0]["outlet"]} == {
        "Dagblad Noord",
        "Krant Zuid",
    }
    from translate.config import Settings
    from web import create_app

    settings = Settings.from_env().with_overrides(db_path=tmp_path / "cli.sqlite3")
    page = create_app({"SETTINGS": settings, "SECRET_KEY": "t", "WORKER": False}).test_client()
    wire = page.get("/wire").get_data(as_text=True)
    assert "2 carriers in 2 outlets (" in wire and "Buitenland" not in wire
    outlets = page.get("/outlets").get_data(as_text=True)
    assert "Dagblad Noord" in outlets and "Krant Zuid" in outlets and "Buitenland" not in outlets
    listed = page.get("/api/outlets").get_json()["outlets"]
    assert {o["name"]: o["articles"] for o in listed} == {"Dagblad Noord": 2, "Krant Zuid": 1}


def test_the_users_outlet_wins(cli, site) -> None:
    state, base = site
    feed = _aggregator(state, base)
    state.routes["/zuid/overleg"] = (200, HTML, _page("Overleg in Genève zakelijk", ANP_COPY))
    assert cli("feeds", "add", feed, "--outlet", "Mijn Selectie").exit_code == 0
    added = json.loads(cli("fetch", "--delay", "0", "--json").stdout)["added"]
    assert {a["outlet"] for a in added} == {"Mijn Selectie"}


def test_a_page_that_names_nothing_gets_the_feed_title_then_its_domain(
    cli, site, tmp_path: Path
) -> None:
    state, base = site
    state.routes["/feed.xml"] = (200, XML, rss(
        [("Lavrov", f"{base}/plain", "Tue, 07 Dec 2021 09:00:00 +0000")], title="Buitenland"
    ))  # fmt: skip
    state.routes["/plain"] = (200, HTML, _page("Lavrov in Genève", DUTCH))
    state.routes["/direct"] = (200, HTML, _page("Lawrow in Genf", GERMAN))
    by_feed = json.loads(cli("fetch", f"{base}/feed.xml", "--delay", "0", "--json").stdout)
    assert [a["outlet"] for a in by_feed["added"]] == ["Buitenland"]
    direct = json.loads(cli("fetch", f"{base}/direct", "--delay", "0", "--json").stdout)
    # No page name, no feed: a feed's title is no name for the domain; the domain is.
    assert [a["outlet"] for a in direct["added"]] == ["127.0.0.1"]
    # Once a page of the domain named its publisher, the domain's other pages get it.
    other = tmp_path / "b.sqlite3"
    state.routes["/named"] = (200, HTML, _page("Lavrov in Genève", DUTCH, _og("Dagblad Noord")))
    first = json.loads(cli("fetch", f"{base}/named", "--delay", "0", "--json", db=other).stdout)
    assert [a["outlet"] for a in first["added"]] == ["Dagblad Noord"]
    alone = json.loads(cli("fetch", f"{base}/direct", "--delay", "0", "--json", db=other).stdout)
    assert [a["outlet"] for a in alone["added"]] == ["Dagblad Noord"]


def test_articles_stored_under_a_feed_title_are_named_again_nothing_else_changes(
    cli, site, tmp_path: Path
) -> None:
    from translate.sources.fetch import Fetcher, read_article

    state, base = site
    feed = _aggregator(state, base)
    db = tmp_path / "cli.sqlite3"
    # As an older newsbridge stored them: the feed's title as every article's outlet.
    fetcher = Fetcher(delay=0, policy=LOOPBACK)
    with Store(db) as store:
        for path in ("/noord/lavrov", "/zuid/overleg"):
            article = read_article(fetcher.get(base + path), None, "Buitenland", feed)
            store.put_fetched([base + path], article)
        before = {a.id: a for a in store.list_articles()}
    fetcher.close()
    assert {a.outlet for a in before.values()} == {"Buitenland"}
    result = cli("fetch", "--refresh-outlets", "--delay", "0", "--json")
    assert result.exit_code == 0, result.output
    changed = json.loads(result.stdout)["outlets_changed"]
    assert sorted(c["to"] for c in changed) == ["Dagblad Noord", "Krant Zuid"]
    with Store(db) as store:
        after = {a.id: a for a in store.list_articles()}
    assert after.keys() == before.keys()
    for article_id, old in before.items():
        new = after[article_id]
        assert new.outlet != old.outlet
        assert new == type(old)(**{**old.__dict__, "outlet": new.outlet})  # only the outlet


def test_the_next_fetch_names_again_what_was_stored_under_the_feed_title(
    cli, site, tmp_path: Path
) -> None:
    from translate.sources.fetch import Fetcher, read_article

    state, base = site
    feed = _aggregator(state, base)
    fetcher = Fetcher(delay=0, policy=LOOPBACK)
    with Store(tmp_path / "cli.sqlite3") as store:
        article = read_article(fetcher.get(base + "/noord/lavrov"), None, "Buitenland", feed)
        store.put_fetched([base + "/noord/lavrov"], article)
    fetcher.close()
    report = json.loads(cli("fetch", feed, "--delay", "0", "--json").stdout)
    assert report["already_stored"] == 1
    assert report["outlets_changed"] == [
        {"id": article.id, "from": "Buitenland", "to": "Dagblad Noord"}
    ]


def _two_spellings(cli, tmp_path: Path) -> list[str]:
    ids = []
    for name, outlet, text in [
        ("nos", "NOS", f"Lavrov spreekt in Genève\n\n{DUTCH}\n"),
        ("nieuws", "NOS  Nieuws", f"Lawrow spricht in Genf\n\n{GERMAN}\n"),
    ]:
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        done = cli("ingest", str(path), "--outlet", outlet, "--json")
        ids.append(json.loads(done.stdout)["articles"][0]["id"])
    assert cli("translate", "--engine", "none").exit_code == 0  # every stored article
    assert cli("stories", "--engine", "none", "--threshold", "0.01").exit_code == 0
    return ids


def test_a_merge_leaves_one_outlet_everywhere_and_keeps_the_comparisons(
    cli, tmp_path: Path
) -> None:
    from translate.config import Settings
    from web import create_app

    ids = _two_spellings(cli, tmp_path)
    listed = json.loads(cli("outlets", "list", "--json").stdout)["outlets"]
    assert [o["name"] for o in listed] == ["NOS", "NOS Nieuws"]
    settings = Settings.from_env().with_overrides(db_path=tmp_path / "cli.sqlite3")
    app = create_app({"SETTINGS": settings, "SECRET_KEY": "t", "ENGINE": "none"})
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = "http://localhost"
    compare = f"/compare/{ids[0]}/{ids[1]}"
    assert client.get(compare).status_code in (200, 202)  # the worker computes, stores
    app.extensions["newsbridge-worker"].wait()
    assert client.get(compare).status_code == 200
    assert client.get(f"/story/{ids[0]}").status_code in (200, 202)
    app.extensions["newsbridge-worker"].wait()
    with Store(settings.db_path) as store:
        translations = store.count_translations()

    merged = cli("outlets", "merge", "NOS", "nos nieuws")
    assert merged.exit_code == 0 and "1 articles renamed" in merged.output
    with Store(settings.db_path) as store:
        assert {a.outlet for a in store.list_articles()} == {"NOS"}
        assert [o.name for o in store.list_outlets()] == ["NOS"]
        assert set(store.list_outlets()[0].spellings) == {"NOS", "NOS Nieuws"}
        assert store.count_translations() == translations
    calls = []
    import translate.coverage.compare as compare_module

    real = compare_module.align
    compare_module.align = lambda *a, **k: calls.append(1) or real(*a, **k)
    try:
        outlets = client.get("/outlets").get_data(as_text=True)
        assert outlets.count('<th scope="row">') == 1  # one outlet, the merged spelling an alias
        assert 'known as">NOS Nieuws</td>' in outlets
        for path in ("/", compare, f"/story/{ids[0]}", "/api/articles", f"/api/story/{ids[0]}"):
            page = client.get(path)
            assert page.status_code == 200, path
            text = page.get_data(as_text=True)
            assert "NOS Nieuws" not in text and "NOS" in text, path
    finally:
        compare_module.align = real
    assert calls == []  # the stored comparison was kept: nothing aligned again
    # A new article under the merged spelling is named by the kept outlet.
    again = tmp_path / "later.txt"
    again.write_text("Nog een bericht\n\n" + DUTCH.replace("dinsdag", "woensdag") + "\n")
    out = json.loads(cli("ingest", str(again), "--outlet", "NOS Nieuws", "--json").stdout)
    assert out["articles"][0]["outlet"] == "NOS Nieuws"  # what was read ...
    with Store(settings.db_path) as store:
        assert store.get_article(out["articles"][0]["id"]).outlet == "NOS"  # ... and stored


def test_renames_and_merges_that_cannot_be_done_say_why(cli, tmp_path: Path) -> None:
    _two_spellings(cli, tmp_path)
    unknown = cli("outlets", "merge", "NOS", "De Krant")
    assert unknown.exit_code == 1 and "no outlet is called 'De Krant'" in unknown.output
    onto = cli("outlets", "rename", "NOS", "nos nieuws")
    assert onto.exit_code == 1 and "merge the two instead" in onto.output
    same = cli("outlets", "merge", "NOS", "nos")
    assert same.exit_code == 1 and "one outlet already" in same.output
    renamed = cli("outlets", "rename", "NOS", "NOS Journaal")
    assert renamed.exit_code == 0
    with Store(tmp_path / "cli.sqlite3") as store:
        assert store.outlet_of("nos") == "NOS Journaal"  # the old name stays a spelling
        with pytest.raises(OutletError):
            store.rename_outlet("NOS Journaal", "  ")


@pytest.mark.parametrize("name", ["Goed\u202eNieuws", "De \x1b[31mKrant"])
def test_a_publisher_no_outlet_could_be_called_is_not_taken(name: str) -> None:
    from translate.sources.ingest import parse_html

    article = parse_html(_page("Titel", DUTCH, _og(name)).decode(), "page.html")
    assert article.outlet is None
    assert parse_html(_page("Titel", DUTCH, _og("De Krant")).decode(), "p.html").outlet == (
        "De Krant"
    )
