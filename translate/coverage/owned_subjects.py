"""A reporting clause whose subject is a possessive, a noun and a name ("Sein Gegner
Jannik Sinner lobte Zverev als „…“", "Ihr Anwalt Peter Weber kritisierte Richterin Anna
Roth: „…“"): the name in that subject speaks, not the verb's object after it. Only the
possessives ``Descriptions.possessive_genders`` lists (nominative forms; not "Seinen
Kollegen X lobte Y", whose object comes first)."""

from __future__ import annotations

import re

from glossary.languages.descriptions import descriptions
from translate.coverage.speaker_names import name_in

_NOUN = r"[A-ZÄÖÜ][\w-]*"


def owned_subject(first: str, lang: str) -> str | None:
    """The name of ``first`` (a clause's start before its verb, the sentence's last
    clause) where it is a possessive, one capitalised noun and a name and nothing else;
    None otherwise."""
    owners = {p.split(":")[0] for p in descriptions(lang).possessive_genders.split("|") if p}
    first = re.split(r"[.!?]\s+|,\s*", first.strip(" ,"))[-1]
    words = first.split()
    if len(words) < 3 or words[0].casefold() not in owners or not re.fullmatch(_NOUN, words[1]):
        return None
    found = name_in(" ".join(words[2:]), lang)
    if found is None or found[0] != "name" or found[1] != " ".join(words[2:]):
        return None
    return " ".join(words[2:])
