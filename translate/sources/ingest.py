"""Turn a text or HTML file into an :class:`Article`: title, language, dateline, body.

Site clutter (teaser lists, navigation, share buttons, adverts, copyright lines, related
links) is not body text. It is removed and kept aside with a label and its line number,
so nothing is silently lost.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from glossary.languages import NAME_PARTICLES
from translate.records import Article, Removed
from translate.sources import segment
from translate.sources.publisher import page_publisher
from translate.storage.correction_store import REORDERING_MARKS
from translate.storage.outlet_store import OutletError, clean_name
from translate.vocab import LANGUAGE_NAMES, MAX_ARTICLE_BYTES, READ_LANGS, languages

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class IngestError(ValueError):
    """Bad input: the message names the file (and line or field where it helps)."""


@dataclass(frozen=True)
class _LineRule:
    label: str
    pattern: re.Pattern[str]
    # A cut rule removes its line and everything after it (a teaser list, related links).
    cut: bool = False


def _rule(label: str, pattern: str, cut: bool = False) -> _LineRule:
    return _LineRule(label, re.compile(pattern), cut)


# Rules are about kinds of clutter, not about one page: "Meer uit <rubriek>" opens ANP's
# teaser list on every section, "Zum selben Thema" opens euronews' related links.
LINE_RULES: tuple[_LineRule, ...] = (
    _rule("teaser-list", r"^Meer uit [A-Z][\w-]*( [\w-]+)?$", cut=True),
    _rule("related-links", r"^(Zum selben Thema|Mehr zum Thema|Lees ook|Related)$", cut=True),
    _rule("navigation", r"^Newsletter Newsletters\b"),
    _rule("navigation", r"^(Loader|Finden Sie uns|Volg ons|Follow us)$"),
    _rule("navigation", r"^Zu den Barrierefreiheitskürzeln springen$"),
    _rule("advertisement", r"^(WERBUNG|Werbung|ADVERTENTIE|Advertentie|Advertisement)$"),
    _rule("share", r"^(Diesen Artikel teilen|Deel dit artikel|Share this article)\b"),
    _rule("share", r"^Den Link zum Einbetten\b"),
    _rule("copyright", r"^(Copyright\b|©)"),
    _rule("byline", r"^(Von|Door|By) (?P<outlet>[\w .&-]{2,40})$"),
    _rule("timestamp", r"^(Zuerst veröffentlicht am|Zuletzt aktualisiert|Gepubliceerd)\b"),
    _rule("timestamp", r"^\d+ (minuten|minuut|uur|dagen|dag) geleden$"),
)

# "MOSKOU (ANP/AFP) - " or "WASHINGTON (dpa) – "
DATELINE = re.compile(
    r"^(?P<city>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.\- ]*[A-ZÀ-ÖØ-Þ.]) \((?P<agencies>[^()]{2,40})\) [-–—] "
)


def _sentence(line: str) -> bool:
    """A line opening like a byline ("Von", "Door", "By") reads as a sentence: after the
    first word, more than one word and a lower-case one that is no name particle ("Von der
    Leyen verteidigt …", "Door storm geen treinen"; not "Von Anna Müller", "Von dpa")."""
    words = line.split()[1:]
    return len(words) > 1 and any(w[:1].islower() and w not in NAME_PARTICLES for w in words)


@dataclass(frozen=True)
class _Line:
    number: int
    start: int
    end: int
    text: str


def article_id(text: str) -> str:
    """A stable id: the same text always gets the same id, wherever the file lies."""
    normalised = unicodedata.normalize("NFC", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def read_article(
    path: Path | str,
    lang: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
) -> Article:
    """Read a ``.txt`` or HTML file, with what its ``.meta`` file beside it says (see
    :func:`read_meta`); ``published`` overrides the date and ``outlet`` the outlet (the
    user's word above the ``.meta`` file's, and that above what the page names). Raises
    :class:`IngestError` naming the file (and line or field)."""
    path = Path(path)
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    if path.is_dir():
        raise IngestError(f"{path}: is a directory, not an article file")
    raw = read_capped(path)
    meta = read_meta(path.with_suffix(".meta"))
    article = parse_bytes(raw, str(path), lang=lang)
    changes: dict[str, Any] = {}
    if outlet or meta.get("outlet"):
        where = "--outlet" if outlet else f"{path.with_suffix('.meta')}: outlet"
        try:
            changes["outlet"] = clean_name(outlet or meta["outlet"])
        except OutletError as exc:
            raise IngestError(f"{where}: {exc}") from None
    date_given = published or meta.get("published")
    if date_given:
        changes["published"] = check_date(date_given, f"{path}: published")
    return dataclasses.replace(article, **changes) if changes else article


META_KEYS = ("published", "outlet", "url")


def read_meta(path: Path) -> dict[str, str]:
    """An article's metadata file (``story.txt`` -> ``story.meta``), if there is one: one
    ``key: value`` a line (published: YYYY-MM-DD, outlet, url); ``#`` starts a comment."""
    if not path.is_file():
        return {}
    found: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in META_KEYS:
            raise IngestError(
                f"{path}:{number}: expected 'key: value' with key one of {', '.join(META_KEYS)}"
            )
        found[key] = value.strip()
        if key == "published":
            check_date(found[key], f"{path}:{number}: published")
    return found


def check_date(value: str, where: str) -> str:
    """A publication date as YYYY-MM-DD: a real day, not in the future."""
    try:
        day = date.fromisoformat(value.strip())
    except ValueError as exc:
        raise IngestError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from exc
    if day > date.today() + timedelta(days=1):  # a day's grace for time zones
        raise IngestError(f"{where}: {value} is in the future")
    return day.isoformat()


def read_capped(path: Path) -> bytes:
    """The bytes of ``path``, refused past :data:`MAX_ARTICLE_BYTES` by what is read, not
    by the size the file claims (a device or a pipe claims none: /dev/zero is endless)."""
    with path.open("rb") as handle:
        raw = handle.read(MAX_ARTICLE_BYTES + 1)
    if len(raw) > MAX_ARTICLE_BYTES:
        raise IngestError(f"{path}: more than the {MAX_ARTICLE_BYTES} bytes an article may have")
    return raw


def _too_large(name: str, size: int) -> str:
    return f"{name}: {size} bytes, more than the {MAX_ARTICLE_BYTES} an article may have"


def check_bytes(raw: bytes, name: str) -> str:
    """The text of ``raw`` if it can be an article (size, not empty, text not binary):
    the quick checks, linear in the size, that a page makes before the worker reads it."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise IngestError(_too_large(name, len(raw)))
    if not raw.strip():
        raise IngestError(f"{name}: the file is empty")
    return _decode(raw, name)


def parse_bytes(
    raw: bytes, name: str, lang: str | None = None, html: bool | None = None
) -> Article:
    text = check_bytes(raw, name)
    if html is None:
        html = name.lower().endswith(HTML_SUFFIXES) or _looks_like_html(text)
    return parse_html(text, name, lang) if html else parse_text(text, name, lang)


# Byte order marks, longest first (UTF-32's start with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(raw: bytes, name: str) -> str:
    """Text from bytes: UTF-8, or UTF-16/32 with a byte order mark; anything else is an
    error that names the file and line."""
    encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in raw[:8192]:
        raise IngestError(f"{name}: binary file, not text (NUL bytes)")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].decode(encoding, "ignore").count("\n") + 1
        what = "UTF-8" if encoding == "utf-8" else encoding.upper()
        raise IngestError(f"{name}:{line}: not {what} text (byte {exc.start})") from exc
    at = text.find("\x00")  # anywhere: one after the first 8 KiB would be stored
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        raise IngestError(f"{name}:{line}: binary file, not text (NUL characters)")
    return text


# Characters an article's text loses when it is read: the invisible marks that reorder the
# text around them (U+202E shows the words after it in another order than they are stored,
# on every page). Escape sequences stay as they came: printing cleans them whole
# (``translate.cli.terminal``), and a page shows them as inert text.
_INVISIBLE = dict.fromkeys(map(ord, REORDERING_MARKS))


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for number, raw_line in enumerate(text.splitlines(keepends=True), start=1):
        content = raw_line.rstrip("\r\n")
        lead = len(content) - len(content.lstrip())
        stripped = content.strip()
        lines.append(_Line(number, offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw_line)
    return lines


def parse_text(
    text: str,
    name: str,
    lang: str | None = None,
    title: str | None = None,
    extra_removed: tuple[Removed, ...] = (),
    published: str | None = None,
) -> Article:
    """Parse article text: first real line is the title unless ``title`` is given."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).translate(_INVISIBLE)
    removed: list[Removed] = list(extra_removed)
    body_lines: list[_Line] = []
    outlet: str | None = None
    cut_label: str | None = None
    for line in _lines(text):
        if not line.text:
            continue
        if cut_label:
            removed.append(Removed(cut_label, line.text, line.number))
            continue
        # Pages use no-break spaces in navigation; match rules on plain spaces.
        plain = " ".join(line.text.split())
        rule = next((r for r in LINE_RULES if r.pattern.search(plain)), None)
        if rule is not None and rule.label == "byline" and title is None and _sentence(plain):
            rule = None  # "Von der Leyen verteidigt …": a title ("Von Anna Müller" a byline)
        if rule is not None:
            removed.append(Removed(rule.label, line.text, line.number))
            if rule.cut:
                cut_label = rule.label
            match = rule.pattern.search(plain)
            if rule.label == "byline" and match and outlet is None:
                outlet = match.group("outlet").strip()
            continue
        if title is None:
            title = line.text
            continue
        if line.text == title:
            removed.append(Removed("duplicate-title", line.text, line.number))
            continue
        body_lines.append(line)
    if title is None or not body_lines:
        raise IngestError(f"{name}: no article body found (need a title line and body text)")

    dateline: str | None = None
    agencies: tuple[str, ...] = ()
    paragraphs = [(line.start, line.end) for line in body_lines]
    first = body_lines[0]
    match = DATELINE.match(first.text)
    if match:
        dateline = match.group("city").strip()
        agencies = tuple(a.strip() for a in match.group("agencies").split("/") if a.strip())
        paragraphs[0] = (first.start + match.end(), first.end)

    detected = lang or detect_language(" ".join(line.text for line in body_lines), name)
    sentences = segment.segment(text, paragraphs, detected)
    body = "\n\n".join(text[s:e] for s, e in paragraphs)
    return Article(
        id=article_id(text),
        path=name,
        title=title,
        lang=detected,
        text=text,
        body=body,
        sentences=sentences,
        removed=tuple(sorted(removed, key=lambda r: r.line)),
        dateline=dateline,
        agencies=agencies,
        outlet=outlet or (agencies[0] if agencies else None),
        published=published,
    )


def parse_html(html: str, name: str, lang: str | None = None) -> Article:
    """Extract the main text of a web page with trafilatura, then parse it like text."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    # with_metadata gives a Document (a dict only with as_dict=True)
    if isinstance(document, dict):
        document = None
    if document is None or not (document.text or "").strip():
        raise IngestError(f"{name}: no article text found in the HTML page")
    body = document.text or ""
    title = (document.title or "").strip() or None
    page_text = trafilatura.html2txt(html) or ""
    boilerplate = tuple(
        Removed("page-boilerplate", chunk, 0) for chunk in _left_over(page_text, body, title)
    )
    text = body if title is None else f"{title}\n{body}"
    article = parse_text(
        text, name, lang, title=None, extra_removed=boilerplate, published=document.date
    )
    # The publisher the page names is its outlet (a byline or an agency is not).
    publisher = page_publisher(html)
    try:
        publisher = clean_name(publisher) if publisher else None
    except OutletError:
        publisher = None  # a name no outlet has (control characters, a page's length)
    return dataclasses.replace(article, outlet=publisher) if publisher else article


def _left_over(page_text: str, body: str, title: str | None) -> list[str]:
    """Page text that the extractor did not keep (line 0: it is not in the article text)."""
    remainder = page_text
    kept = [line.strip() for line in body.splitlines() if line.strip()]
    for piece in sorted([*kept, title or ""], key=len, reverse=True):
        if piece:
            remainder = remainder.replace(piece, "\n")
    return [chunk.strip() for chunk in remainder.split("\n") if chunk.strip()]


# Below this probability (among the languages newsbridge reads) the language is asked for.
LANGUAGE_CONFIDENCE = 0.9


class LanguageUnsure(IngestError):
    """The text could be in more than one of the languages newsbridge reads."""

    def __init__(self, name: str, guess: str, confidence: float) -> None:
        self.guess = guess
        self.confidence = confidence
        names = ", ".join(LANGUAGE_NAMES[code] for code in READ_LANGS)
        super().__init__(
            f"{name}: cannot tell which of {names} this is (most like "
            f"{LANGUAGE_NAMES[guess]}, {confidence:.0%}); if it is one of them, say which "
            f"with --lang {'/'.join(READ_LANGS)}"
        )


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(_guessed()))
    return identifier


def _guessed() -> dict[str, str]:
    """py3langid's code -> ours, for the languages it is asked to guess (a language whose
    module names no ``identifier`` is never guessed: ``--lang`` says it)."""
    return {lang.identifier: lang.code for lang in languages.registered() if lang.identifier}


def detect_language(text: str, name: str = "<text>") -> str:
    """The language among those newsbridge reads (py3langid's bundled model, offline);
    :class:`LanguageUnsure` when no one of them is likely enough."""
    if len(text.strip()) < 3:
        raise IngestError(f"{name}: too little text to detect its language")
    code, probability = _identifier().classify(text)
    ours = _guessed().get(str(code), str(code))
    if probability < LANGUAGE_CONFIDENCE:
        raise LanguageUnsure(name, ours, float(probability))
    return ours
