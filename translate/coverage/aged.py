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
import weakref
from typing import TYPE_CHECKING

from glossary.languages import NAME_PARTICLES
from glossary.languages.ages import AGED, GENDERS, GIVEN, UNNAMED
from glossary.languages.first_names import FEMALE, MALE
from translate.coverage.genders import gender_of
from translate.coverage.speaker_names import is_role

if TYPE_CHECKING:
    from translate.coverage.speakers import Speakers

Person = tuple[str, str | None]
# A name: capitalised words, particles between ("Jan de Vries", "Karl von Stetten").
_WORD = r"[A-ZÀ-Ý][\w'’-]+"
_PARTICLE = "|".join(sorted(map(re.escape, NAME_PARTICLES), key=len, reverse=True))
_NAME = rf"(?<![\w-]){_WORD}(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)*{_WORD}){{1,3}}"


def aged_person(speakers: Speakers, who: str, at: int) -> Person | None:
    """(English name, glossary id) of whom ``who`` ("der 52-Jährige") at offset ``at``
    refers back to by age, where sure (see the module doc); else None."""
    lang = speakers.article.lang
    m = re.fullmatch(AGED.get(lang, "$^"), who.strip())
    if m is None:
        return None
    first, second = _given(speakers).get(m.group(2), (None, None))
    if first is None or first[0] >= at or (second is not None and second < at):
        return None  # no one given that age before, or two people
    person = first[1]
    if not person[0]:
        return None  # "Ein 52-Jähriger …": the one given that age first has no name
    wanted = GENDERS[lang].get(m.group(1).casefold())
    theirs = gender_of(person[0])
    if wanted is not None and theirs is not None and wanted != theirs:
        return None  # "die 52-Jährige" after "Tom Berger (52)"
    return person


# per article: age -> (the first person given it and where, where a second one is)
Given = dict[str, tuple[tuple[int, Person], int | None]]
_SEEN: weakref.WeakKeyDictionary[Speakers, Given] = weakref.WeakKeyDictionary()


def _given(speakers: Speakers) -> Given:
    """Each age the article gives a person, with the first person given it (and where) and
    where another person is first given it; read once per article, each name once (a long
    article of ages stays linear)."""
    if speakers in _SEEN:
        return _SEEN[speakers]
    lang, text = speakers.article.lang, speakers.article.text
    given = GIVEN.get(lang, "$^")
    read: dict[str, Person | None] = {}
    hits: list[tuple[int, str, Person]] = []
    for pattern in (
        rf"(?P<name>{_NAME})\s*\(\s*(?P<age>\d{{1,3}})\s*\)",
        rf"(?P<name>{_NAME}),\s*(?P<age>\d{{1,3}})\s*,",
        rf"(?<!\w){given}\s+(?:[a-zäöüß]\w*\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?(?P<name>{_NAME})",
    ):
        for hit in re.finditer(pattern, text):
            name, at = hit.group("name"), hit.start("name")
            if name not in read:
                named = speakers.resolve_clause(name, at, None)
                before = text[max(0, at - 40) : at].split()[-1:]
                role = bool(before) and is_role(before[0], lang)  # "Schaatsster Ireen Wüst"
                sure = named[0] and (named[1] or role or _first_named(named[0]))
                read[name] = (named[0], named[1]) if sure and named[0] else None
            if (person := read[name]) is not None:
                hits.append((at, hit.group("age"), person))
    found: Given = {}
    for hit in re.finditer(UNNAMED.get(lang, "$^"), text):  # "von einem 52-Jährigen …"
        hits.append((hit.start(), hit.group("age"), ("", None)))
    for at, age, person in sorted(hits, key=lambda h: h[0]):
        if age not in found:
            found[age] = ((at, person), None)
        elif found[age][1] is None and not _same(found[age][0][1][0], person[0] or "?"):
            found[age] = (found[age][0], at)
    _SEEN[speakers] = found
    return found


def _same(one: str, other: str) -> bool:
    """The same person: one name the end of the other ("Berg" of "Tom Berg"; not "Anna
    Berg"); an unnamed person ("") is no one named."""
    a, b = sorted((one.casefold().split(), other.casefold().split()), key=len)
    return bool(a) and b[-len(a) :] == a


def _first_named(name: str) -> bool:
    """``name`` starts with a first name ("Tom Berger"; not "Werder Bremen")."""
    words = name.split()
    return len(words) >= 2 and (words[0] in FEMALE or words[0] in MALE)
