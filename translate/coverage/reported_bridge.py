"""Accounts that reach past the sentence they are read in. Konjunktiv I that takes up an
account again after one sentence of the outlet's own: "Anna Keller sagte, die Brücke werde
gesperrt. Der Verkehr fließt dann über die Umgehung. Die Sperrung solle bis Herbst
dauern." The reported form is the mark of someone's account, and the account the
paragraph gave last is the one it carries on. Only over one sentence, within one
paragraph, and only where the sentence between is no one else's (no quotation, no
reporting verb, no verb of a view, no source of its own, no unnamed person or body as its
subject: "Die SPD reagierte gelassen."); the sentence itself must be
Konjunktiv I proper (``own_account``), not a conditional. And the short paragraph that
"Das gab X bekannt." closes, all of it X's (``told_from``). And whether a sentence may go
on with an account at all (``goes_on``: no question; the Dutch "zou" only with the speaker
as its subject; no wish in the conditional beside an indicative).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary import languages
from translate.coverage.clause_words import CONJUNCTIONS, DETERMINERS, REPORTED
from translate.coverage.clauses import has_cue, reported
from translate.coverage.moods import subjunctive_content
from translate.coverage.portfolios import portfolios_blanked
from translate.coverage.reported_shapes import own_account
from translate.coverage.speaker_names import is_role
from translate.coverage.speakers import Speakers
from translate.coverage.unnamed_subjects import unnamed_gender
from translate.records import Article, Sentence
from translate.results import Quote

# Sentences of the outlet's own a resumed account may reach over.
GAP = 1


def resumed(
    article: Article,
    sentence: Sentence,
    last: Quote | None,
    spans: Sequence[tuple[int, int]],
    found: Sequence[Quote],
    sources: str,
) -> tuple[str, str | None] | None:
    """(speaker, speaker id) of ``last``, the statement with a speaker that ends last
    before ``sentence``, where ``sentence`` takes its account up again over exactly
    ``GAP`` sentences of the outlet's own in the same paragraph; else None. ``sources``: an
    alternation of the words that give a sentence a source of its own (reporting verbs,
    "laut", "zufolge")."""
    if last is None or last.speaker is None:
        return None
    lang = article.lang
    ended = last.last_sentence or last.sentence
    if sentence.index - ended != GAP + 1 or not own_account(sentence.text, lang):
        return None
    between = [s for s in article.sentences[ended + 1 : sentence.index] if ended < s.index]
    if len(between) != GAP or "\n" in article.text[last.end : sentence.start]:
        return None  # a new paragraph: a new account, maybe
    # a view of someone's between ("Die Opposition sieht das anders."): theirs, maybe
    reporting = languages.get(lang).reporting
    views = "|".join(w for w in (reporting.deems, reporting.reactions) if w) or "$^"
    for other in between:
        text = other.text
        if (
            has_cue(text, lang)
            or re.search(rf"(?<!\w)(?:{views})(?!\w)", text)
            or reported(text, lang)  # an account of its own, or a conditional
            or re.search(rf"(?<!\w)(?:{sources})(?!\w)", text)
            or re.search(r"[„“”\"«»]", text)
            or any(a < other.end and b > other.start for a, b in spans)
            or any(q.sentence == other.index for q in found)
            or text.rstrip().endswith("?")
            or unnamed_gender(text, lang) is not None  # "Ein SPD-Sprecher reagierte gelassen."
        ):
            return None  # someone else's, maybe
    return last.speaker, last.speaker_id


# Sentences before "Das gab X bekannt." that its "Das" may take in, beside the one before it.
TOLD_BACK = 2


def told_from(
    article: Article,
    sentence: Sentence,
    spans: Sequence[tuple[int, int]],
    found: Sequence[Quote],
    sources: str,
) -> Sentence:
    """The first sentence of what "Das gab X bekannt." after ``sentence`` tells: the
    sentences of the outlet's own that open its paragraph and run up to it ("Die A1 wird
    ausgebaut. Die Maut zahlt dafür. Das gab X bekannt.": both), at most ``TOLD_BACK``
    before it; else ``sentence`` itself. Only where the paragraph starts there (a
    paragraph's account, not the tail of a longer one) and none of them has a source,
    a quotation or reported speech of its own."""
    lang = article.lang
    run = [sentence]
    for other in reversed(
        article.sentences[max(0, sentence.index - TOLD_BACK - 1) : sentence.index]
    ):
        if "\n" in article.text[other.end : run[-1].start]:
            break  # the paragraph starts with run[-1]
        text = other.text
        if (
            len(run) > TOLD_BACK
            or has_cue(text, lang)
            or re.search(rf"(?<!\w)(?:{sources})(?!\w)", text)
            or re.search(r"[„“”\"«»]", text)
            or any(a < other.end and b > other.start for a, b in spans)
            or any(q.sentence == other.index for q in found)
            or text.rstrip().endswith("?")
        ):
            return sentence  # not the paragraph's start, or someone else's account
        run.append(other)
    start, end = run[-1].start, sentence.end
    return Sentence(run[-1].index, article.text[start:end], start, end)


def own_cue(text: str, cues: str, lang: str, adjacent: bool = False) -> bool:
    """``text`` holds a verb of ``cues``, a clause of someone's saying of its own; right
    after a speaker's words (``adjacent``), not a participle ending a sentence in
    Konjunktiv I ("„…“, sagte X. Man habe mehr erwartet.", "Der Vorstand habe die
    Belegschaft zu spät informiert."): the perfect of X's account going on, its weak
    participle spelt as a present's third person."""
    for m in re.finditer(rf"(?<!\w)(?:{cues})(?!\w)", text):
        ending = re.fullmatch(r"\s*[.!?]?\s*", text[m.end() :])
        if not (adjacent and ending and reported(text[: m.start()], lang)):
            return True
    return False


def goes_on(text: str, lang: str, speaker: str) -> bool:
    """``text`` may go on with ``speaker``'s account: no question, and where its only
    reported form is the language's ``hearsay_forms`` (the Dutch "zou"), its subject is the
    speaker or a pronoun or an expletive ("Hij zou …", "Jansen zou …", "Er zou …"; not
    "De oppositie zou dat betwijfelen")."""
    if text.rstrip(' "“”»').endswith("?") or own_teller(text, lang):
        return False
    if _narrated(text, lang):
        return False
    reporting = languages.get(lang).reporting
    hearsay = reporting.words("hearsay_forms")
    forms = re.findall(rf"(?<!\w)(?:{REPORTED.get(lang) or '$^'})(?!\w)", text)
    if any(f.casefold() not in hearsay for f in forms) or subjunctive_content(text, lang):
        return True  # or a Konjunktiv I the lists lack ("Probleme bereite …")
    parts = re.split(rf"(?<!\w)(?:{'|'.join(hearsay) or '$^'})(?!\w)", text, maxsplit=1)
    before, after = parts[0].split(), (parts[1].split() if len(parts) > 1 else [])
    pronouns = reporting.words("hearsay_subjects")
    return (
        (len(before) == 1 and before[0].casefold() in pronouns)  # "Hij zou …"
        or (bool(after) and after[0].casefold() in pronouns)  # "Daarom zou hij …"
        or speaker.split()[-1] in before
    )


def own_teller(text: str, lang: str) -> bool:
    """``text`` ends in a teller of its own set off by a comma: a verb, a determiner and a
    noun, maybe one word after ("Ob …, wollte ein Journalist wissen.", "…, befand das
    Gericht.", "…, oordeelde de rechter."): their account, not one going on from before."""
    reporting = languages.get(lang).reporting
    dets = "|".join(DETERMINERS.get(lang, ())) or "$^"
    m = re.search(rf",\s+(\w+)\s+(?i:{dets})\s+\w+(?:\s+[^\W\d]+)?\s*[.!]?\s*$", text)
    opens = {*reporting.words("subordinate"), *reporting.words("relative"), *DETERMINERS[lang]}
    opens |= {*reporting.words("that"), *CONJUNCTIONS.get(lang, ())}  # "…, weil die Firma …"
    return m is not None and m.group(1)[:1].islower() and m.group(1).casefold() not in opens


def hearsay_only(text: str, lang: str) -> bool:
    """``text``'s only reported forms are the language's ``hearsay_forms`` (the Dutch
    "zou"), with no Konjunktiv I of another verb: at a new paragraph that is the outlet's
    own hearsay ("… zei dat … .\n\nHij zou in 2019 al hebben geweten."), no account
    going on."""
    hearsay = languages.get(lang).reporting.words("hearsay_forms")
    forms = re.findall(rf"(?<!\w)(?:{REPORTED.get(lang) or '$^'})(?!\w)", text)
    return (
        bool(forms)
        and all(f.casefold() in hearsay for f in forms)
        and not subjunctive_content(text, lang)
    )


def _narrated(text: str, lang: str) -> bool:
    """``text``'s only reported form is a conditional that stands in for no Konjunktiv I
    ("hätte", "wäre") and it has a perfect's auxiliary in the indicative too ("Er hätte
    gerne Kritiker eingeladen, hatte aber keine gefunden."): the outlet's own, a wish
    that was not met, no account going on."""
    reporting = languages.get(lang).reporting
    if not reporting.words("stand_ins"):
        return False  # Dutch "Hij zou de Kamer hebben ingelicht.": the account's
    conditional = set(reporting.words("conditional")) - set(reporting.words("stand_ins"))
    forms = re.findall(rf"(?<!\w)(?:{REPORTED.get(lang) or '$^'})(?!\w)", text)
    indicative = "|".join(languages.get(lang).perfect_auxiliaries) or "$^"
    return (
        bool(forms)
        and all(f.casefold() in conditional for f in forms)
        and re.search(rf"(?<!\w)(?:{indicative})(?!\w)", text) is not None
    )


def teller(
    speakers: Speakers, rows: Sequence[Quote], first: Sentence, sentence: Sentence
) -> tuple[str, str | None, Sentence] | None:
    """Who a pronoun is that says the sentences ``first`` to ``sentence`` were told ("…
    . Dat zei ze woensdag."): the one speaker of the quotations and accounts from the
    sentence before ``first`` on; where there are none, the one person the article named
    up to ``sentence``, only where it or the one before names them, and then the row is
    ``sentence`` alone; else None (two people: not sure which). (name, id, first sentence
    of the row)."""
    about = [q for q in rows if first.index - 1 <= q.sentence <= sentence.index]
    if any(q.speaker is None for q in about):
        return None  # "de politie …": someone unnamed spoke too
    near = {(q.speaker, q.speaker_id) for q in about if q.speaker is not None}
    if near:
        return (*near.pop(), first) if len(near) == 1 else None
    named, last = _named_up_to(speakers)[sentence.index]
    if len(named) != 1 or last < sentence.index - 1:
        return None  # "Anna Berg … . Die Polizei ermittelt. Die Brücke … . Das sagte sie."
    return (*next(iter(named.items())), sentence)


def _named_up_to(speakers: Speakers) -> list[tuple[dict[str, str | None], int]]:
    """For each sentence, the people the article named up to its end, at most two (the
    first two: more is as unsure as two), and the last sentence up to it naming someone
    (-1: none); computed once an article: each sentence read with the one before it,
    whose last words tell whether a name is one."""
    cached: list[tuple[dict[str, str | None], int]] | None = getattr(speakers, "_named_up_to", None)
    if cached is not None:
        return cached
    article = speakers.article
    # a role opening a sentence in lower case ("Minister Karin de Vries …"), so its name
    # is counted; the same length, so the offsets hold
    text = list(article.text)
    for s in article.sentences:
        word = s.text.split()[0] if s.text.split() else ""
        if is_role(word, article.lang) and s.text.startswith(word):
            text[s.start] = text[s.start].lower()
    lowered = portfolios_blanked("".join(text), article.lang)  # "minister van Energie X"
    named: dict[str, str | None] = {}
    result: list[tuple[dict[str, str | None], int]] = []
    last = -1
    for i, s in enumerate(article.sentences):
        if len(named) < 2:
            start = article.sentences[i - 1].start if i else 0
            chunk = lowered[start : s.end]
            found = speakers.names_in(chunk, start, since=s.start - start)
            last = i if found else last
            for name, ident in found.items():
                named.setdefault(name, ident)
        result.append((dict(list(named.items())[:2]), last))
    speakers._named_up_to = result  # type: ignore[attr-defined]
    return result
