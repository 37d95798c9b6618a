"""Loopback load for the benchmarks: a fixed number of clients requesting one address for
a bounded time (never anything but this machine's own server)."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request


def hammer(url: str, seconds: float, clients: int) -> tuple[int, int, float]:
    """(good answers, errors, seconds taken) of ``clients`` threads requesting ``url``."""
    ok = errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        nonlocal ok, errors
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    response.read()
                    good = response.status == 200
            except (urllib.error.URLError, OSError):
                good = False
            with lock:
                ok += good
                errors += not good

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return ok, errors, time.monotonic() - started
