"""Stored quotations: each article's, with the articles that carry the same one.

The quotations of an article are computed by the CLI or the worker when the article's
translation is stored (``translate.coverage.quotations``) and written here in one
transaction: the article's rows are replaced, and the carriers of every quotation of the
same speaker, in any article, are brought up to date with them (a row per carrier:
``translate.storage.carrier_store``). Pages read them by speaker or by article through an
index and compute nothing.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from translate.results import Quote, Quoted
from translate.storage import carrier_store
from translate.storage.carrier_store import CARRIERS_SQL, carried
from translate.storage.codec import from_json, to_json

if TYPE_CHECKING:
    from translate.storage.store import Store

TABLES = """
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    speaker TEXT,
    name TEXT,
    source TEXT NOT NULL,
    english TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX IF NOT EXISTS quotes_by_speaker ON quotes (speaker);
CREATE TABLE IF NOT EXISTS quoted (
    article_id TEXT PRIMARY KEY,
    made_with TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class MadeWith:
    """What an article's quotations were computed from: a change in any means they may
    differ now (the glossary names speakers; the translation gives the English)."""

    quotes: str  # the extraction's version
    glossary: str
    translation: str | None  # the translation's signature; None: not translated


def speaker_key(quote: Quote) -> str | None:
    """Who a quotation is by, as stored and looked up: the glossary id, else the name."""
    if quote.speaker_id:
        return quote.speaker_id
    return "name:" + " ".join(quote.speaker.split()).casefold() if quote.speaker else None


def _decode(article_id: str, data: str, carriers: str) -> Quoted:
    """A stored quotation of ``article_id`` with its carriers (:data:`CARRIERS_SQL`)."""
    found = carried(article_id, carriers)
    return replace(from_json(Quoted, json.loads(data)), carriers=tuple(found), carried_as=found)


def _encode(quoted: Quoted) -> str:
    """A quotation as stored, without its carriers (a table of their own: they change as
    articles come, the rest never)."""
    bare = replace(quoted, carriers=(), carried_as={})
    return json.dumps(to_json(bare), ensure_ascii=False, sort_keys=True)


Same = Callable[[Quoted, Quoted], bool]


def put(
    db: sqlite3.Connection,
    article_id: str,
    quoted: Sequence[Quoted],
    made_with: MadeWith,
    same: Same,
    now: str,
) -> None:
    """Replace ``article_id``'s quotations by ``quoted`` (in the caller's transaction) and
    set the carriers of these and of every stored quotation by the same speakers, using
    ``same`` to tell one quotation in two articles. Each new quotation is compared with the
    others of its speaker (not every pair again: a much-quoted person has thousands), read
    from their columns; the others gain or lose ``article_id`` as a carrier."""
    db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM quote_carriers WHERE article_id = ?", (article_id,))
    rows, carrying = [], []
    matched: dict[tuple[str, int], str] = {}  # how this article carries each
    for n, q in enumerate(quoted):
        ids: dict[str, str] = {}
        key = speaker_key(q.quote)
        if key is not None:
            for other, m, source, english, kind in db.execute(
                "SELECT article_id, n, source, english, json_extract(data, '$.quote.kind')"
                " FROM quotes WHERE speaker = ?",
                (key,),
            ).fetchall():
                if same(q, _light(q, other, source, english, kind)):
                    ids.setdefault(other, kind)
                    matched.setdefault((other, m), q.quote.kind)
        others = sorted((a, k) for a, k in ids.items() if a != article_id)
        carrying += carrier_store.rows(article_id, n, [(article_id, q.quote.kind), *others])
        rows.append(
            (article_id, n, key, q.quote.speaker, q.quote.source_text, q.english, _encode(q))
        )
    # The others lose this article as a carrier, or gain it where they are matched.
    carrier_store.others(db, article_id, matched)
    carrier_store.put(db, carrying)
    db.executemany(
        "INSERT INTO quotes (article_id, n, speaker, name, source, english, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.execute(
        "INSERT OR REPLACE INTO quoted (article_id, made_with, created_at) VALUES (?, ?, ?)",
        (article_id, json.dumps(to_json(made_with), sort_keys=True), now),
    )


def _light(
    like: Quoted, article_id: str, source: str, english: str | None, kind: str | None
) -> Quoted:
    """A stored quotation as ``same`` compares it: its article, words, kind and English,
    with the speaker it shares with ``like`` (the rows were chosen by speaker)."""
    quote = replace(like.quote, article_id=article_id, source_text=source, kind=kind or "full")
    return Quoted(quote, english, False)


def of_articles(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, list[Quoted]]:
    """Article id -> its stored quotations in order (articles with none stored: absent)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, list[Quoted]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for article, data, carriers in db.execute(
            f"SELECT article_id, data, {CARRIERS_SQL} FROM quotes q"
            f" WHERE article_id IN ({marks}) ORDER BY article_id, n",
            chunk,
        ):
            found.setdefault(article, []).append(_decode(article, data, carriers))
    return found


def by_speaker(db: sqlite3.Connection, key: str) -> list[Quoted]:
    """Every stored quotation by speaker ``key`` (see :func:`speaker_key`)."""
    rows = db.execute(
        f"SELECT article_id, data, {CARRIERS_SQL} FROM quotes q WHERE speaker = ?"
        " ORDER BY article_id, n",
        (key,),
    ).fetchall()
    return [_decode(article, data, carriers) for article, data, carriers in rows]


def page(
    db: sqlite3.Connection,
    speaker: str | None,
    ids: Sequence[str] | None,
    offset: int,
    limit: int,
    kind: str | None = None,
) -> tuple[int, list[Quoted]]:
    """One page of stored quotations (of a speaker, of some articles, or all; of one
    ``kind``: full, partial, reported) and how many there are in all."""
    where, params = [], []
    if kind is not None:
        where.append("json_extract(data, '$.quote.kind') = ?")
        params.append(kind)
    if speaker is not None:
        where.append("speaker = ?")
        params.append(speaker)
    if ids is not None:
        where.append(f"article_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    total = db.execute(f"SELECT COUNT(*) FROM quotes{clause}", params).fetchone()[0]
    # The page chosen first: the carriers read of its rows only (not of every row sorted).
    rows = db.execute(
        "WITH q AS MATERIALIZED (SELECT article_id, n, data FROM quotes"
        f"{clause} ORDER BY article_id, n LIMIT ? OFFSET ?)"
        f" SELECT article_id, data, {CARRIERS_SQL} FROM q ORDER BY article_id, n",
        [*params, limit, offset],
    ).fetchall()
    return int(total), [_decode(a, data, carriers) for a, data, carriers in rows]


def made_with(db: sqlite3.Connection) -> dict[str, MadeWith]:
    """Article id -> what its stored quotations were computed from."""
    return {
        article: from_json(MadeWith, json.loads(data))
        for article, data in db.execute("SELECT article_id, made_with FROM quoted")
    }


def speakers(db: sqlite3.Connection) -> list[tuple[str, str, int, int]]:
    """(speaker key, English name, statements, of them reported speech) for every stored
    speaker, most quoted first; the statements not reported are quotations."""
    rows = db.execute(
        "SELECT speaker, MIN(name), COUNT(*),"
        " COUNT(CASE json_extract(data, '$.quote.kind') WHEN 'reported' THEN 1 END) FROM quotes"
        " WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY COUNT(*) DESC, MIN(name)"
    ).fetchall()
    return [(str(k), str(n), int(c), int(r)) for k, n, c, r in rows]


def names_person(person: str, speaker_id: str | None, speaker: str | None) -> bool:
    """Whether ``person`` names this speaker: their glossary id, or their English name's
    last words, whole and in any case ("Psaki", "jen psaki"); never a part of a word ("a"
    is nobody, where it was everyone with an a in their name)."""
    person = unicodedata.normalize("NFC", person)  # as stored text is ("ü" typed as u and ¨)
    if speaker_id is not None and person == speaker_id:
        return True
    wanted, name = person.casefold().split(), (speaker or "").casefold().split()
    return bool(wanted) and name[-len(wanted) :] == wanted


class StoredQuotes:
    """The stored quotations as the layers above read them, through the store
    (``Store.quotations``): the one way in, never a query of their own."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def of_articles(self, ids: Iterable[str]) -> dict[str, list[Quoted]]:
        wanted = list(ids)
        return self._store.read(lambda db: of_articles(db, wanted))

    def by_speaker(self, key: str) -> list[Quoted]:
        return self._store.read(lambda db: by_speaker(db, key))

    def page(
        self,
        speaker: str | None,
        ids: Sequence[str] | None,
        offset: int,
        limit: int,
        kind: str | None = None,
    ) -> tuple[int, list[Quoted]]:
        return self._store.read(lambda db: page(db, speaker, ids, offset, limit, kind))

    def made_with(self) -> dict[str, MadeWith]:
        return self._store.read(made_with)

    def speakers(self) -> list[tuple[str, str, int, int]]:
        return self._store.read(speakers)

    def key_of(self, person: str) -> str | None:
        """The speaker key of ``person`` (see :func:`names_person`: a key, a glossary id, or
        an English name's last words, whole, in any case, its accents composed or not);
        None where no stored statement's speaker, or more than one, is so named."""
        found = [
            key
            for key, name, _count, _reported in self.speakers()
            if names_person(person, key, name)
        ]
        return found[0] if len(found) == 1 else None
