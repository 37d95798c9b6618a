"""A role with its determiner ("zei de koning", "aldus de minister") as the one person
the article named with that role word right before the name ("Koning Willem-Alexander",
"minister Femke van der Laan", "Kapitän Jan Olsen"); written from Dutch news, any
language's words."""

from __future__ import annotations

import functools
import re

from glossary import languages
from glossary.languages import SURNAME_PARTICLES
from translate.coverage.clause_words import DETERMINERS, NAME_WORD
from translate.coverage.portfolios import without_portfolio
from translate.coverage.speaker_names import is_role, name_in

_name_in = functools.lru_cache(maxsize=4096)(name_in)


def role_named(who: str, text: str, at: int, lang: str) -> str | None:
    """The name of the one person ``text`` names before ``at`` with the role ``who``
    gives after its determiner; None where it names none or several, where it mentions
    another holder of the role before ``at`` ("een woordvoerder", "de Duitse minister",
    "Ajax-trainer", "zijn advocaat"), or where the role goes with another's portfolio
    anywhere in ``text`` ("de minister van Financiën"; not the portfolio of the name
    after it: "minister van Justitie Anouk Willems")."""
    words = who.split()
    if len(words) != 2 or words[0].casefold() not in DETERMINERS.get(lang, ()):
        return None
    if words[1][:1].isdigit():
        return _aged(words[1], text[:at], lang)
    role = words[1]
    nouns = languages.get(lang).capitalises_nouns  # German writes "der Trainer"
    if not (role.islower() or (nouns and role[1:].islower())):
        return None
    if not is_role(role, lang) or "-" in role:
        return None
    # "Minister van Justitie Anouk Willems": her portfolio, read as "Minister Anouk Willems"
    at, text = len(without_portfolio(text[:at], lang)), without_portfolio(text, lang)
    first, unsure = _holders(text, role, lang)
    return first[1] if first[0] < at and unsure >= at else None


@functools.lru_cache(maxsize=64)
def _holders(text: str, role: str, lang: str) -> tuple[tuple[int, str], int]:
    """((offset, name) of the first mention of ``role`` with a name in ``text``, the
    offset of the first mention that makes the role's holder unsure): one holder named
    ("minister Jan Smit", then "de minister"), until the role goes without a name after
    no definite determiner, in a compound, or with another name. Once per article."""
    end = len(text) + 1
    reporting = languages.get(lang).reporting
    of = "|".join(g.replace(" ", r"\s+") for g in reporting.words("genitive")) or "$^"
    if re.search(rf"(?<![\w-]){re.escape(role)}\s+(?:{of})\s", text, re.IGNORECASE):
        return (end, ""), -1
    definite = set(DETERMINERS.get(lang, ())) - set(reporting.words("indefinite"))
    particle = "|".join(SURNAME_PARTICLES)
    name = rf"{NAME_WORD.pattern}(?:\s+(?:(?:{particle})\s+)*{NAME_WORD.pattern}){{0,3}}"
    first: tuple[int, str] = (end, "")
    for m in re.finditer(rf"(?<!\w)([\w-]*)(?i:{re.escape(role)})(?![\w-])", text):
        named = re.match(rf"\s+({name})", text[m.end() : m.end() + 200])
        if m.group(1) and not (named is not None and _same_office(m.group(1), lang)):
            return first, m.start()  # "Ajax-trainer", "oud-minister": another holder
        if named is not None:
            found = _name_in(f"{m.group(1)}{role} {named.group(1)}", lang)
            if found is None or found[0] not in ("name", "rolename"):
                return first, m.start()  # the role before no sure name: maybe someone else
            if first[0] < end and found[1] != first[1]:
                return first, m.start()
            first = first if first[0] < end else (m.start(), found[1])
            continue
        before = text[max(0, m.start() - 40) : m.start()].split()[-1:]
        if not before or before[0].casefold() not in definite:
            return first, m.start()  # "een woordvoerder", "de Duitse minister", "zijn …"
    return first, end


def _aged(noun: str, text: str, lang: str) -> str | None:
    """The one person ``text`` names with the age a noun of a person by age gives
    (``Reporting.aged``: "die 33-Jährige" after "Anna Weber (33)" or "Anna Weber, 33,");
    None where it names none or several so."""
    aged = languages.get(lang).reporting.aged
    m = re.fullmatch(rf"(\d{{1,3}})-(?i:{aged})", noun) if aged else None
    if m is None:
        return None
    name = rf"{NAME_WORD.pattern}(?:\s+{NAME_WORD.pattern}){{1,3}}"
    age = re.escape(m.group(1))
    found = {
        named[1]
        for x in re.finditer(rf"({name})\s*(?:\({age}\)|,\s*{age}\s*,)", text)
        if (named := _name_in(x.group(1), lang)) is not None and named[0] == "name"
    }
    return found.pop() if len(found) == 1 else None


def _same_office(start: str, lang: str) -> bool:
    """A compound's ``start`` before a role leaves the office the role's where the
    language writes compounds closed: "Gesundheitsminister Frank Albers" is "der
    Minister", "Vizekanzler X" and "Ajax-trainer X" are not."""
    other = languages.get(lang).reporting.words("other_offices")
    low = start.casefold()
    return (
        languages.get(lang).capitalises_nouns
        and not start.endswith("-")
        and not low.startswith(other)
    )
