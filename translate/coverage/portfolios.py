"""A role's portfolio between the role and a name ("minister van Financiën Eelco Heinen",
"officier van justitie Femke de Wit"): no part of the name, dropped before the speaker's
words are read, so that the name follows its role as in "minister Eelco Heinen". The
name is the last capitalised word of the run, its particles and the word before them
("van Volkshuisvesting en Ruimtelijke Ordening Sanne ter Beek": Sanne ter Beek)."""

from __future__ import annotations

import bisect
import functools
import re
from functools import cache

from glossary import languages
from glossary.languages import SURNAME_PARTICLES
from translate.coverage.speaker_names import is_role

_CAP = r"[A-ZÀ-Ý][\w'-]*"


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = languages.get(lang).reporting
    of = "|".join(words.words("portfolio_of"))
    if not of:
        return None
    part = "|".join([_CAP, *words.words("portfolios")])
    joins = "|".join(words.words("conjunction")) or "$^"
    particles = "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True))
    # the portfolio's words, then the first name, its particles and the surname, then no
    # more of a name
    return re.compile(
        rf"\b([\w-]+)\s+(?:{of})\s+(?:{part})(?:\s+(?:(?:{joins})\s+)?(?:{part}))*?"
        rf"\s+(?={_CAP}(?:\s+(?i:{particles}))*\s+{_CAP}(?!\s+(?:(?i:{particles})\s+)*[A-ZÀ-Ý])"
        rf"(?!\w))"
    )


def without_portfolio(text: str, lang: str) -> str:
    """``text`` with the portfolio after a role dropped where a name of two words follows."""
    return _stripped(text, lang)[0]


def without_portfolio_at(text: str, at: int, lang: str) -> tuple[str, int]:
    """``without_portfolio(text)`` and where offset ``at`` of ``text`` falls in it (the
    article read once, however many clauses ask: "zei de minister" over and over)."""
    stripped, ends, removed = _article_stripped(text, lang)
    i = bisect.bisect_right(ends, at)
    return stripped, at - (removed[i - 1] if i else 0)


def _stripped(text: str, lang: str) -> tuple[str, list[int], list[int]]:
    """``text`` without its portfolios, the end of each one dropped in ``text`` and the
    characters dropped up to it."""
    pattern = _pattern(lang)
    parts: list[str] = []
    ends: list[int] = []
    removed: list[int] = []
    last = 0
    for m in pattern.finditer(text) if pattern is not None else ():
        if is_role(m.group(1), lang):
            parts += [text[last : m.start()], f"{m.group(1)} "]
            ends.append(m.end())
            removed.append((removed[-1] if removed else 0) + m.end() - m.start() - len(parts[-1]))
            last = m.end()
    return "".join(parts) + text[last:], ends, removed


# an article's text, asked about once a clause: kept apart from the clauses' own texts
_article_stripped = functools.lru_cache(maxsize=8)(_stripped)


def portfolios_blanked(text: str, lang: str) -> str:
    """``text`` with each portfolio after a role turned to spaces ("minister van Energie
    Mathieu Bihet" reads as "minister Mathieu Bihet", not as the name "Energie Mathieu
    Bihet"); the same length, so offsets hold."""
    pattern = _pattern(lang)
    parts: list[str] = []
    last = 0  # the text joined once: rebuilt per match it took quadratic time
    for m in pattern.finditer(text) if pattern is not None else ():
        if is_role(m.group(1), lang):
            parts += [text[last : m.end(1)], " " * (m.end() - m.end(1))]
            last = m.end()
    return "".join(parts) + text[last:]
