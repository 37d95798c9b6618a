"""A speaker named by a description instead of a name: "zei de schaatsster", "aldus de
34-jarige", "sagte der Virologe" (the one person the article named before), "Het bedrijf
laat weten …" (the one company it named before), "aldus het ministerie van Defensie" (the
body); the language's nouns are its ``Descriptions`` (``glossary.languages.descriptions``).
Read by ``Speakers.resolve_clause``, quotations and reported speech."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary import languages
from glossary.languages.descriptions import descriptions
from translate.coverage.leading_subjects import leading_subject

if TYPE_CHECKING:
    from translate.coverage.speakers import Speakers


def described(speakers: Speakers, who: str, at: int) -> tuple[str, str | None] | None:
    """(English name, glossary id) of whom ``who`` describes at offset ``at``: a definite
    noun of the language's ``epithets`` for the one person the article named before it
    (no one else, not even a place or a body whose name looks like a person's), or of its
    ``firms`` for the one organisation of the glossary it named before; else None."""
    lang = speakers.article.lang
    words = descriptions(lang)
    if not words.definite:
        return None
    if (body := named_body(who, lang)) is not None:
        return body, None
    noun = re.fullmatch(rf"(?i:{words.definite})\s+(\S+)", who.strip())
    if noun is None:
        return None
    if words.firms and re.fullmatch(words.firms, noun.group(1)):
        return _one_firm(speakers, at)
    if not re.fullmatch(words.epithets, noun.group(1)):
        return None
    text = speakers.article.text[:at]
    people = dict(speakers.names_in(text, 0, loose=True))
    for sentence in speakers.article.sentences:
        subject = speakers.subject_of(sentence) if sentence.end <= at else None
        if subject is not None:
            people.setdefault(*subject)
    merged: dict[str, str | None] = {}
    for name, ident in sorted(people.items(), key=lambda p: -len(p[0])):
        if not any(_same(name, kept) for kept in merged):
            merged[name] = ident
    return next(iter(merged.items())) if len(merged) == 1 else None


def _same(short: str, long: str) -> bool:
    """``short`` is ``long``, or part of it ("Wout" of "Wout van Aert")."""
    return short.split()[-1].casefold() == long.split()[-1].casefold() or set(short.split()) <= set(
        long.split()
    )


def _one_firm(speakers: Speakers, at: int) -> tuple[str, str | None] | None:
    """The one company the article names before ``at``: the subject of a sentence in one
    capitalised word or acronym no glossary person or place is ("Philips schrapt …"), or
    an organisation of the glossary; None where it names a person, or two of them."""
    text = speakers.article.text[:at]
    if speakers.names_in(text, 0, loose=True):
        return None
    firms: dict[str, str | None] = {
        m.entry.en: m.entry.id for m in speakers.find(text) if m.entry.kind == "organisation"
    }
    for sentence in speakers.article.sentences:
        subject = leading_subject(sentence.text, speakers.article.lang)
        if sentence.end > at or subject is None or not re.fullmatch(r"[A-Z][\w&.-]+", subject):
            continue
        if not any(m.entry.kind in ("person", "place") for m in speakers.find(subject)):
            firms.setdefault(subject, None)
    return next(iter(firms.items())) if len(firms) == 1 else None


def named_body(who: str, lang: str) -> str | None:
    """ "aldus het ministerie van Buitenlandse Zaken", "de leiding van Sportclub Noord": a
    body of the language's ``bodies`` with its name after ``body_of``, as that name (the
    body's owner or the ministry's portfolio, as "Defensie laat weten" names it); else None."""
    reporting = languages.get(lang).reporting
    body = re.fullmatch(
        rf"(?i:{descriptions(lang).definite or '$^'})\s+(?i:{reporting.bodies or '$^'})\s+"
        rf"(?:{reporting.body_of or '$^'})\s+([A-Z][\w-]*(?:\s+(?:[a-z]{{2,3}}\s+)?[A-Z][\w-]*)*)",
        who.strip(),
    )
    return None if body is None else body.group(1)
