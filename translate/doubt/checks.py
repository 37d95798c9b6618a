"""How far to trust one translated sentence: the table of checks, and :func:`assess`.

Each check that finds something adds a flag (a short code) and a reason a reader can act
on ("left in Dutch: storend"). ``confidence`` (0 to 1) starts from the model's own
probability of its output, where the engine gives one (the geometric mean of its token
probabilities), and each flag lowers it by its weight. A sentence with no flag is not
proven right; a flagged one is worth reading against the original.

A check is one entry of :data:`CHECKS`: its flag, its weight, what the flag means, and a
function of the sentence (its docstring says when it is raised) in the module of its
family (``words``, ``numbers``, ``names``, ``quotes``, ``shape``, ``probability``). The
checks use word frequencies (wordfreq) to tell English from Dutch and German, so they
need no model of their own and cost well under a millisecond a sentence.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from glossary.languages import LANGUAGE_NAMES, TARGET_LANG
from translate.doubt import names, numbers, probability, quotation_marks, shape, words
from translate.doubt.text import Reading, split_words

EMPTY = "empty"
NOT_A_TRANSLATION = "not-a-translation"
NOT_ENGLISH = "not-english"
UNTRANSLATED = "untranslated"
NUMBER = "number"
NEGATION = "negation"
NAME = "name"
QUOTE = "quote"
LENGTH = "length"
ECHO = "echo"
UNSURE = "unsure"

# The version of the checks below: a stored translation assessed by other checks is
# assessed again when read (``translate.doubt.current``). Raise it whenever a check changes.
CHECKS_VERSION = "checks-8"


@dataclass(frozen=True)
class Check:
    """One check: the flag it raises, how much of the confidence a raised flag leaves
    (``keeps``), what the flag means (pages and help texts), and ``find``, which gives the
    reason in words or None. A check that ``ends`` leaves nothing to check when it fires
    (no English, or the original itself): the sentence is no translation, confidence 0.
    ``retried``: a sentence it flags is worth a second attempt (see :func:`worth_retrying`).
    ``whole``: the flag says the English is no translation of the sentence at all; only such
    a flag lowers a confidence the model's own probability gave (see :func:`assess`)."""

    flag: str
    keeps: float
    meaning: str
    find: Callable[[Reading], str | None]
    ends: bool = False
    retried: bool = True
    whole: bool = False

    @property
    def raised_when(self) -> str:
        return inspect.getdoc(self.find) or ""


_NOT_ENGLISH_MEANS = "much of the output is not English"

# Every check, in the order they run and their flags are listed. UNSURE keeps all: the
# model's probability, which raised it, is already the base of the confidence; and it alone
# makes no second attempt: made alone, without the article before it, the second English
# of a sentence the model was merely unsure of was kept 3 times in 21 on a tune set (FLORES
# devtest from sentence 300, never a scored one), for no gain in chrF (docs/doubt.md).
CHECKS: tuple[Check, ...] = (
    Check(EMPTY, 0.0, "the engine gave no English for this sentence", shape.empty, ends=True),
    Check(NOT_ENGLISH, 0.2, _NOT_ENGLISH_MEANS, words.the_original, ends=True),
    Check(
        NOT_A_TRANSLATION,
        0.1,
        "the engine answered something other than a translation",
        words.chatter,
        whole=True,
    ),
    Check(NOT_ENGLISH, 0.2, _NOT_ENGLISH_MEANS, words.not_english, whole=True),
    Check(
        UNTRANSLATED, 0.6, "words of the original were left untranslated", words.left_untranslated
    ),
    Check(NUMBER, 0.6, "a number of the original is missing or changed", numbers.number),
    Check(
        NEGATION, 0.5, "the original says no or not; the English has no negation", words.negation
    ),
    Check(
        QUOTE, 0.7, "words the original quotes are not quoted in the English", quotation_marks.quote
    ),
    Check(
        NAME,
        0.7,
        "a name of the original is missing, or the English names someone the original does not",
        names.name,
    ),
    Check(
        LENGTH,
        0.6,
        "far shorter or longer than a translation of this sentence should be",
        shape.length,
    ),
    Check(
        ECHO,
        0.3,
        "it, or a sentence of it, reads like a translation of the sentence before",
        shape.echo,
        whole=True,
    ),
    Check(
        UNSURE,
        1.0,
        "the model itself was unsure of its wording",
        probability.unsure,
        retried=False,
    ),
)

# What each flag means, and how much of the confidence it leaves.
FLAGS: dict[str, str] = {check.flag: check.meaning for check in CHECKS}
KEEPS: dict[str, float] = {check.flag: check.keeps for check in CHECKS}
RETRIED: frozenset[str] = frozenset(check.flag for check in CHECKS if check.retried)
WHOLE: frozenset[str] = frozenset(check.flag for check in CHECKS if check.whole or check.ends)


@dataclass(frozen=True)
class Doubt:
    confidence: float
    flags: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()


SURE = Doubt(1.0)


def assess(
    source: str,
    english: str,
    lang: str,
    *,
    logprob: float | None = None,
    previous: str | None = None,
    terms: Sequence[str] = (),
    missing_terms: Sequence[str] = (),
) -> Doubt:
    """How far to trust ``english`` as a translation of ``source`` (in ``lang``): every
    check of :data:`CHECKS` run in order (see :class:`~translate.doubt.text.Reading` for
    the arguments)."""
    if lang == TARGET_LANG or not any(c.isalpha() for c in source):
        return SURE
    found = split_words(english)
    reading = Reading(
        source,
        english,
        lang,
        LANGUAGE_NAMES.get(lang, lang),
        found,
        words.foreign_words(found, lang),
        logprob,
        previous,
        terms,
        missing_terms,
    )
    raised: dict[str, str] = {}
    for check in CHECKS:
        reason = check.find(reading)
        if reason is None:
            continue
        if check.ends:
            return Doubt(0.0, (check.flag,), (reason,))
        raised[check.flag] = reason
    # With the model's own probability, a flag on one part of the English (a number, a
    # name, a word left untranslated, the length) is named to the reader and makes a second
    # attempt, but leaves the confidence as the probability says: on the tune set (FLORES
    # devtest from sentence 300, never a scored sentence) such flags were raised on
    # sentences of about average chrF, and scaling by them ranked sentences worse
    # (docs/doubt.md). Without a probability (argos, none) every flag lowers it.
    lowering = [f for f in raised if logprob is None or f in WHOLE]
    confidence = probability.base_confidence(logprob) * math.prod(KEEPS[f] for f in lowering)
    return Doubt(round(confidence, 3), tuple(raised), tuple(raised.values()))


def worth_retrying(doubt: Doubt) -> bool:
    """True when a sentence with ``doubt`` should be made a second time: one of its flags
    is a fault a second attempt can mend (not the model's unsureness alone)."""
    return any(flag in RETRIED for flag in doubt.flags)


def better(first: Doubt, second: Doubt) -> bool:
    """True when ``second`` is more to be trusted than ``first``: fewer flags (where both
    have as many, the engine's first way stands)."""
    return len(second.flags) < len(first.flags)
