"""Fetching a feed of N items, pages included, from a loopback server (no translation).

    python benchmarks/fetch_loopback.py [--items 200] [--delay 0]

The pages are FLORES-200 Dutch articles when ``../shared/eval/flores200`` is there (else
a generated Dutch text), served by a local HTTP server; the store is a temporary file.
``--delay`` is the per-host delay (newsbridge's default is 1 s, which alone makes N items
from one host take N seconds; 0 measures newsbridge's own cost).
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import record

from translate.config import Settings
from translate.pipeline.evaluate import find_flores, load_flores
from translate.sources.feeds import fetch_urls
from translate.sources.fetch import Fetcher
from translate.storage.store import Store


def texts(count: int) -> list[tuple[str, str]]:
    try:
        flores = load_flores("nl", None, find_flores(Settings.from_env().flores_dir))
        docs = [[flores.sources[i] for i in d] for d in flores.documents if len(d) >= 3]
    except Exception:  # no FLORES here: a generated text
        docs = [[f"Dit is zin {k} van het bericht over de gesprekken in Genève." for k in range(6)]]
    return [
        (f"Bericht {n}: " + docs[n % len(docs)][0][:40], " ".join(docs[n % len(docs)]))
        for n in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()

    pages = {}
    items = []
    for n, (title, body) in enumerate(texts(args.items)):
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split(". "))
        pages[f"/a/{n}"] = (
            f"<!doctype html><html><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{paragraphs}</article></body></html>"
        ).encode()
        items.append(f"<item><title>{title}</title><link>{{base}}/a/{n}</link></item>")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/rss":
                body = (
                    '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback</title>'
                    + "".join(items).replace("{base}", base)
                    + "</channel></rss>"
                ).encode()
                kind = "application/rss+xml"
            elif self.path in pages:
                body, kind = pages[self.path], "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "f.sqlite3") as store:
        fetcher = Fetcher(delay=args.delay)
        started = time.perf_counter()
        report = fetch_urls(fetcher, store, [f"{base}/rss"])
        seconds = time.perf_counter() - started
        fetcher.close()
    server.shutdown()
    figure = (
        f"{len(report.added)} added, {len(report.failed)} failed, "
        f"{seconds:.1f} s ({seconds / max(1, args.items) * 1000:.0f} ms per item), "
        f"delay {args.delay:g} s"
    )
    print(f"{args.items} items: {figure}")
    record.save(
        "fetch",
        f"benchmarks/fetch_loopback.py --items {args.items}",
        [(f"a loopback feed of {args.items} items, pages included", figure)],
    )
    for line in report.failed[:5]:
        print("  failed", line)


if __name__ == "__main__":
    main()
