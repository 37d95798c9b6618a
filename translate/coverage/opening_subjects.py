"""Whom a pronoun of a reporting clause stands for where its sentence opens with a
subordinate clause whose subject is a named person ("Als der Regisseur Tom Weller den
Preis erhielt, sagte er: „…“", "Nachdem Anna Weber gelandet war, erklärte sie …"): that
person, where the subordinate clause names no one else, the pronoun stands after its
comma, and the person is the glossary's or a first name of the pronoun's gender and a
surname (the verb of a subordinate clause comes last: "Als die Polizei Weller festnahm"
is no "Polizei Weller"); ``Reporting.subordinate``, read by ``speaker_checks.antecedent``."""

from __future__ import annotations

import dataclasses
import re

from glossary import languages
from translate.coverage.genders import gender_of, other_gender, pronoun_gender
from translate.coverage.reported_shapes import reporting_field
from translate.coverage.speakers import Speakers
from translate.records import Sentence


def opening_subject(
    speakers: Speakers, sentence: Sentence, pronoun: str
) -> tuple[str, str | None] | None:
    """The named subject of the subordinate clause ``sentence`` opens with, for
    ``pronoun`` in the clause after it (see the module doc); else None."""
    lang = speakers.article.lang
    if pronoun not in languages.get(lang).pronouns:
        return None
    opener = reporting_field(lang, "subordinate")
    m = re.match(rf"\s*(?i:{opener})\s+([^,;:„“”\"«»]+),", sentence.text)
    if m is None:
        return None
    rest = sentence.text[m.end() :]
    if not re.search(rf"(?<!\w){re.escape(pronoun)}(?!\w)", rest.casefold()):
        return None  # "Als er …, sagte X": the pronoun in the subordinate clause
    inner = dataclasses.replace(
        sentence, text=m.group(1), start=sentence.start + m.start(1), end=sentence.start + m.end(1)
    )
    named = speakers.subject_of(inner, True)
    if named is None or other_gender(named[0], pronoun, lang):
        return None
    if named[1] is None and not (
        len(named[0].split()) == 2 and gender_of(named[0]) == pronoun_gender(pronoun, lang)
    ):
        return None  # "Als die Polizei Weller festnahm": its verb last, the object read in
    return named
