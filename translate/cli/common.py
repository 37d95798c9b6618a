"""What the command modules share: the context object, JSON output, progress bars, and
reading and translating articles with a progress bar."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from glossary import Glossary
from translate.config import Settings
from translate.engines import choose_engine
from translate.records import Article, ArticleTranslation
from translate.sources.ingest import read_article
from translate.storage.codec import to_json
from translate.storage.store import Store
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


class LanguageChoice(click.Choice):  # type: ignore[type-arg]
    """A choice of language codes read from the registry when the command runs, so a
    language registered after this module was imported is one of them too."""

    def __init__(self, codes: Sequence[str]) -> None:
        self._codes = codes
        super().__init__(tuple(codes))

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self._codes)

    @choices.setter
    def choices(self, value: Sequence[str]) -> None:
        pass  # always the registry's


lang_option = click.option(
    "--lang", type=LanguageChoice(READ_LANGS), help="Skip language detection."
)
published_option = click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date of the articles (else their .meta file's, or the page's).",
)


def ray_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--ray [ADDRESS]``, ``--ray-actors N``, ``--ray-install-models``: run the engine on
    a Ray cluster (``translate.pipeline.cluster``)."""
    for option in reversed(
        [
            click.option(
                "--ray",
                "ray_address",
                is_flag=False,
                flag_value="local",
                default=None,
                metavar="[ADDRESS]",
                help="Translate on Ray actors: alone, a local Ray for this run; with an address"
                " (auto, ray://HOST:10001), that cluster. Needs newsbridge[cluster].",
            ),
            click.option(
                "--ray-actors",
                type=click.IntRange(min=1),
                default=None,
                help="Engines on the cluster (default: one per CPU).",
            ),
            click.option(
                "--ray-install-models",
                is_flag=True,
                help="Each worker without the LLM model installs the verified one first.",
            ),
        ]
    ):
        command = option(command)
    return command


@contextmanager
def runner_for(
    address: str | None, actors: int | None = None, install: bool = False
) -> Iterator[Any]:
    """The pipeline's runner: here, or on Ray when ``--ray`` was given."""
    from translate.pipeline.translating import run_here

    if address is None:
        if actors or install:
            raise click.UsageError("--ray-actors and --ray-install-models go with --ray")
        yield run_here
        return
    from translate.pipeline.cluster import ClusterError, RayRunner

    try:
        runner = RayRunner(None if address == "local" else address, actors, install=install)
    except ClusterError as exc:
        raise click.ClickException(str(exc)) from None
    with runner:
        try:
            yield runner
        except ClusterError as exc:
            raise click.ClickException(str(exc)) from None


def emit_json(data: Any) -> None:
    """Print a result (or plain data) as JSON, in its one shape (``translate.storage.codec``)."""
    click.echo(json.dumps(to_json(data), ensure_ascii=False, indent=2))


@contextmanager
def progress_bar(label: str, enabled: bool) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr when it is a terminal (done, rate, time left); silent
    otherwise."""
    state: dict[str, Any] = {}

    def advance(done: int, total: int) -> None:
        if not enabled:
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(
                length=total,
                label=label,
                file=sys.stderr,
                show_pos=True,
                item_show_func=lambda rate: rate,
            )
            state["bar"].__enter__()
            state["started"] = time.monotonic()
        bar = state["bar"]
        if total > bar.length:  # work was added on the way (terms asked for again)
            bar.length = total
        seconds = time.monotonic() - state["started"]
        rate = (bar.pos + done) / seconds if seconds > 0 else 0.0
        bar.update(done, f"{rate:.2f} sentences/s")

    try:
        yield advance
    finally:
        if "bar" in state:
            state["bar"].__exit__(None, None, None)


def read_all(
    paths: Sequence[str],
    lang: str | None,
    published: str | None = None,
    outlet: str | None = None,
) -> list[Article]:
    if not paths:
        raise click.UsageError("give at least one article file")
    return [read_article(Path(p), lang, published, outlet) for p in paths]


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
    runner: Any = None,
) -> list[ArticleTranslation]:
    """Store the articles and translate them (the cache answers what it can), with a
    progress bar on a terminal; ``runner``: where the engine runs (default here)."""
    from translate.coverage.compare import after_translation
    from translate.coverage.docs import Doc
    from translate.pipeline.translating import run_here, translate_articles

    glossary = ctx.glossary(use_glossary)
    chosen = choose_engine(engine or ctx.settings.engine, ctx.settings, (a.lang for a in articles))
    ctx.store.put_articles(articles)
    with progress_bar("Translating", enabled=show and sys.stderr.isatty()) as advance:
        results = translate_articles(
            articles,
            chosen,
            ctx.store,
            glossary,
            ctx.settings.batch_size,
            advance,
            runner=runner or run_here,
        )
    # Speakers are named by the whole glossary, even where --no-glossary translated.
    docs = [Doc(a, t) for a, t in zip(articles, results, strict=True)]
    after_translation(ctx.store, docs, glossary if glossary is not None else ctx.glossary())
    return results
