"""``newsbridge fetch`` and ``newsbridge feeds``: the only commands that use the network,
and only when run. Everything after them (translate, compare, serve) stays offline."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import click

from translate.cli.common import Context, emit_json, json_option, pass_context
from translate.fetch import (
    MAX_ITEMS,
    FeedItem,
    Fetcher,
    FetchError,
    is_feed,
    read_article,
    read_feed,
)
from translate.results import WireCopy
from translate.store import Store


@dataclass
class FetchReport:
    """What one run did: one line per item that failed, the rest counted."""

    added: list[dict[str, str | None]] = field(default_factory=list)
    known: int = 0
    unchanged_feeds: int = 0
    failed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def fetch_urls(
    fetcher: Fetcher,
    store: Store,
    urls: list[str],
    outlets: dict[str, str | None] | None = None,
    max_items: int = MAX_ITEMS,
) -> FetchReport:
    """Fetch each URL (a feed: its items' pages; a page: itself) into the store."""
    report = FetchReport()
    feeds = {f["url"]: f for f in store.list_feeds()}
    for url in urls:
        known = feeds.get(url)
        try:
            response = fetcher.get(
                url,
                etag=known["etag"] if known else None,
                last_modified=known["last_modified"] if known else None,
            )
        except FetchError as exc:
            report.failed.append(str(exc))
            if known:
                store.feed_fetched(url, error=exc.why)
            continue
        if response.not_modified:
            report.unchanged_feeds += 1
            store.feed_fetched(url, known["etag"] if known else None, response.last_modified)
            continue
        outlet = (outlets or {}).get(url) or (known["outlet"] if known else None)
        if not is_feed(response):
            _store_page(fetcher, store, report, url, response=response, outlet=outlet)
            continue
        try:
            feed = read_feed(response, max_items)
        except FetchError as exc:
            report.failed.append(str(exc))
            if known:
                store.feed_fetched(url, error=exc.why)
            continue
        if known:
            store.feed_fetched(url, feed.etag, feed.last_modified)
        if feed.total > len(feed.items):
            report.notes.append(
                f"{url}: the feed has {feed.total} items; the newest {len(feed.items)} were taken"
            )
        for item in feed.items:
            _store_page(
                fetcher, store, report, item.url, item=item, outlet=outlet or feed.title, feed=url
            )
    return report


def _store_page(
    fetcher: Fetcher,
    store: Store,
    report: FetchReport,
    url: str,
    response: object | None = None,
    item: FeedItem | None = None,
    outlet: str | None = None,
    feed: str | None = None,
) -> None:
    if store.fetched_article(url):
        report.known += 1  # the same URL fetched again is the same article
        return
    try:
        page = response if response is not None else fetcher.get(url)
        article = read_article(page, item, outlet, feed)  # type: ignore[arg-type]
    except FetchError as exc:
        report.failed.append(str(exc))
        return
    store.put_fetched([url, article.url or url], article)
    report.added.append(
        {
            "id": article.id,
            "url": article.url,
            "title": article.title,
            "language": article.lang,
            "outlet": article.outlet,
            "published": article.published,
        }
    )


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
@json_option
@pass_context
def fetch(
    ctx: Context,
    urls: tuple[str, ...],
    delay: float,
    max_size: int,
    max_items: int,
    as_json: bool,
) -> None:
    """Fetch feeds (RSS, Atom) or article pages into the store; with no URL, every feed
    added with `newsbridge feeds add`. The only command that uses the network."""
    store = ctx.store
    targets = list(urls) or [f["url"] for f in store.list_feeds()]
    if not targets:
        raise click.UsageError("no URL given and no feed added (newsbridge feeds add URL)")
    fetcher = Fetcher(delay=delay, max_bytes=max_size * 1024)
    try:
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
            }
        )
    else:
        for line in report.notes:
            click.echo(line)
        for added in report.added:
            click.echo(
                f"added {added['id']}  [{added['language']}] {added['title']}  ({added['url']})"
            )
        for line in report.failed:
            click.echo(f"failed {line}", err=True)
        click.echo(
            f"{len(report.added)} added, {report.known} already stored, "
            f"{report.unchanged_feeds} feeds unchanged, {len(report.failed)} failed"
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
    from translate.fetch import check_url

    check_url(url)
    store = ctx.store
    new = store.add_feed(url, outlet)
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
    text = write_opml([(f["url"], f["outlet"]) for f in store.list_feeds()])
    if output is None:
        click.echo(text, nl=False)
    else:
        from glossary.entries import write_atomically

        write_atomically(output, text)
        click.echo(f"wrote {output}")


def read_opml(path: Path) -> list[tuple[str, str | None]]:
    """(feed URL, outlet) of every outline with an xmlUrl; errors name the file."""
    from translate.fetch import check_url

    try:
        root = ET.fromstring(path.read_bytes())
    except ET.ParseError as exc:
        raise click.ClickException(f"{path}: not OPML ({exc})") from None
    found = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if not url:
            continue
        try:
            check_url(url)
        except FetchError as exc:
            raise click.ClickException(f"{path}: {exc}") from None
        found.append((url, outline.get("title") or outline.get("text") or None))
    if not found:
        raise click.ClickException(f"{path}: no feed (outline with xmlUrl) in it")
    return found


def write_opml(feeds: list[tuple[str, str | None]]) -> str:
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = "newsbridge feeds"
    body = ET.SubElement(opml, "body")
    for url, outlet in feeds:
        ET.SubElement(
            body, "outline", type="rss", text=outlet or url, title=outlet or url, xmlUrl=url
        )
    ET.indent(opml)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(opml, "unicode") + "\n"


@click.command("wire")
@json_option
@pass_context
def wire(ctx: Context, as_json: bool) -> None:
    """Stored articles that carry one agency text (wire copies), with what differs."""
    from translate.wire import wire_texts

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
