"""The forms a listed form stands for: genitives ("Poetins" -> "Putin's") and the
inflections of adjectives (Dutch "Russische", German "russische/-en/-er/-es/-em")."""

from __future__ import annotations

from glossary import languages
from glossary.entries import Entry, Form


def genitives(form: str, lang: str) -> list[str]:
    """Genitive spellings of a name: Poetins, Obama's (nl); Putins, Borrells (de) (each
    language module says how)."""
    return languages.get(lang).genitives(form)


def english_genitive(english: str) -> str:
    return f"{english}'" if english.endswith("s") else f"{english}'s"


def inflections(form: str, lang: str) -> list[str]:
    """The inflected forms of an adjective: Russisch -> Russische, Chinees -> Chinese (nl);
    russisch -> russische, russischen, russischer, russisches, russischem (de) (each
    language module says how)."""
    return languages.get(lang).inflections(form)


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
