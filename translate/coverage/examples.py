"""Reported speech of a group named by one of its members as an example ("Kritiker wie
der Informatiker Klaus von Thadden bezweifeln, dass …", "Critici zoals hoogleraar Anna
Smit betwijfelen dat …"): the member named speaks. The word between is the language's
``Reporting.as_told`` ("wie", "zoals"), which also opens "Wie X sagte, …"."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import DETERMINERS

# A plural noun of people, capitalised where the sentence starts, the word of the
# example, then its words up to the verb.
_EXAMPLE = r"\s*[A-ZÄÖÜ][\w-]+\s+(?i:{told})\s+([^,;:„“\"]{{3,80}}?)"


def _one_member(member: str, lang: str) -> bool:
    """``member`` names one person or body: no coordination ("Klaus Kern und Anna Weber",
    "de VVD en het CDA") and no determiner after its first word (a genitive, "der Anwalt
    der Familie Weber": the family is no member)."""
    reporting = languages.get(lang).reporting
    words = [w.casefold() for w in member.split()]
    return not set(words) & set(reporting.words("coordinating")) and not set(words[1:]) & set(
        DETERMINERS.get(lang, ())
    )


def example_subject(who: str, lang: str, text: str = "") -> str:
    """The member named in ``who`` ("Kritiker wie Klaus Kern": Klaus Kern), or ``who``;
    not the subject of a passive in ``text`` ("Eltern wie X werden informiert, dass")."""
    reporting = languages.get(lang).reporting
    m = (
        re.fullmatch(_EXAMPLE.format(told=reporting.as_told) + r"\s*", who)
        if reporting.as_told
        else None
    )
    if m is None or not _one_member(m.group(1), lang):
        return who
    passive = rf"{re.escape(who)}\s+(?:{reporting.passive_auxiliaries or '$^'})(?!\w)"
    return who if re.search(passive, text) else m.group(1)


def examples_account(
    text: str, lang: str, says: str, that: str
) -> tuple[int, int, str, str] | None:
    """(content start, content end, who, cue) of "Kritiker wie X bezweifeln, dass …": a
    verb in the plural whose third person singular (the plural's "-en"/"-n" for "-t")
    reports (``says``), then the content's conjunction."""
    told = languages.get(lang).reporting.as_told
    if not told or that == "$^":
        return None
    m = re.match(_EXAMPLE.format(told=told) + rf"\s+(\w+?e?n)\s*,?\s+(?=(?:{that})\b)", text)
    if m is None:
        return None
    verb = m.group(2)
    singular = [verb[:-2] + "t", verb[:-1] + "t"] if verb.endswith("en") else [verb[:-1] + "t"]
    if not any(re.fullmatch(rf"(?:{says})", form) for form in singular):
        return None
    if not _one_member(m.group(1), lang):
        return None  # "Kritiker wie X und Y bezweifeln, dass": no one of them
    return m.end(), len(text), m.group(1), verb
