"""Whom a pronoun may stand for beside the people an article names: a sentence's subject
that is an unnamed person or body of the pronoun's gender ("Eine Anwohnerin zweifelt
daran. „…“, sagt sie.": hers, not the official's named before; "Der Verein trennte sich
von Trainer X. „…“, teilte er mit.": the club's, not X's), and a named person's gender as
the article writes it beside the name ("Bundestrainer X", "Trainerin X", "Der Angeklagte
X"), where the first name does not tell it. The words are the language's
(``glossary.languages.subject_genders``); a language without them has no such subject."""

from __future__ import annotations

import re

from glossary import languages
from glossary.languages.first_names import FEMALE, MALE
from glossary.languages.listeners import groups
from glossary.languages.subject_genders import SubjectGenders, subject_genders
from translate.coverage.clause_words import NOT_NAMES
from translate.coverage.clauses import has_cue, reported
from translate.coverage.genders import gender_of, other_gender
from translate.coverage.leading_subjects import titled_other, unnamed_subject
from translate.coverage.marks import quotation_spans
from translate.coverage.speaker_names import is_person_noun, is_role
from translate.records import Article, Sentence

_TOKEN = re.compile(r"[^\s,:;.!?()„“”\"«»]+|[,:;]")
_AGE = re.compile(r"\d+-jährige[rn]?")
_ADJECTIVE = re.compile(r"[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)|\d+(?:-[a-zäöüß]+)?")
_SMALL = ("des", "der", "von", "vom", "im", "in", "aus")


def unnamed_gender(text: str, lang: str, named: str | None = None, context: str = "") -> str | None:
    """The gender ("m", "f", "n") or the plural ("p") of the unnamed person or body that
    ``text`` opens with as its subject ("Ein Helfer widersprach.", "Die EU-Kommission
    kritisierte …", "Der Sprecher des Ministeriums sagte …"); None where it opens with no
    such subject: a name beside the noun ("Der Angeklagte Frank Weiß …"), a noun of no
    one who speaks ("Der Regen hat nachgelassen."), a definite age ("Der 34-Jährige": the
    one named before, mostly) or a definite role the article (``context``) gave
    ``named`` (a surname) ("Landrat X … Der Landrat …")."""
    words = subject_genders(lang)
    if words is None:
        return None
    tokens = _TOKEN.findall(text)
    while tokens and tokens[0].casefold() in words.openers:
        tokens = tokens[1:]
    if len(tokens) < 3:
        return None
    determiner, verb = tokens[0].casefold(), ""
    if not any(determiner in d for d in words.determiners.values()):
        tokens, verb = _inverted(tokens, words, lang)  # "Danach ergriff die Ministerin …"
        determiner = tokens[0].casefold() if tokens else ""
    if len(tokens) < 2:
        return None
    i = 1
    while i < len(tokens) - 1 and i < 3 and _ADJECTIVE.fullmatch(tokens[i]):
        i += 1
    noun = tokens[i]
    if not noun[:1].isupper() and not _AGE.fullmatch(noun.casefold()):
        return None
    rest = tokens[i + 1 :]
    if rest and rest[0].casefold() in _SMALL:  # "Der Sprecher des Ministeriums sagte"
        k = 1
        while k < len(rest) and k < 5 and (rest[k][:1].isupper() or rest[k] in _SMALL):
            k += 1
        rest = rest[k:]
    if verb and rest and rest[0] == ",":
        return None  # "legte der Innenminister, Wolfgang Schäuble, …": an apposition
    if (
        verb
        and rest
        and rest[0][:1].isupper()
        and (
            (rest[1:2] and rest[1][:1].isupper())
            or rest[0] in (named, *FEMALE, *MALE)
            or is_person_noun(noun, lang)  # "sagte der Präsident Obama": his surname
        )
    ):
        return None  # "Danach sagte der Anwalt Peter Kern": named; not "… Freispruch"
    if not verb and (not rest or not rest[0][:1].islower() or not rest[0].isalpha()):
        return None  # a name after it, an apposition, or no verb
    if not verb and rest[0] in languages.get(lang).function_words - words.finite:
        return None  # "Der frühere SPD-Chef und Kanzler Gerhard Schröder …": no verb yet
    verb = verb or rest[0]
    plural = verb in words.plural_verbs or verb.endswith(("en", "ern", "eln"))
    gender = _noun_gender(noun, determiner, words, lang)
    if gender is None:
        return None
    definite = determiner in ("der", "die")
    if definite and (_AGE.fullmatch(noun.casefold()) or _gave(noun, named, context)):
        return None
    return "p" if plural and gender != "n" else gender


def _inverted(tokens: list[str], words: SubjectGenders, lang: str) -> tuple[list[str], str]:
    """The ``tokens`` of a sentence from the subject after its verb, and that verb, where
    the sentence opens with a preposition or an adverb ("Im Prozess um … hat die Verteidigung
    Freispruch gefordert"): from the first determiner in the first clause that follows a
    lower-case word other than a function word (a verb, mostly; not "mit der Polizei");
    else none."""
    function = languages.get(lang).function_words
    determiners = set().union(*words.determiners.values())
    if tokens[0].casefold() not in function | NOT_NAMES.get(lang, frozenset()):
        return [], ""  # "Alice Weidel griff die Regierung an": a subject first
    for k in range(1, len(tokens) - 1):
        if tokens[k] in ",;:":
            break
        verb = tokens[k - 1]
        if (
            tokens[k].casefold() in determiners
            and verb.isalpha()
            and verb[:1].islower()
            and (verb in words.finite or verb not in function)
            and verb not in determiners
        ):
            return tokens[k:], verb
    return [], ""


def _gave(noun: str, named: str | None, text: str) -> bool:
    """The role ``noun`` is written right before the surname ``named`` in ``text``, or
    the text does not write that surname (a glossary's English name): no telling."""
    if not named:
        return False
    if not re.search(rf"(?<!\w){re.escape(named)}(?!\w)", text):
        return True  # the name as the glossary writes it ("Zelensky"): no telling
    stem = re.escape(noun.rstrip("s"))
    near = rf"(?i:{stem})\w*\s+(?:\S+\s+){{0,2}}{re.escape(named)}\b"  # "Bundeskanzlerin A. M"
    return re.search(near, text) is not None


def _noun_gender(noun: str, determiner: str, words: SubjectGenders, lang: str) -> str | None:
    """The gender of ``noun`` after ``determiner`` where it is a noun of a person or a
    body that speaks; None for any other noun, or where the determiner cannot go with it
    ("Der Polizei zufolge": a dative)."""
    low = noun.casefold()
    last = low.rsplit("-", 1)[-1]
    masculine = determiner in words.determiners["m"]
    feminine = determiner in words.determiners["f"]
    if any(last.endswith(b) for b in words.bodies["m"]):
        return "m" if masculine else None
    if any(last.endswith(b) for b in words.bodies["f"]):
        return "f" if feminine else None
    if noun.isupper() and len(noun) >= 2:  # "Der ADAC", "Die SPD"
        return "m" if masculine and not feminine else "f" if feminine else None
    if any(last == n or last.endswith(n) for n in words.neuter):
        return "n"
    age = _AGE.fullmatch(low)
    if not age and not is_person_noun(noun, lang) and not last.startswith(groups(lang)):
        return None
    end = words.feminine_end
    if low.endswith(end + "nen"):
        return "f" if feminine else None  # "Die Trainerinnen": a plural of women
    if low.endswith(end) or last in words.persons["f"]:  # "Anwohnerin", "Ärztin", "Mutter"
        return "f" if feminine else None
    if last in words.persons["m"]:
        return "m" if masculine else None
    if age or low.endswith("e"):  # "Die Angeklagte", "Ein 45-Jähriger": the determiner's
        return "m" if masculine and not feminine else "f" if feminine else None
    return "m" if masculine else "f" if feminine else None  # "Ein Helfer"; "Die Helfer": plural


def stands_for(
    text: str, pronoun: str, lang: str, named: str | None = None, context: str = ""
) -> bool:
    """``text`` opens with an unnamed subject of ``pronoun``'s gender and number (one
    person or body): the pronoun after it may stand for it (``named``: the surname of the
    person it would stand for else, whose own role in ``context`` the subject may be)."""
    words = subject_genders(lang)
    if words is None:
        return False
    gender = words.pronouns.get(pronoun.strip().casefold())
    return gender is not None and unnamed_gender(text, lang, named, context) == gender


def written_gender(text: str, name: str, lang: str) -> str | None:
    """The gender ("m", "f") the words right before ``name`` in ``text`` give it: a form of
    address ("Frau Weber"), a role ("Bundestrainer X": "m", "Trainerin X": "f"; "Der
    Angeklagte X": the determiner's); None where none does, or two disagree."""
    words = subject_genders(lang)
    if words is None or not name.split():
        return None
    found: set[str] = set()
    for m in re.finditer(rf"(?:(\w+)\s+)?([\w-]+)\s+{re.escape(name)}(?!\w)", text):
        determiner, word = (m.group(1) or "").casefold(), m.group(2)
        low = word.casefold()
        address = [gender for gender, forms in words.addresses.items() if low in forms]
        found.update(address)
        if word.endswith("s") and not is_role(word, lang):
            word, low = word[:-1], low[:-1]  # a genitive: "des Rentners X"
        if address or not word[:1].isupper() or not is_role(word, lang):
            continue
        end = words.feminine_end
        if low.endswith((end, *words.persons["f"])):  # "Trainerin", "Ärztin", "Ratsfrau"
            found.add("f")
        elif low.endswith(tuple(words.persons["m"])):  # "Feuerwehrmann"
            found.add("m")
        elif low.endswith("e"):  # "Der Angeklagte", "Die Abgeordnete"
            masculine = determiner in words.determiners["m"]
            feminine = determiner in words.determiners["f"]
            if masculine != feminine:
                found.add("m" if masculine else "f")
        else:
            found.add("m")
    return found.pop() if len(found) == 1 else None


def written_other(text: str, name: str | None, pronoun: str, lang: str) -> bool:
    """``pronoun`` cannot stand for ``name`` by the gender ``written_gender`` reads."""
    words = subject_genders(lang)
    if words is None or not name:
        return False
    its = words.pronouns.get(pronoun.strip().casefold())
    theirs = written_gender(text, name, lang)
    return its is not None and theirs is not None and its != theirs


def not_theirs(article: Article, name: str, pronoun: str) -> bool:
    """``pronoun`` cannot stand for ``name``: their first name (``genders``) or the words
    the article writes before their name (``written_gender``) tell another gender."""
    lang = article.lang
    if gender_of(name) is not None:  # a first name tells it
        return other_gender(name, pronoun, lang)
    return written_other(article.text, name, pronoun, lang)


def other_subject(
    article: Article, sentence: Sentence, pronoun: str, name: str, roles: bool = False
) -> bool:
    """``sentence`` opens with someone other than ``name`` whom a ``pronoun`` after it may
    stand for: a noun of a person (``leading_subjects.unnamed_subject``; ``roles``: or of
    a role), a role and another's name (``titled_other``; not with ``roles``, read of a
    sentence that names ``name`` itself: "Melkveehouder X uit Barneveld"), or a person or
    body of the pronoun's gender and number (``stands_for``), where it is no account in
    Konjunktiv I ("Die Stadt habe zu lange gewartet.": the content's subject)."""
    lang, text = article.lang, sentence.text
    return (
        unnamed_subject(sentence, lang, roles)
        or (not roles and titled_other(text, lang, name))
        or (
            not (reported(text, lang) and not has_cue(text, lang))
            and stands_for(text, pronoun, lang, name.split()[-1], article.text)
        )
    )


def unsure_of(article: Article, sentence: Sentence, pronoun: str, name: str) -> bool:
    """``pronoun`` after ``sentence`` may not stand for ``name``, the one person it names:
    another gender (``not_theirs``), or someone else it opens with (``other_subject``)."""
    return not_theirs(article, name, pronoun) or other_subject(
        article, sentence, pronoun, name, True
    )


def subject_before(text: str, lang: str) -> bool:
    """The clause that ``text`` (a sentence up to a pronoun of its reporting clause) ends
    in opens with an unnamed subject: the pronoun after its verb is an object ("Die
    Opposition bezeichnete sie als „…“": the opposition's words, not hers)."""
    chars = list(text)
    for start, end in quotation_spans(text):
        chars[start - 1 : end + 1] = " " * (end - start + 2)
    own = re.split(r"[,;:]", "".join(chars))[-1]
    return unnamed_gender(own, lang) is not None
