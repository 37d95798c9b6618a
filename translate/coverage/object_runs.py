"""The speaker of a verb of asking or accusing whose object may follow its subject
(``glossary.languages.object_verbs``): after such a verb the name words read as its
subject may run on into the one asked or accused ("Am Montag rief Klaus Weber Russland
auf, …", "„…“, warf Klaus Weber Scholz vor", "Maandag verweet Klaus Weber Rutte dat …").
The subject alone where the split is plain: the last words a place or organisation of
the glossary, or a first name opening a second person ("Klaus Weber Angela Merkel"); no
speaker where it is not ("Klaus Weber Merkel", "Weber Müller"). And the named subject of
a second main clause joined by a conjunction ("…, und Klaus Weber forderte die Regierung
auf, …"), which the clause before the verb otherwise hides."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from glossary.languages import SURNAME_PARTICLES
from glossary.languages.first_names import FEMALE, MALE
from glossary.languages.given_names import given_names
from glossary.languages.object_verbs import (
    feminine_endings,
    joining,
    object_verbs,
    subject_words,
)
from glossary.matcher import Match
from translate.coverage.callers import calling_subject
from translate.coverage.cited_authors import cited_author
from translate.coverage.clause_words import DETERMINERS, PRONOUNS
from translate.coverage.clauses import Clause
from translate.coverage.speaker_names import is_role, name_in

if TYPE_CHECKING:
    from translate.coverage.speakers import Speakers

_PLACES = ("place", "organisation")


def _first_name(word: str, lang: str) -> bool:
    """``word`` is a common first name ("Klaus", "Hans-Peter")."""
    return all(w in given_names(lang) or w in FEMALE or w in MALE for w in word.split("-"))


def _pattern(verb: str, who: str) -> str:
    """``verb`` ("rief:auf"), ``who`` right after it, and, if it takes one, its particle
    ending the clause ("rief X Y erneut auf,", "forderte X Y am Montag dazu auf:"; not
    "rief X auf der Kundgebung")."""
    word, _, particle = verb.partition(":")
    after = rf"[^,.;:!?„“”\"«»]*?\s{particle}\s*(?:[,.;:!?„“”\"«»]|$)" if particle else "(?!\\w)"
    return rf"(?<!\w){word}\s+{re.escape(who)}(?!\w){after}"


@functools.cache
def _verbs(lang: str) -> dict[str, str]:
    """``lang``'s object verbs ("rief:auf") by the verb ("rief")."""
    return {v.partition(":")[0]: v for v in object_verbs(lang)}


def _after_verb(who: str, text: str, lang: str) -> tuple[str, str] | None:
    """The object verb (with its particle) that ``who`` follows in ``text`` and the words
    after ``who`` there, or None: the word before each place ``text`` writes it looked up
    first, a pattern only for those."""
    verbs = _verbs(lang)
    at = text.find(who)
    while at >= 0:
        before = text[max(0, at - 40) : at].split()
        verb = verbs.get(before[-1]) if before and text[at - 1 : at].isspace() else None
        if verb is not None and re.match(
            _pattern(verb, who), text[text.rfind(before[-1], 0, at) :]
        ):
            return before[-1], text[at + len(who) : at + len(who) + 40]
        at = text.find(who, at + 1)
    return None


def _object_follows(verb: str, rest: str, lang: str) -> bool:
    """``rest``, the words after a run of names after ``verb``, open its object ("die
    Anhänger auf", "zijn volgers op"; after a verb of a dative person a dative: "der
    Regierung vor"), so the run is the subject's alone."""
    words, kinds = rest.split(), subject_words(lang)
    openers = kinds["dative_openers" if verb in kinds["dative_verbs"] else "object_openers"]
    return bool(words) and words[0].casefold() in openers


def _pair_before_object(who: str, tokens: list[re.Match[str]], verb: str, lang: str) -> str | None:
    """The words of ``who`` (``tokens``, the role left out) up to the object's opener that
    follows its second capitalised word, where the clause read on into the object ("Jan
    van der Berg der Regierung": "Jan van der Berg"); None where there is none."""
    capitals = 0
    for before, token in itertools.pairwise(tokens):
        capitals += before.group()[:1].isupper()
        if capitals >= 2 and before.group()[:1].isupper() and not token.group()[:1].isupper():
            if capitals == 2 and _object_follows(verb, who[token.start() :], lang):
                return who[: token.start()].strip()
            return None
    return None


def run_subject(
    who: str, text: str, lang: str, find: Callable[[str], Sequence[Match]]
) -> str | None:
    """``who``, the words read as a speaker in ``text``: themselves, unless they follow
    one of the language's object verbs there; then the subject alone where the glossary's
    matches in ``who`` (``find``) or a first name tell where the second name starts, ``who``
    where it is one person's name (a first name and a surname, a glossary person), else
    None."""
    found = _after_verb(who, text, lang) if who and " " in who.strip() else None
    if found is None:
        return who
    matches = find(who)
    tokens = list(re.finditer(r"\S+", who.rstrip()))
    lead = 0  # "Außenminister Klaus Weber": the role and determiners before the name
    while lead < len(tokens) - 1 and (
        not tokens[lead].group()[:1].isupper() or is_role(tokens[lead].group(), lang)
    ):
        lead += 1
    names = [t for t in tokens[lead:] if t.group()[:1].isupper()]
    # a pair reads as one person's name where it opens with a first name or the glossary
    # knows neither word ("Yusuf Demir"); not "Söder Merz", "Berlin Moskau" before "ein …"
    one = _first_name(names[0].group(), lang) or not matches if names else False
    if len(names) < 2 or (len(names) == 2 and one and _object_follows(*found, lang)):
        return who  # "rief Yusuf Demir die Anhänger auf": the object after the pair
    pair = _pair_before_object(who, tokens[lead:], found[0], lang) if one else None
    if pair is not None:
        return pair  # "warf Jan van der Berg der Regierung vor": the words run on into it
    opening, end = names[0].start(), tokens[-1].end()
    if any(m.start == opening and m.end >= end and m.entry.kind == "person" for m in matches):
        return who  # the whole run one glossary person ("Frank-Walter Steinmeier")
    starts = {t.start() for t in names[1:]}
    for m in matches:
        if (
            m.end >= end
            and m.start in starts
            and (m.entry.kind in _PLACES or len(who[m.start : m.end].split()) > 1)
        ):
            # "Klaus Weber Russland", "… Angela Merkel"; not "Lisa Paris": a first name alone
            alone = m.start == names[1].start() and _first_name(names[0].group(), lang)
            return None if alone else who[: m.start].strip()
    for before, name in itertools.pairwise(names):
        if _first_name(name.group(), lang) and not _first_name(before.group(), lang):
            # "Klaus Weber Peter Kern"; "Aylin Peter Merz": one word before is no name
            return who[: name.start()].strip() if name.start() > names[1].start() else None
    if all(_first_name(n.group(), lang) for n in names[:-1]):
        return who  # "Klaus Weber", "Klaus Peter Weber": one person
    return None  # "Klaus Weber Merkel", "Weber Müller": which is which is not sure


def object_run(clause: Clause | None, before: str, after: str, speakers: Speakers) -> Clause | None:
    """A quotation's reporting ``clause`` (read in ``before`` and ``after`` it) with the
    subject alone (``run_subject``), or with no one where that is not sure."""
    clause = cited_author(clause, before, after, speakers.article.lang)  # "X zitierte Y:": Y's
    if clause is None or not clause.who:
        return clause
    if (caller := calling_subject(clause.who, before, after, speakers.article.lang)) is not None:
        return dataclasses.replace(clause, who=caller)
    text = f"{before} {after}"
    who = run_subject(clause.who, text, speakers.article.lang, speakers.find)
    return clause if who == clause.who else dataclasses.replace(clause, who=who or "")


def subject_follows(after_verb: str, verb: str, lang: str, *, joined: bool = False) -> bool:
    """The words right after an object ``verb`` (``after_verb``) may be its subject, so a
    name before the verb may be its object: a nominative pronoun ("Klaus Weber warf er
    vor": he accused Weber); after a verb taking a dative person, a phrase that is no
    dative ("warf sie vor", "warf die Ministerin vor", "warf der Minister vor"; not "warf
    der Verwaltung vor"); in a ``joined`` clause also a pronoun of either case ("…, und
    Klaus Weber forderte sie auf")."""
    words = after_verb.split()
    if not words:
        return False
    head, kinds = words[0].casefold(), subject_words(lang)
    if head in kinds["nominative"]:
        return True
    if verb.casefold() in kinds["dative_verbs"]:
        if head in kinds["not_dative"]:
            return True
        if head in kinds["ambiguous_dative"]:
            noun = words[1].casefold() if len(words) > 1 else ""
            return not (noun[:1].isalpha() and noun.endswith(feminine_endings(lang)))
        return False
    return joined and head in kinds["unsure"]


def joined_subject(first: str, lang: str, after_verb: str = "", verb: str = "") -> str | None:
    """The subject of a main clause joined to the one before by a conjunction, in
    ``first``, the words before its verb ("Der Rat tagte am Montag, und Klaus Weber"):
    a name only, or a noun and its acronym ("…, und das Hilfswerk UNICEF"; no pronoun, no
    noun alone: "…, und der Verband" is none), and none where the words after its
    ``verb`` (``after_verb``) may be the subject (``subject_follows``: "…, und Klaus
    Weber warf er vor" he accused Weber); None otherwise."""
    conjunctions = "|".join(joining(lang))
    if not conjunctions or subject_follows(after_verb, verb, lang, joined=True):
        return None
    m = re.search(rf",\s+(?:{conjunctions})\s+([^,]+)$", first.strip())
    if m is None:
        return None
    subject = m.group(1).strip()
    head = subject.split()[0].casefold()
    determiners = DETERMINERS.get(lang, ())
    if head in determiners and re.fullmatch(r"\S+\s+[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ]{2,8}", subject):
        return subject  # "…, und das Hilfswerk UNICEF rief X auf": a body and its acronym
    if head in determiners or head in PRONOUNS.get(lang, ()):
        return None
    if any(
        not w[:1].isupper() and w.casefold() not in SURNAME_PARTICLES and not is_role(w, lang)
        for w in subject.split()
    ):
        return None  # "…, und Klaus Weber und Peter Kern forderten": two people
    found = name_in(subject, lang)
    return subject if found is not None and found[0] in ("name", "surname", "rolename") else None
