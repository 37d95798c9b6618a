"""Who a sentence of reported speech tells at its end ("Die Täter gäben sich als
Bankmitarbeiter aus, erklärte Kommissarin Sandra Wölk."): a pronoun in the sentence right
after it ("„…“, betonte sie.") stands for that person, where the sentence names no one
else. German capitalises nouns, so such a sentence is seldom one whose capitalised words
are a single name, and the subject it starts with is the content's, not the teller."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import SAY
from translate.coverage.clauses import reporting_clause
from translate.coverage.reported_english import alternation
from translate.coverage.speaker_checks import a_name
from translate.coverage.speakers import Speakers
from translate.records import Sentence


def tail_teller(
    speakers: Speakers, sentence: Sentence, said_in: Sentence
) -> tuple[str, str | None] | None:
    """The person a reporting clause at the end of ``sentence`` names (", erklärte X."),
    where it follows words of content and the sentence names no other person; not for a
    pronoun of ``said_in`` after a verb in the plural ("„…“, sagten sie.")."""
    lang = speakers.article.lang
    plurals = languages.get(lang).reporting.words("plural_says")
    if lang not in SAY or any(w in plurals for w in re.findall(r"\w+", said_in.text)):
        return None
    text = sentence.text
    tails = list(re.finditer(rf",\s+(?:{alternation(SAY[lang])})\s+(?=\w)", text))
    if not tails or len(text[: tails[-1].start()].split()) < 3:
        return None
    clause = reporting_clause("", text[tails[-1].start() :], lang)
    if clause is None or not clause.who or "," in text[tails[-1].end() :]:
        return None
    at = sentence.start + tails[-1].start()
    name, ident = speakers.resolve_clause(clause.who, at, None)
    if name is None or (ident is None and not a_name(name, lang)):
        return None
    others = speakers.names_in(text, sentence.start)
    if any(n.split()[-1] != name.split()[-1] for n in others):
        return None  # "Müller habe gelogen, sagte Schmidt.": two people, not sure
    return name, ident
