"""Reported speech its clause's subject tells, beside ``translate.coverage.reported_shapes``'s
shapes: a verb that announces at the end of a subordinate clause ("Während X ankündigte,
… zu …"), a question reported ("X vroeg de premier of …", "X fragte, ob …"), and an
account its subject gives as their own ("X was naar eigen zeggen …"), and a statement
given as a reason ("X begegnet der Kritik mit dem Argument, …"). What makes each shape is
the language's (``Reporting.subordinate``, ``infinitive_verbs``, ``asks``, ``whether``,
``own_say``, ``grounds``); a language without them has none of these shapes.
"""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import DETERMINERS, OBJECTS, SEPARABLE
from translate.coverage.clauses import who_after
from translate.coverage.reported_shapes import after_conjunction, content_follows, reporting_field
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
    who = after_conjunction(m.group(1), lang)
    if not who.split():
        return None
    if name_in(who, lang) is None and who.split()[0].casefold() not in DETERMINERS[lang]:
        return None  # "Gisteren vroeg X …": an adverbial first, the subject not sure
    return m.end(), len(text), who, m.group(2)


def own_say(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(0, end, who, cue) of a sentence its subject tells as their own account ("X was
    naar eigen zeggen …", "X hat nach eigenen Angaben …"); None for any other sentence."""
    m = re.match(rf"\s*([^;:,„“”\"]{{2,80}}?)\s+\w+\s+({reporting_field(lang, 'own_say')})\b", text)
    if m is None or name_in(m.group(1), lang) is None:
        return None
    return 0, len(text), m.group(1), m.group(2)


def grounds_account(text: str, lang: str, that: str) -> tuple[int, int, str, str] | None:
    """(content start, end, who, cue) of a statement given as a reason, its subject first
    ("Die BVG begegnet der Kritik mit dem Argument, die Züge seien …", "X wees het af met
    het argument dat …": ``Reporting.grounds``); None for any other sentence."""
    grounds = reporting_field(lang, "grounds")
    m = re.search(rf"\s(?P<cue>{grounds})(?:\s+[a-zäöüß]+)?(?:\s*,\s*|\s+(?={that}\b))", text)
    if m is None or re.search(r"[,;:„“”\"]", text[: m.start()]):
        return None
    who = who_after(after_conjunction(text[: m.start()], lang), lang)
    if who is None or not text.lstrip().startswith(who):
        return None
    named = name_in(plain_determiner(who, lang), lang)
    if named is None and who.split()[0].casefold() not in DETERMINERS[lang]:
        return None
    rest = text[m.end() :]
    if not re.match(rf"(?:{that})\b", rest) and not content_follows(rest, lang):
        return None
    return m.end(), len(text), who, m.group("cue")
