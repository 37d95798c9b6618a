"""The one cache policy of newsbridge: a :class:`Memo`.

A memo keeps values made from stored data, each with the *stamp* of what it was made from
(a digest of the stored JSON, the store's version, a file's size and time). A value is
returned only while its stamp is the same, so a cache never shows anything older than the
store; at most ``size`` values are kept, the least recently used dropped first; it is safe
across threads. Memos live with what owns them (a :class:`~translate.storage.store.Store`,
or a web app's ``app.extensions``), never in a module: nothing outlives its owner.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from translate.results import Grouping

V = TypeVar("V")


class Memo(Generic[V]):
    """At most ``size`` values, each under a key and kept with its stamp."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("a memo keeps at least one value")
        self.size = size
        self._items: OrderedDict[Hashable, tuple[Hashable, V]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, stamp: Hashable) -> V | None:
        """The value kept under ``key``, if it was made from ``stamp``."""
        with self._lock:
            found = self._items.get(key)
            if found is None or found[0] != stamp:
                return None
            self._items.move_to_end(key)
            return found[1]

    def last(self, key: Hashable) -> tuple[Hashable, V] | None:
        """The stamp and value kept under ``key``, whatever the stamp (for a value that is
        shown stale while a new one is made)."""
        with self._lock:
            return self._items.get(key)

    def put(self, key: Hashable, stamp: Hashable, value: V) -> V:
        with self._lock:
            self._items[key] = (stamp, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._items)


@dataclass
class StoreMemos:
    """What the typed-results layer keeps decoded (``translate.storage.stored``).

    ``decoded``: the last translations, comparisons and story views read, by kind and key,
    stamped with a digest of their stored JSON (a page that reads the same translations
    again skips decoding them: most of its time on a big story). ``groupings``: the last
    story groupings read, by key (a grouping never changes under its key; the library
    reads one on every request)."""

    decoded: Memo[object] = field(default_factory=lambda: Memo(512))
    groupings: Memo[Grouping] = field(default_factory=lambda: Memo(8))
