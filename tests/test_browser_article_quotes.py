"""The article page's "Who said what" in real headless Chromium at 1280 and 390 px, on the
seeds (translated by ``none``): quotations and the outlet's paraphrases apart, every
paraphrase labelled, original and English side by side on a wide screen and stacked on a
phone, nothing wider than the screen; the links go to the sentence and to the person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_browser import _serving, browser  # noqa: F401 (the browser fixture)
from translate.sources.ingest import read_article

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
SEED_004 = next((Path(__file__).resolve().parent.parent / "seeds").glob("004_*.txt"))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tests.web_support import seed

    with _serving(seed(tmp_path_factory.mktemp("browser-article-quotes"))) as url:
        yield url


@pytest.mark.parametrize("width", [1280, 390])
def test_the_article_page_says_who_said_what(
    browser,  # noqa: F811
    served: str,
    width: int,
) -> None:
    article_id = read_article(SEED_004).id
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    rows = page.request.get(f"{served}/api/quotes?article={article_id}&per_page=500").json()
    told = [r for r in rows["quotes"] if r["kind"] == "reported"]
    assert told  # seed 004 reports Peskov ("Volgens Peskov heeft Poetin …")
    page.goto(f"{served}/article/{article_id}")
    block = page.locator("section.quotes-block")
    assert block.locator("h2").inner_text() == "Who said what"
    # Every paraphrase is labelled as the outlet's, under "Reported, not quoted".
    labels = block.locator(".reported-label")
    assert labels.count() == block.locator(".quote-pair.reported").count() == len(told)
    for i in range(labels.count()):
        assert "the outlet's paraphrase" in labels.nth(i).inner_text()
        assert "not the speaker's own words" in labels.nth(i).inner_text()
    peskov = block.locator("li", has=page.locator("a.person", has_text="Dmitry Peskov")).first
    assert "Reported here, not quoted:" in peskov.inner_text()
    # Nothing is wider than the screen; the pair sits side by side, or stacked on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    pair = block.locator(".quote-pair").first.locator("blockquote")
    original, english = pair.nth(0).bounding_box(), pair.nth(1).bounding_box()
    assert original and english
    assert english["x"] + english["width"] <= width
    if width >= 1000:
        assert english["x"] >= original["x"] + original["width"]
        assert abs(english["y"] - original["y"]) < 2
    else:
        assert english["y"] >= original["y"] + original["height"]
        assert abs(english["x"] - original["x"]) < 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"article-quotes-{width}.png"), full_page=True)
    block.screenshot(path=str(ARTIFACTS / f"article-quotes-block-{width}.png"))
    # The header's link leads to the block; a statement's link to its sentence's row.
    page.get_by_role("link", name="who said what").click()
    page.wait_for_url("**#quotes-h")
    assert block.locator("h2").is_visible()
    first = block.locator(".statement .meta a").first
    target = first.get_attribute("href")
    first.click()
    page.wait_for_url(f"**{target}")
    assert page.locator(f"tr{target}").is_visible()
    assert page.evaluate("window.scrollY") > 0  # the row was scrolled to
    # The speaker's name leads to their page.
    page.locator("section.quotes-block a.person", has_text="Dmitry Peskov").click()
    page.wait_for_url("**/people/dmitry-peskov")
    assert page.locator("h1").inner_text() == "Dmitry Peskov"
    context.close()
