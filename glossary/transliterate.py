"""The English spelling of a Russian, Ukrainian or Belarusian name written the Dutch or the
German way: Dutch "Rjabkov" and German "Rjabkow" are English "Ryabkov", Dutch "Poetin" is
"Putin", German "Lawrow" is "Lavrov".

The rules undo each language's romanisation of Cyrillic letter by letter (Dutch oe, sj,
tsj, zj, ch, j; German u, sch, tsch, ch, w, z, j) into the usual English one. They only
run on names that look Slavic (an ending such as -ov, -ev, -in, -ski, -enko, -ow, or a
Dutch sj/zj/tsj, a German tsch), and they are a suggestion for a maintainer, never applied
to a translation without a glossary entry: some letters are ambiguous (German "sch" is
both Russian sh and zh: "Prigoschin" comes out "Prigoshin", English "Prigozhin"; initial
"S" is both s and z: "Sacharowa" comes out "Sakharova", English "Zakharova").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from glossary import languages

_VOWEL = "aeiouy"
# A Slavic name's weaker endings (-in, -ina, -y, -aja: Martin, Nina, Kennedy) count only in
# a word that also has a letter of the language's romanisation (its ``slavic_mark``: j;
# Dutch oe; German w). The letter groups and the stronger endings are the language
# module's (``romanisation``, ``slavic_name``).
_WEAK = re.compile(r"(?:in|ina|y|aja|ja)$", re.IGNORECASE)


@dataclass(frozen=True)
class _Rules:
    pattern: re.Pattern[str]  # every letter group, longest first, applied in one pass
    replacements: dict[str, str]
    slavic: re.Pattern[str]
    mark: re.Pattern[str]


@functools.cache
def _rules(lang: str) -> _Rules | None:
    language = languages.get(lang)
    if not (language.romanisation and language.slavic_name and language.slavic_mark):
        return None
    groups = sorted((re.escape(p) for p, _ in language.romanisation), key=len, reverse=True)
    return _Rules(
        re.compile("|".join(groups)),
        dict(language.romanisation),
        re.compile(language.slavic_name, re.IGNORECASE),
        re.compile(language.slavic_mark, re.IGNORECASE),
    )


def _slavic(word: str, rules: _Rules) -> bool:
    if rules.slavic.search(word):
        return True
    return bool(_WEAK.search(word) and rules.mark.search(word))


def _word(word: str, rules: _Rules) -> str:
    low = rules.pattern.sub(lambda m: rules.replacements[m.group(0)], word.lower())
    # Word endings: -ij/-yj (Dmitrij, Selenskyj) -> -y; -ski -> -sky.
    low = re.sub(r"(?:ij|yj)$", "y", low)
    low = re.sub(r"ski$", "sky", low)
    out = []
    for n, char in enumerate(low):
        if char != "j":
            out.append(char)
            continue
        before = low[n - 1] if n else ""
        after = low[n + 1] if n + 1 < len(low) else ""
        # After a vowel and not before one (Sergej, Sjojgoe): i; elsewhere (Rjabkov,
        # Joelia, Navalnaja): y.
        ends_syllable = bool(before) and before in _VOWEL and (not after or after not in _VOWEL)
        out.append("i" if ends_syllable else "y")
    text = "".join(out)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def english_spelling(name: str, lang: str) -> str | None:
    """The usual English spelling of ``name`` (in ``lang``'s romanisation), or None where
    the name does not look Slavic or the rules change nothing."""
    rules = _rules(lang)
    if rules is None:
        return None
    words = name.split()
    # One Slavic word makes the name Slavic: its other words follow where they carry a
    # letter of the romanisation ("Joelia Navalnaja": Yulia Navalnaya).
    slavic = any(_slavic(w, rules) for w in words)
    english = " ".join(
        _word(w, rules)
        if w[:1].isupper() and (_slavic(w, rules) or (slavic and rules.mark.search(w)))
        else w
        for w in words
    )
    return english if english != name else None
