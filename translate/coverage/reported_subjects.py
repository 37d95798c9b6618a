"""Reported speech its clause's subject tells, beside ``translate.coverage.reported_shapes``'s
shapes: a verb that announces at the end of a subordinate clause ("Während X ankündigte,
… zu …"), a question reported ("X vroeg de premier of …", "X fragte, ob …"), and an
account its subject gives as their own ("X was naar eigen zeggen …"). What makes each
shape is the language's (``Reporting.subordinate``, ``infinitive_verbs``, ``asks``,
``whether``, ``own_say``); a language without them has none of these shapes.
"""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import DETERMINERS, OBJECTS, SEPARABLE
from translate.coverage.clauses import who_after
from translate.coverage.reported_shapes import after_conjunction, reporting_field
from translate.coverage.speaker_names import is_role, name_in, plain_determiner


def subordinate_account(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(content start, content end, who, cue) of a verb that announces at the end of a
    subordinate clause, its zu-infinitive the content ("Während X ankündigte, den Plan
    prüfen zu lassen, stellt sich …", "…, da die Partei angekündigt hatte, mit allen
    verhandeln zu wollen."): the subject after the conjunction, where it names someone."""
    verbs = reporting_field(lang, "infinitive_verbs")
    joined = "|".join(
        f"{particle}{verb}"
        for verb, particles in SEPARABLE.get(lang, {}).items()
        for particle in particles.split("|")
        if " " not in particle
    )
    aux = "|".join(languages.get(lang).perfect_auxiliaries) or "$^"
    m = re.search(
        rf"(?:^|,\s+)(?i:{reporting_field(lang, 'subordinate')})\s+([^,;:„“”\"]{{2,80}}?)\s+"
        rf"((?:{joined or '$^'}|{verbs}))(?:\s+(?:{aux}))?\s*,\s*",
        text,
    )
    if m is None:
        return None
    infinitive = re.search(
        rf"(?:{reporting_field(lang, 'infinitive')})(?=\s*(?:[,.;!?]|$))", text[m.end() :]
    )
    who = who_after(m.group(1), lang)
    if infinitive is None or who is None or not m.group(1).startswith(who):
        return None
    named = name_in(plain_determiner(who, lang), lang)
    if named is None or named[0] == "pronoun":
        return None
    return m.end(), m.end() + infinitive.end(), who, m.group(2)


def asked_whether(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(content start, end, who, cue) of a question reported with its subject first ("X
    vroeg de premier of …", "X fragte, ob …"); None for any other sentence."""
    m = re.match(
        rf"\s*([^;:,„“”\"]{{2,80}}?)\s+({reporting_field(lang, 'asks')})\b([^,;:„“”\"]{{0,60}}?)"
        rf"(?:,\s*|\s+)(?=(?:{reporting_field(lang, 'whether')})\s)",
        text,
    )
    asked = m.group(3).split() if m is not None else []
    if m is None or (
        # who is asked, if anyone: "de premier", "hem" ("vroeg om meer geld of …": no question)
        asked
        and (len(asked) > 4 or asked[0].casefold() not in (*DETERMINERS[lang], *OBJECTS[lang]))
        and not (asked[0][:1].isupper() or is_role(asked[0], lang))
    ):
        return None
    if _or(asked, text[m.end() :], lang):
        return None
    who = after_conjunction(m.group(1), lang)
    if name_in(who, lang) is None and who.split()[0].casefold() not in DETERMINERS[lang]:
        return None  # "Gisteren vroeg X …": an adverbial first, the subject not sure
    return m.end(), len(text), who, m.group(2)


def _or(asked: list[str], rest: str, lang: str) -> bool:
    """The word opening the question is "or" (the Dutch "of") after the words ``asked``:
    they ask for something ("vroeg de minister om geld of een lening": ``asks_for``), end
    in a determiner ("vroeg een of twee keer"), or join two names ("vroeg Piet of Klaas
    om hulp")."""
    if not asked:
        return False
    if any(w.casefold() in languages.get(lang).reporting.words("asks_for") for w in asked):
        return True
    after = rest.split()[1:2]
    return asked[-1].casefold() in DETERMINERS[lang] or (
        asked[-1][:1].isupper() and bool(after) and after[0][:1].isupper()
    )


def own_say(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(0, end, who, cue) of a sentence its subject tells as their own account ("X was
    naar eigen zeggen …", "X hat nach eigenen Angaben …"); None for any other sentence."""
    m = re.match(rf"\s*([^;:,„“”\"]{{2,80}}?)\s+\w+\s+({reporting_field(lang, 'own_say')})\b", text)
    if m is None or name_in(m.group(1), lang) is None:
        return None
    return 0, len(text), m.group(1), m.group(2)
