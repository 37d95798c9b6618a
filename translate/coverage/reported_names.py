"""Who a reported statement's words name where ``translate.coverage.reported``'s rules
read no one: a name at the end of the words ("der Weltverband FIFA", "die SPD-Fraktion",
"der Vorsitzende des Ausschusses Paul Kern", "de VVD-fractie"), and whether a sentence
names someone else than the speaker it would carry on ("Von Y liegt die Äußerung vor,
…"). The words that make each shape are the language's (``glossary.languages``)."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import DETERMINERS, STOPS
from translate.coverage.speaker_names import is_name, is_role, name_in
from translate.coverage.speakers import Speakers
from translate.records import Sentence


def speaker_at_end(
    speakers: Speakers, who: str, at: int, lang: str
) -> tuple[str | None, str | None]:
    """(English name, glossary id) of the name ``named_at_end`` reads in ``who`` (no
    pronoun), at offset ``at``; (None, None) where it reads none."""
    if not who or name_in(who, lang) == ("pronoun", who.strip()):
        return None, None
    name = named_at_end(who, lang)
    return speakers.resolve_clause(name, at, None) if name is not None else (None, None)


def names_another(speakers: Speakers, sentence: Sentence, speaker: tuple[str, str | None]) -> bool:
    """``sentence`` names one person who is not ``speaker`` (by surname): maybe theirs."""
    other = speakers.named_in(sentence)
    return other is not None and other[0].split()[-1] != speaker[0].split()[-1]


def named_at_end(who: str, lang: str) -> str | None:
    """The name at the end of words naming a speaker that no other rule reads: after a
    definite determiner, a noun and an acronym ("der Weltverband FIFA") or an acronym's
    compound ("die SPD-Fraktion": SPD); after a role and its genitive, a first name and a
    surname ("der Vorsitzende des Ausschusses Paul Kern"). The words are cut at the first
    preposition after the noun ("der Verband FIFA in der Nacht"); None where they start
    with no definite determiner ("ein Sprecher"), or end otherwise."""
    words = re.sub(r"[„“”\"«»]", "", re.sub(r"\([^)]*\)", " ", who)).split()
    definite = set(DETERMINERS.get(lang, ())) - set(
        languages.get(lang).reporting.words("indefinite")
    )
    if len(words) < 2 or words[0].casefold() not in definite:
        return None
    stops = set(STOPS.get(lang, ())) - {"von", "van"}  # a genitive's, no cut
    cut = next((i for i, w in enumerate(words) if i >= 2 and w.casefold() in stops), len(words))
    words = words[:cut]
    acronym = re.fullmatch(r"([A-ZÄÖÜ][A-ZÄÖÜa-z]{0,4}[A-ZÄÖÜ])(?:-\w[a-zäöüß]+)?", words[-1])
    if acronym is not None and (len(words) == 2 or words[-2][:1].isupper()):
        return acronym.group(1)  # "der Weltverband FIFA", "die SPD-Fraktion"
    head = words[1]
    genitive = [w for w in words[1:-2] if w.casefold() in definite]
    if len(words) >= 5 and is_role(head, lang) and genitive and is_name(" ".join(words[-2:]), lang):
        name = words[-2:]
        if words[-3][:1].islower() or words[-3].endswith("s"):  # "des Parlaments Paul Kern"
            return " ".join(name)
    return None
