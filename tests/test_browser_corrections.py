"""Correcting a sentence in real headless Chromium at 1280 and 390 px: the edit control on
the article page, the correction on the wire copy's page, undo from the history page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_browser import _serving, browser  # noqa: F401 (the browser fixture)
from tests.test_corrections import KIRBY, RIGHT, SEED, _add_copy
from tests.web_support import copy_seeded
from translate.sources.ingest import read_article
from translate.storage.correction_store import sentence_key

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, seeded_template: Path) -> Iterator[tuple]:
    """The seeded pages, with a wire copy of seed 000 under another outlet."""
    folder = tmp_path_factory.mktemp("browser-corrections")
    settings = copy_seeded(seeded_template, folder)
    a, b = _add_copy(settings, folder)
    with _serving(settings) as url:
        yield url, a, b


@pytest.mark.parametrize("width", [1280, 390])
def test_correct_a_sentence_see_it_on_the_wire_copy_and_undo(
    browser,  # noqa: F811
    served: tuple[str, str, str],
    width: int,
) -> None:
    url, a, b = served
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    number = next(s.index for s in read_article(SEED).sentences if s.text == KIRBY)
    page.goto(f"{url}/article/{a}")
    row = page.locator(f"tr#s{number}")
    control = row.locator("details.correct summary")
    control.focus()  # reachable and opened from the keyboard
    page.keyboard.press("Enter")
    field = row.locator("textarea[name=english]")
    assert field.is_visible()
    field.fill(RIGHT)
    row.locator("input[name=by]").fill("ann")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(ARTIFACTS / f"correct-form-{width}.png"), full_page=True)
    row.locator("button[type=submit]").click()
    page.wait_for_url(f"{url}/article/{a}#s{number}")
    assert "actively working to create a pretext" in page.locator(f"tr#s{number}").inner_text()
    # The wire copy, under another outlet, shows it, marked as a person's.
    page.goto(f"{url}/article/{b}")
    copy_row = page.locator(f"tr#s{number}")
    assert "actively working to create a pretext" in copy_row.inner_text()
    assert copy_row.locator(".corrected").count() == 1
    copy_row.locator(".corrected").focus()  # its tip stays on the screen
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    copy_row.locator("details.machine summary").click()  # the tip is in no one's way
    assert "Corrected by ann" in copy_row.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(ARTIFACTS / f"corrected-copy-{width}.png"), full_page=True)
    # Undo from the history page: the machine's English is back on both.
    page.goto(f"{url}/corrections")
    form = page.locator(f"form[action='/corrections/{sentence_key('nl', KIRBY)}/undo']")
    form.locator("input[name=by]").fill("bob")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(ARTIFACTS / f"corrections-{width}.png"), full_page=True)
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{url}/article/{b}")
    assert "pretext" not in page.locator(f"tr#s{number}").inner_text()
    assert page.locator(f"tr#s{number} .corrected").count() == 0
    context.close()
