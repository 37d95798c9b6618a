"""A quotation's own clause after it, whatever its verb: in German and Dutch a clause that
follows a quotation puts its finite verb first and its subject after it ("„…“, ergänzte
Habeck.", "'…', vulde Kaag aan.", "'…', scandeerden de demonstranten.", "'…', klinkt het
bij de oppositie."). Such a quotation has a speaker of its own, named or not, even where
its verb is no verb of saying the languages' data know ("lacht", "glimlacht"): no speaker
is carried over to it from the quotation before (``quotations``' ``going-on`` and
``same-sentence``)."""

from __future__ import annotations

import functools
import re

from glossary import languages
from translate.coverage.clause_words import NOT_NAMES, STOPS

# ", VERB SUBJECT": a lower-case word first (the verb), then a word (its subject, or a
# particle, an adverb or a preposition before it: "zucht diep Jansen", "stond op de
# spandoeken").
_TAIL = re.compile(r"\s*,\s*([^\W\d_A-ZÀ-ÝĀ-Ž][\w-]*)\s+[^\W\d_]")


@functools.cache
def _not_verbs(lang: str) -> frozenset[str]:
    """Words a clause after a quotation starts with that are no finite verb: the language's
    function words (conjunctions, pronouns, prepositions), stops and adverbs."""
    words = set(languages.get(lang).function_words)
    words |= {w.casefold() for w in STOPS.get(lang, ())}
    words |= {w.casefold() for w in NOT_NAMES.get(lang, ())}
    return frozenset(words)


def own_tail(after: str, lang: str) -> bool:
    """``after`` (the rest of a quotation's sentence) opens with a clause of its own: a
    comma, a finite verb and its subject (a name, a noun phrase, a pronoun, a bare plural),
    as in ", vulde Kaag aan.", ", skandierten die Demonstranten." or ", scandeerden boeren
    op het Malieveld."; not ", maar niemand luisterde." (a conjunction, no verb first)."""
    m = _TAIL.match(after)
    return m is not None and m.group(1).casefold() not in _not_verbs(lang)
