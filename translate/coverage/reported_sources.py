"""Reported speech whose source is a text its issuer published, the account said to emerge
from it: after the content, "Dies geht aus einer Mitteilung der dpa hervor." / "Dat blijkt
uit cijfers van het CBS." (``emerged_back``: the sentence before is the account, read like
"Dies teilte die dpa mit."); before it, "Wie aus einer Verlautbarung der ISAF hervorgeht,
…" / "Uit een rapport van de OESO blijkt dat …" (``emerged_first``: the rest of the
sentence). The shapes (``Reporting.emerges``, ``emerges_first``: "*" stands for the text
and its issuer), the nouns of such a text (``Reporting.emerges_from``) and the words before
its issuer (``Reporting.issued_by``: "word" kept, "word:" dropped, "word:other" written as
the other, the genitive's article as the subject's) are the language's. The issuer is a
determiner and its words or a name, never a pronoun or a possessive ("aus einer Erklärung
seines Anwalts"), and a speaker only where the reporting clause's rules read a name there."""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.clause_words import DETERMINERS, POSSESSIVES, PRONOUNS
from translate.coverage.clauses import who_after
from translate.coverage.reported_shapes import reporting_field

# Words of the issuer's name at most after its first.
_ISSUER_WORDS = 8


def _text_of(lang: str) -> str:
    """A text and its issuer (the group ``who``): "einer Meldung der dpa", "een rapport
    van de OESO"; an article and up to two adjectives before the noun."""
    dets = "|".join(sorted(DETERMINERS.get(lang, ()), key=len, reverse=True)) or "$^"
    nouns = reporting_field(lang, "emerges_from")
    by = "|".join(w.partition(":")[0] for w in languages.get(lang).reporting.words("issued_by"))
    return (
        rf"(?:(?i:{dets})\s+)?(?:[\w-]+\s+){{0,2}}(?:{nouns})\s+"
        rf"(?P<who>(?:{by})\s+[^\s,;:.!?„“”\"«»()]+(?:\s+[^\s,;:.!?„“”\"«»()]+){{0,{_ISSUER_WORDS}}}?"
        r"(?:\s+\([A-ZÄÖÜ][\w-]{1,9}\))?)"
    )


def _issuer(who: str, lang: str) -> str | None:
    """The issuer's words as a reporting clause writes them ("der dpa", "het CBS"; the
    acronym in brackets after a long name: "ISAF"); None where a pronoun or a possessive
    stands for it or, in a language that writes nouns in lower case, no word of it is
    capitalised ("van de gemeente": no name)."""
    words = who.split()
    written = dict(w.partition(":")[::2] for w in languages.get(lang).reporting.words("issued_by"))
    if words and written.get(words[0].casefold()):  # "der Agentur X": "die Agentur X"
        words[0] = written[words[0].casefold()]
    elif words and words[0].casefold() in written:  # "von", "van": the name after it
        words = words[1:]
    short = re.fullmatch(r"\(([A-ZÄÖÜ][\w-]{1,9})\)", words[-1]) if words else None
    if short is not None:
        return short.group(1)
    words = (who_after(" ".join(words), lang) or "").split()  # not "… aan minister X"
    unsaid = {*PRONOUNS.get(lang, ()), *POSSESSIVES.get(lang, ())}
    if not words or any(w.casefold() in unsaid for w in words):
        return None  # "seines Anwalts", "zijn advocaat": whose it is, unsaid
    if not languages.get(lang).capitalises_nouns and not any(
        w[:1].isupper() for w in words[1:] or words
    ):
        return None  # "van de gemeente": no name
    return " ".join(words)


def emerged_back(text: str, lang: str, told: str) -> tuple[str, str] | None:
    """(issuer's words, cue) of a sentence that only says which text of whose the sentence
    before comes from ("Dies geht aus einer Mitteilung der dpa hervor.", "Dat blijkt uit
    cijfers van het CBS."; a relative clause on the text after it may follow: "…hervor,
    die am Montag erschien."); None for any other sentence. ``told``: the demonstratives
    that open it (``Reporting.told_back``)."""
    shapes = languages.get(lang).reporting.words("emerges")
    if not shapes:
        return None
    for shape in shapes:
        head, _, tail = shape.partition("*")
        tail_words = rf"\s+{re.escape(tail.strip())}" if tail.strip() else ""
        # "aus einer Meldung der dpa, die die Zeitung X verbreitete, hervor", "…hervor,
        # die am Montag erschien": a relative clause on the text, no clause of its own
        relative = rf",\s*(?:{reporting_field(lang, 'relative_pronouns')})\s[^,„“”\"]*"
        m = re.match(
            rf"\s*(?:{told})\s+({re.escape(head.strip())})\s+{_text_of(lang)}(?:{relative},)?"
            rf"{tail_words}(?:{relative})?[.!]?\s*$",
            text,
        )
        if m is not None:
            who = _issuer(m.group("who"), lang)
            return (who, m.group(1).split()[0]) if who else None
    return None


def emerged_first(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(content start, content end, issuer's words, cue) of a sentence that opens with the
    text its account emerges from ("Wie aus einer Verlautbarung der ISAF hervorgeht,
    wurden …", "Uit een rapport van de OESO blijkt dat …"); None for any other."""
    for shape in languages.get(lang).reporting.words("emerges_first"):
        head, _, tail = shape.partition("*")
        m = re.match(
            rf"\s*{re.escape(head.strip())}\s+{_text_of(lang)}\s+{re.escape(tail.strip())}"
            r"\s*,?\s*",
            text,
        )
        if m is None or len(text[m.end() :].split()) < 3:
            continue
        who = _issuer(m.group("who"), lang)
        return (m.end(), len(text), who, tail.split()[0]) if who else None  # "hervorgeht"
    return None
