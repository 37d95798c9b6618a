"""``newsbridge outlets``: the outlets the stored articles name, and merging or renaming
them (every article, page and JSON answer then names the outlet the same way)."""

from __future__ import annotations

import click

from translate.cli.common import Context, emit_json, json_option, pass_context


@click.group("outlets")
def outlets_group() -> None:
    """The outlets of the stored articles: list, merge, rename."""


@outlets_group.command("list")
@json_option
@pass_context
def outlets_list(ctx: Context, as_json: bool) -> None:
    """Every outlet with its spellings, domains, language, country and articles."""
    found = ctx.store.list_outlets()
    if as_json:
        emit_json({"outlets": found})
        return
    for outlet in found:
        others = [s for s in outlet.spellings if s != outlet.name]
        also = f"  also {', '.join(others)}" if others else ""
        where = ", ".join(outlet.domains) or "-"
        click.echo(
            f"{outlet.name}  [{outlet.language or '?'}/{outlet.country or '?'}]  "
            f"{outlet.articles} articles  {where}{also}"
        )


@outlets_group.command("merge")
@click.argument("keep")
@click.argument("other")
@pass_context
def outlets_merge(ctx: Context, keep: str, other: str) -> None:
    """Make OTHER one outlet with KEEP: its spellings, domains and articles become KEEP's
    (the articles keep their translations and comparisons)."""
    name, changed = ctx.store.merge_outlets(keep, other)
    click.echo(f"{other} is now {name}: {changed} articles renamed")


@outlets_group.command("rename")
@click.argument("old")
@click.argument("new")
@pass_context
def outlets_rename(ctx: Context, old: str, new: str) -> None:
    """Give an outlet a new name; the old one stays a spelling of it."""
    name, changed = ctx.store.rename_outlet(old, new)
    click.echo(f"{old} is now {name}: {changed} articles renamed")
