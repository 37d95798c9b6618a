"""The words newsbridge's modules share: languages, labels, result kinds, limits.

Every module above the glossary takes these from here, so a language, a label or a
limit is named once.
"""

from __future__ import annotations

from enum import StrEnum

from glossary import languages
from glossary.entries import KINDS as ENTRY_KINDS
from glossary.languages import (
    FUNCTION_WORDS,
    LANGUAGE_NAMES,
    READ_LANGS,
    SOURCE_LANGS,
    TARGET_LANG,
)


class Label(StrEnum):
    """How much of a sentence another article also reports."""

    SHARED = "shared"  # the same statement
    PARTIAL = "partial"  # part of it
    ONLY = "only"  # no other article reports it


class ResultKind(StrEnum):
    """The kinds of result kept in the store's ``results`` table."""

    TRANSLATION = "translation"
    COMPARE = "compare"
    STORY = "story"
    STORIES = "stories"
    STORIES_LATEST = "stories-latest"
    EVAL = "eval"
    JOB = "job"
    SUGGESTIONS = "suggestions"  # names the glossary lacks, found in the stored articles


class JobKind(StrEnum):
    """What a background job does."""

    TRANSLATE = "translate"  # read (if need be) and translate an added article
    COMPARE = "compare"  # align two articles
    STORY = "story"  # the side-by-side view of a story's articles
    SUGGEST = "suggest"  # find names the glossary lacks in the stored articles


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # the server stopped it more often than it resumes
    CANCELLED = "cancelled"
    NEEDS_LANGUAGE = "needs-language"  # the reader is asked which language it is

    @property
    def active(self) -> bool:
        return self in (JobStatus.QUEUED, JobStatus.RUNNING)

    @property
    def can_retry(self) -> bool:
        return self in (JobStatus.FAILED, JobStatus.INTERRUPTED, JobStatus.CANCELLED)


# The largest article file or paste accepted (the pages and the CLI alike).
MAX_ARTICLE_BYTES = 1_000_000
UPLOAD_SUFFIXES = (".txt", ".html", ".htm")


def page_count(items: int, size: int) -> int:
    """How many pages of ``size`` the items fill (one at least: an empty list has a page)."""
    return max(1, -(-items // size))


def letter(position: int) -> str:
    """The name of the article at ``position`` in a comparison: A..Z, then AA, AB, ..."""
    if position < 0:
        raise ValueError(f"no letter for position {position}")
    name = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


__all__ = [
    "ENTRY_KINDS",
    "FUNCTION_WORDS",
    "LANGUAGE_NAMES",
    "MAX_ARTICLE_BYTES",
    "READ_LANGS",
    "SHOWN_CHARS",
    "SOURCE_LANGS",
    "TARGET_LANG",
    "UPLOAD_SUFFIXES",
    "JobKind",
    "JobStatus",
    "Label",
    "ResultKind",
    "clip",
    "languages",
    "letter",
    "page_count",
]


SHOWN_CHARS = 80


def clip(value: str) -> str:
    """``value`` as a message names it: its first 80 characters and "…" where it is
    longer (a 20 KB query value named nobody in a 20 KB answer)."""
    return value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "…"
