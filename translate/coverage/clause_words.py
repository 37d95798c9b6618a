"""Reporting clauses' words per language, read from the languages' modules
(``glossary.languages``, each ``Language.reporting``): dicts keyed by language code, of
the languages that have reporting verbs; and the patterns of names, which are no one
language's; and where a clause's start is the subject of its verb (``subject_before``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from glossary import languages
from glossary.languages import SURNAME_PARTICLES, Reporting
from glossary.languages.relatives import relative_pronouns as relatives

T = TypeVar("T")


def _by_language(read: Callable[[Reporting], T]) -> dict[str, T]:
    return {
        lang.code: read(lang.reporting) for lang in languages.registered() if lang.reporting.say
    }


def _pattern(text: str) -> str:
    return text or r"$^"  # an alternation that matches nothing


SAY = _by_language(lambda r: r.words("say"))
BY = _by_language(lambda r: r.words("by"))
AFTER_BY = _by_language(lambda r: r.words("after_by"))
CITED = _by_language(lambda r: _pattern(r.cited))
CITED_VERB = _by_language(lambda r: _pattern(r.cited_verb))
# ", wie X (von der Zeitung) zitiert wird": who is quoted, the passive's agent left out
CITED_AS = _by_language(
    lambda r: (
        rf"[\s,]*(?i:{_pattern(r.as_told)})\s+([^.;:!?,]{{2,80}}?)\s+"
        rf"(?:(?:{_pattern(r.agent)})\s+[^.;:!?,]{{1,60}}?\s+)?((?:{_pattern(r.cited)})\s+"
        rf"(?:{_pattern(r.cited_verb)})|(?:{_pattern(r.cited_verb)})\s+(?:{_pattern(r.cited)}))\b"
    )
)


def _separable(reporting: Reporting) -> dict[str, str]:
    """ "gab:bekannt|an liet:weten" -> {"gab": "bekannt|an", "liet": "weten"}."""
    return {
        verb: particles.rstrip("?")
        for verb, _, particles in (p.partition(":") for p in reporting.separable.split())
    }


SEPARABLE = _by_language(_separable)
# Verbs whose particle may be left out ("riep:op?": "'…', riep X" shouts, "riep X op" urges)
OPTIONAL_PARTICLE = _by_language(
    lambda r: frozenset(p.partition(":")[0] for p in r.separable.split() if p.endswith("?"))
)


def complete(verb: str, rest: str, lang: str) -> bool:
    """A separable verb has its particle in the rest of the clause ("gab … bekannt"), or is
    one that may go without it ("riep X")."""
    particle = SEPARABLE.get(lang, {}).get(verb.casefold())
    if particle is None or verb.casefold() in OPTIONAL_PARTICLE.get(lang, ()):
        return True
    return bool(re.search(rf"\b(?:{particle})\b", re.split(r"[.!?;„“”\"«»]", rest)[0]))


def saying_in(text: str, lang: str) -> bool:
    """``text`` holds a verb of saying, finite or a participle: after "volgens X" or "laut
    X" before a quotation ("Volgens X heeft Y gezegd: „…“"), the quotation is its
    subject's, not X's."""
    pattern = _saying(lang)
    return pattern is not None and pattern.search(text) is not None


@functools.cache
def _saying(lang: str) -> re.Pattern[str] | None:
    """``lang``'s verbs of saying, finite and participles, as one pattern (read once)."""
    language = languages.get(lang)
    said = (SAY.get(lang, ()), language.said_verbs, language.reporting.perfect_said)
    verbs = "|".join([*map(re.escape, said[0]), *(p for p in said[1:] if p)]).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<!\w)(?:{verbs})(?!\w)") if verbs else None


CALLING = _by_language(lambda r: r.words("calling"))
PARTICLES = _by_language(lambda r: r.words("particles"))
PRONOUNS = _by_language(lambda r: r.words("pronouns"))
DETERMINERS = _by_language(lambda r: r.words("determiners"))
STOPS = _by_language(lambda r: r.words("stops"))
ROLES = _by_language(lambda r: r.words("roles"))
BODIES = _by_language(lambda r: tuple(r.words("bodies")))
POSSESSIVES = _by_language(lambda r: frozenset(r.words("possessives")))
REFLEXIVE = _by_language(lambda r: r.words("reflexive"))
COMPANIONS = _by_language(lambda r: r.words("companions"))
BRACKETED_BY = _by_language(lambda r: frozenset(r.words("bracketed_by")))
EXACT = frozenset(
    w for words in _by_language(lambda r: r.words("exact_roles")).values() for w in words
)
NOT_NAMES = _by_language(lambda r: frozenset(r.words("not_names")))
OBJECTS = _by_language(lambda r: r.words("objects"))
ADVERB_ENDINGS = _by_language(lambda r: r.words("adverb_endings"))
STATEMENTS = _by_language(lambda r: _pattern(r.statements))
REPORTED = _by_language(lambda r: _pattern(r.reported))
SAID = _by_language(lambda r: _pattern(r.said))
NAMING = _by_language(lambda r: _pattern(r.naming))
TITLED = _by_language(lambda r: _pattern(r.titled))

NAME_PARTICLES = languages.NAME_PARTICLES
VERB_FINAL = _by_language(lambda r: _pattern(r.verb_final))
VIEWS = _by_language(lambda r: _pattern(r.views))
VIEW_BY = _by_language(lambda r: _pattern(r.view_by))
OWNERS = _by_language(lambda r: dict(p.split(":", 1) for p in r.words("owners")))
WITH_WORDS = _by_language(lambda r: _pattern(re.escape(r.with_words) if r.with_words else ""))
CONJUNCTIONS = _by_language(lambda r: r.words("conjunction"))
DEEMS = _by_language(lambda r: frozenset(r.words("deems")))
# Where a name ends and an organisation or place begins, in any language a text may mix.
CUTS = frozenset(w for lang in languages.registered() for w in lang.reporting.words("cuts"))
NAME_WORD = re.compile(r"(?:[A-ZÀ-ÝĀ-Ž][\w'’.-]*|[A-Z]\.)")
ACRONYM = re.compile(r"([A-ZÄÖÜ]{2,})(?:-|$)")


def starts_name(words: str, lang: str) -> bool:
    """``words`` start like a name or a noun phrase (a determiner first)."""
    first = words.split()[0]
    return first.casefold() in DETERMINERS[lang] or (
        bool(NAME_WORD.fullmatch(first)) and first.casefold() not in NOT_NAMES[lang]
    )


def subject_before(first: str, lang: str) -> str | None:
    """The clause's start as the verb's subject, where it is one: a pronoun, or words
    that start like a name or a noun phrase and hold no verb of their own (a comma-set
    apposition may: "X, der das Gesetz schrieb, sagte")."""
    first = re.split(r"[.!?]\s+(?=[A-ZÄÖÜ])", first)[-1].strip(" ,–—-")
    # the last clause of several ("…, und sie hat … – das zumindest meint X")
    first = re.split(r"\s[–—]\s|;\s|,\s+(?:und|aber|doch|denn|en|maar)\s", first)[-1]
    first = re.sub(
        r"^(?:und|aber|doch|auch|selbst|sogar|ebenfalls|en|maar|ook|zelfs)\s+",
        "",
        first,
        flags=re.IGNORECASE,
    )
    # "Wie der Minister am Dienstag erklärte, …": the clause after "wie" is the speaker's
    first = re.sub(r"^(?:wie|zoals)\s+(?=\S)", "", first, flags=re.IGNORECASE)
    if not first:
        return None
    words = first.split()
    if words[0].casefold() in PRONOUNS[lang] and (len(words) == 1 or words[1][:1].islower()):
        return words[0]
    if len(words) > 25 or not starts_name(first, lang):
        return None
    head = first.split(",")[0].split()
    # "Im Interview", "Gestern": an adverbial, the subject follows the verb.
    if head[0].casefold() in NOT_NAMES[lang] and not (
        len(head) > 1 and head[0].casefold() in DETERMINERS[lang]
    ):
        return None
    # "Die Mutter des Opfers, die Jens Albers kannte, sagte": the mother, no name
    return without_relative(first, lang) if head[0].casefold() in DETERMINERS[lang] else first


def without_relative(who: str, lang: str) -> str:
    """The words naming a speaker without the relative clause set off after them: "Die
    Mutter, die Jens Albers kannte, sagte" is the mother's, not Albers's."""
    part = who.split(",")[1].split() if "," in who else []
    # a clause ends in its verb: not an apposition ("…, die Koalition für Einheit (CUD),")
    relative = len(part) > 1 and part[-1].islower() and part[0].casefold() in relatives(lang)
    return who.split(",")[0] if relative else who


@functools.cache
def titles(lang: str) -> str:
    """The titles ``lang`` writes abbreviated and lower case before a name ("dr.",
    "prof."), an alternation without the full stop: its abbreviations that are role words
    only as a whole word; one that matches nothing where it has none."""
    language = languages.get(lang)
    exact = language.reporting.words("exact_roles")
    return "|".join(sorted(w for w in language.abbreviations if w in exact)) or "$^"


@functools.cache
def who_tokens(lang: str) -> str:
    """The words of a speaker's naming, one a match: initials ("J.P."), titles with their
    full stop (``lang``'s lower-case ``titles`` too), words and punctuation."""
    return (
        rf"(?:[A-Z]\.){{2,3}}|(?:Dr|Prof|St|Jr|Sr|[A-Z]|{titles(lang)})\."
        r"|\(?[^\s,.;:!?()„“”\"«»]+\)?|[,.;:!?„“”\"«»]"
    )


@functools.cache
def _numbers(lang: str) -> frozenset[str]:
    language = languages.get(lang)
    return frozenset((*language.number_units, *language.number_names))


def counted(word: str, lang: str) -> bool:
    """``word`` is a cardinal number ("Zwei Parteien", "Drei Zeugen"): a count of people or
    bodies, never the first word of a name."""
    return word.casefold() in _numbers(lang)


@functools.cache
def auxiliaries(lang: str) -> str:
    """The perfect's auxiliaries of ``lang`` ("hat", "heeft", …) as an alternation, one that
    matches nothing where the language has none."""
    return "|".join(languages.get(lang).perfect_auxiliaries) or "$^"


def party_person(words: Sequence[str], role: str, lang: str) -> bool:
    """``words`` ("der SPD-Politiker") speak of a person by the acronym's role: a definite
    determiner and a role that does not speak for the acronym (not "ein IWF-Sprecher")."""
    reporting = languages.get(lang).reporting
    determiners = reporting.words("person_determiners")
    if not determiners or words[0].casefold() not in determiners:
        return False
    tail = role.casefold().split("-")[-1]
    return not any(tail.endswith(w) for w in reporting.words("speaks_for"))


def party_role(who: str, lang: str) -> bool:
    """``who`` is only a person named by an acronym's role ("der SPD-Politiker", "die
    frühere CDU-Chefin"): someone the article named before."""
    words = who.split()
    if not words:
        return False
    role = re.fullmatch(r"[A-ZÄÖÜ][A-Za-zÄÖÜ]{0,6}[A-ZÄÖÜ]-([A-ZÄÖÜ][a-zäöüß]+)", words[-1])
    return (
        len(words) in (2, 3)
        and role is not None
        and all(w[:1].islower() for w in words[:-1])
        and role.group(1).casefold() in ROLES.get(lang, ())
        and party_person(words, words[-1], lang)
    )


def acronym_person(who: str, lang: str) -> bool:
    """``who`` ends in an acronym and a role of a person that does not speak for it ("des
    SPD-Politikers", "dem CDU-Abgeordneten", "de VVD-politicus"; not "ein IWF-Sprecher"):
    a person, never the acronym; only where the language lists ``speaks_for``."""
    reporting = languages.get(lang).reporting
    words = who.split()
    if not words or not reporting.speaks_for:
        return False
    role = re.fullmatch(r"[A-ZÄÖÜ][A-Za-zÄÖÜ]{0,6}[A-ZÄÖÜ]-([A-Za-zÄÖÜäöüß]+)", words[-1])
    if role is None:
        return False
    tail = role.group(1).casefold()
    stems = {tail[: len(tail) - cut] for cut in (0, 1, 2)}  # "Politikers", "Abgeordneten"
    return bool(stems & set(ROLES.get(lang, ()))) and not any(
        s.endswith(w) for s in stems for w in reporting.words("speaks_for")
    )


def two_names(run: str, lang: str) -> bool:
    """A ``run`` of capitalised words after a verb of holding a view holds more than one
    name, the second its object ("Deshalb hält Anna Weber Donald Trump für …"): over two
    capitalised words once particles and leading roles are left out."""
    words = [w for w in run.split() if w.casefold() not in SURNAME_PARTICLES]
    while words and words[0].casefold() in ROLES.get(lang, ()):
        words = words[1:]
    return len(words) > 2


def capital_surname(words: list[str], token: str, lang: str) -> bool:
    """``token``, a stop word written with a capital right after a name word in the words
    naming a speaker, is a surname ("sagte Stephan Weil"): a conjunction or preposition is
    written small there. Only a subordinating conjunction or a preposition of an object
    ("Weil", "Als"; not "Und", "Dinsdag"); not after a determiner or a stop word."""
    if not words or len(token) < 3 or not token[:1].isupper() or token.isupper():
        return False
    if token.casefold() not in _surname_stops(lang):
        return False
    previous = words[-1].casefold()
    return (
        re.fullmatch(r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-žß'’-]+", words[-1]) is not None
        and previous not in DETERMINERS.get(lang, ())
        and previous not in STOPS.get(lang, ())
    )


@functools.cache
def _surname_stops(lang: str) -> frozenset[str]:
    """The stop words ``capital_surname`` reads as surnames: subordinators and prepositions
    of an object."""
    reporting = languages.get(lang).reporting
    return frozenset((*reporting.words("subordinate"), *reporting.words("object_prepositions")))
