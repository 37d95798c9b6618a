"""A person's gender where their first name tells it safely (``glossary.languages.
first_names``), against a pronoun's (``Descriptions.masculine``/``feminine``): "'…', zei
Jan Smit. Evacuatie is volgens haar niet nodig." is not Jan Smit's; "„…“, sagte Anna
Weber über Karl Berger. „…“, sagte sie." is hers, Karl Berger no one the pronoun means."""

from __future__ import annotations

import re

from glossary.languages.descriptions import descriptions
from glossary.languages.first_names import FEMALE, MALE


def gender_of(name: str | None) -> str | None:
    """The gender, "f" or "m", where ``name`` is a first name telling it and a surname: a
    name of one word is a surname ("sagte Innenministerin Werner": no man's name)."""
    words = (name or "").split()
    if len(words) < 2:
        return None
    return "f" if words[0] in FEMALE else "m" if words[0] in MALE else None


def pronoun_gender(pronoun: str, lang: str) -> str | None:
    """The gender, "f" or "m", of a pronoun of one woman or one man in ``lang``; else None."""
    found = descriptions(lang)
    word = pronoun.strip().casefold()
    for gender, words in (("m", found.masculine), ("f", found.feminine)):
        if words and re.fullmatch(words, word):
            return gender
    return None


def other_gender(name: str | None, pronoun: str, lang: str) -> bool:
    """``pronoun`` cannot stand for ``name``: both genders known, and they differ."""
    theirs, its = gender_of(name), pronoun_gender(pronoun, lang)
    return theirs is not None and its is not None and theirs != its
