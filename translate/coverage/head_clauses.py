"""Speakers from the reporting clause a sentence starts with, for quotations that stand
in the sentence's reported part ("Karsai sagte am Sonntag weiter, Afghanistan sei ein
„Opfer …“") or in reported speech going on in the next sentence ("In seiner Rede erklärte
Johnson, …. Er werde „…“"). Only a clause with a reporting verb counts, and only where
the quotation's own part of the sentence has none ("…, während Anna Weber von einem „…“
sprach" is Anna Weber's clause, not the first one's).
"""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clauses import has_cue, reporting_clause
from translate.coverage.speakers import Speakers
from translate.records import Sentence

_NONE: tuple[str | None, str | None] = (None, None)


def head_speaker(speakers: Speakers, sentence: Sentence) -> tuple[str | None, str | None]:
    """The speaker the reporting clause ``sentence`` starts with names ("In seiner Rede
    erklärte Johnson, …"), where it has a reporting verb."""
    said = reporting_clause(sentence.text.split(",")[0], "", speakers.article.lang)
    if said is None or said.weak:
        return _NONE
    return speakers.resolve_clause(said.who, sentence.start, None)


def in_reported_part(
    speakers: Speakers, sentence: Sentence, before: str, after: str, words: str, titled: bool
) -> tuple[tuple[str | None, str | None], str | None] | None:
    """(speaker, cue) of a quotation whose words are ``words``, with ``before`` and
    ``after`` it in ``sentence``, that stands after the sentence's first comma, where the
    clause before that comma reports; None where it does not. ``titled``: the quotation
    was taken for a title only by its capitals (a language that capitalises nouns may
    quote "ein „Opfer des Terrorismus“": words said, where a lower-case word comes before
    them and one stands among them; "der Film „Tage der Sonne“" stays a title)."""
    lang = speakers.article.lang
    if titled and not (
        languages.get(lang).capitalises_nouns
        and re.search(r"\s[a-zäöüß]", words)
        and re.search(r"(?<!\S)[a-zäöüß]+\s*$", before)
    ):
        return None
    head = before.split(",")[0]
    if head == before or has_cue(before[len(head) :] + " " + after, lang):
        return None
    said = reporting_clause(head, "", lang)
    if said is None or said.weak:
        return None
    return speakers.resolve_clause(said.who, sentence.start, None), said.cue
