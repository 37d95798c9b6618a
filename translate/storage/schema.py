"""The store's tables, and what brings a store an older newsbridge made up to date."""

from __future__ import annotations

import json
import sqlite3

from translate.storage import carrier_store
from translate.storage.carrier_store import TABLES as CARRIER_TABLES
from translate.storage.correction_store import TABLES as CORRECTION_TABLES
from translate.storage.correction_store import index as index_sentences
from translate.storage.outlet_store import TABLES as OUTLET_TABLES
from translate.storage.quotation_store import TABLES as QUOTE_TABLES
from translate.storage.search_index import TABLES as SEARCH_TABLES
from translate.storage.search_index import reindex

SCHEMA_VERSION = 10

SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    data TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    engine TEXT NOT NULL,
    model TEXT NOT NULL,
    lang TEXT NOT NULL,
    source TEXT NOT NULL,
    output TEXT NOT NULL,
    glossary TEXT NOT NULL,
    created_at TEXT NOT NULL,
    detail TEXT
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT OR IGNORE INTO meta (key, value) VALUES ('version', 0);
CREATE TABLE IF NOT EXISTS uploads (
    job TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    raw BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    outlet TEXT,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT,
    error TEXT,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS fetched (
    url TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    fetched_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    settings TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
"""
    + OUTLET_TABLES
    + QUOTE_TABLES
    + CARRIER_TABLES
    + CORRECTION_TABLES
    + SEARCH_TABLES
)


def migrate(db: sqlite3.Connection) -> None:
    """Bring tables an older newsbridge made up to the current schema (in the set-up
    transaction). Schema 4: the translation cache keeps the engine's score and attempts.
    Schema 5: feeds and fetched URLs (new tables, made by the schema's statements).
    Schema 6: outlets; those the stored articles name are recorded. Schema 7: quotations
    (new tables). Schema 8: people's corrections, and which sentences each stored
    translation holds (recorded here for the translations stored before). Schema 9: the
    search index (new tables), built from the stored articles. Schema 10: quotations'
    carriers in a table of their own, moved from their column (``carrier_store.migrate``)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(translations)")}
    if "detail" not in columns:
        db.execute("ALTER TABLE translations ADD COLUMN detail TEXT")
    for (data,) in db.execute("SELECT data FROM articles").fetchall():
        article = json.loads(data)
        if article.get("outlet"):
            db.execute(
                "INSERT OR IGNORE INTO outlets (name, language, added_at) VALUES (?, ?, ?)",
                (article["outlet"], article.get("language") or article.get("lang"), "migrated"),
            )
            db.execute(
                "INSERT OR IGNORE INTO outlet_names (alias, kind, shown, outlet)"
                " VALUES (?, 'name', ?, ?)",
                ("name:" + " ".join(article["outlet"].split()).casefold(), article["outlet"],
                 article["outlet"]),
            )  # fmt: skip
    if not db.execute("SELECT 1 FROM sentence_keys LIMIT 1").fetchone():
        for article_id, data in db.execute(
            "SELECT key, data FROM results WHERE kind = 'translation'"
        ).fetchall():
            stored = json.loads(data)
            parts = [stored.get("title") or {}, *(stored.get("sentences") or [])]
            lang = stored.get("language") or stored.get("lang") or ""
            index_sentences(db, article_id, lang, [p.get("source", "") for p in parts])
    if db.execute("SELECT 1 FROM search_docs").fetchone() is None:
        reindex(db)
    try:
        carrier_store.migrate(db, QUOTE_TABLES)
    except carrier_store.MigrationError as exc:  # rolled back by the caller: as it was
        from translate.storage.store import StoreError  # (the store imports this module)

        raise StoreError(f"the store cannot be brought up to date: {exc}") from exc
