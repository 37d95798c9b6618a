"""Clause shapes whose words name no one speaker (``glossary.languages.speech_limits``;
Dutch so far): a restrictive relative clause after a noun ("De vrouw die Kees de Boer redde,
zegt dat …": the woman's words, not Kees de Boer's; "X is niet de enige die zegt dat …"),
two people joined ("Schoof en Faber zeggen dat …") and a question ("Zou X zeggen dat …?").
Precision first: each gives no speaker (or no row), never another. And a sentence that
tells back the one before as a named person's view, a name alone after its verb ("Dat vindt
Kamerlid Renske Leijten."): theirs (``view_told``)."""

from __future__ import annotations

import re

from glossary.languages.speech_limits import (
    JOINED,
    QUESTION_OPENERS,
    RESTRICTIVE,
    TOLD_VIEWS,
    limit_words,
)
from translate.coverage.clause_words import DETERMINERS
from translate.coverage.speaker_names import is_role

_LOWER = r"[a-zà-ÿ][\w-]*"
_NAME = r"(?:[A-ZÀ-Ý][\w'’.-]*|van|de|der|den|ter|ten|'t)"


def restricted(who: str, lang: str) -> str:
    """``who`` without a relative clause set off by no comma after its noun: "De vrouw
    die Kees de Boer redde" -> "De vrouw", "de agent die Jan Pietersen" -> "de agent";
    "" where the verb is the clause's own after a noun ("Wilders is niet de enige die");
    ``who`` as it is otherwise ("Kees Jansen, die de brand zag": the name's clause)."""
    relative = limit_words(RESTRICTIVE, lang)
    if relative == "$^" or not who:
        return who
    dets = "|".join(DETERMINERS.get(lang, ())) or "$^"
    m = re.match(
        rf"\s*((?i:{dets})\s+(?:{_LOWER}\s+){{0,2}}{_LOWER})\s+(?:{relative})(?:\s|$)", who
    )
    if m is not None:
        return m.group(1)
    if re.search(rf"(?<![,\w]){_LOWER}\s+(?:{relative})\s*$", who):
        return ""  # "X is niet de enige die (zegt)": the noun's clause, no name
    return who


def joined(who: str, lang: str) -> bool:
    """``who`` is two names joined ("Schoof en Faber", "Jan Smit en Piet Bakker")."""
    conjunction = limit_words(JOINED, lang)
    name = rf"{_NAME}(?:\s+{_NAME}){{0,3}}"
    if who.split()[:1] and who.split()[0].casefold() in DETERMINERS.get(lang, ()):
        return False  # "Het Sociaal en Cultureel Planbureau": one body's name
    return re.fullmatch(rf"\s*(?:{name})\s+(?:{conjunction})\s+(?:{name})\s*", who) is not None


def two_after(rest: str, lang: str) -> bool:
    """``rest``, the words right after a name, join a second name ("… en Faber is er …")."""
    conjunction = limit_words(JOINED, lang)
    return re.match(rf"\s+(?:{conjunction})\s+[A-ZÀ-Ý]", rest) is not None


def asked(sentence: str, lang: str) -> bool:
    """``sentence`` is a question that opens with a verb or a question word ("Zou X zeggen
    dat hij terugkeert?"): what it reports is asked, no one's account."""
    openers = limit_words(QUESTION_OPENERS, lang)
    text = sentence.strip()
    return text.endswith("?") and re.match(rf"(?i:{openers})(?!\w)", text) is not None


def view_told(text: str, told: str, lang: str) -> tuple[str, str] | None:
    """(who, cue) of a sentence that tells back the one before as a named person's view
    ("Dat vindt Kamerlid Renske Leijten.", "Dat verwacht politicoloog Tom van der Meer."):
    the verb, maybe "ook" and a role in lower case, then a name to the sentence's end; None
    where anything else follows ("Dat vindt X niet.", "Dat vond X later in de tuin.") or a
    determiner comes first ("Dat vindt de vrouw van X.")."""
    views = limit_words(TOLD_VIEWS, lang)
    m = re.match(
        rf"\s*(?:{told})\s+({views})\s+(?:ook\s+)?((?:{_LOWER}\s+)?[A-ZÀ-Ý][\w'’.-]*"
        rf"(?:\s+{_NAME}){{0,4}})\s*[.!]?\s*$",
        text,
    )
    if m is None or (m.group(2)[:1].islower() and not is_role(m.group(2).split()[0], lang)):
        return None
    return m.group(2), m.group(1)
