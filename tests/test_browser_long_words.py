"""A word longer than a line (a URL, a German compound, a pasted run) in real headless
Chromium at 1280 and 390 px: it breaks, and no page grows wider than the screen (it made
the article page 5,362 px wide at 1280, the library 2,517, the glossary's suggestions 2,466)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_browser import _serving, browser  # noqa: F401 (the browser fixture)

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ROOT = Path(__file__).resolve().parent.parent
COMPOUND = "Donaudampfschifffahrtsgesellschaftskapitänsmütze" * 6
LONG_TEXT = (
    f"Kop {COMPOUND}\n\n"
    f'De minister zei: "https://example.org/{"a" * 300}" en Peskov zei: "Dit is {"x" * 200}".\n'
    f"Rutte zei dat het {'superlangwoord' * 30} goed gaat.\n"
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    from glossary import Glossary
    from tests.web_support import _settings
    from translate.coverage import suggestions as suggested
    from translate.coverage.compare import stories
    from translate.coverage.docs import Doc
    from translate.coverage.quotations import store_quotes
    from translate.engines import load_engine
    from translate.pipeline.translating import translate_articles
    from translate.sources.ingest import read_article
    from translate.storage.store import Store

    folder = tmp_path_factory.mktemp("browser-long-words")
    (folder / "glossary").mkdir()
    long = folder / "long.txt"
    long.write_text(LONG_TEXT, encoding="utf-8")
    settings = _settings(folder)
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), long]
    articles = [read_article(p, lang="nl" if p == long else None) for p in paths]
    with Store(settings.db_path) as store:
        store.put_articles(articles)
        glossary = Glossary.load_layers(settings.glossary_layers)
        results = translate_articles(articles, load_engine("none", settings), store, glossary)
        store_quotes(store, articles, glossary)
        stories(store, [Doc(a, r) for a, r in zip(articles, results, strict=True)])
        suggested.compute(store, glossary)
    with _serving(settings) as url:
        yield url, articles[-1].id


@pytest.mark.parametrize("width", [1280, 390])
def test_a_word_longer_than_a_line_breaks_and_no_page_is_wider_than_the_screen(
    browser,  # noqa: F811
    served: tuple[str, str],
    width: int,
) -> None:
    url, long_id = served
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    seed_id = "4e756820e369413a"
    for path in (
        f"/article/{long_id}",
        "/",
        f"/story/{long_id}",
        f"/compare/{long_id}/{seed_id}",
        "/glossary",
        "/people/mark-rutte",
        "/search?q=superlangwoord" + "superlangwoord" * 29,
    ):
        page.goto(url + path)
        if page.locator("meta[http-equiv=refresh]").count():  # "Comparing…": the worker runs
            page.wait_for_selector("table.compare", timeout=20_000)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
    page.goto(f"{url}/article/{long_id}")
    title = page.locator("h1").bounding_box()
    assert title and title["x"] + title["width"] <= width
    assert COMPOUND[:40] in page.locator("h1").inner_text()  # shown whole, broken in lines
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"long-words-{width}.png"), full_page=True)
