"""Translation memories in TMX 1.4b, the format every CAT tool (OmegaT, memoQ, Trados)
reads and writes: people's corrections out and in, and every stored translation out.

Written: ``<tmx version="1.4">``, a ``header`` with the attributes 1.4b requires
(``srclang`` the one source language, or ``*all*`` where there are several), and per
unit a ``tu`` (``tuid`` the sentence's key, ``creationid`` and ``creationdate`` who made
it and when where a person did) holding ``<prop type="x-newsbridge-origin">``
("person", or "engine:NAME|model:ID"), and a ``tuv xml:lang`` with a ``seg`` for the
source and for the English.

Read: every ``tu`` with a Dutch or German and an English ``tuv`` (``xml:lang``, or 1.1's
``lang``; region and case left aside: ``nl-NL``, ``de-DE``, ``en-GB``, ``EN-us``); a
``seg``'s text with its inline codes (``bpt``, ``ept``, ``it``, ``ph``, ``ut``) left out
and the text of ``hi`` and ``sub`` kept. The XML is read by ``glossary.safexml`` (size
limit, no document type or entities, no network); a file that breaks a rule is refused
whole, with the line and the reason.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from glossary import safexml
from glossary.entries import write_atomically
from translate import __version__
from translate.storage import correction_store
from translate.storage.correction_store import MAX_ENGLISH, normalise
from translate.vocab import SOURCE_LANGS, ResultKind

if TYPE_CHECKING:
    from translate.storage.store import Store

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ORIGIN = "x-newsbridge-origin"
PERSON = "person"
_CODES = {"bpt", "ept", "it", "ph", "ut"}  # inline native codes: no text of the sentence
# What XML 1.0 cannot hold (ElementTree writes it anyway, and the file is not well-formed):
# control characters but tab and line ends, lone surrogates, U+FFFE and U+FFFF. An article's
# text keeps an escape sequence as it came, and a correction made before they were refused
# may hold one.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


class TMXError(ValueError):
    """A TMX file refused: the file, the line (0: the file as a whole) and why."""

    def __init__(self, name: str, line: int, reason: str) -> None:
        self.name, self.line, self.reason = name, line, reason
        super().__init__(f"{name}, line {line}: {reason}" if line else f"{name}: {reason}")


@dataclass(frozen=True)
class Unit:
    """One translation unit: a source sentence, its English, and who made it."""

    lang: str
    source: str
    english: str
    origin: str  # "person", or "engine:NAME|model:ID"
    by: str | None = None
    at: str | None = None  # ISO 8601
    key: str | None = None


def _language(tuv: ET.Element) -> str:
    code = tuv.get(XML_LANG) or tuv.get("lang") or ""
    return code.replace("_", "-").split("-")[0].strip().lower()


def _seg_text(seg: ET.Element) -> str:
    parts = [seg.text or ""]
    for child in seg:
        if child.tag not in _CODES:
            parts.append(_seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def read_units(path: Path) -> tuple[list[tuple[str, str, str]], int]:
    """(language, source, English) of every unit of the TMX file at ``path`` with a
    Dutch or German and an English sentence, and how many units were left out (no such
    pair). :class:`TMXError` for a file this refuses, before anything is kept."""
    try:
        root = safexml.read(path)
    except safexml.XMLRefused as exc:
        raise TMXError(path.name, exc.line, exc.reason) from None
    name = path.name

    def line(element: ET.Element) -> int:
        return int(getattr(element, "line", 0))

    if root.tag != "tmx":
        raise TMXError(name, line(root), f"the root is <{root.tag}>, not <tmx>")
    if not root.get("version"):
        raise TMXError(name, line(root), "<tmx> has no version")
    if root.find("header") is None:
        raise TMXError(name, line(root), "<tmx> has no <header>")
    body = root.find("body")
    if body is None:
        raise TMXError(name, line(root), "<tmx> has no <body>")
    units: list[tuple[str, str, str]] = []
    skipped = 0
    for tu in body:
        if tu.tag != "tu":
            raise TMXError(name, line(tu), f"<{tu.tag}> in <body>: only <tu> may stand there")
        texts: dict[str, str] = {}
        for tuv in tu.findall("tuv"):
            lang = _language(tuv)
            if not lang:
                raise TMXError(name, line(tuv), "a <tuv> without xml:lang")
            segs = tuv.findall("seg")
            if len(segs) != 1:
                raise TMXError(name, line(tuv), f"a <tuv> holds one <seg>, this one {len(segs)}")
            text = " ".join(_seg_text(segs[0]).split())
            if lang == "en" and len(text) > MAX_ENGLISH:
                raise TMXError(name, line(segs[0]), f"English longer than {MAX_ENGLISH} characters")
            if text:
                texts.setdefault(lang, text)
        pairs = [(lang, texts[lang], texts["en"]) for lang in SOURCE_LANGS
                 if lang in texts and "en" in texts]  # fmt: skip
        skipped += not pairs
        units.extend(pairs)
    return units, skipped


def _tmx_date(iso: str | None) -> str | None:
    """ISO 8601 as TMX writes dates (YYYYMMDDThhmmssZ, UTC)."""
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).strftime("%Y%m%dT%H%M%SZ")
    except ValueError:
        return None


def document(units: Iterable[Unit]) -> bytes:
    """A TMX 1.4b document holding ``units``."""
    units = list(units)
    langs = sorted({u.lang for u in units})
    root = ET.Element("tmx", {"version": "1.4"})
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "newsbridge",
            "creationtoolversion": __version__,
            "datatype": "plaintext",
            "segtype": "sentence",
            "adminlang": "en",
            "srclang": langs[0] if len(langs) == 1 else "*all*",
            "o-tmf": "newsbridge",
        },
    )
    body = ET.SubElement(root, "body")
    for unit in units:
        attrs = {"tuid": unit.key or correction_store.sentence_key(unit.lang, unit.source)}
        if unit.by:
            attrs["creationid"] = _xml(unit.by)
        if (when := _tmx_date(unit.at)) is not None:
            attrs["creationdate"] = when
        tu = ET.SubElement(body, "tu", attrs)
        ET.SubElement(tu, "prop", {"type": ORIGIN}).text = unit.origin
        for lang, text in ((unit.lang, unit.source), ("en", unit.english)):
            ET.SubElement(ET.SubElement(tu, "tuv", {XML_LANG: lang}), "seg").text = _xml(text)
    ET.indent(root)
    body_bytes: bytes = ET.tostring(root, "utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body_bytes + b"\n"


def write(path: Path, units: Iterable[Unit]) -> int:
    """Write ``units`` to ``path`` as TMX, atomically; the number written."""
    units = list(units)
    write_atomically(path, document(units))
    return len(units)


def stored_units(store: Store, everything: bool = False) -> Iterator[Unit]:
    """The corrections in force as units (a person's); with ``everything``, every other
    stored sentence translation too (an engine's, each distinct sentence once; the
    ``none`` engine's, the source unchanged, left out)."""
    seen: set[tuple[str, str]] = set()
    offset = 0
    while True:
        _total, found = correction_store.listing(store, offset, 500)
        for c in found:
            seen.add((c.lang, normalise(c.source)))
            yield Unit(c.lang, c.source, c.english or "", PERSON, c.by, c.at, c.key)
        if len(found) < 500:
            break
        offset += 500
    if not everything:
        return
    for _key, _settings, data, _created in store.list_results(ResultKind.TRANSLATION):
        yield from _machine_units(data, seen)


def _machine_units(data: dict[str, Any], seen: set[tuple[str, str]]) -> Iterator[Unit]:
    signature = data.get("signature") or {}
    lang = data.get("language") or data.get("lang") or ""
    if signature.get("engine") in (None, "none") or lang not in SOURCE_LANGS:
        return
    origin = f"engine:{signature.get('engine')}|model:{signature.get('model')}"
    for part in (data.get("title") or {}, *(data.get("sentences") or [])):
        source, english = part.get("source") or "", part.get("english") or ""
        if not source.strip() or not english.strip() or (lang, normalise(source)) in seen:
            continue
        seen.add((lang, normalise(source)))
        yield Unit(lang, source, english, origin)
