"""Checks that a speaker found is sure: a name, the one the nearer clause names, nobody else
in reach who could be the speaker too (a pronoun after two people: none, precision first)."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage import unnamed_subjects as unnamed
from translate.coverage.cited_authors import cut_at_title
from translate.coverage.clause_words import (
    COMPANIONS,
    CONJUNCTIONS,
    DETERMINERS,
    POSSESSIVES,
    counted,
)
from translate.coverage.clauses import Clause, has_cue, reported
from translate.coverage.cut_names import described_name
from translate.coverage.genders import other_gender
from translate.coverage.interruptions import interrupted as interrupted
from translate.coverage.leading_subjects import (
    leading_subject,
    plural_said,
)
from translate.coverage.marks import quotation_spans
from translate.coverage.name_ends import body_of
from translate.coverage.speaker_names import (
    after_roles,
    body_nouns,
    is_name,
    is_role,
    name_in,
    of_a_person,
    someone_of,
)
from translate.coverage.speakers import _WRITTEN as WRITTEN
from translate.coverage.speakers import Speakers
from translate.coverage.who_words import plural_person
from translate.records import Sentence
from translate.results import Quote


def another(
    name: str, ident: str | None, clause: Clause | None, before: str, after: str, lang: str
) -> bool:
    """The name the second reader found is another than the one the nearer clause after
    the quotation names ("…“, sagte Meier der Deutschen Presse-Agentur"), or than the
    clause between it and the quotation ("Wie X berichtete, soll laut der Studie … „…“":
    the study's; ``ident``: the name's glossary id, which the clause may name by a role):
    not sure. Or it is a title cut before the name ("…“, sagte Prof. Dr. med. X")."""
    if not ident and cut_at_title(name, after):
        return True
    if clause is None:
        return False
    at = before.rfind(clause.who)
    if (
        not ident
        and at > 0
        and not holds(name, clause.who, lang)
        and name.split()[-1] in before[:at]
    ):
        return True  # the first reader's clause, nearer, names another ("laut der Studie")
    if clause.who not in after:
        return False
    named = name_in(clause.who, lang)
    return (
        named is not None
        and named[0] in ("name", "surname")
        and named[1].split()[-1] != name.split()[-1]
    )


def holds(name: str, words: str | None, lang: str, context: str = "") -> bool:
    """The words a quotation's reporting clause names its speaker with hold ``name``'s
    last word (or the apposition right after them in ``context``, the text that holds
    them, does: "laut dem Chefankläger, Luis Moreno Ocampo, …"), or are a pronoun, or
    there are none: a speaker found elsewhere is not contradicted by the clause nearer
    the quotation ("Wie X berichtete, soll laut der Studie … „…“": the study's)."""
    if not words or words.strip().casefold() in languages.get(lang).pronouns:
        return True
    at = context.find(words)
    apposition = re.match(r"\s*,([^,.;:]{1,60}),", context[at + len(words) :]) if at >= 0 else None
    return any(
        re.search(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)", text)
        for text in (words, apposition.group(1) if apposition else "")
    )


def a_name(name: str, lang: str) -> bool:
    """``name`` has a name's shape, starts with no determiner or number and ends in no role
    after a genitive ("Peter Maiers Anwalt" is the lawyer, whose name is not given)."""
    if not (words := name.split()):
        return False
    whose = len(words) > 1 and words[-2][-1:] in "s'’" and is_role(words[-1], lang)
    # "Thijs Dokter": where only names take a capital, a capitalised role is a surname
    whose = whose and (languages.get(lang).capitalises_nouns or words[-1].islower())
    # "De Telegraaf": a capitalised determiner is a name's where only names take a capital
    titled = words[0][:1].isupper() and languages.get(lang).capitals_mark_names
    told = len(words) == 1 and name.endswith("n") and languages.get(lang).capitalises_nouns
    told = told and plural_person(name, lang)
    return (
        is_name(name, lang)
        and (words[0].casefold() not in DETERMINERS.get(lang, ()) or titled)
        and not whose
        and not (counted(words[0], lang) or described_name(name, lang))  # "Zwei", "PVV-kiezer"
        and not told  # "sagte der Kanzler Reportern:": a person noun's plural, whom told
    )


def doubtful_who(
    speakers: Speakers,
    speaker: tuple[str | None, str | None],
    who: str,
    before: str = "",
    start: int = 0,
) -> bool:
    """The words ``who`` of a quotation's reporting clause do not make ``speaker`` sure:
    two people joined ("X und Y sagten"); the name is a person's whose the speaker is ("De
    vrouw van Jan de Vries zei"; not "een verklaring van X", nor "ein Sprecher des CERN":
    a spokesperson speaks for their organisation); or, in ``before`` the quotation (its
    sentence's words, from offset ``start``), another quotation and another person come
    after them (``named_between``)."""
    name = str(speaker[0])
    if named_between(speakers, (name, speaker[1]), who, before, start):
        return True
    if any(_genitive(speakers, w) for w in name.split()[:-1]):
        return True  # "Hagens Partei hatte „…“ verlangt" after "Jens Hagen": not Hagen
    if name.split() and _numbered(name.split()[-1], before):
        return True  # "laut dem Dekret Nr. 41-220": a numbered text, no one named
    lang = speakers.article.lang
    if of_a_person(who, lang):
        return True  # "de woordvoerder van minister X": the spokesperson's words, not X's
    if two_joined(who, lang):
        return True
    first = next((who.find(w) for w in name.split() if w in who), -1)
    documents = languages.get(lang).reporting.documents or "(?!)"
    person = name_in(who, lang)  # a spokesperson of an organisation speaks for it
    return (
        first > 0
        and person is not None
        and person[0] != "org"
        and someone_of(who[:first], lang)
        and not re.search(rf"(?<!\w)(?:{documents})(?!\w)", who[:first], re.IGNORECASE)
    )


def two_joined(who: str, lang: str) -> bool:
    """``who`` names two people or bodies joined by a conjunction ("X und Y sagten")."""
    joined = "|".join(map(re.escape, CONJUNCTIONS.get(lang, ())))
    head = who.split(",")[0]  # not an apposition's "Journalistinnen- und …-Union"
    named = [name_in(part, lang) for part in re.split(rf"\s(?:{joined or '(?!)'})\s", head)]
    return sum(1 for n in named if n is not None and n[0] != "pronoun") >= 2


def _genitive(speakers: Speakers, word: str) -> bool:
    """``word`` is a name's genitive: capitalised, in -s, written without it too ("Hagens")."""
    return (
        len(word) > 3
        and word[:1].isupper()
        and word.endswith("s")
        and speakers.runs.mentions(word[:-1]) > 0
    )


def rivals(
    speakers: Speakers,
    speaker: tuple[str, str | None],
    since: int,
    until: int,
    others_only: bool = False,
    pronoun: str = "",
) -> bool:
    """Someone other than ``speaker`` is named in the article's text from ``since`` to
    ``until`` (a pronoun standing for them; quoted words left out): the pronoun may be
    theirs ("Im Brief an Jan Brandt erklärte sie:"). Unless ``others_only``, the speaker
    too, named in the pronoun's own clause (no comma between): a pronoun stands for nobody
    named in its clause ("Den Plan von Peter Kern nannte sie „…“": not Peter Kern). Someone
    whose first name tells a gender the ``pronoun`` is not of is no rival (``genders``)."""
    chars = list(speakers.article.text[since:until])
    for start, end in quotation_spans("".join(chars)):  # any marks: „…“, "…", '…', ‘…’, «…»
        chars[start - 1 : end + 1] = " " * (end - start + 2)
    text = "".join(chars)
    name, ident = speaker
    surname = name.split()[-1].casefold()
    own = re.split(r"[,;:]", text)[-1]
    if not others_only and any(
        other.split()[-1].casefold() == surname or (ident is not None and other_id == ident)
        for other, other_id in speakers.names_in(own, until - len(own), loose=True).items()
    ):
        return True
    lang = speakers.article.lang
    met = "|".join(COMPANIONS.get(lang, ())) if others_only and pronoun else "(?!)"  # "mit X"
    return any(
        other.split()[-1].casefold() != surname
        and (ident is None or other_id != ident)
        and not other_gender(other, pronoun, lang)
        and not re.search(rf"\b(?:{met})\s+(?:\S+\s+){{0,3}}{re.escape(other)}\b", text)
        for other, other_id in speakers.names_in(text, since, loose=True).items()
    )


def pronoun_at(
    pronoun: str, before: str, after: str, start: int, end: int, cue: str | None = None
) -> int:
    """Where in the article the pronoun of a quotation's reporting clause stands: its last
    place in ``before`` the quotation (which starts at ``start``), else where its ``cue``
    stands there (a possessive for it: "Seiner Ansicht nach „…“"), else its first in
    ``after`` it (which ends at ``end``)."""
    word = rf"(?<!\w){re.escape(pronoun)}(?!\w)"
    found = list(re.finditer(word, before, re.IGNORECASE))
    if found:
        return start - len(before) + found[-1].start()
    if cue and cue in before:
        return start - len(before) + before.rindex(cue)
    later = re.search(word, after, re.IGNORECASE)
    return end + (later.start() if later else 0)


def reported_between(speakers: Speakers, quote: Quote, index: int) -> bool:
    """The one sentence between ``quote`` (with its speaker) and sentence ``index`` is
    their reported speech going on: in Konjunktiv I, with no quotation, no reporting verb
    and nobody else named ("„…“, sagte X. Zudem sei das Gesetz zu streng. „…“")."""
    last = quote.last_sentence if quote.last_sentence is not None else quote.sentence
    if last != index - 2:
        return False
    between = speakers.article.sentences[index - 1]
    lang = speakers.article.lang
    return (
        reported(between.text, lang)
        and not re.search(r"[„“”\"«»]", between.text)
        and not has_cue(between.text, lang)
        and not rivals(
            speakers, (str(quote.speaker), quote.speaker_id), between.start, between.end, True
        )
    )


def recent_speakers(speakers: Speakers, found: list[Quote], index: int) -> list[Quote]:
    """Of the last quotations ``found``, those with a speaker whose reported speech may go
    on in sentence ``index``: in it or the sentence before, or two before where the one
    between is their reported speech going on (``reported_between``: "„…“, sagte X. Die
    Gebühren stärkten die Hochschulen. Die Studie zeige, „…“")."""
    return [
        q
        for q in found[-3:]
        if q.speaker and (index - q.sentence <= 1 or reported_between(speakers, q, index))
    ]


def possessive_going_on(
    speakers: Speakers, found: list[Quote], index: int, start: int, before: str
) -> tuple[str | None, str | None]:
    """The speaker of the quotation just before (in sentence ``index`` - 1), for one whose
    sentence (at ``start``, ``before`` it) starts with a possessive pronoun and names
    nobody else ("„…“, sagte X. Seine Zuversicht gründet sich auf …: „…“")."""
    first = before.split()[0].casefold() if before.split() else ""
    lang = speakers.article.lang
    if first not in POSSESSIVES.get(lang, ()) or not found or not found[-1].speaker:
        return None, None
    named = re.match(r"\s*\S+\s+\S+\s+[A-ZÀ-Ý][\w'’.-]*(?:[\s,:]|$)", before)
    if named or plural_person([*before.split(), "", ""][1].strip(":,"), lang):  # "Seine Frau"
        return None, None  # "Ihr Nachbar Ralf Jung ergänzte:": someone else named, maybe
    quote = found[-1]
    last = quote.last_sentence if quote.last_sentence is not None else quote.sentence
    speaker = (str(quote.speaker), quote.speaker_id)
    if last != index - 1 or rivals(speakers, speaker, start, start + len(before), True):
        return None, None
    return speaker


def weak_unsure(speakers: Speakers, name: str, clause: Clause, before: str) -> bool:
    """A speaker of a clause with no reporting verb ("X: „…“") that is not sure: the
    clause is someone's account ("X sei … verpflichtet: „…“"), a passive ("X wurde von der
    Opposition angegriffen: „…“"), names someone else after the speaker ("X erhielt Lob von
    Y:", "X zu Y:": Y's words, maybe), or a name said once with no first name or role."""
    lang = speakers.article.lang
    verb = re.match(rf"\W*{re.escape(clause.who)}\s+(\w+)", before)
    if verb and reported(verb.group(1), lang):
        return True
    reporting = languages.get(lang).reporting
    if verb and re.fullmatch(reporting.passive_auxiliaries or "$^", verb.group(1), re.I):
        return True
    rest = before[at + len(clause.who) :] if (at := before.find(clause.who)) >= 0 else ""
    surname = name.split()[-1].casefold()
    by_of = "|".join(w for w in (reporting.agent, reporting.body_of) if w) or "$^"
    said_to = rf"\b{re.escape(name.split()[-1])}\s+(?:{reporting.object_prepositions or '$^'})\s"
    after = [rest[by.end() :] for by in re.finditer(rf"(?<!\w)(?:{by_of})\s+", rest)]
    for text in after + [before[m.end() :] for m in re.finditer(said_to, before)]:  # "X zu Y:"
        others = speakers.names_in(text, 0)
        if any(other.split()[-1].casefold() != surname for other in others):
            return True
    return (
        " " not in name
        # a role, or a body's noun before an acronym ("De vakbond FNV is sceptisch:")
        and not any(
            is_role(w, lang) or (w.casefold() in body_nouns(lang) and name.isupper())
            for w in clause.who.split()[:-1]
        )
        and speakers.runs.mentions(name.split()[-1]) < 2
    )


def _two_people(speakers: Speakers, sentence: Sentence) -> bool:
    """``sentence`` starts with a person as its subject and names another person after it
    ("Peter Hansen traf Anna Berg."; not "… besuchte die Deutsche Bank")."""
    if speakers.subject_of(sentence, True) is not None or speakers.subject_of(sentence) is None:
        return False
    return len(speakers.names_in(sentence.text, sentence.start, True)) > 1


def antecedent(
    speakers: Speakers,
    found: list[Quote],
    sentence: Sentence,
    pronoun: str,
    seen: dict[int, tuple[str, str | None] | None],
) -> tuple[str, str | None] | None:
    """Who a pronoun of ``sentence``'s reporting clause may stand for: the speaker of a
    quotation of this sentence or the two before (``found``); nobody where a sentence
    between starts with another person as its subject ("„…“, sagte X. Y ordnete … an. Er
    sagte: „…“": not sure, X or Y); else the one person the sentence before names, through
    sentences that speak of them by the same pronoun ("Er begründet … . „…“, teilte er
    mit."). ``seen``: who each sentence names, read once per sentence (issue 35)."""
    from translate.coverage.tail_tellers import tail_teller, told_right_before  # imports this

    article = speakers.article
    if plural_said(sentence.text, pronoun, article.lang):
        return None  # "„…“, zeggen ze": a group, no one person
    recent = [q for q in found[-3:] if q.speaker and sentence.index - q.sentence <= 2]
    if recent:
        last = recent[-1]
        subject = (str(last.speaker), last.speaker_id)
        between = article.sentences[last.sentence + 1 : sentence.index]
        if teller := told_right_before(speakers, between, sentence, pronoun):
            return teller  # "„…“, sagte X. Y sagte, … . „…“, fügte sie hinzu.": Y
        if unnamed.not_theirs(article, subject[0], pronoun):
            return None  # "„…“, sagte Peter Kern. „…“, sagte sie.": not him
        if any(
            other and not same_person(subject, other)
            for other in (speakers.subject_of(s, True) for s in between)
        ) or any(unnamed.other_subject(article, s, pronoun, subject[0]) for s in between):
            return None  # another person spoke of between: unsure
        if between and rivals(speakers, subject, between[0].start, between[-1].end):
            return None  # "„…“, sagte X. Dann sprach Y mit Reportern. „…“, sagte er."
        own = article.sentences[last.sentence]  # "„…“, sagte X über Y. „…“, sagte sie."
        if own.index < sentence.index and rivals(
            speakers, subject, own.start, own.end, True, pronoun
        ):
            return None
        return subject
    back = sentence.index - 1
    while back >= 0 and sentence.index - back <= 3:
        earlier = article.sentences[back]
        if back not in seen:
            seen[back] = speakers.subject_of(earlier, True) or _named_alone(speakers, earlier)
        named = seen[back]
        if named is not None and _two_people(speakers, earlier):
            return None  # "X traf Y. Sie sagte …": its subject, or the other one
        if named is not None:
            # "X und Y stritten. „…“, sagte sie.": two people before it, unsure; not "Anna
            # Weber … „…“, sagt er", nor Y of "Der Trainer sprach mit Y. „…“, sagte er."
            who = leading_subject(earlier.text, article.lang) or ""
            unsure = unnamed.unsure_of(article, earlier, pronoun, named[0])
            return None if unsure or doubtful_who(speakers, named, who) else named
        if back == sentence.index - 1 and (
            teller := tail_teller(speakers, earlier, sentence, pronoun)
        ):
            return teller  # "Die Täter gäben sich aus, erklärte X. „…“, betonte sie."
        if " " in pronoun or not re.search(
            rf"(?<!\w){re.escape(pronoun)}(?!\w)", earlier.text.casefold()
        ):
            break
        back -= 1
    return None


def _named_alone(speakers: Speakers, sentence: Sentence) -> tuple[str, str | None] | None:
    """The one person ``sentence`` names (``named_in``) where it holds no other run of
    capitalised words after its start ("Paul Weiß probt mit der Sopranistin Ute Kranz.":
    a role's holder, or a name after a lower-case word, may be meant too)."""
    named = speakers.named_in(sentence)
    if named is None:
        return None
    surname, lang = named[0].split()[-1].casefold(), speakers.article.lang
    for run in WRITTEN.finditer(sentence.text):
        words = [w.casefold() for w in run.group(0).split()]
        after = words[words.index(surname) + 1 :] if surname in words else []
        if after and after[0] in body_of(lang):
            continue  # "Marieke Blom van ING": the person, where she works
        if run.start() == 0 or words[-1] == surname:
            continue
        rest, _ = after_roles(run.group(0).split(), [], lang)
        before = sentence.text[: run.start()].split()[-1:]
        if not rest[0][:1].isupper():
            continue  # "Peter Hansen ist Bürgermeister von Kiel": a role's place
        if len(rest) == len(words) == 2 and before and before[0].casefold() in DETERMINERS[lang]:
            continue  # "Peter Hansen besuchte die Deutsche Bank": a body, no person
        return None
    return named


def same_person(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Two speakers found are one person: the same glossary id, or the same last word."""
    if a[1] and b[1]:
        return a[1] == b[1]
    return a[0].split()[-1].casefold() == b[0].split()[-1].casefold()


def named_between(
    speakers: Speakers, speaker: tuple[str, str | None], who: str, before: str, start: int
) -> bool:
    """Someone other than ``speaker`` is named after a quotation between the words
    ``who`` that name them in ``before`` (the quotation's sentence up to it, from offset
    ``start``) and the quotation ("X nannte den Plan „teuer“, Y hielt ihn für „nötig“":
    not X's)."""
    at = before.rfind(who) if who else -1
    quoted = quotation_spans(before[at + len(who) :]) if at >= 0 else []
    if not quoted:
        return False  # "X kritisierte Y: „…“": an object, not another clause
    since = start + at + len(who) + quoted[-1][1] + 1
    return rivals(speakers, speaker, since, start + len(before), True)


def is_full(before: str, words: str, after: str, goes_on: bool) -> bool:
    """The quoted ``words`` (between ``before`` and ``after`` in their sentence) are a
    whole statement, no part of the article's own sentence: nothing but a dash or a
    colon before them; all a sentence says after its colon ("Rutte: 'Geen …'"); or a
    capitalised sentence of their own of four words or more."""
    if not before.strip(" -–—:,(") and not goes_on:
        return True
    if not re.match(r"^\W*[A-ZÀ-Ý]", words):
        return False
    if before.rstrip().endswith(":") and not after.strip(" .!?"):
        return True
    ends = words.rstrip()[-1:] in ".!?," or after.lstrip()[:1] in ","
    return len(words.split()) >= 4 and ends


def _numbered(word: str, text: str) -> bool:
    """``word`` is an abbreviation before a number in ``text`` ("Nr. 41-220", "Art. 5"):
    a capital and one or two small letters, a full stop, a digit."""
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöü]{1,2}", word)) and bool(
        re.search(rf"(?<!\w){re.escape(word)}\.\s*\d", text)
    )
