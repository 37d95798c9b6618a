"""``newsbridge quotes``: who said what in the articles, from their original text, with
the English of the quoted words where a translation is stored."""

from __future__ import annotations

from typing import Any

import click

from translate.cli.common import (
    Context,
    emit_json,
    json_option,
    lang_option,
    pass_context,
    read_all,
)
from translate.coverage.carried import carriers
from translate.coverage.quotations import (
    quote_json,
    stale_articles,
    statements_of,
    store_quotes,
)
from translate.doubt.current import current_translation
from translate.records import Article
from translate.results import Quoted
from translate.storage.quotation_store import names_person
from translate.storage.store import Store
from translate.storage.stored import latest_story
from translate.vocab import clip


def story_articles(store: Store, story_id: str) -> list[str]:
    """The ids of the articles of story ``story_id`` of the latest grouping."""
    group = latest_story(store, story_id)
    if group is None:
        raise click.UsageError(f"no story {clip(story_id)} (newsbridge stories lists them)")
    return list(group.articles)


@click.command("quotes")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--story", "story_id", help="The articles of this story (its id).")
@click.option("--person", help="Only what this person said (English name or glossary id).")
@click.option(
    "--kind",
    type=click.Choice(["full", "partial", "reported"]),
    help="Only quotations of this kind (reported: reported speech, the outlet's paraphrase).",
)
@lang_option
@json_option
@pass_context
def quotes(
    ctx: Context,
    paths: tuple[str, ...],
    story_id: str | None,
    person: str | None,
    kind: str | None,
    lang: str | None,
    as_json: bool,
) -> None:
    """Quotations and reported speech, and their speakers: article files, a story's
    articles, or every stored article. A speaker is given only where the reporting clause
    says who it is."""
    store = ctx.store
    glossary = ctx.glossary()
    quoted: list[Quoted] = []
    articles: list[Article]
    if paths and story_id:  # --story was left unread where files were given
        raise click.UsageError("give article files or --story, not both")
    if lang and not paths:
        raise click.UsageError(
            "--lang is the language of the files given; stored articles have theirs"
        )
    if paths:
        # Files are read, not stored: their quotations are computed here.
        articles = read_all(paths, lang)  # --lang: the files' language, not detected
        for article in articles:
            translation = current_translation(store, article.id)
            quoted.extend(statements_of(article, glossary, translation))
        quoted = carriers(quoted)
    else:
        # A story not stored is said at once (the quotations brought up to date below
        # can take minutes after a glossary edit); then stored articles whose quotations
        # are missing or out of date first.
        ids = story_articles(store, story_id) if story_id else store.article_ids()
        store_quotes(store, stale_articles(store, glossary), glossary)
        found = store.quotations.of_articles(ids)
        quoted = [q for article_id in ids for q in found.get(article_id, [])]
        stored = store.get_articles(ids)
        articles = [stored[a] for a in ids if a in stored]
    if person is not None:
        quoted = [q for q in quoted if names_person(person, q.quote.speaker_id, q.quote.speaker)]
        if not quoted:
            raise click.ClickException(f"nobody these articles quote is known as {clip(person)!r}")
    if kind:
        quoted = [q for q in quoted if q.quote.kind == kind]
    paths_of = {a.id: a.path for a in articles} if paths else {}
    outlets = {a.id: a.outlet for a in articles}
    rows = [
        quote_json(q, outlets.get(q.quote.article_id), paths_of.get(q.quote.article_id))
        for q in quoted
    ]
    if as_json:
        emit_json({"quotes": rows})
        return
    for row in rows:
        who = row["speaker"] or "(speaker not sure)"
        if row["kind"] == "reported":
            who += ", as the outlet reports it"
        english = f"  = {row['english']!r}" if row["english"] else ""
        also = (
            f"  [also in {', '.join(c for c in row['carriers'] if c != row['article_id'])}]"
            if len(row["carriers"]) > 1
            else ""
        )
        click.echo(
            f"{row['article_id']}  {who}: {row['kind']} {row['source_text']!r}{english}{also}"
        )
    click.echo(f"-- {_counted(rows, kind)}, {sum(1 for r in rows if r['speaker'])} with a speaker")


def _counted(rows: list[dict[str, Any]], kind: str | None = None) -> str:
    """ "18 quotations and 12 reported statements": reported speech is no quotation (and
    none found of ``--kind reported`` is "0 reported statements", not "0 quotations")."""
    reported = sum(1 for r in rows if r["kind"] == "reported")
    quoted = len(rows) - reported
    parts = (
        [f"{quoted} quotation{'' if quoted == 1 else 's'}"]
        if quoted or not (reported or kind == "reported")
        else []
    )
    if reported or kind == "reported":
        parts.append(f"{reported} reported statement{'' if reported == 1 else 's'}")
    return " and ".join(parts)
