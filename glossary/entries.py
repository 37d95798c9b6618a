"""The glossary file format: read, validate, write (atomically).

A glossary file is UTF-8 tab-separated text, one entry per line, so a diff shows one
changed entry as one changed line::

    # newsbridge-glossary 1
    id	kind	en	nl	de	added_by	added_on	source
    putin	person	Putin	Poetin	Putin	ci	2026-11-23	seeds/000 (ANP)

Each source language's column (any subset of the registered ones: ``glossary.columns``)
lists source forms separated by `` | ``. A form may carry its own English
rendering after ``=`` (``woordvoerders=spokespeople``). Genitives of names (``Poetins``,
``Putins``) and the inflections of adjectives (``Russische``; ``russischen``) are derived,
not listed. Lines starting with ``#`` and blank lines are ignored.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from glossary.columns import (
    columns,
    field_problems,
    format_line,
    header_langs,
    langs_of,
    version_problem,
    widened,
)
from glossary.languages import SOURCE_LANGS

LANGS = SOURCE_LANGS  # a live view: every registered source language
KINDS = ("person", "place", "organisation", "title", "term", "adjective")
NAME_KINDS = ("person", "place", "organisation")
# Common nouns and titles: matched with either case of the first letter, glued into compounds.
COMMON_KINDS = ("title", "term")
GENERATED_PREFIX = "generated:"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Form:
    text: str
    english: str | None = None  # overrides the entry's English for this form

    def __str__(self) -> str:
        return f"{self.text}={self.english}" if self.english else self.text


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    en: str
    forms: dict[str, tuple[Form, ...]] = field(default_factory=dict, hash=False, compare=False)
    added_by: str = ""
    added_on: str = ""
    source: str = ""
    file: str = ""
    line: int = 0

    @property
    def generated(self) -> bool:
        return self.added_by.startswith(GENERATED_PREFIX)

    @property
    def is_name(self) -> bool:
        return self.kind in NAME_KINDS

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def layer(self) -> str:
        """The layer the entry comes from ("shipped", "user"), from its file's label."""
        return self.file.split(":", 1)[0] if ":" in self.file else ""

    def to_row(self, langs: Sequence[str] | None = None) -> str:
        """The entry's line, with a column for each of ``langs`` (default: every source
        language)."""
        return "\t".join(_cells(self, langs))

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "en": self.en,
            **{lang: [str(f) for f in self.forms.get(lang, ())] for lang in LANGS},
            "added_by": self.added_by,
            "added_on": self.added_on,
            "source": self.source,
            "generated": self.generated,
            "layer": self.layer,
            "where": self.where,
        }


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class GlossaryError(ValueError):
    """An invalid glossary; ``problems`` lists every problem with file and line."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _parse_forms(cell: str) -> tuple[list[Form], list[str]]:
    forms: list[Form] = []
    errors: list[str] = []
    if not cell.strip():
        return forms, errors
    for raw in cell.split("|"):
        text, _, english = raw.strip().partition("=")
        text, english = text.strip(), english.strip()
        if not text:
            errors.append(f"empty source form in {cell!r}")
        elif "\t" in text or len(text) > 120:
            errors.append(f"bad source form {text!r}")
        else:
            forms.append(Form(text, english or None))
    return forms, errors


def parse(text: str, file: str) -> tuple[list[Entry], list[Problem]]:
    """Parse one file; return its entries and the problems of its lines."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    lines = _split_lines(text)
    why = version_problem(lines[0] if lines else "an empty file")
    if why is not None:
        return [], [Problem(file, 1, why)]
    header_seen = False
    langs: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            found = header_langs(cells)
            if isinstance(found, str):
                problems.append(Problem(file, number, found))
                return [], problems
            langs, names = found, columns(found)
            continue
        if len(cells) != len(names):
            problems.append(
                Problem(file, number, f"malformed row: {len(cells)} fields, need {len(names)}")
            )
            continue
        row = dict(zip(names, (c.strip() for c in cells), strict=True))
        row_problems: list[str] = [
            f"{name}: {why}" for name in names for why in field_problems(name, row[name])
        ]
        if not _ID.match(row["id"]):
            row_problems.append(f"id {row['id']!r}: use lowercase letters, digits and '-'")
        if row["kind"] not in KINDS:
            row_problems.append(f"kind {row['kind']!r}: must be one of {', '.join(KINDS)}")
        if not row["en"]:
            row_problems.append("en: the English form is empty")
        forms: dict[str, tuple[Form, ...]] = {}
        for lang in langs:
            parsed, errors = _parse_forms(row[lang])
            row_problems.extend(f"{lang}: {e}" for e in errors)
            if parsed:
                forms[lang] = tuple(parsed)
        if not forms and not any(e.startswith(langs) for e in row_problems):
            row_problems.append(f"no source form: fill in {' or '.join(langs)}")
        if not row["added_by"]:
            row_problems.append("added_by: provenance is required (who added it)")
        try:
            date.fromisoformat(row["added_on"])
        except ValueError:
            row_problems.append(f"added_on {row['added_on']!r}: not a date (YYYY-MM-DD)")
        if not row["source"]:
            row_problems.append("source: provenance is required (article or reference)")
        if row_problems:
            problems.extend(Problem(file, number, p) for p in row_problems)
            continue
        entries.append(
            Entry(
                id=row["id"],
                kind=row["kind"],
                en=row["en"],
                forms=forms,
                added_by=row["added_by"],
                added_on=row["added_on"],
                source=row["source"],
                file=file,
                line=number,
            )
        )
    if not header_seen:
        problems.append(Problem(file, len(lines), "no column header line"))
    return entries, problems


def cross_check(entries: Sequence[Entry]) -> list[Problem]:
    """Problems between entries: duplicate ids, duplicated or conflicting forms. (A listed
    form may be a derived form of another entry: the listed one wins, "Nederlands" is the
    adjective "Dutch", not the genitive of "Nederland".)"""
    problems: list[Problem] = []
    by_id: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in by_id:
            first = by_id[entry.id]
            problems.append(
                Problem(
                    entry.file, entry.line, f"duplicate id {entry.id!r} (first at {first.where})"
                )
            )
        else:
            by_id[entry.id] = entry
    listed: dict[tuple[str, str], tuple[Entry, str]] = {}
    for entry in entries:
        for lang, forms in entry.forms.items():
            for form in forms:
                english = form.english or entry.en
                key = (lang, form.text)
                if key in listed:
                    other, other_english = listed[key]
                    if other_english != english:
                        problems.append(
                            Problem(
                                entry.file,
                                entry.line,
                                f"{lang} form {form.text!r} maps to {english!r} here but to "
                                f"{other_english!r} in entry {other.id!r} ({other.where})",
                            )
                        )
                    elif other.id != entry.id:
                        problems.append(
                            Problem(
                                entry.file,
                                entry.line,
                                f"duplicate: {lang} form {form.text!r} is already in entry "
                                f"{other.id!r} ({other.where})",
                            )
                        )
                    else:
                        problems.append(
                            Problem(
                                entry.file, entry.line, f"{lang} form {form.text!r} listed twice"
                            )
                        )
                    continue
                listed[key] = (entry, english)
    return sorted(problems, key=lambda p: (p.file, p.line, p.message))


def read_files(paths: Iterable[Path]) -> tuple[list[Entry], list[Problem]]:
    entries: list[Entry] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(str(path), 1, f"not UTF-8 text ({exc.reason})"))
            continue
        except OSError as exc:
            problems.append(Problem(str(path), 0, f"cannot read: {exc.strerror}"))
            continue
        file_entries, file_problems = parse(text, str(path))
        entries.extend(file_entries)
        problems.extend(file_problems)
    problems.extend(cross_check(entries))
    return entries, problems


def glossary_files(path: Path) -> list[Path]:
    """A glossary is one ``.tsv`` file or every ``.tsv`` file of a folder."""
    if path.is_dir():
        return sorted(path.glob("*.tsv"))
    return [path]


def render(entries: Sequence[Entry], comment: str = "") -> str:
    """A whole file, with a column for every registered source language."""
    lines = [format_line(LANGS)]
    if comment:
        lines.extend(f"# {c}" for c in comment.splitlines())
    lines.append("\t".join(columns()))
    lines.extend(e.to_row() for e in entries)
    return "\n".join(lines) + "\n"


def write_atomically(path: Path, text: str | bytes) -> None:
    """Replace ``path`` only once the new text (or bytes) is fully on disk; the file keeps
    its mode (a new one gets the usual mode for new files, not the temporary file's 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, mode)
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _split_lines(text: str) -> list[str]:
    """Lines end at "\\n" only: a line or paragraph separator inside a field (U+2028) must
    not start a new row, as ``str.splitlines`` would."""
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    return lines[:-1] if lines and lines[-1] == "" else lines


def entry_problems(entry: Entry, file: str) -> list[Problem]:
    """Problems of an entry's fields before it is written (each named by its field)."""
    cells = dict(zip(columns(), _cells(entry), strict=True))
    problems = [
        Problem(file, 0, f"{name}: {why}")
        for name in columns()
        for why in field_problems(name, cells[name])
    ]
    for lang, forms in entry.forms.items():
        for form in forms:
            for part in (form.text, form.english or ""):
                if "|" in part or "=" in part:
                    problems.append(Problem(file, 0, f"{lang}: {part!r} may not hold | or ="))
    return problems


def _cells(entry: Entry, langs: Sequence[str] | None = None) -> list[str]:
    return [
        entry.id,
        entry.kind,
        entry.en,
        *(" | ".join(str(f) for f in entry.forms.get(lang, ())) for lang in langs or LANGS),
        entry.added_by,
        entry.added_on,
        entry.source,
    ]


def parse_row(row: str, file: str) -> Entry:
    """The entry of one row (as ``Entry.to_row`` wrote it)."""
    entries, problems = parse(render([]) + row + "\n", file)
    if problems or len(entries) != 1:
        raise GlossaryError(problems or [Problem(file, 0, "not one entry")])
    return entries[0]


def without_entry(text: str, entry_id: str) -> str:
    """The file's text without the row of ``entry_id``."""
    lines = [
        line
        for line in _split_lines(text)
        if line.startswith("#") or line.split("\t", 1)[0] != entry_id
    ]
    return "\n".join(lines) + "\n"


def with_entry(text: str, file: str, entry: Entry) -> str:
    """The file's text with ``entry`` added, or replacing the entry of the same id.

    Raises :class:`GlossaryError` (naming the field) when a field holds what would break
    the file: a tab or line break would make a second, forged row."""
    problems = entry_problems(entry, file)
    if problems:
        raise GlossaryError(problems)
    text = widened(text, [lang for lang in LANGS if entry.forms.get(lang)])
    lines = _split_lines(text)
    row = entry.to_row(langs_of(text) or LANGS)
    for i, line in enumerate(lines):
        if line.split("\t", 1)[0] == entry.id and not line.startswith("#"):
            lines[i] = row
            break
    else:
        lines.append(row)
    return "\n".join(lines) + "\n"


def user_name(given: str | None = None) -> str:
    """Who makes a change: ``given``, else the login name ($USER), else "unknown"."""
    return given or os.environ.get("USER") or "unknown"


def slug(text: str) -> str:
    """An entry id made from a name: "Sergej Rjabkov" -> "sergej-rjabkov"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60]


def new_entry(
    id: str,
    kind: str,
    en: str,
    forms: dict[str, str],
    source: str,
    added_by: str | None = None,
    added_on: str | None = None,
) -> Entry:
    parsed = {lang: tuple(_parse_forms(cell)[0]) for lang, cell in forms.items() if cell}
    return Entry(
        id=id,
        kind=kind,
        en=en,
        forms=parsed,
        added_by=user_name(added_by),
        added_on=added_on or date.today().isoformat(),
        source=source,
    )
