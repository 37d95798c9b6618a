"""Two findings of the browser review: one outlet read two ways in the library ("ANP" and
"ANP (ANP/AFP)"), and a story titled with a doubted headline where another article's
English headline is not doubted."""

from __future__ import annotations

import dataclasses
import re

from translate.config import Settings
from translate.doubt.current import current_titles, current_translation
from translate.storage.store import Store
from translate.storage.stored import save_translation
from web import create_app
from web.render import story_lead

PESKOV = "4e756820e369413a"  # seeds/000: "MOSKOU (ANP) - …", its headline left in Dutch
CONCESSIONS = "68aa529f7daee083"  # seeds/001: "MOSKOU (ANP/AFP) - …", the same story
ENGLISH = "Moscow: US should not count on concessions at summit talks"


def _app(settings: Settings):  # type: ignore[no-untyped-def]
    app = create_app({"SETTINGS": settings, "SECRET_KEY": "test", "ENGINE": "none"})
    return app


def test_an_outlet_reads_the_same_and_the_agencies_it_carried_come_after(
    seeded_settings: Settings,
) -> None:
    app = _app(seeded_settings)
    page = app.test_client().get("/").get_data(as_text=True)
    assert "(ANP/AFP)" not in page and "(ANP/RTR)" not in page
    outlets = re.findall(r'<span class="badge">NL</span>\s*([^<\n]+)', page)
    assert {o.split(" · ")[0].strip() for o in outlets} == {"ANP"}
    assert "ANP · agency AFP" in page and "ANP · agency RTR" in page
    article = app.test_client().get(f"/article/{CONCESSIONS}").get_data(as_text=True)
    meta = re.search(r'<p class="meta">(.*?)</p>', article, re.S)
    assert meta is not None and "ANP · agency AFP" in " ".join(meta.group(1).split())
    app.extensions["newsbridge-worker"].wait()


def test_a_story_goes_by_an_undoubted_headline_where_there_is_one(
    seeded_settings: Settings,
) -> None:
    with Store(seeded_settings.db_path) as store:
        titles = current_titles(store, [PESKOV, CONCESSIONS])
        assert titles[PESKOV].flags  # the none engine's Dutch headline is doubted
        assert story_lead([PESKOV, CONCESSIONS], titles) == PESKOV  # no better one yet
        translation = current_translation(store, CONCESSIONS)
        assert translation is not None
        # An engine's English headline the checks found nothing wrong with.
        title = dataclasses.replace(
            translation.title, english=ENGLISH, flags=(), reasons=(), confidence=0.9
        )
        save_translation(store, dataclasses.replace(translation, title=title))
        titles = current_titles(store, [PESKOV, CONCESSIONS])
        assert not titles[CONCESSIONS].flags
        assert story_lead([PESKOV, CONCESSIONS], titles) == CONCESSIONS
    app = _app(seeded_settings)
    page = app.test_client().get("/").get_data(as_text=True)
    headings = re.findall(r'<h2 id="story-\d+">\s*(.*?)\s*</h2>', page, re.S)
    assert any(h.startswith(ENGLISH) for h in headings)
    assert not any(h.startswith("Poetin-woordvoerder") for h in headings)
    # A person's page titles the story the same way.
    person = app.test_client().get("/people/dmitry-peskov").get_data(as_text=True)
    assert ENGLISH in person and "Poetin-woordvoerder noemt" not in person.split("<h2")[1]
    app.extensions["newsbridge-worker"].wait()
