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
# A pasted paragraph on the first line, taken for the title: 14 KB of it.
LONG_TITLE_TEXT = "De ministers van de NAVO spraken lang over de toekomst. " * 250 + (
    "\n\nDe minister zei dat alles goed gaat.\n"
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    from tests.web_support import seed
    from translate.sources.ingest import read_article

    folder = tmp_path_factory.mktemp("browser-long-words")
    long = folder / "long.txt"
    long.write_text(LONG_TEXT, encoding="utf-8")
    titled = folder / "long-title.txt"
    titled.write_text(LONG_TITLE_TEXT, encoding="utf-8")
    settings = seed(folder, more=[titled, long], lang="nl")
    ids = [read_article(p, lang="nl").id for p in (titled, long)]
    with _serving(settings) as url:
        yield url, ids[1], ids[0]


@pytest.mark.parametrize("width", [1280, 390])
def test_a_word_longer_than_a_line_breaks_and_no_page_is_wider_than_the_screen(
    browser,  # noqa: F811
    served: tuple[str, str, str],
    width: int,
) -> None:
    url, long_id, _titled_id = served
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


@pytest.mark.parametrize("width", [1280, 390])
def test_a_title_far_longer_than_a_title_is_shown_in_three_lines_and_whole_in_a_fold(
    browser,  # noqa: F811
    served: tuple[str, str, str],
    width: int,
) -> None:
    url, _long_id, titled_id = served
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    page.goto(f"{url}/article/{titled_id}")
    heading = page.locator("h1")
    line = float(
        page.evaluate("parseFloat(getComputedStyle(document.querySelector('h1')).lineHeight)")
    )
    box = heading.bounding_box()
    assert box and box["height"] <= 3.5 * line  # 10,615 px tall at 1280 before
    original = page.locator(".original-title").bounding_box()
    assert original and original["height"] < 150
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"long-title-{width}.png"))
    fold = page.locator("details.whole-title")
    title = LONG_TITLE_TEXT.split("\n")[0].strip()
    assert f"({len(title)} characters)" in fold.locator("summary").inner_text()
    fold.locator("summary").click()
    assert fold.locator("p[lang=nl]").inner_text() == title
    page.goto(url + "/")
    listed = page.locator(f"a.title[href$='/article/{titled_id}']").inner_text()
    assert 100 < len(listed) <= 300 and listed.endswith("...")
