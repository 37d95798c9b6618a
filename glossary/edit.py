"""Add or change entries: validate the whole glossary with the change, then write atomically."""

from __future__ import annotations

from pathlib import Path

from glossary.entries import (
    Entry,
    GlossaryError,
    Problem,
    cross_check,
    glossary_files,
    parse,
    render,
    with_entry,
    write_atomically,
)

CURATED = "curated.tsv"


def target_file(glossary_path: Path) -> Path:
    return glossary_path / CURATED if glossary_path.is_dir() else glossary_path


def save_entry(glossary_path: Path, entry: Entry, replace: bool = False) -> Path:
    """Write ``entry`` into the glossary's curated file; nothing is written if invalid.

    Without ``replace``, an id that exists already is an error (so an add never
    overwrites someone's entry by accident).
    """
    target = target_file(glossary_path)
    files = glossary_files(glossary_path)
    if target not in files:
        files.append(target)
    entries: list[Entry] = []
    problems: list[Problem] = []
    new_text = ""
    for file in files:
        text = file.read_text(encoding="utf-8") if file.exists() else render([])
        if file == target:
            existing, _ = parse(text, str(file))
            old = next((e for e in existing if e.id == entry.id), None)
            if old is not None and not replace:
                raise GlossaryError(
                    [
                        Problem(
                            old.file, old.line, f"id {entry.id!r} exists already (edit it instead)"
                        )
                    ]
                )
            text = new_text = with_entry(text, str(file), entry)
        elif not replace or entry.id not in {e.id for e in parse(text, str(file))[0]}:
            pass
        else:
            raise GlossaryError([Problem(str(file), 0, f"id {entry.id!r} lives in {file.name}")])
        file_entries, file_problems = parse(text, str(file))
        entries.extend(file_entries)
        problems.extend(file_problems)
    problems.extend(cross_check(entries))
    if problems:
        raise GlossaryError(problems)
    write_atomically(target, new_text)
    return target
