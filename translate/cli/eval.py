"""``newsbridge eval``: BLEU, chrF and term accuracy of an engine on a parallel test set."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from glossary.entries import write_atomically
from translate.cli.common import (
    Context,
    LanguageChoice,
    emit_json,
    json_option,
    pass_context,
    progress_bar,
    ray_options,
    runner_for,
)
from translate.engines import CHOICES, choose_engine
from translate.pipeline.evaluate import (
    TestSet,
    evaluate,
    find_flores,
    load_files,
    load_flores,
    load_seed_references,
    machine,
)
from translate.results import EvalReport
from translate.storage.codec import to_json
from translate.storage.stored import save_eval_run
from translate.vocab import SOURCE_LANGS


def _testsets(
    name: str,
    langs: tuple[str, ...],
    limit: int | None,
    src: Path | None,
    ref: Path | None,
    flores_dir: Path | None,
) -> list[TestSet]:
    if src or ref:
        if not (src and ref) or len(langs) != 1:
            raise click.UsageError("--src and --ref go together, with exactly one --lang")
        return [load_files(src, ref, langs[0], limit)]
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    sets = []
    for lang in langs:
        if name in ("flores", "all"):
            sets.append(load_flores(lang, limit, find_flores(flores_dir)))
        if name in ("seeds", "all"):
            try:
                sets.append(load_seed_references(seeds, lang, None))
            except ValueError:
                if name == "seeds":
                    raise
    return sets


@click.command("eval")
@click.option("--engine", type=click.Choice(CHOICES), default=None)
@click.option("--lang", "langs", multiple=True, type=LanguageChoice(SOURCE_LANGS))
@click.option(
    "--testset",
    type=click.Choice(["flores", "seeds", "all"]),
    default="flores",
    show_default=True,
    help="FLORES-200 devtest and/or the seeds' references.",
)
@click.option(
    "--flores-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="FLORES-200 devtest folder (default: $NEWSBRIDGE_FLORES, ../shared/eval/flores200).",
)
@click.option("--limit", type=int, default=None, help="First N sentences (FLORES, --src).")
@click.option("--src", type=click.Path(dir_okay=False, path_type=Path), help="Source lines.")
@click.option("--ref", type=click.Path(dir_okay=False, path_type=Path), help="Reference lines.")
@click.option(
    "--glossary-mode",
    type=click.Choice(["both", "on", "off"]),
    default="both",
    show_default=True,
    help="Score with glossary enforcement, without, or both (to show what it adds).",
)
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Save JSON here.")
@ray_options
@json_option
@pass_context
def eval_command(
    ctx: Context,
    engine: str | None,
    langs: tuple[str, ...],
    testset: str,
    limit: int | None,
    src: Path | None,
    ref: Path | None,
    flores_dir: Path | None,
    glossary_mode: str,
    report: Path | None,
    ray_address: str | None,
    ray_actors: int | None,
    ray_install_models: bool,
    as_json: bool,
) -> None:
    """Score an engine: sacrebleu BLEU and chrF (with signatures) and term accuracy."""
    langs = langs or tuple(SOURCE_LANGS)
    sets = _testsets(testset, langs, limit, src, ref, flores_dir or ctx.settings.flores_dir)
    chosen = choose_engine(engine or ctx.settings.engine, ctx.settings, langs)
    glossary = ctx.glossary()
    assert glossary is not None
    modes = {"both": (False, True), "on": (True,), "off": (False,)}[glossary_mode]
    rows = []
    with runner_for(ray_address, ray_actors, ray_install_models) as runner:
        for test in sets:
            for enforce in modes:
                label = f"{test.name} ({'glossary' if enforce else 'no glossary'})"
                with progress_bar(label, enabled=sys.stderr.isatty() and not as_json) as advance:
                    row = evaluate(test, chosen, ctx.store, glossary, enforce, advance, runner)
                rows.append(row)
    created = datetime.now(UTC).isoformat(timespec="seconds")
    result = EvalReport(created, tuple(rows), machine())
    # The store keeps the summary the Quality page reads on every request; the sentences
    # go to --report and --json.
    summary = to_json(result)
    for row in summary["results"]:
        del row["per_sentence"]
    save_eval_run(ctx.store, created, summary, chosen.name)
    if report:
        text = json.dumps(to_json(result), indent=2, ensure_ascii=False)
        write_atomically(report, text + "\n")
    if as_json:
        emit_json(to_json(result))
        return
    click.echo(
        f"{'test set':28} {'glossary':9} {'n':>5} {'BLEU':>6} {'chrF':>6} {'terms':>6}"
        f" {'flagged':>8} {'rho':>6} {'chrF flagged/not':>17}"
    )
    for row in rows:
        terms = "-" if row.term_accuracy is None else f"{row.term_accuracy:.0%}"
        doubt = row.doubt
        assert doubt is not None  # evaluate() always measures it
        rho = "-" if doubt.spearman is None else f"{doubt.spearman:.2f}"
        split = "/".join(
            "-" if value is None else f"{value:.1f}"
            for value in (doubt.chrf_flagged, doubt.chrf_unflagged)
        )
        click.echo(
            f"{row.testset:28} {'on' if row.glossary else 'off':9} {row.sentences:5d} "
            f"{row.bleu:6.1f} {row.chrf:6.1f} {terms:>6}"
            f" {doubt.flagged_share or 0:8.0%} {rho:>6} {split:>17}"
        )
    if rows:
        click.echo(f"BLEU {rows[0].bleu_signature}")
        click.echo(f"chrF {rows[0].chrf_signature}")
