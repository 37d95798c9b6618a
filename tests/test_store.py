from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from translate.config import Settings
from translate.doubt.current import current_translation
from translate.engines import load_engine
from translate.pipeline.translating import translate_articles
from translate.records import Rendering
from translate.sources.ingest import read_article
from translate.storage.store import Store, StoreError
from translate.storage.stored import save_translation


def test_articles_round_trip(store: Store, seeds: list[Path]) -> None:
    articles = [read_article(p) for p in seeds]
    store.put_articles(articles)
    store.put_articles(articles[:1])  # idempotent
    listed = store.list_articles()
    assert sorted(a.id for a in listed) == sorted(a.id for a in articles)
    again = store.get_article(articles[2].id)
    assert again == articles[2]
    assert store.get_article("0" * 16) is None


def test_translation_cache_is_keyed_by_engine_model_and_text(store: Store) -> None:
    pairs = [("Hallo.", Rendering("Hello.", -0.25, 2)), ("Ja.", Rendering("Yes."))]
    store.put_translations("argos", "m1", "nl", pairs, "g1")
    # The engine's score and the number of attempts come back with the text.
    assert store.cached_translations("argos", "m1", "nl", ["Hallo.", "Nee."]) == {
        "Hallo.": Rendering("Hello.", -0.25, 2)
    }
    assert store.cached_translations("argos", "m2", "nl", ["Hallo."]) == {}
    assert store.cached_translations("llm", "m1", "nl", ["Hallo."]) == {}
    assert store.cached_translations("argos", "m1", "de", ["Hallo."]) == {}
    assert store.count_translations() == 2


def test_failed_write_keeps_what_was_stored(store: Store) -> None:
    store.put_translations("none", "identity", "nl", [("a", Rendering("a"))])

    def rows():
        yield ("b", Rendering("b"))
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        store.put_translations("none", "identity", "nl", rows())
    assert store.count_translations() == 1


def test_transaction_rolls_back(store: Store) -> None:
    with pytest.raises(ZeroDivisionError), store.transaction() as db:
        db.execute("INSERT INTO results VALUES ('k', 'x', '{}', '1', '2026-01-01')")
        1 / 0  # noqa: B018
    assert store.get_result("k", "x") is None


def test_results(store: Store) -> None:
    store.put_result("compare", "abc", {"threshold": 0.5}, {"pairs": [1, 2]})
    assert store.get_result("compare", "abc") == {"pairs": [1, 2]}
    assert store.list_results("compare")[0][1] == {"threshold": 0.5}


def test_refuses_a_newer_schema_and_junk(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(StoreError, match="newer newsbridge"):
        Store(newer)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a newsbridge database"):
        Store(junk)


def test_a_schema_3_cache_is_brought_up_to_date(tmp_path: Path) -> None:
    """A store made before the cache kept scores: its rows stay and read without one."""
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(
        """CREATE TABLE translations (key TEXT PRIMARY KEY, engine TEXT NOT NULL,
        model TEXT NOT NULL, lang TEXT NOT NULL, source TEXT NOT NULL, output TEXT NOT NULL,
        glossary TEXT NOT NULL, created_at TEXT NOT NULL);
        PRAGMA user_version=3;"""
    )
    from translate.storage.store import translation_key

    key = translation_key("argos", "m1", "nl", "Hallo.")
    db.execute(
        "INSERT INTO translations VALUES (?, 'argos', 'm1', 'nl', 'Hallo.', 'Hello.', 'g', 'x')",
        (key,),
    )
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.cached_translations("argos", "m1", "nl", ["Hallo."]) == {
            "Hallo.": Rendering("Hello.")
        }
        store.put_translations("argos", "m1", "nl", [("Ja.", Rendering("Yes.", -0.5))])
        assert store.cached_translations("argos", "m1", "nl", ["Ja."])["Ja."].logprob == -0.5
        # Schema 5's tables are there too: feeds and fetched URLs.
        assert store.add_feed("https://example.org/rss", "Example") is True
        assert store.list_feeds()[0]["outlet"] == "Example"
        assert store.fetched_article("https://example.org/a") is None


def test_a_translation_read_again_is_decoded_once_and_never_stale(store: Store, seeds) -> None:
    article = read_article(seeds[0])
    [result] = translate_articles([article], load_engine("none", Settings.from_env()), store)
    first = current_translation(store, article.id)
    assert first == result
    assert current_translation(store, article.id) is first  # unchanged: not decoded again

    title = dataclasses.replace(result.title, english="An edited title")
    save_translation(store, dataclasses.replace(result, title=title))
    again = current_translation(store, article.id)
    assert again is not first and again.title.english == "An edited title"
