"""Speakers of quotations that are the object of a verb of holding a view, not of saying:
the quoted words are what someone sees, deems or rates a thing as ("Anna Weber sieht darin
einen „Angriff“", "Darin sieht Anna Weber einen „Angriff“", "…, Anna Weber, die den Plan
für „falsch“ hält", "Het plan wordt door Jan Smit als 'gevaarlijk' bestempeld"). The
verbs, participles, relative pronouns and agent prepositions are the language's
``Reporting.deems``, ``deemed``, ``deemed_as``, ``who_relative`` and ``agent``; a
language without them has none of these shapes. Only a name counts, never a noun phrase
("die Regierung sieht …"), nor a name the article writes once with no first name
(precision first).
"""

from __future__ import annotations

import functools
import re

from glossary import languages
from translate.coverage.clause_words import (
    CONJUNCTIONS,
    DETERMINERS,
    NAME_PARTICLES,
    NOT_NAMES,
    OBJECTS,
    STOPS,
)
from translate.coverage.clauses import leading_subject
from translate.coverage.speaker_checks import a_name, doubtful_who
from translate.coverage.speaker_names import NAME
from translate.coverage.speakers import Speakers
from translate.records import Sentence

_NONE: tuple[str | None, str | None] = (None, None)
# Capitalised words in a row (with name particles between): a name as written.
_RUN = rf"{NAME}(?:\s+(?:(?:von|van|de|der|zu)\s+)?(?:{NAME}|[A-ZÄÖÜ]{{2,}}))*"


@functools.cache
def _shapes(lang: str) -> tuple[re.Pattern[str], ...] | None:
    """(verb then name, verb at the end of a clause, relative clause before, passive
    agent before, participle after) for ``lang``; None where it has no such verbs."""
    reporting = languages.get(lang).reporting
    deems, deemed = reporting.deems, reporting.deemed
    relative, agent, deemed_as = reporting.who_relative, reporting.agent, reporting.deemed_as
    if not deems or not deemed or not relative or not agent or not deemed_as:
        return None
    return (
        # "In dem Verfahren sieht Anna Weber einen „…“": the name right after the verb
        re.compile(rf"(?:^|\s)(?:{deems})\s+({_RUN})(\s+[a-zäöüßë][^,;:„“”\"«»]*)$"),
        # the verb ends the clause the quotation stands in ("… „…“ vor den Fans sieht.")
        re.compile(rf"^[^,;:.!?„“”\"«»]*?(?<!\w)(?:{deems}|{deemed})(?:\s+\w+)?\s*(?:[,.!?]|$)"),
        # "…, Anna Weber, die den Plan als „…“": the name the relative pronoun stands for
        re.compile(rf"(?:^|\s)({_RUN}),\s+(?:{relative})(\s+[^,;:„“”\"«»]*)$"),
        # "… vom Wetterdienst Nord als „…“ (eingestuft)": the passive's agent
        re.compile(
            rf"(?:^|\s)(?:{agent})\s+((?:[a-zäöüßë]+\s+)?{_RUN})\s+(?:(?:{deemed_as})\s+)?[a-zäöüßë\s]*$"
        ),
        re.compile(rf"^[^,;:„“”\"«»]*?(?<!\w)(?:{deemed})(?!\w)"),
    )


def noun_before(before: str, after: str, lang: str) -> bool:
    """A capitalised word ends the words ``before`` a quotation of one word: a noun it
    names ("die Kartoffel „Solara“"), not the word a thing is deemed as that starts the
    sentence before a verb of calling ("Als „Unsinn“ bezeichnete X den Plan")."""
    if not re.search(r"\b[A-ZÄÖÜ][\w-]*[a-zäöüß]\s*$", before):
        return False
    reporting = languages.get(lang).reporting
    verbs = "|".join(v for v in (reporting.calling, reporting.deems) if v)
    return not (
        verbs
        and before.strip().casefold() in reporting.words("deemed_as")
        and re.match(rf"\s*(?:{verbs})\b", after) is not None
    )


def _no_subject(words: str, lang: str) -> bool:
    """The words before a verb in second place are no subject: nothing, or they start with
    a preposition, an adverb or an object's determiner ("In dem Verfahren sieht X", "Darin
    sieht X", "Den Plan hält X …"), not a name or a noun phrase ("Das Publikum sieht X")."""
    first = words.split()[0].casefold() if words.split() else ""
    if not first or first in OBJECTS.get(lang, ()):
        return True
    if first in DETERMINERS.get(lang, ()):
        return False
    return first in STOPS.get(lang, ()) or first in NOT_NAMES.get(lang, ())


def _marked(words: str, lang: str) -> bool:
    """``words`` (between a verb of holding a view and the quotation) mark a view
    (``Reporting.deem_marks``: "sieht darin einen", "hält X für"), not a thing seen or
    held ("sieht den „Tatort“", "hält die „Ostermesse“")."""
    marks = languages.get(lang).reporting.deem_marks
    return bool(marks and re.search(rf"(?<!\w)(?:{marks})(?!\w)", words, re.IGNORECASE))


def _another(words: str, lang: str) -> bool:
    """``words`` (after a name) name someone else: two capitalised words in a row, or a
    conjunction before a capitalised word ("Anna Weber und Kern halten …")."""
    joined = "|".join(CONJUNCTIONS.get(lang, ())) or "(?!)"
    return bool(re.search(rf"{NAME}\s+{NAME}|(?<!\w)(?:{joined})\s+[A-ZÄÖÜ]", words))


def deemed_by(
    speakers: Speakers, sentence: Sentence, before: str, after: str
) -> tuple[str | None, str | None]:
    """The one named person or organisation whose view a quotation in ``sentence``
    (``before`` and ``after`` it there) gives, by the shapes above; none where unsure."""
    lang = speakers.article.lang
    shapes = _shapes(lang)
    if shapes is None or re.search(r"[„“”\"«»]", before):
        return _NONE
    verb_first, verb_last, relative, agent, participle = shapes
    clause = re.split(r"[;:]|,\s+(?=[a-zäöüß])", before)[-1].lstrip()
    deems = languages.get(lang).reporting.deems
    first = verb_first.search(clause)
    if first is not None and not (
        _no_subject(clause[: first.start()], lang)
        and not _another(first.group(2), lang)
        and _marked(first.group(2), lang)
    ):
        first = None  # "Das Publikum sieht Anna Weber als „…“": her, seen
    held = relative.search(before)
    if held is not None and (_another(held.group(2), lang) or not _marked(held.group(2), lang)):
        held = None  # "Anna Weber, die Peter Kern als „…“ sah": which of them?
    found = (
        first
        or (held if verb_last.match(after) else None)
        or (agent.search(clause) if participle.match(after) else None)
    )
    who = found.group(1) if found is not None else None
    if who is None:
        subject = leading_subject(clause, lang)
        rest = clause[len(subject) :] if subject and clause.startswith(subject) else ""
        if subject and re.match(rf"\s+(?:{deems})\s+[^,]*$", rest) and _marked(rest, lang):
            who = subject  # "Anna Weber sieht darin einen „…“"
    if who is None or who.split()[0].casefold() in DETERMINERS.get(lang, ()):
        return _NONE
    if who.split()[0].casefold() in NAME_PARTICLES:
        return _NONE
    name, ident = speakers.resolve_clause(who, sentence.start, None)
    if name is None or (ident is None and not a_name(name, lang)):
        return _NONE
    if ident is None and " " not in name and speakers.runs.mentions(name) < 2:
        return _NONE  # a name said once: maybe no name at all
    if doubtful_who(speakers, (name, ident), who):
        return _NONE
    return name, ident
