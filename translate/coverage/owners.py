"""A speaker's words that open with someone's genitive ("Putins Sprecher", "Bidens
woordvoerder", "Scholz' Sprecher Steffen Hebestreit", "Trumps Wahlkampfteam"): the words
speak of someone *of* that person's, so the speaker is never the person whose genitive it
is; it is the name after the noun where one follows, else no one named. Where the noun is
what the person said or thinks ("Putins Worte", "Bidens Erklärung"), it is the person's
only after "laut"/"volgens" ("Laut Putins Aussage"): a clause may put such a noun first as
its object ("Bidens Erklärung kommentierte Trump: „…“": Trump's words)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from glossary import languages
from glossary.matcher import Match
from translate.coverage.clause_words import NAME_PARTICLES, POSSESSIVES
from translate.coverage.speaker_names import NAME, is_name, is_person_noun, is_role

# A genitive's ending: -s, or an apostrophe after -s/-z/-x (German "Scholz'", Dutch "'s").
_ENDING = re.compile(r"(?:'s|’s|s|(?<=[szxß])['’])$")
_APOSTROPHE = re.compile(r"(?:'s|’s|(?<=[szxß])['’])$")


def owned_speaker(
    who: str,
    matches: Sequence[Match],
    full_name: Callable[[str], str | None],
    lang: str,
    person: bool = False,
) -> str | None:
    """Where ``who`` opens with a person's genitive and a noun: the name after the noun
    ("Steffen Hebestreit" of "Scholz' Sprecher Steffen Hebestreit"), or "" where no name
    follows ("Putins Sprecher": someone unnamed, "Putins Worte": maybe an object); None
    where ``who`` does not open so. The genitive is a person's where a glossary person is
    written in the first word alone, the word has an apostrophe's genitive, its stem is the
    surname of a full name the article gave before (``full_name``), or a first name goes
    before it and a noun of a person after it ("Karin Vogels Mann"; ``person``: so known)."""
    words = who.split()  # a comma after a name sets off an apposition: no genitive
    if (
        len(words) == 2
        and words[0].casefold() in POSSESSIVES.get(lang, ())
        and words[1][:1].isalpha()
    ):
        return ""  # "Ihren Angaben zufolge", "Seine Sprecherin": someone's, no name
    if (  # "Karin Vogels Mann": a first name, a surname's genitive, a noun of a person
        len(words) >= 3
        and _ENDING.search(words[1])
        and is_name(" ".join(words[:2]), lang)
        and not is_role(words[0], lang)  # "Mieterbund-Präsident Lukas Siebenkotten-Herr"
        and "-" not in words[2]
        and is_person_noun(words[2], lang)
        and not _said(words[2], lang)
    ):
        return owned_speaker(" ".join(words[1:]), [], full_name, lang, person=True)
    if len(words) < 2 or not words[0][:1].isupper() or not _ENDING.search(words[0]):
        return None
    noun = words[1]
    if noun.casefold() in NAME_PARTICLES or not noun[:1].isalpha():
        return None
    if noun[:1].isupper() != languages.get(lang).capitalises_nouns:
        return None  # "Hans Peter Meier" (German nouns are capitalised, Dutch ones not)
    first = len(words[0])
    stem = _ENDING.sub("", words[0])
    person = person or any(
        m.entry.kind == "person" and m.start == 0 and m.end in (first, len(stem)) for m in matches
    )
    if not (person or _APOSTROPHE.search(words[0]) or full_name(stem)):
        return None
    if _said(noun, lang):
        return ""  # "Bidens Erklärung kommentierte Trump: „…“": the subject may follow
    rest = " ".join(words[2:]).replace(",", " ").strip()
    return rest if rest and is_name(rest, lang) else ""


def owned_tail(rest: str, who: str, lang: str) -> str:
    """The words in ``rest`` after a source ``who`` written in the genitive that tell whose
    it is, where nouns are lower case ("Volgens Poetins | woordvoerder Dmitri Peskov zijn
    …", "volgens Bidens | verklaring"): a noun of a person or of what was said, and a
    name after it; "" where there are none (German writes the noun capitalised, in the
    name's run already)."""
    if languages.get(lang).capitalises_nouns or not _ENDING.search(who.split()[-1]):
        return ""
    m = re.match(rf"\s+([a-zäöüéëï]+)(?:\s+({NAME}(?:\s+{NAME})*))?(?![\w-])", rest)
    if m is None:
        return ""
    if not (is_person_noun(m.group(1), lang) or _said(m.group(1), lang)):
        return ""
    return m.group(0) if m.group(2) and is_name(m.group(2), lang) else m.group(0)[: m.end(1)]


def said_by(who: str, lang: str) -> str | None:
    """The person whose words a source after "laut"/"volgens" is ("Putin" of "Putins
    Aussage", "Biden" of "Bidens verklaring"); None where ``who`` is no such source."""
    words = who.split()
    if len(words) != 2 or not words[0][:1].isupper() or not _said(words[1], lang):
        return None
    stem = _ENDING.sub("", words[0])
    return stem if stem != words[0] else None


def _said(noun: str, lang: str) -> bool:
    """``noun`` is what someone said or thinks ("Aussage", "Worten", "verklaring")."""
    said, low = _said_words(lang), noun.casefold()
    return low in said or low.removesuffix("n") in said


@functools.cache
def _said_words(lang: str) -> frozenset[str]:
    """The language's nouns of what someone said (``statements``) or thinks (``views``)."""
    reporting = languages.get(lang).reporting
    return frozenset(w.casefold() for f in ("statements", "views") for w in reporting.words(f))
