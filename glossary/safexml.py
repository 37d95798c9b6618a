"""The one XML reader for files from elsewhere (TBX glossaries, TMX translation memories).

A file from another tool is untrusted. This reader takes no chances with it:

- a size limit, checked on the file's size before a byte is read and again on what was
  read (a file that grows meanwhile, or a pipe);
- no document type: a ``<!DOCTYPE`` or ``<!ENTITY`` anywhere in the bytes refuses the file
  before any parsing (so no entity is ever defined, let alone expanded: no billion laughs,
  no external entity, no network), and the parser refuses one again should it appear in an
  encoding the byte scan does not read;
- errors as :class:`XMLRefused`, with the line and the reason.

Only the standard library's expat is used, building an ``xml.etree`` tree whose elements
know the line they start on (``element.line``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from xml.parsers import expat

# 20 MB: a translation memory of some 50,000 units, a glossary ten times the shipped one.
# Parsing takes about ten times the file's size in memory.
MAX_XML_BYTES = 20_000_000


class XMLRefused(ValueError):
    """A file this reader will not read: ``line`` (0: the file as a whole) and ``reason``."""

    def __init__(self, name: str, line: int, reason: str) -> None:
        self.name, self.line, self.reason = name, line, reason
        where = f"{name}, line {line}" if line else name
        super().__init__(f"{where}: {reason}")


class Located(ET.Element):
    """An element that knows the line it starts on."""

    line: int = 0


_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")


def _declarations(data: bytes) -> tuple[int, str] | None:
    """(line, what) of the first document type or entity declaration in ``data``, read
    as UTF-8 and as UTF-16 (either order), case left aside."""
    upper = data.upper()
    for marker in _FORBIDDEN:
        for encoded, codec in (
            (marker, "utf-8"),
            (marker.decode().encode("utf-16-le"), "utf-16-le"),
            (marker.decode().encode("utf-16-be"), "utf-16-be"),
        ):
            at = upper.find(encoded)
            if at >= 0:
                before = data[:at].decode(codec, errors="replace")
                return before.count("\n") + 1, marker.decode()[2:]
    return None


def parse(data: bytes | str, name: str, limit: int = MAX_XML_BYTES) -> Located:
    """The root element of the XML document ``data`` (from file ``name``), or
    :class:`XMLRefused` saying where and why. Text is read as the text it is (its
    declaration's encoding, if any, is not applied again)."""
    encoding = None
    if isinstance(data, str):
        data, encoding = data.encode("utf-8"), "UTF-8"
    if len(data) > limit:
        raise XMLRefused(name, 0, _too_big(len(data), limit))
    found = _declarations(data)
    if found is not None:
        line, what = found
        raise XMLRefused(
            name, line, f"a {what} declaration: files with a document type or entities are refused"
        )
    builder = ET.TreeBuilder(element_factory=Located)
    parser = expat.ParserCreate(encoding, namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.ordered_attributes = False

    def refuse(*_args: Any) -> None:
        raise XMLRefused(name, parser.CurrentLineNumber, "a document type or entity declaration")

    def start(tag: str, attrs: dict[str, str]) -> None:
        element = builder.start(_name(tag), {_name(k): v for k, v in attrs.items()})
        element.line = parser.CurrentLineNumber  # type: ignore[attr-defined]

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    parser.StartElementHandler = start
    parser.EndElementHandler = lambda tag: builder.end(_name(tag))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        reason = f"not well-formed XML ({expat.ErrorString(exc.code)})"
        raise XMLRefused(name, exc.lineno, reason) from None
    root = builder.close()
    assert isinstance(root, Located)
    return root


def _name(tag: str) -> str:
    """expat's ``namespace}local`` as ElementTree's ``{namespace}local``."""
    return "{" + tag if "}" in tag else tag


def _too_big(size: int, limit: int) -> str:
    return (
        f"{size / 1e6:.1f} MB is over the limit of {limit / 1e6:.0f} MB for an XML file;"
        " split it into smaller files"
    )


def read(path: Path, limit: int = MAX_XML_BYTES) -> Located:
    """The root element of the XML file at ``path``: refused by its size before it is
    read, then as :func:`parse` refuses."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise XMLRefused(path.name, 0, _too_big(size, limit))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise XMLRefused(path.name, 0, f"cannot be read ({exc.strerror or exc})") from exc
    return parse(data, path.name, limit)
