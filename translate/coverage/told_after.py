"""The speaker of a quotation that is a sentence of its own, named by the sentence right
after it, which only says who said it ("„Wir bauen neu.“ Das sagte Bürgermeister Peter
Lang am Montag.", "'We bouwen opnieuw.' Dat zei burgemeester Jan de Vries."): the
language's ``Reporting.told_back`` opens that sentence, then a plain verb of saying
(``told_says``: "Das kritisierte X." is X's reaction) and who.
Only a whole quotation that stands alone in its paragraph's sentence, right before the
sentence in the same paragraph; no denial ("Das bestritt X."), no pronoun, no name said
once with no first name.
"""

from __future__ import annotations

import dataclasses

from glossary import Glossary, languages
from translate.coverage.clause_words import SAY
from translate.coverage.reported_english import alternation
from translate.coverage.reported_subjects import told_back
from translate.coverage.speaker_checks import a_name, doubtful_who
from translate.coverage.speaker_names import plain_determiner
from translate.coverage.speakers import Speakers
from translate.records import Article
from translate.results import Quote


def told_after(
    article: Article,
    glossary: Glossary | None,
    found: list[Quote],
    unsaid: list[int],
    trace: list[str] | None,
    base: int,
) -> list[Quote]:
    """``found`` with a speaker for each whole quotation of ``unsaid`` (indices of ones with
    no speaker that may be words said) that the sentence right after it names as its speaker
    (see the module doc); ``trace`` (from ``base``) gets the rule."""
    lang = article.lang
    if lang not in SAY or not languages.get(lang).reporting.told_back:
        return found
    text = article.text
    sentences = article.sentences
    says: str | None = None
    speakers: Speakers | None = None  # made once, where a sentence tells
    for i in unsaid:
        q = found[i]
        last = q.last_sentence if q.last_sentence is not None else q.sentence
        if q.speaker or q.kind != "full" or last + 1 >= len(sentences):
            continue
        own, following = sentences[q.sentence], sentences[last + 1]
        alone = not text[own.start : q.start - 1].strip()
        alone = alone and not text[q.end + 1 : sentences[last].end].strip(" .!?")
        if not alone or "\n" in text[q.end : following.start]:
            continue  # words of its own sentence around it, or another paragraph after it
        if any(o.sentence == following.index for o in found):
            continue  # the next sentence quotes too: "Das sagte X: „…“" is another's
        says = says or alternation(languages.get(lang).reporting.words("told_says"))
        told = told_back(following.text, lang, says)
        if told is None:
            continue
        who = plain_determiner(told[0], lang)
        if who.split()[0].casefold() in languages.get(lang).pronouns:
            continue  # "Das sagte er.": whose, the sentences before say
        speakers = speakers or Speakers(article, glossary)
        name, ident = speakers.resolve_clause(who, following.start, None)
        if name is None or (ident is None and not a_name(name, lang)):
            continue
        if ident is None and " " not in name and speakers.runs.mentions(name) < 2:
            continue  # a name said once: maybe no name at all
        if doubtful_who(speakers, (name, ident), who):
            continue  # "Das sagten X und Y."
        found[i] = dataclasses.replace(
            q, speaker=name, speaker_id=ident, speaker_source=told[0], cue=q.cue or told[1]
        )
        if trace is not None:
            trace[base + i] = "told-after"
    return found
