"""Small immutable types passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

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
    lang: str
    text: str
    body: str
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...] = ()
    dateline: str | None = None
    agencies: tuple[str, ...] = ()
    outlet: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["agencies"] = list(self.agencies)
        data["sentences"] = [asdict(s) for s in self.sentences]
        data["removed"] = [asdict(r) for r in self.removed]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            path=data["path"],
            title=data["title"],
            lang=data["lang"],
            text=data["text"],
            body=data["body"],
            sentences=tuple(Sentence(**s) for s in data["sentences"]),
            removed=tuple(Removed(**r) for r in data["removed"]),
            dateline=data.get("dateline"),
            agencies=tuple(data.get("agencies") or ()),
            outlet=data.get("outlet"),
            published=data.get("published"),
        )


@dataclass(frozen=True)
class Signature:
    """How a translation was made; part of every cache key and shown with every result."""

    engine: str
    model: str
    glossary: str = "none"

    def __str__(self) -> str:
        return f"engine:{self.engine}|model:{self.model}|glossary:{self.glossary}"


@dataclass(frozen=True)
class SentenceTranslation:
    index: int
    source: str
    english: str
    cached: bool
    hits: tuple[Hit, ...] = ()


@dataclass(frozen=True)
class ArticleTranslation:
    article_id: str
    lang: str
    signature: Signature
    title: SentenceTranslation
    sentences: tuple[SentenceTranslation, ...] = field(default_factory=tuple)

    @property
    def cached_count(self) -> int:
        return sum(1 for s in self.sentences if s.cached)

    @property
    def hits(self) -> list[Hit]:
        return [hit for s in (self.title, *self.sentences) for hit in s.hits]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "lang": self.lang,
            "signature": asdict(self.signature),
            "title": _sentence_dict(self.title),
            "sentences": [_sentence_dict(s) for s in self.sentences],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleTranslation:
        return cls(
            article_id=data["article_id"],
            lang=data["lang"],
            signature=Signature(**data["signature"]),
            title=_sentence_from(data["title"]),
            sentences=tuple(_sentence_from(s) for s in data["sentences"]),
        )


def _sentence_dict(s: SentenceTranslation) -> dict[str, Any]:
    data = asdict(s)
    data["hits"] = [asdict(h) for h in s.hits]
    return data


def _sentence_from(data: dict[str, Any]) -> SentenceTranslation:
    hits = tuple(Hit(**h) for h in data.get("hits", ()))
    return SentenceTranslation(data["index"], data["source"], data["english"], data["cached"], hits)
