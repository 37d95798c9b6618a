"""The passive of citing ("X wurde von der „Bild“ zitiert: „…“", "De krant werd door Jan
Smit geciteerd: '…'"): its subject is the one quoted, its agent ("von"/"door" and the
words after) the one who cites, never the speaker. Read by ``translate.coverage.clauses``."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import CITED, CITED_VERB, DETERMINERS, ROLES


def cited_passive(before: str, lang: str) -> re.Match[str] | None:
    """The passive of citing that ends ``before`` (the words before a colon's quotation):
    group 1 the words between the auxiliary and the participle, group 2 the participle
    ("… geciteerd met de woorden:": the words after it too); None where it ends otherwise.
    Whom it quotes: ``translate.coverage.passive_cited``."""
    words = re.escape(languages.get(lang).reporting.with_words or "$^").replace(r"\ ", r"\s+")
    return re.search(
        rf"\b(?:{CITED[lang]})\s+([^.;:!?,]{{2,80}}?)\s+(?:wie folgt\s+|mit den Worten\s+)?"
        rf"({CITED_VERB[lang]})(?:\s+{words})?\s*:?\s*$",
        before,
    )


def without_agent(who: str, lang: str) -> str:
    """``who`` after a verb of citing in the passive without its agent where its head is
    a determiner and a noun of no role, or of an outlet (", werd de krant door Jan Smit
    geciteerd": "de krant"); kept where the head is a role ("der Sprecher von Siemens")."""
    agent = languages.get(lang).reporting.agent or "$^"
    dets = "|".join(DETERMINERS.get(lang, ())) or "$^"
    m = re.match(rf"\s*((?i:{dets})\s+(\w+))\s+(?:{agent})\s", who)
    if m is None:
        return who
    outlets = languages.get(lang).reporting.outlets or "$^"
    if m.group(2).casefold() in ROLES.get(lang, ()) and not re.fullmatch(outlets, m.group(2)):
        return who
    return m.group(1)
