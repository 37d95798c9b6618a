"""The first reader of reporting clauses (written from Dutch news): the speaker's words
just after a quotation (", aldus X."), just before it ("sagte X:"), or the subject of a
verb of calling; ``translate.coverage.clauses`` is the second. ``quotations`` tries them
in the order the language's ``Reporting.phrase_reader_first`` says.
"""

from __future__ import annotations

import re

from glossary import languages
from translate.coverage.callers import calling_subject
from translate.coverage.clause_words import saying_in
from translate.coverage.portfolios import without_portfolio
from translate.coverage.speaker_limits import restricted
from translate.coverage.speaker_names import NAME as _NAME
from translate.coverage.speakers import shared_words


def speaker_phrase(after: str, before: str, lang: str) -> str | None:
    """The speaker's words of a reporting clause: just after the quotation, ending its
    sentence (", aldus X."), just before it, or the subject of a verb of calling."""
    language = languages.get(lang)
    if not language.say_verbs:
        return None  # no reporting verbs known (English)
    says, by, shared = language.say_verbs, language.according_to, shared_words()
    after, before = without_portfolio(after, lang), without_portfolio(before, lang)
    m = re.match(rf"\W*(?:{says})\s+(.+)", after, re.IGNORECASE)
    if m is None:
        m = re.match(rf"\W*(?:{by})\s+(.+)", after, re.IGNORECASE)
    # "X, der die Lage „…“ nannte, forderte Hilfe": the verb ends a clause of its own,
    # whose subject said it, not the words after the next verb
    own_verb = re.match(rf"\W*(?:{says}|{language.calls})\s*[,;]", after)
    if m is None and own_verb is None:
        m = re.search(rf",\s+(?:{says}|{by})\s+([^,\"„“”]+?)(?:,[^\"„“”]*)?[.!?]?\s*$", after)
        caller = calling_subject(m.group(1), before, after, lang) if m is not None else None
        if caller is not None:
            return caller  # "X noemt het „…“ en gaat in beroep, aldus Y": X's words
    if m is not None:
        first = m.group(1).split()[:1]
        if first and first[0].casefold() in language.pronouns:
            return first[0]  # "sagte er zu Peter Hansen": the pronoun, then whom told
        return _cut(restricted(m.group(1), lang))  # not "de agent die X aanhield"
    m = re.search(rf"(?:^|[\s,])(?:{says})\s+([^,.!?:\"„“”]{{2,60}}?)\s*:\s*$", before)
    if m is not None:
        return _cut(restricted(m.group(1), lang))
    by_first = re.match(rf"\s*(?:{by})\s", before, re.IGNORECASE)
    if ("," in before or by_first) and said_last(after, lang):
        # "X sagte, Y habe von einem „…“ gesprochen", "Laut X hat Y von einem „…“
        # gesprochen": Y's words, not X's
        return None
    if re.search(rf"\b(?:{language.said_verbs})\W*$", after):
        # The verb at the end: "Layton hatte … eine „…“ verlangt", "Peskov heeft het
        # 'fictie' genoemd": the subject the sentence starts with.
        m = re.match(rf"\s*((?:{_NAME} )*{_NAME}) (?:{shared.perfect})\b", before)
        if m is not None and not {w.casefold() for w in m.group(1).split()} & shared.not_names:
            return m.group(1)
    m = re.search(
        rf"\b(?:{says})\s+({'|'.join(sorted(language.pronouns))})\b[^.!?\"„“]*$",
        before,
        re.IGNORECASE,
    )
    if m is not None:
        return m.group(1)  # "In een interview zei hij dat …"
    m = re.match(rf"\s*(.{{2,80}}?)\s+(?:{language.calls})\b", before)
    if m is not None and "," not in m.group(1):
        return m.group(1).strip()
    m = re.search(
        rf"(?:^|(?<!\b[A-Z])(?<!\bJr|\bSr|\bDr)[.!?]\s+|\(\w+\)\s+-\s+)"
        rf"((?:[^.!?]|(?<=\b[A-Z])\.|(?<=\bJr|\bSr|\bDr)\.){{2,120}}?)\s+(?:{says})\b[^.!?\"„“]*[:,]?\s*$",
        before,
    )
    if m is not None and not _relative_after(before[m.end(1) :], lang):
        return m.group(1).strip(" ,")
    m = re.search(
        rf"(?:^|\s)(?:{by})\s+([^,.!?]{{2,120}}?)(?:\s+(?:{shared.subject_verbs})\b|,)",
        before,
        re.IGNORECASE,
    )
    if m is not None and saying_in(before[m.end(1) :], lang):
        return None  # "Volgens X heeft Y gezegd: „…“": Y's words, not X's
    return m.group(1).strip() if m else None


def _relative_after(words: str, lang: str) -> bool:
    """``words`` between a subject's verb and a quotation open a relative clause, which
    the quotation is in ("Wilders reageerde op Timmermans, die hem 'een gevaar' noemde":
    Timmermans's words, not Wilders's); not before a colon ("zei tegen X, die …:")."""
    pronouns = languages.get(lang).reporting.relative_pronouns
    return bool(pronouns) and bool(
        re.search(rf",\s*(?:{pronouns})\s+[^:,]*$", words, re.IGNORECASE)
    )


def said_last(after: str, lang: str) -> bool:
    """``after`` a quotation starts with a participle of saying or calling and at most two
    words (an auxiliary) before its clause ends ("… „…“ gesprochen habe.", "… genannt.")."""
    language = languages.get(lang)
    said = "|".join(p for p in (language.said_verbs, language.reporting.perfect_said) if p)
    ends = rf"[\s,]*(?:{said})(?:\s+[^\W\d]+){{0,2}}\s*[.,;!?]"
    return bool(said) and re.match(ends, after) is not None


def _cut(phrase: str) -> str | None:
    found = shared_words().stop.search(" " + phrase)
    cut = (" " + phrase)[: found.start()] if found else " " + phrase
    cut = cut.strip(" ,.:;")  # "so Elshorst weiter": the adverbs after a name are none of it
    cut = re.sub(r"^((?:.*\s)?[A-ZÀ-Ý][\w-]*)(?:\s+[a-zß-ÿ]+)+$", r"\1", cut)
    return cut or None
