"""Quoted words that are not the words of the speaker a clause or the sentences around
them seem to give: a thing named by one capitalised word ("das Schlagwort „Tempo“",
"sagte der Zeitung „Bild“"), or a question put to someone ("„Wie haben Sie sich
vorbereitet?“": the asker's, not the one who answers; ``asked``)."""

from __future__ import annotations

import re

from glossary.languages.questions import polite, question_nouns
from translate.coverage.addressees import told_to
from translate.coverage.clause_words import TITLED
from translate.coverage.clauses import says_to
from translate.coverage.opinions import noun_before
from translate.coverage.quoted_titles import named_by_noun, thing_named
from translate.records import Sentence


def named_thing(before: str, words: str, after: str, full: bool, lang: str) -> bool:
    """The quoted ``words`` (``before`` and ``after`` them in their sentence; ``full``: a
    whole statement) name a thing: one capitalised word after a noun, an addressee or a
    title word ("der Zeitung „Bild“"), or a name after a determiner and a noun ("die
    Kampagne „Mehr Grün“"; not "sagte der Zeitung „Wir …“": told to)."""
    return (
        len(words.split()) == 1
        and words[:1].isupper()
        and (
            noun_before(before, after, lang)
            or told_to(before, after, lang)
            or bool(re.search(rf"\b(?:{TITLED.get(lang, '$^')})\s*$", before))
        )
    ) or (
        not full
        and named_by_noun(before, words, lang)
        # "sagte der Zeitung „Wir …“": told to; "schreef het boek „Een …“": a title
        and (not says_to(before, after, lang) or thing_named(before, lang))
    )


def asked(before: str, words: str, lang: str) -> str:
    """How the quoted ``words`` are a question put to someone, where they end in a
    question mark: "noun" where a noun of a question comes right before them (``before``:
    their sentence up to them; "Auf die Frage „…?“ antwortete X:"), "polite" where they
    address someone politely inside a sentence of theirs ("Wie haben Sie …?", "Heeft u
    …?"); else "". The asker's words, whom the sentences around seldom name: the one who
    answers is the one they name."""
    if not words.rstrip(' .“”"«»').endswith("?"):
        return ""
    nouns = "|".join(question_nouns(lang))
    if nouns and re.search(rf"(?<!\w)(?:{nouns})\s*[:,]?\s*$", before):
        return "noun"
    forms = "|".join(map(re.escape, polite(lang)))
    # a form of address after a word of the sentence, not a sentence's first word
    found = bool(forms) and re.search(rf"(?<=[\w,])\s+(?:{forms})(?!\w)", words) is not None
    return "polite" if found else ""


Speaker = tuple[str | None, str | None]


def unasked(speaker: Speaker, rule: str, before: str, words: str, lang: str) -> Speaker:
    """``speaker`` of a quotation (by ``rule``), or none where it is a question put to
    someone (``asked``) that the speaker's clause does not name in full: none after a
    question's noun ("Auf die Frage „…?“ antwortete X:": X answers); none for a polite
    question given a speaker from the sentences around ("Hanna Berg spricht über
    ihre Rolle. „Wie haben Sie …?“"); a clause's stays ("„…?“, fragte Moderator X/sie")."""
    how = asked(before, words, lang) if speaker[0] else ""
    told = rule.startswith("clause")
    return (None, None) if how == "noun" or (how == "polite" and not told) else speaker


def question_alone(text: str, first: Sentence, last: Sentence, words: str) -> bool:
    """The quoted ``words``, from sentence ``first`` to ``last`` of ``text``, are a
    question that is a paragraph of its own: an interview's question, the asker's, not
    the answer before it going on ("„Ich habe viel gelesen“, sagt Berg.\n„War das
    schwer?“")."""
    if not words.rstrip(' .“”"«»').endswith("?"):
        return False
    opens = first.start == 0 or "\n" in text[max(0, first.start - 3) : first.start]
    return opens and (
        last.end >= len(text.rstrip()) or text[last.end : last.end + 3].strip(" ")[:1] == "\n"
    )
