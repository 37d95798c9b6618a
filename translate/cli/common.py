"""What the command modules share: the context object, JSON output, progress bars, and
reading and translating articles with a progress bar."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from glossary import Glossary
from translate.codec import to_json
from translate.config import Settings
from translate.engines import choose_engine
from translate.ingest import read_article
from translate.models import Article, ArticleTranslation
from translate.store import Store
from translate.vocab import READ_LANGS


class Context:
    """The settings of this run, and the store and glossary, opened when first needed."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.settings.db_path)
        return self._store

    def glossary(self, use: bool = True) -> Glossary | None:
        return Glossary.load_layers(self.settings.glossary_layers) if use else None


pass_context = click.make_pass_decorator(Context)

json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
lang_option = click.option("--lang", type=click.Choice(READ_LANGS), help="Skip language detection.")
published_option = click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date of the articles (else their .meta file's, or the page's).",
)


def emit_json(data: Any) -> None:
    """Print a result (or plain data) as JSON, in its one shape (``translate.codec``)."""
    click.echo(json.dumps(to_json(data), ensure_ascii=False, indent=2))


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


def read_all(paths: Sequence[str], lang: str | None, published: str | None = None) -> list[Article]:
    if not paths:
        raise click.UsageError("give at least one article file")
    return [read_article(Path(p), lang=lang, published=published) for p in paths]


def read_or_stored(ctx: Context, refs: Sequence[str], lang: str | None) -> list[Article]:
    """Articles by path, or by the id of a stored article."""
    articles = []
    for ref in refs:
        stored = None if Path(ref).exists() else ctx.store.get_article(ref)
        articles.append(stored or read_all([ref], lang)[0])
    return articles


def translate_with_progress(
    ctx: Context,
    articles: Sequence[Article],
    engine: str | None,
    use_glossary: bool = True,
    show: bool = True,
) -> list[ArticleTranslation]:
    """Store the articles and translate them (the cache answers what it can), with a
    progress bar on a terminal."""
    from translate.pipeline import translate_articles

    glossary = ctx.glossary(use_glossary)
    chosen = choose_engine(engine or ctx.settings.engine, ctx.settings, (a.lang for a in articles))
    ctx.store.put_articles(articles)
    with progress_bar("Translating", enabled=show and sys.stderr.isatty()) as advance:
        return translate_articles(
            articles, chosen, ctx.store, glossary, ctx.settings.batch_size, advance
        )
