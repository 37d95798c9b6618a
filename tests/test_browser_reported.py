"""One statement quoted by one outlet and reported by another, in real headless Chromium at
1280 and 390 px: the story page's Quotes block shows it once, with how each outlet
carries it, the paraphrase labelled as the outlet's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_browser import _serving, browser  # noqa: F401 (the browser fixture)
from tests.test_reported import GERMAN, WIRE, _pair
from translate.config import Settings

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A wire story that quotes minister Sanne Bakker (ANP) and a German article that
    reports the same statement (euronews), ingested and translated with the command line
    (``none``), grouped as one story; their statements stored with the English the
    translations give (written here: no engine in this test)."""
    from click.testing import CliRunner

    from glossary import Glossary
    from translate.cli import main
    from translate.coverage.carried import same_quotation
    from translate.results import Grouping, StoryGroup, StorySettings
    from translate.storage.store import Store
    from translate.storage.stored import save_grouping

    folder = tmp_path_factory.mktemp("browser-reported")
    db = str(folder / "reported.sqlite3")
    runner = CliRunner()
    for name, text, lang, outlet in [
        ("wire.txt", WIRE, "nl", "ANP"),
        ("de.txt", GERMAN, "de", "euronews"),
    ]:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        result = runner.invoke(
            main, ["--db", db, "ingest", str(path), "--lang", lang, "--outlet", outlet]
        )
        assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["--db", db, "translate", "--engine", "none"])
    assert result.exit_code == 0, result.output
    glossary = Glossary.load(Path(__file__).resolve().parent.parent / "glossary" / "data")
    quoted, reported = _pair(glossary)
    with Store(Path(db)) as store:
        langs = {a.lang: a.id for a in store.get_articles(store.article_ids()).values()}
        wire, german = langs["nl"], langs["de"]
        assert (quoted.quote.article_id, reported.quote.article_id) == (wire, german)
        save_grouping(
            store,
            "reported-test",
            Grouping((StoryGroup((wire, german), 1.0, {}),), (), StorySettings()),
        )
        made = store.quotations.made_with()  # as the translation stored them: not stale
        for one in (quoted, reported):
            article_id = one.quote.article_id
            store.put_quotes(article_id, [one], made[article_id], same_quotation)
    settings = Settings.from_env().with_overrides(
        home=folder / "home", db_path=Path(db), glossary_path=folder / "glossary", engine="none"
    )
    with _serving(settings) as url:
        yield url, wire


@pytest.mark.parametrize("width", [1280, 390])
def test_the_story_page_says_who_quotes_and_who_reports_one_statement(
    browser,  # noqa: F811
    served: tuple[str, str],
    width: int,
) -> None:
    url, wire = served
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{url}/story/{wire}")  # "Comparing…" first, then the page itself
    block = page.locator("section.quotes-block")
    block.wait_for(timeout=60_000)
    text = block.inner_text()
    assert "Sanne Bakker: quoted by ANP, reported by euronews" in text
    assert "Sanne Bakker, quoted by ANP, reported by euronews" in text  # the speaker's line
    assert block.locator(".statement").count() == 1  # one statement, not one per outlet
    assert "Reported by euronews: the outlet's paraphrase" in text
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"story-carried-as-{width}.png"), full_page=True)
    context.close()
