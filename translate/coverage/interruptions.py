"""A quotation that goes on after the reporting clause interrupting it ("„Es ist zu
früh“, sagte X, „um … zu ziehen.“", "„Das ist“, so X, „ein …“"): the speaker of its
first part. The clause may hold the commas of the speaker's own apposition ("„Wir
haben“, sagte die Präsidentin des Verbands, Anna Roth, „so viele …“"), nothing else
with a comma."""

from __future__ import annotations

import dataclasses
import re

from translate.coverage.clause_words import BRACKETED_BY
from translate.coverage.clauses import has_cue
from translate.results import Quote

_BETWEEN = re.compile(r"[“”\"»«’‘']?\s*,\s*([^.;:!?„“”\"«»]{2,160}?)\s*,\s*[„“\"‚‘'«»]")


def interrupted(
    text: str, found: list[Quote], start: int, words: str, lang: str, after: str = ""
) -> tuple[str, str | None] | None:
    """The speaker of the quotation before (last of ``found``) where the quotation at
    ``start`` goes on from it after the reporting clause that interrupts it ("„Es ist zu
    früh“, sagte X, „um … zu ziehen.“", '"Het is te vroeg", zei X, "om …"'): it starts in
    lower case, only the clause lies between, and no reporting clause of its own follows
    it (``after``: '…, "nee, dat klopt niet", antwoordde zijn vrouw' is hers). A comma in
    the clause is only one of the words that named the first part's speaker there
    (``speaker_source``: "die Präsidentin des Verbands, Anna Roth")."""
    last = found[-1] if found else None
    if last is None or last.speaker is None or not words[:1].islower():
        return None
    if has_cue(after, lang):
        return None
    m = _BETWEEN.fullmatch(text[last.end : start])
    if m is None or (len(m.group(1)) > 60 and "," not in m.group(1)):
        return None
    clause, source = m.group(1), last.speaker_source or ""
    if "," in clause and not ("," in source and "," not in clause.replace(source, "")):
        return None  # "…“, sagte X, und Y fügte hinzu, „…": another clause
    # "„Das ist“, so X, „ein …“": the clause of "so" that brackets a quotation's parts
    bracketed = clause.split()[0].casefold() in BRACKETED_BY.get(lang, ()) if clause else False
    return (last.speaker, last.speaker_id) if has_cue(clause, lang) or bracketed else None


def opened_on(text: str, found: list[Quote]) -> list[Quote]:
    """``found`` with a quotation left open at its paragraph's end and going on in the next
    paragraph, which opens with the same mark ("»Wir wollen … Platz.\n»Natürlich …«, sagte
    X"), given the speaker of the part that goes on: one quotation, one speaker."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        quote, on = out[i], out[i + 1]
        gap = text[quote.end : on.start]
        same = re.fullmatch(r"\s*\n\s*\W", gap) and text[quote.start - 1] == gap.strip()
        if quote.speaker is None and on.speaker and same:  # the same opening mark
            out[i] = dataclasses.replace(quote, speaker=on.speaker, speaker_id=on.speaker_id)
    return out
