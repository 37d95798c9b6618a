"""Real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against the
pages served by waitress on loopback. Screenshots go to test-artifacts/."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.web_support import copy_seeded
from translate.config import Settings

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
A, B = "4e756820e369413a", "68aa529f7daee083"


@contextmanager
def _serving(settings: Settings) -> Iterator[str]:
    """The pages of this store on waitress on loopback, as ``newsbridge serve`` runs them."""
    from waitress import create_server

    from web import create_app

    app = create_app({"SETTINGS": settings, "SECRET_KEY": "browser-test", "ENGINE": "none"})
    httpd = create_server(app, host="127.0.0.1", port=0, threads=4)
    stop = threading.Event()

    def run() -> None:
        # The loop runs in short turns and closes its own sockets: closing them from this
        # thread while the loop waits in select() raised EBADF at teardown now and then.
        while not stop.is_set():
            httpd.asyncore.loop(timeout=0.05, map=httpd._map, count=1)
        httpd.task_dispatcher.shutdown()
        httpd.asyncore.close_all(httpd._map)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.effective_port}"
    finally:
        stop.set()
        thread.join(timeout=10)
        app.extensions["newsbridge-worker"].wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, seeded_template: Path) -> Iterator[str]:

    settings = copy_seeded(seeded_template, tmp_path_factory.mktemp("browser"))
    with _serving(settings) as url:
        yield url


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists():
        if os.environ.get("NEWSBRIDGE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium is not installed at {CHROMIUM}")
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()
    assert dialogs == [], "no page may open a dialog (an injected script would)"


def test_library(page, server: str) -> None:
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Stories"
    assert page.locator("section.story").count() >= 2
    compare_links = page.locator("details.pairs a[href^='/compare/']")
    assert compare_links.count() >= 1
    compare_links.first.click()
    page.wait_for_selector("table.compare", timeout=20_000)  # "Comparing…" refreshes to it
    assert "/compare/" in page.url and "reported by both" in page.locator("main").inner_text()
    page.go_back()
    page.screenshot(path=str(ARTIFACTS / "library.png"), full_page=True)


def test_article_side_by_side_with_names_on_focus(page, server: str) -> None:
    page.goto(f"{server}/article/{A}")
    assert page.locator("table.side-by-side tbody tr").count() == 11
    english = page.locator("table.side-by-side tbody tr").first.locator("td").nth(1)
    assert "Vladimir Putin" in english.inner_text()
    term = english.locator("mark.term", has_text="Vladimir Putin")
    term.focus()
    assert "person" in page.evaluate("document.activeElement.dataset.tip")
    tooltip = page.evaluate(
        "getComputedStyle(document.activeElement, '::after').getPropertyValue('content')"
    )
    assert "Vladimir Putin" in tooltip, "the tooltip shows on keyboard focus"
    assert not page.locator("details.removed").get_attribute("open")
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)


def test_compare_links_shared_sentences(page, server: str) -> None:
    page.goto(f"{server}/compare/{A}/{B}")
    page.wait_for_selector("table.compare", timeout=20_000)
    linked = page.locator("tr[data-pair^='pair-']").first
    linked.hover()
    assert "linked" in (linked.get_attribute("class") or "")
    assert page.locator("mark.match").count() > 0
    page.screenshot(path=str(ARTIFACTS / "compare.png"), full_page=True)
    page.get_by_role("link", name="Original").click()
    assert "view=original" in page.url
    assert "Oekraïne" in page.locator("table.compare").inner_text()


def test_edit_a_glossary_entry(page, server: str) -> None:
    page.goto(f"{server}/glossary?q=ryabkov")
    page.get_by_role("link", name="Edit Ryabkov").first.click()
    field = page.get_by_label("Dutch forms")
    field.fill("Rjabkov | Rjabkow")
    page.get_by_role("button", name="Save changes").click()
    page.wait_for_url("**/glossary?q=ryabkov")
    assert "Rjabkov | Rjabkow" in page.locator("table.entries").inner_text()
    page.screenshot(path=str(ARTIFACTS / "glossary.png"), full_page=True)


def test_quality_page_shows_the_shipped_reports(page, server: str) -> None:
    page.goto(server + "/")
    page.get_by_role("link", name="Quality").click()
    assert page.locator("h1").inner_text() == "Translation quality"
    assert page.locator("nav [aria-current='page']").inner_text() == "Quality"
    runs = page.locator("section.run")
    assert runs.count() >= 1  # the reports in reports/, saved by `newsbridge eval --report`
    first = runs.first.locator("tbody tr")
    assert first.count() >= 2 and "qwen2.5-coder" in first.first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "quality.png"), full_page=True)


def test_story_view_of_several_articles(page, server: str) -> None:
    page.goto(f"{server}/story/{A}")  # seed 000 and the articles grouped with it
    page.wait_for_selector("table.story-table", timeout=20_000)
    assert page.locator("h1").inner_text().startswith("What ")
    columns = page.locator("table.story-table thead th").count()
    assert columns >= 2
    assert page.locator("tbody.section-one tr.row-only").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
    phone = page.context.browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    phone.goto(page.url)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.close()


def test_pasted_script_is_shown_as_text(page, server: str) -> None:
    page.goto(f"{server}/add")
    page.get_by_label("Article text").fill(
        "Kremlin ontkent <script>alert(1)</script>\n"
        "MOSKOU (ANP) - Het Kremlin <img src=x onerror=alert(2)> heeft ontkend dat Poetin "
        "heeft gebeld. Woordvoerder Peskov zei niets.\n"
    )
    page.get_by_role("button", name="Add and translate").click()
    page.wait_for_selector("[data-status='done']", timeout=20_000)
    page.get_by_role("link", name="Open the article").click()
    assert "<script>alert(1)</script>" in page.locator("h1, .original-title").all_inner_texts()[1]
    assert page.locator("main img").count() == 0


def test_phone_width(browser, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{server}/article/{A}")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "no sideways scrolling on a phone"
    page.screenshot(path=str(ARTIFACTS / "article-phone.png"), full_page=True)
    context.close()


def test_glossary_suggest_edit_history_and_undo(page, server: str) -> None:
    page.goto(f"{server}/glossary")
    assert page.locator("h2#add-h").is_visible()  # the add form comes first
    suggestion = page.locator("ul.suggestions li", has_text="Truppenaufmarsch")
    suggestion.get_by_role("link", name="Add Truppenaufmarsch").click()
    assert page.get_by_label("English form").input_value() == "Truppenaufmarsch"
    assert page.get_by_label("German forms").input_value() == "Truppenaufmarsch"
    page.get_by_label("English form").fill("troop build-up")
    page.locator("#f-kind").select_option("term")
    page.get_by_label("Added by").fill("ann")
    page.get_by_role("button", name="Add entry").click()
    page.wait_for_url("**/glossary?q=truppenaufmarsch")
    row = page.locator("tr#entry-truppenaufmarsch")
    assert "troop build-up" in row.inner_text() and "yours" in row.inner_text().lower()
    assert "002_d07af71deaf82083.txt (newsbridge suggest)" in row.inner_text()
    assert "/work" not in row.inner_text() and "/seeds/" not in row.inner_text()
    row.get_by_role("link", name="History of troop build-up").click()
    assert "add by ann" in page.locator("ol.history").inner_text()
    page.screenshot(path=str(ARTIFACTS / "glossary-history.png"), full_page=True)
    page.get_by_label("Your name").fill("bob")
    page.get_by_role("button", name="Undo the last change").click()
    assert "undo by bob" in page.locator("ol.history").inner_text()
    assert "in no layer now" in page.locator("main").inner_text()


WIDTHS = [1280, 390]


@pytest.fixture
def sized(browser, request):  # type: ignore[no-untyped-def]
    """A page at one of the two widths a newcomer's screen has (desktop, phone)."""
    width = request.param
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.width = width
    yield page
    context.close()


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(ARTIFACTS / f"{name}-{page.width}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= page.width


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_quality_cells_keep_their_column_names(sized, server: str) -> None:
    sized.goto(server + "/quality")
    cell = sized.locator("table.scores tbody tr").first.locator("td").nth(2)
    label = sized.evaluate("c => getComputedStyle(c, '::before').content", cell.element_handle())
    if sized.width < 640:
        assert label == '"BLEU: "', "a phone shows which column a number is"
    else:
        assert sized.locator("table.scores thead").first.is_visible()
    _shot(sized, "quality")


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_compare_marks_both_sides_and_story_cells(sized, server: str) -> None:
    sized.goto(f"{server}/compare/{A}/{B}")
    sized.wait_for_selector("table.compare", timeout=20_000)
    labels = sized.locator("tr.row-shared .label, tr.row-partial .label").all_inner_texts()
    assert labels and all(t.upper().startswith(("A ·", "B ·")) for t in labels)
    _shot(sized, "compare")
    sized.goto(f"{server}/story/{A}")
    sized.wait_for_selector("table.story-table", timeout=20_000)
    empty = sized.locator("table.story-table td.empty")
    if empty.count():
        shadow = sized.evaluate("c => getComputedStyle(c).boxShadow", empty.first.element_handle())
        assert shadow == "none", "an article that does not report a thing gets no colour bar"
    _shot(sized, "story")


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_the_name_card_stays_on_screen(sized, server: str) -> None:
    sized.goto(f"{server}/article/{A}")
    term = sized.locator("mark.term", has_text="Vladimir Putin").first
    term.focus()
    style = sized.evaluate(
        "m => { const s = getComputedStyle(m, '::after');"
        " return [s.position, s.left, s.right, s.maxWidth]; }",
        term.element_handle(),
    )
    if sized.width < 640:
        assert style[0] == "fixed" and style[1] == "8px" and style[2] == "8px"
    else:
        assert style[0] == "absolute" and float(style[3].removesuffix("px")) <= 1280 - 32
    _shot(sized, "article-term")


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_the_article_links_its_story_and_says_when_the_glossary_changed(sized, server: str) -> None:
    sized.goto(f"{server}/article/{A}")
    related = sized.locator("nav.related")
    assert related.get_by_role("link", name=re.compile("Compare with")).count() >= 1
    assert sized.locator("link[rel=icon]").get_attribute("href").endswith("favicon.svg")
    icon = sized.request.get(server + "/favicon.ico")
    assert icon.ok and "svg" in icon.headers["content-type"]
    _shot(sized, "article")


def test_an_older_glossary_is_flagged_and_refreshed(page, server: str) -> None:
    page.goto(f"{server}/glossary?q=peskov")
    page.get_by_role("link", name="Edit Dmitry Peskov").first.click()
    page.get_by_label("Dutch forms").fill("Dmitri Peskov | Dmitri Peskow | Dmitri Pesjkov")
    page.get_by_label("Added by").fill("ann")
    page.get_by_role("button", name="Save changes").click()
    page.goto(f"{server}/article/{A}")
    notice = page.locator("form.stale")
    assert "The glossary has changed" in notice.inner_text()
    notice.get_by_role("button", name="Translate again with the current glossary").click()
    page.wait_for_selector("[data-status='done']", timeout=20_000)
    page.get_by_role("link", name="Open the article").click()
    assert page.locator("form.stale").count() == 0


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_the_library_explains_its_figures(sized, server: str) -> None:
    sized.goto(server + "/")
    text = sized.locator("main").inner_text()
    # One outlet reads one way; the agency it carried comes after it.
    assert "ANP (ANP" not in text and "ANP · agency AFP" in text
    assert sized.locator("abbr[title]", has_text="similarity").count() >= 1
    sized.locator("details.explain summary").click()
    assert "from 0% (nothing in common)" in sized.locator("details.explain").inner_text()
    _shot(sized, "library")


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_add_asks_for_the_language_in_words(sized, server: str) -> None:
    sized.goto(server + "/add")
    sized.get_by_label("Article text").fill("Poetin en NAVO\nPoetin, NAVO.")
    sized.get_by_role("button", name="Add and translate").click()
    sized.wait_for_selector("[data-status='needs-language']", timeout=20_000)
    legend = sized.locator("form.language legend").inner_text()
    assert "looks most like" in legend and "Dutch" in sized.locator("form.language").inner_text()
    assert "'fy'" not in sized.locator("main").inner_text()
    _shot(sized, "add-language")
    sized.get_by_label("Dutch").check()
    sized.get_by_role("button", name="Read it as this language").click()
    sized.wait_for_selector("[data-status='done']", timeout=20_000)


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_doubted_sentences_are_marked_with_why(sized, server: str) -> None:
    # The seeded store was translated by the none engine: its "English" is the Dutch
    # original with the glossary's names in English, and every sentence says so.
    sized.goto(f"{server}/article/{A}")
    rows = sized.locator("table.side-by-side tbody tr")
    assert rows.count() > 0 and sized.locator("tr.doubted").count() == rows.count()
    assert "sentences are marked" in sized.locator("p.signature").inner_text()
    mark = sized.locator("tr.doubted span.doubt").first
    mark.focus()
    tip = sized.evaluate("m => getComputedStyle(m, '::after').content", mark.element_handle())
    # (the glossary puts some English in: "not English", or the original itself)
    assert re.search(r"Doubtful \(confidence \d+%\): .*Dutch", tip), tip
    position = sized.evaluate("m => getComputedStyle(m, '::after').position", mark.element_handle())
    assert position == ("fixed" if sized.width < 640 else "absolute")
    _shot(sized, "article-doubt")
    # On the compare page the tip carries the original too: it is one glance away.
    sized.goto(f"{server}/compare/{A}/{B}")
    sized.wait_for_selector("table.compare", timeout=20_000)
    tip = sized.locator("table.compare span.doubt").first.get_attribute("data-tip")
    assert tip.startswith("Doubtful") and "Original: " in tip
    # A doubtful title is marked in the library too, a mark beside it (not a bar under it).
    sized.goto(f"{server}/")
    mark = sized.locator(".story .articles li span.doubt").first
    box = mark.bounding_box()
    assert box is not None and box["width"] < 120, box
    _shot(sized, "library-doubt")


@pytest.fixture(scope="module")
def feeds_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Three feeds on a loopback site, added and fetched with the command line, translated
    (``none``) and grouped: two outlets print one ANP text, a third writes its own."""
    from click.testing import CliRunner

    from tests.support.site import DUTCH, GERMAN, HTML, XML, page, rss, serve_site
    from translate.cli import main

    folder = tmp_path_factory.mktemp("feeds")
    db = str(folder / "feeds.sqlite3")
    runner = CliRunner()

    def cli(*args: str) -> str:
        # The site is on loopback, which fetches reach only where the user allows it.
        result = runner.invoke(
            main, ["--db", db, *args], env={"NEWSBRIDGE_FETCH_ALLOW": "127.0.0.1"}
        )
        assert result.exit_code == 0, result.output
        return result.output

    sentences = DUTCH.split(". ")
    copy = ". ".join(sentences[:-1]) + ". Dat meldt persbureau ANP"
    with serve_site() as (site, base):
        for path, title, outlet, items in [
            ("/anp.xml", "ANP Nieuws", "ANP", [("Lavrov spreekt in Genève", "/anp/1", DUTCH)]),
            ("/krant.xml", "Regiokrant", "Regiokrant", [("Overleg zakelijk", "/krant/1", copy)]),
            ("/ts.xml", "Tagesschau", "Tagesschau", [("Lawrow spricht in Genf", "/ts/1", GERMAN)]),
        ]:
            links = [
                (t, f"{base}{link}", "Tue, 07 Dec 2021 09:00:00 +0000") for t, link, _ in items
            ]
            site.routes[path] = (200, XML, rss(links, title))
            for t, link, body in items:
                site.routes[link] = (200, HTML, page(t, body))
            cli("feeds", "add", f"{base}{path}", "--outlet", outlet)
        cli("fetch", "--delay", "0")
    cli("translate", "--engine", "none")
    cli("stories", "--engine", "none")
    settings = Settings.from_env().with_overrides(
        home=folder / "home", db_path=Path(db), glossary_path=folder / "glossary", engine="none"
    )
    with _serving(settings) as url:
        yield url


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_three_feeds_fetched_make_a_story_with_the_wire_copy_counted_once(
    sized, feeds_server: str
) -> None:
    sized.goto(feeds_server + "/")
    story = sized.locator("section.story").filter(has_text="Regiokrant").first
    copy = story.locator("li").filter(has_text="Regiokrant")
    assert "the same agency text as ANP" in copy.inner_text()
    assert "counted once" in copy.inner_text()
    first = story.locator("li").filter(has_text="ANP").first
    assert "also carried by 1 other outlet" in first.inner_text()
    feeds = sized.locator("section.feeds tbody tr")
    assert feeds.count() == 3 and all(
        "ok" in row for row in feeds.locator("td[data-label='State']").all_inner_texts()
    )
    _shot(sized, "library-feeds")

    copy.locator("a.wire-copy").click()
    sized.wait_for_url("**/wire#wire-*")
    (text,) = sized.locator("section.wire").all()
    assert text.locator("li.first").inner_text().count("ANP") >= 1
    changes = text.locator("li.copy details.changes")
    changes.locator("summary").click()
    assert "Dat meldt persbureau ANP" in changes.locator("li.added").inner_text()
    assert "uitbreiding naar het oosten" in changes.locator("li.removed").inner_text()
    # The none engine's titles are Dutch: each carrier's title is marked doubtful.
    assert text.locator("li.first span.doubt").count() == 1
    assert text.locator("li.copy span.doubt").count() == 1
    _shot(sized, "wire")

    # The three make one story; its side-by-side view shows the copy once.
    sized.goto(feeds_server + "/")
    sized.locator("section.story a.whole-story").click()
    sized.wait_for_selector("table.story-table", timeout=20_000)
    notes = sized.locator("main").inner_text()
    assert "Regiokrant carries the same agency text as ANP" in notes
    # The copy is shown once: its first carrier's column, not a column of its own.
    heads = sized.locator(".story-head li").all_inner_texts()
    assert len(heads) == 2 and not any("Regiokrant" in h for h in heads), heads
    _shot(sized, "story-wire")


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_outlets_are_listed_and_two_spellings_merged(
    sized, tmp_path: Path, seeded_template: Path
) -> None:
    """The Outlets page fits the screen; a spelling given to one more article is merged
    into the outlet it belongs to from the page, and the library then names one outlet."""
    from translate.sources.ingest import parse_bytes
    from translate.storage.store import Store

    settings = copy_seeded(seeded_template, tmp_path / "outlets")
    text = "Overleg in Genève\nGENÈVE (ANP) - Lavrov sprak dinsdag met Blinken. Het was kort.\n"
    with Store(settings.db_path) as store:
        article = parse_bytes(text.encode(), "geneve.txt", lang="nl")
        store.put_articles([dataclasses.replace(article, outlet="ANP Nieuws")])
    with _serving(settings) as url:
        sized.goto(url + "/outlets")
        rows = sized.locator("table.outlets tbody tr")
        assert rows.count() == 3  # ANP, ANP Nieuws, euronews
        _shot(sized, "outlets")
        sized.get_by_label("Keep").select_option("ANP")
        sized.get_by_label("and merge into it").select_option("ANP Nieuws")
        sized.get_by_role("button", name="Merge").click()
        sized.wait_for_url(url + "/outlets")
        assert sized.locator("table.outlets tbody tr").count() == 2
        assert "ANP Nieuws" in sized.locator("table.outlets tbody tr").first.inner_text()
        sized.goto(url + "/")
        assert "ANP Nieuws" not in sized.locator("main").inner_text()


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_a_persons_page_from_a_name_on_the_article(sized, server: str) -> None:
    """Peskov's name on the article links his page: his quotations from 000 and 004 by
    story, each original beside its English (stacked on a phone), within the screen."""
    sized.goto(f"{server}/article/{A}")
    sized.locator('td[lang="en"] a.person[href="/people/dmitry-peskov"]').first.click()
    sized.wait_for_url(server + "/people/dmitry-peskov")
    assert sized.locator("h1").inner_text() == "Dmitry Peskov"
    assert sized.locator("section.person-story").count() >= 2  # 000's story and 004's
    pair = sized.locator(".quote-pair").first
    original, english = pair.locator("blockquote").nth(0), pair.locator("blockquote").nth(1)
    _paired(sized, original, english)
    assert "pure fictie" in sized.locator("main").inner_text()
    _shot(sized, "person")
    sized.goto(f"{server}/story/{A}")  # "Comparing…" first, then the page itself
    block = sized.locator("section.quotes-block")
    block.wait_for(timeout=60_000)
    assert block.locator('a.person[href="/people/jen-psaki"]').count() == 1
    _shot(sized, "story-quotes")


def _paired(sized: Any, original: Any, english: Any) -> None:
    """The original and its English side by side on a wide screen, stacked on a phone."""
    a, b = original.bounding_box(), english.bounding_box()
    assert a and b
    if sized.width < 640:
        assert b["y"] >= a["y"] + a["height"] - 1, "on a phone the English is under the original"
    else:
        assert abs(a["y"] - b["y"]) < 2 and b["x"] > a["x"], "side by side on a wide screen"


@pytest.fixture(scope="module")
def seeds_only_server(
    tmp_path_factory: pytest.TempPathFactory, seeded_template: Path
) -> Iterator[str]:
    """The seeds alone: other tests add articles to the shared ``server``'s store."""
    settings = copy_seeded(seeded_template, tmp_path_factory.mktemp("seeds-only"))
    with _serving(settings) as url:
        yield url


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_search_from_the_header_filter_and_open_a_hit(sized, seeds_only_server: str) -> None:
    """ "Putin" typed in the header's box finds the four seeds naming him in any spelling;
    German only leaves euronews' article, the name marked in the original and the English
    side by side (stacked on a phone); its title opens the article."""
    sized.goto(seeds_only_server + "/")
    box = sized.locator("header #header-q")
    assert box.is_visible() and (box.bounding_box() or {"x": 1e9})["x"] < sized.width
    box.fill("Putin")
    box.press("Enter")
    sized.wait_for_url(re.compile(r".*/search\?q=Putin$"))
    assert "4 articles found" in sized.locator("#search-count").inner_text()
    assert sized.locator("li.search-hit").count() == 4
    sized.select_option("#search-lang", "de")
    sized.locator("form.search-form button").click()
    sized.wait_for_url(re.compile(r".*lang=de.*"))
    assert "1 article found" in sized.locator("#search-count").inner_text()
    pair = sized.locator(".passage-pair").first
    original, english = pair.locator("p").nth(0), pair.locator("p").nth(1)
    assert original.locator("mark.match").first.inner_text() == "Putin"
    _paired(sized, original, english)
    _shot(sized, "search")
    sized.locator("li.search-hit h3 a").first.click()
    sized.wait_for_url(re.compile(r".*/article/[0-9a-f]+$"))
    assert "Truppenaufmarsch" in sized.locator("main").inner_text()
