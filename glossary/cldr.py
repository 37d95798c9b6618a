"""Names generated from CLDR data through Babel: countries, cities, nationality adjectives.

Generated entries are marked ``added_by = generated:babel-cldr-<version>`` so curation
effort goes to the hand-written entries; a form a curated entry (or an earlier generated
file) already has is skipped, so curated entries always win.

- ``countries.tsv``: CLDR territory names, and the world regions (West-Afrika, Südostasien).
- ``cities.tsv``: the exemplar cities of CLDR's time zones (capitals and large cities of
  every country), English from CLDR's English names or the zone id.
- ``adjectives.tsv``: CLDR language names of the languages official somewhere (regional
  ones included: Tsjetsjeens, uigurisch), read as
  nationality adjectives where a language writes it as one (Dutch -s or -isch, German
  -sch): "Russisch" / "russisch" -> "Russian", inflections derived by the matcher.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

from glossary import languages
from glossary.entries import GENERATED_PREFIX, LANGS, Entry, Form, slug

# Territory codes left out: unknown, unions that have curated entries, "world", and
# "Amerika" (Dutch and German news mean the United States by it as often as not).
_LEFT_OUT = {"ZZ", "QO", "EU", "EZ", "UN", "001", "019"}
# Regions and countries as English news names them (CLDR's English is the UN statistical
# name; its "Türkiye" is "Turkey" in most English news, and in FLORES references).
_ENGLISH_REGION = {
    "TR": "Turkey",
    "011": "West Africa",
    "014": "East Africa",
    "015": "North Africa",
    "017": "Central Africa",
    "030": "East Asia",
    "057": "Micronesia",
}
# Zones whose city is no place a news text names, or whose name is a common word.
_SKIP_ZONE_PREFIXES = (
    "Etc/",
    "Antarctica/",
    "Arctic/",
    "America/Indiana/",
    "America/Kentucky/",
    "America/North_Dakota/",
    "America/Argentina/",
)
_SKIP_CITIES = {
    *("Center", "Creston", "Resolute", "Swift Current", "Nome", "Adak", "Currie"),
    # Bare words of country names (Cayman Islands, Comoros): the countries have entries.
    *("Cayman", "Comoro"),
}
# English names CLDR leaves as the zone id's bare word.
_ENGLISH_CITY = {
    "Canary": "Canary Islands",
    "Chagos": "Chagos Archipelago",
    "Cocos": "Cocos Islands",
    "Marquesas": "Marquesas Islands",
    "Gambier": "Gambier Islands",
}
# Languages whose name is no nationality adjective as news uses it (Arabisch -> "Arab" or
# "Arabic" depends on the noun; Dutch "Afrikaanse" is African, not Afrikaans; curated), and
# English names that are not the adjective.
_SKIP_LANGUAGES = {"af", "ar", "en", "fr", "fy", "kg"}
_ENGLISH_ADJECTIVE = {
    "bn": "Bengali",
    "kl": "Greenlandic",
    "na": "Nauruan",
    "tvl": "Tuvaluan",
    "tkl": "Tokelauan",
    "pau": "Palauan",
    "niu": "Niuean",
}


def _stamp(today: date | None) -> tuple[str, str]:
    import babel

    return f"{GENERATED_PREFIX}babel-cldr-{babel.__version__}", (today or date.today()).isoformat()


def _taken(existing: Iterable[Entry]) -> set[tuple[str, str]]:
    return {
        (lang, form.text)
        for entry in existing
        for lang, forms in entry.forms.items()
        for form in forms
    }


def _entries(
    existing: Iterable[Entry],
    rows: Iterable[tuple[str, str, str, dict[str, str]]],
    kind: str,
    today: date | None,
) -> list[Entry]:
    """Entries of (id, English, source, {lang: form}) rows, skipping taken forms."""
    added_by, stamp = _stamp(today)
    taken = _taken(existing)
    ids: set[str] = set()
    entries: list[Entry] = []
    for entry_id, english, source, names in rows:
        forms: dict[str, tuple[Form, ...]] = {}
        for lang in LANGS:
            name = names.get(lang)
            if name and (lang, name) not in taken:
                forms[lang] = (Form(name),)
                taken.add((lang, name))
        if not forms or entry_id in ids:
            continue
        ids.add(entry_id)
        entries.append(
            Entry(
                id=entry_id,
                kind=kind,
                en=english,
                forms=forms,
                added_by=added_by,
                added_on=stamp,
                source=source,
            )
        )
    return entries


def country_entries(existing: Iterable[Entry], today: date | None = None) -> list[Entry]:
    from babel import Locale

    english = Locale("en").territories
    names = {lang: _locale(lang).territories for lang in LANGS}
    rows = [
        (
            f"cldr-{code.lower()}" if code.isalpha() else f"cldr-region-{code}",
            _ENGLISH_REGION.get(code, english[code]),
            f"CLDR territory {code}" if code.isalpha() else f"CLDR region {code}",
            {lang: names[lang].get(code, "") for lang in LANGS},
        )
        # Countries first, then the regions (numeric codes) they are part of.
        for code in sorted(english, key=lambda c: (c.isdigit(), c))
        if code not in _LEFT_OUT
    ]
    return _entries(existing, rows, "place", today)


def _locale(lang: str) -> Locale:
    """Babel's locale for ``lang`` (the language module names it, or what stands in)."""
    from babel import Locale

    return Locale.parse(languages.get(lang).locale)


def _city(locale: Locale, zone: str) -> str | None:
    names = locale.time_zones.get(zone)
    city = names.get("city") if names else None
    # CLDR marks where a long name may break (Reyk\u00adja\u00advík); text never has them.
    return city.replace("\u00ad", "") if city else None


def city_entries(existing: Iterable[Entry], today: date | None = None) -> list[Entry]:
    from babel import Locale
    from babel.core import get_global

    existing = list(existing)
    english, locales = Locale("en"), {lang: _locale(lang) for lang in LANGS}
    named = {e.en for e in existing}  # a city a curated entry has (Kyiv) is not repeated
    rows = []
    for zone, territory in sorted(get_global("zone_territories").items()):
        if zone.startswith(_SKIP_ZONE_PREFIXES):
            continue
        default = zone.rsplit("/", 1)[-1].replace("_", " ")
        name = _city(english, zone) or default
        if name in _SKIP_CITIES or "," in name or _ENGLISH_CITY.get(name, name) in named:
            continue
        rows.append(
            (
                "cldr-city-" + slug(name.replace("’", "")),
                _ENGLISH_CITY.get(name, name),
                f"CLDR time zone {zone} ({territory})",
                {lang: _city(locales[lang], zone) or name for lang in LANGS},
            )
        )
    return _entries(existing, rows, "place", today)


def _adjective(name: str | None, lang: str) -> str | None:
    """The language name as an adjective's base form, or None where it is none."""
    if not name or " " in name or "-" in name:
        return None
    return languages.get(lang).adjective(name)


def adjective_entries(existing: Iterable[Entry], today: date | None = None) -> list[Entry]:
    from babel import Locale
    from babel import languages as babel_languages

    english = Locale("en").languages
    names = {lang: _locale(lang).languages for lang in LANGS}
    official: set[str] = set()
    for territory in Locale("en").territories:
        if isinstance(territory, str) and territory.isalpha():
            official.update(
                babel_languages.get_official_languages(territory, regional=True, de_facto=True)
            )
    rows = []
    for code in sorted(official):
        if code in _SKIP_LANGUAGES or "_" in code or not english.get(code):
            continue
        forms = {lang: _adjective(names[lang].get(code), lang) or "" for lang in LANGS}
        if not any(forms.values()) or " " in english[code]:
            continue
        rows.append(
            (
                f"cldr-adj-{code}",
                _ENGLISH_ADJECTIVE.get(code, english[code]),
                f"CLDR language name {code} (an official language), read as an adjective",
                forms,
            )
        )
    return _entries(existing, rows, "adjective", today)


# What ``newsbridge glossary generate`` writes, in order: each file skips the forms of the
# curated files and of the files before it.
GENERATED_FILES: dict[str, Callable[[Iterable[Entry], date | None], list[Entry]]] = {
    "countries.tsv": country_entries,
    "cities.tsv": city_entries,
    "adjectives.tsv": adjective_entries,
}
