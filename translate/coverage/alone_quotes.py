"""The speaker of a quotation that is a sentence of its own with no reporting clause, from
the sentence before it (``translate.coverage.quotations``): only where that sentence
introduces it ("X sagte:"), holds a reporting clause ("Die Lage sei ernst, sagte X. „…“";
a pronoun there stands for whom the sentences before it name), or is about what its
subject, a named person, says ("X verurteilte die Haltung der Regierung. „…“").
"""

from __future__ import annotations

import functools
import re

from glossary import languages
from glossary.languages.listeners import groups, press
from translate.coverage.clauses import has_cue, reporting_clause
from translate.coverage.head_clauses import told_next
from translate.coverage.leading_subjects import leading_subject
from translate.coverage.reported_english import alternation
from translate.coverage.reported_subjects import told_back
from translate.coverage.speaker_checks import antecedent
from translate.coverage.speakers import Speakers
from translate.coverage.who_words import plural_person
from translate.records import Sentence
from translate.results import Quote

Speaker = tuple[str | None, str | None]


def alone_speaker(
    speakers: Speakers,
    found: list[Quote],
    previous: Sentence,
    seen: dict[int, tuple[str, str | None] | None],
    cue: str | None,
    rule: str,
) -> tuple[Speaker, str | None, str]:
    """(speaker, cue, rule) of a quotation standing alone right after ``previous`` (see
    the module doc); ``cue`` and ``rule`` as they were where it gives none. ``found``: the
    quotations before it; ``seen``: who each sentence names, read once per sentence."""
    lang = speakers.article.lang
    speaker: Speaker = (None, None)
    introduced = previous.text.rstrip().endswith(":")
    unquoted = not re.search(r"[„“”\"«»]", previous.text)
    comma = previous.text.rfind(",")
    # "Putin sei bereit, sagte Kremlsprecher Peskow. „…“": the clause after the content
    tail = reporting_clause("", previous.text[comma:], lang) if unquoted and comma > 0 else None
    if (
        tail is not None
        and not introduced
        and tail.who.casefold() not in languages.get(lang).pronouns
        and not told_next(speakers, previous.index + 1, tail.who)
        and re.fullmatch(_says(lang), (tail.cue or "").split()[0]) is not None
    ):  # a plain verb of saying: not "warf der Rechnungshof Ministerin X vor" (the accused)
        named = speakers.resolve_clause(tail.who, previous.start + comma, None)
        if named[0] is not None:
            return named, tail.cue, "alone-clause"
    if not introduced and unquoted and has_cue(previous.text, lang):
        # "X verurteilte die Haltung der Regierung. „…“": the sentence before's
        # subject, where it names a person and says something
        speaker = speakers.subject_of(previous) or (None, None)
        if speaker[0] is not None and _told_back(speakers, previous.index + 2):
            speaker = (None, None)  # "„…“ Das teilte ein Polizeisprecher mit."
        rule = "alone-subject"
        if _not_speaking(previous.text, lang):  # "X wurde kritisiert.", "X sprach mit Anwohnern."
            return (None, None), cue, rule
    said = (
        reporting_clause(previous.text, "", lang)
        if introduced or (unquoted and speaker[0] is None)
        else None
    )  # "Nach Ansicht von X ist … . „…“"
    if said is not None and not told_next(speakers, previous.index + 1, said.who):
        # "Die Lage sei ernst, sagte er. „…“": whom the sentences before name (not where
        # the sentence after names another: "„…“ So konterte Felix Brandt.")
        last = antecedent(speakers, found, previous, said.who.casefold(), seen)
        speaker = speakers.resolve_clause(said.who, previous.start, last)
        cue = said.cue
        rule = "alone-introduced" if introduced else "alone-clause"
    return speaker, cue, rule


def _not_speaking(text: str, lang: str) -> bool:
    """The subject starting ``text`` is not who speaks in the sentence after it: a passive
    ("X wurde scharf kritisiert.": the critics' words, maybe), or a talk with people who
    may be the ones quoted ("X sprach in Ahrweiler mit Flutopfern."; not the press: "mit
    Journalisten")."""
    reporting = languages.get(lang).reporting
    who = leading_subject(text, lang) or ""
    verb = re.match(rf"\W*{re.escape(who)}\s+(\w+)", text) if who else None
    if verb and re.fullmatch(reporting.passive_auxiliaries or "$^", verb.group(1), re.I):
        return True
    words = re.findall(r"[\w-]+", text)
    with_them = [i for i, w in enumerate(words) if w.casefold() in reporting.words("companions")]
    return any(
        (plural_person(w, lang) or w.casefold().startswith(groups(lang)))
        and not w.casefold().startswith(press(lang))
        for i in with_them
        for w in words[i + 1 : i + 4]
    )


def _told_back(speakers: Speakers, index: int) -> bool:
    """Sentence ``index`` (right after a quotation alone) only says who said it ("Das
    teilte ein Polizeisprecher mit."; ``translate.coverage.told_after``), and not with a
    pronoun ("Das sagte er am Montag.": whom the sentences before name)."""
    sentences, lang = speakers.article.sentences, speakers.article.lang
    told = told_back(sentences[index].text, lang, _says(lang)) if index < len(sentences) else None
    return told is not None and told[0].split()[0].casefold() not in languages.get(lang).pronouns


@functools.cache
def _says(lang: str) -> str:
    """The language's plain verbs of saying (``Reporting.told_says``), an alternation."""
    return alternation(languages.get(lang).reporting.words("told_says")) or "$^"
