"""``newsbridge ingest`` and ``newsbridge translate``."""

from __future__ import annotations

from typing import Any

import click

from glossary import term_accuracy
from translate.cli.common import (
    Context,
    emit_json,
    json_option,
    lang_option,
    pass_context,
    published_option,
    ray_options,
    read_all,
    runner_for,
    translate_with_progress,
)
from translate.engines import CHOICES
from translate.records import Article, ArticleTranslation, SentenceTranslation
from translate.storage.codec import to_json


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@lang_option
@published_option
@click.option("--outlet", help="The articles' outlet (above their .meta file and page).")
@json_option
@pass_context
def ingest(
    ctx: Context,
    paths: tuple[str, ...],
    lang: str | None,
    published: str | None,
    outlet: str | None,
    as_json: bool,
) -> None:
    """Read articles, split them into sentences, and store them."""
    articles = read_all(paths, lang, published, outlet)
    ctx.store.put_articles(articles)
    if as_json:
        emit_json({"articles": articles})
        return
    for a in articles:
        where = f"{a.dateline} ({'/'.join(a.agencies)})" if a.dateline else (a.outlet or "-")
        click.echo(f"{a.id}  {a.lang}  {len(a.sentences):3d} sentences  {where}  {a.title}")
        if a.removed:
            labels = sorted({r.label for r in a.removed})
            click.echo(f"    removed {len(a.removed)} lines: {', '.join(labels)}")


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--engine", type=click.Choice(CHOICES), default=None, help="Default: auto.")
@lang_option
@published_option
@click.option("--no-glossary", is_flag=True, help="Translate without glossary enforcement.")
@ray_options
@json_option
@pass_context
def translate(
    ctx: Context,
    paths: tuple[str, ...],
    engine: str | None,
    lang: str | None,
    published: str | None,
    no_glossary: bool,
    ray_address: str | None,
    ray_actors: int | None,
    ray_install_models: bool,
    as_json: bool,
) -> None:
    """Translate articles to English (cached: nothing is translated twice). No PATH: every
    stored article (those ``newsbridge fetch`` brought in, say)."""
    if paths:
        articles = read_all(paths, lang, published)
    else:
        if lang or published:
            raise click.UsageError("--lang and --published go with article files")
        articles = ctx.store.list_articles()
        if not articles:
            raise click.UsageError("no articles: give article files, or fetch or ingest some")
    with runner_for(ray_address, ray_actors, ray_install_models) as runner:
        results = translate_with_progress(
            ctx, articles, engine, not no_glossary, show=not as_json, runner=runner
        )
    if as_json:
        emit_json(
            {"articles": [translation_report(a, r) for a, r in zip(articles, results, strict=True)]}
        )
        return
    for article, result in zip(articles, results, strict=True):
        click.echo(f"# {result.title.english}")
        click.echo(f"  ({article.title}; {article.id}, {article.lang}, {result.signature})")
        _echo_doubt(result.title)
        for s in result.sentences:
            click.echo(f"{'? ' if s.flags else '* ' if s.corrected else '  '}{s.english}")
            _echo_doubt(s)
        accuracy = term_accuracy(result.hits)
        doubted = sum(1 for s in result.sentences if s.flags)
        fixed = sum(1 for s in (result.title, *result.sentences) if s.corrected)
        click.echo(
            f"  -- {len(result.sentences)} sentences, {result.cached_count} from cache"
            + (f", {doubted} doubted (marked ?)" if doubted else "")
            + (f", {fixed} corrected by a person (marked *)" if fixed else "")
            + (f", term accuracy {accuracy:.0%}" if accuracy is not None else "")
        )


def _echo_doubt(sentence: SentenceTranslation) -> None:
    """Under a doubted sentence: why, and the original to read it against; under a
    corrected one: who corrected it, and the machine's English."""
    if sentence.corrected:
        fix = sentence.corrected
        click.echo(f"      corrected by {fix.by} on {fix.at[:10]}; the machine's: {fix.machine}")
    if sentence.flags:
        confidence = "" if sentence.confidence is None else f" {sentence.confidence:.0%}"
        click.echo(f"      doubt{confidence}: {'; '.join(sentence.reasons)}")
        click.echo(f"      original: {sentence.source}")


def translation_report(article: Article, result: ArticleTranslation) -> dict[str, Any]:
    """A translation in its one JSON shape, with where it came from and what it cost."""
    return {
        **to_json(result),
        "path": article.path,
        "cached": result.cached_count,
        "translated": len(result.sentences) - result.cached_count,
        "term_accuracy": term_accuracy(result.hits),
    }
