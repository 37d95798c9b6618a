"""Names and titles rendered right: the glossary data, its format, matching and enforcement.

This package imports nothing else of newsbridge's.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

from glossary.accuracy import term_accuracy  # noqa: E402
from glossary.entries import Entry, GlossaryError, Problem  # noqa: E402
from glossary.layers import SHIPPED, USER, Layer, StaleEdit  # noqa: E402
from glossary.matcher import Enforced, Glossary, Hit, Match, Protected  # noqa: E402

__all__ = [
    "DATA_DIR",
    "SHIPPED",
    "USER",
    "Enforced",
    "Entry",
    "Glossary",
    "GlossaryError",
    "Hit",
    "Layer",
    "Match",
    "Problem",
    "Protected",
    "StaleEdit",
    "term_accuracy",
]
