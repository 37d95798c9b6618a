"""A speaker referred back to by age ("„…“, sagte der 52-Jährige", "aldus de 34-jarige"):
the one person the article named before with that age ("Tom Berger (52)", "Tom Berger, 52,",
"der 52-jährige Tom Berger"; ``glossary.languages.ages``), a name of two words or more
whose first is a first name (``glossary.languages.first_names``), after a role word
("Schaatsster Ireen Wüst (34)"), or a person of the glossary. No one where the article
gives that age with two people, gives no age, or where the determiner's gender ("die
52-Jährige") is not the first name's. The age alone is no name: a club's points ("Werder
Bremen (33)") are no person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary.languages.ages import AGED, GENDERS, GIVEN
from glossary.languages.first_names import FEMALE, MALE
from translate.coverage.genders import gender_of
from translate.coverage.speaker_names import is_role

if TYPE_CHECKING:
    from translate.coverage.speakers import Speakers

Person = tuple[str, str | None]
# A name: capitalised words, particles between ("Jan de Vries", "Karl von Stetten").
_WORD = r"[A-ZÀ-Ý][\w'’-]+"
_NAME = rf"(?<![\w-]){_WORD}(?:[ \t]+(?:(?:van|von|de|der|den|ter|ten|zu)[ \t]+)*{_WORD}){{1,3}}"


def aged_person(speakers: Speakers, who: str, at: int) -> Person | None:
    """(English name, glossary id) of whom ``who`` ("der 52-Jährige") at offset ``at``
    refers back to by age, where sure (see the module doc); else None."""
    lang = speakers.article.lang
    m = re.fullmatch(AGED.get(lang, "$^"), who.strip())
    if m is None:
        return None
    age, text = m.group(2), speakers.article.text[:at]
    given = GIVEN[lang].replace(r"(\d{1,3})", re.escape(age))
    names: dict[str, Person] = {}  # by surname
    for pattern in (
        rf"({_NAME})\s*\(\s*{age}\s*\)",
        rf"({_NAME}),\s*{age}\s*,",
        rf"(?<!\w){given}\s+(?:[a-zäöüß]\w*\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?({_NAME})",
    ):
        for hit in re.finditer(pattern, text):
            name = hit.group(1)
            named = speakers.resolve_clause(name, hit.start(1), None)
            before = text[: hit.start(1)].split()[-1:]
            role = bool(before) and is_role(before[0], lang)  # "Schaatsster Ireen Wüst (34)"
            if named[0] is None or not (named[1] or role or _first_named(named[0])):
                continue
            names.setdefault(named[0].split()[-1].casefold(), (named[0], named[1]))
    if len(names) != 1:
        return None
    (person,) = names.values()
    wanted = GENDERS[lang].get(m.group(1).casefold())
    theirs = gender_of(person[0])
    if wanted is not None and theirs is not None and wanted != theirs:
        return None  # "die 52-Jährige" after "Tom Berger (52)"
    return person


def _first_named(name: str) -> bool:
    """``name`` starts with a first name ("Tom Berger"; not "Werder Bremen")."""
    words = name.split()
    return len(words) >= 2 and (words[0] in FEMALE or words[0] in MALE)
