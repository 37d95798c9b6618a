"""SQLite store: articles, the translation cache, and stored results.

Every write runs in one transaction. A translation is keyed by what determines it: the
engine, the model identity, the source language and the exact text the engine was given
(which already carries the glossary's protections), so a glossary edit re-translates only
the sentences it changes. The glossary version is kept with each row as provenance."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from translate.records import Article, Rendering
from translate.results import Quoted
from translate.storage import outlet_store, quotation_store, search_index
from translate.storage.codec import from_json, to_json
from translate.storage.memo import StoreMemos
from translate.storage.quotation_store import MadeWith, Same, StoredQuotes
from translate.storage.schema import SCHEMA, SCHEMA_VERSION, migrate
from translate.vocab import ResultKind

T = TypeVar("T")


class StoreError(RuntimeError):
    pass


class StoreReadOnly(StoreError):
    """The store can be read but not written (file permissions, a read-only disk)."""


class StoreFull(StoreError):
    """The disk is full: the write was rolled back, nothing stored changed."""


class StoreGone(StoreError):
    """The store file is missing, or another file took its place."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def translation_key(engine: str, model: str, lang: str, source: str) -> str:
    digest = hashlib.sha256()
    for part in (engine, model, lang, source):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def result_key(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


class Store:
    """One SQLite file. Safe to share between threads of one process."""

    def __init__(
        self, path: Path | str, create: bool = True, memos: StoreMemos | None = None
    ) -> None:
        """Open the store at ``path``. ``create=False``: it must exist already (a running
        server never recreates a store that disappeared). A file this process may not
        write is opened read-only: reading works, writing raises :class:`StoreReadOnly`.
        ``memos``: where decoded results are kept (a server shares one across its
        requests' stores); by default this store keeps its own."""
        self.path = Path(path)
        self.memos = memos if memos is not None else StoreMemos()
        memory = str(path) == ":memory:"
        if not memory and not self.path.exists():
            if not create:
                raise StoreGone(f"{self.path.name}: the store is gone (deleted or moved)")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.read_only = not memory and self.path.exists() and not os.access(self.path, os.W_OK)
        try:
            if self.read_only:
                uri = f"file:{urllib.parse.quote(str(self.path.resolve()))}?mode=ro"
                self._db = sqlite3.connect(
                    uri, uri=True, check_same_thread=False, isolation_level=None
                )
            else:
                self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA busy_timeout=5000")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a newsbridge database ({exc})") from exc
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path}: made by a newer newsbridge (schema {version} > {SCHEMA_VERSION})"
            )
        self._lock = threading.RLock()
        if version < SCHEMA_VERSION and self.read_only and version > 0:
            raise StoreReadOnly(
                f"{path}: made by an older newsbridge (schema {version}); open it once where "
                "it can be written, and newsbridge brings it up to date"
            )
        if version < SCHEMA_VERSION:
            # Set-up writes only to a store that needs it: opening never writes otherwise.
            with self.transaction() as db:
                for statement in filter(str.strip, SCHEMA.split(";")):
                    db.execute(statement)
                migrate(db)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        if not self.read_only and not memory:
            self._db.execute("PRAGMA journal_mode=WAL")

    def version(self) -> int:
        """A number that changes with every write to the store (by any process)."""
        return int(self._read("SELECT value FROM meta WHERE key = 'version'")[0][0])

    def identity(self) -> tuple[int, int]:
        """(device, inode) of the file: another file at the same path has another one."""
        stat = self.path.stat()
        return (stat.st_dev, stat.st_ino)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or (on any error) none of it."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                    # Every write moves the store's version on (pages cached per version).
                    self._db.execute("UPDATE meta SET value = value + 1 WHERE key = 'version'")
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
            except sqlite3.OperationalError as exc:
                raise self._write_error(exc) from exc

    def _write_error(self, exc: sqlite3.OperationalError) -> StoreError:
        message = str(exc).lower()
        name = self.path.name
        if "readonly" in message or "read-only" in message:
            return StoreReadOnly(f"{name}: the store is read-only; nothing can be saved")
        if "full" in message:
            return StoreFull(f"{name}: the disk is full; nothing was saved")
        if "unable to open" in message or "disk i/o" in message:
            return StoreGone(f"{name}: the store cannot be written ({exc})")
        return StoreError(f"{name}: {exc}")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # Articles
    def put_articles(self, articles: Iterable[Article]) -> None:
        """Store articles (each outlet named by its one name: ``outlet_store``)."""
        with self.transaction() as db:
            rows = [
                (a.id, a.path, a.lang, a.title, json.dumps(to_json(a), ensure_ascii=False), _now())
                for a in outlet_store.register(db, articles, _now())
            ]
            db.executemany(
                "INSERT INTO articles (id, path, lang, title, data, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET path=excluded.path, lang=excluded.lang,"
                " title=excluded.title, data=excluded.data",
                rows,
            )
            search_index.index_articles(db, [row[0] for row in rows])

    def get_article(self, article_id: str) -> Article | None:
        rows = self._read("SELECT data FROM articles WHERE id = ?", (article_id,))
        return from_json(Article, json.loads(rows[0][0])) if rows else None

    def list_articles(self) -> list[Article]:
        rows = self._read("SELECT data FROM articles ORDER BY path, id")
        return [from_json(Article, json.loads(r[0])) for r in rows]

    def article_ids(self) -> list[str]:
        """Every stored article's id, in the library's order (no article is loaded)."""
        return [r[0] for r in self._read("SELECT id FROM articles ORDER BY path, id")]

    def articles_digest(self) -> str:
        """A digest that changes whenever any stored article does (added, removed, edited),
        and only then: what is computed from every article can be kept until it changes."""
        digest = hashlib.sha256()
        for article_id, data in self._read("SELECT id, data FROM articles ORDER BY id"):
            digest.update(article_id.encode())
            digest.update(hashlib.sha256(data.encode("utf-8")).digest())
        return digest.hexdigest()

    def get_articles(self, ids: Sequence[str]) -> dict[str, Article]:
        """The stored articles of these ids (missing ones left out)."""
        found: dict[str, Article] = {}
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            for (data,) in self._read(f"SELECT data FROM articles WHERE id IN ({marks})", chunk):
                article = from_json(Article, json.loads(data))
                found[article.id] = article
        return found

    # Feeds and fetched pages (newsbridge fetch)
    def add_feed(self, url: str, outlet: str | None = None) -> bool:
        """Add a feed (or set its outlet); True if it is new."""
        with self.transaction() as db:
            new = db.execute("SELECT 1 FROM feeds WHERE url = ?", (url,)).fetchone() is None
            db.execute(
                "INSERT INTO feeds (url, outlet, added_at) VALUES (?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET outlet = coalesce(excluded.outlet, outlet)",
                (url, outlet, _now()),
            )
        return new

    def remove_feed(self, url: str) -> bool:
        with self.transaction() as db:
            return db.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount > 0

    def list_feeds(self) -> list[dict[str, str | None]]:
        columns = ("url", "outlet", "etag", "last_modified", "fetched_at", "error", "added_at")
        rows = self._read(f"SELECT {', '.join(columns)} FROM feeds ORDER BY added_at, url")
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def feed_fetched(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
    ) -> None:
        """Record a feed's fetch: its validators, or why it failed (keeping the last good)."""
        with self.transaction() as db:
            if error is None:
                db.execute(
                    "UPDATE feeds SET etag = ?, last_modified = ?, fetched_at = ?, error = NULL"
                    " WHERE url = ?",
                    (etag, last_modified, _now(), url),
                )
            else:
                db.execute(
                    "UPDATE feeds SET fetched_at = ?, error = ? WHERE url = ?",
                    (_now(), error, url),
                )

    def fetched_article(self, url: str) -> str | None:
        """The id of the article fetched from ``url``, if it was."""
        rows = self._read("SELECT article_id FROM fetched WHERE url = ?", (url,))
        return rows[0][0] if rows else None

    def put_fetched(self, urls: Sequence[str], article: Article, named: bool = True) -> None:
        """Store a fetched article and the URLs it was reached by, in one transaction.
        ``named``: its outlet is the one its page or the user named (then the outlet is
        known for its domain too), not a feed's title or the domain itself."""
        with self.transaction() as db:
            (article,) = outlet_store.register(db, [article], _now(), domains=named)
            data = json.dumps(to_json(article), ensure_ascii=False)
            db.execute(
                "INSERT INTO articles (id, path, lang, title, data, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET data=excluded.data, title=excluded.title",
                (article.id, article.path, article.lang, article.title, data, _now()),
            )
            db.executemany(
                "INSERT INTO fetched (url, article_id, fetched_at) VALUES (?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET article_id=excluded.article_id",
                [(u, article.id, _now()) for u in dict.fromkeys(urls)],
            )
            search_index.index_articles(db, [article.id])

    # Outlets (translate.storage.outlet_store)

    def list_outlets(self) -> list[outlet_store.Outlet]:
        return outlet_store.list_outlets(self._db)

    def outlet_of(self, spelling: str | None, domain: str | None = None) -> str | None:
        """The outlet ``spelling`` names, else the one known for ``domain``, else None."""
        if spelling:
            return outlet_store.resolve(self._db, spelling)
        return outlet_store.by_domain(self._db, domain)

    def merge_outlets(self, keep: str, other: str) -> tuple[str, int]:
        with self.transaction() as db:
            return outlet_store.merge(db, keep, other)

    def rename_outlet(self, old: str, new: str) -> tuple[str, int]:
        with self.transaction() as db:
            return outlet_store.rename(db, old, new)

    # Quotations (translate.storage.quotation_store)

    def put_quotes(
        self, article_id: str, quoted: Sequence[Quoted], made: MadeWith, same: Same
    ) -> None:
        with self.transaction() as db:
            quotation_store.put(db, article_id, quoted, made, same, _now())
            search_index.index_articles(db, [article_id])

    @property
    def quotations(self) -> StoredQuotes:
        return StoredQuotes(self)

    def read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        """``query`` on the store's connection: for this layer's modules only (not above)."""
        with self._lock:
            return query(self._db)

    # Translation cache
    def cached_translations(
        self, engine: str, model: str, lang: str, sources: Iterable[str]
    ) -> dict[str, Rendering]:
        wanted = {translation_key(engine, model, lang, s): s for s in sources}
        found: dict[str, Rendering] = {}
        keys = list(wanted)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for key, output, detail in self._read(
                f"SELECT key, output, detail FROM translations WHERE key IN ({marks})", chunk
            ):
                extra = json.loads(detail) if detail else {}
                found[wanted[key]] = Rendering(output, extra.get("logprob"), extra.get("tries", 1))
        return found

    def put_translations(
        self,
        engine: str,
        model: str,
        lang: str,
        pairs: Iterable[tuple[str, Rendering]],
        glossary: str = "none",
    ) -> None:
        now = _now()
        rows = [
            (
                translation_key(engine, model, lang, s),
                engine,
                model,
                lang,
                s,
                r.text,
                glossary,
                now,
                json.dumps({"logprob": r.logprob, "tries": r.tries}),
            )
            for s, r in pairs
        ]
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO translations"
                " (key, engine, model, lang, source, output, glossary, created_at, detail)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def count_translations(self) -> int:
        return int(self._read("SELECT COUNT(*) FROM translations")[0][0])

    # Uploads waiting for the worker to read them (a file or a paste, as sent)
    def put_upload(self, job: str, name: str, raw: bytes) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO uploads (job, name, raw, created_at) VALUES (?, ?, ?, ?)",
                (job, name, raw, _now()),
            )

    def get_upload(self, job: str) -> tuple[str, bytes] | None:
        rows = self._read("SELECT name, raw FROM uploads WHERE job = ?", (job,))
        return (rows[0][0], bytes(rows[0][1])) if rows else None

    def delete_upload(self, job: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM uploads WHERE job = ?", (job,))

    # Stored results (article translations, comparisons, story groups, reports)
    def put_result(self, kind: ResultKind, key: str, settings: dict[str, Any], data: Any) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO results (kind, key, settings, data, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    kind,
                    key,
                    json.dumps(settings, sort_keys=True),
                    json.dumps(data, ensure_ascii=False),
                    _now(),
                ),
            )
            search_index.stored(db, kind, key)

    def get_result(self, kind: ResultKind, key: str) -> Any | None:
        text = self.get_result_text(kind, key)
        return json.loads(text) if text is not None else None

    def get_result_text(self, kind: ResultKind, key: str) -> str | None:
        """A stored result as the JSON text it is kept in."""
        rows = self._read("SELECT data FROM results WHERE kind = ? AND key = ?", (kind, key))
        return rows[0][0] if rows else None

    def result_field(
        self, kind: ResultKind, path: str, keys: Sequence[str] | None = None
    ) -> dict[str, Any]:
        """One field (a JSON path such as ``$.title.english``) of the stored results of
        ``kind`` (all, or those of ``keys``), by key: read by SQLite, without loading the
        results whole."""
        if keys is None:
            sql = "SELECT key, json_extract(data, ?) FROM results WHERE kind = ?"
            return dict(self._read(sql, (path, kind)))
        found: dict[str, Any] = {}
        for i in range(0, len(keys), 500):
            chunk = list(keys[i : i + 500])
            marks = ",".join("?" * len(chunk))
            sql = (
                "SELECT key, json_extract(data, ?) FROM results"
                f" WHERE kind = ? AND key IN ({marks})"
            )
            found.update(self._read(sql, (path, kind, *chunk)))
        return found

    def result_settings(self, kind: ResultKind, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The settings (a translation's signature) of the ``kind`` results of ``keys``."""
        found: dict[str, dict[str, Any]] = {}
        for i in range(0, len(keys), 500):
            chunk = list(keys[i : i + 500])
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT key, settings FROM results WHERE kind = ? AND key IN ({marks})"
            found.update((key, json.loads(raw)) for key, raw in self._read(sql, (kind, *chunk)))
        return found

    def list_results(self, kind: ResultKind) -> list[tuple[str, dict[str, Any], Any, str]]:
        rows = self._read(
            "SELECT key, settings, data, created_at FROM results WHERE kind = ?"
            " ORDER BY created_at, key",
            (kind,),
        )
        return [(k, json.loads(s), json.loads(d), c) for k, s, d, c in rows]
