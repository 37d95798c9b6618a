"""Quoted words that name whom a reporting verb's words were told, or who told them, not
words said: a quotation of one capitalised word right after a reporting verb, maybe its
subject and a determiner ("„…“, sagte er dem „Spiegel“.", "sagte Weber der „Bild“:").
"""

from __future__ import annotations

import re
from functools import cache

from translate.coverage.clause_words import CALLING, CITED_VERB, DETERMINERS, PRONOUNS, SAY


@cache
def _told(lang: str) -> re.Pattern[str]:
    says = "|".join(re.escape(w) for w in sorted(SAY[lang], key=len, reverse=True))
    subject = rf"(?:(?:{'|'.join(PRONOUNS[lang])})\s+|[A-ZÄÖÜ][\w-]*\s+)?"
    dets = "|".join(DETERMINERS[lang])
    return re.compile(rf"(?<!\w)({says})\s+{subject}(?:{dets})\s*$")


def told_to(before: str, after: str, lang: str) -> bool:
    """A quotation of one capitalised word between ``before``, which ends in a reporting
    verb (no verb of calling), maybe its subject (a pronoun or a capitalised word) and a
    determiner, and ``after``, which ends the clause: it names whom the words were told or
    who told them ("sagte er dem „Spiegel“.", "sagte Weber der „Bild“:", "der
    „Bild“-Zeitung:": a compound's start), no words said
    (not "nannte das „Wahnsinn“", "sprach von der „Katastrophe“"); after a verb of citing
    a name may follow ("zitiert die „Bild“ Weber": the outlet that quotes Weber)."""
    m = _told(lang).search(before) if lang in SAY else None
    if m is None or m.group(1).casefold() in CALLING[lang]:
        return False
    cites = re.match(rf"(?i:{CITED_VERB.get(lang, '$^')})", m.group(1))
    return bool(
        re.match(r"(?:-\w+)?\s*(?:[.,;:!?]|$)", after) or (cites and re.match(r"\s+\w", after))
    )
