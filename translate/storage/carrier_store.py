"""The carriers of stored quotations: a row per (quotation, article carrying it), so an
article that joins or leaves a statement carried by hundreds (wire copies) adds or removes
one row per quotation it shares, where a column of every quotation's carriers was
rewritten whole in each of them (quadratic in the articles carrying one statement).

A quotation (a statement as one article carries it) is keyed by its article and its place
there (``article_id``, ``n``, as in the ``quotes`` table); its carriers are its own article
and the others that carry the same statement, read in that order (its own first, then the
others by id); ``kind`` is how that article carries it (``full``, ``partial``,
``reported``; "" where stored before reported speech, when it was not known).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

TABLES = """
CREATE TABLE IF NOT EXISTS quote_carriers (
    article_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    carrier TEXT NOT NULL,
    kind TEXT,
    PRIMARY KEY (article_id, n, carrier)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_carriers_by_carrier ON quote_carriers (carrier);
"""

# The carriers of the quotation of ``quotes`` row ``q``, as SQL: two JSON arrays of one
# pass (so in one order), their ids and kinds, read in one query with the rows (a JSON
# array per carrier costs SQLite half as much again); ``carried`` orders them.
CARRIERS_SQL = (
    "(SELECT json_array(json_group_array(c.carrier), json_group_array(c.kind))"
    " FROM quote_carriers c WHERE c.article_id = q.article_id AND c.n = q.n)"
)

# A row of the table: the quotation's article and place there, a carrier, its kind.
Row = tuple[str, int, str, str | None]


class MigrationError(RuntimeError):
    """The carriers moved to their table read otherwise than the column they came from."""


def carried(own: str, found: str) -> dict[str, str]:
    """Article id -> how it carries the quotation of article ``own``, from
    :data:`CARRIERS_SQL`: its own article first, then the others by id."""
    carriers, kinds = json.loads(found)
    pairs = dict(sorted(zip(carriers, kinds, strict=True)))
    return {own: pairs.pop(own), **pairs} if own in pairs else pairs


def rows(article_id: str, n: int, carriers: Iterable[tuple[str, str | None]]) -> list[Row]:
    """The table's rows of one quotation's carriers."""
    return [(article_id, n, carrier, kind) for carrier, kind in carriers]


def put(db: sqlite3.Connection, found: list[Row]) -> None:
    db.executemany(
        "INSERT INTO quote_carriers (article_id, n, carrier, kind) VALUES (?, ?, ?, ?)", found
    )


def others(db: sqlite3.Connection, article_id: str, matched: dict[tuple[str, int], str]) -> None:
    """The stored quotations of other articles lose ``article_id`` as a carrier, or gain it
    (or its new kind) where they are ``matched`` (quotation -> how it carries them): a row
    each, through the carrier's index, whatever the number of their carriers."""
    was = {
        (a, m): kind
        for a, m, kind in db.execute(
            "SELECT article_id, n, kind FROM quote_carriers WHERE carrier = ? AND article_id != ?",
            (article_id, article_id),
        )
    }
    db.executemany(
        "DELETE FROM quote_carriers WHERE article_id = ? AND n = ? AND carrier = ?",
        [(a, m, article_id) for a, m in was if (a, m) not in matched],
    )
    put(db, [(a, m, article_id, kind) for (a, m), kind in matched.items() if (a, m) not in was])
    db.executemany(
        "UPDATE quote_carriers SET kind = ? WHERE article_id = ? AND n = ? AND carrier = ?",
        [
            (kind, a, m, article_id)
            for (a, m), kind in matched.items()
            if (a, m) in was and was[(a, m)] != kind
        ],
    )


def column_carried(carriers: str) -> dict[str, str]:
    """The carriers column of schema 9 and before: article id -> how it carries the
    statement, in order (pairs; a list of ids, as stored before reported speech: kinds not
    known, ""; an object)."""
    found = json.loads(carriers)
    return (
        dict(found)
        if isinstance(found, list) and found and isinstance(found[0], list)
        else ({c: "" for c in found} if isinstance(found, list) else dict(found))
    )


def migrate(db: sqlite3.Connection, quote_tables: str) -> None:
    """Schema 10: the ``quotes`` table's carriers column becomes rows of ``quote_carriers``
    (in the set-up transaction: all of it, or nothing). Every quotation's carriers and kinds
    are read back from the table and compared with the column (in any order) before the
    column goes; a difference
    raises :class:`MigrationError` and the transaction, rolled back, leaves the store as it
    was. ``quote_tables``: the quotations' tables as made now (the ``quotes`` table is made
    again without the column)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(quotes)")}
    if "carriers" not in columns:
        return
    old = {
        (a, n): list(column_carried(c).items())
        for a, n, c in db.execute("SELECT article_id, n, carriers FROM quotes")
    }
    db.execute("DELETE FROM quote_carriers")
    for (a, n), pairs in old.items():
        put(db, rows(a, n, pairs))
    new = {
        (a, n): list(carried(a, found).items())
        for a, n, found in db.execute(f"SELECT article_id, n, {CARRIERS_SQL} FROM quotes q")
    }
    # the same carriers and kinds; their order is the table's (own first, then by id),
    # so a column written in another order is no reason to refuse the store
    wrong = [key for key in old if dict(old[key]) != dict(new.get(key, []))] + [
        k for k in new if k not in old
    ]
    if wrong:
        raise MigrationError(
            f"{len(wrong)} stored quotations' carriers would read otherwise in their own table"
            f" (the first: {wrong[0]}); the store was left as it was"
        )
    db.execute("ALTER TABLE quotes RENAME TO quotes_before")
    db.execute("DROP INDEX IF EXISTS quotes_by_speaker")
    for statement in filter(str.strip, quote_tables.split(";")):
        db.execute(statement)
    db.execute(
        "INSERT INTO quotes (rowid, article_id, n, speaker, name, source, english, data)"
        " SELECT rowid, article_id, n, speaker, name, source, english, data FROM quotes_before"
    )
    db.execute("DROP TABLE quotes_before")
