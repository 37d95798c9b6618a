"""The name in the words of a reporting clause that name a speaker ("Berlins Innensenator
Frank Henkel" is Frank Henkel, "ein Sprecher des CERN" is CERN, "der Sprecher" is nobody):
role words stripped, organisations told by an acronym or a capitalised adjective, surnames
and pronouns marked as such for ``translate.coverage.speakers`` to resolve. German
capitalises every noun, so a name there is told from a noun by the role words before it and
the determiner a noun takes (never an indefinite one: "ein Moskauer Gericht")."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from glossary import languages
from glossary.languages import PARTICLE_ARTICLES, SURNAME_PARTICLES, words_of_all
from glossary.matcher import Match
from translate.coverage.clause_words import (
    ACRONYM,
    BODIES,
    CONJUNCTIONS,
    CUTS,
    DETERMINERS,
    EXACT,
    NAME_PARTICLES,
    NAME_WORD,
    NOT_NAMES,
    POSSESSIVES,
    PRONOUNS,
    ROLES,
    STOPS,
    acronym_person,
    capital_surname,
    party_person,
    party_role,
)
from translate.coverage.name_cuts import noun_word
from translate.coverage.name_ends import works_at
from translate.coverage.particle_names import (
    particle_after_role,
    particle_surname,
    preposition_particle,
    subject_first,
)

# A name word as a clause writes it ("Peskov", "Al-Assad", "D.", "Jr.").
NAME = r"(?:[A-ZÀ-Ý][a-zß-ÿ]+(?:[A-Z][a-zß-ÿ]+)?(?:-[A-ZÀ-Ý][a-zß-ÿ]+)?|[A-Z]\.?|Jr\.|Sr\.)"


def name_in(who: str, lang: str) -> tuple[str, str] | None:
    """(kind, name) of the words naming a speaker: ("pronoun", "er"), ("name", "Frank
    Henkel"), ("surname", "Gall"), ("rolename", "Ziercke" of "BKA-Präsident Ziercke"),
    ("org", "IWF"); None for a role alone or no name."""
    text = re.sub(r"\([^)]*\)", " ", who)
    text = re.sub(r"[„“”\"«»]", "", text).strip(" ,.")
    own = text.split()
    if len(own) > 2 and own[0].casefold() in POSSESSIVES.get(lang, ()) and is_role(own[1], lang):
        text = " ".join(own[1:])  # "zijn advocaat Peter Plasman": the name the role gives
    first = text.split()[0].casefold() if text.split() else ""
    if not text.split() or (
        first in NOT_NAMES.get(lang, frozenset())
        and first not in DETERMINERS[lang]
        and not particle_surname(text)
    ):
        return None
    if not languages.get(lang).capitalises_nouns:
        text = plain_determiner(text, lang)  # "Het Kremlin" opening a sentence
    words = text.split()
    if len(words) == 1 and words[0].casefold() in PRONOUNS.get(lang, ()):
        return "pronoun", words[0]
    parts = [p.split() for p in text.split(",") if p.strip()]
    if len(parts) > 1 and parts[0][0].casefold() in DETERMINERS.get(lang, ()):
        # "Der Doktorvater des Ministers, Jan Brandt": the apposition's name, not the owner's
        named = [p for p in parts[1:3] if all(NAME_WORD.fullmatch(w) for w in p)]
        parts = named[:1] + parts if named and len(named[0]) >= 2 else parts
    found = [n for n in (_name_of_part(p, lang) for p in parts[:3]) if n is not None]
    people = [n for n in found if n[0] == "name"] or [
        n for n in found if n[0] in ("rolename", "surname")
    ]
    chosen = people[0] if people else found[0] if found else None
    nouns = languages.get(lang).capitalises_nouns  # "Arbeit und Soziales": nouns, no names
    joined = rf"[A-ZÀ-Ý][\w'’-]*\s+(?:{'|'.join(CONJUNCTIONS.get(lang, ())) or '$^'})\s+"
    if chosen and not nouns and re.search(joined + re.escape(chosen[1]), text):
        return None  # "het Sociaal en Cultureel Planbureau", "Jan en Piet": not one name
    return chosen


@functools.cache
def _role_words(lang: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """``lang``'s role words, those that end a longer word too (four letters or more, no
    exact role), and the prefixes an exact role takes ("Ex-Graf"): one lookup and one
    ``endswith`` over the few hundred of them."""
    roles = ROLES.get(lang, ())
    prefixes = frozenset(languages.get(lang).reporting.words("role_prefixes"))
    return (
        frozenset(roles),
        tuple(r for r in roles if len(r) >= 4 and r not in EXACT),
        prefixes,
    )


_SURNAME_LIKE = re.compile(r"[A-ZÀ-Ý][a-zß-ÿ]+")


def is_role(word: str, lang: str) -> bool:
    whole = word.casefold().rstrip(".")
    last = whole.rpartition("-")[2]
    words, endings, prefixes = _role_words(lang)
    if last in words and (last not in EXACT or whole == last):
        return True
    if last in words:
        # an exact role after a hyphen: a role after an acronym, a party or a prefix
        # ("PvdA-lid", "IC-arts", "D66-lid", "Ex-Graf"), a double surname after a
        # surname-like word ("Lindenau-Graf")
        before = word.rstrip(".").split("-")[-2]
        if not _SURNAME_LIKE.fullmatch(before) or before.casefold() in prefixes:
            return True
    return last.endswith(endings)


@functools.cache
def _surname_roles(lang: str) -> frozenset[str]:
    return frozenset(languages.get(lang).reporting.words("surname_roles"))


def _exact_role_after_hyphen(word: str, lang: str) -> bool:
    """``word`` ends in an exact role after a hyphen ("Linken-Frau", "Volt-lid"): a role
    where it opens a first name and a surname, a double surname after a first name."""
    head, hyphen, last = word.casefold().rstrip(".").rpartition("-")
    return bool(head and hyphen) and last in EXACT and last in _role_words(lang)[0]


def surname_role(word: str, lang: str) -> bool:
    """``word`` is a role word that is a common surname too ("Bauer", "Boer"): a role only
    where it opens a name of three words or more, or after a definite determiner."""
    return word.casefold() in _surname_roles(lang)


def after_roles(run: list[str], before: list[str], lang: str) -> tuple[list[str], list[str]]:
    """A run of capitalised words without the nouns of persons it starts with, where two
    words or more are left ("Zeuge Max Busch", "Zeugen Max Busch": German writes them
    capitalised), and the word before what is left (the last such noun); ``before``: the
    (two) words before the run. (``run``, its last word before) as they were where it
    starts with none, after a genitive's article after a noun of a person ("der Anwalt
    des Angeklagten Max Busch": the defendant's) or after a lower-case word no name
    follows ("gegen Zeugen Max Busch"), so that the name is no one's a pronoun is."""
    word = before[-1] if before else ""
    genitive = languages.get(lang).reporting.genitive.replace("|", " ").split()
    if word.casefold() in genitive and len(before) > 1 and is_person_noun(before[0], lang):
        return run, before[-1:]
    plain = word.islower() and word not in DETERMINERS.get(lang, ()) and not is_role(word, lang)
    if plain and word not in words_of_all(lambda language: language.before_names):
        return run, before[-1:]  # not "der Zeuge X", "von Zeuge X", "weerman Peter Timmer"
    lead = 0
    while len(run) - lead > 2 and (
        is_person_noun(run[lead], lang) or (lead == 0 and surname_role(run[0], lang))
    ):
        lead += 1
    return (run[lead:], run[lead - 1 : lead]) if lead else (run, before[-1:])


def is_person_noun(word: str, lang: str) -> bool:
    """``word`` is a noun of a person, in any of its forms: a role ("Kanzlers",
    "Präsidenten") or one of the language's ``persons`` ("Angeklagten", "Opfers")."""
    language = languages.get(lang)
    low = word.casefold()
    if low in language.reporting.words("persons"):
        return True
    for pair in language.reporting.words("person_endings"):
        end, _, base = pair.partition(":")
        if end and low.endswith(end) and is_role(low[: -len(end)] + base, lang):
            return True  # a noun in -e, with -n: "Zeugen", "Experten", "deskundigen"
    return any(
        is_role(low[: len(low) - len(end)], lang)
        for end in ("", *language.word_endings)
        if low.endswith(end) and len(low) > len(end) + 2
    )


def of_a_person(who: str, lang: str) -> bool:
    """The words ``who`` name someone by a noun of a person and the name after a genitive
    is another person's ("der Sprecher des Kanzlers Olaf Scholz", "de advocaat van de
    verdachte Piet de Vries"): the name is not the speaker's; or by an acronym's role
    that is no one the article named before ("des SPD-Politikers"; ``acronym_person``)."""
    if acronym_person(who, lang) and not party_role(who, lang):
        return True
    words = who.split()
    opens = {w for w in languages.get(lang).reporting.genitive.replace("|", " ").split()}
    if len(words) < 5 or words[0].casefold() not in DETERMINERS.get(lang, ()):
        return False
    if not is_person_noun(words[1], lang) or words[2].casefold() not in opens:
        return False
    return any(
        is_person_noun(words[-k - 1], lang)
        and is_name(" ".join(words[-k:]), lang)
        # "Der Leiter der Gruppe, Kriminaldirektor X": set off, the head's apposition
        and not (words[-k - 2].endswith(",") and _heads(words[: -k - 1], words[-k - 1], lang))
        for k in (2, 3, 4)
        if len(words) - k - 1 >= 3
    )


def _heads(words: list[str], role: str, lang: str) -> bool:
    """The ``role`` of an apposition set off after ``words`` ("determiner, noun of a person,
    genitive") is the head noun's: a kind of it ("Der Anwalt der Familie, Rechtsanwalt
    X") or, where the genitive names no person ("der Ermittlungsgruppe"), the only one it
    may be; not "Die Sprecherin des Ministers, Minister X", "Die Frau des Opfers, Rentner
    X": whose is not sure."""
    if role.casefold().endswith(words[1].casefold()):
        return True
    return not any(is_person_noun(w.strip(","), lang) for w in words[3:] if w[:1].isupper())


# Where a person's name ends and their organisation or a place begins ("Günter Metzges vom
# Netzwerk", "Hartmut Möllring am Dienstag in Hannover").
_CUTS = CUTS


def _name_of_part(words: list[str], lang: str) -> tuple[str, str] | None:
    """The name in one comma-separated part of the words naming a speaker."""
    # The organisation part ends a person's name ("Günter Metzges vom Netzwerk X").
    while words and words[-1][:1].islower():
        words = words[:-1]  # "Hartmann selbst"
    cut: list[str] = []
    for i, word in enumerate(words):
        low = word.casefold()
        if particled := particle_after_role(words, i, i > 0 and is_role(words[i - 1], lang)):
            cut.extend(words[i:])  # "minister Van der Wal": the particle opens the name
            break
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if i > 0 and preposition_particle(words, i, lang):
            break  # "Berger zu Journalisten": a preposition, no particle
        particle = (
            low in SURNAME_PARTICLES
            and low not in ("von", "der", "den")
            and bool(NAME_WORD.fullmatch(nxt))
        ) or (low in PARTICLE_ARTICLES and i > 0 and words[i - 1].casefold() in ("von", "van"))
        # "Ulrike von Bredow", "Karl von Stetten": "von" and one name word ending the part,
        # after a first name alone (not after a surname: "Günter Metzges von Netzwerk")
        alone = (
            low == "von"
            and _first_alone(cut, lang)
            and bool(NAME_WORD.fullmatch(nxt))
            and not ACRONYM.fullmatch(nxt)
            and i + 2 == len(words)
        )
        particle = particle or alone
        particle = particle or (
            low in ("von", "van")
            and nxt in PARTICLE_ARTICLES
            and i + 2 < len(words)
            and (i + 3 == len(words) or not words[i + 3][:1].isupper())
        )
        if (
            i > 0
            and not is_role(words[i - 1], lang)
            and particle
            and (alone or not works_at(cut, low, lang, words[i + 2 :], nxt))
        ):
            cut.append(word)
            continue
        joins = low in ("und", "en", "and") or capital_surname(cut, word, lang)  # "Stephan Weil"
        if i > 0 and (low in _CUTS or (low in STOPS.get(lang, ()) and not joins)):
            break
        cut.append(word)
    rest = words[len(cut) :]
    words = subject_first(cut, lambda w: is_role(w, lang), lang)  # not whom it was said to
    if not words:
        return None
    determiner = words[0].casefold() in DETERMINERS.get(lang, ())
    # Drop everything up to the last role word or lower-case word: what follows is the name.
    last_role = max(
        (i for i, w in enumerate(words) if is_role(w, lang) and not _role_surname(words, i, lang)),
        default=-1,
    )
    last_lower = max(
        (
            i
            for i, w in enumerate(words)
            if not NAME_WORD.fullmatch(w) and w.casefold() not in NAME_PARTICLES
        ),
        default=-1,
    )
    tail = words[max(last_role, last_lower) + 1 :]
    while tail and tail[0].casefold() in NAME_PARTICLES and not particled:
        tail = tail[1:]
    if (
        len(tail) >= 3
        and bool(NAME_WORD.fullmatch(tail[1]))
        and (surname_role(tail[0], lang) or _exact_role_after_hyphen(tail[0], lang))
    ):
        tail = tail[1:]  # "Bauer Hans Meier", "Boer Henk Mulder": the role a surname is too
    if not tail:
        roles = [w for w in words if is_role(w, lang)]
        acronym = ACRONYM.match(roles[-1]) if roles else None
        if acronym:  # "ein IWF-Sprecher": the organisation; "der SPD-Politiker": a role
            return None if party_person(words, roles[-1], lang) else ("org", acronym.group(1))
        owner = (
            rest[1] if len(rest) > 1 and rest[0].casefold() in ("des", "der", "van", "von") else ""
        )
        if roles and ACRONYM.fullmatch(owner) and len(owner) <= 8:
            return "org", owner  # "ein Sprecher des CERN"
        return None
    if any(not NAME_WORD.fullmatch(w) and w.casefold() not in NAME_PARTICLES for w in tail):
        return None
    bare = [w for w in tail if w.casefold() not in NAME_PARTICLES]  # "Anne Marie van der Linden"
    if (tail[0].casefold() in NOT_NAMES.get(lang, frozenset()) and not particled) or len(bare) > 4:
        return None
    name = " ".join(tail)
    # "Vakbond FNV is sceptisch": a lower-case body's noun opening the sentence, its acronym
    body = len(tail) == 2 and tail[0].casefold() in body_nouns(lang)
    if body and not languages.get(lang).capitalises_nouns and ACRONYM.fullmatch(tail[1]):
        return "org", tail[1]
    if len(tail) == 1:
        if ACRONYM.match(tail[0]) and len(tail[0]) <= 8:
            return "org", tail[0]
        if (
            determiner
            and len(words) == 2
            and not languages.get(lang).capitalises_nouns
            and not tail[0].endswith("e")  # "de Amerikaanse": an adjective
        ):
            return "org", name  # "het Kremlin": nouns are lower case, this is a name
        if determiner and len(words) == 2 and _body(tail[0], lang):
            return "org", name  # "die SPD-Landtagsfraktion erklärte", "de VVD-fractie"
        if (determiner or last_lower >= 0) and last_role < 0:
            return None  # "Das Gericht", "die Polizei": a noun
        if last_role < last_lower and words[last_lower].casefold() in DETERMINERS.get(lang, ()):
            return None  # "die Moderatorin eines Lokalsenders": whose the role is, a noun
        return ("rolename" if last_role >= 0 else "surname"), name  # "SPD-Innenexperte Wiefelspütz"
    if determiner and last_role < 0 and last_lower < 0 and languages.get(lang).capitalises_nouns:
        if re.fullmatch(languages.get(lang).reporting.indefinite or "$^", words[0], re.I):
            return None  # "Ein Moskauer Gericht", "eine Hamburger Reederei": no name
        if (
            len(tail) == 2
            and tail[0].endswith(("e", "er", "en", "es"))
            and all(part[:1].isupper() for part in tail[0].split("-"))
        ):
            return "org", name  # "Die Deutsche Welle": a capitalised adjective makes a name
        tail = tail[1:]  # "die Archäologin Montserrat Sanz": a noun, then the name
        return ("surname" if len(tail) == 1 else "name"), " ".join(tail)
    return "name", name


def body_nouns(lang: str) -> tuple[str, ...]:
    """The nouns of a body (``Reporting.bodies``: "vakbond", "partij")."""
    return tuple(languages.get(lang).reporting.words("bodies"))


def _body(word: str, lang: str) -> bool:
    """``word`` is an acronym's compound naming a body ("SPD-Landtagsfraktion"), not a
    document or a thing ("ADAC-Studie")."""
    acronym, _, rest = word.partition("-")
    return (
        bool(ACRONYM.fullmatch(acronym)) and bool(rest) and rest.casefold().endswith(BODIES[lang])
    )


def _role_surname(words: list[str], i: int, lang: str) -> bool:
    """The role word ``words[i]`` ends the name after a first name alone: a surname ("Anna
    Lehrer", "Jan Dokter"; a role comes before the name). Not after a German word in -s,
    which may be a genitive ("Kerns Witwe")."""
    if i != len(words) - 1 or i == 0 or not words[i][:1].isupper() or "-" in words[i]:
        return False
    first = words[i - 1]
    return (
        bool(NAME_WORD.fullmatch(first))
        and not ACRONYM.fullmatch(first)
        and not is_role(first, lang)
        and first.casefold() not in DETERMINERS.get(lang, ())
        and first.casefold() not in NAME_PARTICLES
        and not (languages.get(lang).capitalises_nouns and first[-1:] in "s'’")
        and (i == 1 or not NAME_WORD.fullmatch(words[i - 2]) or is_role(words[i - 2], lang))
    )


def _first_alone(read: list[str], lang: str) -> bool:
    """The words ``read`` of a name end in its one name word: the others roles, function
    words or a noun after a determiner ("Der Informatiker Klaus")."""
    dets = DETERMINERS.get(lang, ())
    roles = [i for i, w in enumerate(read) if is_role(w, lang)]
    read = read[roles[-1] :] if roles else read  # "Bayerns Ministerpräsident Markus"
    return [
        w
        for j, w in enumerate(read)
        if NAME_WORD.fullmatch(w)
        and not is_role(w, lang)
        and w.casefold() not in dets
        and not (j and read[j - 1].casefold() in dets)
    ] == read[-1:]


def is_name(name: str, lang: str) -> bool:
    """``name`` has the shape of a name: capitalised words (name particles between), the
    first no function word or role."""
    words = name.split()
    # "Van der Plas", "Van Dijk": a capitalised particle first, a name after it
    particle_first = (
        len(words) > 1 and words[0][:1].isupper() and words[0].casefold() in NAME_PARTICLES
    )
    first = words[0].casefold() if words else ""
    # "Aus Regierungskreisen", "Uit ingewijde kring": a function word first (a preposition)
    # opens no name; a determiner may ("De Telegraaf", "Der Spiegel": ``a_name`` decides)
    opener = first in languages.get(lang).function_words and first not in DETERMINERS[lang]
    if not words or ((first in NOT_NAMES.get(lang, frozenset()) or opener) and not particle_first):
        return False
    if len(words) > 1 and noun_word(words[-1], lang):
        return False  # "Airbus Bestellungen": a name and a noun after it
    return all(NAME_WORD.fullmatch(w) or w.casefold() in NAME_PARTICLES for w in words)


# Words before a person's name that make the speaker theirs ("ein Sprecher des Kanzlers").
_WHOSE = re.compile(r"\w\s+(?:von|vom|des|van)\s+(?:([\w-]+)\s+)?$")


def someone_of(before: str, lang: str) -> bool:
    """The words ``before`` a person's name in a clause make it whose the speaker is ("Der
    Sprecher von Bundeskanzler Olaf Scholz"), not the speaker; not an apposition, nor a
    portfolio ("minister van Energie Denys Sjmyhal")."""
    found = _WHOSE.search(before)
    return (
        "," not in before
        and found is not None
        and (found.group(1) is None or is_role(found.group(1), lang))
    )


def right_before(matches: Sequence[Match], start: int, text: str) -> frozenset[str]:
    """The titles and adjectives right before a name at ``start``, nothing between."""
    found, cursor = set(), start
    for t in sorted(matches, key=lambda t: -t.end):
        if t.end <= cursor and t.entry.kind in ("title", "adjective"):
            if text[t.end : cursor].strip():
                break
            found.add(t.entry.id)
            cursor = t.start
    return frozenset(found)


def plain_determiner(who: str, lang: str) -> str:
    """``who`` with a capitalised determiner that starts a sentence in lower case ("Die
    NASA" -> "die NASA"), so it is read as one, not as part of a name."""
    first, _, rest = who.partition(" ")
    if rest and first[:1].isupper() and first.casefold() in DETERMINERS.get(lang, ()):
        return f"{first.casefold()} {rest}"
    return who
