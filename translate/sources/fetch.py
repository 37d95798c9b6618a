"""Feeds and article pages in: the one part of newsbridge that uses the network.

Only ``newsbridge fetch`` calls it, and only when asked. It is a careful client:

- one clear User-Agent; robots.txt read once per host and obeyed (RFC 9309: a robots.txt
  that is missing allows everything, one that cannot be read allows nothing);
- a delay between two requests to the same host; one deadline for a whole fetch; at most
  ``max_bytes`` read of any response; redirects followed by hand, at most five, each hop
  checked again;
- only public addresses unless the user allows more (``translate.sources.netpolicy``),
  checked on each address a host resolves to, before every connection;
- conditional GET: the ETag and Last-Modified of a feed's last answer are sent back, and a
  ``304 Not Modified`` costs nothing more.

Feeds (RSS 2.0, Atom, RSS 1.0) are read with feedparser, article pages with trafilatura
(through ``translate.sources.ingest``, like a saved HTML file). Every item that fails gives one
line naming its URL and why; the other items go on.
"""

from __future__ import annotations

import dataclasses
import time
import urllib.parse
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from translate import __version__
from translate.records import Article
from translate.sources.ingest import IngestError, check_bytes, parse_bytes
from translate.sources.netpolicy import FetchPolicy, Guard, Overdue, Refused
from translate.sources.publisher import page_publisher

USER_AGENT = f"newsbridge/{__version__} (offline news reader; fetches only when its user asks)"
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 15.0
MAX_REDIRECTS = 5
HOST_DELAY = 1.0
MAX_ITEMS = 500  # items taken from one feed, newest first
FEED_TYPES = ("xml", "rss", "atom", "rdf")


class FetchError(RuntimeError):
    """One URL that could not be fetched or read; the message names it and says why."""

    def __init__(self, url: str, why: str) -> None:
        self.url = url
        self.why = why
        super().__init__(f"{url}: {why}")


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None  # where a redirect points

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str
    published: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Feed:
    url: str
    title: str
    items: tuple[FeedItem, ...]
    total: int  # items the feed holds (only the newest max_items are taken)
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Fetcher:
    """HTTP GET with the manners above. ``sleep`` and ``clock`` are there for tests."""

    client: httpx.Client | None = None
    delay: float = HOST_DELAY
    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT  # for a whole fetch: every redirect, connection and read
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._guard = Guard(self.policy)
        self._deadline = 0.0
        if self.client is None:
            transport = httpx.HTTPTransport()
            # Every connection made through the guard: checked, and under the deadline.
            transport._pool._network_backend = self._guard
            self.client = httpx.Client(
                headers={"User-Agent": USER_AGENT},
                timeout=self.timeout,
                follow_redirects=False,
                transport=transport,
            )

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = [url]
        self._deadline = time.monotonic() + self.timeout
        self._guard.deadline = self._deadline
        try:
            return self._follow(url, headers, seen)
        finally:
            self._guard.deadline = None

    def _follow(self, url: str, headers: dict[str, str], seen: list[str]) -> Response:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(url)
            parts = urllib.parse.urlsplit(url)
            try:  # before anything, robots.txt included, is asked of the host
                self.policy.addresses(parts.hostname or "", parts.port or _PORTS[parts.scheme])
            except Refused as exc:
                raise FetchError(url, str(exc)) from None
            if not self.allowed(url):
                raise FetchError(url, "robots.txt of the site does not allow fetching it")
            response = self._get(url, headers)
            if response.status in (301, 302, 303, 307, 308):
                location = response.location
                if not location:
                    raise FetchError(url, f"redirect ({response.status}) without a Location")
                url = urllib.parse.urljoin(url, location)
                if url in seen:
                    raise FetchError(seen[0], f"redirect loop ({' -> '.join([*seen, url])})")
                seen.append(url)
                continue
            if response.status == 304:
                return response
            if response.status >= 400:
                raise FetchError(url, f"HTTP {response.status}")
            return response
        raise FetchError(seen[0], f"more than {MAX_REDIRECTS} redirects")

    def allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        robots = self._robots[host]
        return robots.can_fetch(USER_AGENT, url) if robots is not None else True

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        robots = urllib.robotparser.RobotFileParser(f"{host}/robots.txt")
        try:
            response = self._get(f"{host}/robots.txt", {})
        except FetchError:
            if time.monotonic() >= self._deadline:
                raise
            robots.parse(["User-agent: *", "Disallow: /"])  # unreachable: allow nothing
            return robots
        if response.status >= 500:
            robots.parse(["User-agent: *", "Disallow: /"])
            return robots
        if response.status >= 300:
            return None  # missing (or moved): everything is allowed
        robots.parse(response.body.decode("utf-8", "replace").splitlines())
        return robots

    def _get(self, url: str, headers: dict[str, str]) -> Response:
        host = urllib.parse.urlsplit(url).netloc
        wait = self._last.get(host, -1e9) + self.delay - self.clock()
        if wait > 0:
            self.sleep(wait)
        self._last[host] = self.clock()
        assert self.client is not None
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(url, _too_big(int(declared), self.max_bytes))
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    if time.monotonic() > self._deadline:
                        raise Overdue
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, _too_big(size, self.max_bytes))
                    chunks.append(chunk)
                return Response(
                    url=str(response.url),
                    status=response.status_code,
                    content_type=response.headers.get("content-type", "").lower(),
                    body=b"".join(chunks),
                    etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"),
                    location=response.headers.get("location"),
                )
        except Refused as exc:
            raise FetchError(url, str(exc)) from None
        except (Overdue, httpx.TimeoutException):
            raise FetchError(url, _late(self.timeout)) from None
        except httpx.HTTPError as exc:
            raise FetchError(url, _failure(exc)) from None


_PORTS = {"http": 80, "https": 443}


def _late(timeout: float) -> str:
    return f"no complete answer within {timeout:g} s (the limit for a whole fetch)"


def _failure(exc: httpx.HTTPError) -> str:
    """What went wrong, in words, with httpx's name for it."""
    name = type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({name})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"the server broke off or garbled its answer ({name})"
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return f"the connection failed during the exchange ({name})"
    return f"the request failed ({name})"


def check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(url, "not an http(s) URL")


def _too_big(size: int, cap: int) -> str:
    return f"larger than {cap // 1024} KiB ({size // 1024} KiB or more); not read"


def is_feed(response: Response) -> bool:
    kind = response.content_type.split(";")[0]
    if any(t in kind for t in FEED_TYPES) and "html" not in kind:
        return True
    head = response.body[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def read_feed(response: Response, max_items: int = MAX_ITEMS) -> Feed:
    """The feed's items, newest first; raises :class:`FetchError` for what is no feed."""
    import feedparser

    parsed: Any = feedparser.parse(response.body)
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            continue
        items.append(
            FeedItem(
                url=urllib.parse.urljoin(response.url, link),
                title=(entry.get("title") or "").strip(),
                published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
                author=(entry.get("author") or None),
            )
        )
    if parsed.bozo and not items:
        why = getattr(parsed, "bozo_exception", None) or "malformed XML"
        raise FetchError(response.url, f"not a readable feed ({why})")
    items.sort(key=lambda i: i.published or "", reverse=True)
    return Feed(
        url=response.url,
        title=(parsed.feed.get("title") or "").strip(),
        items=tuple(items[:max_items]),
        total=len(items),
        etag=response.etag,
        last_modified=response.last_modified,
    )


def read_article(
    response: Response,
    item: FeedItem | None = None,
    outlet: str | None = None,
    feed: str | None = None,
    lang: str | None = None,
    site_outlet: str | None = None,
    feed_title: str | None = None,
    publisher: str | None = None,
) -> Article:
    """The article of an HTML page (trafilatura, through ingest), with what the feed item
    and the page say about it; raises :class:`FetchError` naming the URL.

    Its outlet, the first of: ``outlet`` (the user's, for the feed or the page), the
    publisher the page names, ``site_outlet`` (the outlet the store knows for the page's
    domain), ``feed_title`` (often a section's name, so only where the page says nothing),
    a byline or agency of the text, the page's domain. ``publisher``: the page's, where
    the caller has read it already (:func:`page_outlet`)."""
    kind = response.content_type.split(";")[0]
    if kind and "html" not in kind:
        raise FetchError(response.url, f"not an article page or a feed (content type {kind})")
    try:
        article = parse_bytes(response.body, response.url, lang=lang, html=True)
    except IngestError as exc:
        why = str(exc).removeprefix(f"{response.url}: ")
        raise FetchError(response.url, why) from None
    publisher = publisher or page_outlet(response)
    return dataclasses.replace(
        article,
        url=response.url,
        outlet=outlet
        or publisher
        or site_outlet
        or feed_title
        or article.outlet
        or _site(response.url),
        published=(item.published if item else None) or article.published,
        author=item.author if item else None,
        feed=feed,
    )


def page_outlet(response: Response) -> str | None:
    """The publisher an HTML answer names (``translate.sources.publisher``)."""
    return page_publisher(check_bytes(response.body, response.url))


def _site(url: str) -> str:
    return (urllib.parse.urlsplit(url).hostname or url).removeprefix("www.")


def _date(parsed: Any) -> str | None:
    if not parsed:
        return None
    try:
        year, month, day, hour, minute, second = parsed[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC).date().isoformat()
    except (TypeError, ValueError):
        return None
