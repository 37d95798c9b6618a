"""Load test: the library and compare pages on waitress, on loopback, for a bounded time.

    python benchmarks/load.py [--seconds 10] [--clients 8]

Serves a store filled with the seeds (``none`` engine, so it needs no model) and prints
requests per second and the error count for each page.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import tempfile
import threading
from pathlib import Path

import record
from loopback import hammer

from translate.cli import main as newsbridge
from translate.config import Settings
from web import create_app

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

PAGES = {
    "library": "/",
    "compare": "/compare/4e756820e369413a/68aa529f7daee083",
    "article": "/article/4e756820e369413a",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=4, help="waitress worker threads")
    args = parser.parse_args()

    from waitress import create_server

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth" notes

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.sqlite3"
        # The seeds translated (none engine: no model needed) and grouped, as the CLI does.
        for command in (
            ["translate", *map(str, SEEDS), "--engine", "none"],
            ["stories", "--engine", "none"],
        ):
            with contextlib.redirect_stdout(io.StringIO()):
                newsbridge(["--db", str(db), *command], standalone_mode=False)
        settings = Settings.from_env().with_overrides(db_path=db, home=Path(tmp), engine="none")
        app = create_app({"SETTINGS": settings, "SECRET_KEY": "load", "ENGINE": "none"})
        server = create_server(app, host="127.0.0.1", port=0, threads=args.threads)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.effective_port}"
        print(
            f"waitress, {args.threads} threads; {args.clients} clients; {args.seconds:.0f} s a page"
        )
        figures = []
        for name, path in PAGES.items():
            ok, errors, elapsed = hammer(base + path, args.seconds, args.clients)
            print(f"{name:8} {ok / elapsed:8.1f} req/s  {ok:6d} ok  {errors:4d} errors")
            figures.append(
                (f"{name} page, the seeds", f"{ok / elapsed:.0f} req/s, {errors} errors")
            )
        server.close()
        where = (
            f"waitress, {args.threads} threads, {args.clients} clients, {args.seconds:g} s a page: "
        )
        record.save("load", "benchmarks/load.py", [(where + w, f) for w, f in figures])


if __name__ == "__main__":
    main()
