"""``newsbridge fetch`` and ``feeds`` against a loopback HTTP server the tests start,
serving feeds and pages the tests build: no outside traffic, ever."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.site import ATOM, DUTCH, GERMAN, HTML, LOOPBACK, XML, Site, page, rss, serve_site
from translate.sources.fetch import Fetcher, FetchError


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Site, str]]:
    # The loopback server is allowed explicitly: a fetch reaches public addresses only.
    monkeypatch.setenv("NEWSBRIDGE_FETCH_ALLOW", "127.0.0.1")
    with serve_site() as served:
        yield served


def test_a_feed_brings_its_pages_with_dates_outlet_and_metadata(cli, site) -> None:
    state, base = site
    state.routes["/rss"] = (
        200,
        {**XML, "ETag": '"v1"'},
        rss(
            [
                ("Lavrov in Genève", f"{base}/nl/lavrov", "Tue, 07 Dec 2021 09:00:00 +0000"),
                ("Lege pagina", f"{base}/nl/leeg", "Tue, 07 Dec 2021 08:00:00 +0000"),
            ]
        ),
    )
    state.routes["/nl/lavrov"] = (200, HTML, page("Lavrov in Genève", DUTCH))
    state.routes["/nl/leeg"] = (200, HTML, b"<html><body><p>Niets.</p></body></html>")
    assert cli("feeds", "add", f"{base}/rss", "--outlet", "Test NOS").exit_code == 0
    result = cli("fetch", "--delay", "0", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    (added,) = report["added"]
    assert added["language"] == "nl" and added["outlet"] == "Test NOS"
    assert added["published"] == "2021-12-07" and added["url"] == f"{base}/nl/lavrov"
    # The page with no article text: one line naming its URL; the other item went on.
    (failed,) = report["failed"]
    assert failed.startswith(f"{base}/nl/leeg: ") and "no article body found" in failed
    # The user agent says who asks; robots.txt was asked for first.
    paths = [p for p, _ in state.requests]
    assert paths[0] == "/robots.txt" and "newsbridge/" in state.requests[1][1]["User-Agent"]

    # Again: the feed answers 304 to its ETag, nothing is fetched or added twice.
    state.requests.clear()
    again = json.loads(cli("fetch", "--delay", "0", "--json").stdout)
    assert again["added"] == [] and again["feeds_unchanged"] == 1
    assert [p for p, _ in state.requests] == ["/robots.txt", "/rss"]
    assert state.requests[1][1]["If-None-Match"] == '"v1"'
    listed = json.loads(cli("feeds", "list", "--json").output)["feeds"]
    assert listed[0]["fetched_at"] and listed[0]["error"] is None


def test_atom_feed_and_a_page_given_directly(cli, site) -> None:
    state, base = site
    state.routes["/atom"] = (200, {"Content-Type": "application/atom+xml"}, ATOM)
    state.routes["/de/lawrow"] = (200, HTML, page("Lawrow in Genf", GERMAN))
    state.routes["/nl/lavrov"] = (200, HTML, page("Lavrov in Genève", DUTCH))
    report = json.loads(
        cli("fetch", "--delay", "0", "--json", f"{base}/atom", f"{base}/nl/lavrov").stdout
    )
    assert sorted(a["language"] for a in report["added"]) == ["de", "nl"]
    assert {a["outlet"] for a in report["added"]} == {"Test Nachrichten", "127.0.0.1"}
    # The same URL fetched twice is one article.
    again = json.loads(cli("fetch", "--delay", "0", "--json", f"{base}/nl/lavrov").stdout)
    assert again["added"] == [] and again["already_stored"] == 1


@pytest.mark.parametrize(
    ("route", "why"),
    [
        ((200, XML, b"<?xml version='1.0'?><rss><channel><item><title>x"), "not a readable feed"),
        ((200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 " * 50), "content type"),
        ((200, HTML, b"x" * 6_000_000), "larger than 5120 KiB"),
        ((500, HTML, b"oops"), "HTTP 500"),
    ],
    ids=["malformed-xml", "not-html", "over-the-cap", "server-error"],
)
def test_bad_answers_give_one_line_and_store_nothing(cli, site, route, why) -> None:
    state, base = site
    state.routes["/bad"] = route
    state.routes["/nl/lavrov"] = (200, HTML, page("Lavrov in Genève", DUTCH))
    result = cli("fetch", "--delay", "0", "--json", f"{base}/bad", f"{base}/nl/lavrov")
    report = json.loads(result.stdout)
    (failed,) = report["failed"]
    assert failed.startswith(f"{base}/bad: ") and why in failed
    assert len(report["added"]) == 1  # the other URL went on


def test_redirects_are_followed_loops_refused_robots_obeyed(site) -> None:
    state, base = site
    state.routes["/a"] = (302, {"Location": "/b"}, b"")
    state.routes["/b"] = (301, {"Location": f"{base}/a"}, b"")
    state.routes["/moved"] = (301, {"Location": "/here"}, b"")
    state.routes["/here"] = (200, HTML, b"<html>ok</html>")
    state.routes["/robots.txt"] = (200, {}, b"User-agent: *\nDisallow: /private/\n")
    state.routes["/private/x"] = (200, HTML, b"<html>secret</html>")
    fetcher = Fetcher(delay=0, max_bytes=100_000, policy=LOOPBACK)
    try:
        assert fetcher.get(f"{base}/moved").url == f"{base}/here"
        with pytest.raises(FetchError, match="redirect loop"):
            fetcher.get(f"{base}/a")
        with pytest.raises(FetchError, match=r"robots\.txt"):
            fetcher.get(f"{base}/private/x")
        with pytest.raises(FetchError, match="not an http"):
            fetcher.get("file:///etc/passwd")
    finally:
        fetcher.close()
    assert "/private/x" not in [p for p, _ in state.requests]


def test_timeouts_and_the_per_host_delay(site) -> None:
    state, base = site
    state.routes["/slow"] = (200, HTML, b"<html>late</html>")
    state.routes["/fast"] = (200, HTML, b"<html>ok</html>")
    state.slow.add("/slow")
    waits: list[float] = []
    fetcher = Fetcher(delay=5.0, timeout=0.5, sleep=waits.append, policy=LOOPBACK)
    try:
        with pytest.raises(FetchError, match=r"no complete answer within 0\.5 s"):
            fetcher.get(f"{base}/slow")
        fetcher.get(f"{base}/fast")
    finally:
        fetcher.close()
    # robots.txt, /slow and /fast on one host: every request after the first waited.
    assert len(waits) == 2 and all(0 < w <= 5.0 for w in waits)


def test_a_feed_of_many_items_takes_the_newest(cli, site) -> None:
    state, base = site
    items = [
        (f"Item {n}", f"{base}/missing/{n}", f"Tue, 07 Dec 2021 {n % 24:02d}:00:00 +0000")
        for n in range(10_000)
    ]
    state.routes["/big"] = (200, XML, rss(items))
    result = cli("fetch", "--delay", "0", "--max-items", "100", "--json", f"{base}/big")
    report = json.loads(result.stdout)
    assert report["notes"] == [f"{base}/big: the feed has 10000 items; the newest 100 were taken"]
    assert len(report["failed"]) == 100 and report["added"] == []


def test_opml_round_trip(cli, tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        '<outline text="News"><outline text="NOS" xmlUrl="https://feeds.nos.nl/nosnieuwsalgemeen"/>'
        '<outline title="Tagesschau" xmlUrl="https://www.tagesschau.de/xml/rss2"/></outline>'
        "</body></opml>",
        encoding="utf-8",
    )
    result = cli("feeds", "import", str(opml))
    assert result.exit_code == 0 and "2 added" in result.output
    exported = cli("feeds", "export").output
    assert 'xmlUrl="https://www.tagesschau.de/xml/rss2"' in exported and 'title="NOS"' in exported
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body><outline", encoding="utf-8")
    failed = cli("feeds", "import", str(bad))
    assert failed.exit_code == 1 and "bad.opml: not OPML" in failed.output
    assert cli("feeds", "remove", "https://feeds.nos.nl/nosnieuwsalgemeen").exit_code == 0
    listed = json.loads(cli("feeds", "list", "--json").output)["feeds"]
    assert [f["url"] for f in listed] == ["https://www.tagesschau.de/xml/rss2"]


def test_wire_copies_are_recognised_and_their_differences_shown(cli, tmp_path: Path) -> None:
    """The same agency text on two sites (new headline, last sentence trimmed, a line
    added) is one text carried twice; a different story on the same subject is not."""
    original = tmp_path / "anp.txt"
    original.write_text(f"Lavrov spreekt in Genève\n\n{DUTCH}\n", encoding="utf-8")
    sentences = DUTCH.split(". ")
    copy = tmp_path / "site.txt"
    copy.write_text(
        "Overleg in Genève zakelijk verlopen\n\n"
        + ". ".join(sentences[:-1])
        + ". Dat meldt persbureau ANP.\n",
        encoding="utf-8",
    )
    other = tmp_path / "other.txt"
    other.write_text(
        "Kamer debatteert over Oekraïne\n\nDe Tweede Kamer heeft woensdag gedebatteerd over "
        "de steun aan Oekraïne. Minister Brekelmans zei dat Nederland meer luchtafweer levert. "
        "De oppositie wil dat het kabinet ook diplomatiek meer doet. Volgens de minister "
        "steunt de NAVO de gesprekken in Genève, maar is er geen reden voor optimisme.\n",
        encoding="utf-8",
    )
    assert cli("ingest", str(original), str(copy), str(other)).exit_code == 0
    result = cli("wire", "--json")
    assert result.exit_code == 0, result.output
    (group,) = json.loads(result.stdout)["groups"]
    assert group["text"]["title"] == "Lavrov spreekt in Genève"
    (carried,) = group["copies"]
    assert carried["title"] == "Overleg in Genève zakelijk verlopen"
    assert any(line.startswith("+Dat meldt persbureau ANP") for line in carried["differences"])
    assert any(line.startswith("-") for line in carried["differences"])
    assert 0.5 <= group["similarity"] <= 1


def test_a_story_counts_a_wire_copy_once(cli, tmp_path: Path) -> None:
    sentences = DUTCH.split(". ")
    paths = []
    for name, outlet, text in [
        ("anp", "ANP", f"Lavrov spreekt in Genève\n\n{DUTCH}\n"),
        (
            "site",
            "Regiokrant",
            "Overleg in Genève zakelijk\n\n" + ". ".join(sentences[:-1]) + ".\n",
        ),
    ]:
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta").write_text(f"outlet: {outlet}\n", encoding="utf-8")
        paths.append(str(path))
    german = tmp_path / "de.txt"
    german.write_text(f"Lawrow spricht in Genf\n\n{GERMAN}\n", encoding="utf-8")
    paths.append(str(german))
    ids = [a["id"] for a in json.loads(cli("ingest", "--json", *paths).stdout)["articles"]]
    view = json.loads(cli("compare", *ids, "--engine", "none", "--json").stdout)
    assert [a["outlet"] for a in view["articles"]] == ["ANP", None]
    assert any("Regiokrant carries the same agency text as ANP" in n for n in view["notes"])
    pair = json.loads(cli("compare", ids[0], ids[1], "--engine", "none", "--json").stdout)
    assert any("same agency text" in n for n in pair["notes"])


def test_serve_refresh_fetches_feeds_translates_and_shows_their_state(settings, site) -> None:
    """One round of ``serve --refresh``: the feeds are fetched, new articles translated in
    the worker, and the library page says when each feed was fetched and what failed."""
    from translate.doubt.current import current_translation
    from translate.storage.store import Store
    from web import create_app
    from web.worker import FeedRefresher, get_worker

    state, base = site
    settings = settings.with_overrides(fetch_allow=("127.0.0.1",))
    state.routes["/rss"] = (
        200,
        XML,
        rss([("Lavrov in Genève", f"{base}/nl/lavrov", "Tue, 07 Dec 2021 09:00:00 +0000")]),
    )
    state.routes["/nl/lavrov"] = (200, HTML, page("Lavrov in Genève", DUTCH))
    with Store(settings.db_path) as store:
        store.add_feed(f"{base}/rss", "Test NOS")
        store.add_feed(f"{base}/gone", "Gone")
    app = create_app(
        {"SETTINGS": settings, "SECRET_KEY": "t", "ENGINE": "none", "REFRESH_MINUTES": "30"}
    )
    refresher = FeedRefresher(settings, get_worker(app), 30, delay=0)
    (queued,) = refresher.run_once()
    get_worker(app).wait()
    with Store(settings.db_path) as store:
        assert current_translation(store, queued) is not None
    html = app.test_client().get("/").get_data(as_text=True)
    assert "Feeds" in html and "every 30 minutes" in html
    assert f"{base}/rss" in html and "HTTP 404" in html


def test_a_copy_that_adds_another_story_does_not_join_the_two_stories() -> None:
    """C prints A whole and then B's text: it is a copy (of A, the stronger and earlier),
    but A and B stay two texts; chaining through C would make them one."""
    from translate.coverage.wire import wire_groups

    other = (
        "De Tweede Kamer heeft woensdag gedebatteerd over de steun aan Oekraïne. Minister "
        "Brekelmans zei dat Nederland meer luchtafweer levert. De oppositie wil dat het kabinet "
        "ook diplomatiek meer doet. Volgens de minister steunt de NAVO de gesprekken in Genève, "
        "maar is er geen reden voor optimisme over een snel akkoord."
    )
    groups = wire_groups([("a", DUTCH), ("b", other), ("c", f"{DUTCH} {other}")])
    assert [g.ids for g in groups] == [("a", "c")]


def test_minhashes_made_with_the_permutations_made_once_are_the_same() -> None:
    """wire_groups makes seed 1's permutations once: every article's hash values are
    those a MinHash of its own permutations gives (the groups, the pages' figures, too)."""
    from datasketch import MinHash

    from translate.coverage.wire import NUM_PERM, shingles

    words = [s.encode() for s in shingles(DUTCH)]
    seeded = MinHash(num_perm=NUM_PERM, seed=1)
    own, shared = (
        MinHash(num_perm=NUM_PERM, seed=1),
        MinHash(num_perm=NUM_PERM, seed=1, permutations=seeded.permutations, scheme=seeded.scheme),
    )
    own.update_batch(words)
    shared.update_batch(words)
    assert (own.hashvalues == shared.hashvalues).all()


def _connections(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every address a socket connects to from now on (the connections still made)."""
    import socket

    made: list[object] = []
    real = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        made.append(address)
        real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return made


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/latest/meta-data/", "http://10.1.2.3:8080/x", "http://[::1]:9/"],
    ids=["metadata", "private", "loopback-v6"],
)
def test_a_redirect_to_a_private_address_is_refused_without_connecting(
    site, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    state, base = site
    state.routes["/feed"] = (302, {"Location": target}, b"")
    made = _connections(monkeypatch)
    fetcher = Fetcher(delay=0, policy=LOOPBACK)
    try:
        with pytest.raises(FetchError, match="address; not fetched") as refused:
            fetcher.get(f"{base}/feed")
    finally:
        fetcher.close()
    assert refused.value.url == target and "NEWSBRIDGE_FETCH_ALLOW" in str(refused.value)
    port = int(base.rsplit(":", 1)[1])
    assert made and all(address == ("127.0.0.1", port) for address in made)
    assert [p for p, _ in state.requests] == ["/robots.txt", "/feed"]


def test_loopback_is_refused_unless_allowed_and_item_links_are_checked(
    cli, site, monkeypatch: pytest.MonkeyPatch
) -> None:
    state, base = site
    state.routes["/rss"] = (
        200,
        XML,
        rss([("Metadata", "http://169.254.169.254/latest/meta-data/", "Tue, 07 Dec 2021")]),
    )
    monkeypatch.delenv("NEWSBRIDGE_FETCH_ALLOW")
    report = json.loads(cli("fetch", "--delay", "0", "--json", f"{base}/rss").stdout)
    (failed,) = report["failed"]
    assert failed.startswith(f"{base}/rss: 127.0.0.1 is a loopback address; not fetched")
    assert state.requests == []  # not even robots.txt
    monkeypatch.setenv("NEWSBRIDGE_FETCH_ALLOW", "10.0.0.0/8, 127.0.0.0/8")
    made = _connections(monkeypatch)
    report = json.loads(cli("fetch", "--delay", "0", "--json", f"{base}/rss").stdout)
    (failed,) = report["failed"]
    assert failed.startswith("http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a")
    assert all(address[0] == "127.0.0.1" for address in made)  # type: ignore[index]
    monkeypatch.setenv("NEWSBRIDGE_FETCH_ALLOW", "10.0.0.0/33")
    bad = cli("fetch", "--delay", "0", f"{base}/rss")
    assert bad.exit_code == 2 and "NEWSBRIDGE_FETCH_ALLOW" in bad.output


def test_a_fetch_has_one_deadline_not_one_per_read(site) -> None:
    """A server that answers a byte every 0.2 s never lets one read wait long, yet the
    fetch ends at its deadline with a message that says so."""
    import time

    state, base = site
    state.routes["/drip"] = (200, HTML, b"<html>" + b"x" * 40 + b"</html>")
    state.drip.add("/drip")
    fetcher = Fetcher(delay=0, timeout=1.0, policy=LOOPBACK)
    started = time.monotonic()
    try:
        with pytest.raises(FetchError, match=r"no complete answer within 1 s"):
            fetcher.get(f"{base}/drip")
    finally:
        fetcher.close()
    assert time.monotonic() - started < 1.6
