"""Rows of reported speech (:mod:`translate.coverage.reported`): a span of a sentence as a
``reported`` quotation, and the sentence before "Dies bestätigte X." / "Dat zei ze." as X's
reported statement."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from glossary import languages
from translate.coverage.reported_bridge import teller
from translate.coverage.reported_english import MIN_WORDS
from translate.coverage.speaker_checks import a_name
from translate.coverage.speaker_names import name_in, plain_determiner
from translate.coverage.speakers import Speakers
from translate.records import Article, Sentence
from translate.results import Quote


def told_before(
    article: Article,
    speakers: Speakers,
    sentence: Sentence,
    told: tuple[str, str],
    quotes: Sequence[Quote],
    found: list[Quote],
    told_in: Sentence,
) -> None:
    """The sentence before "Dies bestätigte X." as X's reported statement, where it holds
    no quotation and is no reported speech already; from ``told_in`` (``told_from``) on.
    "Dat zei ze.": the one speaker about it, or the one person named before (``teller``)."""
    if any(q.sentence == sentence.index for q in found) or len(sentence.text.split()) < MIN_WORDS:
        return
    if any(q.start < sentence.end and q.end > sentence.start for q in quotes):
        return
    who, cue = told
    lang = article.lang
    name, ident = speakers.resolve_clause(plain_determiner(who, lang), sentence.end, None)
    plurals = languages.get(lang).reporting.words("plural_says")  # "Dat hebben ze gezegd."
    plural = any(w in plurals for w in article.sentences[sentence.index + 1].text.split())
    if name is None and (name_in(who, lang) or ("",))[0] == "pronoun" and not plural:
        told_by = teller(speakers, [*quotes, *found], told_in, sentence)
        name, ident, told_in = told_by or (None, None, told_in)
    if name is not None and ident is None and not a_name(name, lang):
        name = None
    row = quote_row(article, told_in, 0, len(told_in.text), name, ident, who, cue)
    last = sentence.index if told_in.index != sentence.index else None
    found.append(dataclasses.replace(row, last_sentence=last))


def same_person(name: str, speaker: str) -> bool:
    """``name``, one a sentence names, is ``speaker``: the same words, or the same surname
    and first name or none ("Lindau"; not "Karl Weber" for "Anna Weber")."""
    words, theirs = name.split(), speaker.split()
    return name == speaker or (
        words[-1:] == theirs[-1:] and (len(words) == 1 or words[0] == theirs[0])
    )


def quote_row(
    article: Article,
    sentence: Sentence,
    start: int,
    end: int,
    speaker: str | None,
    speaker_id: str | None,
    who: str | None,
    cue: str | None,
) -> Quote:
    s_start = sentence.start
    text = sentence.text
    while start < end and text[start] in " ,:":
        start += 1
    while end > start and text[end - 1] in " ,.;:!?":
        end -= 1
    return Quote(
        article.id,
        sentence.index,
        s_start + start,
        s_start + end,
        text[start:end],
        "reported",
        speaker,
        speaker_id,
        who,
        None,
        cue,
    )
