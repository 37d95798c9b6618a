"""What the command prints, made safe for a terminal whatever it holds.

A title, a feed's name or an error message comes from outside; printed raw, an escape
sequence in it could retitle the window (OSC), move the cursor or recolour the screen
(CSI), or hide what is printed before it. Everything written to standard output and
standard error passes through :func:`clean`, piped or not: escape sequences are removed
whole, other control characters (C0 but newline and tab, DEL, C1) dropped. Standard
error keeps a carriage return that opens a write (a progress bar redrawing its line).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

# ESC (or the 8-bit CSI and OSC) and what follows it: CSI with its parameters, OSC/DCS/
# APC/PM/SOS strings up to their terminator (BEL or ST) or the end, or one more character.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b.?",
    re.DOTALL,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str, keep_return: bool = False) -> str:
    """``text`` without escape sequences or control characters (but newline and tab)."""
    lead = "\r" if keep_return and text.startswith("\r") else ""
    return lead + _CONTROL.sub("", _SEQUENCE.sub("", text[len(lead) :]))


class _Clean:
    """A text stream that cleans what is written to it before it reaches ``inner``."""

    def __init__(self, inner: TextIO, keep_return: bool) -> None:
        self._inner = inner
        self._keep_return = keep_return

    def write(self, text: str) -> int:
        self._inner.write(clean(text, self._keep_return))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding, errors, fileno...
        if name == "buffer":  # writing bytes around the cleaning is not offered
            raise AttributeError(name)
        return getattr(self._inner, name)


@contextmanager
def safe_output() -> Iterator[None]:
    """Standard output and error cleaned for as long as the block runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = _Clean(out, keep_return=False)
    sys.stderr = _Clean(err, keep_return=True)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
