"""The words naming a person that start a sentence, up to its verb ("Sadiq Khan, einer
der Abgeordneten, die den Brief schrieben, verurteilte …" -> Sadiq Khan): the subject a
clause with no reporting verb of its own may give its quotation or its view."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import (
    ACRONYM,
    CITED_VERB,
    DETERMINERS,
    NAME_PARTICLES,
    SAY,
    STOPS,
)
from translate.coverage.marks import outside_quotations
from translate.coverage.portfolios import without_portfolio
from translate.coverage.speaker_names import is_role, name_in
from translate.records import Sentence


def _cites(verb: str, lang: str) -> bool:
    """``verb`` is an active form of the language's ``cited_verb`` ("citeert", "citeerde"
    of "geciteerd"): its subject quotes someone else; not a verb of saying, whose clause
    reads the object itself ("Die Zeitung zitiert den Minister X:", ``clauses``)."""
    if verb in SAY[lang]:
        return False
    stems = [re.sub(r"^ge(?=\w{4})|[dt]$", "", v) for v in CITED_VERB.get(lang, "").split("|")]
    return any(stem and verb.startswith(stem) for stem in stems if stem != "$^")


def leading_subject(text: str, lang: str, acronyms: bool = False) -> str | None:
    """The words naming a person that start ``text``, up to its verb (the first lower-case
    word that is no determiner, adjective after one, preposition or name particle, outside
    a relative clause) or a colon; None where they name no person or a quotation comes
    first ("Sadiq Khan, einer der Abgeordneten, die den Brief schrieben, verurteilte");
    ``acronyms``: an organisation's acronym too ("De vakbond FNV is sceptisch:")."""
    if lang not in SAY or re.search(r"[„“”\"«»]", text):
        return None
    text = re.sub(r"^(?:auch|selbst|sogar|ook|zelfs)\s+", "", text.strip(), flags=re.IGNORECASE)
    skip = set(DETERMINERS[lang]) | NAME_PARTICLES | set(STOPS[lang])
    relative = set(DETERMINERS[lang]) | {"welche", "welcher", "deren", "dessen", "wo", "waar"}
    end, previous, in_relative = None, "", False
    # "Het Franse staatshoofd X": a capitalised adjective of a place after a determiner
    # (where nouns are lower case), its noun after it; a lower-case word after that noun is
    # the verb ("De Britse premier feliciteerde X"), and "Hugo de Jonge" is no such adjective
    adjective = languages.get(lang).capital_adjective
    adjectives = not languages.get(lang).capitalises_nouns and adjective is not None
    determined = nouned = False
    # "Berlins früherer Bürgermeister X": an adjective after a place's genitive first
    attributive = languages.get(lang).reporting.attributive or "$^"
    genitive = re.match(rf"[A-ZÄÖÜ]\w+s\s+(?=[a-zäöüß]{{3,}}(?:{attributive})\s)", text)
    for m in re.finditer(r"[^\s,:;]+|[,:;]", text):
        token = m.group(0)
        if token in ":;":
            end = m.start()
            break
        if token == ",":
            in_relative, previous = False, ","
            continue
        if previous == "," and token.casefold() in relative:
            in_relative = True
        if in_relative:
            continue
        after_determiner = previous.casefold() in DETERMINERS[lang] or (
            previous[:1].islower() and previous != ","
        )
        of_adjective = (
            adjectives
            and determined
            and previous[:1].isupper()
            and re.search(adjective or "$^", previous) is not None
        )
        if nouned or (previous[:1].islower() and is_role(previous, lang)):
            # "De minister verdedigde X": the word after the role's noun is the verb
            after_determiner = previous.casefold() in DETERMINERS[lang]
        after_determiner = (
            after_determiner or of_adjective or bool(genitive and m.start() == genitive.end())
        )
        nouned = of_adjective and token[:1].islower()
        determined = previous.casefold() in DETERMINERS[lang]
        if (
            token[:1].islower()
            and token.isalpha()
            and token.casefold() not in skip
            and not after_determiner
        ):
            if _cites(token, lang):
                return None  # "De krant Le Monde citeert president Macron:": Macron's words
            end = m.start()
            break
        previous = token
    if end is None:
        return None
    who = text[:end].strip(" ,")
    found = name_in(subject_name(who, lang), lang) if who else None
    if acronyms and found is not None and found[0] == "org" and ACRONYM.fullmatch(found[1]):
        return who
    return who if found is not None and found[0] in ("name", "surname", "rolename") else None


def subject_name(who: str, lang: str) -> str:
    """``who`` (a ``leading_subject``) without the portfolio of its role, the words a name
    is read in ("Minister van Buitenlandse Zaken Andrij Sybiha": "Minister Andrij
    Sybiha"); ``leading_subject`` keeps it, as the words the sentence starts with."""
    return without_portfolio(who, lang)


def titled_other(text: str, lang: str, surname: str) -> bool:
    """``text`` opens with a role and a name as its subject, someone other than
    ``surname`` ("President Lefèvre erkende …" after Martel spoke): a pronoun after it
    stands for that one, maybe, even where the article gives the name only once."""
    words = subject_name(leading_subject(text, lang) or "", lang).split()
    return (
        len(words) >= 2
        and is_role(words[0], lang)
        and words[-1][:1].isupper()
        and words[-1].casefold() != surname.split()[-1].casefold()
    )


def unnamed_subject(sentence: Sentence, lang: str, roles: bool = False) -> bool:
    """``sentence`` starts with someone named by a noun of a person (``roles``: or of a
    role) and no name, not even in apposition ("Der Vorsitzende, Ahmet Yıldız, …"), then a
    verb ("De man reageerde opgelucht.", "Der Trainer sprach mit …"): a pronoun after it
    may stand for them."""
    if roles and leading_subject(sentence.text, lang):
        return False
    m = re.match(r"\s*(\w+)\s+(\w+)\s+[a-zà-ÿ]", sentence.text)
    return (
        m is not None
        and m.group(1).casefold() in DETERMINERS.get(lang, ())
        and (
            m.group(2).casefold() in languages.get(lang).reporting.words("persons")
            or (roles and is_role(m.group(2), lang))
        )
    )


def plural_said(text: str, pronoun: str, lang: str) -> bool:
    """``pronoun`` is the subject of a reporting verb in the plural in ``text`` ("„…“,
    zeggen ze", "Sie sagen:"): a group, no one person."""
    plural, who = languages.get(lang).reporting.plural_says or "$^", re.escape(pronoun.strip())
    text = outside_quotations(text)  # not its own words: "„Ze zeggen dat …”, zei ze"
    return (
        bool(who)
        and re.search(
            rf"(?<!\w)(?:(?:{plural})\s+{who}|{who}\s+(?:{plural}))(?!\w)", text, re.IGNORECASE
        )
        is not None
    )
