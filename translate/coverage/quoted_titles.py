"""Quoted words that name something rather than say it: a title in title case ("Shark
Tank", "Clean Air Act"), or a name right after a determiner and a noun ("die Kampagne
„Mehr Grün für alle“", "het programma 'Nieuwsuur'")."""

from __future__ import annotations

import re

from glossary import languages
from glossary.languages.descriptions import descriptions
from translate.coverage.clause_words import DETERMINERS, POSSESSIVES, STOPS
from translate.coverage.speaker_names import NAME, is_person_noun, is_role

# A partial quotation in title case is a name or a title ("Shark Tank", "Clean Air Act").
_TITLE_WORD = rf"(?:{NAME}|[A-ZÄÖÜ][A-ZÄÖÜ0-9]+)"
_TITLE = re.compile(
    rf"{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|of|the|van|de|der|des|von|and|en|und|am|im|da|del|"
    rf"della|dello|di|la|le|du|for|in|zum|zur))*\s+{_TITLE_WORD}"
)


def is_title(words: str) -> bool:
    """Quoted words in title case: a name or a title ("Shark Tank"), not words said."""
    return bool(_TITLE.fullmatch(words.strip(" .,")))


def named_by_noun(before: str, words: str, lang: str) -> bool:
    """Quoted ``words`` with a capital first right after a determiner (or possessive) and a
    noun (adjectives between; ``before``: the sentence up to the quotation): the noun's name
    ("die Kampagne „Mehr Grün für alle“", "het programma 'Nieuwsuur'"), not words said.
    Where nouns are capitalised, of two words or more (one is ``named_thing``'s)."""
    # a possessive as a determiner: "stellte ihren Roman „Die stille Stadt“ vor"
    determiners = "|".join((*DETERMINERS.get(lang, ()), *POSSESSIVES.get(lang, ())))
    capitalised = languages.get(lang).capitalises_nouns
    if not determiners or not words[:1].isupper() or (capitalised and len(words.split()) < 2):
        return False
    noun = r"[A-ZÄÖÜ][\w-]*[a-zäöüß]" if capitalised else r"[a-zà-ÿ][\w-]*"
    return bool(
        re.search(rf"(?<!\w)(?i:{determiners})\s+(?:[a-zà-ÿ][\w-]*\s+)*?{noun}\s*$", before)
    )


def thing_named(before: str, lang: str) -> bool:
    """The noun right before a quotation (``named_by_noun``) is a thing's, which the
    quotation names ("schreef het boek 'Een nieuw begin'", "noemde zijn boot 'Vrijheid'"),
    not a person or an outlet told the words ("sagte der Zeitung „Wir …“", "dem Reporter"),
    nor a text or a statement that holds someone's words ("met de tekst 'Nooit meer'")."""
    m = re.search(r"([^\W\d_][\w-]*)\s*$", before)
    if m is None or (m.group(1)[:1].isupper() and not languages.get(lang).capitalises_nouns):
        return False  # "vertelde de NOS": a name
    noun = m.group(1)
    if noun.casefold() in {*languages.get(lang).function_words, *STOPS.get(lang, ())}:
        return False  # "kan met „Fingerspitzengefühl“": no noun before it
    reporting = languages.get(lang).reporting
    words = [reporting.outlets, reporting.statements, descriptions(lang).texts]
    said = "|".join(f"(?:{w})" for w in words if w) or "(?!)"
    return not (
        is_person_noun(noun, lang)
        or is_role(noun, lang)
        or re.search(rf"(?i:{said})$", noun) is not None
    )
