"""``newsbridge search``: the stored articles that hold some words, a phrase or a name in
any spelling, with the passages that matched; ``--reindex`` builds the index again."""

from __future__ import annotations

import time

import click

from translate.cli.common import Context, emit_json, json_option, pass_context
from translate.coverage.archive_search import PER_PAGE, Request, Results, hit_json, marked, search
from translate.storage import search_index as index
from translate.storage.search_index import QueryError
from translate.vocab import READ_LANGS


def _marked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"[{piece}]" if hit else piece for piece, hit in marked(text, spans))


def _show(results: Results) -> None:
    for story in results.stories:
        click.echo(f"== {story.title}" + (f"  (story {story.story_id})" if story.story_id else ""))
        for hit in story.hits:
            when = hit.date or "undated"
            click.echo(
                f"  {hit.article_id}  {hit.outlet or 'unknown outlet'} · {hit.language} · {when}"
            )
            click.echo(f"    {hit.title_en or hit.title}")
            for p in hit.passages:
                where = "title" if p.index < 0 else f"sentence {p.index}"
                click.echo(f"    {where}: {_marked(p.original, p.original_spans)}")
                if p.english and p.english != p.original:
                    doubt = "  (unsure)" if p.doubted else ""
                    click.echo(f"      = {_marked(p.english, p.english_spans)}{doubt}")
    shown = f"page {results.page} of {results.pages}" if results.pages > 1 else "all shown"
    if results.total and not results.hits:  # a page past the last
        shown = f"there is no page {results.page}: {results.pages} in all"
    click.echo(f"-- {results.total} articles found ({shown})")


# A query's "-word" (leave it out) would read as an option otherwise.
_WORDS = {"ignore_unknown_options": True}


@click.command("search", context_settings=_WORDS)
@click.argument("words", nargs=-1)
@click.option("--lang", type=click.Choice(READ_LANGS), help="Only articles in this language.")
@click.option("--outlet", help="Only this outlet's articles (any of its spellings).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only articles published on or before.")
@click.option("--story", "story_id", help="Only the articles of this story (its id).")
@click.option("--person", help="Only articles quoting this person (English name or glossary id).")
@click.option("--by-date", is_flag=True, help="Newest first (default: most relevant first).")
@click.option("--page", type=click.IntRange(min=1), default=1, help="Which page of results.")
@click.option("--per-page", type=click.IntRange(1, 500), default=PER_PAGE, help="Articles a page.")
@click.option("--reindex", is_flag=True, help="Build the search index again from the store.")
@json_option
@pass_context
def search_command(
    ctx: Context,
    words: tuple[str, ...],
    lang: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    story_id: str | None,
    person: str | None,
    by_date: bool,
    page: int,
    per_page: int,
    reindex: bool,
    as_json: bool,
) -> None:
    """Find stored articles by words, "a phrase" or a name in any spelling; -word leaves
    a word out. Words match their other forms in Dutch, German and English. The query may
    be one argument or several (``newsbridge search Putin -Biden``)."""
    unknown = next((w for w in words if w.startswith("--")), None)
    if unknown is not None:
        raise click.UsageError(f"no such option: {unknown} (to leave a word out: -word)")
    query = " ".join(words)
    store = ctx.store
    if reindex:
        started = time.perf_counter()
        with store.transaction() as db:
            count = index.reindex(db)
        click.echo(f"indexed {count} articles in {time.perf_counter() - started:.1f} s", err=True)
        if not query:
            return
    if not query:
        raise click.UsageError("say what to search for (or --reindex)")
    request = Request(
        query, lang, outlet, since, until, story_id, person,
        "date" if by_date else "relevance", page, per_page,
    )  # fmt: skip
    try:
        results = search(store, request, ctx.glossary())
    except QueryError as exc:
        raise click.UsageError(str(exc)) from exc
    if as_json:
        emit_json(
            {
                "query": results.query,
                "total": results.total,
                "page": results.page,
                "pages": results.pages,
                "next": results.page + 1 if results.page < results.pages else None,
                "hits": [hit_json(h) for h in results.hits],
            }
        )
        return
    _show(results)
