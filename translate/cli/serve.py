"""``newsbridge serve``: the pages on a real WSGI server (waitress)."""

from __future__ import annotations

import click

from translate.cli.common import Context, pass_context


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64))
@click.option(
    "--allow-host",
    "allowed",
    multiple=True,
    help="Another host name the pages answer to (besides --host and loopback names).",
)
@click.option(
    "--engine",
    default=None,
    help="Engine for articles added in the browser (default: NEWSBRIDGE_ENGINE or auto).",
)
@click.option(
    "--refresh",
    type=click.FloatRange(min=1, min_open=False),
    metavar="MINUTES",
    help="Fetch every feed (newsbridge feeds add) this often and translate what is new."
    " Off by default: the server uses no network unless asked.",
)
@pass_context
def serve(
    ctx: Context,
    host: str,
    port: int,
    threads: int,
    allowed: tuple[str, ...],
    engine: str | None,
    refresh: float | None,
) -> None:
    """Serve the comparison pages (waitress) on HOST:PORT."""
    # The command line sits above both the pipeline and the pages; only this command
    # needs the pages, so they are imported when it runs.
    from waitress import serve as run

    from web import create_app

    settings = ctx.settings.with_overrides(allowed_hosts=(*ctx.settings.allowed_hosts, *allowed))
    app = create_app(
        {
            "SETTINGS": settings,
            "ENGINE": engine or settings.engine,
            "SERVE_HOST": host,
            "REFRESH_MINUTES": f"{refresh:g}" if refresh else None,
        }
    )
    if refresh:
        from web.worker import FeedRefresher, get_worker

        FeedRefresher(settings, get_worker(app), refresh).start()
        click.echo(f"fetching the feeds every {refresh:g} minutes")
    click.echo(f"newsbridge is serving on http://{host}:{port}/  (Ctrl+C stops it)")
    run(app, host=host, port=port, threads=threads, ident="newsbridge")
