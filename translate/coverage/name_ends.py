"""Where a person's name ends before the organisation they work for: "Piet Jansen van
Shell", "Jan van der Velde van Scheldestromen" (a first name and a surname already read,
then "van"/"von" and a capitalised word: where they work, no surname particle)."""

from __future__ import annotations

import re

from glossary import languages
from glossary.languages import PARTICLE_ARTICLES
from translate.coverage.clause_words import DETERMINERS, NAME_WORD


def body_of(lang: str) -> tuple[str, ...]:
    """The preposition between a person or body and the organisation they belong to
    ("Piet Jansen van Shell", "die Vereinsleitung von Borussia Dortmund"):
    ``Reporting.body_of``."""
    return languages.get(lang).reporting.words("body_of")


def works_at(
    read: list[str], word: str, lang: str, rest: list[str] | None = None, after: str = ""
) -> bool:
    """``word`` (``body_of``: "van", "von") after the words ``read`` of a name opens the name of the
    place its bearer works at: ``read`` ends in a capitalised word and holds two that are
    no role (a first name and a surname); not where the capitalised word after it is
    followed by such a preposition again ("Peter Hein van Mulligen van het CBS": a surname
    particle, then where he works). ``rest``: the words after the capitalised one; ``after``:
    the word right after ``word``."""
    from translate.coverage.speaker_names import is_role  # speaker_names imports this

    if word not in body_of(lang) or not read or not NAME_WORD.fullmatch(read[-1]):
        return False
    if rest and rest[0].casefold() in body_of(lang):
        return False
    if after and after.casefold() in languages.get(lang).reporting.words("surname_articles"):
        return False  # "Anne Marie van der Linden": a surname
    names = [w for w in read if NAME_WORD.fullmatch(w) and not is_role(w, lang)]
    return len(names) >= 2


def with_particle_surname(name: str, who: str, text: str, lang: str) -> str:
    """``name`` ("Peter Hein", read in ``who``: "Peter Hein van Mulligen") with the words
    after it that ``works_at`` cut off, where the article ``text`` names that person by
    them with the particle capitalised ("Van Mulligen verwacht …", "zei Van Mulligen"): a
    surname, not where they work; or where "van" follows them again ("Peter Hein van
    Mulligen van het CBS"); else ``particle_or_body``."""
    of = "|".join(body_of(lang)) or "$^"
    m = re.search(rf"(?<!\w){re.escape(name)}\s+({of})\s+([A-Z][\w'’-]+)$", who.strip(" ,."))
    if m is None:
        return particle_or_body(name, text, lang)
    surname, full = f"{m.group(1).capitalize()} {m.group(2)}", f"{name} {m.group(1)} {m.group(2)}"
    again = re.search(rf"{re.escape(full)}\s+(?:{of})\s", text)  # "… van het CBS"
    return full if again or re.search(rf"\b{surname}\b", text) else name


def next_is_name(text: str, at: int) -> bool:
    """A surname particle ("von der Leyen", "van Dijk"): a capitalised word follows
    within two words, with no comma between."""
    rest = text[at:].split()[:2]
    if not rest:
        return False
    if NAME_WORD.fullmatch(rest[0].strip(",.;:")):
        return True
    return (
        rest[0] in PARTICLE_ARTICLES
        and len(rest) > 1
        and bool(NAME_WORD.fullmatch(rest[1].strip(",.;:")))
    )


def particle_or_body(name: str, text: str, lang: str) -> str:
    """``name`` read as a first name, "von"/"van" and a surname ("Karl von Stetten"),
    unless the article ``text`` writes its first word alone elsewhere and never its last
    two without it: a surname and where its bearer works ("Trainer Klopp von Liverpool":
    Klopp)."""
    words = name.split()
    if len(words) != 3 or words[1] not in body_of(lang):
        return name
    first, rest = re.escape(words[0]), rf"(?i:{re.escape(words[1])})\s+{re.escape(words[2])}"
    alone = re.search(rf"(?<!\w){first}(?!\w)(?!\s+{rest}(?!\w))", text)
    written = len(re.findall(rf"(?<!\w){rest}(?!\w)", text))
    surname = written > len(re.findall(rf"(?<!\w){first}\s+{rest}(?!\w)", text))
    return words[0] if alone and not surname else name


def outlet_head(who: str, lang: str) -> str | None:
    """The determiner and noun of an outlet (``Reporting.outlets``) that open ``who``
    before a capitalised word or a determiner ("die Zeitung Berger", "de krant Jan Smit",
    "die Zeitung den Manager X"): no part of the name after; None where ``who`` opens
    otherwise."""
    outlets = languages.get(lang).reporting.outlets
    dets = "|".join(DETERMINERS.get(lang, ())) or "$^"
    m = re.match(
        rf"\s*(?:(?i:{dets})\s+)?(?:{outlets or '$^'})(?=\s+(?:(?:{dets})\s+)?[A-ZÄÖÜ])", who
    )
    return m.group(0).strip() if m else None


def outlet_named(who: str, lang: str) -> str:
    """``who`` without an outlet's noun before the name ("das Magazin Spiegel": Spiegel);
    the noun alone where no capitalised name follows it ("die Zeitung der Stadt Bonn")."""
    head = outlet_head(who, lang)
    if head is None:
        return who
    rest = who.strip()[len(head) :].strip()
    return rest if rest[:1].isupper() else head
