"""The subject of a verb of calling that opens a quotation's sentence ("Carvalho noemt het
vonnis „…“"): the quoted words are that subject's, not those of a reporting clause further
on in the sentence ("…, en gaat in beroep, aldus zijn advocaat Y"), who reports the whole
sentence."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import subject_before
from translate.coverage.speaker_names import name_in


def calling_subject(who: str, before: str, after: str, lang: str) -> str | None:
    """The words before a verb of calling that open ``before`` (no comma among them) and
    name its subject (``subject_before``, with a name), where
    the reporting clause naming ``who`` (no pronoun) is not right after the quotation but
    further on in ``after``; else None."""
    language = languages.get(lang)
    if not language.calls or not language.say_verbs or who not in after:
        return None
    if who.split()[:1] and who.split()[0].casefold() in language.pronouns:
        return None  # "X sprach von einem „…“ für Europa, sagte er": the pronoun's rules
    cues = rf"{language.say_verbs}|{language.according_to}"
    if re.match(rf"\W*(?:{cues})\b", after, re.IGNORECASE):
        return None  # "X noemt het „…“, aldus Y": the clause right after it, left as it is
    m = re.match(rf"\s*([^,;:]{{2,80}}?)\s+(?:{language.calls})\b", before)
    if m is None:
        return None
    # a subject that names someone; after an adverbial ("In Den Haag noemde X …", "Volgens
    # Y noemt X …") the one right after the verb; not a noun ("Het kabinet")
    subject = subject_before(m.group(1), lang)
    if subject is None:  # after an adverbial, the subject right after the verb
        from translate.coverage.clauses import who_after  # clauses imports this module

        subject = who_after(before[m.end() :], lang)
    elif subject != m.group(1).strip():
        return None
    return subject if subject and name_in(subject, lang) is not None else None
