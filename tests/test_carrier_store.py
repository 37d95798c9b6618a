"""Quotations' carriers in a table of their own (schema 10): the same carriers, in the same
order and with the same kinds, as the column of schema 9 gave; an old store moves to the
table whole, or (a migration that fails) stays as it was."""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from translate.results import Quote, Quoted
from translate.storage import carrier_store, quotation_store
from translate.storage.carrier_store import MigrationError
from translate.storage.quotation_store import MadeWith, speaker_key
from translate.storage.store import Store, StoreError

MADE = MadeWith("q", "none", None)
SAID, WHO = ["ja", "nee", "misschien"], ["Ann", "Bo"]
OLD_QUOTES = """CREATE TABLE quotes (article_id TEXT NOT NULL, n INTEGER NOT NULL, speaker TEXT,
    name TEXT, source TEXT NOT NULL, english TEXT, carriers TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (article_id, n));
CREATE INDEX quotes_by_speaker ON quotes (speaker)"""


def _same(a: Quoted, b: Quoted) -> bool:
    return a.quote.speaker == b.quote.speaker and a.quote.source_text == b.quote.source_text


def _quoted(article_id: str, rng: random.Random) -> list[Quoted]:
    """One to three statements: of two speakers, three sayings, quoted or reported."""
    return [
        Quoted(Quote(article_id, n, 0, 5, said, kind, who), None, False)
        for n in range(rng.randint(1, 3))
        for said, kind, who in [
            (rng.choice(SAID), rng.choice(["full", "partial", "reported"]), rng.choice(WHO))
        ]
    ]


def _old_put(db: sqlite3.Connection, article_id: str, quoted: list[Quoted]) -> None:
    """Schema 9's put (the carriers a JSON column, every carrying row rewritten): the
    reference the table must read the same as."""
    db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    rows, matched = [], {}
    for n, q in enumerate(quoted):
        ids: dict[str, str] = {}
        key = speaker_key(q.quote)
        for other, m, source, kind in db.execute(
            "SELECT article_id, n, source, json_extract(data, '$.quote.kind') FROM quotes"
            " WHERE speaker = ?",
            (key,),
        ).fetchall():
            if _same(q, quotation_store._light(q, other, source, None, kind)):
                ids.setdefault(other, kind)
                matched.setdefault((other, m), q.quote.kind)
        carried = {article_id: q.quote.kind}
        carried.update(sorted((a, k) for a, k in ids.items() if a != article_id))
        data = quotation_store._encode(q)
        rows.append((article_id, n, key, q.quote.speaker, q.quote.source_text, None,
                     json.dumps(list(carried.items())), data))  # fmt: skip
    found = {
        (a, m): c
        for a, m, c in db.execute(
            "SELECT article_id, n, carriers FROM quotes WHERE carriers LIKE ?",
            (f'%"{article_id}"%',),
        )
    }
    for a, m in set(matched) - set(found):
        (found[(a, m)],) = db.execute(
            "SELECT carriers FROM quotes WHERE article_id = ? AND n = ?", (a, m)
        ).fetchone()
    for (other, m), carriers in found.items():
        kept = {c: k for c, k in carrier_store.column_carried(carriers).items() if c != article_id}
        if (other, m) in matched:
            kept[article_id] = matched[(other, m)]
        first = next(iter(kept))
        new = {first: kept[first], **dict(sorted((c, k) for c, k in kept.items() if c != first))}
        db.execute(
            "UPDATE quotes SET carriers = ? WHERE article_id = ? AND n = ?",
            (json.dumps(list(new.items())), other, m),
        )
    db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _old_read(db: sqlite3.Connection) -> dict[tuple[str, int], list[tuple[str, str]]]:
    return {
        (a, n): list(carrier_store.column_carried(c).items())
        for a, n, c in db.execute("SELECT article_id, n, carriers FROM quotes")
    }


def _read(store: Store, ids: list[str]) -> dict[tuple[str, int], list[tuple[str, str]]]:
    found = store.quotations.of_articles(ids)
    by_speaker = {
        (q.quote.article_id, q.quote.sentence): q
        for who in WHO
        for q in store.quotations.by_speaker(f"name:{who.casefold()}")
    }
    read = {}
    for article, quoted in found.items():
        for n, q in enumerate(quoted):
            assert by_speaker[(article, q.quote.sentence)] == q  # the same by article or speaker
            assert tuple(q.carried_as) == q.carriers
            read[(article, n)] = list(q.carried_as.items())
    return read


def _old_store(path: Path, puts: list[tuple[str, list[Quoted]]]) -> None:
    """A store as schema 9 made it, these quotations put one after another."""
    Store(path).close()
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(f"DROP TABLE quote_carriers; DROP TABLE quotes; {OLD_QUOTES};")
    for article_id, quoted in puts:
        _old_put(db, article_id, quoted)
    db.execute("PRAGMA user_version=9")
    db.close()


def _puts(seed: int, count: int = 60) -> list[tuple[str, list[Quoted]]]:
    rng = random.Random(seed)
    ids = [f"{i:016x}" for i in rng.sample(range(1000), 12)]
    return [(article, _quoted(article, rng)) for article in rng.choices(ids, k=count)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_table_reads_as_the_column_did_as_articles_come_and_change(tmp_path, seed) -> None:
    puts = _puts(seed)
    _old_store(tmp_path / "old.sqlite3", puts)
    with sqlite3.connect(tmp_path / "old.sqlite3") as db:
        old = _old_read(db)
    with Store(tmp_path / "new.sqlite3") as store:
        for article_id, quoted in puts:
            store.put_quotes(article_id, quoted, MADE, _same)
        new = _read(store, sorted({a for a, _q in puts}))
    assert new == old
    assert any(len(c) > 2 for c in new.values())  # statements of several carriers


def test_an_old_store_moves_its_carriers_to_their_table_and_reads_the_same(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    puts = _puts(4)
    _old_store(path, puts)
    with sqlite3.connect(path) as db:  # one row as stored before reported speech: ids only
        a, n, carriers = db.execute("SELECT article_id, n, carriers FROM quotes").fetchone()
        ids = [c for c, _k in json.loads(carriers)]
        db.execute("UPDATE quotes SET carriers = ? WHERE article_id = ? AND n = ?",
                   (json.dumps(ids), a, n))  # fmt: skip
        old = _old_read(db)
    assert old[(a, n)] == [(c, "") for c in ids]
    with Store(path) as store:
        assert _read(store, sorted({a for a, _q in puts})) == old
        assert store.quotations.page(None, None, 0, 1000)[0] == len(old)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10
        columns = {row[1] for row in db.execute("PRAGMA table_info(quotes)")}
        assert "carriers" not in columns
        assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'quotes_by_speaker'").fetchone()


def test_an_old_column_in_another_order_moves_with_nothing_lost(tmp_path) -> None:
    """A carriers column written in another order than the table reads (own first, then by
    id) is no reason to refuse a reader's store: the same carriers and kinds move."""
    path = tmp_path / "old.sqlite3"
    puts = _puts(6)
    _old_store(path, puts)
    with sqlite3.connect(path) as db:
        for a, n, carriers in db.execute("SELECT article_id, n, carriers FROM quotes").fetchall():
            db.execute("UPDATE quotes SET carriers = ? WHERE article_id = ? AND n = ?",
                       (json.dumps(json.loads(carriers)[::-1]), a, n))  # fmt: skip
        old = _old_read(db)
    assert any(pairs[0][0] != a for (a, _n), pairs in old.items())
    with Store(path) as store:
        new = _read(store, sorted({a for a, _q in puts}))
    assert {k: dict(v) for k, v in new.items()} == {k: dict(v) for k, v in old.items()}
    assert all(pairs[0][0] == a for (a, _n), pairs in new.items())


def test_a_migration_that_fails_leaves_the_old_store_as_it_was(tmp_path, monkeypatch) -> None:
    path = tmp_path / "old.sqlite3"
    _old_store(path, _puts(5))
    with sqlite3.connect(path) as db:
        old = _old_read(db)
    real = carrier_store.rows

    def losing(article_id: str, n: int, carriers):  # type: ignore[no-untyped-def]
        return real(article_id, n, list(carriers)[:1])  # a carrier lost on the way

    monkeypatch.setattr(carrier_store, "rows", losing)
    with pytest.raises(StoreError, match="left as it was") as raised:
        Store(path)
    assert isinstance(raised.value.__cause__, MigrationError)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 9
        assert _old_read(db) == old
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
        assert "quote_carriers" not in tables  # made in the set-up transaction: undone too
    monkeypatch.setattr(carrier_store, "rows", real)
    with Store(path) as store:  # the next open moves them
        assert _read(store, sorted({a for a, _n in old})) == old


def test_putting_an_article_touches_one_row_of_each_statement_it_shares(tmp_path) -> None:
    """Wire copies: the n-th article carrying one statement adds a row to each of the
    others' carriers, never rewrites them."""
    with Store(tmp_path / "s.sqlite3") as store:
        for i in range(30):
            article = f"{i:016x}"
            quote = Quote(article, 0, 0, 5, "ja", "full", "Ann")
            store.put_quotes(article, [Quoted(quote, None, False)], MADE, _same)
        rows = store.read(lambda db: db.execute("SELECT COUNT(*) FROM quote_carriers").fetchone())
        last = store.quotations.of_articles([f"{29:016x}"])[f"{29:016x}"][0]
        moved = replace(last.quote, kind="reported")
        store.put_quotes(last.quote.article_id, [Quoted(moved, None, False)], MADE, _same)
        first = store.quotations.of_articles([f"{0:016x}"])[f"{0:016x}"][0]
    assert rows == (30 * 30,)
    assert last.carriers == (f"{29:016x}", *(f"{i:016x}" for i in range(29)))
    assert first.carriers == tuple(f"{i:016x}" for i in range(30))
    assert first.carried_as[f"{29:016x}"] == "reported"
