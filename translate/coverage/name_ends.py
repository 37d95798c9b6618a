"""Where a person's name ends before the organisation they work for: "Piet Jansen van
Shell", "Jan van der Velde van Scheldestromen" (a first name and a surname already read,
then "van"/"von" and a capitalised word: where they work, no surname particle)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from glossary import languages
from glossary.languages import NAME_PARTICLES, PARTICLE_ARTICLES, UPPER
from glossary.languages.given_names import given_names
from glossary.matcher import Match
from translate.coverage.clause_words import DETERMINERS, NAME_WORD
from translate.doubt.text import zipf


def body_of(lang: str) -> tuple[str, ...]:
    """The preposition between a person or body and the organisation they belong to
    ("Piet Jansen van Shell", "die Vereinsleitung von Borussia Dortmund"):
    ``Reporting.body_of``."""
    return languages.get(lang).reporting.words("body_of")


def works_at(
    read: list[str], word: str, lang: str, rest: list[str] | None = None, after: str = ""
) -> bool:
    """``word`` (``body_of``: "van", "von") after the words ``read`` of a name opens the name of the
    place its bearer works at: ``read`` ends in a capitalised word and holds two that are
    no role (a first name and a surname); not where the capitalised word after it is
    followed by such a preposition again ("Peter Hein van Mulligen van het CBS": a surname
    particle, then where he works). ``rest``: the words after the capitalised one; ``after``:
    the word right after ``word``."""
    from translate.coverage.speaker_names import is_role  # speaker_names imports this

    if word not in body_of(lang) or not read or not NAME_WORD.fullmatch(read[-1]):
        return False
    if rest and rest[0].casefold() in body_of(lang):
        return False
    if after and after.casefold() in languages.get(lang).reporting.words("surname_articles"):
        return False  # "Anne Marie van der Linden": a surname
    roles = [i for i, w in enumerate(read) if is_role(w, lang)]
    # only the words after the last role name the person ("Gronings gedeputeerde Tjeerd
    # van Dekken": "Gronings" is no first name, "van Dekken" his surname)
    own = read[roles[-1] + 1 :] if roles else read
    names = [w for w in own if NAME_WORD.fullmatch(w)]
    return len(names) >= 2


def with_particle_surname(
    name: str, who: str, text: str, lang: str, matches: Sequence[Match] = ()
) -> str:
    """``name`` ("Peter Hein", read in ``who``: "Peter Hein van Mulligen") with the words
    after it that ``works_at`` cut off, where the article ``text`` names that person by
    them with the particle capitalised ("Van Mulligen verwacht …", "zei Van Mulligen"): a
    surname, not where they work; or where "van" follows them again ("Peter Hein van
    Mulligen van het CBS"); else ``particle_or_body`` (``matches``: the glossary's in
    ``who``, its places and organisations; nothing before ``name`` in ``who``: bare)."""
    of = "|".join(body_of(lang)) or "$^"
    m = re.search(rf"(?<!\w){re.escape(name)}\s+({of})\s+([A-Z][\w'’-]+)$", who.strip(" ,."))
    if m is None:
        places = tuple(who[hit.start : hit.end] for hit in matches if hit.entry.kind != "person")
        return particle_or_body(name, text, lang, places, who.strip(" ,.:").startswith(name))
    surname, full = f"{m.group(1).capitalize()} {m.group(2)}", f"{name} {m.group(1)} {m.group(2)}"
    again = re.search(rf"{re.escape(full)}\s+(?:{of})\s", text)  # "… van het CBS"
    return full if again or re.search(rf"\b{surname}\b", text) else name


def next_is_name(text: str, at: int) -> bool:
    """A surname particle ("von der Leyen", "van Dijk"): a capitalised word follows
    within two words, with no comma between."""
    rest = text[at:].split()[:2]
    if not rest:
        return False
    if NAME_WORD.fullmatch(rest[0].strip(",.;:")):
        return True
    return (
        rest[0] in PARTICLE_ARTICLES
        and len(rest) > 1
        and bool(NAME_WORD.fullmatch(rest[1].strip(",.;:")))
    )


def particle_or_body(
    name: str, text: str, lang: str, places: tuple[str, ...] = (), bare: bool = False
) -> str:
    """``name`` read as a first name, "von"/"van" and a surname ("Karl von Stetten") where
    the article ``text`` writes the last two words without the first ("so von Bredow");
    else its first word alone where the last is where its bearer works or comes from
    (``workplace``; ``places``: the glossary's places and organisations in the words
    read), where the article writes the first word standing alone elsewhere ("Trainer
    Klopp von Liverpool … Klopp lachte": a surname; not "Jan Smit", "Max-Planck-Institut":
    other names), or where it is no common first name of the language (``given_names``:
    "Bürgermeister Schmidt von Kiel"); else ``name`` whole. A ``bare`` noun of no person
    before "von" and a surname the article gives one person in full is that person's
    words ("Zitat von Schröder" after "Gerhard Schröder")."""
    from translate.coverage.speaker_names import is_person_noun  # it imports this module

    words = name.split()
    if len(words) != 3 or words[1] not in body_of(lang):
        return name
    first, last = words[0], words[2]
    index = _particle_index(text, lang)
    if index.after[last] > index.pairs[(first, last)]:
        return name  # "… so von Bredow": the surname written without the first name
    names = given_names(lang)
    unknown = bool(names) and not all(part in names for part in first.split("-"))
    full = index.full.get(last, frozenset())
    if bare and unknown and len(full) == 1 and not is_person_noun(first, lang):
        return next(iter(full))
    cut = workplace(last, lang, places) or first in index.alone or unknown
    return first if cut else name


def workplace(word: str, lang: str, places: tuple[str, ...] = ()) -> bool:
    """``word`` after "von" names where someone works or comes from, not a family name,
    where the language lists first names (``given_names``; not Dutch: "van Dijk", "van
    Utrecht" are family names): one of the glossary's ``places`` and organisations
    ("Interpol", "Bayern"), or a common word in the language or in English ("Welt",
    "Kiel", "Siemens", "Liverpool", "Harvard"; not "Bredow", "Stetten", "Storch")."""
    if not given_names(lang):
        return False
    if any(word in place.split() for place in places):
        return True
    return zipf(word, lang) >= COMMON_HERE or zipf(word, languages.TARGET_LANG) >= COMMON_THERE


# How common (wordfreq's Zipf scale) a word after "von" is where it names a place or an
# employer: in the article's language ("Kiel" 4.4, "Siemens" 4.1; the family names "Storch"
# 3.7, "Bismarck" 3.75, "Stetten" 3.2 are below), or in English ("Liverpool" 4.4, "Harvard"
# 4.2, "Stanford" 4.0; "Bismarck" 3.2).
COMMON_HERE = 3.8
COMMON_THERE = 3.5


@dataclass(frozen=True)
class ParticleIndex:
    """One article's words around "von"/"van" (``body_of``), read once: the capitalised
    words it writes standing alone (no capitalised word after them, nor a particle and one,
    nor a hyphen: "Klopp lachte", not "Jan Smit", "Anna de Vries", "Max-Planck-Institut"),
    how often it writes the particle before a word ("von Bredow"), and a word, the particle
    and a word ("Ulrike von Bredow"); and the full names, a first name (``given_names``) and
    a word after it, by that word ("Schröder": "Gerhard Schröder")."""

    alone: frozenset[str]
    after: Counter[str]
    pairs: Counter[tuple[str, str]]
    full: dict[str, frozenset[str]]


_WORD = rf"{UPPER}[\w'’]*(?:-[\w'’]+)*(?![\w'’-])"


@lru_cache(maxsize=8)
def _particle_index(text: str, lang: str) -> ParticleIndex:
    """The ``ParticleIndex`` of ``text`` (the same article is asked once per speaker)."""
    particles = "|".join(sorted(NAME_PARTICLES))
    alone = re.compile(rf"(?<![\w'’-]){_WORD}(?!\s+(?:(?:{particles})\s+){{0,2}}{UPPER})")
    after: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    of = "|".join(body_of(lang)) or "$^"
    for m in re.finditer(rf"(?<!\w)(?i:{of})\s+({_WORD})", text):
        after[m.group(1)] += 1
        before = re.search(r"([\w'’.-]+)\s+$", text[max(0, m.start() - 60) : m.start()])
        if before:
            pairs[(before.group(1), m.group(1))] += 1
    names, full = given_names(lang), defaultdict[str, set[str]](set)
    for m in re.finditer(rf"(?<![\w'’-])({_WORD})(?=\s+({_WORD}))", text):
        if m.group(1) in names:
            full[m.group(2)].add(f"{m.group(1)} {m.group(2)}")
    found = frozenset(m.group(0) for m in alone.finditer(text))
    return ParticleIndex(found, after, pairs, {k: frozenset(v) for k, v in full.items()})


def outlet_head(who: str, lang: str) -> str | None:
    """The determiner and noun of an outlet (``Reporting.outlets``) that open ``who``
    before a capitalised word or a determiner ("die Zeitung Berger", "de krant Jan Smit",
    "die Zeitung den Manager X"): no part of the name after; None where ``who`` opens
    otherwise."""
    outlets = languages.get(lang).reporting.outlets
    dets = "|".join(DETERMINERS.get(lang, ())) or "$^"
    m = re.match(
        rf"\s*(?:(?i:{dets})\s+)?(?:{outlets or '$^'})(?=\s+(?:(?:{dets})\s+)?[A-ZÄÖÜ])", who
    )
    return m.group(0).strip() if m else None


def outlet_named(who: str, lang: str) -> str:
    """``who`` without an outlet's noun before the name ("das Magazin Spiegel": Spiegel);
    the noun alone where no capitalised name follows it ("die Zeitung der Stadt Bonn")."""
    head = outlet_head(who, lang)
    if head is None:
        return who
    rest = who.strip()[len(head) :].strip()
    return rest if rest[:1].isupper() else head
