"""Which person a surname alone is: the glossary's bearer of that surname only where the
article names no other ("zei Hoekstra" after "wethouder Petra Hoekstra" is the official
the article named, not the glossary's Wopke Hoekstra; "sagte Scholz" after "Petra Scholz"
is not Olaf Scholz)."""

from __future__ import annotations

import re
from collections.abc import Callable

from glossary import Glossary, languages
from glossary.languages import SURNAME_PARTICLES
from glossary.languages.title_links import former, title_links
from glossary.matcher import Match
from translate.coverage.clause_words import CONJUNCTIONS, DETERMINERS, NAME_PARTICLES
from translate.coverage.name_runs import NameRuns
from translate.coverage.speaker_names import is_name, is_person_noun, is_role


def several(
    who: str, lang: str, names_in: Callable[[str, int], dict[str, str | None]], at: int
) -> bool:
    """The words ``who`` (at ``at``) of a subject join two people or more (``names_in``
    reads them): "Wethouder Anna Vos en burgemeester Eva Smit", no one person."""
    joined = set(who.split()) & set(CONJUNCTIONS.get(lang, ()))
    return bool(joined) and len(names_in(who, at)) > 1


def no_first(word: str, determiners: frozenset[str], lang: str) -> bool:
    """``word`` before a surname is no first name: a determiner or a noun of a person
    ("Präsidenten Mamadou" is no other Mamadou than "Tandja Mamadou")."""
    return word.casefold() in determiners or is_person_noun(word, lang)


def opener_dropped(twos: set[str], lang: str) -> set[str]:
    """The two last words of name runs (``NameRuns.last_two_before``) without those whose
    first word is a capitalised particle that is a function word too ("Da Mussawi" of "Da
    Mussawi …", a conjunction opening a sentence; not a surname's own particle, "De Jong",
    "Von Weizsäcker"), where another run gives the surname a first word that is no
    particle ("Hossein Mussawi"); all of them where none does ("Da Silva" alone)."""
    function = languages.get(lang).function_words

    def opener(two: str) -> bool:
        first = two.split()[0]
        # not "De Jong", "Von Weizsäcker": a surname's own particle, capitalised alone
        low = first.casefold()
        return (
            first[:1].isupper()
            and low in NAME_PARTICLES & function
            and low not in SURNAME_PARTICLES
        )

    if not any(t.split()[0].casefold() not in NAME_PARTICLES for t in twos):
        return twos
    return {t for t in twos if not opener(t)}


class GlossaryPeople:
    """``glossary.find`` for one article, without the glossary persons found by a surname
    alone that the article gives to someone else (``other_bearer``); none without a
    glossary. ``noun``: a capitalised word the article writes as a noun."""

    def __init__(
        self, glossary: Glossary | None, runs: NameRuns, lang: str, noun: Callable[[str], bool]
    ) -> None:
        self.glossary, self.runs, self.lang, self.noun = glossary, runs, lang, noun
        self._other: dict[tuple[str, str], bool] = {}
        self._firsts: dict[str, set[str]] | None = None

    def find(self, text: str) -> list[Match]:
        if self.glossary is None:
            return []
        return [m for m in self.glossary.find(text, self.lang) if not self.other_bearer(m)]

    def first_name(self, word: str) -> bool:
        """``word`` may open a person's name: no determiner, role, noun or glossary term."""
        return (
            word.casefold() not in DETERMINERS.get(self.lang, ())
            and not is_role(word, self.lang)
            and is_name(word, self.lang)
            and not self.noun(word)
            and not (self.glossary and self.glossary.find(word, self.lang))
        )  # "Minister Hoekstra", "Kanzler Scholz": no first name

    def other_bearer(self, hit: Match) -> bool:
        """``hit`` is a glossary person found by their surname alone, and the article
        writes that surname after a first name that is not the glossary person's."""
        if hit.entry.kind != "person" or " " in hit.form.strip() or self.glossary is None:
            return False
        key = (hit.form, hit.entry.id)
        if key not in self._other:
            self._other[key] = False
            for two in self.runs.first.get(hit.form, {}):
                words = two.split()
                if len(words) < 2 or not self.first_name(words[0]):
                    continue
                found = self.glossary.find(two, self.lang)  # "Dmitri Peskov": the same
                surname = hit.entry.en.split()[-1]
                if any(m.start == 0 and m.entry.en.split()[-1] == surname for m in found):
                    continue
                if words[0][:1].casefold() not in self._initials(surname):
                    self._other[key] = True
                    break
        return self._other[key]

    def _initials(self, surname: str) -> set[str]:
        """The first letters of the glossary's first names of people called ``surname`` (in
        English): "Sergei Lawrow" may be the glossary's Sergei Lavrov spelled otherwise."""
        if self._firsts is None and self.glossary is not None:
            self._firsts = {}
            for entry in self.glossary.entries:
                if entry.kind == "person" and " " in entry.en:
                    first, last = entry.en.split()[0], entry.en.split()[-1]
                    self._firsts.setdefault(last, set()).add(first[:1].casefold())
        return (self._firsts or {}).get(surname, set())


# How far from a person's name a title may stand to be theirs ("Kanzlerin Angela Merkel").
TITLE_REACH = 60


def title_of(title: Match, person: Match, text: str, lang: str) -> bool:
    """``title`` (in ``text``) is near ``person`` and not another's: a title after the name
    that a capitalised word follows right away names whoever holds it ("Merkel traf
    Präsidentin Ursula Braun": Braun's, not Merkel's; "Merkel, Präsidentin des Rates" hers);
    one after the name is hers only set off from it ("Merkel, die Präsidentin …", "Rutte als
    premier"), and a lower-case word between them other than the language's title links
    (or an adjective right after one) makes the title someone else's ("Merkel traf den
    Präsidenten", "Der Präsident empfing Merkel")."""
    near = (
        abs(title.start - person.start) <= TITLE_REACH
        or abs(title.end - person.start) <= TITLE_REACH
    )
    after = title.start >= person.end
    if (
        after
        and re.match(r"\s+[^\W\d_]", text[title.end :])
        and text[title.end :].lstrip()[:1].isupper()
    ):
        return False
    between = text[person.end : title.start] if after else text[title.end : person.start]
    before = re.search(r"([^\W\d_]+)[\s-]+$", text[: title.start])
    if before is not None and former(before.group(1), lang):
        return False  # "Oud-premier Mark Rutte": not the premier a later "de premier" names
    return near and _linked(between, after, lang)


def titles_of(titles: list[Match], person: Match, text: str, lang: str) -> frozenset[str]:
    """The ids of ``titles`` that are ``person``'s (``title_of``)."""
    return frozenset(t.entry.id for t in titles if title_of(t, person, text, lang))


def _linked(between: str, after: bool, lang: str) -> bool:
    """The words between a title and a name keep them in one noun phrase (``title_of``)."""
    links = title_links(lang)
    if links is None:
        return True
    if after and not re.match(r"\s*[,(–—]|\s+\w+\s", between):
        return not between.strip()
    words = re.findall(r"[^\W\d_][\w'’.-]*", between)
    if after and words and between.lstrip()[:1] not in ",(–—" and words[0].casefold() not in links:
        return False
    before = ""
    endings = tuple(languages.get(lang).reporting.words("attributive"))
    for word in words:
        adjective = before in links and word.endswith(endings)  # "der französischen"
        if word[:1].islower() and word not in links and not adjective:
            return False  # "Merkel traf den Präsidenten", "de uitdager van de premier"
        before = word if word[:1].islower() else ""
    return True
