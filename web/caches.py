"""What a running server keeps between requests, held on the app
(``app.extensions["newsbridge"]``) and so gone with it; every cache is a
:class:`~translate.storage.memo.Memo` (one policy: bounded, least recently used dropped
first, a value returned only while the stamp it was made from holds).

======================  =====  ===================================  ==========================
memo                    size   key                                  stamp
======================  =====  ===================================  ==========================
``store.decoded``       512    result kind and key                  digest of its stored JSON
``store.groupings``     8      grouping key                         the key (never changes)
``library``             64     page number                          the store's version
``articles_digest``     1      "digest"                             the store's version
``wire``                1      "texts"                              digest of the articles
``suggestions``         1      "last"                               glossary, articles, engines
``glossary``            4      the glossary's layers                its files' names, sizes, times
======================  =====  ===================================  ==========================
"""

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


def init_app(app: Flask) -> None:
    app.extensions[EXTENSION] = Caches()


def app_caches() -> Caches:
    """The running app's caches."""
    found: Caches = current_app.extensions[EXTENSION]
    return found
