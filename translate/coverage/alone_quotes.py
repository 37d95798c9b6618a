"""The speaker of a quotation that is a sentence of its own with no reporting clause, from
the sentence before it (``translate.coverage.quotations``): only where that sentence
introduces it ("X sagte:"), holds a reporting clause ("Die Lage sei ernst, sagte X. „…“";
a pronoun there stands for whom the sentences before it name), or is about its
subject, a named person: what they say ("X verurteilte die Haltung der Regierung. „…“"),
or, where the sentence names no one else and is no passive, how they are, the quotation
in the first person and of no one by a pronoun of one man or woman, and no sentence
after it that tells whose it is ("Die Schulleiterin Birgit Hoff war den Tränen nahe.
„Wir …“"; not "X traf Y. „…“", "X ist tot. „Wir trauern um sie.“", "„…“ So Y.").
"""

from __future__ import annotations

import re

from glossary import languages
from glossary.languages.descriptions import descriptions
from translate.coverage.clauses import has_cue, reporting_clause
from translate.coverage.head_clauses import told_next
from translate.coverage.speaker_checks import antecedent
from translate.coverage.speakers import Speakers
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
    if not introduced and unquoted and has_cue(previous.text, lang):
        # "X verurteilte die Haltung der Regierung. „…“": the sentence before's
        # subject, where it names a person and says something
        speaker = speakers.subject_of(previous) or (None, None)
        rule = "alone-subject"
    elif not introduced and unquoted and _first_person(speakers, previous):
        # "Die Schulleiterin Birgit Hoff war den Tränen nahe. „Wir …“": its one person
        speaker = speakers.subject_of(previous, True) or (None, None)
        if speaker[0] and told_next(speakers, previous.index + 1, speaker[0]):
            speaker = (None, None)  # "„…“ Das schrieb Y.", "„…“ So Y."
        rule = "alone-subject"
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


def _first_person(speakers: Speakers, previous: Sentence) -> bool:
    """The quotation alone after ``previous`` (its whole sentence) speaks in the first
    person (``Descriptions.first_person``) and of no one by a pronoun of one man or
    woman ("„Wir trauern um sie.“"), and ``previous`` is no passive ("X wurde abgewählt.
    „Wir sind froh.“": another's joy, maybe)."""
    article = speakers.article
    found = descriptions(article.lang)
    if not found.first_person or previous.index + 1 >= len(article.sentences):
        return False
    words = re.findall(r"\w+", article.sentences[previous.index + 1].text.casefold())
    aux = languages.get(article.lang).reporting.passive_auxiliaries or "(?!)"
    if re.search(rf"(?<!\w)(?:{aux})(?!\w)", previous.text, re.IGNORECASE):
        return False
    third = f"{found.masculine}|{found.feminine}".strip("|") or "(?!)"
    return any(re.fullmatch(found.first_person, w) for w in words) and not any(
        re.fullmatch(third, w) for w in words
    )
