"""Who a sentence of reported speech tells at its end ("Die Täter gäben sich als
Bankmitarbeiter aus, erklärte Kommissarin Sandra Wölk."): a pronoun in the sentence right
after it ("„…“, betonte sie.") stands for that person, where the sentence names no one
else. German capitalises nouns, so such a sentence is seldom one whose capitalised words
are a single name, and the subject it starts with is the content's, not the teller."""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary import languages
from translate.coverage.clause_words import SAY
from translate.coverage.clauses import reporting_clause
from translate.coverage.genders import other_gender
from translate.coverage.leading_subjects import leading_subject
from translate.coverage.reported_english import alternation
from translate.coverage.speaker_checks import a_name
from translate.coverage.speaker_names import is_person_noun, is_role, name_in
from translate.coverage.speakers import Speakers
from translate.records import Sentence

# What ``name_in`` finds that is a person ("Bankmitarbeiter von Anna Weber", "Frau Berger")
_PEOPLE = ("name", "rolename")


def tail_teller(
    speakers: Speakers, sentence: Sentence, said_in: Sentence, pronoun: str = ""
) -> tuple[str, str | None] | None:
    """The person a reporting clause at the end of ``sentence`` names (", erklärte X."),
    where it follows words of content, the name ends the sentence (not "… zu Karl Berger",
    "… der Rentnerin"), the sentence names no other person and the ``pronoun`` of
    ``said_in`` is of the gender of X's role word (``agrees``); not for a pronoun after a
    verb in the plural ("„…“, sagten sie.")."""
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
    tail = text[tails[-1].end() :].strip(" .!")
    if not tail.endswith(clause.who.split()[-1]) or not agrees(
        pronoun, tail, text[: tails[-1].start()], lang
    ):
        return None
    at = sentence.start + tails[-1].start()
    name, ident = speakers.resolve_clause(clause.who, at, None)
    if name is None or (ident is None and not a_name(name, lang)):
        return None
    others = speakers.names_in(text, sentence.start, loose=True)
    runs = re.findall(r"[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}", text[: tails[-1].start()])
    named = [n[1] for r in runs if (n := name_in(r, lang)) and n[0] in _PEOPLE]
    if any(n.split()[-1] != name.split()[-1] for n in [*others, *named]):
        return None  # "Müller habe gelogen, sagte Schmidt.": two people, not sure
    return name, ident


def agrees(pronoun: str, teller: str, content: str, lang: str) -> bool:
    """``pronoun`` is of the gender of a role word of the ``teller``'s ("Kommissarin X":
    "sie", "Kommissar X": "er"; ``Reporting.pronoun_genders``) and the ``content`` has no
    noun of a person of that gender ending so ("Die Rentnerin habe …": maybe hers)."""
    genders = dict(
        g.partition(":")[::2] for g in languages.get(lang).reporting.words("pronoun_genders")
    )
    if pronoun.casefold() not in genders:
        return False
    endings = [e for e in genders.values() if e]

    def gender(word: str) -> str:
        for end in endings:
            if word.endswith(end) and is_role(word[: -len(end)], lang):
                return end
        return ""

    roles = [w for w in teller.split() if w[:1].isupper() and is_role(w, lang)]
    wanted = genders[pronoun.casefold()]
    if not roles or any(gender(w) != wanted for w in roles):
        return False  # no role word: whose gender is not known
    return not wanted or not any(
        gender(w) == wanted and is_person_noun(w, lang) for w in re.findall(r"\w+", content)
    )


def told_right_before(
    speakers: Speakers, between: Sequence[Sentence], said_in: Sentence, pronoun: str
) -> tuple[str, str | None] | None:
    """The one person the sentence right before ``said_in`` (the last of ``between``)
    names, as its subject with a reporting verb right after it ("Silke Brauer sagte, sie
    nehme … ."): the ``pronoun`` of ``said_in``'s reporting clause stands for them ("„…“,
    fügte sie hinzu."), not for someone quoted before; not where the sentence names
    another, the pronoun is of the other gender, or its verb is plural."""
    lang = speakers.article.lang
    if not between or between[-1].index != said_in.index - 1 or lang not in SAY:
        return None
    plurals = languages.get(lang).reporting.words("plural_says")
    if any(w in plurals for w in re.findall(r"\w+", said_in.text)):
        return None
    before = between[-1].text
    teller = speakers.subject_of(between[-1], True)
    who = leading_subject(before, lang) or ""
    says = alternation(SAY[lang])
    if teller is None or not who or not re.match(rf"\s*{re.escape(who)}\s+(?:{says})\W", before):
        return None
    return None if other_gender(teller[0], pronoun, lang) else teller
