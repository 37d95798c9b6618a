"""People's corrections of the English: a sentence fixed once shows fixed everywhere.

A correction belongs to the source sentence, not to an article: its key is the sentence's
language and its text with whitespace and quotation marks normalised, so every stored or
later article carrying it (a wire copy, a page fetched again) reads the person's English.
It is applied where a stored translation is read (``translate.storage.stored``) and where
one is made (``translate.pipeline.translating``), after any cache or engine: nothing replaces
it, and the machine's English stays stored beside it (``SentenceTranslation.corrected``).

Every change is a row of ``corrections`` (who, when, the English before and after), the
newest of a key being the one in force; an undo is a change too (undoing twice puts back
what the first took away), as the glossary's history has it. ``sentence_keys`` says which
stored translations hold which sentence: which articles a correction touches, and the
digest of the corrections that apply to an article (its signature's ``corrections``),
read without loading the translations.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from glossary import Hit
from translate.records import ArticleTranslation, Corrected, SentenceTranslation
from translate.results import Correction

if TYPE_CHECKING:  # the store imports this layer's modules; no cycle at import time
    from translate.storage.store import Store

TABLES = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    lang TEXT NOT NULL,
    source TEXT NOT NULL,
    english TEXT,
    before TEXT,
    machine TEXT,
    action TEXT NOT NULL,
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    article_id TEXT,
    sentence INTEGER
);
CREATE INDEX IF NOT EXISTS corrections_by_key ON corrections (key, id);
CREATE TABLE IF NOT EXISTS sentence_keys (
    key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (key, article_id)
);
CREATE INDEX IF NOT EXISTS sentence_keys_by_article ON sentence_keys (article_id);
"""

# Quotation marks of every style the sources use, each made the plain one of its kind.
_QUOTES = str.maketrans({c: '"' for c in "„“”«»‟″"} | {c: "'" for c in "‚‘’‹›‛′`´"})
MAX_ENGLISH = 2000  # characters of one corrected sentence


def normalise(text: str) -> str:
    """``text`` as a correction's key reads it: NFC, whitespace runs one space and none
    at either end, every quotation mark the plain one of its kind."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_QUOTES).split())


def sentence_key(lang: str, source: str) -> str:
    """The id of a source sentence in its language (16 hex digits)."""
    data = f"{lang}\x1f{normalise(source)}".encode()
    return hashlib.sha256(data).hexdigest()[:16]


KEY_PATTERN = re.compile(r"[0-9a-f]{16}")
# A sentence number as people type it (-1: the title): ASCII digits only, "²" and "٣" are
# digits to str.isdigit() and int() too.
SENTENCE_NUMBER = re.compile(r"-?[0-9]{1,6}")

_COLUMNS = "id, key, lang, source, english, before, machine, action, by, at, article_id, sentence"


def _row(row: Sequence[Any]) -> Correction:
    return Correction(*row)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _in_force(db: sqlite3.Connection, keys: Sequence[str]) -> dict[str, Correction]:
    found: dict[str, Correction] = {}
    wanted = list(dict.fromkeys(keys))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM corrections WHERE id IN"
            f" (SELECT MAX(id) FROM corrections WHERE key IN ({marks}) GROUP BY key)",
            chunk,
        ).fetchall()
        found.update((r[1], _row(r)) for r in rows if r[4] is not None)
    return found


def _record(
    db: sqlite3.Connection,
    lang: str,
    source: str,
    english: str | None,
    action: str,
    by: str,
    machine: str | None = None,
    article_id: str | None = None,
    sentence: int | None = None,
) -> Correction | None:
    """Record a change of the sentence's English (None: back to the machine's); None
    where it changes nothing."""
    key = sentence_key(lang, source)
    last = db.execute(
        "SELECT english FROM corrections WHERE key = ? ORDER BY id DESC LIMIT 1", (key,)
    ).fetchone()
    before = last[0] if last else None
    if english == before:
        return None
    cursor = db.execute(
        "INSERT INTO corrections (key, lang, source, english, before, machine, action, by, at,"
        " article_id, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (key, lang, source, english, before, machine, action, by[:64], _now(), article_id,
         sentence),
    )  # fmt: skip
    row = db.execute(f"SELECT {_COLUMNS} FROM corrections WHERE id = ?", (cursor.lastrowid,))
    from translate.storage import search_index  # (it reads correction_store: imported when needed)

    search_index.reindex_sentence(db, key)  # the articles carrying it found by their new English
    return _row(row.fetchone())


MAX_BY = 64  # characters of the name of who made a change
# Invisible marks that reorder the text around them: a correction holding one could show
# words in another order than they are stored (and are no part of English).
REORDERING_MARKS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def refuse_control(text: str, what: str) -> None:
    """ValueError naming the first control character (escape, NUL...) or text-reordering
    mark of ``text``: a page or a terminal would act on it rather than show it."""
    for at, char in enumerate(text):
        if unicodedata.category(char) == "Cc" or char in REORDERING_MARKS:
            raise ValueError(f"{what} holds a control character (U+{ord(char):04X}) at {at}")


def one_line(text: str, what: str, limit: int, empty: str) -> str:
    """``text`` as it is kept: one line, trimmed; ValueError (``empty`` where it is) if
    empty, over ``limit`` characters, or holding a control character."""
    line = " ".join(text.split())
    if not line:
        raise ValueError(empty)
    if len(line) > limit:
        raise ValueError(f"{what} is at most {limit} characters; this one has {len(line)}")
    refuse_control(line, what)
    return line


def clean_english(english: str) -> str:
    """A person's English as it is kept: one line, trimmed; ValueError if empty, long, or
    holding a control character."""
    return one_line(english, "the English", MAX_ENGLISH, "the English is empty")


def clean_by(by: str) -> str:
    """Who makes a change, as it is kept: one line, trimmed; ValueError if empty, over
    :data:`MAX_BY` characters, or holding a control character."""
    return one_line(by, "the name", MAX_BY, "say who you are (your name or initials)")


def correct(
    store: Store,
    lang: str,
    source: str,
    english: str,
    by: str,
    machine: str | None = None,
    article_id: str | None = None,
    sentence: int | None = None,
) -> Correction | None:
    """Make ``english`` (checked by :func:`clean_english`) the English of ``source``
    wherever it stands; None where it is that already. ``by`` is checked by :func:`clean_by`."""
    text, name = clean_english(english), clean_by(by)
    with store.transaction() as db:
        return _record(db, lang, source, text, "correct", name, machine, article_id, sentence)


def import_units(store: Store, units: Iterable[tuple[str, str, str]], by: str) -> int:
    """Record (language, source, English) units as corrections in one transaction: all
    or none. The number that changed something."""
    changed, name = 0, clean_by(by)
    with store.transaction() as db:
        for lang, source, english in units:
            changed += _record(db, lang, source, clean_english(english), "import", name) is not None
    return changed


def undo(store: Store, key: str, by: str) -> Correction:
    """Undo the last change of sentence ``key``: its English goes back to what it was
    before (the machine's, or an earlier correction). LookupError: no change to undo;
    ValueError: ``by`` is no name (:func:`clean_by`)."""
    name = clean_by(by)
    with store.transaction() as db:
        last = db.execute(
            f"SELECT {_COLUMNS} FROM corrections WHERE key = ? ORDER BY id DESC LIMIT 1", (key,)
        ).fetchone()
        if last is None:
            raise LookupError(f"no correction of sentence {key} to undo")
        done = _row(last)
        change = _record(db, done.lang, done.source, done.before, "undo", name, done.machine,
                         done.article_id, done.sentence)  # fmt: skip
        assert change is not None  # its English differs from the one before it
        return change


def in_force_at(db: sqlite3.Connection, keys: Sequence[str]) -> dict[str, Correction]:
    """:func:`in_force` in the caller's transaction."""
    return _in_force(db, keys)


def in_force(store: Store, keys: Sequence[str]) -> dict[str, Correction]:
    """Key -> the correction in force for each of these sentence keys that has one."""
    return store.read(lambda db: _in_force(db, keys))


def history(
    store: Store, key: str | None = None, offset: int = 0, limit: int = 100
) -> tuple[int, list[Correction]]:
    """Recorded changes (of one sentence), newest first, and how many there are in all."""
    where, params = ("WHERE key = ?", [key]) if key else ("", [])

    def query(db: sqlite3.Connection) -> tuple[int, list[Correction]]:
        total = db.execute(f"SELECT COUNT(*) FROM corrections {where}", params).fetchone()[0]
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM corrections {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return int(total), [_row(r) for r in rows]

    return store.read(query)


_CURRENT = (
    "FROM corrections WHERE id IN (SELECT MAX(id) FROM corrections GROUP BY key)"
    " AND english IS NOT NULL"
)


def listing(store: Store, offset: int = 0, limit: int = 100) -> tuple[int, list[Correction]]:
    """The corrections in force, newest first, and how many there are in all."""

    def query(db: sqlite3.Connection) -> tuple[int, list[Correction]]:
        total = db.execute(f"SELECT COUNT(*) {_CURRENT}").fetchone()[0]
        rows = db.execute(
            f"SELECT {_COLUMNS} {_CURRENT} ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
        ).fetchall()
        return int(total), [_row(r) for r in rows]

    return store.read(query)


def of_language(store: Store, lang: str) -> list[Correction]:
    """Every correction in force in ``lang`` (near matches are looked for among them)."""
    rows = store.read(
        lambda db: db.execute(f"SELECT {_COLUMNS} {_CURRENT} AND lang = ?", (lang,)).fetchall()
    )
    return [_row(r) for r in rows]


def last_change(store: Store) -> int:
    """The id of the newest change (0: none): what is made from the corrections in force
    is made again when it moves."""
    return int(store.read(lambda db: db.execute("SELECT MAX(id) FROM corrections").fetchone())[0]
               or 0)  # fmt: skip


def articles_with(store: Store, key: str) -> list[str]:
    """The ids of the articles whose stored translation holds sentence ``key``."""
    rows = store.read(
        lambda db: db.execute(
            "SELECT article_id FROM sentence_keys WHERE key = ? ORDER BY article_id", (key,)
        ).fetchall()
    )
    return [r[0] for r in rows]


def _keys(translation: ArticleTranslation) -> list[str]:
    return [sentence_key(translation.lang, s.source) for s in (translation.title,
            *translation.sentences)]  # fmt: skip


def index(db: sqlite3.Connection, article_id: str, lang: str, sources: Iterable[str]) -> None:
    """Record which sentences an article's stored translation holds (its rows replaced)."""
    db.execute("DELETE FROM sentence_keys WHERE article_id = ?", (article_id,))
    db.executemany(
        "INSERT OR IGNORE INTO sentence_keys (key, article_id) VALUES (?, ?)",
        [(sentence_key(lang, s), article_id) for s in sources],
    )


def index_translation(store: Store, translation: ArticleTranslation) -> None:
    sources = [s.source for s in (translation.title, *translation.sentences)]
    with store.transaction() as db:
        index(db, translation.article_id, translation.lang, sources)


def stamp(changes: Iterable[int]) -> str:
    """The digest of the corrections (by change id) that apply to a translation."""
    ids = sorted(set(changes))
    if not ids:
        return ""
    return hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:12]


def stamps(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    """Article id -> the digest of the corrections that apply to its stored translation
    (articles none applies to: absent), from ``sentence_keys``, no translation loaded."""
    found: dict[str, list[int]] = {}

    def query(db: sqlite3.Connection) -> None:
        for start in range(0, len(article_ids), 500):
            chunk = list(article_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for article_id, change in db.execute(
                "SELECT s.article_id, c.id FROM sentence_keys s JOIN corrections c"
                f" ON c.key = s.key WHERE s.article_id IN ({marks}) AND c.english IS NOT NULL"
                " AND c.id = (SELECT MAX(id) FROM corrections WHERE key = s.key)",
                chunk,
            ):
                found.setdefault(article_id, []).append(change)

    if store.read(lambda db: db.execute("SELECT 1 FROM corrections LIMIT 1").fetchone()):
        store.read(query)
    return {article_id: stamp(changes) for article_id, changes in found.items()}


def apply(translation: ArticleTranslation, found: dict[str, Correction]) -> ArticleTranslation:
    """``translation`` with the corrections in ``found`` (by sentence key) in place of the
    machine's English: no doubt marks there, the machine's English kept in ``corrected``,
    and the signature naming the corrections that apply."""
    if not found:
        return translation
    applied: list[int] = []

    def fixed(sentence: SentenceTranslation) -> SentenceTranslation:
        change = found.get(sentence_key(translation.lang, sentence.source))
        if change is None or change.english is None:
            return sentence
        applied.append(change.id)
        machine = sentence.corrected.machine if sentence.corrected else sentence.english
        return replace(
            sentence,
            english=change.english,
            hits=_relocated(sentence.hits, change.english),
            confidence=None,
            flags=(),
            reasons=(),
            corrected=Corrected(change.by, change.at, change.id, machine),
        )

    title = fixed(translation.title)
    sentences = tuple(fixed(s) for s in translation.sentences)
    if not applied:
        return translation
    signature = replace(translation.signature, corrections=stamp(applied))
    return replace(translation, title=title, sentences=sentences, signature=signature)


def _relocated(hits: Sequence[Hit], english: str) -> tuple[Hit, ...]:
    """The glossary's hits of a sentence, their English found again in a person's English
    (in order, each once; None where it is not there)."""
    found, cursor = [], 0
    for hit in sorted(hits, key=lambda h: h.target_start if h.target_start is not None else -1):
        at = english.find(hit.english, cursor)
        if at < 0:
            at = english.find(hit.english)
        if at < 0:
            found.append(replace(hit, target_start=None, target_end=None))
            continue
        found.append(replace(hit, target_start=at, target_end=at + len(hit.english)))
        cursor = at + len(hit.english)
    return tuple(found)


def corrected(store: Store, translation: ArticleTranslation) -> ArticleTranslation:
    """``translation`` with the corrections in force applied (see :func:`apply`)."""
    return apply(translation, in_force(store, _keys(translation)))
