"""The search page in real headless Chromium at 1280 and 390 px: a passage's "in the
article" link opens the article at that sentence (it had no link: a match in a long
article was found by reading it from the top), and no page is wider than the screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_browser import _serving, browser  # noqa: F401 (the browser fixture)

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# A long article whose one match is near its end.
LONG = (
    "Kop over het weer\n\n"
    + "Het regende de hele dag in het land. " * 40
    + ("De dijkgraaf sprak over de zeewering bij Delfzijl.\n")
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    from tests.web_support import seed
    from translate.sources.ingest import read_article

    folder = tmp_path_factory.mktemp("browser-search")
    long = folder / "long.txt"
    long.write_text(LONG, encoding="utf-8")
    settings = seed(folder, more=[long], lang="nl")
    with _serving(settings) as url:
        yield url, read_article(long, lang="nl").id


@pytest.mark.parametrize("width", [1280, 390])
def test_a_passage_opens_the_article_at_its_sentence(
    browser,  # noqa: F811
    served: tuple[str, str],
    width: int,
) -> None:
    url, long_id = served
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    page.goto(f"{url}/search?q=zeewering")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"search-passage-{width}.png"), full_page=True)
    link = page.locator(".search-hit .passage-at").first
    assert link.is_visible()
    link.click()
    page.wait_for_load_state()
    assert page.url.startswith(f"{url}/article/{long_id}#s")
    row = page.locator("tr:target")
    assert "zeewering" in row.inner_text()
    box = row.bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # scrolled to, in view
    page.screenshot(path=str(ARTIFACTS / f"search-passage-article-{width}.png"))
