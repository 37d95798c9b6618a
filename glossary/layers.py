"""Where entries live, and how they change without losing anyone's work.

A glossary is a stack of layers. The **shipped** layer is the data installed with
newsbridge: read-only, replaced by an upgrade. The **user** layer (a folder or file in
``NEWSBRIDGE_HOME``, or one a team keeps in git) overrides shipped entries by id and adds
its own. Every write goes to the user layer only:

- under an exclusive lock (``fcntl.flock`` on a lock file beside it), so writers in
  different processes (the command line, the server's threads) take turns;
- checked against the version of the entry the edit was made from: saving over a newer
  version is refused with both shown (:class:`StaleEdit`);
- validated as a whole glossary before the file is replaced, atomically, keeping its mode;
- recorded in the layer's history (who, when, what, before and after), which ``undo``
  reads back.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from glossary.entries import (
    Entry,
    GlossaryError,
    Problem,
    cross_check,
    glossary_files,
    parse,
    render,
    user_name,
    with_entry,
    without_entry,
    write_atomically,
)

SHIPPED = "shipped"
USER = "user"
TARGET = "curated.tsv"  # the file of a folder layer that writes go to


@dataclass(frozen=True)
class Layer:
    name: str
    path: Path  # a .tsv file, or a folder of them
    writable: bool

    @property
    def is_folder(self) -> bool:
        return self.path.is_dir() or (not self.path.exists() and self.path.suffix != ".tsv")

    def files(self) -> list[Path]:
        if not self.path.exists():
            return []
        return glossary_files(self.path)

    @property
    def target(self) -> Path:
        return self.path / TARGET if self.is_folder else self.path

    @property
    def history(self) -> Path:
        return (
            self.path / "history.jsonl"
            if self.is_folder
            else self.path.with_suffix(".history.jsonl")
        )

    @property
    def lock(self) -> Path:
        return self.path / ".lock" if self.is_folder else self.path.with_suffix(".lock")

    def label(self, file: Path) -> str:
        """How messages name a file: by its layer and name, never its absolute path."""
        return f"{self.name}:{file.name}"


def entry_version(entry: Entry) -> str:
    """The version of one entry: changes whenever any of its fields does."""
    return hashlib.sha256(entry.to_row().encode("utf-8")).hexdigest()[:12]


def read_layers(
    layers: Sequence[Layer], replacing: tuple[Path, str] | None = None
) -> tuple[list[Entry], list[Problem]]:
    """The entries in effect (a later layer's entry replaces an earlier one's of the same
    id) and every problem, each named ``layer:file:line``. ``replacing`` (a file and a
    text) reads the glossary as it would be with that file holding that text."""
    merged: dict[str, Entry] = {}
    problems: list[Problem] = []
    for layer in layers:
        own: list[Entry] = []
        files = layer.files()
        if replacing is not None and replacing[0] == layer.target:
            files = sorted({*files, replacing[0]})
        for file in files:
            try:
                if replacing is not None and file == replacing[0]:
                    text = replacing[1]
                else:
                    text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(Problem(layer.label(file), 0, f"cannot read: {exc}"))
                continue
            entries, file_problems = parse(text, layer.label(file))
            own.extend(entries)
            problems.extend(file_problems)
        # Within a layer an id is once; across layers the later one wins.
        problems.extend(p for p in cross_check(own) if "duplicate id" in p.message)
        merged.update({e.id: e for e in own})
    entries = list(merged.values())
    problems.extend(p for p in cross_check(entries) if "duplicate id" not in p.message)
    return entries, problems


def layers_version(layers: Sequence[Layer]) -> str:
    digest = hashlib.sha256()
    for layer in layers:
        for file in layer.files():
            digest.update(f"{layer.name}/{file.name}".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


class StaleEdit(GlossaryError):
    """The entry changed since the form was opened: saving would lose that change."""

    def __init__(self, current: Entry | None, mine: Entry) -> None:
        self.current = current
        self.mine = mine
        now = f"now: {current.to_row()!r}" if current else "it has been removed"
        super().__init__(
            [
                Problem(
                    current.file if current else USER,
                    current.line if current else 0,
                    f"entry {mine.id!r} was changed by someone else since you opened it ({now};"
                    f" yours: {mine.to_row()!r}); open it again and redo your change",
                )
            ]
        )


@contextmanager
def locked(layer: Layer) -> Iterator[None]:
    """Hold the layer's write lock (blocking): one writer at a time, across processes."""
    layer.lock.parent.mkdir(parents=True, exist_ok=True)
    with layer.lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            _sweep(layer)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sweep(layer: Layer) -> None:
    """Remove what a writer killed mid-write left (``write_atomically``'s temporary file
    beside the target): with the lock held, no writer of this layer is at work."""
    for left in layer.target.parent.glob(f".{layer.target.name}.*"):
        if len(left.name) == len(layer.target.name) + 10 and left.is_file():
            left.unlink(missing_ok=True)


def sweep(layers: Sequence[Layer]) -> None:
    """At a start: the temporary files of writes that were killed, removed."""
    for layer in layers:
        if layer.writable and layer.target.parent.is_dir():
            with locked(layer):
                pass


def _writable(layers: Sequence[Layer]) -> Layer:
    found = [layer for layer in layers if layer.writable]
    if not found:
        raise GlossaryError([Problem(SHIPPED, 0, "no glossary layer can be written")])
    layer = found[-1]
    shipped = (Path(__file__).resolve().parent / "data").resolve()
    if layer.target.resolve().is_relative_to(shipped):
        raise GlossaryError(
            [
                Problem(
                    layer.name,
                    0,
                    "that is the glossary installed with newsbridge, which an upgrade replaces:"
                    " set NEWSBRIDGE_GLOSSARY (or --glossary) to a folder of your own",
                )
            ]
        )
    return layer


def save_entry(
    layers: Sequence[Layer],
    entry: Entry,
    replace: bool = False,
    base: str | None = None,
    action: str | None = None,
) -> Entry:
    """Write ``entry`` into the writable layer; nothing is written if the result is invalid.

    Without ``replace`` an id in use is refused (an add never overwrites). With ``base``
    (the :func:`entry_version` the edit started from) a newer version is refused.
    Returns the entry as stored.
    """
    layer = _writable(layers)
    with locked(layer):
        entries, _ = read_layers(layers)
        current = next((e for e in entries if e.id == entry.id), None)
        if current is not None and not replace:
            raise GlossaryError(
                [Problem(current.file, current.line, f"id {entry.id!r} exists already (edit it)")]
            )
        if replace and base is not None and (current is None or entry_version(current) != base):
            raise StaleEdit(current, entry)
        _write(layers, layer, with_entry(_target_text(layer), layer.label(layer.target), entry))
        # An entry of another layer is not changed but overridden: undoing the override
        # removes it from this layer, and the other layer's entry applies again.
        mine = current if current is not None and current.layer == layer.name else None
        default = "edit" if mine else ("override" if current else "add")
        _record(layer, action or default, entry.id, mine, entry)
    return entry


def remove_entry(layers: Sequence[Layer], entry_id: str, action: str = "remove") -> None:
    """Take ``entry_id`` out of the writable layer (a shipped entry it overrode shows again)."""
    layer = _writable(layers)
    with locked(layer):
        _remove(layers, layer, entry_id, action)


def _remove(
    layers: Sequence[Layer], layer: Layer, entry_id: str, action: str, by: str | None = None
) -> None:
    text = _target_text(layer)
    own, _ = parse(text, layer.label(layer.target))
    before = next((e for e in own if e.id == entry_id), None)
    if before is None:
        raise GlossaryError([Problem(layer.label(layer.target), 0, f"no entry {entry_id!r} here")])
    _write(layers, layer, without_entry(text, entry_id))
    _record(layer, action, entry_id, before, None, by)


def _target_text(layer: Layer) -> str:
    return layer.target.read_text(encoding="utf-8") if layer.target.exists() else render([])


def _write(layers: Sequence[Layer], layer: Layer, new_text: str) -> None:
    """Replace the layer's target with ``new_text`` if the whole glossary is valid with it."""
    _, problems = read_layers(layers, replacing=(layer.target, new_text))
    if problems:
        raise GlossaryError(problems)
    write_atomically(layer.target, new_text)


# History: one JSON object a line, appended under the lock.


@dataclass(frozen=True)
class Change:
    at: str
    by: str
    action: str  # add, edit, override, remove, undo, import
    id: str
    before: str | None  # the entry's row before (None: it did not exist in this layer)
    after: str | None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "at": self.at,
            "by": self.by,
            "action": self.action,
            "id": self.id,
            "before": self.before,
            "after": self.after,
        }


def _record(
    layer: Layer,
    action: str,
    entry_id: str,
    before: Entry | None,
    after: Entry | None,
    by: str | None = None,
) -> None:
    change = Change(
        at=datetime.now(UTC).isoformat(timespec="seconds"),
        by=user_name(by or (after.added_by if after else None)),
        action=action,
        id=entry_id,
        before=before.to_row() if before else None,
        after=after.to_row() if after else None,
    )
    layer.history.parent.mkdir(parents=True, exist_ok=True)
    with layer.history.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(change.as_dict(), ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def history(layers: Sequence[Layer], entry_id: str | None = None) -> list[Change]:
    """Every recorded change (of one entry), oldest first."""
    layer = _writable(layers)
    if not layer.history.exists():
        return []
    changes = []
    for line in layer.history.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            if entry_id is None or data["id"] == entry_id:
                changes.append(Change(**data))
    return changes


def undo(layers: Sequence[Layer], entry_id: str, by: str) -> Change:
    """Undo the last change of ``entry_id``: the entry goes back to what it was before it
    (an entry that change added goes away; a shipped entry it overrode shows again). The
    undo is a change too, so undoing twice puts back what the first undo took away."""
    from glossary.entries import parse_row

    layer = _writable(layers)
    with locked(layer):
        changes = history(layers, entry_id)
        if not changes:
            raise GlossaryError([Problem(USER, 0, f"no change of {entry_id!r} to undo")])
        last = changes[-1]
        if last.before is None:
            _remove(layers, layer, entry_id, "undo", by)
        else:
            entry = parse_row(last.before, layer.label(layer.target))
            text = _target_text(layer)
            own, _ = parse(text, layer.label(layer.target))
            current = next((e for e in own if e.id == entry_id), None)
            _write(layers, layer, with_entry(text, layer.label(layer.target), entry))
            _record(layer, "undo", entry_id, current, entry, by)
        return history(layers, entry_id)[-1]


def save_entries(layers: Sequence[Layer], entries: Sequence[Entry], action: str, by: str) -> None:
    """Write several entries into the writable layer at once (an import): all of them are
    validated together and written in one replacement of the file, or none is."""
    layer = _writable(layers)
    with locked(layer):
        current = {e.id: e for e in read_layers(layers)[0]}
        text = _target_text(layer)
        for entry in entries:
            text = with_entry(text, layer.label(layer.target), entry)
        _write(layers, layer, text)
        for entry in entries:
            before = current.get(entry.id)
            _record(layer, action, entry.id, before if before and before.layer == layer.name
                    else None, entry, by)  # fmt: skip
