"""Reported speech: what an article says someone said without quoting them ("Peskov sagte,
es gebe keine Pläne", "…, zegt Dmitri Peskov", "Volgens Peskov heeft Poetin …", "Dem
Kreml zufolge …"), as quotations of kind ``reported``: the reported content's span in the
original, its speaker by the same rules as a quotation's (a name or none: precision
first), its cue, and the English of the sentence that holds it. Pages label it as the
outlet's paraphrase, never as the person's words.

Sentences with quotation marks are the quotations' (``translate.coverage.quotations``); a
German sentence in Konjunktiv I with no clause of its own right after reported speech
carries it on, with its speaker. The words that open the content ("dass", "dat") and
make a sentence someone's account ("laut", "volgens", "zufolge") are the language's
(``glossary.languages``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from glossary import Glossary, languages
from translate.coverage.according import according_clause, object_pronoun
from translate.coverage.cited_authors import cited_subject, quotes_another
from translate.coverage.clause_words import (
    CALLING,
    CITED,
    CITED_VERB,
    DETERMINERS,
    SAY,
    auxiliaries,
)
from translate.coverage.clauses import has_cue, reported, reporting_clause
from translate.coverage.epithets import named_body
from translate.coverage.examples import example_subject, examples_account
from translate.coverage.genders import other_gender
from translate.coverage.latest import Latest
from translate.coverage.moods import subjunctive_content
from translate.coverage.object_runs import run_subject
from translate.coverage.reported_bridge import goes_on, hearsay_only, own_cue, resumed, told_from
from translate.coverage.reported_calls import called_on
from translate.coverage.reported_denials import opposed_content, rejected_claim, unsaid
from translate.coverage.reported_english import (
    MIN_WORDS,
    SAME_STATEMENT,
    alternation,
    reported_with_english,
    same_statement,
)
from translate.coverage.reported_infinitive import infinitive_account
from translate.coverage.reported_names import (
    names_another,
    opener_of,
    passive_account,
    same_subject,
    second_clause,
    speaker_at_end,
)
from translate.coverage.reported_quoted import own_words, quotation_s, unquoted
from translate.coverage.reported_replies import bare_reply
from translate.coverage.reported_rows import quote_row, same_person, told_before
from translate.coverage.reported_shapes import (
    NAME,
    adverb_clause,
    after_conjunction,
    apposition,
    before_tail,
    colon_clause,
    content_follows,
    correlated,
    he_says,
    inverted_subject,
    negated_tail,
    object_first_subject,
    own_account,
    perfect_clause,
    shared_subject,
)
from translate.coverage.reported_subjects import (
    according_noun,
    asked_whether,
    grounds_account,
    own_say,
    relative_subject,
    subordinate_account,
    told_after,
    told_back,
)
from translate.coverage.speaker_checks import a_name
from translate.coverage.speaker_names import name_in, plain_determiner
from translate.coverage.speakers import Speakers
from translate.coverage.who_words import of_a_thing
from translate.records import Article, Sentence
from translate.results import Quote

# A dateline of a city alone in capitals before a dash ("BERLIN - ", "FRANKFURT/MAIN – ")
_DATELINE = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ./\- ]*[A-ZÄÖÜ.]\s+[-–—]\s+")


def reported_of(
    article: Article, glossary: Glossary | None = None, quotes: Sequence[Quote] = ()
) -> list[Quote]:
    """The reported speech of ``article``'s body, in order, with its speaker where sure.
    ``quotes``: the article's quotations (``quotes_of``): their words are no paraphrase,
    and a pronoun's speaker is the one of the sentence before, reported or quoted."""
    lang = article.lang
    if lang not in SAY:
        return []
    words = languages.get(lang).reporting
    says = alternation(SAY[lang] + words.words("reports"))
    that = alternation(words.that) or "$^"
    according = alternation(words.according) or "$^"
    after_by = alternation(words.according_after) or "$^"
    relative = alternation(words.relative) or "$^"
    as_told = alternation(words.as_told) or "$^"
    perfect_said = words.perfect_said or "$^"
    told_says = alternation(words.words("told_says")) or "$^"  # no "Das kritisierte X."
    plural = words.plural_says or "$^"
    speakers = Speakers(article, glossary)
    spans = [(q.start, q.end) for q in quotes]
    found: list[Quote] = []
    latest = Latest(quotes, found)
    before: Sentence | None = None
    told_at: dict[int, int] = {}  # a statement told back ("Dies bestätigte X."): that sentence
    for sentence in article.sentences:
        text = sentence.text
        hit = _read(text, lang, says, that, according, after_by, relative, as_told)
        hit = hit or examples_account(text, lang, says, that)  # "Kritiker wie X bezweifeln"
        if hit is None:
            colon = colon_clause(text, lang, says) or perfect_clause(text, lang, that)
            hit = (colon[0], len(text), colon[1], colon[2]) if colon is not None else None
        if hit is None:
            hit = subordinate_account(text, lang) or passive_account(text, lang, that)
        if hit is None:
            hit = (
                asked_whether(text, lang)
                or own_say(text, lang)
                or grounds_account(text, lang, that)
                or told_after(text, lang, says)
                or infinitive_account(text, lang)  # "Twitter zegt naar de rechter te stappen"
                or called_on(text, lang)  # "X roept jongeren op om te gaan stemmen"
            )
        nobody = according_noun(text, lang) if hit is None else None  # "Volgens de politie"
        hit = hit or nobody
        before_it, before = before, sentence
        told = told_back(text, lang, told_says) if hit is None else None
        if told is not None and before_it is not None:
            sources = f"{says}|{perfect_said}|(?i:{according})|{after_by}"
            told_in = told_from(article, before_it, spans, found, sources)
            rows = len(found)
            told_before(article, speakers, before_it, told, quotes, found, told_in)
            # the row it made, no row before it ("X sagte, … . Das bestätigte ein Sprecher.")
            teller_row = found[-1] if len(found) > rows else None
            others = speakers.names_in(text, sentence.start)
            if (
                teller_row is not None
                and teller_row.speaker is not None
                and all(same_person(n, teller_row.speaker) for n in others)
            ):
                told_at[teller_row.start] = sentence.index  # "Das sagte X." ends X's turn
            continue
        last = latest.before(sentence.index)
        speaker: tuple[str | None, str | None] = (None, None)
        if hit is None:
            # Konjunktiv I going on from the sentence before, with its speaker (``reported``)
            adjacent = (
                last is not None
                and last.speaker is not None
                and (last.last_sentence or last.sentence) == sentence.index - 1
            )
            # or, after a pronoun of one person ("Sie sei …"), from a sentence of a reporting
            # verb with no content whose subject is one named person ("X äußerte sich …")
            opener = (
                (last.speaker, last.speaker_id)
                if adjacent and last is not None and last.speaker is not None
                else opener_of(speakers, before_it, spans, found, says)
                if he_says(text, lang)
                # or, a sentence in Konjunktiv I proper ("Die Lage sei ernst."), from one
                # whose subject is one named person and whose verb reports ("X bedauerte …")
                else opener_of(speakers, before_it, spans, found, f"{says}|{perfect_said}", False)
                if own_account(text, lang, conditional=True)
                else None
            )
            if opener is None and not adjacent and own_account(text, lang):
                # whatever its verb ("X ist besorgt. Die Lage sei ernst."), naming no one else
                opener = opener_of(speakers, before_it, spans, found, says, any_verb=True)
            if opener is None and not adjacent:  # "X teilte mit, … . <own> . Es sei …"
                sources = f"{says}|{perfect_said}|(?i:{according})|{after_by}"
                opener = resumed(article, sentence, last, spans, found, sources)
            # a new paragraph naming another person ("X sagte, … .\n\nY will prüfen, ob …
            # solle"): theirs, maybe, not X's account carried on
            crossed = (
                adjacent
                and before_it is not None
                and "\n" in article.text[before_it.end : sentence.start]
            )
            if (
                opener is not None
                and (crossed or not adjacent)
                and names_another(speakers, sentence, opener, subject_only=adjacent)
            ):
                opener = None  # "Von Y liegt die Äußerung vor, er werde …": Y's, maybe
            if opener is not None and crossed and hearsay_only(text, lang):
                opener = None  # "\n\nHij zou al hebben geweten.": the outlet's hearsay
            if opener is not None and not goes_on(text, lang, opener[0]):
                opener = None  # "… . De oppositie zou dat betwijfelen.", "Wat zou jij doen?"
            if (
                opener is not None
                and (reported(text, lang) or subjunctive_content(text, lang))
                and not has_cue(text, lang)  # a clause of its own: someone else's, maybe
                # "heißt es", "glaubt", "war den USA vorgeworfen worden"
                and not own_cue(text, f"{says}|{perfect_said}", lang, adjacent)
                # a source of its own ("laut der Polizei", "nach Angaben der X"; not
                # "nach dem Rücktritt", a time)
                and not re.search(rf"(?<!\w)(?i:{according})(?!\w)", text)
                and own_words(sentence, quotes, opener[0], lang)
                and len(text.split()) >= MIN_WORDS
            ):
                going_on = quote_row(article, sentence, 0, len(text), *opener, None, None)
                if adjacent and last is not None and found and found[-1] is last:
                    # the same statement, one more sentence: one row over both
                    found[-1] = dataclasses.replace(
                        last,
                        end=going_on.end,
                        source_text=article.text[last.start : going_on.end],
                        last_sentence=sentence.index,
                    )
                else:
                    found.append(going_on)
            continue
        # "X sagte, …, doch Y erklärte, …": two statements, each with its speaker
        second = second_clause(text, hit[0], hit[1], lang, says, that)
        hits = [hit] if second is None else [(*hit[:1], second[0], *hit[2:]), second[1]]
        for start, end, who, cue in hits:
            whole = start == 0
            if whole and sentence.index == 0 and (line := _DATELINE.match(text)) is not None:
                start = line.end()  # "BERLIN - „Ja“, sagte X": a dateline is nobody's words
            if len(text[start:end].split()) < MIN_WORDS:
                continue
            a0 = sentence.start + start
            if quotation_s(text[start:end], a0, spans, lang, whole=whole):
                continue  # the quotation's words, not a paraphrase
            at = sentence.start + start
            recent = (
                (last.speaker, last.speaker_id)
                if last is not None
                and last.speaker is not None
                and sentence.index - told_at.get(last.start, last.last_sentence or last.sentence)
                <= 1
                else None
            )
            who = example_subject(relative_subject(plain_determiner(who, lang), lang), lang, text)
            who = run_subject(who, text, lang, speakers.find) or ""  # "rief X Y auf"
            who = cited_subject(who, text[:start], lang)  # "X erinnerte an die Worte von Y, …"
            if nobody is not None:  # a noun of who tells ("de politie"): no name to resolve
                body = named_body(who, lang)  # "aldus het ministerie van Defensie": that body
                found.append(quote_row(article, sentence, start, end, body, None, who or None, cue))
                continue
            # "laut dem Magazin „Nature“": the title, not "Magazin Nature"
            titled = re.search(r"\w\s+„[^„“]+“$", who) is not None
            speaker = speaker_at_end(speakers, who, at, lang) if titled else (None, None)
            if speaker[0] is None and not of_a_thing(who, lang):  # "De zoon van X zegt"
                speaker = speakers.resolve_clause(who, at, recent)
            if speaker[0] is None:  # "der Weltverband FIFA", "die SPD-Fraktion"
                speaker = speaker_at_end(speakers, who, at, lang, cue)
            if speaker[0] is None and recent is not None and object_pronoun(who, lang):
                speaker = recent  # "'…', zei X. Volgens hem …": X, as "zei hij" would be
            if speaker[0] and speaker == recent and last is not None and object_pronoun(who, lang):
                # "'…', zei X tegen Y. Volgens hem …": Y, maybe; not sure, no one
                said = article.sentences[last.sentence].start
                others = speakers.names_in(since := article.text[said:at], said, loose=True)
                # "ministerie van Buitenlandse Zaken": a body's name, no one else
                body = f"(?i:{words.bodies or '$^'})\\s+(?:{words.body_of or '$^'})\\s+"
                others = {
                    n: i for n, i in others.items() if not re.search(body + re.escape(n), since)
                }
                if any(n.split()[-1] != speaker[0].split()[-1] for n in others):
                    speaker = (None, None)
            if speaker[0] is None and recent is None and before_it is not None:
                pronoun = name_in(who, lang)
                if (pronoun is not None and pronoun[0] == "pronoun") or object_pronoun(who, lang):
                    # "Stolpe setzt auf … Er sagte, dass …": the name the sentence before
                    # starts with, where it names no one else
                    speaker = speakers.subject_of(before_it, alone=True) or (None, None)
                    content = unquoted(text[start:end], a0, spans)  # not „Coole Zonen“
                    named = speakers.names_in(content, a0) if start == 0 else {}
                    # "X en zijn collega Y hielden …": two people in the subject
                    named |= speakers.names_in(before_it.text, before_it.start)
                    if speaker[0] and any(n.split()[-1] != speaker[0].split()[-1] for n in named):
                        speaker = (None, None)  # "Dat verwacht X. '…', zegt ze": X, or before?
                    if speaker[0] and last is not None and last.speaker not in (None, speaker[0]):
                        speaker = (None, None)  # "'…', zei X. Y kwam later. Volgens hem …"
            if name_in(who, lang) == ("pronoun", who) and re.fullmatch(plural, cue or "", re.I):
                speaker = (None, None)  # "…, zeggen ze", "sagen sie": no one person
            if other_gender(speaker[0], who, lang):
                speaker = (None, None)  # "'…', zei Jan Smit. … volgens haar …", "Hij zei": not him
            if speaker[1] is None and (
                (speaker[0] is not None and not a_name(speaker[0], lang))
                or (
                    speaker[0] is not None
                    and re.match(rf"(?i:{words.indefinite or '$^'})\s+{re.escape(speaker[0])}", who)
                )
            ):
                speaker = (None, None)  # "ein Londoner Gericht": no name ("ein Sprecher der X": X)
            if quotes_another(speaker[0], a0, sentence.start + end, quotes, spans, article.text):
                speaker = (None, None)  # "X fragte Y: „…?“ „…“, antwortete Y."
            found.append(quote_row(article, sentence, start, end, *speaker, who or None, cue))
    return [row for row in found if not unsaid(article, row)]  # "X sagte nicht, dass …"


def _read(
    text: str,
    lang: str,
    says: str,
    that: str,
    according: str,
    after_by: str,
    relative: str,
    as_told: str = "$^",
) -> tuple[int, int, str, str] | None:
    """(content start, content end, words naming who, cue) of a sentence of reported
    speech, or None ("Wie X feststellte, ist dies …", "Zoals Jan de Vries meldde, is …")."""
    # (a name in quotation marks among the words: "Wie die Zeitung „The Guardian“ berichtete")
    # or a participle and its auxiliary ("Wie X bekanntgegeben hat", "Zoals X heeft gezegd")
    quoted = r"„[A-ZÄÖÜ][^„“”\"]{0,40}[“”]"
    aux = auxiliaries(lang)
    perfect = rf"(?:(?:{aux})\s+)?({languages.get(lang).reporting.perfect_said or '$^'})"
    m = re.match(
        rf"\s*(?:{as_told})\s+((?:[^;:„“\"]|{quoted}){{1,100}}?)\s+"
        rf"(?:{perfect}(?:\s+(?:{aux}))?|(\w*?(?:{says})))\s*,\s*(?=\w)",
        text,
    )
    if m is not None and (
        m.group(1)[0].isupper()
        or m.group(1).split()[0].casefold() in DETERMINERS.get(lang, ())
        or re.fullmatch(r"„[A-ZÄÖÜ][^„“]{1,40}“", m.group(1)) is not None  # „Spiegel Online“
    ):  # someone ("Wie X …", "Wie ein Sprecher …"), not "Wie bereits berichtet"
        return m.end(), len(text), m.group(1), m.group(2) or m.group(3)
    # "Sein Rivale, so Obama weiter, würde …": the account set off inside the sentence (a
    # short quotation after it its part, "Sie solle, so X, „…“ begrenzen"; none before it)
    m = re.search(rf",\s+(so|aldus|zo)\s+({NAME})(?:\s+[a-zäöü]+)?\s*,\s+(?=[\w„])", text)
    in_quotes = sum(len(q) for q in re.findall(r"„[^„“]*“", text))
    if m is not None and not re.search(r"[„“”\"]", text[: m.start()]) and in_quotes * 2 < len(text):
        return 0, len(text), m.group(2), m.group(1)
    # "…, zegt Dmitri Peskov." / "…, aldus de minister." / "…, sagte Peskov."
    calling = alternation(CALLING.get(lang, ())) or "$^"
    for tail in reversed(list(re.finditer(rf",\s+(?:{says}|aldus|so|zo)\s+(?=[\w])", text))):
        clause = reporting_clause("", text[tail.start() :], lang)
        if (
            clause is not None
            # "X, der …, sagte Reportern, dass …": the verb's own content follows
            and not re.match(rf"(?:[^,;:]*,)?\s*(?:{that})\b", text[tail.end() :])
            and before_tail(text[: tail.start()], lang)
            # "Die Mönche, …, beschrieb die Agentur als „…“": what it calls them, no account
            and not re.match(rf",\s+(?:{calling})\b", text[tail.start() :])
            and not adverb_clause(text[tail.start() :], lang, says)  # ", so wurde der Hafen …"
            and not negated_tail(text[tail.end() :], lang)  # "Warum …, sagte X nicht."
        ):
            whole = text[tail.end() :].strip(" .")  # "aldus het ministerie van Defensie"
            who = whole if named_body(whole, lang) else clause.who
            return 0, tail.start(), who, clause.cue or ""
        break
    # "Volgens Peskov heeft Poetin …", "Laut Rjabkow gebe es …", "… wäre laut IGDRB …"
    account = according_clause(text, lang, according, relative)
    if account is not None:
        return account
    # "Dem Kreml zufolge …", "Peskov zufolge gebe es …"
    m = re.search(rf"(?<!\w)((?:(?:dem|der|den)\s+)?{NAME})\s+({after_by})\b[\s,]*", text)
    if m is not None:
        start = m.end() if not text[: m.start()].strip() else 0
        return start, len(text), m.group(1), m.group(2)
    # "Peskov sagte, es gebe …", "Psaki zei dat …", "Am Montag sagte Peskov, dass …"
    m = re.match(
        rf"\s*((?:[^;:]|(?<=\d):(?=\d\d)){{2,160}}?)\s+({says}|{correlated(lang, that)})\b"
        rf"([^,;:]{{0,80}}?)"
        rf"(?:,\s*|\s+(?=(?:{that})\b))",
        text,  # a colon between digits is a time ("Um 10:05 Uhr meldete …"), no clause
    )
    if m is not None:
        rest = text[m.end() :]
        first = after_conjunction(m.group(1), lang)  # "Maar Blinken maakte …": Blinken first
        opened = re.match(rf"(?:{that})\b", rest) is not None
        calls = languages.get(lang).calls or "$^"
        if re.fullmatch(rf"(?:{calls})", m.group(2)):
            # "X nannte vier Bedingungen dafür, dass …": no account; "X bezeichnete sie
            # als Fehler und glaubt, dass …": the second verb's, X's
            return same_subject(text, m.start(2), first, lang, says, that)
        auxiliary = auxiliaries(lang)
        in_perfect = (
            perfect_clause(text, lang, that)
            if re.search(rf"(?<!\w)(?:{auxiliary})(?!\w)", first)
            else None
        )
        if in_perfect is not None:  # "Am Freitag hatte X … erklärt, dass …": a participle
            return in_perfect[0], len(text), in_perfect[1], in_perfect[2]
        named = apposition(rest, lang, that)
        if named is not None:
            # "Jetzt gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass …"
            inverted = inverted_subject(first, m.group(3), lang)
            if inverted is None or not named[2]:
                return None  # the comma sets off a name: no content starts there
            return m.end() + named[1], len(text), f"{inverted}, {named[0]}", m.group(2)
        between = text[m.end(2) : m.end()]
        if opened or (
            "," in text[m.end(3) : m.end()] and content_follows(rest, lang, m.group(2), between)
        ):
            # "Wang sagte laut Staatsmedien, …": the medium cited, the verb's subject speaks
            cited_by = re.match(rf"\s*(?i:{according})\s", m.group(3)) is not None
            head = after_conjunction(text[: m.end(2 if cited_by else 3)], lang)
            clause = reporting_clause(head.rstrip() + ":", "", lang)
            if clause is None and "," in first:
                return None  # a clause of its own before the verb: whose verb is not sure
            who = clause.who if clause is not None else first
            if clause is None:
                who = inverted_subject(first, m.group(3), lang) or who
            who = who if (shared := shared_subject(text[: m.end()], lang)) is None else shared
            # "Der Anwalt, der Paul Kern vertritt, sagte, …": the relative clause names no speaker
            relatives = languages.get(lang).reporting.relative_pronouns or "$^"
            # verb-final; not "Die Sprecherin, die frühere Journalistin Anna Weber, …"; the
            # subject's words too ("De advocaat, die Piet Jansen bijstaat, zei": not his)
            relative = rf"^([^,]+?),\s*(?i:{relatives})\s(?:[^,]*\s)?[a-zäöüß]\w*,?\s*$"
            held = re.match(relative, first.strip())
            who = held.group(1) if held is not None else re.sub(relative, r"\1", who)
            asked = languages.get(lang).reporting.request_verbs or "$^"
            if re.fullmatch(rf"(?:{asked})", m.group(2)):
                # "Der Minister wirft Paul Kern vor, …": who is accused follows the verb
                who = object_first_subject(first, m.group(3), lang, m.group(2)) or ""
            cited = re.match(rf"\s*([^,]+?)\s+(?:{CITED[lang] or '$^'})\s", first)
            if cited is not None and re.fullmatch(rf"(?:{CITED_VERB[lang] or '$^'})", m.group(2)):
                who = cited.group(1)  # "X wird von Reuters mit den Worten zitiert, …": X's
            if opposed_content(m.group(2), m.group(3), lang):
                return None  # "X protestierte dagegen, dass …": what X opposes, no account
            if not opened and bare_reply(m.group(2), m.group(3), rest, who, lang):
                return None  # "X legte ein Tor auf, Y traf zum 1:0": no verb of saying
            if rejected_claim(m.group(2), m.group(3), lang):
                who = ""  # "X wies den Vorwurf zurück, er habe …": the claim's, not X's
            cue = m.group(2)
            if not re.fullmatch(rf"(?:{says})", cue):  # "geht … davon aus": the words too
                cue = f"{cue}{m.group(3)}".strip()
            return m.end(), len(text), who, cue
    return None


__all__ = [
    "MIN_WORDS",
    "SAME_STATEMENT",
    "reported_of",
    "reported_with_english",
    "same_statement",
]
