"""A speaker named by a description instead of a name: "zei de schaatsster", "sagte der
Virologe" (the one person the article named before, introduced with that same noun:
"Schaatsster Ireen Wüst …"), "Het bedrijf laat weten …" (the one body the article named
before, a company of the glossary), "aldus het ministerie van Defensie" (the portfolio); the
language's nouns are its ``Descriptions`` (``glossary.languages.descriptions``). What came
before is read once per article, sentence by sentence (``_Before``). Read by
``Speakers.resolve_clause``, quotations and reported speech."""

from __future__ import annotations

import bisect
import re
import weakref
from typing import TYPE_CHECKING

from glossary import languages
from glossary.languages.descriptions import COMPANIES, descriptions
from translate.coverage.aged import aged_person
from translate.coverage.clause_words import CONJUNCTIONS
from translate.coverage.leading_subjects import leading_subject

if TYPE_CHECKING:
    from translate.coverage.speakers import Speakers

Person = tuple[str, str | None]
_MANY = 2  # two people or bodies: no one of them
# a noun's name right after it: "schaatsster Ireen Wüst", "Virologe Paul van Brenner"
_RUN = re.compile(r"\s+([A-Z][\w'-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'-]*){0,3})")


def described(speakers: Speakers, who: str, at: int) -> Person | None:
    """(English name, glossary id) of whom ``who`` describes at offset ``at``: a definite
    noun of the language's ``epithets`` for the one person the article named up to there,
    where it named that person with this noun ("de schaatsster Ireen Wüst") and used the
    noun for nothing else; of its ``firms`` for the one body it named before, where that is
    a company of the glossary (``COMPANIES``) and no person was named; else None."""
    lang = speakers.article.lang
    words = descriptions(lang)
    if not words.definite:
        return None
    if (aged := aged_person(speakers, who, at)) is not None:
        return aged  # "sagte der 52-Jährige" after "Tom Berger (52)"
    if (body := named_body(who, lang)) is not None:
        return body, None
    noun = re.fullmatch(rf"(?i:{words.definite})\s+(\S+)", who.strip())
    if noun is None:
        return None
    firm = bool(words.firms and re.fullmatch(words.firms, noun.group(1)))
    if not firm and not re.fullmatch(words.epithets, noun.group(1)):
        return None
    before = _before(speakers)
    if before.busy:
        return None  # reading a sentence's subject for ``_Before`` itself
    return before.firm(noun.group(1), at) if firm else before.person(noun.group(1), at)


def _same(short: str, long: str) -> bool:
    """``short`` is ``long``, or part of it ("Wout" of "Wout van Aert")."""
    return short.split()[-1].casefold() == long.split()[-1].casefold() or set(short.split()) <= set(
        long.split()
    )


def _merge(kept: list[Person] | None, new: list[Person]) -> list[Person] | None:
    """``kept`` with the people ``new`` added, each once; None from two people on."""
    if kept is None:
        return None
    merged = list(kept)
    for name, ident in new:
        for i, (old, old_id) in enumerate(merged):
            if _same(name, old) or _same(old, name):
                merged[i] = (name, ident or old_id) if len(name) > len(old) else (old, old_id)
                break
        else:
            merged.append((name, ident))
    return merged if len(merged) < _MANY else None


class _Before:
    """What an article names, sentence by sentence, and the people and bodies named in
    the sentences before each one (read once, in order, as far as asked)."""

    def __init__(self, speakers: Speakers) -> None:
        self.speakers = speakers
        self.sentences = speakers.article.sentences
        self.starts = [s.start for s in self.sentences]
        self.ends = [s.end for s in self.sentences]
        self.busy = False
        self.people: list[list[Person]] = []  # the people each sentence names
        self.bodies: list[list[Person] | None] = []  # its bodies; None: it names a person
        self.people_before: list[list[Person] | None] = [[]]  # before sentence i
        self.bodies_before: list[list[Person] | None] = [[]]
        self.nouns: dict[str, tuple[list[int], list[str | None]]] = {}
        self.companies: bool | None = None  # a company of the glossary in the article

    def _read(self, upto: int) -> None:
        """Read the sentences up to index ``upto`` (excluded)."""
        while len(self.people) < min(upto, len(self.sentences)):
            sentence = self.sentences[len(self.people)]
            self.busy = True
            try:
                people = list(self.speakers.names_in(sentence.text, sentence.start, True).items())
                subject = self.speakers.subject_of(sentence)
                found = self.speakers.find(sentence.text)
            finally:
                self.busy = False
            people += [subject] if subject is not None else []  # "Smit won."
            orgs = " ".join(
                sentence.text[m.start : m.end] + " " + m.entry.en
                for m in found
                if m.entry.kind == "organisation"
            )  # "Die Deutsche Bahn …": not someone called "Bahn"
            people = [p for p in people if p[0].split()[-1] not in orgs.split()]
            bodies: list[Person] = [
                (m.entry.en, m.entry.id) for m in found if m.entry.kind == "organisation"
            ]
            leading = leading_subject(sentence.text, self.speakers.article.lang)
            if (  # "Philips schrapt …": a body or someone (not a glossary one, counted above)
                leading is not None
                and re.fullmatch(r"[A-Z][\w&.-]+", leading)
                and not self.speakers.find(leading)
            ):
                bodies.append((leading, None))
            self.people.append(people)
            self.bodies.append(None if people else _bodies(bodies))
            self.people_before.append(_merge(self.people_before[-1], people))
            last, own = self.bodies_before[-1], self.bodies[-1]
            self.bodies_before.append(None if last is None or own is None else _bodies(last + own))

    def _window(self, at: int) -> tuple[int, int]:
        """The indexes of the sentences ``at`` touches: (first, one past the last)."""
        first = bisect.bisect_left(self.ends, at)
        last = bisect.bisect_right(self.starts, at)
        return min(first, last - 1) if last else 0, max(last, first + 1)

    def _uses(self, noun: str) -> tuple[list[int], list[str | None]]:
        """Where the article writes ``noun`` (either case first), and the one person named
        right after each ("Schaatsster Ireen Wüst": "Ireen Wüst"; else None)."""
        if noun not in self.nouns:
            text = self.speakers.article.text
            first = f"[{re.escape(noun[0].lower())}{re.escape(noun[0].upper())}]"
            # where nouns are lower case, a compound's head too ("wielrenner" for "renner")
            head = "" if languages.get(self.speakers.article.lang).capitalises_nouns else r"\w*"
            starts: list[int] = []
            named: list[str | None] = []
            for m in re.finditer(rf"(?<![\w-]){head}{first}{re.escape(noun[1:])}(?![\w-])", text):
                run = _RUN.match(text, m.end())
                found = self.speakers.names_in(run.group(1), run.start(1)) if run else {}
                starts.append(m.start())
                named.append(next(iter(found)) if len(found) == 1 else None)
            self.nouns[noun] = starts, named
        return self.nouns[noun]

    def person(self, noun: str, at: int) -> Person | None:
        if not any(self._uses(noun)[1]):
            return None  # the noun never introduces a name: nothing to read
        first, end = self._window(at)
        self._read(end)
        people = self.people_before[first]
        for i in range(first, end):
            people = _merge(people, self.people[i])
        if not people:
            return None
        name = people[0][0]
        starts, named = self._uses(noun)
        upto = bisect.bisect_left(starts, self.ends[end - 1] if end else at)
        intros = [n for n in named[:upto] if n is not None]
        others = upto - len(intros)
        window = starts[upto - others : upto] if others else []
        if not intros or others > 1 or any(s < self.starts[first] for s in window):
            return None  # the noun used for someone else, or never with the name
        if not all(_same(n, name) or _same(name, n) for n in intros):
            return None
        return intros[-1], people[0][1]  # the name as the noun introduced it

    def firm(self, noun: str, at: int) -> Person | None:
        if self.companies is None:
            found = self.speakers.find(self.speakers.article.text)
            self.companies = any(m.entry.id in COMPANIES for m in found)
        if not self.companies:
            return None  # no company of the glossary anywhere: nothing to read
        first, end = self._window(at)
        self._read(end)
        bodies = self.bodies_before[first]
        for i in range(first, end):
            own = self.bodies[i]
            bodies = None if bodies is None or own is None else _bodies(bodies + own)
        starts, _ = self._uses(noun)
        earlier = bisect.bisect_left(starts, self.starts[first]) if self.sentences else 0
        if not bodies or len(bodies) > 1 or earlier:
            return None  # a person, two bodies, or the noun used before for another
        return bodies[0] if bodies[0][1] in COMPANIES else None


def _bodies(found: list[Person]) -> list[Person] | None:
    """``found`` each once; None from two on."""
    unique = list(dict.fromkeys(found))
    return unique if len(unique) < _MANY else None


_SEEN: weakref.WeakKeyDictionary[Speakers, _Before] = weakref.WeakKeyDictionary()


def _before(speakers: Speakers) -> _Before:
    if speakers not in _SEEN:
        _SEEN[speakers] = _Before(speakers)
    return _SEEN[speakers]


def named_body(who: str, lang: str) -> str | None:
    """ "aldus het ministerie van Buitenlandse Zaken", "volgens het ministerie van Justitie
    en Veiligheid": a ministry of the language's ``ministries`` with its portfolio after
    ``body_of`` (``portfolios``, joined by "and"), as that portfolio ("Defensie laat weten"
    names it so); else None ("het ministerie van Jan Smit", "das Ministerium von X": no
    portfolio, maybe a person; "Volksgezondheid, Welzijn en Sport": left to the glossary)."""
    found = _ministry(who, lang)
    portfolio = descriptions(lang).portfolios
    joined = "|".join(re.escape(w) for w in CONJUNCTIONS.get(lang, ())) or "$^"
    if found is None or not portfolio:
        return None
    one = f"(?:{portfolio})"
    return found if re.fullmatch(rf"{one}(?:\s+(?:{joined})\s+{one})*", found) else None


def ministry_of(who: str, lang: str) -> bool:
    """``who`` is a body of ``Reporting.bodies`` and what follows ``body_of`` ("het
    ministerie van …", "de leiding van …")."""
    return _ministry(who, lang, languages.get(lang).reporting.bodies) is not None


def _ministry(who: str, lang: str, nouns: str | None = None) -> str | None:
    words = descriptions(lang)
    nouns = words.ministries if nouns is None else nouns
    of = languages.get(lang).reporting.body_of
    if not (words.definite and nouns and of):
        return None
    found = re.fullmatch(rf"(?i:{words.definite})\s+(?i:{nouns})\s+(?:{of})\s+(\S.*)", who.strip())
    return None if found is None else found.group(1)
