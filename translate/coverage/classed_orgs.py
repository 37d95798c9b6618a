"""Organisations a reporting clause names by their kind and then their name ("der
Netzbetreiber Ukrenerho", "die Fluggesellschaft Lufthansa", "des Autobauers Volkswagen":
the name after the noun of the kind, ``glossary.languages.org_nouns``), or, in a language
that capitalises nouns, by a capitalised adjective and a noun ("der Deutsche Wetterdienst",
"das Europäische Parlament": a German adjective takes a capital only in a name). None
where the words are any other shape: a person's noun after the adjective ("der Erste
Bürgermeister"), a name that is a noun, a function word or a person's role."""

from __future__ import annotations

import re

from glossary import languages
from glossary.languages.org_nouns import kinds
from translate.coverage.clause_words import ACRONYM, DETERMINERS, NAME_WORD, NOT_NAMES
from translate.coverage.speaker_names import is_person_noun, is_role

_GENITIVE = ("", "s", "es")  # "des Autobauers Volkswagen", "des Konzerns RWE"
# Ends of the nominative of a capitalised adjective in a name ("Deutsche", "Paritätische",
# "Europäische", "Soziale", "Vereinigte", "Neue", "Rote", "Grüne"), not of a noun in -e
# ("Börse", "Schule")
_ADJECTIVE_ENDS = "sche|che|liche|ige|ale|are|ene|te|eue|ote|üne|eie"


def _of_kind(word: str, lang: str) -> bool:
    low = word.casefold()
    return any(
        low.endswith(kind + end) and not is_role(word, lang)
        for kind in kinds(lang)
        for end in _GENITIVE
        if len(low) >= len(kind + end)
    )


def _name_words(words: list[str], lang: str) -> bool:
    """``words`` are an organisation's name: one to four capitalised words or acronyms (an
    ampersand between: "Haus & Grund"), none a determiner, a function word, a role or a
    noun of a person, none ending in a hyphen ("Maschinen-")."""
    if not 1 <= len(words) <= 4 or words[0] == "&" or words[-1] == "&":
        return False
    dets = DETERMINERS.get(lang, ())
    for word in words:
        if word == "&":
            continue
        low = word.casefold()
        if not NAME_WORD.fullmatch(word) or word.endswith("-") or low in dets:
            return False
        if low in NOT_NAMES.get(lang, frozenset()) or low in languages.get(lang).function_words:
            return False
        if not ACRONYM.match(word) and (is_role(word, lang) or is_person_noun(word, lang)):
            return False
    return True


def classed_org(who: str, lang: str) -> str | None:
    """The organisation's name the words ``who`` give after a determiner and the noun of its
    kind ("Der Netzbetreiber Ukrenerho": "Ukrenerho"), or a capitalised adjective and a
    noun after a determiner ("Der Deutsche Wetterdienst"); None for any other words."""
    words = re.sub(r"\([^)]*\)", " ", who).split()
    if len(words) < 3 or words[0].casefold() not in DETERMINERS.get(lang, ()):
        return None
    if words[0].casefold() in languages.get(lang).reporting.words("indefinite"):
        return None  # "ein Sprecher", "eine Hamburger Reederei": no name
    if _of_kind(words[1], lang) and _name_words(words[2:], lang):
        return " ".join(words[2:])
    adjective = words[1]
    if (
        len(words) == 3
        and languages.get(lang).capitalises_nouns
        and re.fullmatch(rf"[A-ZÄÖÜ][a-zäöüß]+(?:{_ADJECTIVE_ENDS})", adjective)  # "Deutsche"
        and not is_person_noun(adjective, lang)  # "Der Kollege Müller"
        and NAME_WORD.fullmatch(words[2])
        and not ACRONYM.match(words[2])
        and not is_role(words[2], lang)
        and not is_person_noun(words[2], lang)
        and words[2].casefold() not in NOT_NAMES.get(lang, frozenset())
    ):
        return f"{adjective} {words[2]}"
    return None
