"""The subject a quotation's own clause names where no reporting verb follows it: the
holder of a view ("Nach Schäubles Ansicht „…“", "Seiner Ansicht nach") and the subject of
a subordinate clause whose reporting verb ends before a colon ("…, die Gerhard Schröder
zum Ziel erklärt hatte: „…“")."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import (
    DETERMINERS,
    NAME_WORD,
    NOT_NAMES,
    OWNERS,
    POSSESSIVES,
    SAID,
    SAY,
    VERB_FINAL,
    VIEW_BY,
    VIEWS,
    auxiliaries,
)
from translate.coverage.speaker_names import name_in


def view_of(before: str, lang: str) -> tuple[str, str] | None:
    """The holder of the view the quotation's clause is ("Nach Schäubles Idee soll „…“",
    "Seiner Ansicht nach „…“", "naar haar mening „…“"): a name in the genitive before the
    view's noun, or a possessive as its pronoun; only in the quotation's own clause: (the
    words naming the holder, the cue as written)."""
    clause = re.split(r"[,;:–—]", before)[-1]
    views, by = VIEWS.get(lang, "$^"), VIEW_BY.get(lang, "$^")
    owner = rf"(?P<owner>(?i:{'|'.join(OWNERS.get(lang, {})) or '$^'}))"
    # a genitive name: "Schäubles", "Wolfgang Schäubles"
    name = rf"(?P<name>(?:{NAME_WORD.pattern}\s+){{0,2}}[A-ZÀ-ÝĀ-Ž][\w'’-]*?)s"
    for shape in (
        rf"\b(?i:{by})\s+(?:{owner}|{name})\s+(?:{views})\b",  # Nach Schäubles Ansicht
        rf"(?:^|\s)(?:{owner}|{name})\s+(?:{views})\s+(?:{by})\b",  # Seiner Ansicht nach
    ):
        m = re.search(shape, clause)
        if m is None:
            continue
        if m.group("owner"):
            return OWNERS[lang][m.group("owner").casefold()], m.group(0).strip()
        who = m.group("name")
        if who and who.split()[0].casefold() not in NOT_NAMES[lang] and name_in(who, lang):
            return who, m.group(0).strip()
    return None


def subordinate_subject(before: str, lang: str) -> tuple[str, str] | None:
    """(the name, the cue) of the subordinate clause whose reporting verb ends ``before`` a
    colon ("…, die Gerhard Schröder 2002 zum Ziel erklärt hatte: „…“", "…, zoals Pieter
    Smit had gezegd: '…'"): its subject, who is quoted."""
    aux = auxiliaries(lang)
    says = "|".join(SAY.get(lang, ())) or "$^"
    verb = re.search(rf"\s((?:{says}|{SAID.get(lang, '$^')}))\s*(?:(?:{aux})\s*)?:\s*$", before)
    if verb is None:
        return None
    word = NAME_WORD.pattern
    m = re.search(
        rf",\s*(?:{VERB_FINAL.get(lang, '$^')})\s+({word}(?:\s+{word}){{0,2}})(?!\s+[A-ZÀ-ÝĀ-Ž])",
        before[: verb.start()],
    )
    if m is None:
        # "…, wie ein Sprecher sagte:", "…, zoals zijn woordvoerder zei:": a role's
        dets = "|".join([*DETERMINERS[lang], *POSSESSIVES.get(lang, ())]) or "$^"
        role = re.search(
            rf",\s*(?:{VERB_FINAL.get(lang, '$^')})\s+((?:{dets})(?:\s+[^\W\d][\w-]*){{1,4}})\s*$",
            before[: verb.start()],
            re.I,
        )
        return (role.group(1), verb.group(1)) if role is not None else None
    if m.group(1).split()[0].casefold() in {*DETERMINERS[lang], *NOT_NAMES[lang]}:
        return None
    if "," in before[m.end() : verb.start()]:
        return None  # "Die Mutter, die Jens Albers kannte, sagte:": the clause ended before
    opener = m.group(0).strip(", ").split()[0].casefold()
    head = before[: m.start()].split()[-2:]
    # "Anna Weber, die Merkel kritisiert hatte:": after a name the relative may be the subject
    named = bool(head) and head[-1][:1].isupper() and head[0].casefold() not in DETERMINERS[lang]
    if opener in DETERMINERS[lang] and named:
        return None
    found = name_in(m.group(1), lang)
    return (m.group(1), verb.group(1)) if found and found[0] != "pronoun" else None


def own_subject(before: str, lang: str) -> bool:
    """``before`` (the text before a quotation whose clause ends in its verb) opens a
    clause with "that" or a relative pronoun and a determiner, its own subject, with no
    comma after it (Dutch sets none off: "… incidenten die het bedrijf 'niet ernstig'
    noemde", "zei dat het kabinet het plan 'onzin' noemde")."""
    reporting = languages.get(lang).reporting
    openers = "|".join((*reporting.words("that"), *reporting.words("relative_pronouns")))
    dets = "|".join(DETERMINERS.get(lang, ()))
    if not openers or not dets:
        return False
    return re.search(rf"(?<!\w)(?:{openers})\s+(?:{dets})\s+[^,„“”\"«»‚‘']*$", before) is not None
