"""Whom a pronoun of a reporting clause stands for where its sentence opens with a
subordinate clause whose subject is a named person ("Als der Regisseur Tom Weller den
Preis erhielt, sagte er: „…“", "Nachdem die Bürgermeisterin Karin Lutz das Band
durchschnitten hatte, sagte sie …"): that person, read from the words the subordinate
clause opens with (its verb comes last, after any object), where those hold only role
words before the name, the rest of the clause names no one else, the pronoun stands after
its comma, and the person is the glossary's or a first name of the pronoun's gender and a
surname ("Nachdem die Polizei Tom Weller festgenommen hatte" is no subject Tom Weller);
``Reporting.subordinate``, read by ``speaker_checks.antecedent``."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import DETERMINERS
from translate.coverage.genders import gender_of, other_gender, pronoun_gender
from translate.coverage.reported_shapes import reporting_field
from translate.coverage.speaker_names import is_role
from translate.coverage.speakers import _WRITTEN as WRITTEN
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
    m = re.match(rf"\s*(?i:{opener})\s+([^,;:„“”\"«»]{{1,200}}),", sentence.text)
    if m is None:
        return None
    rest = sentence.text[m.end() :]
    if not re.search(rf"(?<!\w){re.escape(pronoun)}(?!\w)", rest.casefold()):
        return None  # "Als er …, sagte X": the pronoun in the subordinate clause
    # its subject: the determiner, adjectives and capitalised words it opens with (its verb
    # comes last, after any object: "der Regisseur Tom Weller | den Preis erhielt")
    clause, at = m.group(1), sentence.start + m.start(1)
    dets = "|".join(DETERMINERS.get(lang, ())) or "(?!)"
    head = re.match(
        rf"\s*(?:(?:{dets})\s+)?(?:[a-zäöüß]+e[mnrs]?\s+){{0,2}}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*",
        clause,
    )
    if head is None or any(w in languages.get(lang).pronouns for w in head.group(0).split()):
        return None
    if speakers.names_in(clause[head.end() :], at + head.end(), loose=True):
        return None  # "Als Tom Weller den Preis an Anna Berg überreichte, sagte sie"
    if WRITTEN.search(clause[head.end() :]):
        return None  # "Als Tom Weller und Karl Lenz ankamen": not one person
    name, ident = speakers.resolve_clause(head.group(0).strip(), at, None)
    if name is None or other_gender(name, pronoun, lang):
        return None
    # before the name only roles, and adjectives where nouns take a capital: not "Nachdem
    # die Polizei Tom Weller festgenommen hatte", "Nadat de politie Jan Smit had opgepakt"
    nouns = languages.get(lang).capitalises_nouns
    before = head.group(0).split()[: -len(name.split())]
    if any(
        not is_role(w, lang)
        for w in before
        if w.casefold() not in DETERMINERS.get(lang, ()) and (w[:1].isupper() or not nouns)
    ):
        return None
    if ident is None and not (
        len(name.split()) == 2 and gender_of(name) == pronoun_gender(pronoun, lang)
    ):
        return None  # "Als die Polizei Weller festnahm": its verb last, the object read in
    return name, ident
