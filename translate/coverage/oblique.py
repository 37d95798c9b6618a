"""A clause's first words in a case no subject takes ("Der Frankfurter Allgemeinen
Zeitung sagte X": the dative of whom X told; ``glossary.languages.cases``): the subject
is then after the verb, as after an object first ("Den Namen gab …")."""

from __future__ import annotations

import re
from functools import cache

from glossary.languages.cases import oblique


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{oblique(lang)})(?:\s+[A-ZÄÖÜ][\w-]*)*\s*$")


def not_subject(words: str, lang: str) -> bool:
    """``words`` (a clause's start) are a noun phrase in a case no subject takes."""
    return bool(_pattern(lang).match(words.strip(" ,")))
