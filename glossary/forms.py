"""The forms a listed form stands for: genitives ("Poetins" -> "Putin's") and the
inflections of adjectives (Dutch "Russische", German "russische/-en/-er/-es/-em")."""

from __future__ import annotations

import re

from glossary.entries import Entry, Form


def genitives(form: str, lang: str) -> list[str]:
    """Genitive spellings of a name: Poetins, Obama's (nl); Putins, Borrells (de)."""
    if form.endswith(("s", "x", "z", "ß")):
        return [f"{form}'"]
    if lang == "nl" and form[-1:].lower() in "aeiouy":
        return [f"{form}'s"]
    return [f"{form}s", f"{form}'s"] if lang == "nl" else [f"{form}s"]


def english_genitive(english: str) -> str:
    return f"{english}'" if english.endswith("s") else f"{english}'s"


_GERMAN_ENDINGS = ("e", "en", "er", "es", "em")
_DOUBLED_VOWEL = re.compile(r"(?<=[^aeiou])(aa|ee|oo|uu)(?=[^aeiouy]$)")


def inflections(form: str, lang: str) -> list[str]:
    """The inflected forms of an adjective: Russisch -> Russische, Chinees -> Chinese (nl);
    russisch -> russische, russischen, russischer, russisches, russischem (de). A German
    form written with a capital (Schweizer, Berliner) does not inflect; a compound whose
    last part is lower case does (US-amerikanisch -> US-amerikanische)."""
    if not form or " " in form or form.endswith("e"):
        return []
    if lang == "nl":
        # An open syllable writes a long vowel once: Chinees -> Chinese, Portugees -> Portugese.
        return [_DOUBLED_VOWEL.sub(lambda m: m.group(1)[0], form) + "e"]
    if lang == "de" and form.rsplit("-", 1)[-1][:1].islower():
        return [form + ending for ending in _GERMAN_ENDINGS]
    return []


def derived_forms(entry: Entry, form: Form, lang: str) -> list[tuple[str, str]]:
    """Forms an entry matches beyond those listed, with their English: the genitives of a
    name ("Poetins" -> "Putin's") and the inflections of an adjective, which keep the
    form's own English ("US-amerikanische" is "US", as "US-amerikanisch=US" says)."""
    if entry.kind == "adjective":
        return [(f, form.english or entry.en) for f in inflections(form.text, lang)]
    if form.english:
        return []
    if entry.is_name:
        return [(g, english_genitive(entry.en)) for g in genitives(form.text, lang)]
    return []
