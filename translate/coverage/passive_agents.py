"""The passive of citing ("X wurde von der „Bild“ zitiert: „…“", "De krant werd door Jan
Smit geciteerd: '…'"): its subject is the one quoted, its agent ("von"/"door" and the
words after) the one who cites, never the speaker. Read by ``translate.coverage.clauses``."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import CITED, CITED_VERB, DETERMINERS, ROLES
from translate.coverage.leading_subjects import leading_subject


def cited_passive(before: str, lang: str) -> tuple[str, str] | None:
    """(who, cue) of a colon clause in the passive of citing that ends ``before``: the
    subject before the auxiliary ("X wurde von der „Bild“ zitiert:"); where the words
    after the auxiliary are its agent, the subject before it all the same, a name or not
    ("Die Zeitung wurde von X zitiert:": "Die Zeitung", no one); else the words after the
    auxiliary ("In dem Bericht wird X zitiert:"). None where ``before`` ends otherwise."""
    words = re.escape(languages.get(lang).reporting.with_words or "$^").replace(r"\ ", r"\s+")
    m = re.search(  # "… geciteerd met de woorden:": the words after the participle too
        rf"\b(?:{CITED[lang]})\s+([^.;:!?,]{{2,80}}?)\s+(?:wie folgt\s+|mit den Worten\s+)?"
        rf"({CITED_VERB[lang]})(?:\s+{words})?\s*:?\s*$",
        before,
    )
    if m is None:
        return None
    who = leading_subject(before, lang) if m.group(1)[:1].islower() else None
    aux = who and re.match(rf"\s*(?:{CITED[lang]})\s", before.lstrip()[len(who) :])
    if who and aux:
        return who, m.group(2)
    agent = languages.get(lang).reporting.agent or "$^"
    if re.match(rf"(?:{agent})\s", m.group(1)) and before[: m.start()].strip():
        return before[: m.start()].strip(), m.group(2)
    return m.group(1), m.group(2)


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
