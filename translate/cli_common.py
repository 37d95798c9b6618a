"""Pieces the command modules share: the context object, JSON output, progress bars."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from glossary import DATA_DIR, Glossary
from translate.config import Settings
from translate.ingest import read_article
from translate.models import Article
from translate.store import Store


class Context:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.settings.db_path)
        return self._store

    def glossary(self, use: bool = True) -> Glossary | None:
        if not use:
            return None
        return Glossary.load(self.settings.glossary_path or DATA_DIR)


pass_context = click.make_pass_decorator(Context)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@contextmanager
def progress_bar(label: str, enabled: bool) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr when it is a terminal; silent otherwise."""
    state: dict[str, Any] = {}

    def advance(done: int, total: int) -> None:
        if not enabled:
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(length=total, label=label, file=sys.stderr)
            state["bar"].__enter__()
        state["bar"].update(done)

    try:
        yield advance
    finally:
        if "bar" in state:
            state["bar"].__exit__(None, None, None)


def read_all(paths: Sequence[str], lang: str | None) -> list[Article]:
    if not paths:
        raise click.UsageError("give at least one article file")
    return [read_article(Path(p), lang=lang) for p in paths]
