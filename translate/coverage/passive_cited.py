"""Who a passive of citing before a quotation quotes ("X wurde von der „Bild“ zitiert:",
"Dinsdag werd minister X in de krant geciteerd:"): the subject right after the auxiliary
where the words before it are an adverbial, else the subject before it; nobody where the
words between the auxiliary and the participle name someone else ("X wurde mit einem Satz
von Y zitiert:": Y's words, maybe). And whom an outlet cites ("zitiert die „Bild“ X")."""

from __future__ import annotations

import re
from collections.abc import Callable

from glossary import languages
from translate.coverage.clause_words import DETERMINERS, STOPS
from translate.coverage.leading_subjects import leading_subject
from translate.coverage.speaker_names import is_person_noun, name_in

# how sure the words name one person: a full name (a role's too), a surname alone, none
_RANK = {"name": 2, "rolename": 2, "surname": 1}


def _rank(who: str | None, lang: str) -> int:
    found = name_in(who, lang) if who else None
    return _RANK.get(found[0], 0) if found else 0


def _names_someone(who: str | None, lang: str) -> bool:
    """``who`` (the words after a preposition) name a person by their full name, not a
    noun phrase ("der Frankfurter Allgemeinen Zeitung"; "dem Minister Karl Berger" is one)."""
    found = name_in(who, lang) if who else None
    if who is None or found is None or found[0] not in ("name", "rolename"):
        return False
    words = who.split()
    return words[0].casefold() not in DETERMINERS[lang] or (
        len(words) > 1 and is_person_noun(words[1], lang)
    )


def _others(middle: str, lang: str, read: Callable[[str, str], str | None]) -> list[int]:
    """Where in ``middle`` a person is named after a preposition ("mit einem Satz von Y",
    "met een uitspraak van minister Y")."""
    stops = {*STOPS[lang], *(languages.get(lang).reporting.agent or "").split("|")}
    return [
        m.start()
        for m in re.finditer(r"(?<!\S)([a-zäöü]+)\s+", middle)
        if m.group(1) in stops and _names_someone(read(middle[m.end() :], lang), lang)
    ]


def passive_cited(
    before: str, aux: int, middle: str, lang: str, read: Callable[[str, str], str | None]
) -> str:
    """The words naming whom the passive of citing in ``before`` (the sentence's words
    before the quotation) quotes: ``aux`` where its auxiliary starts, ``middle`` the words
    between the auxiliary and the participle, ``read`` what reads the words naming a
    speaker (``clauses.who_after``); "" where unsure."""
    after = read(middle, lang)  # "Zuvor wurde die Ministerin X in der Zeitung zitiert:"
    head = leading_subject(before, lang)  # "X wurde von der Zeitung zitiert:"
    if head is not None and not before[:aux].rstrip(" ,").endswith(head):
        head = None  # "Tegenover Y werd …": not the whole start
    others = _others(middle, lang, read)
    agent = languages.get(lang).reporting.agent or "$^"
    if _rank(after, lang) >= max(_rank(head, lang), 1) and after is not None:
        return "" if others else after
    if head is not None and _rank(head, lang):
        # "X wurde von Y zitiert:" is X's; "X wurde mit einem Satz von Y zitiert:" unsure
        at_start = re.match(rf"\s*(?:{agent})\s", middle)
        if others and not (others == [0] and at_start):
            return ""
        return head
    return "" if others else middle


def cited_person(cited: str | None, lang: str) -> str | None:
    """The words naming whom an outlet cites ("„…“, zitiert die „Bild“ X"), where they name
    one person: not a group or whose ("Berliner Polizisten", "Merkels Sprecher", "Vertraute
    Merkels": a bare name's last word in -s is a genitive, maybe); after another's name the
    role and name that follow ("Angela Merkels Sprecher Steffen Seibert"); none where "von"
    opens them ("einen Vertrauten von Innenminister X"). Words in -s with no noun of a
    person are unsure ("Karl Fuchs" too)."""
    words = (cited or "").split()
    if not words or is_person_noun(words[-1], lang):
        return None
    dets = DETERMINERS[lang]
    of = languages.get(lang).reporting.words("body_of")
    for i, word in enumerate(words[1:], 1):
        before = words[i - 1]
        if is_person_noun(word, lang) and before.casefold() in of:
            return None  # "einen Vertrauten von Innenminister X": someone of X's, not X
        if is_person_noun(word, lang) and not (
            before.casefold() in dets or is_person_noun(before, lang)
        ):
            return " ".join(words[i:])  # "Angela Merkels Sprecher Steffen Seibert"
    roleless = not any(is_person_noun(w, lang) for w in words)  # "einen Vertrauten Merkels"
    return None if roleless and len(words) > 1 and words[-1].endswith("s") else cited
