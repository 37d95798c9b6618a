"""A loopback HTTP server for the tests, serving feeds and pages the tests build, and
helpers that build them: no test ever reaches outside this machine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from translate.sources.netpolicy import FetchPolicy

DUTCH = (
    "De Russische minister van Buitenlandse Zaken Sergej Lavrov heeft dinsdag in Genève "
    "gesproken met zijn Amerikaanse collega. Volgens het ministerie in Moskou verliep het "
    "gesprek zakelijk. De twee landen willen volgende week opnieuw overleggen over de "
    "situatie in Oekraïne en over de veiligheid in Europa. Een woordvoerder van de NAVO "
    "zei dat het bondgenootschap de gesprekken steunt, maar dat het niet zal ingaan op "
    "eisen over de uitbreiding naar het oosten."
)
GERMAN = (
    "Der russische Außenminister Sergej Lawrow hat am Dienstag in Genf mit seinem "
    "amerikanischen Kollegen gesprochen. Nach Angaben des Ministeriums in Moskau verlief "
    "das Gespräch sachlich. Beide Länder wollen in der kommenden Woche erneut über die "
    "Lage in der Ukraine und die Sicherheit in Europa beraten. Ein Sprecher der Nato "
    "sagte, das Bündnis unterstütze die Gespräche, werde aber nicht auf Forderungen nach "
    "einem Verzicht auf die Osterweiterung eingehen."
)


def page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{s.rstrip('.')}.</p>" for s in body.split(". "))
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Meer uit Buitenland</footer></body></html>"
    ).encode()


def rss(items: list[tuple[str, str, str]], title: str = "Test Nieuws") -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{date}</pubDate>"
        "<author>redactie@example.org (Redactie)</author></item>"
        for t, link, date in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://example.org/</link>{entries}</channel></rss>"
    ).encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Nachrichten</title>
<id>urn:test</id><updated>2021-12-08T10:00:00Z</updated>
<entry><title>Lawrow in Genf</title><link href="/de/lawrow"/><id>urn:1</id>
<updated>2021-12-08T10:00:00Z</updated></entry></feed>"""


class Site:
    """Routes of the loopback server: path -> (status, headers, body); requests logged."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.slow: set[str] = set()
        self.drip: set[str] = set()  # answered one byte every 0.2 s


@contextmanager
def serve_site() -> Iterator[tuple[Site, str]]:
    """A loopback server answering from a :class:`Site`'s routes; its base URL."""
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, dict(self.headers)))
            if self.path in state.slow:
                time.sleep(2)
            status, headers, body = state.routes.get(self.path, (404, {}, b"not here"))
            if (
                status == 200
                and headers.get("ETag")
                and (self.headers.get("If-None-Match") == headers["ETag"])
            ):
                status, body = 304, b""
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.path in state.drip:
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.2)
                return
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that stops reading (a response over the cap) is expected

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# The loopback server's address, allowed explicitly (a fetch reaches public addresses only).
LOOPBACK = FetchPolicy.parse(["127.0.0.1"])

HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/rss+xml"}
