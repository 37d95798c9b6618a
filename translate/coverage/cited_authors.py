"""Quotations whose reporting clause names someone who relays another's words, not the
one who said them:

- a subject citing someone else before a colon (``glossary.languages.cited_words``): "Die
  Ministerin Karin Wolff zitierte den Philosophen Immanuel Kant: „…“" is Kant's, "Der
  Pfarrer erinnerte an die Worte von Dietrich Bonhoeffer: „…“" Bonhoeffer's; after the
  quotation too ("„…“, erinnert sich X an die Worte ihres Vaters Y."). The one cited is
  the name that ends the clause, after the last article or possessive and the role it
  opens ("den früheren Bundeskanzler Helmut Schmidt": Helmut Schmidt) or after "von"; no
  one where that is no name. Only where the clause's speaker stands before the citing
  words: "Die Zeitung zitiert den Minister X mit den Worten:" already names the one cited;
- a source before another's perfect of saying ("Laut dem Minister X hat der Landwirt Y
  gesagt: „…“"): not the source's words; no one (the clause reader takes the source);
- a reporting verb after another's perfect of saying ("„…“, habe Y ihm gesagt, berichtete
  X."): X relays Y's words; no one."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from glossary import languages
from glossary.languages import SURNAME_PARTICLES as PARTICLES
from glossary.languages.cited_words import citing
from glossary.languages.first_names import FEMALE, MALE
from glossary.languages.given_names import given_names
from translate.coverage.clause_words import BY
from translate.coverage.clauses import Clause
from translate.results import Quote

_Patterns = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], str, str]


@cache
def _patterns(lang: str) -> _Patterns | None:
    words = citing(lang)
    if words is None:
        return None
    marker = re.compile(
        rf"(?<!\w)(?:(?:{words.verbs})|(?:{words.words})\s+(?:{words.links}))(?!\w)"
    )
    opener = re.compile(rf"(?<!\w)(?:{words.determiners})\s+")
    tail = re.compile(rf"\s+(?:{words.tails})\s*$")
    return marker, opener, tail, f"{words.verbs}|{words.of}", words.verbs


@cache
def _words(lang: str) -> str:
    words = citing(lang)
    return words.words if words is not None else "$^"


@cache
def _said(lang: str) -> re.Pattern[str] | None:
    """An auxiliary, then a participle of saying: another's perfect of saying."""
    language, words = languages.get(lang), citing(lang)
    said = "|".join(p for p in (language.said_verbs, language.reporting.perfect_said) if p)
    if not said or words is None:
        return None
    return re.compile(rf"(?<!\w)(?:{words.auxiliaries})\s(?:[^,;:]*\s)?(?:{said})(?!\w)")


def _first(lang: str) -> frozenset[str]:
    return given_names(lang) | FEMALE | MALE


def _cited(clause: Clause, text: str, lang: str, verbs: bool) -> Clause | None:
    """The clause naming the one cited in ``text`` (the clause's words, its speaker's
    among them), "" where unsure; None where its speaker cites no one."""
    patterns = _patterns(lang)
    at = text.lower().find(clause.who.lower())  # "der Vorstand X" of "Der Vorstand X"
    if patterns is None or at < 0:
        return None
    marker, opener, tail, no_role, cite_verbs = patterns
    owner = re.search(rf"\s([A-ZÄÖÜ][\w-]+?)(?:s|['’])\s+(?:{_words(lang)})\s*$", text)
    if owner is not None and owner.start() >= at + len(clause.who):
        return Clause(owner.group(1), clause.cue)  # "erinnerte an Merkels Worte:": hers
    cites = [
        m for m in marker.finditer(text, at + len(clause.who))
        if verbs or not re.fullmatch(cite_verbs, m.group())
    ]  # fmt: skip
    if not cites:
        return None
    rest = tail.sub("", text[cites[-1].end() :])
    if not rest.strip():
        return None  # "X wurde von der Zeitung mit den Worten zitiert:": X's
    opened = list(opener.finditer(rest))
    head = rest[opened[-1].end() :] if opened else rest
    words = re.sub(r"^(?:[a-zäöüß]\w*\s+)+", "", head.strip(" ,")).split()  # "früheren …"
    link = opened[-1].group() if opened else cites[-1].group().split()[-1]
    if not re.fullmatch(no_role, link.strip()):
        words = words[1:]  # "seines Vorgängers Otto Rehhagel": the role, then the name
    elif len(words) > 2 and words[0] not in _first(lang) and words[1] in _first(lang):
        words = words[1:]  # "von Gründer Karl Benz": a role, then a first name
    if not words or not all(w[:1].isupper() or w in PARTICLES for w in words):
        return dataclasses.replace(clause, who="")
    return Clause(" ".join(words), clause.cue)


def cited_author(clause: Clause | None, before: str, after: str, lang: str) -> Clause | None:
    """``clause`` (of the quotation between ``before`` and ``after``), or one naming the
    one whose words its speaker relays (who="": no speaker, unsure)."""
    if clause is None or not clause.who:
        return clause
    said = _said(lang)
    text = before.rstrip()
    if text.endswith(":"):
        start = max(text.rfind(c) for c in (";", "“", "”", '"', "»", "«")) + 1
        text = text[start:-1].rstrip()
        at = text.find(clause.who)
        sources = {b.casefold() for b in BY.get(lang, ())}
        source = clause.cue is not None and clause.cue.casefold() in sources
        if at >= 0 and source and said and said.search(text, at + len(clause.who)):
            return dataclasses.replace(clause, who="")  # "Laut X hat Y gesagt:"
        return _cited(clause, text, lang, verbs=True) or clause
    end = re.search(r"[.!?](?:\s|$)", after)
    text = after[: end.start()] if end else after
    at = text.find(clause.who)
    if at < 0:
        return clause
    if said and said.search(text, 0, at):
        return dataclasses.replace(clause, who="")  # "„…“, habe Y gesagt, berichtete X."
    return _cited(clause, text, lang, verbs=False) or clause


def cited_subject(who: str, before: str, lang: str) -> str:
    """The words naming a reported statement's speaker (``who``, read in ``before``, its
    sentence up to the statement): the one cited where the subject cites someone else
    ("Der Vorstand X erinnerte an die Worte von Gründer Y, das Auto werde …": Y), ""
    where that is no name."""
    if not who:
        return who
    found = _cited(Clause(who, None), before.rstrip(" ,"), lang, verbs=True)
    return who if found is None else found.who


def quotes_another(
    speaker: str | None,
    start: int,
    end: int,
    quotes: Sequence[Quote],
    spans: Sequence[tuple[int, int]],
    text: str,
) -> bool:
    """A reported statement from ``start`` to ``end`` holds a whole quotation another
    speaker was given ("X fragte Y: „…?“ „…“, antwortete Y.": not Y's account): one after
    a colon, another quotation or a sentence's end, not words inside its own sentence
    ("Brink noemt het vonnis 'een schande' …, aldus zijn advocaat Y" is Y's account).
    ``spans``: the quotations' (start, end), in order; found by bisection; ``text``: the
    article's."""
    if speaker is None:
        return False
    at = bisect.bisect_left(spans, (start, -1))
    while at < len(spans) and spans[at][1] <= end:
        said = quotes[at].speaker
        whole = re.search(
            r"(?:^|[:.!?“”\"»«])\s*$", text[max(0, spans[at][0] - 40) : spans[at][0] - 1]
        )
        if whole and said and said.split()[-1] != speaker.split()[-1]:
            return True
        at += 1
    return False


def cut_at_title(name: str, after: str) -> bool:
    """``name`` is cut before the name it opens in ``after`` (the words after the
    quotation): abbreviations with full stops follow it, then a capitalised word
    (", sagte Prof. Dr. med. Karl Weber", ", sagte Minister a.D. Karl Weber": not "Prof",
    "Minister")."""
    abbreviation = r"[^\W\d_]{1,4}\.\s*"
    cut = rf"(?<!\w){re.escape(name)}\.?\s*(?:{abbreviation})+[A-ZÄÖÜ]"
    return re.search(cut, after) is not None
