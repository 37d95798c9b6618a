"""Who a quotation is by: the reporting clause around it ("zei Peskov", "aldus de minister",
"sagte Miller:") and the person it names, tied to the glossary where it can be (``bearers``),
resolved from a role, a pronoun, a description ("zei de schaatsster": ``epithets``) or a
surname only where sure. A name the glossary lacks is taken as written: the capitalised words
ending the clause, a surname of a full name given before, or the one person named before."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from glossary import Glossary, languages
from translate.coverage.bearers import GlossaryPeople, no_first, opener_dropped, several, titles_of
from translate.coverage.clause_words import DETERMINERS, party_role
from translate.coverage.epithets import described
from translate.coverage.leading_subjects import leading_subject, subject_name
from translate.coverage.name_cuts import bare_entry, nouns_of, person_of
from translate.coverage.name_ends import body_of, with_particle_surname
from translate.coverage.name_runs import NameRuns, same_surname, two_surnames
from translate.coverage.own_titles import name_after_title, other_surname
from translate.coverage.owners import owned_speaker
from translate.coverage.particle_names import first_name_particle
from translate.coverage.role_names import role_named
from translate.coverage.speaker_bodies import organisation_of, particle_full
from translate.coverage.speaker_names import (
    NAME,
    after_roles,
    is_name,
    is_role,
    name_in,
    of_a_person,
    right_before,
    someone_of,
)
from translate.coverage.titled_names import titled_name
from translate.records import Article, Sentence


@dataclass(frozen=True)
class _Shared:
    perfect: str
    subject_verbs: str
    not_names: frozenset[str]
    determiners: frozenset[str]
    before_names: frozenset[str]
    stop: re.Pattern[str]


# Words every language's articles share here (a German article may quote a Dutch minister):
# the perfect's auxiliaries after a subject ("Layton hatte … verlangt"), words a clause
# starts with that are no name ("Gestern hat …"), words a noun phrase starts with, never a
# name ("Der Sprecher", "Het Witte Huis"), lower-case words before a name ("door Tony Moll").
@functools.cache
def _shared(codes: tuple[str, ...]) -> _Shared:
    langs = [languages.get(code) for code in codes]
    ends = sorted({w for lang in langs for w in lang.phrase_ends})
    return _Shared(
        perfect="|".join(sorted({w for lang in langs for w in lang.perfect_auxiliaries})),
        subject_verbs="|".join(sorted({w for lang in langs for w in lang.subject_verbs})),
        not_names=frozenset().union(*(lang.not_names for lang in langs)),
        determiners=frozenset().union(*(lang.determiners for lang in langs)),
        before_names=frozenset().union(*(lang.before_names for lang in langs)),
        # The words that end a speaker's phrase ("zei Peskov in het CNN-programma").
        stop=re.compile(rf"[,.;:!?)]|\s(?:{'|'.join(ends)})\s"),
    )


def shared_words() -> _Shared:
    return _shared(tuple(lang.code for lang in languages.registered()))


_NAME_WORD = re.compile(NAME)
# "een verklaring van Bieber", "eine Erklärung von …": the statement's author.
_STATEMENT = re.compile(
    r"(?:een|eine?r?|in einer)\s+(?:verklaring|Erklärung|Stellungnahme|Mitteilung)\s+"
    r"(?:van|von)\s+(.+)",
    re.IGNORECASE,
)
# Where a person's name ends and their organisation begins ("Pamela Ferguson von der …").
_OF = re.compile(r"\s(?:von der|von|vom|van de|van het|van|of the|of)\s")
# Capitalised words in a row, a name as written (a role before it, maybe); small words in
# names ("Anna de Boer", "Ursula von der Leyen"), "der"/"den" only after "van"/"von".
_PARTICLE = r"(?:van|von|de|ter|ten|te|du|da|di|la|le|zu|der|den)"
_PARTICLES = r"(?:(?:van|von)(?: de[nr]?)?|de|ter|ten|te|du|da|di|la|le|zu)"
_WRITTEN = re.compile(rf"(?<![\w.]){NAME}(?: (?:{_PARTICLES} )?{NAME})+")


@dataclass(frozen=True)
class _Person:
    english: str
    entry_id: str
    start: int
    roles: frozenset[str]
    full: bool  # the entry is the full name, not a surname
    close: frozenset[str] = frozenset()  # titles, adjectives right before: "de Russische president"


class Speakers:
    """The people an article names, in order, with the roles named beside them."""

    def __init__(self, article: Article, glossary: Glossary | None) -> None:
        self.article = article
        self.glossary = glossary
        self._determined: dict[str, bool] = {}  # word -> it follows a determiner somewhere
        self.people: list[_Person] = []
        self.find = GlossaryPeople(glossary, self.runs, article.lang, self._takes_determiner).find
        # Surname -> (full name, id), for surnames only one person of the glossary has.
        self.surnames: dict[str, tuple[str, str]] = {}
        if glossary is None:
            return
        seen: dict[str, list[tuple[str, str]]] = {}
        for entry in glossary.entries:
            if entry.kind == "person" and " " in entry.en:
                seen.setdefault(entry.en.split()[-1], []).append((entry.en, entry.id))
        self.surnames = {s: people[0] for s, people in seen.items() if len(people) == 1}
        for sentence in article.sentences:
            matches = self.find(sentence.text)
            titles = [m for m in matches if m.entry.kind == "title"]
            for m in matches:
                if m.entry.kind != "person":
                    continue
                near = titles_of(titles, m, sentence.text, article.lang)
                self.people.append(
                    _Person(
                        self._full(m.entry.en, m.entry.id),
                        m.entry.id,
                        sentence.start + m.start,
                        near,
                        " " in m.entry.en,
                        right_before(matches, m.start, sentence.text),
                    )
                )

    def _full(self, english: str, entry_id: str) -> str:
        """A surname as the full name the article named before ("Rjabkov" -> "Sergei
        Ryabkov"), else as the one person of the glossary with that surname, else itself."""
        if " " in english:
            return english
        for person in reversed(self.people):
            if person.english.split()[-1] == english:
                return person.english
        found = self.surnames.get(english)
        return found[0] if found else english

    def _id_of(self, english: str) -> str | None:
        """The glossary id of a full name the article or the glossary has."""
        found = self.surnames.get(english.split()[-1])
        if found and found[0] == english:
            return found[1]
        for person in self.people:
            if person.english == english and person.full:
                return person.entry_id
        return None

    def named_in(self, sentence: Sentence) -> tuple[str, str | None] | None:
        """The one person ``sentence`` names, if exactly one (a glossary name, two or three
        capitalised words not in brackets, a surname with an age: "Cuomo (53)"); for a
        pronoun with no quotation before it, or a quotation alone after its speaker's."""
        found = self.names_in(sentence.text, sentence.start)
        aged = re.match(rf"({NAME})\s*(?:\(\d{{1,3}}\)|,\s*\d{{1,3}}\s*,)", sentence.text)
        if aged and not any(same_surname(aged.group(1), known) for known in found):
            found[self._written([aged.group(1)], sentence.start) or aged.group(1)] = None
        return next(iter(found.items())) if len(found) == 1 else None

    def names_in(
        self, text: str, start: int, loose: bool = False, since: int = 0
    ) -> dict[str, str | None]:
        """The people ``text`` (at offset ``start``) names from ``since`` on, each once: a
        glossary person, two or three capitalised words not in brackets (no noun phrase,
        no role), a surname of a full name the article gave before; ``loose``: also
        capitalised words after a lower-case word where nouns are lower case (someone else
        who may be meant: "aan Pieter Smit", maybe a place)."""
        text = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), text)
        lang = self.article.lang
        found: dict[str, str | None] = {}
        hits = self.find(text)
        people = [h for h in hits if h.entry.kind == "person" and h.start >= since]
        for hit in people:
            english = self._full(hit.entry.en, hit.entry.id)
            found[english] = self._id_of(english) or hit.entry.id

        def glossary_person(m: re.Match[str]) -> bool:  # "Wolodymyr Selenskyj": counted once
            return any(h.start < m.end() and m.start() < h.end for h in people)

        for m in _WRITTEN.finditer(text):
            if glossary_person(m) or m.start() < since:
                continue
            run, before = after_roles(m.group(0).split(), text[: m.start()].split()[-2:], lang)
            if (
                before
                and (before[0].islower() or before[0][:1].isdigit())  # "0,3 Prozent Wachstum"
                and before[0] not in shared_words().before_names
                and not is_role(before[0], lang)  # "weerman Peter Timmer"
                and not (loose and self._unlike_nouns(m.group(0).split()))
            ):
                continue  # "von vielen Millionen Erdbewohnern": German nouns, not a name
            # the loose reading: the article's own language's ("op Pieter Smit" in Dutch)
            determiners = languages.get(lang).determiners if loose else shared_words().determiners
            if before and before[0].casefold() in determiners:
                continue  # "Der Rolls-Royce Ghost", "Die Deutsche Forschungsgemeinschaft"
            name = self._written(run, start + m.start())
            tail = _OF.split(" ".join(run), maxsplit=1)[1:] if loose and name is None else []
            if tail:  # "Den Plan von Peter Kern": a noun, and the person it is of
                name = self._written(tail[0].split(), start + m.start())
                name = name if name and " " in name else None
            if name and (
                not is_name(name, self.article.lang)
                or any(is_role(w, self.article.lang) for w in name.split())
                or self._takes_determiner(name.split()[-1])
            ):
                continue
            if name and not any(same_surname(name, known) for known in found):
                found[name] = None
        for m in re.finditer(rf"(?<![\w.]){NAME}(?![\w-])", text):
            # a surname of a full name the article gave before ("Layton" after "Jack Layton")
            full = self._written([m.group(0)], start + m.start())
            if glossary_person(m) or m.start() < since:
                continue
            if full and " " in full and not any(same_surname(full, k) for k in found):
                found[full] = None
        return found

    def resolve(
        self, phrase: str, at: int, last: tuple[str, str | None] | None
    ) -> tuple[str | None, str | None]:
        """(English name, glossary id) of the speaker ``phrase`` names at offset ``at``."""
        lang = self.article.lang
        words = phrase.split()
        if len(words) == 1 and words[0].lower() in languages.get(lang).pronouns:
            return last if last is not None else (None, None)
        matches = self.find(phrase)
        people = [m for m in matches if m.entry.kind == "person"]
        if len(people) == 1 and not someone_of(phrase[: people[0].start], lang):
            english = self._full(people[0].entry.en, people[0].entry.id)
            return english, self._id_of(english) or people[0].entry.id
        if people:
            return None, None  # two people in one clause: not sure which
        titles = {m.entry.id for m in matches if m.entry.kind == "title"}
        owned = name_after_title(phrase, matches, self._written(words, at), lang)
        if owned is not None and owned[0] == "own":  # "SPD-Fraktionschef Matthias Miersch"
            return owned[1], None  # not an earlier holder of the title
        if titles:
            adjectives = {m.entry.id for m in matches if m.entry.kind == "adjective"}
            before = [
                p
                for p in self.people
                if p.start < at
                and (titles | adjectives <= p.close if adjectives else p.roles & titles)
            ]  # "de Russische president": the one the article named so, right before the name
            named = {p.english for p in before}  # not "Ministerpräsident Rhein" after Söder
            if len(named) == 1 and not other_surname(phrase, matches, named):
                english = named.pop()
                return english, self._id_of(english) or before[-1].entry_id
            if named:
                return None, None
            # The role and a name the glossary lacks ("Richard Veerman, woordvoerder
            # van …", "Bush-Sprecher Gordon Johndroe"): the name as written.
            return self._written(words, at), None
        return self._written(words, at), None

    def resolve_clause(
        self, who: str, at: int, last: tuple[str, str | None] | None
    ) -> tuple[str | None, str | None]:
        """(English name, glossary id) of the speaker the words ``who`` of a reporting
        clause name: a glossary person (or role), else the name ``name_in`` finds there, a
        surname as the full name the article gave before; None where that is no name."""
        lang = self.article.lang
        found = name_in(who := subject_name(who, lang), lang)  # "minister van X Eva Smit"
        if found is not None and found[0] == "pronoun":
            return last if last is not None else (None, None)
        if (description := described(self, who, at)) is not None:
            return description
        matches = self.find(who)
        owned = owned_speaker(who, matches, functools.partial(self._full_name, at=at), lang)
        if owned is None and of_a_person(who, lang):  # "der Sprecher des Kanzlers X": not X
            owned = role_named(who, self.article.text, at, lang) or ""  # "des SPD-Politikers"
        if owned is not None:  # "Putins Sprecher": someone of Putin's, not Putin
            return self.resolve_clause(owned, at, last) if owned else (None, None)
        if found is not None and found[0] in ("name", "surname", "rolename"):
            # a glossary name inside another ("Dr. Erdoğan Teziç") is not that person
            last_word = found[1].split()[-1]
            matches = [
                m for m in matches if m.entry.kind != "person" or last_word in who[m.start : m.end]
            ]
        if bare_entry(who, matches, self.glossary, self.article.text, lang):
            return None, None  # "der Senat" of a city-state: not the glossary's US Senate
        if any(m.entry.kind in ("person", "title") for m in matches):
            english, ident = self.resolve(who, at, last)
            if ident is not None:
                return english, ident
        named = organisation_of(who, matches, found, lang)
        if not (named and named[0]) and len(who.split()) > 1 and not who.split()[-1].islower():
            # "Volgens De Jong" after "Anna de Jong": the person, not a title
            full = particle_full(who[:1].upper() + who[1:], who.split()[-1], self.article.text[:at])
            full = None if full and self._takes_determiner(full.split()[0]) else full  # "Spiel"
            named = (full, self._id_of(full)) if full else named
        named = named if named and named[0] else titled_name(who, self.article.text, lang) or named
        if named is not None:
            return named
        if found is None:
            named_so = role_named(who, self.article.text, at, lang)
            if named_so:
                return self.resolve_clause(named_so, at, last)
            sentences = self.article.sentences if party_role(who, lang) else []
            told = [s for s in sentences if s.end <= at]
            return (self.subject_of(told[-1], True) if told else None) or (None, None)
        kind, name = found
        if kind == "name":
            name = person_of(name, self._takes_determiner, who, matches, lang)
            name = with_particle_surname(name, who, self.article.text, lang, matches)
            name = "" if two_surnames(name, functools.partial(self._full_name, at=at)) else name
        if kind == "rolename":
            name = self._full_name(name, at) or name  # a role makes it a name
        elif kind == "surname":
            full = particle_full(who, name, self.article.text[:at])
            if full is None and not self._takes_determiner(name):  # "einer Studie": a noun
                full = self._full_name(name, at)  # else a surname the article gives twice
                full = name if full is None and self.runs.mentions(name) >= 2 else full
            name = full or ""
        if not name or not is_name(name, lang):
            return None, None
        ident = self._id_of(name)
        if ident is None:
            for m in self.find(name):
                if m.entry.kind in ("person", "organisation") and m.end - m.start == len(name):
                    return self._full(m.entry.en, m.entry.id), m.entry.id
        return name, ident

    def subject_of(self, sentence: Sentence, alone: bool = False) -> tuple[str, str | None] | None:
        """The person whose name starts ``sentence`` as its subject ("Sadiq Khan, einer der
        …, verurteilte …"), where sure (``alone``: the sentence names no one else); else None."""
        who = leading_subject(sentence.text, lang := self.article.lang)
        if who is None:
            return None
        if alone and any(m.start() >= len(who) for m in _WRITTEN.finditer(sentence.text)):
            return None  # "Anna de Boer sprak met Karel Smit. Hij zei …": not sure who
        if several(who, self.article.lang, self.names_in, sentence.start):
            return None  # "Wethouder Anna Vos en burgemeester Eva Smit …": not one person
        name, ident = self.resolve_clause(subject_name(who, lang), sentence.start, None)
        if name is None:
            return None
        if ident is None and " " not in name:
            surname = name
            if self.runs.mentions(surname) < 2:
                return None  # a name said once: maybe no name at all
        return name, ident

    @functools.cached_property
    def runs(self) -> NameRuns:
        return NameRuns(self.article.text, _WRITTEN, body_of(self.article.lang))

    def _full_name(self, surname: str, at: int) -> str | None:
        """The one full name ending in ``surname`` given before ``at``; "" for several."""
        lang = self.article.lang
        full = {
            two
            for two in opener_dropped(self.runs.last_two_before(surname, at), lang)
            if not no_first(two.split()[0], shared_words().determiners, lang) and is_name(two, lang)
        }
        for person in self.people:
            if person.start < at and person.full and person.english.split()[-1] == surname:
                full.add(person.english)
        return full.pop() if len(full) == 1 else "" if full else None

    def _unlike_nouns(self, words: list[str]) -> bool:
        """Capitalised ``words`` after a lower-case word that may be a name: anywhere nouns
        are lower case; in German, where no word of them follows a determiner anywhere in
        the article ("sei Jan Brandt", not "im Deutschen Bundestag")."""
        if not languages.get(self.article.lang).capitalises_nouns:
            return True
        return not any(self._takes_determiner(w) for w in words)

    def _takes_determiner(self, word: str) -> bool:
        """``word`` follows a determiner somewhere in the article: a noun, not a name."""
        if not languages.get(lang := self.article.lang).capitalises_nouns:  # else lower case
            return False
        if word not in self._determined:  # one search of the article a word (not "das Max-…")
            pattern = rf"\b(?:{'|'.join(DETERMINERS[lang])})\s+{re.escape(word)}\b(?!-)"
            self._determined[word] = bool(re.search(pattern, self.article.text, re.I))
        return self._determined[word]

    def _written(self, words: list[str], at: int) -> str | None:
        """A name the glossary lacks, as the article writes it: the capitalised words that end
        the clause ("Richard Veerman" of "woordvoerder van Artsen zonder Grenzen Richard
        Veerman"; the last two of more), or one such word ("Danius" after "Sara Danius": that
        name). No capitalised noun phrase ("De minister"); a name right before an apposition."""
        phrase = " ".join(words)
        statement = _STATEMENT.match(phrase)
        if statement:
            return self._written(statement.group(1).split(), at)
        if "," in phrase:
            # "Richard Veerman, woordvoerder van …", "…, Gordon Johndroe,": the name alone
            parts = [p.split() for p in phrase.split(",") if p.strip()]
            determiners = shared_words().determiners
            named = [
                p for p in parts
                if all(_NAME_WORD.fullmatch(w) for w in p) and p[0].casefold() not in determiners
            ]  # fmt: skip
            return " ".join(named[0]) if len(named) == 1 and len(named[0]) <= 4 else None
        if not words:
            return None
        if words[0].casefold() in shared_words().determiners:
            # "Der stellvertretende Generalinspekteur D K Arya": the name after the role
            rest = words[1:]
            while rest and rest[0].islower():
                rest = rest[1:]
            rest = rest[1:]
            role = len(rest) == 1 and is_role(rest[0], self.article.lang)  # "Vorsitzende Richter"
            role = role and self._full_name(rest[0], at) is None  # not after "Frank Richter"
            if rest and len(rest) <= 3 and all(_NAME_WORD.fullmatch(w) for w in rest) and not role:
                return self._written(rest, at)
            return None
        cut, *of = _OF.split(phrase, maxsplit=1)
        if (particled := first_name_particle(words)) is not None:
            return particled  # "Bram van den Bosch": a first name and a surname, no "of"
        if of:  # "Welle von Atemwegserkrankungen": nouns, no name
            return None if nouns_of(of[0], self.article.lang) else self._written(cut.split(), at)
        run: list[str] = []
        for n in range(len(words) - 1, -1, -1):
            word = words[n]
            particle = (
                run
                and n > 0
                and re.fullmatch(_PARTICLE, word)
                and (word not in ("der", "den") or words[n - 1] in ("van", "von"))
                and (_NAME_WORD.fullmatch(words[n - 1]) or words[n - 1] in ("van", "von"))
            )  # "Anna de Boer", "von der Leyen"
            if not particle and (
                not _NAME_WORD.fullmatch(word) or word.casefold() in shared_words().determiners
            ):
                break
            run.insert(0, word)
        if len(run) >= 2:
            if re.fullmatch(_PARTICLE, run[-2]) and len(run) >= 3:
                return " ".join(
                    run[-3:] if len(run) == 3 or not _NAME_WORD.fullmatch(run[-4]) else run[-4:]
                )
            if len(run) == len(words) and len(run) > 3:
                return None  # a whole capitalised clause: no telling where the name is
            nouns = languages.get(self.article.lang).capitalises_nouns
            three = len(run) == len(words) == 3 and not nouns
            return " ".join(run[-3:] if three else run[-2:])
        if len(words) != 1 or len(run) != 1:
            return None
        runs, determiners = self.runs.last_two_before(words[0], at), shared_words().determiners
        earlier = {t for t in runs if not no_first(t.split()[0], determiners, self.article.lang)}
        return earlier.pop() if len(earlier) == 1 else None if earlier else words[0]
