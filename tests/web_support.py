"""A store filled with the seeds (translated by the ``none`` engine) for the web tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from glossary import DATA_DIR, Glossary
from translate.compare import stories
from translate.config import Settings
from translate.engines import load_engine
from translate.ingest import read_article
from translate.pipeline import translate_articles
from translate.store import Store
from translate.stories import Doc

ROOT = Path(__file__).resolve().parent.parent


def seeded_settings(tmp: Path) -> Settings:
    glossary_dir = tmp / "glossary"
    shutil.copytree(DATA_DIR, glossary_dir)
    settings = Settings.from_env().with_overrides(
        home=tmp / "home", db_path=tmp / "web.sqlite3", glossary_path=glossary_dir, engine="none"
    )
    articles = [read_article(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with Store(settings.db_path) as store:
        store.put_articles(articles)
        results = translate_articles(
            articles, load_engine("none", settings), store, Glossary.load(glossary_dir)
        )
        stories(store, [Doc(a, r) for a, r in zip(articles, results, strict=True)])
    return settings
