"""The columns of a glossary file: its format line, its column header, and what each
field may hold.

Version 1 had one column for each of Dutch and German. Version 2 (since 0.7) has a column
for any subset of the registered source languages, in any order, so that adding a
language leaves every existing file readable, and a file may leave out a language it has
no forms for. Both are read; a file is written in the oldest version that can say it (a
file with version 1's columns stays version 1, readable by an older newsbridge).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from glossary.languages import SOURCE_LANGS

FORMAT = "newsbridge-glossary"
FORMAT_VERSION = 2
READ_VERSIONS = (1, 2)
MAGIC = f"# {FORMAT} {FORMAT_VERSION}"
HEAD = ("id", "kind", "en")
TAIL = ("added_by", "added_on", "source")
# Version 1's header, as the format defined it.
VERSION_1 = tuple("id kind en nl de added_by added_on source".split())


def columns(langs: Sequence[str] | None = None) -> tuple[str, ...]:
    """The columns of a file with a column for each of ``langs`` (default: every
    registered source language)."""
    return (*HEAD, *(SOURCE_LANGS if langs is None else langs), *TAIL)


def format_line(langs: Sequence[str]) -> str:
    """The first line of a file with these language columns."""
    version = 1 if columns(langs) == VERSION_1 else FORMAT_VERSION
    return f"# {FORMAT} {version}"


def version_problem(first: str) -> str | None:
    """What is wrong with a file's first line, or None."""
    match = re.match(rf"^# {FORMAT} (\S+)$", first.strip())
    if match is None:
        return f"first line must be {MAGIC!r}, found {first.strip()[:60]!r}"
    if match.group(1) not in {str(v) for v in READ_VERSIONS}:
        return (
            f"format version {match.group(1)} is not supported (this newsbridge reads "
            f"version {' and '.join(str(v) for v in READ_VERSIONS)})"
        )
    return None


def header_langs(cells: Sequence[str]) -> tuple[str, ...] | str:
    """The language columns a header names, in its order; or what is wrong with it."""
    names = tuple(c.strip() for c in cells)
    langs = names[len(HEAD) : len(names) - len(TAIL)]
    if (
        len(names) < len(HEAD) + len(TAIL)
        or names[: len(HEAD)] != HEAD
        or names[len(names) - len(TAIL) :] != TAIL
        or len(set(langs)) != len(langs)
        or any(lang not in SOURCE_LANGS for lang in langs)
    ):
        return (
            f"column header must be {' '.join(HEAD)!r}, then a column for any of "
            f"{', '.join(SOURCE_LANGS)}, then {' '.join(TAIL)!r} (as {' '.join(columns())!r})"
        )
    return langs


def langs_of(text: str) -> tuple[str, ...] | None:
    """The language columns of a file's text, or None where its header is not valid."""
    for line in text.split("\n")[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        found = header_langs(line.removesuffix("\r").split("\t"))
        return found if isinstance(found, tuple) else None
    return None


def widened(text: str, langs: Sequence[str]) -> str:
    """A file's text with a column for each of ``langs`` it lacks (added last, empty in
    every row), so that an entry with forms in those languages can be written to it."""
    lines = text.split("\n")
    old = langs_of(text)
    if old is None or not set(langs) - set(old):
        return text
    new = (*old, *(lang for lang in langs if lang not in old))
    out, header_seen = [format_line(new)], False
    for line in lines[1:]:
        if not line.strip() or line.startswith("#"):
            out.append(line)
        elif not header_seen:
            header_seen = True
            out.append("\t".join(columns(new)))
        else:
            cells = line.removesuffix("\r").split("\t")
            cut = len(cells) - len(TAIL)
            out.append("\t".join([*cells[:cut], *[""] * (len(new) - len(old)), *cells[cut:]]))
    return "\n".join(out)


# Longest value each field may have.
MAX_LENGTH = {"id": 64, "kind": 20, "en": 200, "added_by": 64, "added_on": 10, "source": 300}
MAX_FORMS_LENGTH = 2000
# Characters no field may hold: control characters (tabs and line ends among them), line
# and paragraph separators, the invisible marks that reorder text, and invisible ones a
# form would never match with (soft hyphen, zero-width space, byte order mark).
_BIDI = frozenset(
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad\u200b\ufeff"
)


def field_problems(name: str, value: str) -> list[str]:
    """What is wrong with the value of one field (empty: nothing)."""
    found = []
    for char in value:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in _BIDI:
            found.append(
                f"character U+{ord(char):04X} is not allowed (no tabs, line breaks or "
                "control characters)"
            )
            break
    limit = MAX_LENGTH.get(name, MAX_FORMS_LENGTH)
    if len(value) > limit:
        found.append(f"{len(value)} characters, at most {limit}")
    return found
