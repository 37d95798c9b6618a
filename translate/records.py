"""Small immutable types passed between the pipeline's stages.

Their JSON (``translate.storage.codec``) is the one shape an article or a translation has in the
store, in ``/api`` and in ``--json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from glossary import Hit


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article; ``start``/``end`` are offsets into ``Article.text``."""

    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Removed:
    """A piece of the input that is not body text, kept so nothing is silently lost."""

    label: str
    text: str
    line: int


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    title: str
    lang: str = field(metadata={"json": "language"})
    text: str
    body: str
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...] = ()
    dateline: str | None = None
    agencies: tuple[str, ...] = ()
    outlet: str | None = None
    published: str | None = None
    url: str | None = None  # where it was fetched from (newsbridge fetch)
    author: str | None = None
    feed: str | None = None  # the feed it came through

    @property
    def carried_agencies(self) -> tuple[str, ...]:
        """The news agencies the dateline names besides the outlet itself: AFP for an ANP
        article dated "MOSKOU (ANP/AFP)" (the outlet is ANP; AFP is an agency it carried)."""
        return tuple(a for a in self.agencies if a != self.outlet)


@dataclass(frozen=True)
class Signature:
    """How a translation was made; part of every cache key and shown with every result.
    ``corrections``: a digest of the people's corrections that apply to it ("": none), so
    what is made from a translation is made again when a correction changes."""

    engine: str
    model: str
    glossary: str = "none"
    corrections: str = ""

    def __str__(self) -> str:
        made = f"engine:{self.engine}|model:{self.model}|glossary:{self.glossary}"
        return f"{made}|corrections:{self.corrections}" if self.corrections else made


@dataclass(frozen=True)
class Rendering:
    """One sentence's English as an engine made it: the text, the engine's mean
    log-probability per output token where it gives one, and how many attempts were made
    (2: the first was doubted and translated again; the better one is kept)."""

    text: str
    logprob: float | None = None
    tries: int = 1


@dataclass(frozen=True)
class Corrected:
    """A person's English in place of the machine's (``translate.storage.correction_store``):
    who, when, the change that made it, and this sentence's English as the machine made
    it, kept beside it."""

    by: str
    at: str
    change: int
    machine: str


@dataclass(frozen=True)
class SentenceTranslation:
    """One title or sentence in English. ``confidence`` (0 to 1) and ``flags`` (short
    codes, ``translate.doubt.checks.FLAGS``; empty: nothing doubted) say how far to trust it,
    ``reasons`` say why in words; None: made before newsbridge checked translations.
    ``logprob``: the engine's mean log-probability per output token, where it gives one
    (what ``confidence`` starts from; None in translations stored before it was kept).
    ``corrected``: a person's English stands in ``english`` (no doubt marks then; the
    machine's English is kept in it); None: the machine's."""

    index: int
    source: str
    english: str
    cached: bool
    hits: tuple[Hit, ...] = ()
    confidence: float | None = None
    flags: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    tries: int = 1
    logprob: float | None = None
    corrected: Corrected | None = None


@dataclass(frozen=True)
class ArticleTranslation:
    article_id: str
    lang: str = field(metadata={"json": "language"})
    signature: Signature
    title: SentenceTranslation
    sentences: tuple[SentenceTranslation, ...] = field(default_factory=tuple)
    # The version of the doubt checks its sentences were assessed by
    # (``translate.doubt.checks.CHECKS_VERSION``; "": a newsbridge before versions).
    checks: str = ""

    @property
    def cached_count(self) -> int:
        return sum(1 for s in self.sentences if s.cached)

    @property
    def hits(self) -> list[Hit]:
        return [hit for s in (self.title, *self.sentences) for hit in s.hits]
