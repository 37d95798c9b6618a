"""Who said what: the direct quotations of an article, from its original text, and who said them.

A quotation is text between quotation marks of any style the sources use („…“, "…",
“…”, «…», ‚…‘, '…'; an apostrophe inside a word, "zo'n", "Sjmyhal's", is none), within
one paragraph, over one sentence or more. It is *full* when it is a sentence of its own,
*partial* when a few quoted words stand inside the reporter's sentence ("uit op een
'strategisch verlies'"). Removed clutter (teaser lists) is no part of the body, so its
quotations are not the article's.

The speaker comes from a reporting clause in the quotation's sentence, before or after it
("zei Peskov", "aldus de minister", "volgens X", "X waarschuwde dat", "sagte Putin", "so
X", "X erklärte:", "reageert Peskov"), or, for a quotation that is the whole sentence and
carries no clause, from one that ends the quotation the sentence before runs into. A name
is tied to its glossary entry (the English name and its id); a surname to the full name
the article used before; a role ("de Kremlinwoordvoerder") to the one person the article
named with that role before; a pronoun ("hij", "sie") to the speaker of the sentence
before. Where none of that is sure, the speaker is None: precision first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from glossary import Glossary, languages
from translate.budget import check
from translate.coverage.alone_quotes import alone_speaker
from translate.coverage.carried import same_quotation
from translate.coverage.clause_words import CONJUNCTIONS, NAMING
from translate.coverage.clauses import has_cue, reported, reporting_clause
from translate.coverage.cut_names import whole_name
from translate.coverage.epithets import ministry_of, named_body
from translate.coverage.head_clauses import (
    head_speaker,
    in_reported,
    in_reported_part,
    named_before,
    subject_saying,
)
from translate.coverage.marks import MAX_QUOTATIONS, quotation_spans, unquoted_in
from translate.coverage.object_runs import object_run
from translate.coverage.own_tails import own_tail
from translate.coverage.phrase_reader import speaker_phrase
from translate.coverage.quote_guards import (
    answered_after,
    genitive_owner,
    is_epithet,
    outlet_named,
    own_head,
    role_told,
    text_object,
)
from translate.coverage.quoted_things import named_thing as thing_named_by
from translate.coverage.quoted_things import question_alone, unasked
from translate.coverage.quoted_titles import is_title
from translate.coverage.reported import reported_of, reported_with_english
from translate.coverage.speaker_checks import (
    a_name,
    another,
    antecedent,
    doubtful_who,
    holds,
    interrupted,
    is_full,
    pronoun_at,
    recent_speakers,
    reported_between,
    rivals,
    weak_unsure,
)
from translate.coverage.speaker_names import is_role
from translate.coverage.speaker_objects import not_one_name, spoken_of
from translate.coverage.speakers import Speakers
from translate.coverage.unnamed_subjects import subject_before
from translate.doubt.checks import CHECKS_VERSION
from translate.doubt.current import current_translation
from translate.records import Article, ArticleTranslation
from translate.results import Quote, Quoted
from translate.storage.quotation_store import MadeWith
from translate.storage.store import Store
from translate.storage.stored import signatures


def quotes_of(
    article: Article, glossary: Glossary | None = None, trace: list[str] | None = None
) -> list[Quote]:
    """Every quotation of ``article``'s body, in order, with its speaker where sure;
    ``trace`` (for benchmarks) gets, for each quotation, the rule that gave its speaker."""
    speakers = Speakers(article, glossary)
    text = article.text
    doubled: dict[str, bool] = {}  # a name as written that is two names, read once a name
    found: list[Quote] = []
    unsaid: list[int] = []  # quotations with no speaker that may be words said
    base = len(trace) if trace is not None else 0
    sentences = article.sentences
    starts = [s.start for s in sentences]
    seen: dict[int, tuple[str, str | None] | None] = {}  # who a sentence names, read once
    written: dict[str, bool] = {}  # a word the text also writes unquoted, looked up once
    for span_start, span_end in quotation_spans(text)[:MAX_QUOTATIONS]:
        check()
        # The first sentence holding the span's start, and the one holding its end (found
        # by bisection: at most the sentence found and the one before it can hold it).
        at = bisect.bisect_right(starts, span_start) - 1
        sentence = next(
            (sentences[i] for i in (at - 1, at)
             if i >= 0 and sentences[i].start <= span_start < sentences[i].end + 1),
            None,
        )  # fmt: skip
        if sentence is None:
            continue  # the title, or removed clutter
        at = bisect.bisect_left(starts, span_end) - 1
        last_sentence = next(
            (sentences[i] for i in (at - 1, at)
             if i >= 0 and sentences[i].start < span_end <= sentences[i].end + 1),
            sentence,
        )  # fmt: skip
        before = text[sentence.start : span_start - 1]
        after = text[span_end + 1 : last_sentence.end]
        words = text[span_start:span_end]
        # „Gesuchte Kinder“ stellt Fotos ins Netz: the subject's name, not words said
        goes_on = bool(re.match(r"\s+[a-zäöüß]", after)) and not has_cue(after[:40], article.lang)
        full = is_full(before, words, after, goes_on)
        clause = object_run(reporting_clause(before, after, article.lang), before, after, speakers)
        old_phrase = speaker_phrase(after, before, article.lang)
        phrase = old_phrase
        nobody = clause is not None and not clause.who  # "X wurde mit einem Satz von Y zitiert:"
        phrase = None if nobody else phrase
        cue = clause.cue if clause is not None else None
        lang = article.lang
        named_thing = thing_named_by(before, words, after, full, lang)
        # "der Radiosender „Deutschlandfunk“", "die Kampagne „Mehr Grün“", im „Morgenmagazin“
        # "…, heißt es in dem Bericht": words said by nobody named
        impersonal = re.search(r"\b(?:heißt|hieß|hiess) es\b|\bzo heet het\b", sentence.text)
        # German capitalises nouns: "Gelassenheit und Aufmerksamkeit" is no title
        title = is_title(words) and not (
            languages.get(article.lang).capitalises_nouns
            and any(f" {w} " in words for w in CONJUNCTIONS.get(article.lang, ()))
        )
        # "das Motto „…“", "unter dem Namen „…“": a name, not words ("im Namen von X" are)
        naming = re.search(
            rf"(?<!\bim )(?<!\bin )\b(?:{NAMING.get(article.lang, '$^')})\b", before, re.IGNORECASE
        )
        # "für „Solara“" where the article also writes Solara unquoted: a name
        one_name = len(words.split()) == 1 and words[:1].isupper()
        unquoted_name = one_name and unquoted_in(text, words, written)
        # not the named one's words: "Der als „…“ bekannte X", "gegenüber der „X“", a text
        epithet = clause is not None and (
            is_epithet(before, after, clause.cue, lang)
            or outlet_named(before, words, after, clause.cue, lang)  # "gegenüber der „X“"
            or (clause.weak and text_object(clause.who, before, lang))  # "X erhielt einen Brief:"
        )
        blocked = (
            bool(impersonal)
            or bool(naming)
            or epithet
            or (not full and (title or named_thing or bool(unquoted_name)))
        )
        if blocked:
            # "Shark Tank", "Clean Air Act": a title, not words said
            phrase = clause = None
            cue = impersonal.group(0) if impersonal else None
        speaker: tuple[str | None, str | None] = (None, None)
        rule = "none"
        previous = article.sentences[sentence.index - 1] if sentence.index > 0 else None
        if blocked:
            pass
        elif phrase or clause:
            pronoun = (clause.who if clause else phrase or "").casefold()
            subject = antecedent(speakers, found, sentence, pronoun, seen)
            at = sentence.start + len(before)
            # Each clause reader in turn (Dutch-written, then German): the first giving a name;
            # the new alone where a colon clause's subject is an unnamed role (``role_told``)
            tries = ["new"] if role_told(clause, before, lang) else ["new", "old"]
            for way in tries:
                if way == "old":
                    body = (
                        named_body(phrase, article.lang) if phrase else None
                    )  # "het ministerie van X"
                    speaker = (
                        (body, None)
                        if body and not re.search(rf"{re.escape(phrase or '')}\s*,", after)
                        else (None, None)  # "het ministerie van Jan Smit", "van X, Y en Z"
                        if body or (phrase and ministry_of(phrase, article.lang))
                        else speakers.resolve(phrase, at, subject)
                        if phrase
                        else (None, None)
                    )
                    if speaker[0] and another(
                        speaker[0], speaker[1], clause, before, after, article.lang
                    ):
                        speaker = (None, None)
                elif clause is not None:
                    speaker = speakers.resolve_clause(clause.who, at, subject)
                rule = f"clause-{way}"
                if speaker[0] is not None and (speaker[1] or a_name(speaker[0], article.lang)):
                    break
            said_by = (clause.who if clause is not None and rule == "clause-new" else phrase) or ""
            if speaker[0] and (
                doubtful_who(speakers, speaker, said_by, before, sentence.start)
                or genitive_owner(said_by, speaker[0], lang)
            ):
                speaker = (None, None)  # "X und Y sagten", "De vrouw van X zei"
            if said_by.strip().casefold() in languages.get(article.lang).pronouns:
                rule += "-pronoun"
                cue_of = clause.cue if clause is not None else None
                until = pronoun_at(
                    said_by.strip(), before, after, span_start - 1, span_end + 1, cue_of
                )
                if speaker[0] and (
                    rivals(speakers, (speaker[0], speaker[1]), sentence.start, until)
                    or subject_before(text[sentence.start : until], lang)  # "Die SPD nannte sie"
                ):
                    speaker = (None, None)  # another named before it in its sentence: unsure
            elif clause is not None and clause.weak:
                rule += "-weak"
                if speaker[0] and weak_unsure(speakers, speaker[0], clause, before):
                    speaker = (None, None)
            if clause is not None and (
                phrase is None or not languages.get(article.lang).reporting.phrase_reader_first
            ):
                phrase = clause.who
        elif (
            found
            and found[-1].sentence == sentence.index
            and found[-1].speaker
            # "…, während Anna Weber von einem „…“ sprach": a cue of another clause
            and not (has_cue(after, lang) or own_tail(after, lang))
        ):
            # A second quotation of the sentence ("… 'frivool' is en dat 'iedereen …'").
            speaker = (found[-1].speaker, found[-1].speaker_id)
            rule = "same-sentence"
        elif (
            full
            and not before.strip()
            and found
            and found[-1].speaker
            and (
                (found[-1].last_sentence or found[-1].sentence) == sentence.index - 1
                or reported_between(speakers, found[-1], sentence.index)
            )
            and not own_tail(after, lang)  # "„…“, lachte Y.": Y's, "„…“ Das schrieb Y."
            and not question_alone(text, sentence, last_sentence, words)  # an interview's
            and not answered_after(
                article,
                last_sentence.index,
                found[-1].speaker,
                article.sentences[found[-1].sentence].text,
            )
        ):
            # A quotation alone right after one with a speaker (or their reported speech).
            speaker = (found[-1].speaker, found[-1].speaker_id)
            rule = "going-on"
        elif (
            clause is None
            and old_phrase is None
            and reported(before + " " + after, article.lang)
            and not has_cue(before, article.lang)  # "Ook zou X hebben aangegeven dat …"
            and not re.search(r"[„“”\"«»]", before)
        ):
            # "Er werde „einen neuen Deal“ aushandeln": reported speech going on from the
            # sentence before, whose speaker said it.
            recent = recent_speakers(speakers, found, sentence.index)
            if recent:
                speaker = (recent[-1].speaker, recent[-1].speaker_id)
                rule = "reported-recent"
            elif previous is not None and has_cue(previous.text, article.lang):
                speaker = speakers.subject_of(previous) or head_speaker(speakers, previous)
                rule = "reported-subject"
            if speaker[0] and own_head(
                speakers, sentence.start, before, speaker[0], speaker[1], lang
            ):
                speaker = (None, None)  # "Y widersprach: Das Projekt sei „…“": Y's, not X's
        elif full and not before.strip() and not after.strip(" .!?") and previous is not None:
            # a quotation standing alone after the sentence about its speaker
            speaker, cue, rule = alone_speaker(speakers, found, previous, seen, cue, rule)
        only_title = not (impersonal or naming or named_thing or unquoted_name or epithet)
        if speaker[0] is None and (not blocked or only_title) and not nobody:
            # "Karsai sagte am Sonntag weiter, Afghanistan sei ein „Opfer …“"
            head = in_reported_part(speakers, sentence, before, after, words, blocked)
            if head is not None:
                (speaker, cue), rule = head, "head-clause"
            elif not blocked and not has_cue(after, article.lang):
                speaker = subject_saying(speakers, sentence, before, after)
                rule = "subject-saying" if speaker[0] else rule
            if speaker[0] is None and not blocked and clause is None and old_phrase is None:
                speaker, rule = named_before(speakers, found, sentence, before, rule, after)
            if (
                speaker[0]
                and clause
                and not holds(speaker[0], clause.who, article.lang, sentence.text)
            ):
                speaker = (None, None)  # its own clause names another ("laut der Studie")
        if speaker[0] is not None and speaker[1] is None:
            # a role word before a name the article wrote ("Fußballerin Kim Kulig")
            named = speaker[0].split()
            while len(named) > 2 and is_role(named[0], article.lang):
                named = named[1:]
            speaker = (" ".join(named), None)
        span_text = text[sentence.start : last_sentence.end]
        if speaker[0] and speaker[1] is None:  # a name, all of it ("Van Gerwen"), or none
            speaker = (whole_name(speaker[0], span_text, lang), None)
        if speaker[0] is not None and speaker[1] is None and speaker[0] not in doubled:
            doubled[speaker[0]] = not_one_name(speaker[0], text, article.lang)  # once a name
        if speaker[0] is not None and (
            spoken_of(span_text, speaker[0], phrase, article.lang)
            or (speaker[1] is None and doubled[speaker[0]])
        ):
            speaker = (None, None)  # "Zu X sagte sie", "der Anwalt von X": another's words
        speaker = unasked(speaker, rule, before, words, lang)  # "„Wie haben Sie …?“"
        on = interrupted(text, found, span_start, words, article.lang, after)
        if speaker[0] is None and on:
            speaker, full, rule = on, True, "interrupted"
        if trace is not None:
            trace.append(rule)
        if speaker[0] is None and not blocked and not has_cue(after, article.lang):
            unsaid.append(len(found))  # not "…, während X von einem „…“ sprach"
        found.append(
            Quote(
                article.id,
                sentence.index,
                span_start,
                span_end,
                words,
                "full" if full else "partial",
                speaker[0],
                speaker[1],
                phrase,
                last_sentence.index if last_sentence.index != sentence.index else None,
                cue,
            )
        )
    return in_reported(article, glossary, found, unsaid, trace, base) if unsaid else found


def quoted_speakers(quotes: Sequence[Quote]) -> dict[str, list[Quote]]:
    """Speaker -> their quotations (those with a speaker)."""
    found: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker:
            found.setdefault(quote.speaker, []).append(quote)
    return found


def with_english(quotes: Sequence[Quote], translation: ArticleTranslation | None) -> list[Quoted]:
    """Each quotation with the English of its words: the i-th quoted passage of the English
    sentence for the sentence's i-th quotation, where the English quotes as many passages
    as the original does (else None: the ``quote`` check marks that sentence)."""
    by_index = {s.index: s for s in translation.sentences} if translation else {}
    found = []
    for quote in quotes:
        last = quote.last_sentence if quote.last_sentence is not None else quote.sentence
        sentences = [by_index.get(i) for i in range(quote.sentence, last + 1)]
        if not sentences or None in sentences:
            found.append(Quoted(quote, None, False))
            continue
        english = " ".join(s.english for s in sentences if s is not None)
        same = [q for q in quotes if quote.sentence <= q.sentence <= last]
        passages = [english[a:b] for a, b in quotation_spans(english)]
        words = passages[same.index(quote)] if len(passages) == len(same) else None
        found.append(Quoted(quote, words, any(s.flags for s in sentences if s is not None)))
    return found


# Bump when extraction or speaker resolution changes: stored quotations made another way
# are then computed again.
QUOTES_VERSION = "q30"


def statements_of(
    article: Article, glossary: Glossary | None, translation: ArticleTranslation | None
) -> list[Quoted]:
    """``article``'s quotations and reported speech, each with its English, in order."""
    quotes = quotes_of(article, glossary)
    reported = reported_with_english(reported_of(article, glossary, quotes), translation, article)
    return sorted([*with_english(quotes, translation), *reported], key=lambda q: q.quote.start)


def made_with(glossary: Glossary | None, signature: str | None) -> MadeWith:
    """What quotations computed now would be made from (``signature``: the article's
    stored translation's, None where it has none; its doubt is today's checks')."""
    return MadeWith(
        QUOTES_VERSION,
        glossary.version if glossary is not None else "none",
        f"{signature}|{CHECKS_VERSION}" if signature is not None else None,
    )


def store_quotes(store: Store, articles: Sequence[Article], glossary: Glossary | None) -> int:
    """Compute and store the quotations of ``articles`` (with the English of their stored
    translations and the carriers across every stored article); the number stored."""
    count = 0
    for article in articles:
        translation = current_translation(store, article.id)
        quoted = statements_of(article, glossary, translation)
        signature = str(translation.signature) if translation is not None else None
        store.put_quotes(article.id, quoted, made_with(glossary, signature), same_quotation)
        count += len(quoted)
    return count


def stale_articles(store: Store, glossary: Glossary | None) -> list[Article]:
    """The stored articles whose stored quotations are missing or were computed from
    another glossary, translation or extraction than now's."""
    made = store.quotations.made_with()
    ids = store.article_ids()
    signed = signatures(store, ids)  # people's corrections named in them
    wanted = [
        article_id
        for article_id in ids
        if made.get(article_id) != made_with(glossary, signed.get(article_id))
    ]
    found = store.get_articles(wanted)
    return [found[a] for a in wanted if a in found]


def quote_json(
    quoted: Quoted, outlet: str | None = None, path: str | None = None
) -> dict[str, Any]:
    """One quotation as ``--json`` and ``/api/quotes`` give it."""
    q = quoted.quote
    return {
        "article_id": q.article_id,
        "path": path,
        "outlet": outlet,
        "sentence": q.sentence,
        "start": q.start,
        "end": q.end,
        "speaker": q.speaker,
        "speaker_id": q.speaker_id,
        "speaker_source": q.speaker_source,
        "kind": q.kind,
        "cue": q.cue,
        "source_text": q.source_text,
        "english": quoted.english,
        "english_of": quoted.english_of or None,
        "doubtful": quoted.doubtful,
        "carriers": list(quoted.carriers),
        "carried_as": dict(quoted.carried_as),
    }
