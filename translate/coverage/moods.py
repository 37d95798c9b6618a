"""Konjunktiv I that the verb lists lack ("…, die Auswertung der Spuren dauere an"): in
the content after a reporting verb and its comma, the finite verb right after the noun
phrase that opens it (its subject: a determiner, adjectives, nouns, a genitive or a
prepositional phrase after them) ends as the language's subjunctive ends
(``Reporting.subjunctive``) and the form with the indicative's ending instead is a common
word, commoner than the form ("dauert"; "arbeitet"): not the past ("plante": "plantet"
is rare; "hatte" is commoner than "hattet"), nor an adjective ("neue": "neut"), nor a
noun (capitalised). A clause opened by an adverb and that verb before its subject
("derzeit dauere die Auswertung an") is read the same way."""

from __future__ import annotations

import re
from functools import cache

from glossary import languages
from translate.coverage.clause_words import DETERMINERS, STOPS
from translate.doubt.text import zipf

# How common (wordfreq's Zipf scale) the indicative form must be: a word of everyday text.
COMMON = 3.0


@cache
def _endings(lang: str) -> tuple[tuple[str, str], ...]:
    """``Reporting.subjunctive`` as (subjunctive ending, indicative ending) pairs."""
    entries = languages.get(lang).reporting.words("subjunctive")
    return tuple((e.partition(":")[0], e.partition(":")[2]) for e in entries)


@cache
def _breaks(lang: str) -> frozenset[str]:
    """Words that open another clause: no subject's noun phrase goes on over them."""
    reporting = languages.get(lang).reporting
    return frozenset(reporting.words("subordinate")) | frozenset(reporting.words("that"))


def subjunctive(word: str, lang: str) -> bool:
    """``word`` is a finite verb in the subjunctive: its ending is the subjunctive's and
    the indicative form is common."""
    if not word.islower() or len(word) < 4 or word in DETERMINERS.get(lang, ()):
        return False
    found = max(
        (
            zipf(word[: len(word) - len(mood)] + indicative, lang)
            for mood, indicative in _endings(lang)
            if word.endswith(mood)
        ),
        default=0.0,
    )
    # and commoner than the form itself: not the past ("hatte", "sollte": "hattet" is
    # rarer), nor an adverb ("lange": "langt")
    return found >= COMMON and found > zipf(word, lang)


def subjunctive_content(rest: str, lang: str) -> bool:
    """``rest`` (the words after a reporting verb and its comma) opens with a clause whose
    finite verb is a ``subjunctive`` right after its subject's noun phrase, or after one
    adverb and before its subject."""
    if not _endings(lang):
        return False
    clause = re.split(r"[,;:.!?„“”\"«»()]", rest, maxsplit=1)[0]
    words = clause.split()
    if words and words[0] in languages.get(lang).reporting.words("joins"):
        return False  # "…, und die Opposition lege …": the writer's own clause
    dets = set(DETERMINERS.get(lang, ()))
    inside = dets | set(STOPS.get(lang, ()))
    if words and words[0].casefold() in inside:
        words[0] = words[0].casefold()  # a sentence's start: "Der Markt ziehe …", "Vor …"
    breaks = _breaks(lang)
    if len(words) >= 3 and words[0].islower() and words[0] not in inside | breaks:
        # "derzeit dauere die Auswertung an": an adverb, the verb, then its subject
        return subjunctive(words[1], lang) and (words[2] in dets or words[2][:1].isupper())
    verb = _after_subject(words, lang)
    return verb is not None and subjunctive(verb, lang)


def _after_subject(words: list[str], lang: str) -> str | None:
    """The word after the noun phrase ``words`` open with (its subject, or an adverbial
    before the verb: "zum neuen Schuljahr fehlten …"): the clause's finite verb; None
    where a clause of another kind opens or no noun phrase comes first."""
    inside = set(DETERMINERS.get(lang, ())) | set(STOPS.get(lang, ()))
    breaks = _breaks(lang)
    previous = ""
    for i, word in enumerate(words):
        if word in breaks:
            return None
        if word[:1].isupper() or (word in inside and i < len(words) - 1):
            previous = word
            continue
        if not previous[:1].isupper():
            if not previous and word not in inside:
                return None  # no noun phrase first
            previous = word  # an adjective or a number after a determiner or preposition
            continue
        return word  # the word after the subject's last noun: its verb
    return None


def main_clause(rest: str, lang: str) -> bool:
    """``rest`` (the words after a verb of saying alone and its comma: ``says_alone``,
    "X sagte, …") opens with a main clause, a noun phrase and a finite verb in any mood
    ("die Einkaufskosten ließen keine Wahl", "zum Schuljahr fehlten 400 Lehrkräfte"): what
    was said; not a clause a conjunction or a relative pronoun opens ("…, als die …")."""
    clause = re.split(r"[,;:.!?„“”\"«»()]", rest, maxsplit=1)[0]
    words = clause.split()
    if words and words[0].casefold() in set(DETERMINERS.get(lang, ())) | set(STOPS.get(lang, ())):
        words[0] = words[0].casefold()  # "Der Markt …", "Zum …"
    joins = languages.get(lang).reporting.words("coordinating")
    if len(words) < 3 or words[0].casefold() in joins:
        return False  # "…, und die Zuhörer lachten": the writer's own clause
    verb = _after_subject(words, lang)
    return verb is not None and verb.isalpha() and verb not in joins
