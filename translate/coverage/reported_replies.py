"""A verb of a reply or a feeling that reports only with a particle of its own ("X legte
nach, …", "X führte aus, …") and otherwise may be any verb ("Thomas Müller legte ein Tor
auf, der Stürmer traf …", "Der Bus führte zur Uni, …"): without the particle (a reflexive
is none: "ärgerte sich, der Zug hatte Verspätung") the words after its comma are an
account only where they are in Konjunktiv I ("X deutete auf die Karte, dort liege …")
and the subject names someone. The verbs and their particles are the language's
(``Reporting.replies``, in ``separable``'s form)."""

from __future__ import annotations

import re
from functools import cache

from glossary import languages
from translate.coverage.clauses import reported
from translate.coverage.moods import subjunctive_content
from translate.coverage.speaker_names import name_in

# What a subject without the particle must be: someone named, or a pronoun.
PEOPLE = ("name", "surname", "rolename", "pronoun")


@cache
def _replies(lang: str) -> dict[str, tuple[str, ...]]:
    """Each verb of ``Reporting.replies`` with its particles, the reflexive left out."""
    reporting = languages.get(lang).reporting
    reflexive = set(reporting.words("reflexive"))
    return {
        verb.casefold(): tuple(p for p in particles.split("|") if p and p not in reflexive)
        for verb, _, particles in (e.partition(":") for e in reporting.replies.split())
    }


def bare_reply(verb: str, between: str, rest: str, who: str, lang: str) -> bool:
    """``verb``, a reply's, lacks its particle in ``between`` (its words up to the comma)
    and ``rest`` (after the comma) is no content in Konjunktiv I, or ``who`` names no one:
    no account."""
    particles = _replies(lang).get(verb.casefold())
    if particles is None:
        return False
    if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", between) for p in particles):
        return False  # "legte im Interview nach, …"
    if not (reported(rest, lang) or subjunctive_content(rest, lang)):
        return True
    named = name_in(who, lang) if who.strip() else None
    return named is None or named[0] not in PEOPLE


__all__ = ["bare_reply"]
