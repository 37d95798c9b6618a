"""Who a reported statement's words name where ``translate.coverage.reported``'s rules
read no one: the agent of a passive ("X wurde von der Regierung aufgefordert, … zu";
"Die Pläne wurden von Y als unrealistisch bezeichnet. Sie seien …": Y's account goes
on); whose account a Konjunktiv I sentence carries on; a name at the end of the words
("der Weltverband FIFA", "die SPD-Fraktion",
"der Vorsitzende des Ausschusses Paul Kern", "de VVD-fractie"), and whether a sentence
names someone else than the speaker it would carry on ("Von Y liegt die Äußerung vor,
…"). The words that make each shape are the language's (``glossary.languages``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary import languages
from glossary.languages import NAME_PARTICLES
from glossary.languages.first_names import FEMALE, MALE
from glossary.languages.given_names import given_names
from glossary.languages.under_fire import under_fire
from translate.coverage.clause_words import (
    DETERMINERS,
    OBJECTS,
    PRONOUNS,
    STOPS,
    acronym_person,
)
from translate.coverage.clauses import has_cue
from translate.coverage.leading_subjects import leading_subject
from translate.coverage.quoted_titles import is_title
from translate.coverage.reported_shapes import content_follows
from translate.coverage.speaker_names import (
    is_name,
    is_person_noun,
    is_role,
    name_in,
    of_a_person,
)
from translate.coverage.speakers import Speakers
from translate.coverage.who_words import of_a_thing, set_off_body
from translate.doubt.text import zipf
from translate.records import Sentence
from translate.results import Quote


def speaker_at_end(
    speakers: Speakers, who: str, at: int, lang: str, cue: str = ""
) -> tuple[str | None, str | None]:
    """(English name, glossary id) of the name ``named_at_end`` reads in ``who`` (no
    pronoun), at offset ``at``, or in the words after a ``cue`` that ends in their
    determiner ("nach Meinung der Landes-SPD", "laut der Nachrichtenagentur ISNA");
    (None, None) where it reads none."""
    if not who or name_in(who, lang) == ("pronoun", who.strip()) or of_a_person(who, lang):
        return None, None  # "de advocaat van de verdachte Piet de Vries": not his
    if of_a_thing(who, lang):
        return None, None  # "De zoon van Mark Rutte zegt …", "Het boek van Geert Mak …"
    if acronym_person(who, lang):
        return None, None  # "laut dem SPD-Politiker": a person, never the party
    # "die Aufsichtsbehörde für Zivilluftfahrt (DGAC)", "des Magazins DER SPIEGEL"; "Eine
    # der Gruppen, die Koalition für Einheit (KfE)": the apposition's
    named = _bracketed_acronym(who, lang) or _bracketed_acronym(set_off_body(who, lang), lang)
    named = named or _in_capitals(who, lang)
    if named is not None:
        return _as_given(speakers, named, at)
    last = cue.split()[-1] if cue.split() else ""
    determined = last.casefold() in DETERMINERS.get(lang, ()) and not who[:1].islower()
    name = named_at_end(f"{last} {who}" if determined else who, lang)
    if name is not None:
        resolved = speakers.resolve_clause(name, at, None)
        if resolved[0] is None and " " not in name and sum(c.isupper() for c in name) >= 2:
            return name, None  # "der VfGH", an acronym the article writes after "der"
        return resolved
    named = _spelt_name(who) or _body_of(who, lang)
    if named is not None:
        return _as_given(speakers, named, at)
    # "Wie „Spiegel Online“ berichtete": a quoted title alone names an outlet; "laut dem
    # Bericht des Fachmagazins „Automobilwoche“": the title a noun of a body or a paper
    # goes with names it
    alone = re.fullmatch(r"„([A-ZÄÖÜ][^„“”\"]{1,40})“", who.strip())
    if alone is not None and _title(alone.group(1)):
        return alone.group(1), None  # "Wie „Spiegel Online“ berichtete, …"
    definite = "|".join(DETERMINERS.get(lang, ())) or "$^"
    titled = re.fullmatch(
        rf"(?i:{definite})\s+[\w-]+(?:\s+(?i:{definite})\s+[\w-]+)?"
        rf"\s+[„\"]([A-ZÄÖÜ][^„“”\"]{{1,40}})[“”\"]",
        who.strip(),
    )
    if titled is not None and _title(titled.group(1)):
        return titled.group(1), None
    # "In der Pressemitteilung des WWF heißt es, …": the issuer of a text, an acronym
    reporting = languages.get(lang).reporting
    issued = re.fullmatch(
        rf"\w+\s+(?i:{definite})\s+(?:{reporting.documents or '$^'})\s+"
        rf"(?:{reporting.genitive or '$^'})\s+([A-ZÄÖÜ][A-ZÄÖÜ0-9-]{{1,7}})",
        who.strip(),
    )
    if issued is not None:
        return speakers.resolve_clause(issued.group(1), at, None)
    return None, None


def _as_given(speakers: Speakers, name: str, at: int) -> tuple[str | None, str | None]:
    """(English name, glossary id) of ``name`` where the speaker rules resolve it (the
    glossary's "IGH"), else ``name`` as the article gives it."""
    resolved = speakers.resolve_clause(name, at, None)
    return resolved if resolved[0] is not None else (name, None)


def _spelt_name(who: str) -> str | None:
    """``who``, one word that is a name by its letters alone: a capital after small
    letters ("NDRInfo") or a web address ("GGG.at"), no noun of the language."""
    word = who.strip()
    if re.fullmatch(r"[A-ZÄÖÜ]+[a-zäöüß]*[A-ZÄÖÜ][a-zäöüß]\w*", word) or re.fullmatch(
        r"[A-ZÄÖÜ][\w-]*\.[a-z]{2,3}", word
    ):
        return word
    return None


def _bracketed_acronym(who: str, lang: str) -> str | None:
    """The acronym in brackets right after the words a definite determiner starts, that
    name a body ("die französische Aufsichtsbehörde für Zivilluftfahrt (DGAC)": DGAC;
    "der Internationale Gerichtshof (IGH) in Den Haag": IGH); None where there is none."""
    definite = set(DETERMINERS.get(lang, ())) - set(
        languages.get(lang).reporting.words("indefinite")
    )
    m = re.match(
        r"\s*(\S+)((?:\s+[^\s,;:()]+){1,7}?)\s+\(([A-ZÄÖÜ][A-ZÄÖÜa-z]{0,5}[A-ZÄÖÜ])\)", who
    )
    if m is None or m.group(1).casefold() not in definite:
        return None
    if not any(w[:1].isupper() for w in m.group(2).split()):
        return None
    return m.group(3)


def _in_capitals(who: str, lang: str) -> str | None:
    """The title in capitals that ends ``who`` after a noun ("Nachrichtenmagazins DER
    SPIEGEL": Spiegel), capitalised as a name, its determiner left out; None where there
    is none."""
    words = who.split()
    caps = len(words) - next((i for i in range(len(words), 0, -1) if not words[i - 1].isupper()), 0)
    if caps < 2 or len(words) == caps or not words[-caps - 1][:1].isupper():
        return None
    title = [w.capitalize() for w in words[-caps:]]
    if title[0].casefold() in DETERMINERS.get(lang, ()):
        title = title[1:]
    return " ".join(title)


def _body_of(who: str, lang: str) -> str | None:
    """The name after a determiner, a body's noun and the preposition of whose body it
    is ("die Vereinsleitung von Borussia Dortmund": Borussia Dortmund; "de leiding van
    Ajax"): capitalised words that end ``who``; None for any other words."""
    reporting = languages.get(lang).reporting
    definite = "|".join(DETERMINERS.get(lang, ())) or "$^"
    bodies = reporting.bodies or "$^"
    m = re.fullmatch(
        rf"(?i:{definite})\s+[A-ZÄÖÜ][\w-]*(?:{bodies})\s+(?:{reporting.body_of or '$^'})"
        rf"\s+((?:[A-ZÄÖÜ][\w.-]*)(?:\s+[A-ZÄÖÜ][\w.-]*){{0,2}})",
        who.strip(),
    )
    if m is None or not is_name(m.group(1), lang) or is_role(m.group(1).split()[0], lang):
        return None
    return m.group(1)


def _title(words: str) -> bool:
    """Quoted ``words`` that are a name or a title ("Automobilwoche", "Spiegel Online"),
    no words said."""
    return is_title(words) or re.fullmatch(r"[A-ZÄÖÜ][\w!.-]+", words) is not None


def names_another(
    speakers: Speakers,
    sentence: Sentence,
    speaker: tuple[str, str | None],
    subject_only: bool = False,
) -> bool:
    """``sentence`` names one person who is not ``speaker`` (by surname), not after a
    preposition (but for one that gives a source: "von Y", "laut Y"): maybe theirs.
    A capitalised word after a determiner is a noun there, no one named ("die Piloten",
    though "Beide Piloten" opened a sentence before). ``subject_only`` (a new paragraph):
    a glossary person too only where no preposition stands before their name and its
    title ("Er habe mit Präsident Wolodymyr Selenskyj telefoniert." is the account's),
    never where the sentence opens with a pronoun subject."""
    other = speakers.named_in(sentence)
    if other is None or other[0].split()[-1] == speaker[0].split()[-1]:
        return False
    lang = speakers.article.lang
    determiners = "|".join(map(re.escape, DETERMINERS.get(lang, ()))) or "$^"
    surname = re.escape(other[0].split()[-1])
    # after a preposition ("in Katuniza", "bei Keller"), a place or whom it is about, no
    # speaker; not after one that gives a source ("von", "laut", "so")
    reporting = languages.get(lang).reporting
    sources = {
        p.split()[0].casefold()
        for p in (*reporting.words("according"), *reporting.words("by"))
        if p.split()
    }
    kept = set(STOPS.get(lang, ())) - NAME_PARTICLES - sources
    places = "|".join(map(re.escape, kept))
    if subject_only:
        opens = sentence.text.split(maxsplit=1)
        if opens and opens[0].casefold() in PRONOUNS.get(lang, ()):
            return False  # "Er habe mit Emmanuel Macron vereinbart, …"
        # "Auch Friedrich Merz unterstütze …": an adverb before the name is no preposition
        prepositions = kept - set(reporting.words("adverbs"))
        return any(
            not _after_stop(
                sentence.text[: m.start()], set(DETERMINERS.get(lang, ())), prepositions
            )
            for m in re.finditer(rf"(?<!\w){surname}(?!\w)", sentence.text)
        )
    return other[1] is not None or any(
        not re.search(
            rf"(?i:(?<!\w)(?:{determiners}|{places or '$^'}))\s+$", sentence.text[: m.start()]
        )
        for m in re.finditer(rf"(?<!\w){surname}(?!\w)", sentence.text)
    )


def _after_stop(before: str, determiners: set[str], places: set[str]) -> bool:
    """The words ``before`` a surname end in a determiner ("die Piloten": a noun), or in a
    preposition of ``places`` and the name's first names and title ("mit Präsident
    Wolodymyr", "Mit"); not over a comma ("der Fraktion, Dieter": the apposition's)."""
    words = before.split()
    if words and words[-1].casefold() in determiners:
        return True
    for word in reversed(words[-6:]):
        if word.casefold() in places:
            return True
        if not word[:1].isupper() or word.endswith(","):
            return False
    return False


def named_at_end(who: str, lang: str) -> str | None:
    """The name at the end of words naming a speaker that no other rule reads: after a
    definite determiner, a noun and an acronym ("der Weltverband FIFA") or an acronym's
    compound ("die SPD-Fraktion": SPD); after a role and its genitive, a first name and a
    surname ("der Vorsitzende des Ausschusses Paul Kern"). The words are cut at the first
    preposition after the noun ("der Verband FIFA in der Nacht"); None where they start
    with no definite determiner ("ein Sprecher"), or end otherwise."""
    words = re.sub(r"[„“”\"«»]", "", re.sub(r"\([^)]*\)", " ", who)).split()
    definite = set(DETERMINERS.get(lang, ())) - set(
        languages.get(lang).reporting.words("indefinite")
    )
    if len(words) < 2 or words[0].casefold() not in definite:
        return None
    stops = set(STOPS.get(lang, ())) - NAME_PARTICLES  # "von", "van": a genitive's, no cut
    # "der VfGH hat (entschieden)": the auxiliary ends the words too
    stops |= set(languages.get(lang).perfect_auxiliaries)
    cut = next((i for i, w in enumerate(words) if i >= 2 and w.casefold() in stops), len(words))
    words = words[:cut]
    # "die SPD-Fraktion", "der Landes-SPD": the acronym of a compound
    acronym = re.fullmatch(
        r"(?:[A-ZÄÖÜ][a-zäöüß]+-)?([A-ZÄÖÜ][A-ZÄÖÜa-z]{0,4}[A-ZÄÖÜ])(?:-\w[a-zäöüß]+)?", words[-1]
    )
    if acronym is not None and (len(words) == 2 or words[-2][:1].isupper()):
        return acronym.group(1)  # "der Weltverband FIFA", "die SPD-Fraktion"
    head = words[1]
    genitive = [w for w in words[1:-2] if w.casefold() in definite]
    if len(words) >= 5 and is_role(head, lang) and genitive and is_name(" ".join(words[-2:]), lang):
        name = words[-2:]
        # "des Parlaments Paul Kern", "der nationalen Behörde Paul Kern": the word before
        # the name is a noun, no first name
        if words[-3][:1].islower() or words[-3].endswith("s") or words[-4][:1].islower():
            # "der Sprecher des Kanzlers Olaf Scholz", "der Anwalt des Angeklagten Peter
            # Kern": the name is the person's the genitive names, not the speaker's
            return None if is_person_noun(words[-3], lang) else " ".join(name)
    return None


def _passive(text: str, lang: str, that: str, said: str) -> re.Match[str] | None:
    """The passive clause ``text`` starts with whose participle reports and whose agent
    follows "von" ("X wurde von der Regierung aufgefordert"), or None: group "agent", the
    agent's words; group "verb", the participle."""
    reporting = languages.get(lang).reporting
    aux, agent = reporting.passive_auxiliaries, reporting.agent
    if not aux or not agent:
        return None
    return re.match(
        rf"\s*[^;:„“”\"]{{2,160}}?\s(?:{aux})\s(?:[^;:„“”\"]{{0,100}}?\s)?(?:{agent})\s+"
        rf"(?P<agent>[^,;:„“”\"]{{2,80}}?)\s+(?:[a-zäöüß]+\s+){{0,4}}?(?P<verb>{said})"
        rf"(?:\s+(?:{aux}))?(?=\s*[,.]|\s+(?:{that})\b)",
        text,
    )


def passive_account(text: str, lang: str, that: str) -> tuple[int, int, str, str] | None:
    """(content start, content end, who, cue) of a passive whose agent reports: "Die
    Länder wurden von der Kommission aufgefordert, … zu", "Die Partei wurde vom Verband
    beschuldigt, … zu haben", "Es wurde von X betont, dass …"; None for any other."""
    m = _passive(text, lang, that, languages.get(lang).reporting.perfect_said or "$^")
    if m is None:
        return None
    rest = text[m.end() :].lstrip()
    if rest.startswith(","):
        rest = rest[1:].lstrip()
        if not re.match(rf"(?:{that})\b", rest) and not content_follows(rest, lang, m["verb"]):
            return None
    elif not re.match(rf"(?:{that})\b", rest):
        return None
    return len(text) - len(rest), len(text), m["agent"], m["verb"]


def passive_agent(text: str, lang: str) -> str | None:
    """The agent's words of a passive whose participle reports or calls and that ends
    the sentence ("Die Pläne wurden von Y als unrealistisch bezeichnet."), else None."""
    language = languages.get(lang)
    said = "|".join(p for p in (language.reporting.perfect_said, language.said_verbs) if p)
    m = _passive(text, lang, "$^", said or "$^")
    return m["agent"] if m is not None and not text[m.end() :].strip(" .!") else None


def opener_of(
    speakers: Speakers,
    sentence: Sentence | None,
    spans: Sequence[tuple[int, int]],
    found: Sequence[Quote],
    verbs: str = "",
    alone: bool = True,
    any_verb: bool = False,
) -> tuple[str, str | None] | None:
    """The one named person ``sentence`` starts with (or the agent of its passive), where
    it has a reporting verb (one of the quotations' or, given ``verbs``, one of that
    alternation) and neither a quotation nor reported speech of its own: whose account a
    Konjunktiv I sentence after it goes on with."""
    if sentence is None:
        return None
    first = sentence.text.split()[0].casefold() if sentence.text.split() else ""
    objects = languages.get(speakers.article.lang).reporting.words("object_possessives")
    if verbs and (first in OBJECTS.get(speakers.article.lang, ()) or first in objects):
        return None  # "Ihren Gegner X forderte sie auf, …": X is who is asked
    if (
        not any_verb
        and not has_cue(sentence.text, speakers.article.lang)
        and not (verbs and re.search(rf"(?<!\w)(?:{verbs})(?!\w)", sentence.text))
    ):
        return None
    if any(q.sentence == sentence.index for q in found):
        return None
    if any(a < sentence.end and b > sentence.start for a, b in spans):
        return None
    agent = passive_agent(sentence.text, speakers.article.lang) if verbs else None
    if agent is not None:  # "Die Pläne wurden von Y als unrealistisch bezeichnet.": Y
        named = speakers.resolve_clause(agent, sentence.start, None)
        return (named[0], named[1]) if named[0] is not None else None
    # a passive's subject is told of, it tells nothing ("X wurde gewählt. Sie habe …")
    who = leading_subject(sentence.text, speakers.article.lang) or ""
    aux = languages.get(speakers.article.lang).reporting.passive_auxiliaries or "$^"
    if who and re.match(rf"\s+(?:{aux})(?!\w)", sentence.text[len(who) :]):
        return None
    fire = under_fire(speakers.article.lang) or "$^"  # "X steht unter Druck. Er habe …"
    if who and re.match(rf"\s+(?:{fire})", sentence.text[len(who) :], re.I):
        return None  # others' allegation, not the subject's account
    # ``alone``: only where the sentence names no one else (before a pronoun: "X sprach
    # mit Y. Er sei …", not sure who)
    subject = speakers.subject_of(sentence, alone=alone)
    if subject is not None and _adjective_opener(sentence, subject, speakers.article.lang):
        return None  # "Besondere Probleme traten auf. Auch sei …": no one
    return subject


def second_clause(
    text: str, start: int, end: int, lang: str, says: str, that: str
) -> tuple[int, tuple[int, int, str, str]] | None:
    """Where the content ``text[start:end]`` of a reported statement ends because a
    second reporting clause with a subject of its own starts, joined by a conjunction
    ("X sagte, Y sei tot, doch Z erklärte, dies nicht bestätigen zu können"), and that
    clause's (content start, content end, who, cue); None where there is none."""
    joins = languages.get(lang).reporting.joins
    if not joins:
        return None
    m = re.search(
        rf",\s+(?:{joins})\s+(?P<who>[^,;:„“”\"]{{2,80}}?)\s+(?P<verb>{says})\b[^,;:„“”\"]{{0,60}}?"
        rf"(?:,\s*|\s+(?=(?:{that})\b))",
        text[start:end],
    )
    named = name_in(m["who"], lang) if m is not None else None
    if m is None or named is None or named[0] == "pronoun":
        return None
    rest = text[start + m.end() : end]
    if not re.match(rf"(?:{that})\b", rest) and not content_follows(rest, lang, m["verb"]):
        return None
    return start + m.start(), (start + m.end(), end, m["who"], m["verb"])


def same_subject(
    text: str, at: int, first: str, lang: str, says: str, that: str
) -> tuple[int, int, str, str] | None:
    """(content start, content end, who, cue) of a second reporting verb joined to the
    first (at ``at``, whose subject ``first`` names someone) by a conjunction with no
    subject of its own ("X bezeichnete die Pläne als Fehler und glaubt, dass …"); None
    where there is none."""
    joins = languages.get(lang).reporting.joins
    named = name_in(first, lang)
    if not joins or "," in first or named is None or named[0] == "pronoun":
        return None
    m = re.compile(
        rf"\s(?:{joins})\s+(?:\w+\s+){{0,2}}?(?P<verb>{says})\b[^,;:„“”\"]{{0,60}}?"
        rf"(?:,\s*|\s+(?=(?:{that})\b))"
    ).search(text, at)
    if m is None or re.search(r"[,;:]", text[at : m.start()]):
        return None  # the second verb in a clause of its own
    rest = text[m.end() :]
    if not re.match(rf"(?:{that})\b", rest) and not content_follows(rest, lang, m["verb"]):
        return None
    return m.end(), len(text), first, m["verb"]


def _adjective_opener(sentence: Sentence, named: tuple[str, str | None], lang: str) -> bool:
    """``named``, read from the words ``sentence`` opens with, may be an adjective and a noun
    where the language capitalises nouns ("Besondere Probleme traten auf.", "Hohe Kosten
    verursachte der Umbau."): no glossary person, and a first word with an adjective's ending
    (``Reporting.attributive``) that is no common first name,
    no hyphenated one ("Hans-Peter"), and whose other forms are words: an
    adjective's ("schweren", "schwerer"; not "Mike", "Karen", "George")."""
    language = languages.get(lang)
    words = named[0].split()
    endings = language.reporting.attributive
    if named[1] is not None or not language.capitalises_nouns or not endings:
        return False
    first = words[0] if words else ""
    ending = re.search(rf"(?:{endings})$", first)
    return (
        len(words) > 1
        and sentence.text.lstrip().startswith(named[0])
        and ending is not None
        and not (first in given_names(lang) or first in FEMALE or first in MALE)
        and not any(part[:1].isupper() for part in first.split("-")[1:])  # "Hans-Peter"
        and _common_adjective(first[: ending.start()], ending.group(0), endings, lang)
    )


# How common (wordfreq's Zipf scale) an adjective's other forms must be: words of the
# language at all ("hochrangiger", "streikender", "harscher" are rare but there; "miken",
# "georger" are not). Precision first: a first name whose other forms happen to be words
# ("Steve": "steven", "stever") is read as an adjective, and its sentence names no one.
COMMON_FORMS = 1.0


def _common_adjective(stem: str, ending: str, endings: str, lang: str) -> bool:
    """``stem`` with its other short endings is a word each ("Schwere": "schweren",
    "schwerer"), as an adjective's forms are; a first name's mostly are not ("Mike",
    "Karen", "George"). The language's first three ``attributive`` endings are read."""
    others = [e for e in endings.split("|")[:3] if e != ending]
    return bool(others) and all(zipf(f"{stem}{e}".casefold(), lang) >= COMMON_FORMS for e in others)
