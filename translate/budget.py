"""The bounds of the work a thread is doing for a job: cancelled, or past its time budget.

A job's worker thread runs its work inside :func:`watching`; long loops (sentence
splitting window by window, planning and assembling sentence by sentence, finding
quotations, aligning, the llm's decoding token by token) call :func:`check`, which
raises :class:`Stopped` as soon as the job is cancelled or over its budget. Outside a
job (the command line) :func:`check` costs one attribute lookup and never stops.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Stopped(Exception):
    """The job was cancelled or ran out of its budget; the message says which."""


_current = threading.local()


@contextmanager
def watching(stop: Callable[[], str | None]) -> Iterator[None]:
    """Work in this block is stopped where it calls :func:`check` and ``stop`` says why."""
    before = getattr(_current, "stop", None)
    _current.stop = stop
    try:
        yield
    finally:
        _current.stop = before


def check() -> None:
    """Raise :class:`Stopped` if the job this thread works for is to stop."""
    stop: Callable[[], str | None] | None = getattr(_current, "stop", None)
    if stop is not None and (why := stop()) is not None:
        raise Stopped(why)
