"""``newsbridge corrections``: fix a sentence's English once, for every article that
carries it; list, undo, history; TMX out and in."""

from __future__ import annotations

from pathlib import Path

import click

from glossary.entries import user_name
from translate.cli.common import Context, emit_json, json_option, pass_context
from translate.coverage.compare import after_correction
from translate.results import Correction
from translate.storage import correction_store, tmx
from translate.storage.stored import sentence_at

# "-1" (the title) would read as an option otherwise.
_NUMBERS = {"ignore_unknown_options": True}


def _number(raw: str) -> int:
    if raw == "title":
        return -1
    if not correction_store.SENTENCE_NUMBER.fullmatch(raw):
        message = f"SENTENCE_NUMBER is a number (-1 or title: the title), not {raw!r}"
        raise click.UsageError(message)
    return int(raw)


def _refresh(ctx: Context, keys: list[str]) -> list[str]:
    """The quotations of the articles showing these sentences stored again; their ids.
    The change itself is stored already (its own transaction): a store too busy for the
    quotations now (another writer) is said, not reported as the change failing."""
    try:
        return after_correction(ctx.store, keys, ctx.glossary())
    except Exception as exc:  # the store busy, or reading the quotations failed
        click.echo(
            f"note: the change is stored; the quotations it touches were not stored again"
            f" ({type(exc).__name__}: {exc}): newsbridge quotes does it",
            err=True,
        )
        return sorted({a for key in keys for a in correction_store.articles_with(ctx.store, key)})


def _line(c: Correction) -> str:
    english = "(the machine's English again)" if c.english is None else repr(c.english)
    where = f"  [{c.article_id} #{c.sentence}]" if c.article_id else ""
    return f"{c.at}  {c.by:12} {c.action:7} {c.key} {c.lang}: {c.source!r} -> {english}{where}"


@click.group("corrections")
def corrections_group() -> None:
    """People's corrections of the English: add, list, undo, history, TMX export and import."""


@corrections_group.command("add", context_settings=_NUMBERS)
@click.argument("article_id")
@click.argument("sentence_number")
@click.option("--english", required=True, help="The right English for the sentence.")
@click.option("--by", default=None, help="Who corrects it (default: $USER).")
@pass_context
def add(ctx: Context, article_id: str, sentence_number: str, english: str, by: str | None) -> None:
    """Correct sentence SENTENCE_NUMBER of a stored article (numbered as ``translate
    --json`` numbers them; -1 or title: the title). Every article with the same sentence
    shows it; nothing is translated again."""
    try:
        lang, source, machine = sentence_at(ctx.store, article_id, _number(sentence_number))
        change = correction_store.correct(ctx.store, lang, source, english, user_name(by), machine,
                                     article_id, _number(sentence_number))  # fmt: skip
    except (LookupError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    if change is None:
        click.echo("unchanged: that is the sentence's English already")
        return
    ids = _refresh(ctx, [change.key])
    click.echo(f"corrected {change.key}: {change.english!r}")
    click.echo(f"  shown in {len(ids)} article{'s' if len(ids) != 1 else ''}: {', '.join(ids)}")


@corrections_group.command("list")
@click.option("--page", type=click.IntRange(min=1), default=1, help="Page of 100, newest first.")
@json_option
@pass_context
def list_command(ctx: Context, page: int, as_json: bool) -> None:
    """The corrections in force, newest first."""
    total, found = correction_store.listing(ctx.store, (page - 1) * 100, 100)
    if as_json:
        emit_json({"corrections": found, "total": total, "page": page})
        return
    for c in found:
        click.echo(f"{c.key}  {c.lang}  {c.source}")
        click.echo(f"    = {c.english}   ({c.by}, {c.at})")
    click.echo(f"-- {total} corrections")


def _key(ctx: Context, ref: str, sentence_number: str | None) -> str:
    if sentence_number is None:
        if not correction_store.KEY_PATTERN.fullmatch(ref):
            raise click.UsageError("give a correction's id (see list), or ARTICLE_ID SENTENCE")
        return ref
    try:
        lang, source, _machine = sentence_at(ctx.store, ref, _number(sentence_number))
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    return correction_store.sentence_key(lang, source)


@corrections_group.command("undo", context_settings=_NUMBERS)
@click.argument("ref")
@click.argument("sentence_number", required=False)
@click.option("--by", default=None, help="Who undoes it (default: $USER).")
@pass_context
def undo(ctx: Context, ref: str, sentence_number: str | None, by: str | None) -> None:
    """Undo the last change of a sentence's English: REF is a correction's id (see list),
    or an ARTICLE_ID followed by a SENTENCE_NUMBER."""
    try:
        change = correction_store.undo(ctx.store, _key(ctx, ref, sentence_number), user_name(by))
    except (LookupError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    _refresh(ctx, [change.key])
    now = "the machine's English" if change.english is None else repr(change.english)
    click.echo(f"undone: {change.key} now shows {now}")


@corrections_group.command("history", context_settings=_NUMBERS)
@click.argument("ref", required=False)
@click.argument("sentence_number", required=False)
@json_option
@pass_context
def history(ctx: Context, ref: str | None, sentence_number: str | None, as_json: bool) -> None:
    """Every change (of one sentence: its id, or ARTICLE_ID SENTENCE_NUMBER), newest first."""
    key = _key(ctx, ref, sentence_number) if ref else None
    total, found = correction_store.history(ctx.store, key, 0, 1_000_000)
    if as_json:
        emit_json({"changes": found, "total": total})
        return
    for c in found:
        click.echo(_line(c))
    click.echo(f"-- {total} changes")


@corrections_group.command("export")
@click.option("--tmx", "path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--all", "everything", is_flag=True, help="Every stored translation too.")
@pass_context
def export(ctx: Context, path: Path, everything: bool) -> None:
    """Write the corrections (with --all, every stored translation: each unit says whether
    a person or which engine made it) to a TMX 1.4b file."""
    count = tmx.write(path, tmx.stored_units(ctx.store, everything))
    click.echo(f"wrote {count} units to {path}")


@corrections_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--by", default=None, help="Who imports (default: $USER).")
@pass_context
def import_command(ctx: Context, file: Path, by: str | None) -> None:
    """Read a TMX file from any CAT tool: each unit with a Dutch or German and an English
    sentence becomes a correction. A file with any fault is refused whole."""
    try:
        units, skipped = tmx.read_units(file)
        changed = correction_store.import_units(ctx.store, units, user_name(by))
    except (tmx.TMXError, ValueError) as exc:
        raise click.ClickException(f"{exc}; nothing was imported") from None
    ids = _refresh(ctx, [correction_store.sentence_key(lang, source) for lang, source, _ in units])
    click.echo(
        f"imported {changed} corrections from {len(units)} units"
        + (f" ({skipped} units without a Dutch or German and an English sentence)" if skipped
           else "")
        + f"; {len(ids)} stored articles show them"
    )  # fmt: skip
