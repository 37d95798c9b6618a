"""Reported speech its clause's subject tells, beside ``translate.coverage.reported_shapes``'s
shapes: a sentence that only says who told the one before it ("Dies bestätigte X.", "Dat
meldt X.", not "Dat heeft X nooit gezegd."), a verb that announces at the end of a
subordinate clause ("Während X ankündigte, … zu …"), a question reported ("X vroeg de
premier of …", "X fragte, ob …"), an account its subject gives as their own ("X was naar
eigen zeggen …"), and a statement given as a reason ("X begegnet der Kritik mit dem
Argument, …"). What makes each shape is the language's (``Reporting.told_back``,
``perfect_said``, ``denials``, ``subordinate``, ``infinitive_verbs``, ``asks``,
``whether``, ``own_say``, ``grounds``); a language without them has none of these shapes.
"""

from __future__ import annotations

import functools
import itertools
import re

from glossary import languages
from glossary.languages import NAME_PARTICLES
from translate.coverage.classed_orgs import classed_org
from translate.coverage.clause_words import (
    DETERMINERS,
    OBJECTS,
    SEPARABLE,
    STOPS,
    auxiliaries,
    complete,
)
from translate.coverage.clauses import has_cue, reported, who_after
from translate.coverage.reported_shapes import after_conjunction, content_follows, reporting_field
from translate.coverage.speaker_limits import joined, restricted, view_told
from translate.coverage.speaker_names import (
    is_name,
    is_person_noun,
    is_role,
    name_in,
    plain_determiner,
)


def subordinate_account(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(content start, content end, who, cue) of a verb that announces at the end of a
    subordinate clause, its zu-infinitive the content ("Während X ankündigte, den Plan
    prüfen zu lassen, stellt sich …", "…, da die Partei angekündigt hatte, mit allen
    verhandeln zu wollen."): the subject after the conjunction, where it names someone."""
    verbs = reporting_field(lang, "infinitive_verbs")
    joined = _joined(lang)
    aux = auxiliaries(lang)
    m = re.search(
        rf"(?:^|,\s+)(?i:{reporting_field(lang, 'subordinate')})\s+([^,;:„“”\"]{{2,80}}?)\s+"
        rf"((?:{joined or '$^'}|{verbs}))(?:\s+(?:{aux}))?\s*,\s*",
        text,
    )
    if m is None:
        return None
    infinitive = re.search(
        rf"(?:{reporting_field(lang, 'infinitive')})(?=\s*(?:[,.;!?]|$))", text[m.end() :]
    )
    who = who_after(m.group(1), lang)
    if infinitive is None or who is None or not m.group(1).startswith(who):
        return None
    named = name_in(plain_determiner(who, lang), lang)
    if named is None or named[0] == "pronoun":
        return None
    return m.end(), m.end() + infinitive.end(), who, m.group(2)


def asked_whether(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(content start, end, who, cue) of a question reported with its subject first ("X
    vroeg de premier of …", "X fragte, ob …"); None for any other sentence."""
    m = re.match(
        rf"\s*([^;:,„“”\"]{{2,80}}?)\s+({reporting_field(lang, 'asks')})\b([^,;:„“”\"]{{0,60}}?)"
        rf"(?:,\s*|\s+)(?=(?:{reporting_field(lang, 'whether')})\s)",
        text,
    )
    asked = m.group(3).split() if m is not None else []
    if m is None or (
        # who is asked, if anyone: "de premier", "hem" ("vroeg om meer geld of …": no question)
        asked
        and (len(asked) > 4 or asked[0].casefold() not in (*DETERMINERS[lang], *OBJECTS[lang]))
        and not (asked[0][:1].isupper() or is_role(asked[0], lang))
    ):
        return None
    if _or(asked, text[m.end() :], lang):
        return None
    who = after_conjunction(m.group(1), lang)
    if not who.split():
        return None
    if name_in(who, lang) is None and who.split()[0].casefold() not in DETERMINERS[lang]:
        return None  # "Gisteren vroeg X …": an adverbial first, the subject not sure
    return m.end(), len(text), who, m.group(2)


def _or(asked: list[str], rest: str, lang: str) -> bool:
    """The word opening the question is "or" (the Dutch "of") after the words ``asked``:
    they ask for something ("vroeg de minister om geld of een lening": ``asks_for``), end
    in a determiner ("vroeg een of twee keer"), or join two names ("vroeg Piet of Klaas
    om hulp")."""
    if not asked:
        return False
    if any(w.casefold() in languages.get(lang).reporting.words("asks_for") for w in asked):
        return True
    after = rest.split()[1:2]
    return asked[-1].casefold() in DETERMINERS[lang] or (
        asked[-1][:1].isupper() and bool(after) and after[0][:1].isupper()
    )


def own_say(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(0, end, who, cue) of a sentence its subject tells as their own account ("X was
    naar eigen zeggen …", "X hat nach eigenen Angaben …"); None for any other sentence."""
    m = re.match(rf"\s*([^;:,„“”\"]{{2,80}}?)\s+\w+\s+({reporting_field(lang, 'own_say')})\b", text)
    if m is None or name_in(m.group(1), lang) is None:
        return None
    return 0, len(text), m.group(1), m.group(2)


def according_noun(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(content start, end, who, cue) of a sentence that opens with "volgens" and a noun
    in lower case, where a language writes nouns so ("Volgens de officier van justitie
    heeft …", "Volgens ingewijden liggen …"): the noun phrase (a determiner, adjectives,
    the noun, one genitive), then the finite verb the inversion puts first; only a noun of
    a person or of ``Reporting.tellers`` names one who tells ("volgens de regels" does
    not). None else."""
    language = languages.get(lang)
    if language.capitalises_nouns:
        return None
    reporting = language.reporting
    according, of = reporting_field(lang, "according"), reporting_field(lang, "genitive")
    dets = "|".join(DETERMINERS.get(lang, ())) or "$^"
    m = re.match(
        rf"\s*(?P<cue>(?i:{according}))\s+(?P<who>(?P<det>(?:{dets})\s+)?(?:[\w-]+e\s+){{0,2}}"
        rf"(?P<noun>[a-zà-ÿ][\w-]{{2,}})(?:\s+(?:{of})\s+[\w-]+)?)\s+(?P<verb>[a-zà-ÿ]+)\s",
        text,
    )
    if m is None or not (
        m.group("noun") in reporting.words("tellers") or is_person_noun(m.group("noun"), lang)
    ):
        return None
    if not m.group("det") and not m.group("noun").endswith(("en", "s")):
        return None  # "volgens plan": a singular noun with no determiner is no one
    if m.group("verb") in STOPS.get(lang, ()) or m.group("verb") in DETERMINERS.get(lang, ()):
        return None
    return m.start("verb"), len(text), m.group("who"), m.group("cue")


def grounds_account(text: str, lang: str, that: str) -> tuple[int, int, str, str] | None:
    """(content start, end, who, cue) of a statement given as a reason, its subject first
    ("Die BVG begegnet der Kritik mit dem Argument, die Züge seien …", "X wees het af met
    het argument dat …": ``Reporting.grounds``); None for any other sentence."""
    grounds = reporting_field(lang, "grounds")
    m = re.search(rf"\s(?P<cue>{grounds})(?:\s+[a-zäöüß]+)?(?:\s*,\s*|\s+(?={that}\b))", text)
    if m is None or re.search(r"[,;:„“”\"]", text[: m.start()]):
        return None
    who = who_after(after_conjunction(text[: m.start()], lang), lang)
    if who is None or not text.lstrip().startswith(who):
        return None
    named = name_in(plain_determiner(who, lang), lang)
    if named is None and who.split()[0].casefold() not in DETERMINERS[lang]:
        return None
    rest = text[m.end() :]
    if not re.match(rf"(?:{that})\b", rest) and not content_follows(rest, lang):
        return None
    return m.end(), len(text), who, m.group("cue")


def told_back(text: str, lang: str, says: str) -> tuple[str, str] | None:
    """(who, cue) of a sentence that only says who told the sentence before it ("Dies
    bestätigte der Bürgermeister Peter Lang.", "Dat meldt persbureau ANP.", "Das wurde
    von X bestätigt."); None for any other sentence (one that goes on: "Dies sagte X,
    nachdem …")."""
    told = reporting_field(lang, "told_back")
    view = view_told(text, told, lang)  # "Dat vindt Kamerlid X."
    if view is not None:
        return view
    m = re.match(rf"\s*(?:{told})\s+({says})\s+(.+?)[.!]?\s*$", text)
    if m is not None:
        cue, said = m.group(1), m.group(2)
    else:
        # "Dat heeft minister X gezegd.": the perfect, its participle last; the passive
        # and its agent ("Das wurde von X bestätigt.")
        aux = auxiliaries(lang)
        perfect = reporting_field(lang, "perfect_said")
        passive = reporting_field(lang, "passive_auxiliaries")
        agent = reporting_field(lang, "agent")
        # "Dat heeft hij gezegd in een interview.": a few words of when, where or to whom
        # after it, a preposition first (not "gezegd niet te weten", "gezegd te hebben …")
        preps = f"{reporting_field(lang, 'adverbial_prepositions')}|" + reporting_field(
            lang, "object_prepositions"
        )
        where = rf"(?:\s+(?:{preps})(?:\s+[^\s,;:.!?„“”\"]+){{0,5}})?"
        m = re.match(rf"\s*(?:{told})\s+(?:{aux})\s+(.+?)\s+({perfect}){where}[.!]?\s*$", text)
        m = m or re.match(
            rf"\s*(?:{told})\s+(?:{passive})\s+(?:{agent})\s+(.+?)\s+({perfect})[.!]?\s*$", text
        )
        if m is None:
            return None
        cue, said = m.group(2), m.group(1)
    language = languages.get(lang)
    if cue.casefold() in language.reporting.words("denials") or any(
        w.strip(".,;:!?").casefold() in language.negations for w in text.split()
    ):
        return None  # "Dat heeft X nooit gezegd.", "Das bestritt X.": no account of X's
    # "Das berichtete die Musikzeitschrift „Billboard“.": a name in quotation marks ends it
    words = re.sub(r"„([A-ZÄÖÜ][^„“”\"]{0,40})[“”]\s*$", r"\1", said)
    if re.search(r"[;:„“”\"«»]", words):
        return None
    role, comma, rest = words.partition(",")
    if comma:
        # "Dies teilte der Vorsitzende der Kommission, Clara Vogt, am Montag mit.": the
        # name set off after the role, a few words of no clause after it
        name, _, tail = (part.strip() for part in rest.partition(","))
        verb = text.split()[1:2]  # "Dat zeggen X, …": several people, maybe
        plural = bool(verb) and verb[0] in language.reporting.words("plural_says")
        if not plural and _name_then_role(role.strip(), name, tail, lang):
            return role.strip(), cue  # "Dat zegt Ralph Hamers, topman van ING, tegen het FD."
        if "," in tail or len(tail.split()) > 4 or len(name.split()) > 4:
            return None
        heads = [w for w in role.split() if w.casefold() not in DETERMINERS.get(lang, ())]
        if not heads or not is_role(heads[0], lang) or not is_name(name, lang):
            return None
        return f"{role.strip()}, {name}", cue
    who = who_after(words, lang)
    if not who or not (
        # someone: "Dat besluit is …" is "that decision", no account
        name_in(who, lang) or who.split()[0].casefold() in DETERMINERS[lang] or is_role(who, lang)
    ):
        return None
    return who, cue


def relative_subject(who: str, lang: str) -> str:
    """The name a relative clause's reporting verb has as its subject ("Kritik kam von
    Anna Keller, die erklärte, …": Anna Keller; "…, Jan de Vries, die zei dat …"), where
    ``who``, the words before the verb, end in a name, a comma and a relative pronoun of
    the language; else ``who``. Not where the name hangs on a noun of a person ("der Sohn
    von Anna Keller, der …", "der Sprecher des Ministers Paul Kern, der …": the son's,
    the spokesman's, maybe) or the pronoun may be another's."""
    who = restricted(who, lang)  # "De vrouw die X redde": hers, no name
    if joined(who, lang):
        return ""  # "Schoof en Faber": two people
    pronouns = reporting_field(lang, "relative_pronouns")
    m = re.fullmatch(rf"(.*\S)\s*,\s*(?:{pronouns})", who.strip())
    if m is None:
        return who
    words = re.sub(r"\([^)]*\)", "", m.group(1)).split()  # "Anna Keller (SPD)"
    for k in (4, 3, 2, 1):
        name = " ".join(words[-k:])
        if len(words) >= k and is_name(name, lang) and name_in(name, lang) is not None:
            before = [w.casefold() for w in words[-k - 3 : -k]]
            genitive = set(reporting_field(lang, "genitive").replace("|", " ").split())
            if any(w in genitive for w in before) and any(
                is_person_noun(w, lang) for w in words[-k - 4 : -k - 1]
            ):
                return who  # "der Sohn von X, der …": whose clause is not sure
            if _of_a_noun(words[: len(words) - k], lang):
                return who  # "Die Partei von X, die …", "De partij van X, die …"
            return name
    return who


def told_after(text: str, lang: str, says: str) -> tuple[int, int, str, str] | None:
    """(content start, content end, name, cue) of a sentence whose last clause says who
    told it (``as_told``): "…, wie Anna Weber sagte.", or in the passive, its agent ("…,
    wie von Anna Weber bestätigt wurde."). Only a bare name and its verb end the sentence
    (at most one of ``as_told_times`` between: "wie Anna Weber gestern sagte"), after a
    whole clause of four words or more that does not end in a verb or word the clause
    may be the object of (``as_told_heads``: "Es ist unklar, wie X …", "Die Bilder
    zeigen, wie X spricht", "Die Richterin fragte, wie X das erklärte": "how", no "as")."""
    told, perfect = reporting_field(lang, "as_told"), reporting_field(lang, "perfect_said")
    passive, agent = reporting_field(lang, "passive_auxiliaries"), reporting_field(lang, "agent")
    # a word first, on one line: "…, wie    sagte." names no one
    words = r"[^\s,;:„“”\"«»][^,;:„“”\"«»\n]{1,59}?"
    # a separable verb joined at the clause's end: "wie X mitteilte", "wie X bekanntgab"
    m = re.search(
        rf",\s+(?i:{told})\s+(?:(?:{agent})\s+({words})\s+({perfect})\s+(?:{passive})"
        rf"|({words})\s+({says}|{_joined(lang) or '$^'}))\s*[.!]?\s*$",
        text,
    )
    if m is None:
        return None
    who, cue = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if not complete(cue, who, lang):
        return None  # "wie die Stadt Leipzig zeigt": "zeigte" reports only with "sich"
    names = who.split()
    preps = _words(lang, "adverbial_prepositions")
    while m.group(3) and len(names) > 3 and names[-2] in preps and names[-1][:1].isupper():
        names = names[:-2]  # "wie Anna Weber am Montag in Kiel sagte"
    if m.group(3) and len(names) > 1 and names[-1].casefold() in _words(lang, "as_told_times"):
        names = names[:-1]  # "wie Anna Weber gestern sagte"
    name = " ".join(names)
    role = _role_teller(names, lang)  # "wie eine Unternehmenssprecherin der dpa sagte"
    role = role or (name if classed_org(name, lang) else "")  # "wie die Gewerkschaft Verdi …"
    if not role and not all(w[:1].isupper() or w in NAME_PARTICLES for w in names):
        return None  # "wie Peter Kern das erklärte", "wie die Zeitung berichtete"
    if not role and (
        not is_name(name, lang) or (name_in(name, lang) or ("",))[0] not in ("name", "surname")
    ):
        return None
    name = role or name
    content = text[: m.start()].split()
    last = content[-1].strip(".,;:!?()").casefold() if content else ""
    heads = {*_words(lang, "as_told_heads"), *_words(lang, "asks"), *auxiliaries(lang).split("|")}
    if len(content) < 4 or last in heads or re.fullmatch(rf"(?i:{says})", last):
        return None  # "Das Unternehmen hat, wie X sagte.": no whole clause before it
    if has_cue(text[: m.start()], lang):
        return None  # "…, wie Anna Weber es gesagt hat, …, wie X sagte.": whose is unsure
    clause = re.split(r"[,;:]", text[: m.start()])[-1]
    negated = any(w.casefold() in languages.get(lang).negations for w in clause.split())
    if negated and not reported(clause, lang):
        return None  # "Die Lage ist nicht so ernst, wie X sagte.": compared, contradicted
    return 0, m.start(), name, cue


def _role_teller(names: list[str], lang: str) -> str:
    """The words of ``told_after`` as a determiner and a role ("eine Sprecherin"): those,
    with the name of whom after ``body_of`` ("ein Sprecher von Siemens"); not a
    genitive's article ("der"), the dative's too ("eine Sprecherin der dpa": told it)."""
    if len(names) < 2 or names[0].casefold() not in DETERMINERS.get(lang, ()):
        return ""
    if not is_role(names[1], lang) or not names[1][:1].isupper():
        return ""
    body = names[2:3] and names[2] in reporting_field(lang, "body_of").split("|")
    if body and len(names) <= 5 and is_name(" ".join(names[3:]), lang):
        return " ".join(names)
    # "wie der Sprecher Karl Berger (am Montag) sagte": the name after the role
    run = list(itertools.takewhile(lambda w: w[:1].isupper() or w in NAME_PARTICLES, names[2:]))
    if 1 < len(run) <= 4 and (name_in(" ".join(run), lang) or ("",))[0] == "name":
        return " ".join(run)
    return " ".join(names[:2])


@functools.cache
def _joined(lang: str) -> str:
    """Separable reporting verbs with their particle joined, as a subordinate clause ends
    in them ("mitteilte", "bekanntgab", "ankündigte"), an alternation; "" where none."""
    return "|".join(
        f"{particle}{verb}"
        for verb, particles in SEPARABLE.get(lang, {}).items()
        for particle in particles.split("|")
        if " " not in particle
    )


def _words(lang: str, field: str) -> set[str]:
    return {w.casefold() for w in languages.get(lang).reporting.words(field)}


def _of_a_noun(words: list[str], lang: str) -> bool:
    """``words``, those before a name, end in a noun and a word of ``body_of`` or the
    genitive ("Die Sprecherin von", "De partij van", "Die Partei der Ministerin"): the
    name is the noun's owner; not after a verb ("Kritik kam von X")."""
    of = {
        *reporting_field(lang, "body_of").split("|"),
        *reporting_field(lang, "genitive").split("|"),
    }
    of = {w.split()[0] for w in of if w and w != "$^"}
    stops = {*STOPS.get(lang, ()), *DETERMINERS.get(lang, ())}
    for j in range(max(1, len(words) - 3), len(words)):
        noun, prior = words[j - 1], words[j - 2].casefold() if j >= 2 else ""
        if words[j].casefold() not in of or noun.casefold() in stops:
            continue
        if (noun[:1].isupper() and j >= 2) or prior in DETERMINERS.get(lang, ()):
            return True
    return False


def _name_then_role(who: str, apposition: str, tail: str, lang: str) -> bool:
    """``who`` is a name and the ``apposition`` set off after it a role ("Ralph Hamers,
    topman van ING,"), with a few words of no clause after it (``tail``: "in gesprek met het
    FD") or none: the name is who told; not where another person or "and" follows ("Jan
    Smit, minister Karel de Boer citerend", "…, topman van ING, en Piet de Vries") nor for
    one word ("Amsterdam, burgemeester …")."""
    words = apposition.split()
    ands = set(languages.get(lang).reporting.words("coordinating"))
    return (
        1 < len(who.split()) <= 4
        and is_name(who, lang)
        and (name_in(who, lang) or ("",))[0] == "name"
        and (name_in(apposition, lang) or ("",))[0] != "name"
        and not ands & {w.casefold() for w in [*words, *tail.split()]}
        and 0 < len(words) <= 8
        and is_role(words[0], lang)
        and "," not in tail
        and len(tail.split()) <= 6
        and (not tail or tail[:1].islower())
    )
