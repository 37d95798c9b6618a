"""Outlets as a thing of their own: one name each, known under several spellings and
domains ("NOS", "NOS Nieuws", nos.nl), with the language and country of what it publishes.

Every article stored names its outlet by the outlet's one name: :func:`register` runs in
the transaction that stores it, so a spelling or domain already known becomes the name it
belongs to, and a new one starts an outlet. Spellings are matched case- and
space-insensitively; a domain without "www.". Two outlets are made one only by the user
(:func:`merge`), never by guessing: an aggregator's pages on one domain name other
publishers.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass

from translate.records import Article
from translate.storage.correction_store import one_line

TABLES = """
CREATE TABLE IF NOT EXISTS outlets (
    name TEXT PRIMARY KEY,
    language TEXT,
    country TEXT,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outlet_names (
    alias TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    shown TEXT NOT NULL,
    outlet TEXT NOT NULL REFERENCES outlets(name) ON UPDATE CASCADE
);
"""


class OutletError(ValueError):
    """An outlet operation that cannot be done (unknown name, a rename onto another)."""


@dataclass(frozen=True)
class Outlet:
    name: str
    language: str | None
    country: str | None
    spellings: tuple[str, ...]
    domains: tuple[str, ...]
    articles: int


MAX_NAME = 100  # characters of an outlet's name a person gives (a .meta file, OPML, a rename)


def clean_name(name: str) -> str:
    """An outlet's name as a person gave it, as it is kept: one line, trimmed. OutletError
    (saying what is wrong, for the caller to name the field) if empty, over
    :data:`MAX_NAME` characters, or holding a control character or a reordering mark."""
    try:
        return one_line(name, "an outlet's name", MAX_NAME, "an outlet's name cannot be empty")
    except ValueError as exc:
        raise OutletError(str(exc)) from None


def spelling_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def domain_of(url: str | None) -> str | None:
    """The site's domain of ``url`` ("www.nos.nl" -> "nos.nl"); None for no URL or a file."""
    if not url:
        return None
    host = (urllib.parse.urlsplit(url).hostname or "").removeprefix("www.")
    return host or None


def _country(domain: str | None) -> str | None:
    """The country of a country-code domain ("nos.nl" -> "NL"); None for .com and such."""
    if not domain or "." not in domain:
        return None
    tld = domain.rsplit(".", 1)[1]
    return tld.upper() if len(tld) == 2 and tld.isalpha() else None


def _outlet(db: sqlite3.Connection, alias: str) -> str | None:
    row = db.execute("SELECT outlet FROM outlet_names WHERE alias = ?", (alias,)).fetchone()
    return row[0] if row else None


def resolve(db: sqlite3.Connection, spelling: str | None) -> str | None:
    """The name of the outlet ``spelling`` belongs to (``spelling`` itself if unknown)."""
    if not spelling:
        return spelling
    return _outlet(db, f"name:{spelling_key(spelling)}") or spelling


def by_domain(db: sqlite3.Connection, domain: str | None) -> str | None:
    """The outlet known for ``domain``, if any."""
    return _outlet(db, f"domain:{domain}") if domain else None


def _alias(db: sqlite3.Connection, kind: str, shown: str, outlet: str) -> None:
    key = f"{kind}:{spelling_key(shown) if kind == 'name' else shown}"
    db.execute(
        "INSERT OR IGNORE INTO outlet_names (alias, kind, shown, outlet) VALUES (?, ?, ?, ?)",
        (key, kind, shown, outlet),
    )


def register(
    db: sqlite3.Connection, articles: Iterable[Article], now: str, domains: bool = True
) -> list[Article]:
    """``articles`` with their outlets named by the outlet's one name, new outlets and
    (with ``domains``: the name is the page's or the user's, not a guess such as a feed's
    title) their domains recorded, inside the caller's transaction."""
    named = []
    for article in articles:
        if not article.outlet:
            named.append(article)
            continue
        name = resolve(db, article.outlet) or article.outlet
        domain = domain_of(article.url)
        db.execute(
            "INSERT OR IGNORE INTO outlets (name, language, country, added_at) VALUES (?, ?, ?, ?)",
            (name, article.lang, _country(domain), now),
        )
        _alias(db, "name", article.outlet, name)
        if domain and domains:
            _alias(db, "domain", domain, name)
        named.append(
            article if name == article.outlet else dataclasses.replace(article, outlet=name)
        )
    return named


def list_outlets(db: sqlite3.Connection) -> list[Outlet]:
    counts = dict(
        db.execute(
            "SELECT json_extract(data, '$.outlet') AS o, count(*) FROM articles"
            " WHERE o IS NOT NULL GROUP BY o"
        ).fetchall()
    )
    found = []
    for name, language, country in db.execute(
        "SELECT name, language, country FROM outlets ORDER BY name COLLATE NOCASE"
    ).fetchall():
        aliases = db.execute(
            "SELECT kind, shown FROM outlet_names WHERE outlet = ? ORDER BY shown", (name,)
        ).fetchall()
        found.append(
            Outlet(
                name,
                language,
                country,
                tuple(s for k, s in aliases if k == "name"),
                tuple(s for k, s in aliases if k == "domain"),
                counts.get(name, 0),
            )
        )
    return found


def _known(db: sqlite3.Connection, spelling: str) -> str:
    name = resolve(db, spelling)
    if name is None or not db.execute("SELECT 1 FROM outlets WHERE name = ?", (name,)).fetchone():
        raise OutletError(f"no outlet is called {spelling!r} (newsbridge outlets list)")
    return name


def _rename_articles(db: sqlite3.Connection, old: str, new: str) -> int:
    """Every stored article of outlet ``old`` names ``new``; nothing else changes (its id,
    and so its translation and comparisons, stay)."""
    changed = db.execute(
        "UPDATE articles SET data = json_set(data, '$.outlet', ?)"
        " WHERE json_extract(data, '$.outlet') = ?",
        (new, old),
    ).rowcount
    db.execute("UPDATE feeds SET outlet = ? WHERE outlet = ?", (new, old))
    return changed


def merge(db: sqlite3.Connection, keep: str, other: str) -> tuple[str, int]:
    """Make ``other`` one outlet with ``keep``: its spellings, domains and articles become
    ``keep``'s. The outlet kept and how many articles changed."""
    kept, gone = _known(db, keep), _known(db, other)
    if kept == gone:
        raise OutletError(f"{keep!r} and {other!r} are one outlet already")
    db.execute("UPDATE outlet_names SET outlet = ? WHERE outlet = ?", (kept, gone))
    db.execute(
        "UPDATE outlets SET language = coalesce(language, (SELECT language FROM outlets"
        " WHERE name = ?)), country = coalesce(country, (SELECT country FROM outlets"
        " WHERE name = ?)) WHERE name = ?",
        (gone, gone, kept),
    )
    changed = _rename_articles(db, gone, kept)
    db.execute("DELETE FROM outlets WHERE name = ?", (gone,))
    return kept, changed


def rename(db: sqlite3.Connection, old: str, new: str) -> tuple[str, int]:
    """Give an outlet a new name (the old one stays a spelling of it)."""
    name = _known(db, old)
    new = clean_name(new)
    taken = resolve(db, new)
    if taken != new and taken != name:
        raise OutletError(f"{new!r} is a spelling of {taken!r}: merge the two instead")
    if db.execute("SELECT 1 FROM outlets WHERE name = ?", (new,)).fetchone() and new != name:
        raise OutletError(f"{new!r} is another outlet: merge the two instead")
    db.execute("UPDATE outlets SET name = ? WHERE name = ?", (new, name))
    db.execute("UPDATE outlet_names SET outlet = ? WHERE outlet = ?", (new, name))
    _alias(db, "name", new, new)
    return new, _rename_articles(db, name, new)
