"""Speakers from the reporting clause a sentence starts with, for quotations that stand
in the sentence's reported part ("Karsai sagte am Sonntag weiter, Afghanistan sei ein
„Opfer …“") or in reported speech going on in the next sentence ("In seiner Rede erklärte
Johnson, …. Er werde „…“"). Only a clause with a reporting verb counts, and only where
the quotation's own part of the sentence has none ("…, während Anna Weber von einem „…“
sprach" is Anna Weber's clause, not the first one's).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from glossary import Glossary, languages
from translate.coverage.clause_words import (
    CALLING,
    COMPANIONS,
    DETERMINERS,
    NAME_PARTICLES,
    OBJECTS,
    POSSESSIVES,
    REFLEXIVE,
    SAY,
    STOPS,
    saying_in,
    without_relative,
)
from translate.coverage.clauses import has_cue, reporting_clause
from translate.coverage.interruptions import opened_on
from translate.coverage.leading_subjects import leading_subject
from translate.coverage.name_runs import same_surname
from translate.coverage.opinions import deemed_by
from translate.coverage.phrase_reader import said_last
from translate.coverage.reported import reported_of
from translate.coverage.reported_english import alternation
from translate.coverage.reported_subjects import relative_subject
from translate.coverage.speaker_checks import doubtful_who, holds, possessive_going_on
from translate.coverage.speaker_names import NAME, name_in
from translate.coverage.speakers import Speakers
from translate.coverage.told_after import told_after
from translate.records import Article, Sentence
from translate.results import Quote

_NONE: tuple[str | None, str | None] = (None, None)


def head_speaker(speakers: Speakers, sentence: Sentence) -> tuple[str | None, str | None]:
    """The speaker the reporting clause ``sentence`` starts with names ("In seiner Rede
    erklärte Johnson, …"), where it has a reporting verb."""
    said = reporting_clause(sentence.text.split(",")[0], "", speakers.article.lang)
    if said is None or said.weak:
        return _NONE
    return speakers.resolve_clause(said.who, sentence.start, None)


def in_reported_part(
    speakers: Speakers, sentence: Sentence, before: str, after: str, words: str, titled: bool
) -> tuple[tuple[str | None, str | None], str | None] | None:
    """(speaker, cue) of a quotation whose words are ``words``, with ``before`` and
    ``after`` it in ``sentence``, that stands after the sentence's first comma, where the
    clause before that comma reports; None where it does not. ``titled``: the quotation
    was taken for a title only by its capitals (a language that capitalises nouns may
    quote "ein „Opfer des Terrorismus“": words said, where a lower-case word comes before
    them and one stands among them; "der Film „Tage der Sonne“" stays a title)."""
    lang = speakers.article.lang
    if titled and not (
        languages.get(lang).capitalises_nouns
        and re.search(r"\s[a-zäöüß]", words)
        and re.search(r"(?<!\S)[a-zäöüß]+\s*$", before)
    ):
        return None
    head = before.split(",")[0]
    if head == before or has_cue(before[len(head) :] + " " + after, lang):
        return None
    if said_last(after, lang):
        return None  # "X sagte, Y habe von einem „…“ gesprochen": Y's words, not X's
    said = reporting_clause(head, "", lang)
    if said is None or said.weak:
        return None
    return speakers.resolve_clause(said.who, sentence.start, None), said.cue


def in_reported(
    article: Article,
    glossary: Glossary | None,
    found: list[Quote],
    unsaid: list[int],
    trace: list[str] | None,
    base: int,
) -> list[Quote]:
    """``found`` with a speaker for each quotation of ``unsaid`` (indices of ones with no
    speaker, no title and no reporting verb after them) that stands inside reported speech
    whose speaker is sure ("Pérez hoffte, dass der „…“"), where no other reporting verb
    comes between ("Wie X sagte, sei …, während Y von einem „…“ sprach": not X's);
    ``trace`` (from ``base``) gets the rule."""
    reported = [r for r in reported_of(article, glossary, found) if r.speaker]
    speakers: Speakers | None = None  # made once, where a quotation may go on
    for i in unsaid:
        q = found[i]
        # the reported statement's own sentence, not one it goes on over: a quotation there
        # may be anyone's
        said = next(
            (
                r
                for r in reported
                if r.start <= q.start and q.end <= r.end and r.sentence == q.sentence and r.cue
            ),
            None,
        )
        between = article.text[said.start : q.start] if said is not None else ""
        if said is not None and (
            has_cue(between, article.lang) or saying_in(between, article.lang)
        ):
            continue  # "Volgens X heeft de verdachte geroepen: „…“": not X's
        if said is None:
            said = _going_on(article, reported, q)
            speakers = speakers or (Speakers(article, glossary) if said else None)
            if said and speakers and told_next(speakers, q.sentence, said.speaker):
                continue  # "„Dass ich nicht lache.“ Mit diesen Worten reagierte Peter Kern."
        if said is None:
            continue
        if said_last(article.text[q.end + 1 : said.end + 1], article.lang):
            continue  # "X sagte, Y habe von einem „…“ gesprochen": Y's words
        words = " ".join(q.source_text.split()).casefold()
        if said.speaker and words in said.speaker.casefold():
            continue  # the speaker's own name in quotation marks ("laut „Tagesspiegel“")
        sentence = article.sentences[q.sentence].text
        if said.speaker and not holds(said.speaker, q.speaker_source, article.lang, sentence):
            continue  # its own clause names another ("laut der Studie")
        found[i] = dataclasses.replace(
            q, speaker=said.speaker, speaker_id=said.speaker_id, cue=q.cue or said.cue
        )
        if trace is not None:
            trace[base + i] = "in-reported"
    found = told_after(article, glossary, found, unsaid, trace, base)
    return opened_on(article.text, found)  # "»… .\n»…«, sagte X": X's, the paragraph before


def _going_on(article: Article, reported: list[Quote], q: Quote) -> Quote | None:
    """The reported statement with its reporting clause in the sentence right before
    ``q``, which stands alone as a whole sentence ("Das Unternehmen sei gut aufgestellt,
    sagte er. „Wir wachsen …“"): the same speaker going on; None where that sentence
    quotes, reports anyone else or goes on after its clause, or where ``q`` shares its
    sentence."""
    if q.kind != "full" or q.sentence == 0:
        return None
    own = article.sentences[q.sentence].text
    if len(re.sub(r"[\W_]+", "", own)) > len(re.sub(r"[\W_]+", "", q.source_text)):
        return None  # words of its own sentence beside it
    previous = article.sentences[q.sentence - 1]
    if re.search(r"[„“”\"«»]", previous.text):
        return None
    said = [r for r in reported if r.sentence == q.sentence - 1 and r.end <= previous.end]
    if not said or len({r.speaker for r in said}) != 1 or not all(r.cue for r in said):
        return None
    # its reporting clause ends the sentence ("…, sagte X."), no other clause after it
    # ("…, sagte X, während Y erklärte, …")
    return said[-1] if "," not in article.text[said[-1].end : previous.end].lstrip(" ,") else None


def told_next(speakers: Speakers, index: int, speaker: str | None) -> bool:
    """The sentence after sentence ``index`` (a quotation alone, not introduced by a colon)
    may tell whose words it is: it has a reporting verb or names someone other than
    ``speaker`` ("Zo reageerde Piet Smit.")."""
    article = speakers.article
    if index + 1 >= len(article.sentences) or index < 1:
        return False
    if article.sentences[index - 1].text.rstrip().endswith(":"):
        return False  # "X sagte: „…“ Y lachte.": introduced by the sentence before
    after, lang = article.sentences[index + 1], article.lang
    says = alternation(SAY.get(lang, ()) + languages.get(lang).reporting.words("reports"))
    if has_cue(after.text, lang) or re.search(rf"(?<!\w)(?:{says or '$^'})(?!\w)", after.text):
        # not a group's reaction: a bare plural noun and its verb of judging ("„…“
        # Kritiker bemängelten das."; in a language whose nouns take a capital); not one
        # that tells or vows ("Kritiker sagten/bekräftigten/versprachen das.") nor an
        # adverb or pronoun first ("Später kritisierten …", "Beide …")
        group = re.match(r"\s*([A-ZÄÖÜ][a-zäöüß]+)\s+([a-zäöüß]+en)\b", after.text)
        language = languages.get(lang)
        if not (
            group is not None
            and language.capitalises_nouns
            and group.group(1).casefold() not in language.function_words
            and group.group(1).casefold() not in language.reporting.words("not_names")
            and group.group(2) in language.reporting.words("reactions")
        ):
            return True
    names = list(speakers.names_in(after.text, after.start))
    # a full name after a verb too ("Mit diesen Worten reagierte Peter Kern.")
    for m in re.finditer(rf"(?<!\w){NAME}(?:\s+{NAME})+", after.text):
        if m.group(0).split()[0].casefold() not in languages.get(lang).function_words:
            names += [m.group(0)] if (name_in(m.group(0), lang) or ("",))[0] == "name" else []
    return any(speaker is None or not same_surname(name, speaker) for name in names)


def subject_saying(
    speakers: Speakers, sentence: Sentence, before: str, after: str = ""
) -> tuple[str | None, str | None]:
    """The named subject a sentence starts with, of a quotation after a reporting verb of
    that subject ("Die Ministerin Anna Weber wies das als „Unsinn“ zurück", "Jan Smit
    bekritiseerde de 'vage plannen'"); a name said once with no first name is none, and
    so is the subject of a passive ("X wurde von Y kritisiert: „…“": Y's words, maybe) or
    of a head clause where the quotation's own clause ends in a verb of saying ("X
    sagte, Y habe von einem „…“ gesprochen": ``after`` the quotation)."""
    lang = speakers.article.lang
    who = leading_subject(before, lang)
    if who is None or not has_cue(before[len(who) :], lang) or said_last(after, lang):
        return _NONE
    who = without_relative(who, lang)  # "Die Mutter, die Jens Albers kannte, sagte": hers
    reporting = languages.get(lang).reporting
    aux, agent = reporting.passive_auxiliaries or "$^", reporting.agent or "$^"
    if re.match(rf"\s+(?:{aux})\s.*\b(?:{agent})\s", before[len(who) :]):
        return _NONE
    if re.search(rf",\s*(?:{reporting.as_told or '$^'})\s", before[len(who) :], re.I):
        return _NONE  # "X ist im Urlaub, wie ein Sprecher sagte: „…“": the clause's own subject
    name, ident = speakers.resolve_clause(who, sentence.start, None)
    if name is not None and ident is None and " " not in name and speakers.runs.mentions(name) < 2:
        return _NONE  # a name said once: maybe no name at all
    if name is not None and doubtful_who(speakers, (name, ident), who):
        return _NONE  # "X und Y sagten", "De vrouw van X zei"
    return name, ident


def colon_named(
    speakers: Speakers, sentence: Sentence, before: str
) -> tuple[str | None, str | None]:
    """The one person the words ``before`` a quotation name as their subject where they
    end in a colon and hold no quotation of their own ("Jede Schuld weist Anna Weber von
    sich: „…“"); where they name several, the one of them right after its verb, the
    others after a preposition or a role ("Während einer Rede der Abgeordneten Eva Roth
    hatte sich Karl Berger zu einem Zwischenruf hinreißen lassen: „…“"); none where two
    stand so, or for one name said once with no first name."""
    if not before.rstrip().endswith(":") or re.search(r"[„“”\"«»]", before):
        return _NONE
    found = speakers.names_in(before, sentence.start, loose=True)
    if not found:
        return _NONE
    lang = speakers.article.lang
    cited = re.search(rf"(?<!\w)(?i:{languages.get(lang).according_to or '(?!)'})\s", before)
    if cited is not None and saying_in(before[cited.end() :], lang):
        return _NONE  # "Volgens X heeft de verdachte geroepen: „…“": not X's words
    opening = before.split()[0].casefold() if before.split() else ""
    if opening in DETERMINERS.get(lang, ()) and opening not in OBJECTS.get(lang, ()):
        return _NONE  # "Die Kommandantin dankte Olaf Sieg: „…“": maybe the subject's
    subjects = [
        (name, ident)
        for name, ident in found.items()
        if (ident is not None or " " in name or speakers.runs.mentions(name) >= 2)
        and _after_verb(name, before, lang)
    ]
    if len(found) > 1 and any(" " not in name for name in found):
        return _NONE  # several, one a surname alone: maybe one person twice
    companions = "|".join(map(re.escape, COMPANIONS.get(lang, ()))) or "(?!)"
    if len(found) > 1 and any(
        re.search(rf"\b(?:{companions})\s+(?:\S+\s+){{0,2}}{re.escape(name)}\b", before)
        for name in found
    ):
        return _NONE  # "im Gespräch mit Jan Brandt": maybe Brandt's words, or both's
    if len(subjects) == 1 and _of_another(subjects[0][0] or "", before, lang):
        return _NONE  # "las X het briefje van Y voor:", "eine SMS von Y": maybe Y's words
    return subjects[0] if len(subjects) == 1 else _NONE


def _of_another(name: str, before: str, lang: str) -> bool:
    """The words ``before`` a quotation name someone else than the subject ``name`` after
    it, after "von"/"van" (or a passive's agent) and a word or two ("een brief van Piet de
    Vries", "eine SMS von Karl Berger", "een brief van zijn moeder"): whose words, maybe;
    not before it ("Na een toespraak van Marie de Vries wendde Jan Smit zich tot …:")."""
    reporting = languages.get(lang).reporting
    of = "|".join(w for w in (reporting.body_of, reporting.agent) if w) or "(?!)"
    particles = "|".join(map(re.escape, NAME_PARTICLES))
    owners = "|".join(POSSESSIVES.get(lang, ())) or "(?!)"
    other = rf"{NAME}(?:\s+(?:{particles}))*\s+{NAME}|(?i:{owners})\s+\w+"
    at = max(before.rfind(name), before.rfind(name.split()[-1])) if name else -1
    after = before[max(at, 0) :]  # the whole where the subject is written otherwise
    return any(
        m.group(1).split()[-1] not in name.split()
        for m in re.finditer(rf"(?<!\w)(?:{of})\s+(?:\S+\s+){{0,2}}?({other})", after)
    )


def _after_verb(name: str, before: str, lang: str) -> bool:
    """``name`` stands in ``before`` as the subject right after its verb ("weist Anna
    Weber", "hatte sich Weber"), not as an object after a preposition, a determiner or
    a role ("mit Anna Weber", "den Kollegen Weber", "der Abgeordneten Eva Roth")."""
    written = (name, name.split()[-1])  # as written: in full, or the surname alone
    reflexive = "|".join(map(re.escape, REFLEXIVE.get(lang, ()))) or "(?!)"
    places = (
        re.search(rf"(\S+)\s+(?:(?:{reflexive})\s+)?{re.escape(w)}\b", before) for w in written
    )
    at = next((m for m in places if m is not None), None)
    if at is None:
        return False
    word = at.group(1)
    return (
        word.islower() and word not in STOPS.get(lang, ()) and word not in DETERMINERS.get(lang, ())
    )


def named_before(
    speakers: Speakers,
    found: list[Quote],
    sentence: Sentence,
    before: str,
    rule: str,
    after: str = "",
) -> tuple[tuple[str | None, str | None], str]:
    """(speaker, rule) of a quotation with no reporting clause, from the words ``before``
    it in ``sentence``: the one person a colon clause names as its subject
    (``colon_named``), else the one whose view it is (``opinions.deemed_by``: "Darin sieht
    Anna Weber einen „…“", ``after`` it in the sentence), else the speaker of the quotation
    before where the sentence starts with a possessive ("Ihre Bilanz: „…“"); else none and
    ``rule`` as it was."""
    speaker = colon_named(speakers, sentence, before)
    if speaker[0] is not None:
        return speaker, "colon-named"
    speaker = deemed_by(speakers, sentence, before, after)
    if speaker[0] is not None:
        return speaker, "deemed"
    speaker = possessive_going_on(speakers, found, sentence.index, sentence.start, before)
    if speaker[0] is not None:
        return speaker, "possessive"
    speaker = relative_said(speakers, sentence, before, after)
    return speaker, "relative" if speaker[0] is not None else rule


def relative_said(
    speakers: Speakers, sentence: Sentence, before: str, after: str
) -> tuple[str | None, str | None]:
    """The name a relative clause hangs on, where the quotation ends that clause before
    its reporting or calling verb ("Anna Weber, die die Lage „dramatisch“ nannte, …",
    "Jan de Vries, die het plan 'onzin' noemde, …"); ``relative_subject`` decides."""
    lang = speakers.article.lang
    pronouns = languages.get(lang).reporting.relative_pronouns
    if lang not in SAY or not pronouns or not _verb_last(lang).match(after):
        return _NONE
    m = re.search(rf"^(.*\S)\s*,\s*({pronouns})\s+[^,;:„“”\"«»]*$", before)
    if m is None:
        return _NONE
    first = before[m.end(2) :].split()[:1] or [""]
    if first[0][:1].isupper() or first[0] in (*languages.get(lang).pronouns, "man", "men"):
        return _NONE  # "Lea Schmitt, die er als „…“ bezeichnete": the clause's own subject
    who = f"{m.group(1)}, {m.group(2)}"
    subject = relative_subject(who, lang)
    if subject == who:
        return _NONE
    name, ident = speakers.resolve_clause(subject, sentence.start, None)
    if name is not None and ident is None and " " not in name and speakers.runs.mentions(name) < 2:
        return _NONE  # a name said once: maybe no name at all
    return name, ident


@functools.cache
def _verb_last(lang: str) -> re.Pattern[str]:
    """A reporting or calling verb of ``lang`` that ends its clause (a comma after it) or
    its sentence ("…, die het plan 'onzin' noemde.")."""
    verbs = alternation(SAY[lang] + CALLING.get(lang, ()))
    return re.compile(rf"\s*(?:{verbs})\s*(?:[,;]|[.!?]?\s*$)")
