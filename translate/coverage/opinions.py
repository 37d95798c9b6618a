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
from glossary.languages import PARTICLE_ARTICLES, SURNAME_PARTICLES
from translate.coverage.clause_words import (
    CONJUNCTIONS,
    DETERMINERS,
    NAME_PARTICLES,
    OBJECTS,
    POSSESSIVES,
    ROLES,
    two_names,
)
from translate.coverage.leading_subjects import leading_subject
from translate.coverage.speaker_checks import a_name, doubtful_who
from translate.coverage.speaker_names import NAME
from translate.coverage.speakers import Speakers
from translate.records import Sentence

_NONE: tuple[str | None, str | None] = (None, None)


@functools.cache
def _run(lang: str) -> str:
    """Capitalised words in a row (with name particles between): a name as written. An
    article stands alone as a particle only where it cannot be a noun's ("hält Anna Weber
    den Plan für …"): in a language that does not capitalise nouns, or is no determiner."""
    language = languages.get(lang)
    determiners = language.reporting.words("determiners")
    leads = [p for p in SURNAME_PARTICLES if p not in PARTICLE_ARTICLES]
    articles = "|".join(PARTICLE_ARTICLES)
    alone = [a for a in PARTICLE_ARTICLES if not (language.capitalises_nouns and a in determiners)]
    particle = rf"(?:{'|'.join(leads)})(?:\s+(?:{articles}))?" + "".join(f"|{a}" for a in alone)
    return rf"{NAME}(?:\s+(?:(?:{particle})\s+)?(?:{NAME}|[A-ZÄÖÜ]{{2,}}))*"


@functools.cache
def _shapes(lang: str) -> tuple[re.Pattern[str], ...] | None:
    """(verb then name, verb at the end of a clause, relative clause before, passive
    agent before, participle after) for ``lang``; None where it has no such verbs."""
    reporting = languages.get(lang).reporting
    deems, deemed = reporting.deems, reporting.deemed
    relative, agent, deemed_as = reporting.who_relative, reporting.agent, reporting.deemed_as
    passive, run = reporting.passive_auxiliaries, _run(lang)
    # a noun and the agent's preposition: a genitive ("die Gefahr von Bränden vom DWD")
    nouns = languages.get(lang).capitalises_nouns
    genitive = rf"[A-ZÄÖÜ][\w-]*\s+(?:{agent})\s+" if nouns else "(?!)"
    if not deems or not deemed or not relative or not agent or not deemed_as or not passive:
        return None
    return (
        # "In dem Verfahren sieht Anna Weber einen „…“": the name right after the verb
        re.compile(rf"(?:^|\s)(?:{deems})\s+({run})(\s+[a-zäöüßë][^,;:„“”\"«»]*)$"),
        # the verb ends the clause the quotation stands in ("… „…“ vor den Fans sieht.")
        re.compile(rf"^[^,;:.!?„“”\"«»]*?(?<!\w)(?:{deems}|{deemed})(?:\s+\w+)?\s*(?:[,.!?]|$)"),
        # "…, Anna Weber, die den Plan als „…“": the name the relative pronoun stands for
        re.compile(rf"(?:^|\s)({run}),\s+(?:{relative})(\s+[^,;:„“”\"«»]*)$"),
        # "… wurde vom Wetterdienst Nord als „…“ (eingestuft)": the passive's agent, after
        # its auxiliary (not "Der Vorschlag von X wird als „…“ eingestuft")
        re.compile(
            rf"(?<!\w)(?:{passive})\s+(?:{genitive}|(?!(?:{agent})\s)[^\s,;:]+\s+)*?"
            rf"(?:{agent})\s+((?:[a-zäöüßë]+\s+)?{run})"
            rf"\s+(?:{deemed_as})\s*$"
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
    one of ``Reporting.deem_openers`` or an object's determiner ("In dem Verfahren sieht X",
    "Darin sieht X", "Den Plan hält X …"), not a name, a noun phrase, a pronoun or a
    quantifier ("Das Publikum sieht X", "Man sieht X", "Auch Experten sehen X")."""
    first = words.split()[0].casefold() if words.split() else ""
    if first in POSSESSIVES.get(lang, ()):
        return False  # "Ihr Kollege sieht X als „…“", "Haar collega ziet X …": a subject
    if not first or first in OBJECTS.get(lang, ()):
        return True
    return first in languages.get(lang).reporting.words("deem_openers")


def _marked(words: str, clause: str, lang: str) -> bool:
    """``words`` (between a verb of holding a view and the quotation) mark a view
    (``Reporting.deem_marks``: "hält X für"), or its ``clause`` does (``deem_places``:
    "Darin sieht X einen") or opens with their preposition and an article (``deem_in``: "Im
    Plan sieht X einen"; not a place, "In Berlin sieht X einen „Film“"); an indefinite
    article alone marks none, nor a thing seen or held ("sieht den „Tatort“", "hält eine
    „Festrede“", "sah einen „Geist“"); a negated view ("hält das nicht für „…“") is none."""
    language = languages.get(lang)
    if any(w.casefold() in language.negations for w in re.findall(r"\w+", clause)):
        return False
    reporting = language.reporting
    marks, places, opens = reporting.deem_marks, reporting.deem_places, reporting.deem_in
    lead = clause.lstrip()
    return bool(
        (marks and re.search(rf"(?<!\w)(?:{marks})(?!\w)", words, re.IGNORECASE))
        or (places and re.search(rf"(?<!\w)(?:{places})(?!\w)", clause, re.IGNORECASE))
        # the preposition may open the sentence, its article is lower case ("In Dresden")
        or (opens and re.match(rf"(?:{opens})\s", lead[:1].lower() + lead[1:]))
    )


def _another(words: str, lang: str) -> bool:
    """``words`` (after a name) name someone else: two capitalised words in a row, a
    conjunction before a capitalised word ("Anna Weber und Kern halten …") or right after
    the name ("Anna Weber und ihre Kollegen sehen …")."""
    joined = "|".join(CONJUNCTIONS.get(lang, ())) or "(?!)"
    return bool(
        re.search(rf"{NAME}\s+{NAME}|(?<!\w)(?:{joined})\s+[A-ZÄÖÜ]", words)
        or re.match(rf"\s*(?:{joined})(?!\w)", words)
    )


def _not_the_holder(before: str, found: re.Match[str], lang: str) -> bool:
    """The name a relative clause follows (``found``, in ``before``) may not be what its
    pronoun stands for: a noun and a preposition come before it ("Ein Brief an Anna Weber,
    der …"), a conjunction joins it to another ("von Peter Kern und Anna Weber, die …"),
    or the clause has a pronoun or quantifier as its own subject ("…, die viele als …")."""
    lead = before[: found.start(1)]
    language = languages.get(lang)
    joined = "|".join(CONJUNCTIONS.get(lang, ())) or "(?!)"
    ties = language.reporting.deem_ties or "(?!)"
    noun = r"[A-ZÄÖÜ][\w-]*" if language.capitalises_nouns else r"\w+"
    if re.search(rf"(?:{noun}\s+(?:{ties})|(?<!\w)(?:{joined}))\s*$", lead):
        return True
    subject = found.group(2).split()[:1]
    crowds = languages.get(lang).reporting.words("deem_crowds")
    return bool(subject and subject[0].casefold() in crowds)


def _whole(run: str, name: str, lang: str) -> bool:
    """The ``name`` resolved covers the whole ``run`` it came from, its leading roles left
    out: the run is the name or its end ("Osterloh" for "Bernd Osterloh"), not a name and
    more ("Anna Weber Peter Kern")."""
    words = run.split()
    while words and words[0].casefold() in ROLES.get(lang, ()):
        words = words[1:]
    return bool(words) and name.split()[-len(words) :] == words


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
        and not two_names(first.group(1), lang)
        and _marked(first.group(2), clause, lang)
    ):
        first = None  # "Das Publikum sieht Anna Weber als „…“": her, seen
    held = relative.search(before)
    if held is not None and (
        _another(held.group(2), lang)
        or not _marked(held.group(2), held.group(2), lang)
        or _not_the_holder(before, held, lang)
    ):
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
        if subject and re.match(rf"\s+(?:{deems})\s+[^,]*$", rest) and _marked(rest, clause, lang):
            who = subject  # "Anna Weber sieht darin einen „…“"
    if who is None or who.split()[0].casefold() in DETERMINERS.get(lang, ()):
        return _NONE
    if who.split()[0].casefold() in NAME_PARTICLES:
        return _NONE
    name, ident = speakers.resolve_clause(who, sentence.start, None)
    if name is None or (ident is None and not a_name(name, lang)):
        return _NONE
    if found is first and ident is None and not _whole(who, name, lang):
        return _NONE  # the name resolved is not the whole run after the verb
    if ident is None and " " not in name and speakers.runs.mentions(name) < 2:
        return _NONE  # a name said once: maybe no name at all
    if doubtful_who(speakers, (name, ident), who):
        return _NONE
    return name, ident
