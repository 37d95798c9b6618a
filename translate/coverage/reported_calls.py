"""Reported speech that is a call on someone, the content a purpose-shaped infinitive
("X roept jongeren op om te gaan stemmen", "X heeft de lidstaten opgeroepen om … te
verhogen"): after an urging verb (``Reporting.urging``) and its object the infinitive with
its opener (``Reporting.purpose``) is what was urged, not a purpose. The subject opens the
sentence (a name, a role and a name, or a pronoun), the verb follows it: a finite verb with
its separable particle after the object, or an auxiliary and the participle; no comma
between. Read by ``translate.coverage.reported`` where no other shape reads the sentence."""

from __future__ import annotations

import functools
import re

from glossary import languages
from translate.coverage.clause_words import PRONOUNS, SEPARABLE
from translate.coverage.leading_subjects import leading_subject
from translate.coverage.reported_shapes import reporting_field


@functools.cache
def _verbs(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    """The urging verbs with their particles (finite, separable), and the participles."""
    separable = SEPARABLE.get(lang, {})
    urging = languages.get(lang).reporting.words("urging")
    finite = {verb: separable[verb] for verb in urging if verb in separable}
    return finite, frozenset(verb for verb in urging if verb not in separable)


def called_on(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(content start, content end, who, cue) of a call on someone (see the module doc);
    None where the sentence is no such call."""
    finite, participles = _verbs(lang)
    purpose = reporting_field(lang, "purpose")
    if not (finite or participles) or not purpose:
        return None
    opener = re.search(rf"\s(?:{purpose})\s", text)
    if opener is None:
        return None
    first = text.split()[0] if text.split() else ""
    who = leading_subject(text, lang)
    if who is None and first.casefold() in PRONOUNS.get(lang, ()):
        who = first  # "Hij roept de provincies op om …": the pronoun's rules
    if who is None or not text.startswith(who):
        return None
    between = text[len(who) : opener.start()].split()
    if len(between) < 2 or re.search(r"[,;:„“”\"]", " ".join(between)):
        return None
    verb, last = between[0], between[-1]
    auxiliaries = languages.get(lang).perfect_auxiliaries
    if verb in finite and re.fullmatch(finite[verb], last):
        cue = f"{verb} {last}"
    elif verb in auxiliaries and last in participles:
        cue = last
    else:
        return None
    content = re.split(r"[;:]", text[opener.start() + 1 :], maxsplit=1)[0].rstrip(" .!?")
    if not re.search(rf"(?:{reporting_field(lang, 'infinitive')})$", content):
        return None
    start = opener.start() + 1
    return start, start + len(content), who, cue
