"""More shapes of reported speech, beside ``translate.coverage.reported``'s: content that
follows a reporting verb and a comma without "dass" (a Konjunktiv-like verb after a
subject pronoun, "er warte"; a zu-infinitive, "kündigte an, … zurückzutreten"), a
sentence that says who told the one before it ("Dies bestätigte X.", "Dat meldt X."),
a colon clause without quotation marks ("X erklärte: …"), the perfect ("X hat
angekündigt, … zu", "Am Rande … hat die Senatorin X bekanntgegeben, dass …"), an account
that names its source ("laut X", "volgens een verklaring van de X"), a subordinate
clause's verb that announces ("Während X ankündigte, … zu …"), who speaks where the verb's
object follows it ("wirft X vor"), and whose account a pronoun's Konjunktiv I carries on
("X äußerte sich kritisch. Sie rate …"). What makes each shape is the language's
(``glossary.languages``: ``Reporting.reported_pronoun``, ``infinitive``, ``told_back``,
``perfect_said``, ``request_verbs``, ``documents``, …); a language without them has none
of these shapes.
"""

from __future__ import annotations

import functools
import re

from glossary import languages
from translate.coverage.clause_words import (
    ADVERB_ENDINGS,
    DETERMINERS,
    NOT_NAMES,
    OBJECTS,
    PRONOUNS,
    STOPS,
    auxiliaries,
)
from translate.coverage.clauses import reported, reporting_clause, who_after
from translate.coverage.moods import main_clause, subjunctive_content
from translate.coverage.object_runs import joined_subject, subject_follows
from translate.coverage.speaker_names import is_name, is_role, name_in, plain_determiner

# A name of one to four capitalised words, Dutch and German particles between them.
_PARTICLE = r"\s+(?:van der|van den|van|de|der|von|zu|ten|ter)\s+"
NAME = rf"(?:[A-ZÄÖÜ][\w'’.-]*(?:{_PARTICLE}|\s+)){{0,3}}[A-ZÄÖÜ][\w'’-]*"
# A name after "laut"/"volgens" with titles and an initial ("Prof. Dr. Paul W. Kern"), or
# a web address ("NU.nl")
_LONG_NAME = (
    rf"(?:[A-ZÄÖÜ][\w'’.-]*(?:{_PARTICLE}|\s+)){{0,5}}[A-ZÄÖÜ][\w'’-]*(?:\.[a-z]{{2,3}}\b)?"
)


@functools.cache
def reporting_field(lang: str, name: str) -> str:
    """The language's ``Reporting`` field ``name`` as a regular-expression alternation
    (one that matches nothing where the language has none)."""
    return str(getattr(languages.get(lang).reporting, name)) or r"$^"


def content_follows(rest: str, lang: str, verb: str = "", between: str = "") -> bool:
    """``rest``, the words after a reporting ``verb`` and its comma, is the reported
    content: Konjunktiv I (``reported``), a subject pronoun with a verb in -e ("er warte",
    "sie rate": Konjunktiv I of a verb the lists lack) or, after a verb that announces or
    claims ("kündigte an", "versprach"), a zu-infinitive clause to the sentence's end
    ("…, sein Amt niederlegen zu wollen"); ``between``: the words from the verb to its
    comma, for an urging verb (``Reporting.urging``) only ``Reporting.urged``."""
    if reported(rest, lang):
        return True
    clause = re.split(r"[,;:]", rest, maxsplit=1)[0]
    if re.match(rf"(?:{reporting_field(lang, 'reported_pronoun')})\b", clause):
        return True
    if re.match(rf"(?i:{reporting_field(lang, 'reported_noun')})", clause):
        return True  # "diese Sorte erspare …"
    if re.match(rf"(?:{reporting_field(lang, 'reported_name')})", clause):
        return True  # "Volkswagen erwäge …"
    if _hearsay_second(clause, lang):
        return True  # "…, 200 Mitarbeiter sollen entlassen werden"
    if subjunctive_content(rest, lang):
        return True  # "…, die Auswertung der Spuren dauere an": a form the lists lack
    alone = re.fullmatch(rf"(?:{reporting_field(lang, 'says_alone')})", verb)
    if alone and _adverbials_only(between, lang) and main_clause(rest, lang):
        return True  # "X sagte, die Einkaufskosten ließen keine Wahl": any mood
    if not re.fullmatch(rf"(?:{reporting_field(lang, 'infinitive_verbs')})", verb):
        return False
    if re.match(rf"(?:{reporting_field(lang, 'purpose')})\b", rest):
        return False  # "…, um die Krise zu beenden": a purpose, no content
    urging = re.fullmatch(rf"(?:{reporting_field(lang, 'urging')})", verb)
    if urging and between.strip(" ,") and not re.fullmatch(reporting_field(lang, "urged"), between):
        return False  # "forderte mehr Geld und plante, … zu": not what was urged
    infinitive = rf"(?:{reporting_field(lang, 'infinitive')})\W*$"
    if re.match(rf"(?i:{reporting_field(lang, 'subordinate')})\s", rest) and not re.search(
        infinitive, clause
    ):
        return False  # "…, da die Partei angekündigt hatte, … zu": the clause's own
    # to the sentence's end, or to the end of its first clause ("…, an Gesetzen mitwirken
    # zu wollen, die …")
    return bool(re.search(infinitive, rest.strip(" .!?")) or re.search(infinitive, clause))


def _adverbials_only(between: str, lang: str) -> bool:
    """``between`` (the words from a verb to its comma) hold no word in lower case but a
    determiner, a preposition or adverb of time or place and ``as_told_times`` ("sagte am
    Dienstag auf der Kundgebung,", "sagte der Zeitung,"): no object and particle of
    another verb ("sagte den Termin ab,": cancelled it)."""
    plain = {
        *DETERMINERS.get(lang, ()),
        *reporting_field(lang, "adverbial_prepositions").split("|"),
        *reporting_field(lang, "as_told_times").split("|"),
    }
    return all(w in plain for w in re.findall(r"(?<!\S)[a-zäöüß]+\b", between))


def _hearsay_second(clause: str, lang: str) -> bool:
    """``clause`` has the modal of hearsay (``Reporting.hearsay``) as a main clause's
    finite verb: neither first (a condition, "…, sollte es regnen") nor last (a relative
    or subordinate clause's, "…, das am Sonntag stattfinden sollte")."""
    words = re.findall(r"[\w'’-]+", clause)
    hearsay = rf"(?:{reporting_field(lang, 'hearsay')})"
    return any(re.fullmatch(hearsay, w) for w in words[1:-1])


@functools.cache
def correlated(lang: str, that: str) -> str:
    """The language's verbs that report only with the words completing them
    (``Reporting.correlated``), as an alternation of each verb form where those words
    follow within three words, none a negation, and a comma or ``that`` after them ("geht
    allerdings davon aus, dass", "gaat er echter van uit dat"; not "geht nicht davon aus,
    dass"); one that matches nothing where none."""
    alternatives = []
    # no negation between ("geht nicht davon aus, dass": no account)
    negations = "|".join(languages.get(lang).negations) or "$^"
    for entry in languages.get(lang).reporting.words("correlated"):
        forms, _, words = entry.partition(":")
        completed = r"\s+".join(map(re.escape, words.split()))
        alternatives.append(
            rf"(?:{'|'.join(forms.split())})"
            rf"(?=(?:\s+(?!(?:{negations})(?!\w))[\w-]+){{0,3}}?\s+{completed}"
            rf"\s*(?:,|\s+(?:{that})\b))"
        )
    return "|".join(alternatives) or "$^"


def he_says(text: str, lang: str) -> bool:
    """``text`` starts with a subject pronoun of one person and a verb in Konjunktiv I
    ("Sie rate zum Kauf …", "Er sei bereit …"): someone's account, going on."""
    m = re.match(r"\s*(\w+)\s+([a-zäöüß]+)\b", text)
    if m is None or m.group(1).casefold() not in PRONOUNS.get(lang, ()):
        return False
    return not m.group(2).endswith("n") and reported(m.group(2), lang)  # "sie seien": they


def own_account(text: str, lang: str, conditional: bool = False) -> bool:
    """``text`` is an account of no source of its own: its first clause has a verb in
    Konjunktiv I proper ("Die Lage sei ernst, …"; not only one that is Konjunktiv II as
    well, the conditional: "Gegen ihn wäre X angetreten"; not "Die Ermittler gehen davon
    aus, eine Gruppe habe …", whose account is the clause before), and it names no text
    as its source ("im Bericht", ``documents``). ``conditional``: the Konjunktiv II that
    stands in for Konjunktiv I (``stand_ins``) counts too ("… hätten die Bauern
    verloren"), for a sentence right after a reporting verb's."""
    reporting = languages.get(lang).reporting
    conditionals = set(reporting.words("conditional"))
    if conditional:
        conditionals -= set(reporting.words("stand_ins"))
    first = text.split(",", 1)[0]
    if re.search(rf"(?<!\w)(?:{reporting_field(lang, 'documents')})(?!\w)", text):
        return False
    return any(
        m.group(0).casefold() not in conditionals
        for m in re.finditer(rf"(?<!\w)(?:{reporting_field(lang, 'reported')})(?!\w)", first)
    )


def before_tail(content: str, lang: str) -> bool:
    """``content``, the words before ", sagte X", can be what X said: no subordinate
    clause ("Während …, schätzte X … ein"), no subject set off by a comma ("Der Senator,
    Henning Scherf (SPD), warnte …"), no question it answers ("Auf die Frage, ob …")."""
    first = content.split()[0].casefold() if content.split() else ""
    if re.fullmatch(reporting_field(lang, "subordinate"), first):
        return False
    questions = reporting_field(lang, "questions")
    if any(re.fullmatch(questions, w.strip(","), re.I) for w in content.split()[:4]):
        return False
    if _set_off_name(content, lang):
        return False  # "Bazoum Mohammed, Sprecher der X, forderte …": the subject, no content
    last = re.sub(r"\([^)]*\)", "", content.rsplit(",", 1)[-1]).strip()
    return not (last and is_name(last, lang) and len(last.split()) <= 4)


def colon_clause(text: str, lang: str, says: str) -> tuple[int, str, str] | None:
    """(content start, who, cue) of "X erklärte: Der Hafen wird geschlossen." (no
    quotation marks): a subject, a reporting verb and at most a few words before the colon,
    a sentence after it."""
    m = re.match(rf"\s*([^,;:]{{2,80}}?)\s+({says})\b([^,;:]{{0,80}}):\s+(?=[A-ZÄÖÜ])", text)
    if m is None or re.search(r"[„“”\"«»]", text):
        return None
    clause = reporting_clause(text[: m.end(3)].rstrip() + ":", "", lang)
    if clause is None or not clause.who:
        # "Der Gerichtshof (IGH) hat entschieden: …": the perfect, its subject first
        perfect = re.fullmatch(rf"(.+?)\s+(?:{auxiliaries(lang)})", m.group(1).strip())
        if perfect is None or m.group(3).strip():
            return None
        subject = perfect.group(1)
        if subject.split()[0].casefold() not in DETERMINERS.get(lang, ()) and name_in(
            subject, lang
        ) in (None, ("pronoun", subject)):
            return None
        return m.end(), subject, m.group(2)
    return m.end(), clause.who, m.group(2)


def perfect_clause(text: str, lang: str, that: str) -> tuple[int, str, str] | None:
    """(content start, who, cue) of a reporting verb in the perfect with its subject
    first: "X hat am Freitag bekanntgegeben, dass …", "X heeft gezegd dat …"."""
    m = re.match(
        rf"\s*([^;:„“”\"]{{2,120}}?)\s+({auxiliaries(lang)})\s+([^;:„“”\"]{{0,120}}?)\s*"
        rf"\b({reporting_field(lang, 'perfect_said')})(?:\s*,\s*|\s+(?=(?:{that})\b))",
        text,
    )
    if m is None:
        return None
    rest = text[m.end() :]
    if not re.match(rf"(?:{that})\b", rest) and not (
        "," in text[m.end(4) : m.end()]
        and content_follows(rest, lang, m.group(4), text[m.end(4) : m.end()])
    ):
        return None
    subject = m.group(1).strip()  # the subject first: after the verb it may be an object
    named = name_in(subject, lang) or name_in(plain_determiner(subject, lang), lang)  # "Das …"
    if ("," in subject and not _set_off_name(subject, lang)) or named is None:
        # "Am Rande der Sitzung hat die Senatorin X bekanntgegeben, dass …": an adverbial
        # first, the subject right after the auxiliary (not after a verb of asking: there
        # it may be who is asked)
        if re.fullmatch(reporting_field(lang, "request_verbs"), m.group(4)):
            return None
        if not _adverbial(subject, lang):
            # "Het kabinet heeft laten weten dat …": a noun phrase first, its subject (no
            # name, so no speaker)
            words = subject.split()
            if "," in subject or len(words) > 3 or words[0].casefold() not in DETERMINERS[lang]:
                return None
            return (m.end(), subject, m.group(4)) if words[-1].islower() else None
        inverted = who_after(m.group(3), lang)
        if (
            inverted is None
            or not m.group(3).startswith(inverted)
            or name_in(inverted, lang) is None
        ):
            return None
        return m.end(), inverted, m.group(4)
    return m.end(), subject, m.group(4)


def after_conjunction(words: str, lang: str) -> str:
    """``words`` without the coordinating conjunction they start with ("Maar Blinken" ->
    "Blinken"): it leaves the subject first, so it is no adverbial before the verb."""
    m = re.match(rf"\s*(?i:{reporting_field(lang, 'coordinating')})\s+(?=\S)", words)
    return words[m.end() :] if m else words


def _set_off_name(words: str, lang: str) -> bool:
    """``words`` start with a name and a role set off by a comma ("Barack Obama, der
    Kandidat der Partei", "Erich Stamminger, Vorstand …") or with a role and the name set
    off after it ("Der Vertreter der Arbeitgeber, Peter Clever,"), or a name and what the
    person is, set off in words starting small ("Erich Stamminger, zuständig für …,"): a
    subject, not a clause."""
    parts = [p.strip() for p in re.sub(r"\([^)]*\)", "", words).split(",")]
    if len(parts) < 2 or not parts[1].split():
        return False
    if len(parts) == 2 or (len(parts) == 3 and not parts[2]):
        # "Der Vertreter der Arbeitgeber, Peter Clever": a role first, the name after it
        lead = parts[0].split()
        if not lead:
            return False  # the words start with the comma: ", Peter Kern, sagte er"
        head = lead[1] if lead[0].casefold() in DETERMINERS.get(lang, ()) and lead[1:] else lead[0]
        if is_role(head, lang) and len(parts[1].split()) <= 4 and is_name(parts[1], lang):
            return True
    name, after = parts[0], parts[1].split()
    if not (name and len(name.split()) <= 4 and is_name(name, lang)):
        return False
    if name.split()[0].casefold() in DETERMINERS.get(lang, ()):
        return False
    if after[0].islower() and after[0] not in DETERMINERS.get(lang, ()) and len(after) <= 8:
        return True  # "Erich Stamminger, zuständig für das US-Geschäft,": what X is
    role = (
        after[1]
        if after[0].casefold() in DETERMINERS.get(lang, ()) and len(after) > 1
        else after[0]
    )
    return is_role(role, lang)


def inverted_subject(first: str, after_verb: str, lang: str) -> str | None:
    """The subject after the verb where an adverbial comes first ("Dabei hofft die NASA,
    dass …", "Allerdings räumt X ein, dass …"): ``first`` the words before the verb,
    ``after_verb`` those between it and the comma; None where ``first`` may be the subject
    itself (a name, a pronoun, a noun phrase)."""
    if not _adverbial(first, lang):
        return None
    # "meldet die Nachrichtenagentur „Xinhua“": the name in quotation marks is the name;
    # "sagte auch X", "erklärte dann X": the adverbs before it are not
    after_verb = re.sub(
        rf"^\s*(?:(?:{reporting_field(lang, 'adverbs')})\s+){{1,2}}", " ", after_verb
    )
    return who_after(re.sub(r"[„“”\"«»]", "", after_verb), lang)


def object_first_subject(first: str, after_verb: str, lang: str, verb: str = "") -> str | None:
    """Who speaks, for a verb whose object follows it ("forderte die Länder auf", "wirft
    der Regierung vor"): ``first`` the words before the verb, ``after_verb`` those between
    it and the comma. The subject first, where it sets off no clause; after an adverbial,
    a name or pronoun right after the verb with no determiner ("Am Montag warf Paul Kern
    der Regierung vor"); else None ("Der Minister wirft Paul Kern vor": Paul Kern is the
    one accused; so "Klaus Weber warf er vor": ``verb`` the verb, ``subject_follows``)."""
    opener = first.split()[0].casefold() if first.split() else ""
    possessives = languages.get(lang).reporting.words("object_possessives")
    if opener in OBJECTS.get(lang, ()) or opener in possessives:
        return None  # "Den Minister X forderte sie auf, …": the object first, X is asked
    if not _adverbial(first, lang):
        if not first.strip() or ("," in first and not _set_off_name(first, lang)):
            # "…, und Klaus Weber forderte X auf, …"
            return joined_subject(first, lang, after_verb, verb)
        return None if subject_follows(after_verb, verb, lang) else first.strip()
    words = after_verb.split()
    if not words or words[0].casefold() in DETERMINERS.get(lang, ()):
        return None
    who = who_after(after_verb, lang)
    rest = after_verb.strip()[len(who or "") :].split()
    if who is None or (rest and not rest[0][:1].islower()):
        return None  # "warf Paul Kern Jonas Berger vor": which is which is not sure
    return who  # "An die Regierung appellierte sie, …": the object first, then the subject


def _adverbial(first: str, lang: str) -> bool:
    """``first``, the words before a verb, are an adverbial ("Am Montag", "Dabei"), so the
    subject follows the verb; False where they may be the subject itself."""
    words = first.split()
    if (
        len(words) > 2
        and first.rstrip().endswith(",")
        and "," not in first.rstrip()[:-1]
        and re.fullmatch(rf"(?i:{reporting_field(lang, 'subordinate')})", words[0])
    ):
        return True  # "Da es keine Verordnung gibt, (hat X entschieden)": a clause first
    if not words or len(words) > 6 or "," in first:
        return False
    head = words[0].casefold()
    if head in DETERMINERS.get(lang, ()) or head in PRONOUNS.get(lang, ()):
        return False
    return (
        head in NOT_NAMES.get(lang, frozenset())
        or head in STOPS.get(lang, ())
        or (len(words) == 1 and head.endswith(ADVERB_ENDINGS.get(lang, ())))
    )


def apposition(rest: str, lang: str, that: str) -> tuple[str, int, bool] | None:
    """(name, where the content starts in ``rest``, whether content follows) where
    ``rest``, the words after a reporting verb's comma, starts with a name set off by
    commas ("Andreas Huber, bekannt, dass …"): no content, but who the verb's subject is;
    None where it starts otherwise."""
    m = re.match(
        rf"((?:[A-ZÄÖÜ][\w.'’-]*\s+){{0,3}}[A-ZÄÖÜ][\w'’-]*),\s*([^,;:]{{0,40}}?)"
        rf"(?:,\s*|\s+(?=(?:{that})\b))",
        rest,
    )
    if m is None or m.group(1).split()[0].casefold() in DETERMINERS.get(lang, ()):
        return None
    if not is_name(m.group(1), lang):
        return None
    after = rest[m.end() :]
    follows = bool(re.match(rf"(?:{that})\b", after)) or content_follows(after, lang)
    return m.group(1), m.end(), follows


def adverb_clause(tail: str, lang: str, says: str) -> bool:
    """``tail`` (", so wurde der Hafen geschlossen", ", zo werd de haven gesloten") opens
    with a word that is no reporting verb ("so", "zo") and then a verb before its subject,
    a determiner or pronoun: a clause of its own ("so" an adverb, "thus"), no account
    ("…, so der Minister", "…, so heißt es" are)."""
    m = re.match(r",\s+(\w+)\s+(\w+)\s+(\w+)", tail)
    if m is None or re.fullmatch(rf"(?:{says})", m.group(1)):
        return False
    verb, subject = m.group(2), m.group(3).casefold()
    return (
        verb.islower()
        and verb not in DETERMINERS.get(lang, ())
        and verb not in languages.get(lang).reporting.words("adverbs")  # "so auch der Minister"
        and re.fullmatch(rf"(?:{says})", verb) is None
        and (subject in DETERMINERS.get(lang, ()) or subject in PRONOUNS.get(lang, ()))
    )


def negated_tail(tail: str, lang: str) -> bool:
    """``tail``, the reporting clause after the content up to its first comma ("gab die
    Flugsicherung nicht bekannt", "maakte de luchtverkeersleiding niet bekend"), has a
    negation at its end, a verb's particle after it at most: what was not told ("Warum …,
    gab X nicht bekannt."), no account (not "sagte ein nicht genannter Sprecher")."""
    negations = "|".join(map(re.escape, languages.get(lang).negations)) or "$^"
    first = re.split(r"[,;:]", tail, maxsplit=1)[0]
    return re.search(rf"(?<!\w)(?:{negations})(?:\s+[a-zäöü]+)?[\s.!]*$", first) is not None


def shared_subject(head: str, lang: str) -> str | None:
    """The subject of a reporting verb joined with no subject of its own to the clause
    before it (``head``, the words to the verb and its comma, end in a conjunction, the
    verb and at most a phrase of time or place: "Die Nordwestbahn zeigte sich überrascht
    und erklärte, …"): the name the sentence opens with before its first verb; "" where it
    opens with a noun that names none ("Die Polizei nahm X fest und erklärte, …": not X's);
    None where the verb is not joined so ("… und der Sprecher erklärte, …") or the sentence
    opens with no noun phrase ("Am Montag …")."""
    joins = reporting_field(lang, "coordinating")
    places = reporting_field(lang, "adverbial_prepositions")
    m = re.search(rf"\s(?:{joins})\s+([a-zäöüß]+)(?:\s+(?:{places})\s+\w+)?\s*,?\s*$", head)
    stops = {*DETERMINERS.get(lang, ()), *PRONOUNS.get(lang, ()), *STOPS.get(lang, ())}
    if m is None or "," in head.rstrip(" ,")[: m.start()] or m.group(1) in stops:
        return None
    words = head.split()
    while words and words[0].casefold() in STOPS.get(lang, ()):
        words = words[1:]  # "Auch der Minister X sprach sich aus und sagte, …"
    determiners = "|".join(DETERMINERS.get(lang, ())) or "$^"
    adjectives = r"(?:[a-zäöüß]+e[nmrs]?\s+){0,2}"  # "der russische Außenminister X"
    opening = rf"\s*((?:(?i:{determiners})\s+{adjectives})?{_LONG_NAME})\s+[a-zäöüß]"
    m = re.match(opening, " ".join(words))
    if m is None:
        return None  # "Am Montag besuchte X …": whose the verb is, the clause reader says
    return m.group(1) if name_in(m.group(1), lang) is not None else ""
