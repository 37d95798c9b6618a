"""Feeds and pages into the store: each URL fetched (a feed: its items' pages; a page:
itself), read into an article and stored once, with a report of what happened; and the
feed lists users keep (OPML). ``fetch`` does the network; this module decides what to do
with what it brings."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from translate.sources.fetch import (
    MAX_ITEMS,
    FeedItem,
    Fetcher,
    FetchError,
    Response,
    check_url,
    is_feed,
    read_article,
    read_feed,
)
from translate.storage.store import Store


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
    response: Response | None = None,
    item: FeedItem | None = None,
    outlet: str | None = None,
    feed: str | None = None,
) -> None:
    if store.fetched_article(url):
        report.known += 1  # the same URL fetched again is the same article
        return
    try:
        page = response if response is not None else fetcher.get(url)
        article = read_article(page, item, outlet, feed)
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


class FeedListError(ValueError):
    """A feed list (OPML) that cannot be read; the message names the file."""


def read_opml(path: Path) -> list[tuple[str, str | None]]:
    """(feed URL, outlet) of every outline with an xmlUrl; errors name the file."""
    try:
        root = ET.fromstring(path.read_bytes())
    except ET.ParseError as exc:
        raise FeedListError(f"{path}: not OPML ({exc})") from None
    found = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if not url:
            continue
        try:
            check_url(url)
        except FetchError as exc:
            raise FeedListError(f"{path}: {exc}") from None
        found.append((url, outline.get("title") or outline.get("text") or None))
    if not found:
        raise FeedListError(f"{path}: no feed (outline with xmlUrl) in it")
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
