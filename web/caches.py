"""What a running server keeps between requests, held on the app
(``app.extensions["newsbridge"]``) and so gone with it. Every cache is a
:class:`~translate.storage.memo.Memo`; docs/pages.md ("Caches") lists each one, its
size, key and stamp."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app

from glossary import Glossary
from translate.storage.memo import Memo, StoreMemos

EXTENSION = "newsbridge"


@dataclass(frozen=True)
class LoadedGlossary:
    """The glossary as last loaded, the stamp of its files then, and why they did not load
    ("user:curated.tsv:4: ..."; empty when they did)."""

    stamp: tuple[tuple[str, str, int, int], ...]
    glossary: Glossary
    problems: tuple[str, ...]


@dataclass
class Caches:
    store: StoreMemos = field(default_factory=StoreMemos)
    library: Memo[str] = field(default_factory=lambda: Memo(64))
    articles_digest: Memo[str] = field(default_factory=lambda: Memo(1))
    wire: Memo[list[Any]] = field(default_factory=lambda: Memo(1))
    suggestions: Memo[Any] = field(default_factory=lambda: Memo(1))
    glossary: Memo[LoadedGlossary] = field(default_factory=lambda: Memo(4))
    near: Memo[Any] = field(default_factory=lambda: Memo(4))


def init_app(app: Flask) -> None:
    app.extensions[EXTENSION] = Caches()


def app_caches() -> Caches:
    """The running app's caches."""
    found: Caches = current_app.extensions[EXTENSION]
    return found
