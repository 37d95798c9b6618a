"""Where the words naming a speaker hold more or less than a name: a noun after a name
("Airbus Bestellungen"), nouns and places before a first name and surname ("Polizei
Hamburg Peter Kern"), and a glossary entry matched by a bare noun after a determiner ("der
Senat" of a city-state, not the US Senate the glossary's "Senat" stands for)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from glossary import Glossary, languages
from glossary.duplicates import initials
from glossary.matcher import Match
from translate.coverage.clause_words import DETERMINERS, STOPS
from translate.coverage.name_ends import body_of


def noun_word(word: str, lang: str) -> bool:
    """``word`` ends as only the language's plural nouns end ("Bestellungen"; the last group
    of its ``noun_endings``, not "Zeitung" of "Süddeutsche Zeitung"), never a name."""
    endings = languages.get(lang).noun_endings
    m = re.search(endings, word) if endings and len(word) >= 7 else None
    return m is not None and m.re.groups > 1 and m.lastindex == m.re.groups


def nouns_of(words: str, lang: str) -> bool:
    """The ``words`` after "von" in capitalised words hold a plural noun ("Welle von
    Atemwegserkrankungen"): a noun and what it is of, no name and its particle."""
    return any(noun_word(w, lang) for w in words.split())


def person_of(
    name: str,
    takes_determiner: Callable[[str], bool],
    who: str,
    matches: Sequence[Match],
    lang: str,
) -> str:
    """``name`` (read in ``who``) without the nouns (words ``takes_determiner``: they
    follow a determiner somewhere in the article) and places (the glossary's ``matches``
    in ``who``) a noun phrase put before a first name and
    surname ("Polizei Hamburg Peter Kern": Peter Kern), and without the place after them
    ("Femke Halsema van Amsterdam": Femke Halsema; "Jan van Amsterdam" stays)."""
    places = {who[m.start : m.end] for m in matches if m.entry.kind == "place"}
    words = name.split()
    if len(words) >= 4 and words[-1] in places and words[-2].casefold() in body_of(lang):
        words = words[:-2]
    cut = 0
    while len(words) - cut > 2 and (takes_determiner(words[cut]) or words[cut] in places):
        cut += 1
    return " ".join(words[cut:] if cut and takes_determiner(words[0]) else words)


def bare_entry(
    who: str, matches: Sequence[Match], glossary: Glossary | None, text: str, lang: str
) -> bool:
    """``who`` is one word (its determiner before it or not) the glossary matches by a form
    that is not its entry's first ("der Senat": the US Senate's "Senat", after
    "US-Senat"), and the article ``text`` names that entry by no other form: a common
    noun, maybe another body's (an acronym, "het OM", is a name)."""
    words = who.split()
    bare = len(words) == 1 or (len(words) == 2 and words[0].casefold() in DETERMINERS.get(lang, ()))
    if glossary is None or not bare:
        return False  # one word: "volgens de Senaat" read without its determiner
    whole = [m for m in matches if m.start == len(who) - len(words[-1]) and m.end == len(who)]
    if len(whole) != 1 or whole[0].entry.kind != "organisation":
        return False
    entry, form = whole[0].entry, whole[0].form
    forms = entry.forms.get(lang, ())
    if not forms or forms[0].text == form or sum(c.isupper() for c in form) > 1:
        return False
    if initials(whole[0].english) == entry.en:
        return False  # the name spelt out ("die Weltgesundheitsorganisation" of "WHO")
    return all(m.form == form for m in glossary.find(text, lang) if m.entry.id == entry.id)


def without_attribute(text: str, lang: str) -> str:
    """``text`` (the words after a reporting verb) without the attribute a participle ends
    between a determiner and its noun ("die zur Universität Stanford gehörende Hoover
    Institution": die Hoover Institution; "de in Berlijn wonende schrijfster"), so the
    words naming the speaker are read after it, not cut at its preposition."""
    ending = languages.get(lang).reporting.attributive
    dets, stops = "|".join(DETERMINERS.get(lang, ())), "|".join(STOPS.get(lang, ()))
    if not (ending and dets and stops):
        return text
    m = re.match(
        rf"\s*((?i:{dets}))\s+(?:{stops})\s+[^,.;:!?„“”\"«»]{{1,60}}?"
        rf"\s+[a-zäöüß]{{3,}}(?:end|t|en)(?:{ending})\s+(?=[A-ZÄÖÜa-z])",
        text,
    )
    return f"{m.group(1)} {text[m.end() :]}" if m else text
