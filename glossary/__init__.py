"""Names and titles rendered right: the glossary data, its format, matching and enforcement.

This package imports nothing else of newsbridge's.
"""

from __future__ import annotations

from pathlib import Path

from glossary.entries import Entry, GlossaryError, Problem
from glossary.matcher import Enforced, Glossary, Hit, Match, Protected, term_accuracy

DATA_DIR = Path(__file__).resolve().parent / "data"

__all__ = [
    "DATA_DIR",
    "Enforced",
    "Entry",
    "Glossary",
    "GlossaryError",
    "Hit",
    "Match",
    "Problem",
    "Protected",
    "term_accuracy",
]
