"""``newsbridge compare`` and ``newsbridge stories``."""

from __future__ import annotations

import click

from translate.cli.common import (
    Context,
    emit_json,
    json_option,
    pass_context,
    read_or_stored,
    translate_with_progress,
)
from translate.coverage.docs import Doc
from translate.engines import CHOICES
from translate.results import AlignSettings, Comparison, StorySettings, StoryView
from translate.vocab import letter


def _docs(ctx: Context, refs: list[str], engine: str | None) -> list[Doc]:
    articles = read_or_stored(ctx, refs, None)
    results = translate_with_progress(ctx, articles, engine)
    return [Doc(a, t) for a, t in zip(articles, results, strict=True)]


@click.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--engine", type=click.Choice(CHOICES), default=None)
@click.option("--shared", default=0.5, show_default=True, help="Score for 'shared'.")
@click.option("--partial", default=0.25, show_default=True, help="Score for 'partial'.")
@json_option
@pass_context
def compare(
    ctx: Context,
    articles: tuple[str, ...],
    engine: str | None,
    shared: float,
    partial: float,
    as_json: bool,
) -> None:
    """Align articles (paths or stored ids): what they report in common, what only one does.

    Two articles: sentence pairs with matching words and differences. Three or more: each
    thing reported, with the articles that report it."""
    from translate.coverage.compare import compare_pair, compare_story

    if len(articles) < 2:
        raise click.UsageError("compare needs two or more articles")
    if not 0 < partial <= shared <= 1:
        raise click.BadParameter("need 0 < --partial <= --shared <= 1")
    docs = _docs(ctx, list(articles), engine)
    ids = [d.article.id for d in docs]
    twice = next((i for n, i in enumerate(ids) if i in ids[:n]), None)
    if twice is not None:  # (a path and its stored id, too): it would match itself, 100%
        raise click.UsageError(f"article {twice} is given twice: compare different articles")
    settings = AlignSettings(shared=shared, partial=partial)
    if len(docs) > 2:
        # Here the reader chose the articles, in a terminal: no limit to their number.
        story = compare_story(ctx.store, docs, settings, max_articles=None)
        if as_json:
            emit_json(story)
        else:
            _show_story(story)
        return
    result = compare_pair(ctx.store, docs[0], docs[1], settings)
    if as_json:
        emit_json(result)
    else:
        _show_pair(result)


def _show_pair(result: Comparison) -> None:
    click.echo(f"A: {result.a.title_en}  ({result.a.id})")
    click.echo(f"B: {result.b.title_en}  ({result.b.id})")
    click.echo(f"overlap {result.overlap:.0%}; {len(result.pairs)} pairs")
    for pair in result.pairs:
        click.echo(f"\n[{pair.label} {pair.score:.2f}] A{list(pair.a)} ~ B{list(pair.b)}")
        click.echo("  A: " + " ".join(pair.a_text))
        click.echo("  B: " + " ".join(pair.b_text))
        for diff in pair.differences:
            click.echo(f"  differs ({diff.kind}): A {list(diff.only_a)} / B {list(diff.only_b)}")
    for name, only in (("A", result.only_a), ("B", result.only_b)):
        for item in only:
            click.echo(f"\n[only in {name}] {item.index}: {item.text}")


def _show_story(result: StoryView) -> None:
    size = len(result.articles)
    for d, info in enumerate(result.articles):
        click.echo(f"{letter(d)}: {info.title_en}  ({info.id}, {info.outlet})")
    click.echo(
        f"{len(result.facts)} things reported: {result.in_all} by all {size}, "
        f"{result.in_several} by more than one; only in one: "
        + ", ".join(f"{letter(d)} {n}" for d, n in enumerate(result.only))
    )
    for fact in result.facts:
        who = "".join(letter(d) for d, cell in enumerate(fact.sentences) if cell)
        click.echo(f"\n[{fact.reported_by}/{size} {fact.label}] {who}")
        for d, cell in enumerate(fact.sentences):
            if cell:
                text = " ".join(result.english[d][i] for i in cell)
                click.echo(f"  {letter(d)}: {text}")


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--engine", type=click.Choice(CHOICES), default=None)
@click.option("--threshold", default=0.2, show_default=True, help="Score that joins a story.")
@json_option
@pass_context
def stories(
    ctx: Context, paths: tuple[str, ...], engine: str | None, threshold: float, as_json: bool
) -> None:
    """Group articles (paths or stored ids; none: every stored article) into stories."""
    from translate.coverage.compare import stories as group

    refs = list(paths) or [a.id for a in ctx.store.list_articles()]
    if not refs:
        raise click.UsageError("no articles: give paths, or ingest some first")
    result = group(ctx.store, _docs(ctx, refs, engine), StorySettings(threshold=threshold))
    if as_json:
        emit_json(result)
        return
    for n, story in enumerate(result.groups, start=1):
        count = len(story.articles)
        noun = "article" if count == 1 else "articles"
        click.echo(f"Story {n} ({count} {noun}, cohesion {story.cohesion:.2f})")
        for article_id in story.articles:
            info = result.articles[article_id]
            share = story.coverage.get(article_id)
            # Past the story's first MAX_STORY_ARTICLES articles no coverage is computed.
            covers = f"covers {share:.0%}" if share is not None else "not compared"
            click.echo(f"  {article_id}  {info.language}  {covers}  {info.title_en}")
