"""Entries that look like one organisation written twice: an abbreviation and its name
spelt out ("NATO" and "North Atlantic Treaty Organization"). Two entries for one
organisation split what it said over two speakers' pages; one entry with the full name as
a form of its own (``Vereinte Nationen=United Nations``) keeps it together and still
renders the name as written. ``newsbridge glossary check`` lists them as notes."""

from __future__ import annotations

from collections.abc import Sequence

from glossary.entries import Entry

# Entries merged into another (removed id -> the id now), so a link to the old one still
# leads to the organisation's page.
MERGED: dict[str, str] = {
    "united-nations": "un",
    "european-union": "eu",
    "international-atomic-energy-agency": "iaea",
    "world-health-organization": "who",
    "international-monetary-fund": "imf",
    "world-trade-organization": "wto",
    "european-central-bank": "ecb",
    "cda-full": "cda",
    "cdu-full": "cdu",
    "csu-full": "csu",
    "fdp-full": "fdp",
}

# English words an abbreviation leaves out ("Organisation for Economic Co-operation and
# Development" is OECD).
_SKIPPED = frozenset({"of", "the", "for", "and", "on", "in"})


def initials(name: str) -> str:
    """The capitals an abbreviation of ``name`` would be made of ("World Health
    Organization" -> "WHO", "Co-operation" counts once)."""
    words = [w for w in name.split() if w.casefold() not in _SKIPPED]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def likely_duplicates(entries: Sequence[Entry]) -> list[tuple[Entry, Entry]]:
    """(abbreviation, spelt out) pairs of organisations: the first's English name is all
    capitals, the second's English name has those initials, in the order of the file."""
    organisations = [e for e in entries if e.kind == "organisation"]
    short = {e.en: e for e in organisations if len(e.en) >= 2 and e.en.isupper()}
    pairs = []
    for entry in organisations:
        if entry.en.isupper() or len(entry.en.split()) < 2:
            continue
        twin = short.get(initials(entry.en))
        if twin is not None and twin.id != entry.id:
            pairs.append((twin, entry))
    return pairs


__all__ = ["MERGED", "initials", "likely_duplicates"]
