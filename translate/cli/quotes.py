"""``newsbridge quotes``: who said what in the articles, from their original text, with
the English of the quoted words where a translation is stored."""

from __future__ import annotations

from typing import Any

import click

from translate.cli.common import Context, emit_json, json_option, pass_context, read_all
from translate.coverage.quotes import Quoted, carriers, quotes_of, with_english
from translate.doubt.current import current_translation
from translate.models import Article
from translate.storage.stored import latest_grouping


@click.command("quotes")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--story", "story_id", help="The articles of this story (its id).")
@click.option("--person", help="Only what this person said (English name or glossary id).")
@json_option
@pass_context
def quotes(
    ctx: Context, paths: tuple[str, ...], story_id: str | None, person: str | None, as_json: bool
) -> None:
    """Quotations and their speakers: article files, a story's articles, or every stored
    article. A speaker is given only where the reporting clause says who it is."""
    store = ctx.store
    articles: list[Article]
    if paths:
        articles = read_all(paths, None)
    elif story_id:
        grouping = latest_grouping(store)
        group = (
            next((g for g in grouping.groups if g.story_id == story_id), None) if grouping else None
        )
        if group is None:
            raise click.UsageError(f"no story {story_id} (newsbridge stories lists them)")
        found = store.get_articles(list(group.articles))
        articles = [found[a] for a in group.articles if a in found]
    else:
        articles = store.list_articles()
    glossary = ctx.glossary()
    quoted: list[Quoted] = []
    for article in articles:
        translation = current_translation(store, article.id)
        quoted.extend(with_english(quotes_of(article, glossary), translation))
    quoted = carriers(quoted)
    if person:
        wanted = person.casefold()
        quoted = [
            q
            for q in quoted
            if q.quote.speaker_id == person or wanted in (q.quote.speaker or "").casefold()
        ]
    paths_of = {a.id: a.path for a in articles} if paths else {}
    outlets = {a.id: a.outlet for a in articles}
    rows: list[dict[str, Any]] = [
        {
            "article_id": q.quote.article_id,
            "path": paths_of.get(q.quote.article_id),
            "outlet": outlets.get(q.quote.article_id),
            "sentence": q.quote.sentence,
            "start": q.quote.start,
            "end": q.quote.end,
            "speaker": q.quote.speaker,
            "speaker_id": q.quote.speaker_id,
            "speaker_source": q.quote.speaker_source,
            "kind": q.quote.kind,
            "source_text": q.quote.source_text,
            "english": q.english,
            "doubtful": q.doubtful,
            "carriers": list(q.carriers),
        }
        for q in quoted
    ]
    if as_json:
        emit_json({"quotes": rows})
        return
    for row in rows:
        who = row["speaker"] or "(speaker not sure)"
        english = f"  = {row['english']!r}" if row["english"] else ""
        also = (
            f"  [also in {', '.join(c for c in row['carriers'] if c != row['article_id'])}]"
            if len(row["carriers"]) > 1
            else ""
        )
        click.echo(
            f"{row['article_id']}  {who}: {row['kind']} {row['source_text']!r}{english}{also}"
        )
    click.echo(f"-- {len(rows)} quotations, {sum(1 for r in rows if r['speaker'])} with a speaker")
