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

import re

# Letter group of the language's romanisation -> the English one.
_RULES: dict[str, list[tuple[str, str]]] = {
    "nl": [
        ("sjtsj", "shch"),
        ("tsj", "ch"),
        ("sj", "sh"),
        ("zj", "zh"),
        ("ch", "kh"),
        ("oe", "u"),
    ],
    "de": [
        ("schtsch", "shch"),
        ("tsch", "ch"),
        ("sch", "sh"),
        ("ch", "kh"),
        ("w", "v"),
        ("ss", "s"),
        ("z", "ts"),
    ],
}
_VOWEL = "aeiouy"
# Endings and letter groups that mark a word as a Slavic name in each spelling; the weaker
# endings (-in, -ina, -y, -aja: Martin, Nina, Kennedy) count only in a word that also has a
# letter of the romanisation (j; Dutch oe; German w).
_SLAVIC = {
    "nl": re.compile(
        r"(?:ov|ova|ev|eva|ski|skij|skaja|enko|oek|itsj|ytsj|ij|yj|ej|aj)$|sj|zj|tsj",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?:ow|owa|ew|ewa|ski|skij|skaja|enko|itsch|ytsch|ij|yj|ej|aj)$|tsch", re.IGNORECASE
    ),
}
_WEAK = re.compile(r"(?:in|ina|y|aja|ja)$", re.IGNORECASE)
_MARK = {"nl": re.compile(r"j|oe", re.IGNORECASE), "de": re.compile(r"j|w", re.IGNORECASE)}


def _slavic(word: str, lang: str) -> bool:
    if _SLAVIC[lang].search(word):
        return True
    return bool(_WEAK.search(word) and _MARK[lang].search(word))


# Each language's rules as one pattern, longest letter group first, applied in one pass
# (so "tsch" becomes "ch" and is not then read as "ch").
_PATTERNS = {
    lang: re.compile("|".join(sorted((re.escape(p) for p, _ in rules), key=len, reverse=True)))
    for lang, rules in _RULES.items()
}
_REPLACEMENTS = {lang: dict(rules) for lang, rules in _RULES.items()}


def _word(word: str, lang: str) -> str:
    rules = _REPLACEMENTS[lang]
    low = _PATTERNS[lang].sub(lambda m: rules[m.group(0)], word.lower())
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
    if lang not in _RULES:
        return None
    words = name.split()
    # One Slavic word makes the name Slavic: its other words follow where they carry a
    # letter of the romanisation ("Joelia Navalnaja": Yulia Navalnaya).
    slavic = any(_slavic(w, lang) for w in words)
    english = " ".join(
        _word(w, lang)
        if w[:1].isupper() and (_slavic(w, lang) or (slavic and _MARK[lang].search(w)))
        else w
        for w in words
    )
    return english if english != name else None
