"""A quotation after a colon clause of a body whose reporting clause right after it names
a person in full by a role ("Vluchtelingenwerk spreekt dat tegen: "…", aldus directeur
Frank Candel"; "Die Gewerkschaft reagierte: „…“, sagte ihr Chef Peter Kern"): the words
are that person's, the body only introduced them. Not where the colon clause's subject is
a person ("Kanzler Olaf Scholz sagte: „…“, sagte Regierungssprecher X": the holder's),
not past another quotation ("X sagte: „A.“ „B“, entgegnete Y": B is Y's, A stays X's),
and only after a plain verb of saying or "aldus"/"so" (``Reporting.says_alone``, ``by``;
not "berichtete", "zitiert ihn", "meldt": who relays them). A pronoun or a surname the
colon clause holds after it ("X sagte: „…“, betonte sie") leaves the colon clause's
subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary import languages
from glossary.languages.first_names import FEMALE, MALE
from glossary.languages.given_names import given_names
from translate.coverage.speaker_names import is_role, name_in

if TYPE_CHECKING:
    from translate.coverage.clauses import Clause

_NEXT_MARK = re.compile(r"[„“”\"«»‚‘’]")


def named_after(found: Clause, after: str, lang: str) -> Clause | None:
    """The clause in ``after`` (the sentence after the quotation, up to the next quotation
    mark) where it names a person by a role, a first name and a surname, the colon clause
    ``found`` is a body's and the verb a plain one of saying; else None (``found``
    stands)."""
    from translate.coverage import clauses  # the clause readers use this module

    if not found.who or not _a_body(found.who, lang):
        return None
    own = _NEXT_MARK.split(after, maxsplit=1)[0]  # never another quotation's clause
    told = clauses.reporting_clause("", own, lang)
    if told is None or not told.who or not _plain(told.cue, lang):
        return None
    named = name_in(told.who, lang)
    if named is None or named[0] != "name":
        return None
    if not any(is_role(w, lang) for w in told.who.split()):
        return None  # "zegt directeur Marloes Hendriks": one who speaks for the body
    surname = named[1].split()[-1].casefold()
    if surname in found.who.casefold():
        return None  # "Frank Candel reageerde: "…", aldus Candel" and the like
    return told


def _plain(cue: str | None, lang: str) -> bool:
    """``cue`` is a plain verb of saying or a word naming the speaker ("zegt", "sagte",
    "aldus", "so"), not one of relaying ("berichtete", "zitiert", "meldt")."""
    reporting = languages.get(lang).reporting
    plain = {*reporting.words("says_alone"), *reporting.words("by")}
    return " ".join((cue or "").casefold().split()) in plain


def _a_body(who: str, lang: str) -> bool:
    """The words ``who`` of a colon clause name an organisation or body, no person: the
    organisation a name reading gives ("Die Gewerkschaft", "Het RIVM"), a noun phrase with
    no role ("De gemeente"), or a name of several words with no role nor common first name
    ("Vogelbescherming Nederland"). A role, a pronoun, a single surname ("Rutte") or a
    name opening with a first name ("Mark Rutte") is a person's."""
    words = who.split()
    if any(is_role(w.strip(",."), lang) for w in words):
        return False
    named = name_in(who, lang)
    if named is None:
        return bool(words) and words[0].casefold() in languages.get(lang).reporting.words(
            "determiners"
        )
    kind, name = named
    if kind == "org":
        return True
    if kind != "name" or len(name.split()) < 2:
        return False
    first = name.split()[0].split("-")[0]
    return first not in FEMALE and first not in MALE and first not in given_names(lang)


__all__ = ["named_after"]
