"""Quoted words that name something rather than say it: a title in title case ("Shark
Tank", "Clean Air Act"), or a name right after a determiner and a noun ("die Kampagne
„Mehr Grün für alle“", "het programma 'Nieuwsuur'")."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import DETERMINERS, POSSESSIVES
from translate.coverage.speaker_names import NAME

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
