"""Names the glossary does not cover, found in the stored articles, and kept in the store.

Finding them reads every stored article (about 4 ms an article on 2 cores), so the
glossary page computes them itself only for a small store; for a bigger one the
background worker does, and the page shows the last ones found meanwhile.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from glossary import Glossary
from glossary.suggest import Suggestion, suggest
from translate.doubt.current import current_translation
from translate.storage.store import Store
from translate.storage.stored import get, put
from translate.vocab import SOURCE_LANGS, ResultKind

# How many suggestions are kept (likely names only).
LIMIT = 15
_KEY = "latest"


@dataclass(frozen=True)
class Suggested:
    """The suggestions found in the store as it was at ``state`` (see :func:`state`)."""

    state: str
    suggestions: tuple[Suggestion, ...]


def state(store: Store, glossary: Glossary) -> str:
    """What the suggestions depend on: the glossary, the articles and their translations
    (not the store's version, which every job's progress moves on)."""
    translated = store.result_field(ResultKind.TRANSLATION, "$.signature.engine")
    parts = [glossary.version, store.article_ids(), sorted(translated.items())]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def compute(store: Store, glossary: Glossary, keep: bool = True) -> Suggested:
    """Read every stored article for names ``glossary`` lacks; stored unless ``keep`` is
    False (a read-only store)."""
    now = state(store, glossary)
    articles = [a for a in store.list_articles() if a.lang in SOURCE_LANGS]
    documents = [
        (a.path, a.lang, [a.title, *(s.text for s in a.sentences)], a.dateline) for a in articles
    ]
    english = [
        s.english
        for a in articles
        if (t := current_translation(store, a.id)) is not None and t.signature.engine != "none"
        for s in t.sentences
    ]
    found = [s for s in suggest(glossary, documents, limit=LIMIT, english=english) if s.likely_name]
    result = Suggested(now, tuple(found))
    if keep:
        put(store, ResultKind.SUGGESTIONS, _KEY, result, {"state": now})
    return result


def latest(store: Store) -> Suggested | None:
    """The suggestions last stored, whatever the store looked like then."""
    return get(store, ResultKind.SUGGESTIONS, _KEY, Suggested)
