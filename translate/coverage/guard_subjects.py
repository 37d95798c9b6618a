"""Who the subject of a sentence or head near a quotation is, for the guards of
``translate.coverage.quote_guards``: the speaker before going on ("„…“ Mit diesen Worten
reagierte sie.", "Das sagte die 67-Jährige.") or someone else ("… reagierte die
Opposition."), and whether a head before a colon or comma is a main clause with a verb of
its own ("Die Opposition sah das anders:") or no clause ("Seine Begründung:", "Kanzler
Merz, der neben ihm saß,")."""

from __future__ import annotations

import re
from functools import cache

from glossary import languages
from glossary.languages.descriptions import descriptions
from translate.coverage.clauses import who_after
from translate.coverage.speaker_names import is_person_noun, name_in
from translate.coverage.speakers import Speakers

Person = tuple[str | None, str | None]
# a person by age: "die 67-Jährige", "de 57-jarige"
_AGE = re.compile(r"\d+-\w+")


def same_person(found: Person, speaker: Person) -> bool:
    """``found`` is ``speaker``: the same glossary id, or the same surname."""
    if found[0] is None or speaker[0] is None:
        return False
    if found[1] is not None and speaker[1] is not None:
        return found[1] == speaker[1]
    return found[0].split()[-1].casefold() == speaker[0].split()[-1].casefold()


def goes_on(speakers: Speakers, who: str, at: int, speaker: Person) -> bool:
    """The subject ``who`` (at offset ``at``) is the ``speaker`` before going on: a
    pronoun, a name that is theirs, or a definite noun of a person or an age with no name
    of its own and no genitive after it ("die Kanzlerin", "de premier", "die 67-Jährige";
    not "die Opposition", "ein Sprecher", "der Sprecher des Ministeriums")."""
    lang = speakers.article.lang
    language = languages.get(lang)
    words = who.split()
    if not words:
        return False
    if words[0].casefold() in language.pronouns:
        return True
    found = name_in(who, lang)
    if found is not None and found[0] == "pronoun":
        return True
    if found is not None and found[0] in ("name", "surname", "rolename"):
        return same_person(speakers.resolve_clause(who, at, None), speaker)
    definite = descriptions(lang).definite
    if definite and re.fullmatch(definite, words[0], re.IGNORECASE):
        words = words[1:]
    elif words[0].casefold() in language.reporting.words("determiners"):
        return False  # "ein Sprecher": someone else
    if not words:
        return False
    genitive = language.reporting.genitive.replace("|", " ").split()
    if len(words) > 1 and words[1].casefold() in genitive:
        return False  # "der Sprecher des Ministeriums"
    return bool(_AGE.fullmatch(words[0])) or is_person_noun(words[0], lang)


def answer_subject(rest: str, lang: str) -> str | None:
    """The subject after an answer's opening (``Descriptions.answered_back``): its verb
    first where the opening has none ("Mit diesen Worten reagierte sie …")."""
    first = re.match(r"\s*(\S+)", rest)
    if first is not None and first.group(1)[:1].islower() and not _function(first.group(1), lang):
        rest = rest[first.end() :]
    return who_after(rest, lang)


@cache
def _not_verbs(lang: str) -> frozenset[str]:
    """Lower-case words that are no verb: determiners, possessives, prepositions,
    conjunctions, adverbs, pronouns."""
    language = languages.get(lang)
    reporting = language.reporting
    fields = (
        "determiners",
        "possessives",
        "stops",
        "adverbial_prepositions",
        "object_prepositions",
        "coordinating",
        "subordinate",
        "adverbs",
        "relative_pronouns",
        "reflexive",
        "object_possessives",
    )
    words = {w for f in fields for w in reporting.words(f)}
    words |= set(reporting.genitive.replace("|", " ").split())
    return frozenset(words | set(language.pronouns))


def _function(word: str, lang: str) -> bool:
    return word.casefold() in _not_verbs(lang) or word.casefold() in languages.get(lang).pronouns


def own_subject(head: str, speaker: Person, lang: str) -> bool:
    """``head`` is a main clause of someone other than ``speaker``: a subject with a
    capitalised word that is no preposition, possessive, pronoun or adverb first and not
    the speaker's surname, then a lower-case word that is no function word (its verb:
    "Die Opposition sah das anders", "Elternsprecher Jonas Albrecht hält dagegen"); not
    "Seine Begründung", "Mit Blick auf die Union", "Kanzler Merz, der …"."""
    words = [w.strip("()") for w in head.split()]
    verb = next(
        (i for i, w in enumerate(words) if i > 0 and w[:1].islower() and not _function(w, lang)),
        None,
    )
    if verb is None:
        return False
    subject = words[:verb]
    if subject[0].casefold() in _not_verbs(lang) - set(
        languages.get(lang).reporting.words("determiners")
    ):
        return False  # "Mit …", "Sein …", "Er …", "Auch …"
    named = [w for w in subject if w[:1].isupper() and not _function(w, lang)]
    if not named:
        return False
    surname = (speaker[0] or "").split()[-1:] or [""]
    return surname[0].casefold() not in {w.casefold() for w in named}
