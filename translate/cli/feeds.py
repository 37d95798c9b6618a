"""``newsbridge fetch`` and ``newsbridge feeds``: the only commands that use the network,
and only when run. Everything after them (translate, compare, serve) stays offline."""

from __future__ import annotations

from pathlib import Path

import click

from translate.cli.common import Context, emit_json, json_option, pass_context
from translate.results import WireCopy
from translate.sources.feeds import fetch_urls, read_opml, write_opml
from translate.sources.feeds import refresh_outlets as read_outlets_again
from translate.sources.fetch import MAX_ITEMS, Fetcher
from translate.sources.netpolicy import FetchPolicy
from translate.storage.outlet_store import OutletError, clean_name


@click.command("fetch")
@click.argument("urls", nargs=-1)
@click.option(
    "--delay",
    type=float,
    default=1.0,
    show_default=True,
    help="Seconds between two requests to one host.",
)
@click.option(
    "--max-size",
    type=click.IntRange(1),
    default=5120,
    show_default=True,
    help="KiB read at most of any one answer.",
)
@click.option(
    "--max-items",
    type=click.IntRange(1),
    default=MAX_ITEMS,
    show_default=True,
    help="Items taken from one feed, newest first.",
)
@click.option(
    "--refresh-outlets",
    is_flag=True,
    help="Read the page of every stored fetched article again for its outlet (nothing "
    "else of it changes); fetches no feed.",
)
@json_option
@pass_context
def fetch(
    ctx: Context,
    urls: tuple[str, ...],
    delay: float,
    max_size: int,
    max_items: int,
    refresh_outlets: bool,
    as_json: bool,
) -> None:
    """Fetch feeds (RSS, Atom) or article pages into the store; with no URL, every feed
    added with `newsbridge feeds add`. The only command that uses the network."""
    store = ctx.store
    targets = list(urls) or [url for f in store.list_feeds() if (url := f["url"])]
    if not targets and not refresh_outlets:
        raise click.UsageError("no URL given and no feed added (newsbridge feeds add URL)")
    try:
        policy = FetchPolicy.parse(ctx.settings.fetch_allow)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    fetcher = Fetcher(delay=delay, max_bytes=max_size * 1024, policy=policy)
    try:
        if refresh_outlets:
            report = read_outlets_again(fetcher, store)
        else:
            report = fetch_urls(fetcher, store, targets, max_items=max_items)
    finally:
        fetcher.close()
    if as_json:
        emit_json(
            {
                "added": report.added,
                "already_stored": report.known,
                "feeds_unchanged": report.unchanged_feeds,
                "failed": report.failed,
                "notes": report.notes,
                "outlets_changed": [
                    {"id": i, "from": old, "to": new} for i, old, new in report.outlets
                ],
            }
        )
    else:
        for line in report.notes:
            click.echo(line)
        for added in report.added:
            click.echo(
                f"added {added['id']}  [{added['language']}] {added['title']}  ({added['url']})"
            )
        for article_id, old, new in report.outlets:
            click.echo(f"outlet {article_id}: {old or '(none)'} -> {new}")
        for line in report.failed:
            click.echo(f"failed {line}", err=True)
        click.echo(
            f"{len(report.added)} added, {report.known} already stored, "
            f"{report.unchanged_feeds} feeds unchanged, {len(report.failed)} failed"
            + (f", {len(report.outlets)} outlets named again" if report.outlets else "")
        )
    if report.failed and not report.added and not report.known and not report.unchanged_feeds:
        ctx_exit = click.get_current_context()
        ctx_exit.exit(1)


@click.group("feeds")
def feeds_group() -> None:
    """The feeds `newsbridge fetch` reads when given no URL."""


@feeds_group.command("add")
@click.argument("url")
@click.option("--outlet", help="The outlet's name (default: the feed's title).")
@pass_context
def feeds_add(ctx: Context, url: str, outlet: str | None) -> None:
    """Add a feed (nothing is fetched until `newsbridge fetch`)."""
    from translate.sources.fetch import check_url

    check_url(url)
    store = ctx.store
    try:
        name = clean_name(outlet) if outlet is not None else None
    except OutletError as exc:
        raise click.ClickException(f"--outlet: {exc}") from None
    new = store.add_feed(url, name)
    click.echo(f"{'added' if new else 'updated'} {url}")


@feeds_group.command("list")
@json_option
@pass_context
def feeds_list(ctx: Context, as_json: bool) -> None:
    """Every feed, when it was last fetched, and the last error."""
    store = ctx.store
    feeds = store.list_feeds()
    if as_json:
        emit_json({"feeds": feeds})
        return
    for feed in feeds:
        state = (feed["error"] and f"error: {feed['error']}") or "ok"
        when = feed["fetched_at"] or "never fetched"
        click.echo(f"{feed['url']}  {feed['outlet'] or ''}  {when}  {state}")
    if not feeds:
        click.echo("no feeds (newsbridge feeds add URL)")


@feeds_group.command("remove")
@click.argument("url")
@pass_context
def feeds_remove(ctx: Context, url: str) -> None:
    """Remove a feed (its articles stay)."""
    store = ctx.store
    if not store.remove_feed(url):
        raise click.ClickException(f"no feed {url}")
    click.echo(f"removed {url}")


@feeds_group.command("import")
@click.argument("opml", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_context
def feeds_import(ctx: Context, opml: Path) -> None:
    """Add the feeds of an OPML file (what feed readers export)."""
    found = read_opml(opml)
    store = ctx.store
    added = sum(store.add_feed(url, outlet) for url, outlet in found)
    click.echo(f"{len(found)} feeds in {opml.name}: {added} added, {len(found) - added} known")


@feeds_group.command("export")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path))
@pass_context
def feeds_export(ctx: Context, output: Path | None) -> None:
    """Write the feeds as OPML 2.0."""
    store = ctx.store
    text = write_opml([(url, f["outlet"]) for f in store.list_feeds() if (url := f["url"])])
    if output is None:
        click.echo(text, nl=False)
    else:
        from glossary.entries import write_atomically

        write_atomically(output, text)
        click.echo(f"wrote {output}")


@click.command("wire")
@json_option
@pass_context
def wire(ctx: Context, as_json: bool) -> None:
    """Stored articles that carry one agency text (wire copies), with what differs."""
    from translate.coverage.wire import wire_texts

    texts = wire_texts(ctx.store.list_articles())
    if as_json:
        emit_json(
            {
                "groups": [
                    {
                        "text": _carrier_json(t.text),
                        "copies": [
                            {**_carrier_json(c), "differences": list(c.differences)}
                            for c in t.copies
                        ],
                        "similarity": t.similarity,
                    }
                    for t in texts
                ]
            }
        )
        return
    for t in texts:
        click.echo(f"{t.text.id}  {t.text.outlet or ''}  {t.text.title}")
        for copy in t.copies:
            click.echo(f"  = {copy.id}  {copy.outlet or ''}  {copy.title}")
            for line in copy.differences:
                click.echo(f"      {line}")
    articles = sum(1 + len(t.copies) for t in texts)
    click.echo(f"{len(texts)} texts carried more than once ({articles} articles)")


def _carrier_json(carrier: WireCopy) -> dict[str, str | None]:
    return {
        "id": carrier.id,
        "outlet": carrier.outlet,
        "title": carrier.title,
        "published": carrier.published,
    }
