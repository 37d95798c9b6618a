"""The ``newsbridge`` command line. Thin: it parses, calls the modules below, prints.

One module per command group: ``articles`` (ingest, translate), ``compare`` (compare,
stories), ``models``, ``glossary``, ``eval``, ``feeds`` (fetch, feeds), ``quotes``,
``search``, ``serve``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from glossary import GlossaryError
from translate.cli.articles import ingest, translate
from translate.cli.common import Context
from translate.cli.compare import compare, stories
from translate.cli.corrections import corrections_group
from translate.cli.eval import eval_command
from translate.cli.feeds import feeds_group, fetch, wire
from translate.cli.glossary import glossary_group
from translate.cli.models import models_group
from translate.cli.outlets import outlets_group
from translate.cli.quotes import quotes
from translate.cli.search import search_command
from translate.cli.serve import serve
from translate.cli.terminal import safe_output
from translate.config import Settings
from translate.engines import EngineUnavailable
from translate.sources.ingest import IngestError
from translate.storage.store import StoreError


def user_errors() -> tuple[type[Exception], ...]:
    """Errors a user can fix: one line, no traceback, non-zero exit. (The engine modules
    are imported here, when an error is being handled, not at start-up: argos pulls in
    torch.)"""
    from translate.engines.argos import ModelInstallError
    from translate.engines.llm_model import ModelFetchError
    from translate.pipeline.evaluate import TestSetError
    from translate.sources.feeds import FeedListError
    from translate.sources.fetch import FetchError
    from translate.storage.outlet_store import OutletError

    return (
        IngestError,
        EngineUnavailable,
        GlossaryError,
        StoreError,
        FileNotFoundError,
        ModelInstallError,
        ModelFetchError,
        TestSetError,
        FetchError,
        FeedListError,
        OutletError,
    )


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        with safe_output():
            try:
                return super().invoke(ctx)
            except Exception as exc:
                if not isinstance(exc, user_errors()):
                    raise
                click.echo(f"error: {exc}", err=True)
                ctx.exit(1)


@click.group(cls=_Group)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="SQLite store file.")
@click.option(
    "--glossary",
    "glossary_path",
    type=click.Path(path_type=Path),
    help="Glossary file or folder (default: the shipped glossary).",
)
@click.version_option(package_name="newsbridge")
@click.pass_context
def main(ctx: click.Context, db: Path | None, glossary_path: Path | None) -> None:
    """Read Dutch and German news offline, in English, with names right."""
    settings = Settings.from_env().with_overrides(db_path=db, glossary_path=glossary_path)
    ctx.obj = Context(settings)


for command in (
    ingest,
    translate,
    compare,
    stories,
    models_group,
    glossary_group,
    eval_command,
    fetch,
    feeds_group,
    wire,
    outlets_group,
    quotes,
    corrections_group,
    search_command,
):
    main.add_command(command)
main.add_command(serve)

__all__ = ["main"]
