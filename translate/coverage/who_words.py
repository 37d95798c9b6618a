"""Where the words naming a speaker after the verb go on (``clauses.who_after``): past a
capitalised adjective of a place ("de Britse omroep BBC", "het Turkse rampenbureau AFAD",
"de Amerikaanse denktank ISW": where nouns are lower case, ``Language.capital_adjective``,
a lower-case word after a determiner and such an adjective is its noun, and the name after
it names the speaker, as after a role: "de Amerikaanse buitenlandminister Blinken"; a role
after such an adjective in its bare form, "Vlaams minister Zuhal Demir"), and
into a surname whose particle is capitalised after a role ("minister Van der Wal"). And a
subject naming a thing or someone's kin by a name after "van" ("Het boek van Geert Mak",
``of_a_thing``): the name is no speaker."""

from __future__ import annotations

import functools
import re

from glossary import languages
from glossary.languages import SURNAME_PARTICLES
from translate.coverage.clause_words import ACRONYM, DETERMINERS, NAME_WORD, capital_surname
from translate.coverage.name_ends import body_of, next_is_name
from translate.coverage.speaker_names import is_person_noun, is_role


def led_by_determiner(words: list[str], token: str, lang: str, rest: str = "") -> bool:
    """``token``, a lower-case word after ``words`` (the words naming a speaker so far),
    goes on with them: a role after a determiner ("de Amerikaanse buitenlandminister"),
    or a noun right after a determiner and a capitalised adjective of a place ("de Britse
    omroep"); not after a name ("Rutte dinsdag"), nor where ``rest``, the text after it,
    opens with such an adjective ("het Amerikaanse ministerie Buitenlandse Zaken": what
    the body is of, no name)."""
    if bare_adjective(words, lang) and is_role(token, lang):
        return True  # "zegt Vlaams minister Zuhal Demir", "zei Amerikaans president X"
    if not words or words[0].casefold() not in DETERMINERS[lang]:
        return False
    adjective = languages.get(lang).capital_adjective
    following = rest.split()[0] if rest.split() else ""
    if adjective is not None and following[:1].isupper() and re.search(adjective, following):
        return False
    if is_role(token, lang):
        return True
    return (
        adjective is not None
        and len(words) == 2
        and words[1][:1].isupper()
        and re.search(adjective, words[1]) is not None
        and token.isalpha()
        and token.islower()
        and token not in _function_words(lang)  # "zei de Amerikaanse nadat X won"
    )


def bare_adjective(words: list[str], lang: str) -> bool:
    """``words`` is one capitalised adjective of a place in its bare form, no determiner
    before it ("Vlaams", "Amerikaans"): its inflected form (``Language.inflections``) is
    such an adjective (``Language.capital_adjective``), so a role after it goes on."""
    language = languages.get(lang)
    adjective = language.capital_adjective
    if adjective is None or len(words) != 1 or not words[0][:1].isupper():
        return False
    return words[0].isalpha() and any(
        re.search(adjective, form) for form in language.inflections(words[0])
    )


@functools.cache
def _function_words(lang: str) -> frozenset[str]:
    """Words that are no noun: the language's stops, subordinating and coordinating
    conjunctions, prepositions of time or place, determiners and pronouns."""
    reporting = languages.get(lang).reporting
    fields = (
        *("stops", "subordinate", "coordinating", "adverbial_prepositions"),
        *("object_prepositions", "determiners", "pronouns", "hearsay_subjects"),
    )
    return frozenset(w for f in fields for w in reporting.words(f))


def particle_opens(words: list[str], token: str, lang: str, rest: str = "") -> bool:
    """``token`` is a capitalised surname particle that opens the name: first ("zei Van
    der Plas") or right after a role in lower case ("zei minister Van Dijk"; not "De
    Nederlandsche Bank" after "Woordvoerder", nor "zei de trainer Van PSV": ``rest``, the
    text after it, opening with an acronym)."""
    if not token[:1].isupper() or token.casefold() not in SURNAME_PARTICLES:
        return False
    if words and ACRONYM.match(re.sub(r"\W+$", "", rest.split()[0] if rest.split() else "")):
        return False
    return not words or (is_role(words[-1], lang) and words[-1][:1].islower())


def of_a_thing(who: str, lang: str) -> bool:
    """``who`` opens with a determiner and a lower-case noun that is no role, body or
    outlet, then "van" or a preposition of an object and a name ("Het boek van Geert
    Mak", "De zoon van Mark Rutte", "De brief aan Rutte", "Het team van Max
    Verstappen"): the name is whose or to whom the subject is, not who speaks (where
    nouns are lower case; "De woordvoerder van Shell", "Het ministerie van X" go on)."""
    if languages.get(lang).capitalises_nouns:
        return False
    reporting = languages.get(lang).reporting
    joins = {*reporting.words("body_of"), *reporting.words("object_prepositions")}
    words = who.split()
    if len(words) < 4 or words[0].casefold() not in DETERMINERS[lang] or words[2] not in joins:
        return False
    noun = words[1]
    kinds = (*reporting.words("bodies"), *reporting.words("outlets"))
    return (
        noun.isalpha()
        and noun.islower()
        and not is_role(noun, lang)
        and not noun.endswith(kinds)
        and words[3][:1].isupper()
    )


@functools.cache
def _alternation_of(lang: str, field: str = "") -> str:
    """``Reporting.body_of`` (or ``field``'s words) as an alternation."""
    words = languages.get(lang).reporting.words(field) if field else body_of(lang)
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def particle_in_name(words: list[str], token: str, rest: str, lang: str) -> bool:
    """``token`` goes on with ``words``, the words naming a speaker so far (``rest``: the
    text after it). A surname particle after a name word that is no role, a name after it
    ("Jan van Dijk"), except where it follows a first name and a surname and opens where the
    person works ("Henk Vos van Energie-Nederland"); after initials it opens a surname
    ("Peter R. de Vries"), and so where "van"
    comes again after the surname ("Peter Hein van Mulligen van het CBS") or an article
    follows it ("Anne Marie van der Linden"). And a stop word with a capital after a name
    word (``capital_surname``: "sagte Stephan Weil")."""
    if capital_surname(words, token, lang):
        return True
    previous = words[-1] if words else ""
    if (
        token.casefold() not in SURNAME_PARTICLES
        or not NAME_WORD.fullmatch(previous)
        or is_role(previous, lang)
        or not next_is_name(rest, 0)
    ):
        return False
    return not (
        len(words) >= 2
        and not re.fullmatch(r"(?:[A-Z]\.)+", previous)
        and bool(NAME_WORD.fullmatch(words[-2]))
        and not is_role(words[-2], lang)
        and words[-2].casefold() not in DETERMINERS.get(lang, ())
        and not re.match(rf"\s+[A-Z][\w'’-]*\s+(?:{_alternation_of(lang)})\s", rest)
        and not re.match(rf"\s+(?:{_alternation_of(lang, 'surname_articles')})\s", rest)
    )


def set_off_body(who: str, lang: str) -> str:
    """The apposition set off by a comma that ends ``who`` and names a body with its
    acronym in brackets ("Eine der größten Gruppen des Landes, die Koalition für Einheit
    (KfE)": "die Koalition für Einheit (KfE)"); "" where there is none, or more than one
    acronym (a list of bodies: "Die Parteien, die Volkspartei (VP) und die Liga (LN)"), or a
    person's noun in it ("…, der Abgeordnete Meier (SPD)")."""
    head, comma, tail = who.rpartition(",")
    tail = tail.strip()
    if not comma or "," in head or not head.strip() or tail.count("(") != 1:
        return ""
    words = re.findall(r"[\w-]+", tail)
    if not words or words[0].casefold() not in DETERMINERS.get(lang, ()):
        return ""
    # "…, der Abgeordnete Meier (SPD)": a person and their party, not the party's words
    return "" if any(is_person_noun(w, lang) for w in words) else tail


def told_noun(words: list[str], token: str, lang: str) -> bool:
    """``token``, a capitalised person noun in a plural after a name ("sagte Olaf Scholz
    Journalisten in Berlin", "Reportern"), is whom the words were told: the name ends
    before it; where nouns take a capital."""
    if not words or not token[:1].isupper() or not languages.get(lang).capitalises_nouns:
        return False
    if not NAME_WORD.fullmatch(words[-1]) or is_role(words[-1], lang):
        return False  # after a name only: not "der neue „Oberste Rat“"
    return token.endswith(("n", "e")) and not is_role(token, lang) and plural_person(token, lang)


def plural_person(word: str, lang: str) -> bool:
    """``word`` is a person noun, maybe with a plural's or dative's ending ("Reportern",
    "Journalisten")."""
    return any(is_person_noun(word[: len(word) - cut], lang) for cut in (0, 1, 2))


__all__ = [
    "bare_adjective",
    "capital_surname",
    "led_by_determiner",
    "of_a_thing",
    "particle_in_name",
    "particle_opens",
    "plural_person",
    "set_off_body",
    "told_noun",
]
