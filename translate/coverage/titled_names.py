"""A name that starts with a capitalised determiner ("De Telegraaf", "Der Spiegel"), told
from a role ("De Minister") and a place ("Den Helder", "in De Bilt")."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import ACRONYM, DETERMINERS, NAME_WORD
from translate.coverage.speaker_names import is_role
from translate.coverage.text_index import after_place, after_word_or_comma, whole_count

# Determiners of any language: a German article may name "De Telegraaf".
_ANY_DETERMINER = frozenset(d for words in DETERMINERS.values() for d in words)


def titled_name(who: str, text: str, lang: str = "") -> tuple[str, None] | None:
    """A name that starts with a capitalised determiner ("De Telegraaf", "Der Spiegel",
    "Het Parool"): ``who`` is a determiner and one or two capitalised words, and the
    article ``text`` writes them so inside a sentence, after a word (no sentence start).
    No role ("De Minister") and no place: one of ``lang``'s place determiners ("Den
    Helder") or a name ``text`` writes after one of its place words ("in De Bilt")."""
    words = who.split()
    if not 2 <= len(words) <= 3 or not all(NAME_WORD.fullmatch(w) for w in words[1:]):
        return None
    if words[0].casefold() not in _ANY_DETERMINER:
        return None
    named = " ".join([words[0].capitalize(), *words[1:]])
    if any(ACRONYM.fullmatch(w) for w in words[1:]):
        return None  # "de NAVO": the acronym is the name, the glossary's
    adjective = languages.get(lang).capital_adjective if lang else None
    if adjective is not None and re.search(adjective, words[-1]):
        return None  # "de Amerikaanse": a person by a place's adjective, no title (no scan)
    if lang and _place_or_role(words, named, text, lang):
        return None
    # written so more than once: a place named once ("Volgens De Bilt …") is no source
    twice = whole_count(text, named) >= 2  # indexed once an article, not read once a name
    return (named, None) if twice and after_word_or_comma(text, named) else None


def _place_or_role(words: list[str], named: str, text: str, lang: str) -> bool:
    """``named`` (of ``words``) is a role ("De Minister") or a place ("Den Helder", "in
    De Bilt" in ``text``), no title."""
    reporting = languages.get(lang).reporting
    if any(is_role(w, lang) for w in words[1:]):
        return True
    if words[0].casefold() in reporting.words("place_determiners"):
        return True
    places = "|".join(reporting.words("places")) or "$^"
    return after_place(text, named, places)
