"""A role with its determiner ("zei de koning", "aldus de minister") as the one person
the article named with that role word right before the name ("Koning Willem-Alexander",
"minister Femke van der Laan", "Kapitän Jan Olsen"); written from Dutch news, any
language's words."""

from __future__ import annotations

import functools
import re

from glossary import languages
from glossary.languages import SURNAME_PARTICLES
from glossary.languages.title_links import former
from translate.coverage.clause_words import DETERMINERS, NAME_WORD, acronym_person
from translate.coverage.portfolios import without_portfolio_at
from translate.coverage.speaker_names import is_role, name_in, surname_role

_name_in = functools.lru_cache(maxsize=4096)(name_in)


def role_named(who: str, text: str, at: int, lang: str) -> str | None:
    """The name of the one person ``text`` names before ``at`` with the role ``who``
    gives after its definite determiner ("der Trainer"; not "ein Trainer", "dieser
    Trainer"); None where it names none or several, where it mentions another holder of
    the role before ``at`` ("een woordvoerder", "de Duitse minister", "Ajax-trainer",
    "zijn advocaat"), where the role word also names a body ("der Stadtrat"), or where the
    role goes with another's portfolio anywhere in ``text`` ("de minister van
    Financiën"; not the portfolio of the name after it: "minister van Justitie Anouk
    Willems"). A person by age ("die 33-Jährige") is no one: a name with that age before
    may be a club's ("Werder Bremen (33)"), another's, or of another gender."""
    words = who.split()
    if acronym_person(who, lang):
        return _acronym_holder(words[-1], text[:at], lang)  # "des SPD-Politikers"
    if len(words) != 2 or words[0].casefold() not in _definite(lang):
        return None
    role = words[1]
    nouns = languages.get(lang).capitalises_nouns  # German writes "der Trainer"
    if not (role.islower() or (nouns and role[1:].islower())):
        return None
    if not (is_role(role, lang) or surname_role(role, lang)) or "-" in role:
        return None
    if role.casefold() in languages.get(lang).reporting.words("body_roles"):
        return None  # "der Stadtrat": the council as well as a councillor
    # "Minister van Justitie Anouk Willems": her portfolio, read as "Minister Anouk Willems"
    text, at = without_portfolio_at(text, at, lang)
    first, unsure = _holders(text, role, lang)
    return first[1] if first[0] < at and unsure >= at else None


def _acronym_holder(word: str, text: str, lang: str) -> str | None:
    """The one name ``text`` gives after the acronym's role ``word`` in any of its forms
    ("der SPD-Politiker Karl Berger", then "des SPD-Politikers"); None where it gives none,
    several, or the role without a name ("ein SPD-Politiker"): maybe someone else."""
    acronym, _, role = word.partition("-")
    stems = {role[: len(role) - cut].casefold() for cut in (0, 1, 2)}
    particle = "|".join(SURNAME_PARTICLES)
    name = rf"{NAME_WORD.pattern}(?:\s+(?:(?:{particle})\s+)*{NAME_WORD.pattern}){{0,3}}"
    held: set[str] = set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}-(\w+)", text):
        if not stems & {m.group(1)[: len(m.group(1)) - cut].casefold() for cut in (0, 1, 2)}:
            continue  # another role of the acronym's
        named = re.match(rf"\s+({name})", text[m.end() : m.end() + 200])
        found = _name_in(f"{m.group(0)} {named.group(1)}", lang) if named else None
        if found is None or found[0] not in ("name", "rolename"):
            return None
        held.add(found[1])
    return held.pop() if len(held) == 1 else None


@functools.cache
def _definite(lang: str) -> frozenset[str]:
    """The determiners of ``lang`` that name one known holder: no indefinite article, no
    demonstrative."""
    reporting = languages.get(lang).reporting
    other = {*reporting.words("indefinite"), *reporting.words("demonstratives")}
    return frozenset(set(DETERMINERS.get(lang, ())) - other)


@functools.lru_cache(maxsize=64)
def _holders(text: str, role: str, lang: str) -> tuple[tuple[int, str], int]:
    """((offset, name) of the first mention of ``role`` with a name in ``text``, the
    offset of the first mention that makes the role's holder unsure): one holder named
    ("minister Jan Smit", then "de minister"), until the role goes without a name after
    no definite determiner, in a compound, or with another name. Once per article; the
    role is searched alone and its compound's start read from the 40 characters before
    it (a pattern with the start first was quadratic on long hyphenated words)."""
    end = len(text) + 1
    reporting = languages.get(lang).reporting
    of = "|".join(g.replace(" ", r"\s+") for g in reporting.words("genitive")) or "$^"
    if re.search(rf"(?<![\w-]){re.escape(role)}\s+(?:{of})\s", text, re.IGNORECASE):
        return (end, ""), -1
    definite = _definite(lang)
    particle = "|".join(SURNAME_PARTICLES)
    name = rf"{NAME_WORD.pattern}(?:\s+(?:(?:{particle})\s+)*{NAME_WORD.pattern}){{0,3}}"
    first: tuple[int, str] = (end, "")
    # where nouns are lower case, a capitalised role word that is a surname too is one
    surnames = surname_role(role, lang) and not languages.get(lang).capitalises_nouns
    for m in re.finditer(rf"(?i:{re.escape(role)})(?![\w-])", text):
        back = text[max(0, m.start() - 40) : m.start()]
        compound = re.search(r"[\w-]+\Z", back)
        start = compound.group(0) if compound else ""
        if len(start) == len(back) and m.start() > len(back):
            return first, m.start()  # a compound too long to read: maybe someone else
        named = re.match(rf"\s+({name})", text[m.end() : m.end() + 200])
        if start and not (named is not None and _same_office(start, role, lang)):
            return first, m.start()  # "Ajax-trainer", "oud-minister": another holder
        if named is not None and any(former(w, lang) for w in back.split()[-1:]):
            return first, m.start()  # "der frühere Kanzler X": not the one "der Kanzler" is
        if named is not None:
            found = _name_in(f"{start}{role} {named.group(1)}", lang)
            if found is None or found[0] not in ("name", "rolename") or _role_first(found, role):
                return first, m.start()  # the role before no sure name: maybe someone else
            if first[0] < end and found[1] != first[1]:
                return first, m.start()
            first = first if first[0] < end else (m.start() - len(start), found[1])
            continue
        before = back.split()[-1:]
        if not before or before[0].casefold() not in definite:
            return first, m.start()  # "een woordvoerder", "de Duitse minister", "zijn …"
        if surnames and m.group(0)[:1].isupper():
            return first, m.start()  # "Jan de Boer": the surname, maybe the one speaking
    return first, end


def _role_first(found: tuple[str, str], role: str) -> bool:
    """The name ``found`` after a role still starts with the role word ("Bauer Hans" of
    "Bauer Hans sagte"): the role may be a surname, not sure."""
    return found[1].split()[0].casefold() == role.casefold()


def _same_office(start: str, role: str, lang: str) -> bool:
    """A compound's ``start`` before a role leaves the office the role's where the
    language writes compounds closed and lists the start for the role
    (``Reporting.same_offices``, "starts:roles" pairs): "Gesundheitsminister Frank
    Albers" is "der Minister", "Bundestrainer X" "der Trainer"; "Vizekanzler X",
    "Torwarttrainer X", "Ministerpräsident X", "Staatssekretär X" and "Ajax-trainer X"
    are not."""
    if not languages.get(lang).capitalises_nouns:
        return False
    for pair in languages.get(lang).reporting.words("same_offices"):
        starts, _, roles = pair.partition(":")
        listed = "|".join(map(re.escape, starts.split()))  # "Bundesbildungs-" too
        if re.fullmatch(f"(?:{listed})+", start.casefold()) and role.casefold() in roles.split():
            return True
    return False
