"""The search index: every stored article's words, as stems, in SQLite FTS5.

FTS5 has no Dutch or German stemmer and Python cannot give it one, so the stems are
computed here (Snowball) and the index holds them as its words: one row per article with
its titles, original, English, outlet and the names of the people it quotes. A query is
stemmed the same way; the words that matched are found again in the text by their stems
(:func:`word_spans`), for marking.

The index is kept in the transaction that stores an article, its translation or its
quotations (:func:`index_articles`, called by ``translate.storage.store``), and built
again whole by :func:`reindex` (``newsbridge search --reindex``). What reads an article's
English is :func:`english_of`: a correction is indexed by making it read the corrected
English and calling :func:`reindex_article_english`.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import snowballstemmer

from glossary import languages
from translate.storage import correction_store

if TYPE_CHECKING:
    from translate.storage.store import Store

TABLES = """
CREATE TABLE IF NOT EXISTS search_docs (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    lang TEXT NOT NULL,
    outlet TEXT,
    published TEXT,
    stems BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS search_docs_published ON search_docs (published);
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
    title, original, english, outlet, speakers, content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

# bm25 weights of the columns: title, original, english, outlet, speakers.
WEIGHTS = (4.0, 1.0, 1.0, 2.0, 2.0)
# The longest a search may run before it is stopped (seconds).
TIME_LIMIT = 2.0

_WORD = re.compile(r"[^\W_]+")
_ACCENTS = re.compile("[\u0300-\u036f]")  # combining accents, as NFKD leaves them
_STEMMER_LOCK = threading.Lock()
_STEMMER_OBJECTS: dict[str, Any] = {}


def fold(word: str) -> str:
    """A word without case or accents ("Gespräch" -> "gesprach")."""
    folded = word.casefold()
    return folded if folded.isascii() else _ACCENTS.sub("", unicodedata.normalize("NFKD", folded))


@lru_cache(maxsize=200_000)
def stem(lang: str, word: str) -> str:
    """The stem of ``word`` in ``lang`` (folded: no case, no accents); a language without a
    stemmer, and a number, gives the folded word."""
    try:
        name = languages.get(lang).stemmer  # the language's Snowball stemmer
    except KeyError:
        name = None
    folded = word.casefold()
    if name is None or folded.isdigit():
        return fold(folded)
    with _STEMMER_LOCK:  # a Snowball stemmer keeps state while it works: one at a time
        stemmer = _STEMMER_OBJECTS.get(name)
        if stemmer is None:
            stemmer = _STEMMER_OBJECTS[name] = snowballstemmer.stemmer(name)
        return fold(stemmer.stemWord(folded))


def codes() -> tuple[str, ...]:
    """The languages a word is stemmed in, to be found in any (every one registered)."""
    return tuple(lang.code for lang in languages.registered())


def words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` with their offsets: what is indexed and what is marked."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def stems(text: str, lang: str) -> str:
    """``text`` as the index holds it: its words' stems, in order."""
    return " ".join(stem(lang, w) for w, _s, _e in words(text))


def any_stems(text: str) -> str:
    """Each word's stems in every language (names: an outlet, a speaker)."""
    found: list[str] = []
    for w, _s, _e in words(text):
        found.extend(dict.fromkeys(stem(lang, w) for lang in codes()))
    return " ".join(found)


def word_spans(text: str, lang: str, wanted: set[str]) -> list[tuple[int, int]]:
    """The offsets of the words of ``text`` whose stem in ``lang`` is one of ``wanted``."""
    # A stem differs from its word at the end only: a text holding none of the stems'
    # first three letters holds none of them (and is not split into words and stemmed).
    folded = fold(text)
    if not any(s[:3] in folded for s in wanted):
        return []
    return [(s, e) for w, s, e in words(text) if stem(lang, w) in wanted]


# Indexing


@dataclass(frozen=True)
class Texts:
    """An article's texts as stored, read without decoding the whole article and its
    translation (what a page of results shows: the passages that matched)."""

    lang: str
    outlet: str | None
    published: str | None
    title: str
    sentences: tuple[tuple[int, str], ...]  # (index, text)
    # The English by sentence index (-1: the title) with the sentence's doubt flags as
    # stored; None: not translated.
    english: dict[int, tuple[str, tuple[str, ...]]] | None
    checks: str  # the version of the checks the flags are from


def _english(data: dict[str, Any]) -> dict[int, tuple[str, tuple[str, ...]]]:
    title = data.get("title") or {}
    found = {-1: (str(title.get("english") or ""), tuple(title.get("flags") or ()))}
    for n, s in enumerate(data.get("sentences") or ()):
        found[int(s.get("index", n))] = (str(s.get("english") or ""), tuple(s.get("flags") or ()))
    return found


def _translation(db: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT data FROM results WHERE kind = 'translation' AND key = ?", (article_id,)
    ).fetchone()
    return json.loads(row[0]) if row is not None else None


def english_of(
    db: sqlite3.Connection, article_id: str
) -> tuple[dict[int, tuple[str, tuple[str, ...]]], str] | None:
    """An article's English as stored: by sentence index (-1: the title) the English and
    its doubt flags, and the checks' version; None: not translated, or in a shape this
    cannot read. The one place the index and the results read English from: corrections
    are applied here."""
    try:
        data = _translation(db, article_id)
        if data is None:
            return None
        english = _english(data)
        # People's corrections in force replace the machine's English (their doubt too).
        lang = str(data.get("language") or data.get("lang") or "")
        parts = [data.get("title") or {}, *(data.get("sentences") or ())]
        keys = {
            int(p.get("index", n - 1)): correction_store.sentence_key(
                lang, str(p.get("source") or "")
            )
            for n, p in enumerate(parts)
        }
        fixes = correction_store.in_force_at(db, list(keys.values()))
        for n, key in keys.items():
            fix = fixes.get(key)
            if fix is not None and fix.english is not None:
                english[n] = (fix.english, ())
        return english, str(data.get("checks") or "")
    except (AttributeError, TypeError, ValueError):
        return None  # a shape this index cannot read: the original is still indexed


def texts(db: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Texts]:
    """The texts of the stored articles of ``ids`` (missing ones left out)."""
    found = {}
    for article_id in ids:
        row = db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            continue
        article = json.loads(row[0])
        english = english_of(db, article_id)
        sentences = tuple(
            (int(s.get("index", n)), str(s.get("text") or ""))
            for n, s in enumerate(article.get("sentences") or ())
        )
        found[article_id] = Texts(
            str(article.get("language") or article.get("lang") or ""),
            article.get("outlet"),
            article.get("published"),
            str(article.get("title") or ""),
            sentences,
            english[0] if english else None,
            english[1] if english else "",
        )
    return found


def _document(db: sqlite3.Connection, article_id: str) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    row = db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
    article = json.loads(row[0])
    lang = str(article.get("language") or article.get("lang") or "")
    stored_english = english_of(db, article_id)
    english = stored_english[0] if stored_english else {}
    title_en = english.get(-1, ("", ()))[0]
    sentences_en = [text for n, (text, _flags) in sorted(english.items()) if n >= 0]
    original = " ".join(str(s.get("text") or "") for s in article.get("sentences") or ())
    speakers = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT name FROM quotes WHERE article_id = ? AND name IS NOT NULL",
            (article_id,),
        )
    ]
    outlet = article.get("outlet")
    doc = (article_id, lang, outlet, article.get("published"))
    text = (
        stems(str(article.get("title") or ""), lang) + " " + stems(title_en, "en"),
        stems(original, lang),
        stems(" ".join(sentences_en), "en"),
        any_stems(outlet or ""),
        any_stems(" ; ".join(speakers)),
    )
    return doc, text


def index_articles(db: sqlite3.Connection, article_ids: Iterable[str]) -> None:
    """(Re)index these stored articles, in the caller's transaction; an id not stored is
    taken out of the index."""
    columns = "rowid, title, original, english, outlet, speakers"
    for article_id in dict.fromkeys(article_ids):
        old = db.execute(
            "SELECT rowid, stems FROM search_docs WHERE article_id = ?", (article_id,)
        ).fetchone()
        if old is not None:
            # The index keeps no copy of what it holds (a contentless table: a third of
            # the size); what was indexed is kept compressed, to take it out again.
            was = json.loads(zlib.decompress(old[1]))
            db.execute(
                f"INSERT INTO search_text (search_text, {columns})"
                " VALUES ('delete', ?, ?, ?, ?, ?, ?)",
                (old[0], *was),
            )
            db.execute("DELETE FROM search_docs WHERE rowid = ?", (old[0],))
        if db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
            continue
        doc, text = _document(db, article_id)
        kept = zlib.compress(json.dumps(text).encode("utf-8"))
        rowid = db.execute(
            "INSERT INTO search_docs (article_id, lang, outlet, published, stems)"
            " VALUES (?, ?, ?, ?, ?)",
            (*doc, kept),
        ).lastrowid
        db.execute(f"INSERT INTO search_text ({columns}) VALUES (?, ?, ?, ?, ?, ?)", (rowid, *text))


def reindex_article_english(db: sqlite3.Connection, article_id: str) -> None:
    """Index an article's English again (after a correction), in the caller's transaction."""
    index_articles(db, [article_id])


def reindex_sentence(db: sqlite3.Connection, key: str) -> None:
    """Index again every article whose translation holds sentence ``key`` (a correction of
    it was recorded in the caller's transaction)."""
    rows = db.execute("SELECT article_id FROM sentence_keys WHERE key = ?", (key,))
    index_articles(db, [r[0] for r in rows.fetchall()])


def stored(db: sqlite3.Connection, kind: str, key: str) -> None:
    """A result was stored (in the caller's transaction): a translation is indexed."""
    if kind == "translation":
        index_articles(db, [key])


def reindex(db: sqlite3.Connection) -> int:
    """Build the whole index again from the stored articles (in the caller's transaction);
    how many articles it holds."""
    db.execute("INSERT INTO search_text (search_text) VALUES ('delete-all')")
    db.execute("DELETE FROM search_docs")
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    index_articles(db, ids)
    return len(ids)


def index_size(db: sqlite3.Connection) -> int:
    """Bytes the index takes in the store (SQLite's dbstat, where it is built in; else 0)."""
    try:
        row = db.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'"
            " OR name = 'sqlite_autoindex_search_docs_1'"
        ).fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0] or 0)


# Searching


class QueryError(ValueError):
    """A search that cannot be run; the message says why, in the reader's words."""


class SearchTimeout(QueryError):
    pass


@dataclass(frozen=True)
class Filters:
    lang: str | None = None
    outlet: str | None = None  # the outlet's one name (``outlet_store.resolve``)
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    articles: tuple[str, ...] | None = None  # a story's articles
    speaker: str | None = None  # a speaker key (``quotation_store.speaker_key``)


def _where(filters: Filters) -> tuple[str, list[Any]]:
    where, params = ["search_text MATCH ?"], []
    if filters.lang:
        where.append("d.lang = ?")
        params.append(filters.lang)
    if filters.outlet:
        where.append("d.outlet IN (SELECT shown FROM outlet_names WHERE outlet = ?)")
        params.append(filters.outlet)
    if filters.since:
        where.append("d.published >= ?")
        params.append(filters.since)
    if filters.until:
        where.append("d.published < ?")
        params.append(filters.until + "~")  # the whole day, whatever time follows the date
    if filters.articles is not None:
        where.append(f"d.article_id IN ({','.join('?' * len(filters.articles))})")
        params.extend(filters.articles)
    if filters.speaker:
        where.append("d.article_id IN (SELECT article_id FROM quotes WHERE speaker = ?)")
        params.append(filters.speaker)
    return " AND ".join(where), params


def run(
    db: sqlite3.Connection,
    match: str,
    filters: Filters,
    by_date: bool,
    offset: int,
    limit: int,
    time_limit: float = TIME_LIMIT,
) -> tuple[int, list[tuple[str, float]]]:
    """How many articles match the FTS5 expression ``match`` (made by
    ``translate.coverage.archive_search``), and ``limit`` of them from ``offset`` as (article id,
    score), best first or newest first. Stopped after ``time_limit`` seconds."""
    where, params = _where(filters)
    weights = ", ".join(str(w) for w in WEIGHTS)
    order = "d.published IS NULL, d.published DESC, score" if by_date else "score"
    joined = "FROM search_text JOIN search_docs d ON d.rowid = search_text.rowid"
    deadline = time.monotonic() + time_limit
    db.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
    try:
        total = db.execute(f"SELECT count(*) {joined} WHERE {where}", [match, *params]).fetchone()
        rows = db.execute(
            f"SELECT d.article_id, bm25(search_text, {weights}) AS score {joined}"
            f" WHERE {where} ORDER BY {order}, d.article_id LIMIT ? OFFSET ?",
            [match, *params, limit, offset],
        ).fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            raise SearchTimeout(
                f"the search took longer than {time_limit:g} s and was stopped: use fewer"
                " or rarer words, or a filter"
            ) from exc
        raise QueryError(f"the search cannot be run ({exc})") from exc
    finally:
        db.set_progress_handler(None, 0)
    return int(total[0]), [(r[0], float(r[1])) for r in rows]


def find(
    store: Store, match: str, filters: Filters, by_date: bool, offset: int, limit: int
) -> tuple[int, list[tuple[str, float]]]:
    """:func:`run` on the store (the way in for the layers above)."""
    return store.read(lambda db: run(db, match, filters, by_date, offset, limit))


def stored_texts(store: Store, ids: Sequence[str]) -> dict[str, Texts]:
    """:func:`texts` from the store (the way in for the layers above)."""
    return store.read(lambda db: texts(db, ids))
