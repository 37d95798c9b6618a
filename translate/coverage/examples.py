"""Reported speech of a group named by one of its members as an example ("Kritiker wie
der Informatiker Klaus von Thadden bezweifeln, dass …", "Critici zoals hoogleraar Anna
Smit betwijfelen dat …"): the member named speaks. The word between is the language's
``Reporting.as_told`` ("wie", "zoals"), which also opens "Wie X sagte, …"."""

from __future__ import annotations

import re

from glossary import languages

# A plural noun of people, capitalised where the sentence starts, the word of the
# example, then its words up to the verb.
_EXAMPLE = r"\s*[A-ZÄÖÜ][\w-]+\s+(?i:{told})\s+([^,;:„“\"]{{3,80}}?)"


def example_subject(who: str, lang: str) -> str:
    """The member named in ``who`` ("Kritiker wie Klaus Kern": Klaus Kern), or ``who``."""
    told = languages.get(lang).reporting.as_told
    m = re.fullmatch(_EXAMPLE.format(told=told) + r"\s*", who) if told else None
    return m.group(1) if m else who


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
    return m.end(), len(text), m.group(1), verb
