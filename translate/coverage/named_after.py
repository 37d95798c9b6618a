"""A quotation after a colon clause whose reporting clause after it names a person in
full ("Vluchtelingenwerk spreekt dat tegen: "…", aldus directeur Frank Candel"; "Die
Gewerkschaft reagierte: „…“, sagte ihr Chef Peter Kern"): the words are that person's,
the colon clause's subject only introduced them. A pronoun or a surname the colon
clause holds after it ("X sagte: „…“, betonte sie") leaves the colon clause's subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from translate.coverage.speaker_names import name_in

if TYPE_CHECKING:
    from translate.coverage.clauses import Clause


def named_after(found: Clause, after: str, lang: str) -> Clause | None:
    """The clause in ``after`` (the sentence after the quotation) where it names a person
    by a first name and a surname that ``found`` (the colon clause) does not hold; else
    None (``found`` stands)."""
    from translate.coverage import clauses  # the clause readers use this module

    if not found.who:
        return None
    told = clauses.reporting_clause("", after, lang)
    named = name_in(told.who, lang) if told is not None and told.who else None
    if told is None or named is None or named[0] != "name":
        return None
    surname = named[1].split()[-1].casefold()
    if surname in found.who.casefold():
        return None  # "Frank Candel reageerde: "…", aldus Candel" and the like
    return told


__all__ = ["named_after"]
