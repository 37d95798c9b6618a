"""Checks that a speaker found is sure: a name, the same one the nearer clause names, and
nobody else named in reach who could be the speaker as well (a pronoun with two people
before it: no speaker, precision first).
"""

from __future__ import annotations

from translate.coverage.clause_words import DETERMINERS
from translate.coverage.clauses import Clause
from translate.coverage.speaker_names import is_name, name_in


def another(name: str, clause: Clause | None, after: str, lang: str) -> bool:
    """The name the second reader found is another than the one the nearer clause after
    the quotation names ("…“, sagte Meier der Deutschen Presse-Agentur"): not sure."""
    if clause is None or clause.who not in after:
        return False
    named = name_in(clause.who, lang)
    return (
        named is not None
        and named[0] in ("name", "surname")
        and named[1].split()[-1] != name.split()[-1]
    )


def a_name(name: str, lang: str) -> bool:
    """``name`` has a name's shape and starts with no determiner."""
    words = name.split()
    return is_name(name, lang) and words[0].casefold() not in DETERMINERS.get(lang, ())
