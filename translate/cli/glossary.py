"""``newsbridge glossary ...``: check, list, look up, add, and suggest missing names."""

from __future__ import annotations

import click

from glossary import Glossary, GlossaryError
from glossary.entries import glossary_files, new_entry, read_files, render, write_atomically
from translate.cli.common import Context, emit_json, json_option, pass_context, read_all
from translate.vocab import ENTRY_KINDS, SOURCE_LANGS


@click.group("glossary")
def glossary_group() -> None:
    """Maintain the name glossary."""


@glossary_group.command()
@json_option
@pass_context
def check(ctx: Context, as_json: bool) -> None:
    """Validate the glossary; every problem is reported with file and line."""
    files = glossary_files(ctx.settings.glossary)
    entries, problems = read_files(files)
    if as_json:
        emit_json(
            {
                "ok": not problems,
                "entries": len(entries),
                "files": [str(f) for f in files],
                "problems": [
                    {"file": p.file, "line": p.line, "message": p.message} for p in problems
                ],
            }
        )
    else:
        for problem in problems:
            click.echo(str(problem), err=True)
        if not problems:
            generated = sum(e.generated for e in entries)
            click.echo(
                f"ok: {len(entries)} entries ({len(entries) - generated} curated, "
                f"{generated} generated) in {len(files)} files"
            )
    if problems:
        raise SystemExit(1)


@glossary_group.command("list")
@click.option("--kind", type=click.Choice(ENTRY_KINDS))
@click.option("--curated", is_flag=True, help="Leave out generated entries.")
@json_option
@pass_context
def list_entries(ctx: Context, kind: str | None, curated: bool, as_json: bool) -> None:
    """List entries."""
    glossary = Glossary.load(ctx.settings.glossary)
    chosen = [
        e
        for e in glossary.entries
        if (kind is None or e.kind == kind) and not (curated and e.generated)
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
        click.echo(f"{e.id:28} {e.kind:12} {e.en:30} {forms}")


@glossary_group.command()
@click.argument("lang", type=click.Choice(SOURCE_LANGS))
@click.argument("term")
@json_option
@pass_context
def lookup(ctx: Context, lang: str, term: str, as_json: bool) -> None:
    """Show the entry for TERM (a source form, a derived form, or the English)."""
    glossary = Glossary.load(ctx.settings.glossary)
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


@glossary_group.command()
@click.option("--id", "entry_id", required=True, help="Lowercase id, e.g. sergei-lavrov.")
@click.option("--kind", type=click.Choice(ENTRY_KINDS), required=True)
@click.option("--en", required=True, help="The English form.")
@click.option("--nl", default="", help="Dutch forms, separated by ' | '.")
@click.option("--de", default="", help="German forms, separated by ' | '.")
@click.option("--source", required=True, help="Article or reference that justifies the entry.")
@click.option("--by", "added_by", default=None, help="Who adds it (default: $USER).")
@click.option("--replace", is_flag=True, help="Change the entry with this id.")
@pass_context
def add(
    ctx: Context,
    entry_id: str,
    kind: str,
    en: str,
    nl: str,
    de: str,
    source: str,
    added_by: str | None,
    replace: bool,
) -> None:
    """Add (or with --replace, change) an entry; validated, written atomically."""
    from glossary.edit import save_entry

    entry = new_entry(entry_id, kind, en, {"nl": nl, "de": de}, source, added_by)
    target = save_entry(ctx.settings.glossary, entry, replace=replace)
    click.echo(f"{'changed' if replace else 'added'} {entry_id} in {target}")


@glossary_group.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--limit", default=50, show_default=True)
@json_option
@pass_context
def suggest(ctx: Context, paths: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Names in articles that no entry covers, most frequent first."""
    from glossary.suggest import suggest as find_suggestions

    glossary = Glossary.load(ctx.settings.glossary)
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
        click.echo(f"{s.count:3d}  {s.text:32} {kind:13} {s.contexts[0]}")


@glossary_group.command("generate-countries")
@click.option("--output", type=click.Path(dir_okay=False), default=None)
@pass_context
def generate_countries(ctx: Context, output: str | None) -> None:
    """(Re)write countries.tsv from CLDR (Babel), skipping forms curated entries have."""
    from pathlib import Path

    from glossary.cldr import country_entries

    folder = ctx.settings.glossary
    target = (
        Path(output) if output else (folder if folder.is_dir() else folder.parent) / "countries.tsv"
    )
    curated = [f for f in glossary_files(folder) if f != target]
    existing, problems = read_files(curated)
    if problems:
        raise GlossaryError(problems)
    entries = country_entries(existing)
    write_atomically(
        target, render(entries, "Generated from CLDR by `newsbridge glossary generate-countries`.")
    )
    click.echo(f"wrote {len(entries)} entries to {target}")
