"""Country and territory names for nl and de, generated from CLDR data through Babel.

Generated entries are marked ``added_by = generated:babel-cldr-<version>`` so curation
effort goes to the hand-written entries; a form a curated entry already has is skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from glossary.entries import GENERATED_PREFIX, LANGS, Entry, Form


def country_entries(existing: Iterable[Entry], today: date | None = None) -> list[Entry]:
    import babel
    from babel import Locale

    taken = {
        (lang, form.text)
        for entry in existing
        for lang, forms in entry.forms.items()
        for form in forms
    }
    english = Locale("en").territories
    names = {lang: Locale(lang).territories for lang in LANGS}
    stamp = (today or date.today()).isoformat()
    entries: list[Entry] = []
    for code in sorted(english):
        # Numeric codes are regions (001 = World); ZZ is "unknown region".
        if not code.isalpha() or code in {"ZZ", "QO", "EU", "EZ", "UN"}:
            continue
        forms: dict[str, tuple[Form, ...]] = {}
        for lang in LANGS:
            name = names[lang].get(code)
            if name and (lang, name) not in taken:
                forms[lang] = (Form(name),)
                taken.add((lang, name))
        if not forms:
            continue
        entries.append(
            Entry(
                id=f"cldr-{code.lower()}",
                kind="place",
                en=english[code],
                forms=forms,
                added_by=f"{GENERATED_PREFIX}babel-cldr-{babel.__version__}",
                added_on=stamp,
                source=f"CLDR territory {code}",
            )
        )
    return entries
