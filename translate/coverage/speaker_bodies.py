"""Bodies and full names behind the words of a reporting clause: the organisation or
country they name from the glossary's matches ("volgens het Kremlin", "het Witte Huis liet
weten"), and a surname written with its particle first as the one full name the article
gave it before ("Volgens Van Dijk" after "Erik van Dijk")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary.duplicates import initials
from glossary.languages import PARTICLE_ARTICLES, SURNAME_PARTICLES
from glossary.matcher import Match
from translate.coverage.classed_orgs import classed_org
from translate.coverage.clause_words import ACRONYM, DETERMINERS, NOT_NAMES, ROLES
from translate.coverage.speaker_names import NAME, is_role
from translate.coverage.text_index import earliest_start


def organisation_of(
    who: str, matches: Sequence[Match], found: tuple[str, str] | None, lang: str
) -> tuple[str | None, str | None] | None:
    """(English name, glossary id) of the organisation or country the words ``who`` of a
    reporting clause name, from the glossary's ``matches`` in them: "volgens het Kremlin",
    "Rusland heeft duidelijk gemaakt" (the entry and nothing but a determiner, never a
    genitive: "Berlins früherer Bürgermeister"), "het Witte Huis liet weten"; (None, None)
    for "het Kremlin" the glossary lacks (a noun, maybe); else None: not decided here."""
    whole = [
        m
        for m in matches
        if m.entry.kind in ("organisation", "place")
        # the entry's name, or its name spelt out ("Freie Demokratische Partei" of "FDP"),
        # not another form's English ("IAEA-chef" is the IAEA's chief)
        and (m.english == m.entry.en or initials(m.english) == m.entry.en)
    ]
    if whole:
        before = who[: whole[0].start].strip().casefold()
        rest = who[whole[0].end :].strip(" ,.")
        if len(whole) == 1 and not rest and (not before or before in DETERMINERS.get(lang, ())):
            return whole[0].entry.en, whole[0].entry.id
    orgs = [m for m in matches if m.entry.kind == "organisation"]
    if (
        len(orgs) == 1
        and (found is None or found[0] == "org")
        and not who[orgs[0].end :].strip(" ,.")
        and not _modified(who[: orgs[0].start], lang)
    ):
        return orgs[0].entry.en, orgs[0].entry.id
    classed = classed_org(who, lang)  # "der Netzbetreiber Ukrenerho": the glossary's, if it has it
    if classed is not None:
        entry = [m for m in orgs if who[m.start : m.end] == classed]
        return (entry[0].entry.en, entry[0].entry.id) if len(entry) == 1 else (classed, None)
    if found and found[0] == "org" and who.split()[0].casefold() in DETERMINERS.get(lang, ()):
        return None if ACRONYM.match(found[1]) else (None, None)
    return None


def _modified(before: str, lang: str) -> bool:
    """A capitalised word right before an entry's words makes them another body than the
    entry's: "der Berliner Senat" is not the US Senate the glossary's "Senat" is."""
    words = before.split() if before.endswith(" ") else []
    last = words[-1] if words else ""
    return last[:1].isupper() and last.casefold() not in DETERMINERS.get(lang, ())


def particle_full(who: str, surname: str, before: str) -> str | None:
    """ "Van Dijk" of ``who`` as the one full name the article gave ``before`` ("Erik van
    Dijk"): a surname written with its particle first, capitalised."""
    lead = "|".join(p.capitalize() for p in SURNAME_PARTICLES)
    articles = "|".join(PARTICLE_ARTICLES)
    m = re.search(rf"\b((?:{lead})(?:\s+(?:{articles}))?)\s+{re.escape(surname)}\b", who)
    if m is None:
        return None
    start = earliest_start(before, surname)  # not the whole text before once a quotation
    if start is None:
        return None
    tail = rf"\s+{m.group(1).casefold()}\s+{re.escape(surname)}(?!\w)"
    firsts = set(re.compile(rf"({NAME}){tail}").findall(before, start))
    if len(firsts) != 1:
        return None
    first = firsts.pop()
    # "Peter Hein van Mulligen": two first names, the one before no role or function word
    double = re.compile(rf"(?<![\w.])({NAME}) {re.escape(first)}{tail}").findall(before, start)
    plain = len(set(double)) == 1 and not any(
        is_role(double[0], c) or double[0].casefold() in NOT_NAMES[c] | set(DETERMINERS[c])
        for c in ROLES
    )
    first = f"{double[0]} {first}" if plain else first
    return f"{first} {m.group(1).casefold()} {surname}"
