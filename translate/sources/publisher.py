"""Who published a web page, in the page's own words: ``og:site_name``, schema.org's
``publisher.name`` in JSON-LD, ``<meta name="publisher">``, ``<meta name="application-name">``
(the first a page has, in that order). A feed's title is often a section ("Buitenland"),
and an aggregator's feed carries several publishers: the page knows better.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any

# A name longer than this is no outlet's name (a page that put its description there).
MAX_NAME = 80


class _Heads(HTMLParser):
    """The meta tags and JSON-LD blocks of a page (everything else is skipped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self._in_json = False
        self._chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").strip().lower()
            content = " ".join(values.get("content", "").split())
            if key and content:
                self.meta.setdefault(key, content)
        elif tag == "script" and values.get("type", "").strip().lower() == "application/ld+json":
            self._in_json, self._chunks = True, []

    def handle_data(self, data: str) -> None:
        if self._in_json:
            self._chunks.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_json:
            self._in_json = False
            self.json_ld.append("".join(self._chunks))


def _publisher_in(data: Any) -> str | None:
    """``publisher.name`` of the first schema.org object that has one (in ``@graph`` and
    lists too); a publisher given as a plain string counts as its name."""
    if isinstance(data, list):
        return next((n for item in data if (n := _publisher_in(item))), None)
    if not isinstance(data, dict):
        return None
    publisher = data.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict) and isinstance(name := publisher.get("name"), str):
        return name
    if isinstance(publisher, str):
        return publisher
    return _publisher_in(data.get("@graph"))


def _name(value: str | None) -> str | None:
    name = " ".join((value or "").split())
    return name if name and len(name) <= MAX_NAME else None


def page_publisher(html: str) -> str | None:
    """The publisher a page names, or None where it names none."""
    heads = _Heads()
    try:
        heads.feed(html)
        heads.close()
    except (AssertionError, ValueError):  # html.parser on badly broken markup
        pass
    if name := _name(heads.meta.get("og:site_name")):
        return name
    for block in heads.json_ld:
        try:
            found = _publisher_in(json.loads(block))
        except ValueError:
            continue
        if name := _name(found):
            return name
    return _name(heads.meta.get("publisher")) or _name(heads.meta.get("application-name"))
