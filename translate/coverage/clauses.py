"""Reporting clauses: the verb or phrase that makes quoted words someone's (the *cue*:
"sagte", "liet weten", "so", "aldus", "volgens") and the words that name who ("Berlins
Innensenator Frank Henkel", "er"); the name in them: a person's after any role, an
organisation's ("NAVO", "IWF") or a pronoun; never a role alone ("der Sprecher"), a function
word ("So", "Dies") or a bare noun phrase ("der Bergung"). German nouns are told from names by
role words, determiners and earlier full names. A colon clause yields to a full name after
(``named_after``); word lists are the languages'."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from glossary import languages
from glossary.languages import SURNAME_PARTICLES
from translate.coverage.as_told import as_told
from translate.coverage.clause_subjects import own_subject, subordinate_subject, view_of
from translate.coverage.clause_words import (
    ADVERB_ENDINGS,
    AFTER_BY,
    BRACKETED_BY,
    BY,
    CALLING,
    CITED,
    CITED_AS,
    CITED_VERB,
    DEEMS,
    DETERMINERS,
    NAME_WORD,
    OBJECTS,
    PARTICLES,
    PRONOUNS,
    REPORTED,
    SAID,
    SAY,
    SEPARABLE,
    STATEMENTS,
    STOPS,
    WITH_WORDS,
    complete,
    saying_in,
    starts_name,
    subject_before,
    two_names,
    who_tokens,
)
from translate.coverage.leading_subjects import leading_subject
from translate.coverage.name_cuts import without_attribute
from translate.coverage.name_ends import next_is_name, outlet_head, outlet_named
from translate.coverage.named_after import named_after
from translate.coverage.oblique import not_subject
from translate.coverage.owned_subjects import owned_subject
from translate.coverage.passive_agents import cited_passive, without_agent
from translate.coverage.passive_cited import cited_person, passive_cited
from translate.coverage.phrase_reader import said_last
from translate.coverage.portfolios import without_portfolio
from translate.coverage.speaker_limits import joined, restricted
from translate.coverage.speaker_names import is_role, name_in
from translate.coverage.who_words import (
    led_by_determiner,
    particle_in_name,
    particle_opens,
    told_noun,
)


@dataclass(frozen=True)
class Clause:
    """A reporting clause: the words naming the speaker, and the cue as written."""

    who: str
    cue: str | None
    weak: bool = False  # no reporting verb: the name must recur in the article


@cache
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def who_after(text: str, lang: str) -> str | None:
    """The words naming the speaker at the start of ``text`` (after the cue), up to a
    preposition, conjunction or punctuation, or a lower-case word after a capitalised one
    that is no determiner after a role ("der Sprecher des Ministeriums"); a separable
    verb's particle dropped."""
    stops = set(STOPS[lang]) | set(PARTICLES[lang])
    dets, that = DETERMINERS[lang], languages.get(lang).reporting.words("that")
    text = re.sub(r"^\s*(?:sich|man|zich)\s+(?=\S)", "", text)  # "äußerte sich X", "zitierte man X"
    text = without_attribute(text, lang)  # "die zur … gehörende Hoover Institution"
    text = without_portfolio(text, lang)  # "zei minister van Financiën Eelco Heinen"
    words: list[str] = []
    for m in re.finditer(who_tokens(lang), text):  # "J.P. de Vries": the initials one word
        token = m.group(0)
        low = token.casefold()
        if token == ",":
            words.append(",")
            continue
        if not re.match(r"\w|\(|['’]t\b", token):  # "Sietse van 't Hof"
            break
        previous = words[-1] if words else ""
        if len(words) == 1 and previous.casefold() in PRONOUNS[lang]:
            break  # "sagte er der Nachrichtenagentur AFP", "warf er Klaus Weber vor": whom told
        particle = particle_in_name(words, token, text[m.end() :], lang)  # "Pim van Dijk"
        # "zei Van der Plas", "aldus minister Van Dijk": a capitalised particle opens the name
        opens = particle_opens(words, token, lang, text[m.end() :])
        # "so von Bredow": a lower-case particle, no determiner, opens a surname (``particle_full``)
        opens = opens or (not words and low in SURNAME_PARTICLES and low not in dets)
        particle = particle or (opens and next_is_name(text, m.end()))
        if told_noun(words, token, lang):
            break  # "sagte Olaf Scholz Journalisten in Berlin": whom told
        if low in ("und", "en", "and", "sowie") and next_is_name(text, m.end()):
            return None  # "zeiden Biden en Poetin": two people, not sure which
        acronym = len(token) > 1 and token.isupper() and bool(words)  # "het OM", not "om"
        # "waarschuwde dat Frankrijk …": the conjunction before a name, no determiner
        det = low in dets and not (low in that and re.match(r"\s+[A-ZÄÖÜ]", text[m.end() :]))
        if low in stops and not particle and not (not words and det) and not acronym:
            break
        if previous == "," and token[:1].islower() and (low not in dets or words.count(",") > 1):
            break  # "…, Gisela Piltz, fehle es"; "sagte Weber, 54, dem Sender RTL": whom told
        if (
            previous
            and previous != ","
            and not token[:1].isupper()
            and not token[:1].isdigit()
            and not particle
            and not (low in dets and is_role(previous, lang))
            and not (previous.casefold() in dets or not previous[:1].isupper())
            # "de Amerikaanse buitenlandminister Blinken", "de Britse omroep BBC"
            and not led_by_determiner(words, token, lang, text[m.end() :])
        ):
            break  # "Sarkozy dem Figaro zufolge", "ISNA sollen weitere"
        words.append(token)
    while words and (words[-1] == "," or (len(words) > 2 and words[-1].casefold() in dets)):
        words.pop()  # "sagte der CSU-Chef der „Bild“": whom told after the determiner
    phrase = " ".join(words).replace(" ,", ",")
    if phrase and words[0].casefold() in dets and name_in(phrase, lang) is None:
        # "der Chef der Bundesagentur, Frank-Jürgen Weise,": the name set off after the role
        names = rf"((?:{NAME_WORD.pattern}\s*){{1,4}})"
        apposition = re.match(
            rf"\s*{re.escape(words[0])}[^,.;:!?„“”\"«»]{{0,100}},\s*{names}(?=[,.;:]|\s+[a-zäöü])",
            text,
        )
        if apposition is not None:
            phrase = f"{phrase}, {apposition.group(1).strip()}"
    return phrase or None


def _after_adverbial(text: str, lang: str) -> str | None:
    """The words naming the speaker after one or two adverbials right after the verb
    ("sagte am Montag Peter Hansen", "sagte am Montag in Kiel der Bürgermeister Peter
    Hansen": a preposition or adverb of time or place (``Reporting.adverbial_prepositions``;
    not "zei tegen minister X een …"), maybe a determiner, and one word each): two words or
    more that start like a name or a noun phrase; not one word ("sprach über Peter Hansen"
    is no "Hansen")."""
    stops = "|".join(languages.get(lang).reporting.words("adverbial_prepositions")) or "$^"
    dets = "|".join(DETERMINERS[lang])
    for n in (1, 2):
        m = re.match(rf"\s*(?:(?:{stops})\s+(?:(?:{dets})\s+)?[\w-]+\s+){{{n}}}(?=\S)", text)
        if m is None:
            return None
        who = who_after(text[m.end() :], lang)
        if (
            who
            and len(who.split()) >= 2
            and (starts_name(who, lang) or is_role(who.split()[0], lang))
        ):
            return who  # "zei na afloop burgemeester Jan de Vries": a role first
    return None


def reporting_clause(before: str, after: str, lang: str) -> Clause | None:
    """The reporting clause of a quotation: ``before`` is its sentence's text before the
    opening mark, ``after`` the rest of the sentence; a separable verb's cue has its particle."""
    found = _reporting_clause(before, after, lang)
    particle = SEPARABLE.get(lang, {}).get((found.cue or "").casefold()) if found else None
    if found is not None and particle is not None:
        m = re.search(rf"\b(?:{particle})\b", f"{before} {after}")
        if m is not None:
            found = replace(found, cue=f"{found.cue} {m.group(0)}")
    if found is not None and found.who:  # "zegt de agent die X aanhield", "X en Y zeiden"
        who = restricted(found.who, lang)
        found = replace(found, who="" if joined(who, lang) else who)
    return found


_NAMED_OUTLET = re.compile(r"^\s*[„“\"»«][^„“”\"«»]{1,60}[“”\"«»](?=\s)")
_NAME_IN_MARKS = re.compile(r"[„“\"»«]((?:[A-ZÄÖÜ][\w.&-]*\s?){1,4})(?<!\s)[“”\"«»](?=[\s,:.-])")


def _reporting_clause(before: str, after: str, lang: str) -> Clause | None:
    if lang not in SAY:
        return None
    says, by = _alternation(SAY[lang]), _alternation(BY[lang])
    before = _NAME_IN_MARKS.sub(r"\1", before)  # "sagte der „Süddeutschen Zeitung“: „…“"
    # "„A“ und „B“, sagte X": the clause after the last of them.
    after = re.sub(
        r"^(?:\s*(?:und|oder|sowie|en|of)\s+[„“\"»«‚‘'][^„“”\"»«]{1,300}[“”\"«»‘’'])+", "", after
    )
    if before.rstrip().endswith(":"):
        # "X sagte: „…“, betonte sie": the clause that introduces it comes first.
        held = subordinate_subject(before, lang)  # "…, die X … erklärt hatte:"
        found = Clause(*held) if held else _clause_before(before, lang)
        if found is None:
            found = _introduced(before, lang)
        if found is not None:  # unless a person named in full after it said it
            return named_after(found, after, lang) or found
    # After the quotation: ", sagte X", ", so X", "aldus X", ", wird X zitiert", ", X zufolge".
    m = re.match(rf"[\s,:–—-]*(?:(?:so|zo)\s+)?({says}|{by})\s+(.+)", after, re.IGNORECASE | re.S)
    if m is not None and complete(m.group(1), m.group(2), lang):
        who = who_after(m.group(2), lang)  # an adverbial after a verb, not "so auch X"
        if not who and re.fullmatch(says, m.group(1), re.IGNORECASE):
            who = _after_adverbial(m.group(2), lang)
        head = outlet_head(who or "", lang)  # "zitiert die Zeitung Berger": its object's
        if who:  # "berichtet das Magazin Spiegel": its name (``outlet_named``)
            cited = _cited_object(who, m.group(1), m.group(2), lang)
            cited = cited or (_cited_object(head, m.group(1), m.group(2), lang) if head else None)
            return cited or Clause(outlet_named(who, lang), m.group(1))
    # ", wird X (gern) von der „Bild“ zitiert": an outlet in marks or after an adjective
    agent = languages.get(lang).reporting.agent or "$^"
    dets = "|".join(DETERMINERS[lang])
    outlet = (
        rf"(?:{agent})\s+(?:(?:{dets})\s+)?(?:[„“\"»«]|(?!(?:{dets})\s)[a-zäöü])[^.;:!?]{{0,60}}?"
    )
    m = re.match(
        rf"[\s,]*(?:{CITED[lang]})\s+([^.;:!?]{{2,120}}?)(?:\s+{outlet})?"
        rf"\s+(?:[a-zäöüß]\w*\s+)?({CITED_VERB[lang]})\b",
        after,
    )
    m = m or re.match(CITED_AS[lang], after)  # ", wie X (von der Zeitung) zitiert wird"
    if m is not None:  # ", werd de krant door Jan Smit geciteerd": not the agent's
        return Clause(without_agent(m.group(1).strip(" ,"), lang), m.group(2))
    verb_last = rf"[\s,]*(?:{_alternation(CALLING[lang])}|{says})\s*[.,;!?]"
    by_first = re.match(rf"\s*(?:{by})\s", before, re.IGNORECASE)  # "Laut X hat Y …"
    if (re.match(verb_last, after) or said_last(after, lang)) and (
        "," in before or by_first or own_subject(before, lang)
    ):
        # "…, die das Unternehmen als „…“ bezeichnete", "Laut X hat Y …": the clause's own
        return None
    m = re.search(rf",\s+({says}|{by})\s+([^,„“”\"«»]+?)[.!?]?\s*$", after)
    if m is not None and complete(m.group(1), m.group(2), lang):
        who = who_after(m.group(2), lang)
        if who:
            return Clause(who, m.group(1))  # "…“ für Europa, sagte er."
    if (told := as_told(before, after, lang)) is not None:
        return Clause(*told)  # "„…“, wie X am Montag sagte."
    if AFTER_BY[lang]:
        m = re.match(rf"[\s,]*([^.;:!?,]{{2,80}}?)\s+({_alternation(AFTER_BY[lang])})\b", after)
        if m is not None:
            return Clause(m.group(1), m.group(2))
    return _clause_before(before, lang) or _opinion_of(before, lang)


def _cited_object(who: str, cue: str, rest: str, lang: str) -> Clause | None:
    """ "„…“, zitierte X seine Kollegin Y" ("die „Bild“ Y"): the object's words, Y's (the cue
    a form of the language's ``cited_verb``); None where no object follows ``who``."""
    if not re.match(rf"(?i:{CITED_VERB.get(lang, '$^')})", cue):
        return None
    at = rest.find(who)
    after = _NAMED_OUTLET.sub("", rest[at + len(who) :]) if at >= 0 else ""
    if not re.match(r"\s+[^\s,.;:!?]", after):
        return None
    told = who_after(after, lang)
    cited = cited_person(told, lang)  # not "zitierte man X vom Sender Y"
    if cited is None and told and told.split()[0].casefold() in DETERMINERS[lang]:
        return Clause("", cue)  # "zitierte X den Angeklagten": an unnamed one's words
    return Clause(cited, cue) if cited else None


def _clause_before(before: str, lang: str) -> Clause | None:
    """The clause of the sentence's last reporting verb or cue before the quotation."""
    says, by = _alternation(SAY[lang]), _alternation(BY[lang])
    m = cited_passive(before, lang)  # "X wurde von der „Bild“ zitiert:", "Dinsdag werd X …"
    if m is not None:
        return Clause(passive_cited(before, m.start(), m.group(1), lang, who_after), m.group(2))
    clause_start = max(before.rfind(c) for c in (";", "“", "”", '"', "»", "«")) + 1
    clause = before[clause_start:]
    cues = list(re.finditer(rf"(?<!\w)(?:{says}|{by})(?!\w)", clause, re.IGNORECASE))
    for cue in reversed(cues):
        word = cue.group(0)
        first = clause[: cue.start()].strip()
        rest = clause[cue.end() :]
        if clause_start > 0 and first in ("", ","):
            continue  # "„…“, sagte X zum „…“": the clause of the quotation before
        if word.casefold() in {b.casefold() for b in BY[lang]} or re.fullmatch(
            by, word, re.IGNORECASE
        ):
            if word.casefold() in BRACKETED_BY.get(lang, ()) and not (
                first.endswith(",") and re.match(r"\s+[^,;:]{2,80},\s*$", rest)
            ):
                continue  # "so" before a quotation is mostly "thus"; not ", so X, „…“"
            who = who_after(rest, lang)  # not "X sagte laut Y, …": Y cites X's words
            # nor "Laut X sagte der Verdächtige:": X tells what another said
            told = bool(who and re.match(rf"\s*{re.escape(who)}\s+(?:{says})(?!\w)", rest))
            told = told or bool(who and saying_in(rest[rest.find(who) + len(who) :], lang))
            if who and not told and not re.search(rf"(?<!\w)(?:{says})$", first):
                return Clause(who, word)
            continue
        if not word[:1].islower() and cue.start() == 0:
            continue  # a capitalised "Sagte …" is no verb here
        if not complete(word, rest, lang):
            continue
        if first.endswith(",") and rest.rstrip().endswith(","):
            continue  # "…, zei Joost Mulder, 'zoals altijd'": the clause of what went before
        if word.casefold().startswith("zitiert"):
            # "Ein Fernsehsender zitierte Papandreou mit den Worten:": the one quoted.
            who = who_after(rest, lang)
            if who and starts_name(who, lang):
                return Clause(who, word)
            continue
        # Verb second: the subject is the clause's start or, after an adverbial ("Gegenüber
        # dem Tagesspiegel sagte X:"), right after the verb; a pronoun, else a name, decides.
        subject = subject_before(first, lang) or owned_subject(first, lang)  # Sein Anwalt X
        after_verb = who_after(rest, lang)
        if after_verb and word.casefold() in DEEMS[lang] and two_names(after_verb, lang):
            after_verb = None  # "Daarom vindt X Y een '…'": the view's object follows X
        if after_verb and not (  # "Lachend zei wethouder X": a role in lower case first
            after_verb.split()[0].casefold() in PRONOUNS[lang]
            or starts_name(after_verb, lang)
            or is_role(after_verb.split()[0], lang)
        ):
            after_verb = None
        if subject and subject.split()[0].casefold() in PRONOUNS[lang]:
            return Clause(subject, word)
        if after_verb and after_verb.split()[0].casefold() in PRONOUNS[lang]:
            return Clause(after_verb.split()[0], word)
        object_first = subject is not None and (
            subject.split()[0].casefold() in OBJECTS[lang]
            or (len(subject.split()) == 1 and subject.endswith(ADVERB_ENDINGS.get(lang, ())))
            or not_subject(subject, lang)  # "Der Frankfurter Allgemeinen Zeitung sagte X"
        )  # "Den Namen gab …", "Relativierend fügt Gall hinzu"
        if subject and not object_first and name_in(subject, lang) is not None:
            return Clause(subject, word)
        subject_noun = (
            subject is not None
            and not object_first
            and subject.split()[0].casefold() in DETERMINERS[lang]
            and (
                subject.split()[0].casefold() not in ("der", "den", "dem")  # Der Zeitung sagte X
                or _masculine_role(subject, lang)  # "Der Moderator fragte X:": no name, not X
            )
        )  # "Das Gericht verurteilte X": X is the verb's object
        # a calling verb's object follows it ("Merkel nannte Putin …"), or its set-off subject
        adverbial = (
            subject is None
            and bool(first.strip(" ,") and after_verb)
            and bool(re.match(rf"\s*{re.escape((after_verb or '').split(',')[0])}\s*,", rest))
        )
        if (
            after_verb
            and not subject_noun
            and (word.casefold() not in CALLING[lang] or adverbial or object_first)
            and name_in(after_verb, lang)
        ):
            return Clause(after_verb, word)
        if subject and not object_first:
            return Clause(subject, word)
    return None


def _masculine_role(subject: str, lang: str) -> bool:
    """``subject`` is "der" and a role not in a feminine form: a nominative, the clause's
    subject ("Der Moderator"), not a dative ("Der Zeitung", "Der Ministerin sagte X")."""
    words = subject.split()
    return (
        len(words) == 2
        and words[0] == "Der"
        and is_role(words[1], lang)
        and not words[1].endswith("in")
    )


def _opinion_of(before: str, lang: str) -> Clause | None:
    """ "Für den Minister Jose Temporao ist die Lage „…“": an opinion holder that starts the
    sentence (German "für", Dutch "voor"); or whose view the quotation's clause gives
    (``clause_subjects.view_of``)."""
    held = view_of(before, lang)
    if held is not None:
        return Clause(*held)
    m = re.match(r"\s*(Für|Voor)\s+(.+)", before)
    if m is None:
        return None
    who = who_after(m.group(2), lang)
    found = name_in(who, lang) if who else None
    if who is None or found is None or found[0] != "name":
        return None
    return Clause(who, m.group(1))


def _introduced(before: str, lang: str) -> Clause | None:
    """A quotation a colon introduces, after the words that start the sentence and name
    a person ("BKA-Präsident Ziercke:", "Der Experte von Greenpeace, Martin Hoffstetter,
    wandte sich gegen …:"): theirs; no cue, and the name must recur (weak)."""
    who = leading_subject(before, lang, acronyms=True)
    if who is not None:
        return Clause(who, None, weak=True)
    text = before.strip()
    # "Das Fazit von Sandra Boser …:", "Die Kernaussage von X lautete:"
    m = re.search(rf"\b(?:{STATEMENTS[lang]})\s+(?:von|des|der|van)\s+(.+)", text)
    if m is not None:
        said = who_after(m.group(1), lang)
        if said and name_in(said, lang) is not None:
            return Clause(said, None, weak=True)
    with_words = re.search(rf"\b(?:{WITH_WORDS.get(lang, '$^')})\s*$", text.rstrip(":"))
    if with_words is not None:
        # "Im Kongress warb Obama für … mit den Worten:": the subject after the verb
        verb = re.search(r"\s([a-zäöüß]+)\s+(?=[A-ZÄÖÜ]|der |die |das |ein )", text)
        if verb is not None and verb.group(1) not in STOPS[lang]:
            said = who_after(text[verb.end() :], lang)
            if said and name_in(said, lang) is not None:
                return Clause(said, with_words.group(0).strip())
    # "Dabei griff sie den Präsidenten an:", "Er äußerte sich mit den Worten:": a pronoun
    m = re.match(rf"(?:\S+\s+){{0,3}}?(?:\w+\s+)?({'|'.join(PRONOUNS[lang])})\s+\w", text, re.I)
    if m is not None and re.match(r"^(?:\S+\s+){0,4}\S+\s*$", text[: m.start(1)] or "x"):
        word = m.group(1)
        if word[:1].isupper() and m.start(1) > 0:
            return None  # "… Sie": a polite address or a noun, not the pronoun
        return Clause(word, None)
    return None


def has_cue(text: str, lang: str) -> bool:
    """``text`` holds a reporting verb."""
    if lang not in SAY:
        return False
    return bool(_cue_pattern(lang).search(text))


def says_to(before: str, after: str, lang: str) -> bool:
    """``before`` a quotation holds a reporting verb that is no separable verb's whose
    particle ``after`` lacks ("sagte der Zeitung „…“", "rief den Demonstranten „…“ zu";
    not "stellte die Kampagne „…“ vor")."""
    for m in _cue_pattern(lang).finditer(before) if lang in SAY else ():
        particles = SEPARABLE.get(lang, {}).get(m.group(0).casefold())
        if particles is None or re.search(rf"(?<!\w)(?:{particles})(?!\w)", after):
            return True
    return False


@cache
def _cue_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(SAY[lang])}|{SAID[lang]})(?!\w)")


def reported(text: str, lang: str) -> bool:
    """``text`` (a sentence with its quotations left out) is reported speech."""
    return lang in REPORTED and bool(re.search(rf"(?<!\w)(?:{REPORTED[lang]})(?!\w)", text))
