"""Feeds and pages into the store: each URL fetched (a feed: its items' pages; a page:
itself), read into an article and stored once, with a report of what happened; and the
feed lists users keep (OPML). ``fetch`` does the network; this module decides what to do
with what it brings."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from translate.records import Article
from translate.sources.fetch import (
    MAX_ITEMS,
    FeedItem,
    Fetcher,
    FetchError,
    Response,
    check_url,
    is_feed,
    page_outlet,
    read_article,
    read_feed,
)
from translate.sources.ingest import IngestError
from translate.storage.outlet_store import OutletError, clean_name, domain_of
from translate.storage.store import Store


@dataclass
class FetchReport:
    """What one run did: one line per item that failed, the rest counted."""

    added: list[dict[str, str | None]] = field(default_factory=list)
    known: int = 0
    unchanged_feeds: int = 0
    failed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Stored articles whose outlet was read again from their page: (id, old, new).
    outlets: list[tuple[str, str | None, str]] = field(default_factory=list)


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
                fetcher,
                store,
                report,
                item.url,
                item=item,
                outlet=outlet,
                feed=url,
                feed_title=feed.title,
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
    feed_title: str | None = None,
) -> None:
    known = store.fetched_article(url)
    if known:
        report.known += 1  # the same URL fetched again is the same article
        stored = store.get_article(known)
        # One stored before outlets came from the page, under the feed's title: read again.
        if stored is not None and not outlet and feed_title and stored.outlet == feed_title:
            _refresh_outlet(fetcher, store, report, stored, None)
        return
    site = store.outlet_of(None, domain_of(url))
    try:
        page = response if response is not None else fetcher.get(url)
        publisher = page_outlet(page)
        article = read_article(
            page, item, outlet, feed, site_outlet=site, feed_title=feed_title, publisher=publisher
        )
        named = bool(outlet or publisher)
    except (FetchError, IngestError) as exc:
        report.failed.append(str(exc))
        return
    store.put_fetched([url, article.url or url], article, named)
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


def _refresh_outlet(
    fetcher: Fetcher, store: Store, report: FetchReport, article: Article, outlet: str | None
) -> None:
    """Name ``article``'s outlet as its page does now (the user's ``outlet`` above all);
    nothing else of it changes, and a page that names none leaves it as it is."""
    try:
        page = fetcher.get(article.url or "")
        publisher = page_outlet(page)
    except (FetchError, IngestError) as exc:
        report.failed.append(str(exc))
        return
    new = outlet or publisher
    if new and store.outlet_of(new) != article.outlet:
        store.put_articles([dataclasses.replace(article, outlet=new)])
        report.outlets.append((article.id, article.outlet, store.outlet_of(new) or new))


def refresh_outlets(fetcher: Fetcher, store: Store) -> FetchReport:
    """Every stored fetched article's outlet read again from its page (``fetch
    --refresh-outlets``): articles stored with a feed's title as outlet get the one their
    page names."""
    report = FetchReport()
    feeds = {f["url"]: f for f in store.list_feeds()}
    for article in store.list_articles():
        if not article.url:
            continue
        given = feeds.get(article.feed or "", {}).get("outlet")
        _refresh_outlet(fetcher, store, report, article, given)
    return report


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
        title = (outline.get("title") or outline.get("text") or "").strip() or None
        try:
            found.append((url, clean_name(title) if title else None))
        except OutletError as exc:
            raise FeedListError(f"{path}: the title of {url}: {exc}") from None
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
