"""A speaker the quotation's own sentence names only as someone else's object: whom the
words were told or spoken of ("Zu Peter Kern sagte sie: „…“", "„…“, sagte Weber zu
Kern"), whose someone is ("de advocaat van Piet Bakker", "Peter Kerns Vater",
"Merkels Sprecher Steffen Seibert"), or whose words a teller relays ("…, berichtete die
Zeitung unter Berufung auf Anna Weber"): the words are another's, so no speaker. And a
name as written that is two names in a row ("zitierte Peter Kern Clara Weber")."""

from __future__ import annotations

import re
from functools import cache

from glossary import languages
from glossary.languages import SURNAME_PARTICLES
from translate.coverage.clause_words import ACRONYM, DETERMINERS
from translate.coverage.marks import outside_quotations
from translate.coverage.portfolios import without_portfolio
from translate.coverage.speaker_names import is_person_noun, is_role
from translate.coverage.text_index import words_before, written_alone

_CAPITAL = re.compile(r"[A-ZÀ-Ý]")


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(the object's preposition or a genitive right before a name and the capitalised
    words between, a relaying phrase) of ``lang``."""
    words = languages.get(lang).reporting
    preps = "|".join(words.words("object_prepositions"))
    of = "|".join(
        sorted({*words.words("genitive"), *words.words("body_of")}, key=len, reverse=True)
    )
    opener = None
    alternatives = [
        f"(?P<to>{preps})" if preps else "",
        rf"(?P<noun>\S+)\s+(?P<of>{of})" if of else "",
    ]
    if preps or of:
        ways = "|".join(a for a in alternatives if a)
        run = r"(?P<run>(?:\S+\s+){0,3})"
        opener = re.compile(rf"(?<![\w-])(?:{ways})\s+{run}$", re.IGNORECASE)
    relayed = "|".join(re.escape(w) for w in words.words("relayed"))
    return opener, re.compile(rf"(?<!\w)(?:{relayed})(?!\w)", re.IGNORECASE) if relayed else None


def _as_object(text: str, start: int, end: int, speaker: str, lang: str) -> bool:
    """The name at ``start``..``end`` of ``text`` is an object or a possessor."""
    following = text[end:].split()
    # "fragte Lea Schmitt Innenminister Tom Berger": a role and a name after the speaker's
    # (no genitive): whom the words were said to, not whose the speaker is
    titled = len(following) > 1 and bool(_CAPITAL.match(following[1])) and text[end - 1] != "s"
    titled = titled and is_role(following[0], lang) and text[end - 1] not in "'’"
    if text[end : end + 1] == " " and following and is_person_noun(following[0], lang):
        return not titled  # "Peter Kerns Vater", "Bakkers advocaat", "Kern Reportern"
    opener, _ = _patterns(lang)
    found = opener.search(text[:start]) if opener else None
    if found is None:
        return False
    run = found.group("run").split()
    of = (found.group("of") or "").split()
    if len(of) > 1 and of[-1][:1].isupper():
        run = [of[-1], *run]  # "de advocaat van De Vries": "De" opens the surname, no article
    if "," in found.group("run") or not all(
        _CAPITAL.match(w) or w.casefold() in SURNAME_PARTICLES or is_role(w, lang) for w in run
    ):
        return False  # not an apposition ("Der Sprecher von X, Peter Kern, sagte")
    if any(ACRONYM.fullmatch(w) for w in run):
        return False  # "de voorzitter van de FNV Tuur Elzinga": the body's, the name the noun's
    if found.group("to"):
        # "zu (Innenminister) (Peter) Kern", not the particle of "Karl-Theodor zu Guttenberg"
        return not re.search(rf"(?<!\w){re.escape(found.group(0))}", speaker + " ")
    if found.group("of")[:1].isupper():
        return False  # "minister Van der Wal": a capitalised particle opens a surname
    # "der Anwalt von Peter Kern", not the body a role speaks for ("ein Sprecher der UNESCO")
    return bool(run) and is_person_noun(found.group("noun"), lang)


def spoken_of(text: str, speaker: str, source: str | None, lang: str) -> bool:
    """``text`` (a quotation's sentences) names ``speaker`` (as ``source`` wrote them)
    only as an object or a possessor, or relays another's words: not the speaker."""
    plain = without_portfolio(outside_quotations(text), lang)  # "minister van Energie X": a role
    _, relayed = _patterns(lang)
    reporting = languages.get(lang).reporting
    own = {*reporting.words("relayed_own"), *reporting.words("possessives")}
    for m in relayed.finditer(plain) if relayed is not None else ():
        # another's words ("unter Berufung auf Clara Weber", "op basis van bronnen"), not
        # the teller's own ("op basis van eigen cijfers", "op gezag van zijn arts")
        after = plain[m.end() :].split()
        if not after or after[0].casefold() not in own:
            return True
    words = speaker.split()
    nouns = languages.get(lang).capitalises_nouns  # else "Thijs Dokter": a surname
    if any(
        words[i - 1].endswith("s")
        and is_person_noun(words[i], lang)
        and (nouns or words[i].islower())
        for i in range(1, len(words))
    ):
        return True  # "Peter Kerns Vater": whose the speaker is
    # the speaker's surname, else the last name word of the words that name them (the
    # glossary's English "Volodymyr Zelensky" of "Selenskyj")
    # not a determiner opening the sentence ("De premier zei": no name word "De")
    dets = DETERMINERS.get(lang, ())
    caps = [
        w.strip(",.;:")
        for w in (source or "").split()
        if _CAPITAL.match(w) and w.casefold() not in dets
    ]
    for name in [words[-1], *caps[-1:]]:
        mentions = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?:s|'|’)?(?![\w-])", plain))
        if mentions:
            return all(_as_object(plain, m.start(), m.end(), speaker, lang) for m in mentions)
    return False


def not_one_name(speaker: str, text: str, lang: str) -> bool:
    """A speaker's name as written (no glossary entry) that is two names in a row, the
    subject's and the object's ("zitierte Peter Kern Clara Weber", "beloofde Jan de Vries
    Piet Bakker"): four name words or more, or a particle with two words after it, unless
    each time the article ``text`` writes it after a verb of saying with no person object
    ("sagte Juan Carlos Rodríguez Pérez"); or a genitive, a name word in -s the article
    also writes without it, right after a noun of a person where the name has two words or
    more ("ein Freund Peter Kerns" after "Peter Kern"; not "sagte Anna Peters")."""
    words = speaker.split()
    before = words_before(text, speaker)  # indexed once an article, not read once a name
    owned = len(words) == 1 or any(is_person_noun(w, lang) for w in before)
    if (
        owned
        and any(
            len(w) > 3
            and w.endswith("s")
            and (i > 0 or len(words) == 1)  # not a first name ("Hans Meier")
            and written_alone(text, w[:-1])
            for i, w in enumerate(words)
        )
    ):
        return True
    bare = [w for w in words if w.casefold() not in SURNAME_PARTICLES]
    particle = max(
        (i for i, w in enumerate(words) if w.casefold() in SURNAME_PARTICLES), default=-1
    )
    if not (len(bare) >= 4 or (particle > 0 and len(words) - particle > 2)):
        return False
    alone = languages.get(lang).reporting.words("says_alone")
    return not before or any(w.casefold() not in alone for w in before)
