"""A title with the speaker's own name after it ("SPD-Fraktionschef Matthias Miersch"):
the title is that person's, not the one the article named with the same title before
("Die Fraktionsvorsitzende Alice Weidel …"). The name may follow the title right away,
after an academic title ("Präsident Dr. Karl Hofer") or set off by a comma after what the
title is of ("der Präsident der Ukraine, Karl Hofer"). Where a definite article before the
title may point back to the holder named before and the name may be whom the words were
said to ("fragte die Kanzlerin Anna Hofer": the chancellor asked Anna Hofer, or Anna Hofer
asked), or another noun stands between ("die Kanzlerin Bäuerin Anna Hofer"), the title is
read as before (the holder the article named with it)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Literal

from glossary.languages.descriptions import descriptions
from glossary.matcher import Match
from translate.coverage.speaker_names import is_name

_ACADEMIC = re.compile(r"(?:(?:Dr|Prof|Drs|Ir|Mr)\.\s*)+")


def name_after_title(
    phrase: str, matches: Sequence[Match], written: str | None, lang: str
) -> tuple[Literal["own", "unsure"], str] | None:
    """``written`` (the name as the clause writes it; where that is None, the words after
    the last title: "Hessens Ministerpräsident Boris Rhein") is a full name (two words or
    more) that stands in ``phrase`` after every glossary title it holds: ("own", name)
    where the phrase names its own speaker (an earlier holder of the title is someone
    else), ("unsure", name) where it may not (see the module doc); None where no name
    follows a title."""
    titles = [m for m in matches if m.entry.kind == "title"]
    if not titles:
        return None
    last = max(titles, key=lambda m: m.end)
    if written is None and 2 <= len(tail := phrase[last.end :].split()) <= 3:
        written = " ".join(tail)
    if not written or " " not in written or not is_name(written, lang):
        return None
    at = phrase.rfind(written)
    if at < last.end:
        return None
    between = phrase[last.end : at].strip()
    if between.endswith(","):
        return "own", written  # "der Präsident der Ukraine, Karl Hofer"
    if between and not _ACADEMIC.fullmatch(between):
        return "unsure", written  # "die Kanzlerin Bäuerin Anna Hofer"
    before = phrase[: last.start].split()
    definite = descriptions(lang).definite
    led = bool(before and definite and re.fullmatch(rf"(?i:{definite})", before[-1]))
    return ("unsure" if led else "own"), written


def other_surname(phrase: str, matches: Sequence[Match], holders: set[str]) -> bool:
    """The one word after the phrase's last glossary title is a surname that none of
    ``holders`` (the English names of the people the article named with that title
    before) holds, in any spelling ("Hessens Ministerpräsident Rhein" after Markus Söder;
    not "president Xi" after Xi Jinping, "Soeder" after Söder): someone else,
    not the earlier holder. Not a word a glossary entry covers ("der Ministerpräsident
    Bayerns": a place)."""
    titles = [m for m in matches if m.entry.kind == "title"]
    if not titles:
        return False
    last = max(titles, key=lambda m: m.end)
    tail = phrase[last.end :].split()
    if len(tail) != 1 or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?", tail[0]):
        return False
    if any(m.start >= last.end for m in matches if m is not last):
        return False
    word = _plain(tail[0])
    return not any(word in {_plain(w) for w in h.split()} for h in holders)


def _plain(word: str) -> str:
    """``word`` casefolded, umlauts written out, accents dropped ("Söder", "Soeder")."""
    for umlaut, spelt in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        word = word.casefold().replace(umlaut, spelt)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
