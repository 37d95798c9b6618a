"""Checks on names: a glossary name or a name-like word of the source missing from the
English, or a known person or organisation the English names and the source does not."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from glossary import DATA_DIR, languages
from glossary.entries import Entry, glossary_files, read_files
from glossary.languages import FUNCTION_WORDS, TARGET_LANG
from translate.doubt.text import WORD, Reading, split_words, word_parts, zipf


def _name_like(word: str, lang: str) -> bool:
    # Only a language that capitalises names alone (Dutch, not German, which writes every
    # noun with a capital) marks names by capitals; others are checked through the
    # glossary alone.
    low = word.lower()
    if not languages.get(lang).capitals_mark_names:
        return False
    if not word[:1].isupper() or len(word) < 3 or low in FUNCTION_WORDS[lang]:
        return False
    return zipf(low, lang) < 3.0 and zipf(low, TARGET_LANG) < 3.0


def _fold(word: str) -> str:
    """Lower case without accents: "Türkiye" and "Turkey" are near, "Genève" is "geneve"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


def _capital_adjective(word: str, lang: str) -> bool:
    """An adjective of nationality or place where the language capitalises it (Dutch
    "Irakese", "Russische"): translated, not kept, so no name."""
    pattern = languages.get(lang).capital_adjective
    return pattern is not None and re.search(pattern, word) is not None


def _near(word: str, out: Sequence[str]) -> bool:
    """True when a (folded) output word is ``word`` in another form or spelling: the same
    first four letters ("Swedish" for Sweden, "presidential") or a close spelling."""
    low = _fold(word)
    if low in out or (len(low) >= 4 and any(o[:4] == low[:4] for o in out)):
        return True
    near = (o for o in out if abs(len(o) - len(low)) < 5)
    return any(SequenceMatcher(None, low, o).ratio() >= 0.6 for o in near)


@lru_cache(maxsize=1)
def _shipped_entries() -> tuple[Entry, ...]:
    """The shipped glossary's entries (read once; the checks need no glossary passed in,
    so a stored translation assessed again when read is checked as a fresh one)."""
    entries, _problems = read_files(glossary_files(DATA_DIR))
    return tuple(entries)


@lru_cache(maxsize=1)
def _country_adjectives() -> dict[str, frozenset[str]]:
    """A country's English name -> the English adjective of its language, where CLDR
    gives the country one likely language whose own likely country it is: Denmark ->
    Danish, Netherlands -> Dutch. Not Switzerland (German is Germany's) nor Belgium."""
    from babel.core import get_global

    likely = get_global("likely_subtags")
    adjectives = {
        e.id.removeprefix("cldr-adj-"): e.en for e in _shipped_entries() if e.kind == "adjective"
    }
    found: dict[str, frozenset[str]] = {}
    for entry in _shipped_entries():
        territory = entry.id.removeprefix("cldr-").upper()
        if entry.kind != "place" or not entry.id.startswith("cldr-") or not territory.isalpha():
            continue
        language = str(likely.get(f"und_{territory}", "")).split("_")[0]
        if language in adjectives and str(likely.get(language, "")).endswith(f"_{territory}"):
            found[entry.en] = frozenset({adjectives[language]})
    return found


def term_present(term: str, english: str) -> bool:
    """True when the English holds a glossary term in some form the enforcement could not
    place: "Swedish" for Sweden, "US" for United States, "French" for France, "Danish"
    for Denmark (the adjective of its language)."""
    words = split_words(term)
    out = [_fold(w) for w in split_words(english)]
    initials = "".join(w[0] for w in words).upper()
    if len(words) > 1 and re.search(rf"\b{re.escape(initials)}\b", english):
        return True
    if _country_adjectives().get(term, frozenset()) & set(split_words(english)):
        return True
    return bool(words) and all(_near(w, out) for w in words if len(w) > 2)


def missing_names(source: str, english: str, lang: str) -> list[str]:
    """Rare capitalised words of a Dutch source (names) with nothing like them in the
    English. The first word of the source is skipped (any word opens a sentence); a name
    spelt another way (Rjabkov, Ryabkov) counts as present; of a hyphenated word only the
    capitalised parts count ("Rossby-golven": Rossby), and so do the parts of a hyphenated
    English word ("Saint-Saens"); a word glued to a number is its unit ("600Mbit")."""
    out = [_fold(w) for w in split_words(english)]
    out += [part for word in out if "-" in word for part in word_parts(word)]
    missing = []
    for match in list(WORD.finditer(source))[1:]:
        word = match.group(0)
        if source[match.start() - 1].isdigit():
            continue
        for part in word_parts(word):
            if not _name_like(part, lang) or _capital_adjective(part, lang):
                continue
            low = _fold(part)
            if (low.endswith("s") and low[:-1] in out) or _near(part, out):  # "Poetins"
                continue
            missing.append(part)
    return missing


# The kinds of glossary entry whose English, found in a translation, the original must
# have in some form. Places are left out: a translation rightly writes the country for an
# adjective of it ("Iraq's borders" for "de Irakese grenzen", "Texas Governor").
_NAMED_KINDS = ("person", "organisation")


def _minor() -> frozenset[str]:
    return languages.words_of_all(lambda lang: lang.acronym_skips)


@dataclass(frozen=True)
class _Names:
    pattern: re.Pattern[str] | None
    forms: dict[str, tuple[str, ...]]  # English name -> every form of its entries, folded


@lru_cache(maxsize=1)
def _known_names() -> _Names:
    """The people and organisations of the shipped glossary, by their English names."""
    forms: dict[str, set[str]] = {}
    for entry in _shipped_entries():
        if entry.kind not in _NAMED_KINDS:
            continue
        for lang_forms in entry.forms.values():
            for form in lang_forms:
                for english in {entry.en, form.english or entry.en}:
                    if len(english) >= 2:
                        forms.setdefault(english, {_fold(entry.en)}).add(_fold(form.text))
    if not forms:
        return _Names(None, {})
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")
    return _Names(pattern, {name: tuple(sorted(folded)) for name, folded in forms.items()})


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _minor()).upper()


def added_names(source: str, english: str) -> list[str]:
    """People and organisations the English names (the shipped glossary's, by their
    English names) that the source has in no form: "the European Union's aid" for "de
    Republikein staat ... tegenover hulp". A form of the entry in any language, a word
    of the name ("Senate" for "senaat" is the form; "Putin" for "Poetins"), or its
    initials ("European Union" for "EU", "EU" for "Europese Unie") count as present."""
    known = _known_names()
    if known.pattern is None:
        return []
    folded = _fold(source)
    capitalised = re.findall(
        r"[A-ZÀ-Þ][\w'-]*(?:\s+(?:(?:of|the|and|van|der|von)\s+)?[A-ZÀ-Þ][\w'-]*)+", source
    )
    source_initials = {_initials(split_words(run)) for run in capitalised}
    added: list[str] = []
    judged: set[str] = set()  # a name found many times is judged once (issue 35)
    for match in known.pattern.finditer(english):
        name = match.group(0)
        if name in judged:
            continue
        judged.add(name)
        words = split_words(name)
        present = any(
            re.search(rf"(?<!\w){re.escape(form)}" + (r"(?!\w)" if len(form) <= 3 else ""), folded)
            for form in known.forms[name]
        ) or any(re.search(rf"(?<!\w){re.escape(_fold(w))}", folded) for w in words if len(w) > 3)
        if not present and len(words) > 1:
            present = bool(re.search(rf"(?<!\w){_initials(words)}(?!\w)", source))
        if not present and name.isupper():
            present = name in source_initials
        if not present:
            added.append(name)
    return added


def name(r: Reading) -> str | None:
    """A glossary name is missing after enforcement, or a rare capitalised word of a Dutch
    source (a name) has nothing like it in the English; or the English names a person or
    organisation of the shipped glossary that the source has in no form (places are left
    out: English rightly writes the country for an adjective, "Iraq's borders")."""
    names = [t for t in r.missing_terms if not term_present(t, r.english)]
    names += [n for n in missing_names(r.source, r.english, r.lang) if n not in r.terms]
    extra = [n for n in added_names(r.source, r.english) if n not in r.terms]
    if not (names or extra):
        return None
    said = [f"missing: {', '.join(dict.fromkeys(names[:5]))}"] if names else []
    said += [f"not in the original: {', '.join(extra[:5])}"] if extra else []
    return "; ".join(said)
