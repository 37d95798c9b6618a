"""``newsbridge glossary ...``: check, list, look up, add, history and undo, export and
import, and suggest missing names. Edits go to the user's layer only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import click

from glossary import SHIPPED, USER, Glossary, GlossaryError
from glossary.duplicates import likely_duplicates
from glossary.entries import (
    Entry,
    cross_check,
    glossary_files,
    new_entry,
    parse,
    read_files,
    render,
    user_name,
    write_atomically,
)
from glossary.layers import history as read_history
from glossary.layers import read_layers, save_entry, undo
from translate.cli.common import (
    Context,
    LanguageChoice,
    emit_json,
    json_option,
    pass_context,
    read_all,
)
from translate.vocab import ENTRY_KINDS, LANGUAGE_NAMES, SOURCE_LANGS


@click.group("glossary")
def glossary_group() -> None:
    """Maintain the name glossary."""


@glossary_group.command()
@json_option
@pass_context
def check(ctx: Context, as_json: bool) -> None:
    """Validate the glossary; every problem is reported with layer, file and line."""
    layers = ctx.settings.glossary_layers
    entries, problems = read_layers(layers)
    files = [layer.label(f) for layer in layers for f in layer.files()]
    notes = [
        f"note: {full.where}: {full.id} ({full.en}) looks like {short.id} ({short.en}, "
        f"{short.where}) spelt out; if they are one organisation, one entry keeps what it "
        f"said on one page: the full name as a form of {short.id} (<full name>={full.en})"
        for short, full in likely_duplicates(entries)
    ]
    if as_json:
        emit_json(
            {
                "ok": not problems,
                "entries": len(entries),
                "files": files,
                "problems": [
                    {"file": p.file, "line": p.line, "message": p.message} for p in problems
                ],
                "notes": notes,
            }
        )
    else:
        for problem in problems:
            click.echo(str(problem), err=True)
        for note in notes:
            click.echo(note, err=True)
        if not problems:
            generated = sum(e.generated for e in entries)
            user = sum(e.layer == USER for e in entries)
            click.echo(
                f"ok: {len(entries)} entries ({len(entries) - generated} curated, "
                f"{generated} generated; {user} from your layer) in {len(files)} files"
            )
    if problems:
        raise SystemExit(1)


@glossary_group.command("list")
@click.option("--kind", type=click.Choice(ENTRY_KINDS))
@click.option("--curated", is_flag=True, help="Leave out generated entries.")
@click.option("--layer", type=click.Choice([SHIPPED, USER]), help="Only this layer's entries.")
@json_option
@pass_context
def list_entries(
    ctx: Context, kind: str | None, curated: bool, layer: str | None, as_json: bool
) -> None:
    """List entries (with the layer each comes from)."""
    glossary = Glossary.load_layers(ctx.settings.glossary_layers)
    chosen = [
        e
        for e in glossary.entries
        if (kind is None or e.kind == kind)
        and not (curated and e.generated)
        and (layer is None or e.layer == layer)
    ]
    if as_json:
        emit_json({"version": glossary.version, "entries": [e.as_dict() for e in chosen]})
        return
    for e in chosen:
        forms = "; ".join(
            f"{lang}: {', '.join(str(f) for f in e.forms.get(lang, ()))}"
            for lang in SOURCE_LANGS
            if e.forms.get(lang)
        )
        click.echo(f"{e.id:28} {e.kind:12} {e.layer:7} {e.en:30} {forms}")


@glossary_group.command()
@click.argument("lang", type=LanguageChoice(SOURCE_LANGS))
@click.argument("term")
@json_option
@pass_context
def lookup(ctx: Context, lang: str, term: str, as_json: bool) -> None:
    """Show the entry for TERM (a source form, a derived form, or the English)."""
    glossary = Glossary.load_layers(ctx.settings.glossary_layers)
    found = glossary.lookup(lang, term)
    if as_json:
        emit_json({"term": term, "lang": lang, "entries": [e.as_dict() for e in found]})
    for e in found if not as_json else ():
        click.echo(f"{e.id} ({e.kind}) -> {e.en}")
        for code in SOURCE_LANGS:
            if e.forms.get(code):
                click.echo(f"  {code}: {' | '.join(str(f) for f in e.forms[code])}")
        click.echo(f"  added by {e.added_by} on {e.added_on}; source: {e.source}")
        click.echo(f"  at {e.where}")
    if not found:
        if not as_json:
            click.echo(f"no entry for {lang} {term!r}", err=True)
        raise SystemExit(1)


_Command = TypeVar("_Command", bound=Callable[..., object])


def _form_options(command: _Command) -> _Command:
    """``--nl``, ``--de``, ...: one option for each source language's forms."""
    for code in reversed(SOURCE_LANGS):
        help_text = f"{LANGUAGE_NAMES[code]} forms, separated by ' | '."
        command = click.option(f"--{code}", code, default="", help=help_text)(command)
    return command


@glossary_group.command()
@click.option("--id", "entry_id", required=True, help="Lowercase id, e.g. sergei-lavrov.")
@click.option("--kind", type=click.Choice(ENTRY_KINDS), required=True)
@click.option("--en", required=True, help="The English form.")
@_form_options
@click.option("--source", required=True, help="Article or reference that justifies the entry.")
@click.option("--by", "added_by", default=None, help="Who adds it (default: $USER).")
@click.option("--replace", is_flag=True, help="Change the entry with this id.")
@pass_context
def add(
    ctx: Context,
    /,
    entry_id: str,
    kind: str,
    en: str,
    source: str,
    added_by: str | None,
    replace: bool,
    **forms: str,
) -> None:
    """Add (or with --replace, change) an entry in your layer; validated, written atomically
    under a lock, kept in the history."""
    entry = new_entry(
        entry_id, kind, en, {code: forms[code] for code in SOURCE_LANGS}, source, added_by
    )
    save_entry(ctx.settings.glossary_layers, entry, replace=replace)
    click.echo(f"{'changed' if replace else 'added'} {entry_id} in your layer")


@glossary_group.command()
@click.argument("entry_id", required=False)
@json_option
@pass_context
def history(ctx: Context, entry_id: str | None, as_json: bool) -> None:
    """Every change of your layer (or of one entry): who, when, what, before and after."""
    changes = read_history(ctx.settings.glossary_layers, entry_id)
    if as_json:
        emit_json({"changes": [c.as_dict() for c in changes]})
        return
    if not changes:
        click.echo("no changes recorded" + (f" for {entry_id}" if entry_id else ""))
    for c in changes:
        click.echo(f"{c.at}  {c.by:12} {c.action:7} {c.id}")
        if c.before:
            click.echo(f"    before: {c.before}")
        if c.after:
            click.echo(f"    after:  {c.after}")


@glossary_group.command("undo")
@click.argument("entry_id")
@click.option("--by", "by", default=None, help="Who undoes it (default: $USER).")
@pass_context
def undo_command(ctx: Context, entry_id: str, by: str | None) -> None:
    """Undo the last change of ENTRY_ID (an added entry goes; an edit is reverted)."""

    change = undo(ctx.settings.glossary_layers, entry_id, user_name(by))
    click.echo(f"undone: {entry_id} is now {change.after or 'gone from your layer'}")


@glossary_group.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--limit", default=50, show_default=True)
@json_option
@pass_context
def suggest(ctx: Context, paths: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Names in articles that no entry covers, most frequent first."""
    from glossary.suggest import suggest as find_suggestions

    glossary = Glossary.load_layers(ctx.settings.glossary_layers)
    articles = read_all(paths, None)
    docs = [
        (a.path, a.lang, [a.title, *(s.text for s in a.sentences)], a.dateline)
        for a in articles
        if a.lang in SOURCE_LANGS
    ]
    found = find_suggestions(glossary, docs, limit=limit)
    if as_json:
        emit_json({"suggestions": [s.as_dict() for s in found]})
        return
    if not found:
        click.echo("nothing to suggest: every name found is covered")
    for s in found:
        kind = s.reason if s.likely_name else "common word?"
        spelling = f"English: {s.english}?  " if s.english else ""
        click.echo(f"{s.count:3d}  {s.text:32} {kind:13} {spelling}{s.contexts[0]}")


@glossary_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["tbx", "csv"]), required=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Default: stdout.")
@click.option("--layer", type=click.Choice([SHIPPED, USER]), help="Only this layer's entries.")
@pass_context
def export(ctx: Context, fmt: str, output: Path | None, layer: str | None) -> None:
    """Write the glossary as TBX-Basic (all fields) or DeepL glossary CSV (renderings)."""
    from glossary.exchange import export_csv, export_tbx

    glossary = Glossary.load_layers(ctx.settings.glossary_layers)
    entries = [e for e in glossary.entries if layer is None or e.layer == layer]
    text = export_tbx(entries, glossary.version) if fmt == "tbx" else export_csv(entries)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomically(output, text)
        click.echo(f"wrote {len(entries)} entries to {output}", err=True)


@glossary_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@click.option("--by", "by", default=None, help="Who imports (default: $USER).")
@pass_context
def import_command(ctx: Context, file: Path, dry_run: bool, by: str | None) -> None:
    """Read a TBX (.tbx, .xml) or DeepL CSV (.csv) file into your layer: validated as a
    whole before anything is written; --dry-run shows the changes."""

    from glossary.exchange import entries_from_rows, parse_csv, parse_tbx
    from glossary.layers import save_entries

    who = user_name(by)
    layers = ctx.settings.glossary_layers
    current = {e.id: e for e in Glossary.load_layers(layers).entries}
    suffix = file.suffix.lower()
    if suffix in (".tbx", ".xml"):
        incoming = parse_tbx(file, file.name, who)  # refused by size before it is read
    elif suffix == ".csv":
        rows, problems = parse_csv(file.read_text(encoding="utf-8-sig"), file.name)
        if problems:
            raise GlossaryError(problems)
        incoming = entries_from_rows(rows, list(current.values()), file.name, who)
    else:
        raise click.UsageError(f"{file.name}: give a .tbx, .xml or .csv file")
    changes = [e for e in incoming if current.get(e.id) is None or
               current[e.id].to_row() != e.to_row()]  # fmt: skip
    for entry in changes:
        old = current.get(entry.id)
        click.echo(f"{'change' if old else 'add':6} {entry.id}: {entry.to_row()}")
        if old:
            click.echo(f"       was: {old.to_row()}")
    unchanged = len(incoming) - len(changes)
    summary = f"{len(changes)} to add or change, {unchanged} unchanged"
    if dry_run or not changes:
        click.echo(f"{summary}; nothing written" + (" (dry run)" if dry_run else ""))
        return
    save_entries(layers, changes, "import", who)
    click.echo(f"{summary}; written to your layer")


def _keep_date(entry: Entry, before: Entry | None) -> Entry:
    """An entry generated again unchanged keeps the date it was first generated on."""
    if before is not None and before.to_row().split("\t")[:-2] == entry.to_row().split("\t")[:-2]:
        return replace(entry, added_on=before.added_on)
    return entry


@glossary_group.command("generate")
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Where to write (in a source checkout: glossary/data).",
)
@pass_context
def generate(ctx: Context, output_dir: Path) -> None:
    """(Re)write the names generated from CLDR (Babel): countries.tsv, cities.tsv and
    adjectives.tsv, each skipping the forms that curated entries already have."""
    from glossary.cldr import GENERATED_FILES

    files = glossary_files(output_dir) if output_dir.exists() else []
    kept, problems = read_files(f for f in files if f.name not in GENERATED_FILES)
    if problems:
        raise GlossaryError(problems)
    # What the files being replaced held (read leniently: they are about to be rewritten).
    before = {
        e.id: e
        for f in files
        if f.name in GENERATED_FILES
        for e in parse(f.read_text(encoding="utf-8"), str(f))[0]
    }
    rendered: dict[str, tuple[int, str]] = {}
    for name, make in GENERATED_FILES.items():
        entries = [_keep_date(e, before.get(e.id)) for e in make(kept, None)]
        kept.extend(entries)
        comment = (
            f"Generated from CLDR by `newsbridge glossary generate` ({name}).\n"
            "See glossary/cldr.py for what is read and what is left out."
        )
        rendered[name] = (len(entries), render(entries, comment))
    # The whole glossary is checked before any file is replaced.
    problems = [p for name, (_, text) in rendered.items() for p in parse(text, name)[1]]
    problems += cross_check(kept)
    if problems:
        raise GlossaryError(problems)
    for name, (count, text) in rendered.items():
        write_atomically(output_dir / name, text)
        click.echo(f"wrote {count} entries to {output_dir / name}")
