"""A quotation whose sentence ends in the clause of who told it ("„…“, wie Anna Weber am
Montag sagte.", "Die Gespräche seien „konstruktiv“, wie X mitteilte."): the clause
``reported_subjects.told_after`` reads for reported speech, read here after the
quotation (a bare name or a role and its verb ending the sentence; none where the name
is no name's shape)."""

from __future__ import annotations

import re

from translate.coverage.clause_words import SAY

# words standing for the quotation, so that the clause after it has a clause before it
_STAND_IN = "Die Worte des Zitats"


def as_told(before: str, after: str, lang: str) -> tuple[str, str] | None:
    """(who, cue) of the clause "…, wie X sagte." that ``after`` (the rest of a quotation's
    sentence, ``before`` its start) is; None where it is no such clause, where the
    sentence compares ("nicht so „…“, wie X sagte") or holds a cue before it, or where
    the quotation is a few words of a sentence not in reported speech ("Die Band spielte
    „Yesterday“, wie X erzählte": a title, maybe)."""
    if lang not in SAY or not re.match(r"\s*,\s+\w+\s", after):
        return None
    from translate.coverage.clauses import reported  # the clause reader imports this
    from translate.coverage.reported_subjects import told_after

    if before.strip() and not reported(before, lang):
        return None

    says = "|".join(sorted(SAY[lang], key=len, reverse=True))
    found = told_after(f"{before.rstrip()} {_STAND_IN}{after}".lstrip(), lang, says)
    return (found[2], found[3]) if found is not None else None
