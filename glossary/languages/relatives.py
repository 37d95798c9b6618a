"""The relative pronouns that open a clause set off after a noun phrase ("Die Mutter des
Opfers, die Jens Albers kannte, sagte", "De moeder, wier zoon …, zei"): the subject of
the verb after it is the noun phrase before the comma, not a name inside the relative clause
(``translate.coverage.clause_words.subject_before``). Per language code, written from
general knowledge of the language, not from any corpus; a language left out has none."""

from __future__ import annotations

from collections.abc import Mapping

RELATIVE_PRONOUNS: Mapping[str, frozenset[str]] = {
    "de": frozenset(
        "der die das den dem dessen deren denen welcher welche welches welchen welchem".split()
    ),
    "nl": frozenset("die dat wiens wier welke".split()),
    "en": frozenset("who whom whose which that".split()),
}


def relative_pronouns(lang: str) -> frozenset[str]:
    return RELATIVE_PRONOUNS.get(lang, frozenset())
