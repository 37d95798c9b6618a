"""A store filled with the seeds (translated by the ``none`` engine) for the web tests.

Seeding (ingest, translate, group) is done once per test session; each test gets its
own copy of the files, so a test that writes cannot change what another one sees.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from flask.testing import FlaskClient

from glossary import Glossary
from translate.config import Settings
from translate.coverage import suggestions as suggested
from translate.coverage.compare import stories
from translate.coverage.docs import Doc
from translate.coverage.quotations import store_quotes
from translate.engines import load_engine
from translate.pipeline.translating import translate_articles
from translate.sources.ingest import read_article
from translate.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _settings(folder: Path) -> Settings:
    return Settings.from_env().with_overrides(
        home=folder / "home",
        db_path=folder / "web.sqlite3",
        glossary_path=folder / "glossary",
        engine="none",
    )


def seed(folder: Path, more: Sequence[Path] = (), lang: str | None = None) -> Settings:
    """Ingest, translate (``none``) and group the seeds, and the files ``more`` (read as
    ``lang``), into a store in ``folder``; the user's glossary layer is
    ``folder/glossary`` (empty: the shipped glossary applies)."""
    settings = _settings(folder)
    (folder / "glossary").mkdir()
    articles = [read_article(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    articles += [read_article(p, lang=lang) for p in more]
    with Store(settings.db_path) as store:
        store.put_articles(articles)
        glossary = Glossary.load_layers(settings.glossary_layers)
        results = translate_articles(articles, load_engine("none", settings), store, glossary)
        store_quotes(store, articles, glossary)
        stories(store, [Doc(a, r) for a, r in zip(articles, results, strict=True)])
        suggested.compute(store, glossary)  # as the worker finds them, for the pages
    return settings


def copy_seeded(template: Path, folder: Path) -> Settings:
    """A private copy of a store made by :func:`seed` (the store and the glossary)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(template / "web.sqlite3", folder / "web.sqlite3")
    shutil.copytree(template / "glossary", folder / "glossary")
    return _settings(folder)


class ViewClient(FlaskClient):
    """A test client that, like a browser on the "Comparing…" page, comes back for a
    comparison or story view once the worker has computed it."""

    def open(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        response = super().open(*args, **kwargs)
        if response.status_code == 202:
            self.application.extensions["newsbridge-worker"].wait()
            response = super().open(*args, **kwargs)
        return response
