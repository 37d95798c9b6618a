"""A role with its determiner ("zei de koning", "aldus de minister") as the one person
the article named with that role word right before the name ("Koning Willem-Alexander",
"minister Femke van der Laan"); written from Dutch news, any language's words."""

from __future__ import annotations

import re

from glossary import languages
from glossary.languages import SURNAME_PARTICLES
from translate.coverage.clause_words import DETERMINERS, NAME_WORD
from translate.coverage.speaker_names import is_role, name_in


def role_named(who: str, text: str, at: int, lang: str) -> str | None:
    """The name of the one person ``text`` names before ``at`` with the role ``who``
    gives after its determiner; None where it names none or several, or where the role
    goes with another's portfolio anywhere in ``text`` ("de minister van Financiën")."""
    words = who.split()
    if len(words) != 2 or words[0].casefold() not in DETERMINERS.get(lang, ()):
        return None
    role = words[1]
    if not role.islower() or not is_role(role, lang) or "-" in role:
        return None
    genitive = languages.get(lang).reporting.words("genitive")
    of = "|".join(g.replace(" ", r"\s+") for g in genitive) or "$^"
    if re.search(rf"(?<![\w-]){re.escape(role)}\s+(?:{of})\s", text, re.IGNORECASE):
        return None
    particle = "|".join(SURNAME_PARTICLES)
    name = rf"{NAME_WORD.pattern}(?:\s+(?:(?:{particle})\s+)*{NAME_WORD.pattern}){{0,3}}"
    named = set()
    for m in re.finditer(rf"(?<![\w-])(?i:{re.escape(role)})\s+({name})", text[:at]):
        found = name_in(f"{role} {m.group(1)}", lang)
        if found is None or found[0] not in ("name", "rolename"):
            return None  # the role before no sure name: maybe someone else
        named.add(found[1])
    return named.pop() if len(named) == 1 else None
