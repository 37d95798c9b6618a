"""Shapes where the speaker a rule finds did not say the quoted words.

- An epithet inside a noun phrase: "Der als „Brückenbauer“ bekannte Landrat X", "Die von
  Kritikern als „…“ bezeichnete Ministerin Y": the verb after the quotation ("bekannte",
  "bezeichnete") is an attributive participle of the phrase that opens with a determiner,
  not a reporting verb, and the name after it is who the words are about (not "Als „…“
  bezeichnete X den Plan" nor "Den Plan als „…“ bezeichnete X": X calls it that).
- Reported speech with a head of its own: "X sagte, … . Y widersprach: Das Projekt sei
  „…“" or "Y hält dagegen, das Dach sei „…“": the Konjunktiv I after a colon, or after a
  comma whose head names someone else, is the head's, not the speech of the sentence before
  going on ("Zwar sei …, das habe „…“": a head in Konjunktiv I goes on).
- A quotation alone that the next sentence of its paragraph tells as someone's: "„…“ Mit
  diesen Worten reagierte die Opposition.", "„…“ Das schrieb Y auf X.": not the speaker
  before going on (not "„…“ Das sagte er.": a pronoun is that speaker's, maybe).
- A person of someone named in the genitive: "sagte ein Sprecher Merkels", "sagte ein
  Vertrauter Brandts": the spokesperson's or confidant's words, not Merkel's or Brandt's
  (not "sagte die Ministerin Anna Roos", "sagte Ministerin Roos").
- An outlet's quoted name in the reporting clause: "sagte X gegenüber der „Rheinpost“, …",
  "Im Gespräch mit der „Rheinpost“ sagte X", "zei X tegen de 'Stentor' dat …": a name, no
  words said (not "will das mit der „Brechstange“ lösen", "sprach von einer „Katastrophe“").
- A text as the object of a clause with no verb of saying: "X erhielt einen Brief: „…“",
  "X las den Brief vor: „…“", "X zeigte ein Plakat: „…“": the text's words, not X's (not
  "X wandte sich in einem Brief an die Anwohner: „…“": X's own).
"""

from __future__ import annotations

import re
from functools import cache

from glossary import languages
from glossary.languages.descriptions import descriptions
from translate.coverage.clause_words import DETERMINERS, SAY
from translate.coverage.clauses import Clause, reported
from translate.coverage.genders import gender_of, other_gender, pronoun_gender
from translate.coverage.reported_english import alternation
from translate.coverage.reported_subjects import told_back
from translate.coverage.speaker_checks import rivals
from translate.coverage.speaker_names import is_person_noun, is_role
from translate.coverage.speakers import Speakers
from translate.records import Article


def is_epithet(before: str, after: str, cue: str | None, lang: str) -> bool:
    """The quotation is an epithet in a noun phrase: ``before`` ends with a determiner,
    then lower-case words only before any capitalised one ("von Kritikern oft"), then the
    word before what a thing is deemed ("als"); ``after`` opens with the clause's ``cue``."""
    reporting = languages.get(lang).reporting
    if not cue or not reporting.determiners or not reporting.deemed_as:
        return False
    if not re.match(rf"\s*{re.escape(cue)}\b", after):
        return False
    head = re.search(
        rf"(?:^|[\s,(])(?:{reporting.determiners})\s+((?:[^\s„“”\"«»]+\s+){{0,4}}?)"
        rf"(?:{reporting.deemed_as})\s*$",
        before,
        re.IGNORECASE,
    )
    if head is None:
        return False
    between = head.group(1).split()
    return not between or between[0][:1].islower()  # not "Den Plan als „…“ bezeichnete X"


def own_head(
    speakers: Speakers, start: int, before: str, name: str, ident: str | None, lang: str
) -> bool:
    """The reported speech of the sentence (at offset ``start``, ``before`` its quotation)
    has a head of its own, not ``name``'s (glossary id ``ident``) going on: the words
    before its first colon (not in Konjunktiv I) with a capitalised word past the first
    ("Die Opposition widersprach:"), or before its first comma (not in Konjunktiv I)
    naming someone else."""
    parts = re.split(r"[:,]", before, maxsplit=1)
    if len(parts) < 2 or reported(parts[0], lang):
        return False
    head = parts[0]
    if before[len(head)] == ":":
        if _reason_head(head, name, lang):
            return False  # "Seine Begründung: Die Einnahmen seien …"
        return any(w[:1].isupper() for w in head.split()[1:])
    return rivals(speakers, (name, ident), start, start + len(head), True)


def _reason_head(head: str, name: str, lang: str) -> bool:
    """``head`` is two words, a definite article or a possessive of ``name``'s known gender
    and one of ``Descriptions.own_heads`` ("Der Grund", "Sein Fazit" after Lars Klingbeil):
    no subject, no verb, the speaker's own point (not "Ihr Vorwurf" after Peter Lang, not
    "Seine Partei", "Die Opposition dagegen")."""
    found = descriptions(lang)
    words = head.split()
    if not found.own_heads or len(words) != 2:
        return False
    if not re.fullmatch(found.own_heads, words[1]):
        return False
    first = words[0].casefold()
    if first in (found.definite or "").split("|"):
        return True
    owners = dict(pair.split(":") for pair in found.possessive_genders.split("|") if pair)
    gender = pronoun_gender(owners.get(first, ""), lang) if first in owners else None
    return gender is not None and gender == gender_of(name)


def answered_after(
    article: Article, index: int, speaker: str | None = None, said_in: str = ""
) -> bool:
    """The sentence after sentence ``index`` (a quotation alone), in its paragraph, tells
    whose words it is: it opens as an answer (``Descriptions.answered_back``) or tells it
    back ("Das schrieb die Opposition.", ``told_back``) with no pronoun as its teller. Not
    where its subject is ``speaker`` (the speaker before) going on: a pronoun of one person
    of ``speaker``'s known gender, or ``speaker``'s own name or surname ("Mit diesen Worten
    reagierte sie/Merkel auf …"), or the role noun written right before ``speaker``'s name
    in ``said_in`` (where they spoke: "Kanzlerin Angela Merkel" … "So reagierte die
    Kanzlerin"); a pronoun of the other gender is someone else."""
    sentences, lang = article.sentences, article.lang
    if index + 1 >= len(sentences) or lang not in SAY:
        return False
    following = sentences[index + 1]
    if "\n" in article.text[sentences[index].end : following.start]:
        return False  # another paragraph
    language = languages.get(lang)
    answered = descriptions(lang).answered_back
    opening = answered and re.match(rf"\s*(?:{answered})(?!\w)", following.text)
    role = _written_role(speaker, said_in, lang)
    if opening:
        rest = following.text[opening.end() :]
        if role and _role_subject(opening.group(0), rest, role, lang):
            return False
        return not _same_subject(opening.group(0), rest, speaker, lang)
    told = told_back(following.text, lang, alternation(language.reporting.words("told_says")))
    if told is None:
        return False
    if role and _role_subject("", told[0], role, lang, told=True):
        return False  # "Das sagte die Kanzlerin." after "Kanzlerin Angela Merkel"
    first = told[0].split()[0]
    if first.casefold() in language.pronouns:
        return other_gender(speaker, first, lang)  # "Das sagte sie." after Olaf Scholz
    return not (speaker and told[0] in (speaker, speaker.split()[-1]))


def _written_role(speaker: str | None, said_in: str, lang: str) -> str | None:
    """The person noun ``said_in`` writes right before ``speaker``'s full name ("Kanzlerin"
    in "Kanzlerin Angela Merkel sagte"); None where none (a surname alone, no role)."""
    if not speaker or len(speaker.split()) < 2:
        return None
    m = re.search(rf"(?<!\S)([^\W\d][\w-]*)\s+{re.escape(speaker)}(?!\w)", said_in)
    return m.group(1) if m and is_person_noun(m.group(1), lang) else None


def _role_subject(opening: str, rest: str, role: str, lang: str, told: bool = False) -> bool:
    """``rest`` opens (``told``: is, all of it) with a definite article and ``role`` as its
    subject, after the verb of one person (in ``opening`` or first in ``rest``), no name or
    "and" after it: "So reagierte die Kanzlerin auf …", "Mit diesen Worten wandte sich die
    Kanzlerin …" (not "die Kanzlerin Anna Roos", "die CDU-Chefin", "die Ministerin")."""
    words = [w.strip(".,;:!?") for w in rest.split()]
    definite = (descriptions(lang).definite or "(?!)").split("|")
    conjunction = languages.get(lang).reporting.conjunction or "(?!)"
    for at in (0,) if told else (0, 1):
        pair = words[at : at + 2]
        if len(pair) < 2 or pair[0].casefold() not in definite:
            continue
        if pair[1].casefold() != role.casefold():
            continue
        after = words[at + 2 : at + 3]
        if told:
            return not after
        verb = words[0] if at else (opening.split() or [""])[-1]
        if not verb[:1].islower() or verb.endswith("n"):
            return False
        return not after or not (
            after[0][:1].isupper() or re.fullmatch(conjunction, after[0], re.IGNORECASE)
        )
    return False


def _same_subject(opening: str, rest: str, speaker: str | None, lang: str) -> bool:
    """The words ``rest`` after an answer's ``opening`` ("Mit diesen Worten", "So
    reagierte") have ``speaker`` as their subject, first or right after the verb: a pronoun
    of one person of ``speaker``'s known gender after a verb of one person (not in -n), or
    ``speaker``'s name or surname with no other name or "and" after it. Else (an unknown
    gender, a role, an age, a group, "am Montag Merz", "Anna Scholz") someone else."""
    words = [w.strip(".,;:!?") for w in rest.split()]
    if not speaker or not words:
        return False
    pronouns = languages.get(lang).pronouns  # subjects only: not "ihr Sprecher"
    at = 0 if words[0][:1].isupper() or words[0].casefold() in pronouns else 1
    verb = (opening.split() + words)[len(opening.split()) + at - 1]
    if at >= len(words) or verb.endswith("n"):
        return False  # "So reagierten sie", "Met die woorden reageerden ze"
    subject = words[at]
    if subject.casefold() in pronouns:
        gender = pronoun_gender(subject, lang)
        return gender is not None and gender == gender_of(speaker)
    name = speaker.split()
    taken = name if words[at : at + len(name)] == name else [subject]
    if taken != name and subject != name[-1]:
        return False
    after = words[at + len(taken) : at + len(taken) + 1]
    conjunction = languages.get(lang).reporting.conjunction or "(?!)"
    return not after or not (
        after[0][:1].isupper() or re.fullmatch(conjunction, after[0], re.IGNORECASE)
    )


def genitive_owner(who: str, name: str, lang: str) -> bool:
    """The reporting clause's ``who`` ends with a person noun (or a determiner and a noun)
    and one capitalised word in -s that is the genitive of the speaker ``name`` found (its
    surname plus -s), or a determiner, a noun and that word were read as the name: the words
    are that person's, not the one named ("ein Sprecher Merkels", "ein Vertrauter
    Brandts"); in a language whose nouns take a capital. (A word the article writes without
    the -s elsewhere is no sign: on tune-b that took a right speaker.)"""
    language = languages.get(lang)
    words = who.split()
    if not language.capitalises_nouns or len(words) < 2:
        return False
    last, head = words[-1], words[-2]
    if len(last) <= 3 or not last[:1].isupper() or not last.endswith("s"):
        return False
    determiners = language.reporting.words("determiners")
    noun = len(words) >= 3 and words[-3].casefold() in determiners  # "ein Vertrauter"
    if head in name.split() and not noun:
        return False  # "die Bürgermeisterin Anna Jens": the name's own first word
    if not (is_person_noun(head, lang) or (head[:1].isupper() and noun)):
        return False
    stem = last[:-1]
    if noun and head in name.split():
        return True  # "ein Vertrauter Brandts" read as a name: a determiner's noun, no name
    return name.split()[-1] == stem


def outlet_named(before: str, words: str, after: str, cue: str | None, lang: str) -> bool:
    """``words`` (one to three capitalised words) name an outlet in a reporting clause:
    ``before`` ends with one of ``Descriptions.outlet_prepositions`` (or a verb of saying
    and one of ``outlet_in``) and maybe a determiner; ``after`` is the clause's verb
    ``cue``, or ends the clause or opens the content (``outlet_after``) where a verb of
    saying stands before it after the last comma; or a verb of saying and ``outlet_in``
    stand right before it ("sprak Y in 'Nieuwsuur' van …")."""
    found = descriptions(lang)
    named = words.split()
    if not found.outlet_prepositions or lang not in SAY or not 1 <= len(named) <= 3:
        return False
    if not all(w[:1].isupper() for w in named):
        return False
    if not _outlet_before(lang).search(before):
        return False
    if re.match(r"-\w", after):
        return True  # "im Interview mit der „X“-Zeitung": the start of a compound's name
    says = _says(lang)
    if cue and re.match(rf"\s+{re.escape(cue)}\b", after):
        return True  # "Im Gespräch mit der „X“ sagte Y"
    if _outlet_before(lang, True).search(before):
        return True  # "sprak Y in 'Nieuwsuur' van een '…'": where a verb of saying spoke
    # the clause's own words: its verb after the last comma ("Y sagte gegenüber der „X“,"),
    # not the content's ("Y sagte, das gehe nur mit „Augenmaß“.")
    content = found.outlet_after or "(?!)"
    own = re.split(rf"[,:;]|(?<!\w)(?:{content})(?!\w)", before)[-1]  # "zei dat het …"
    ends = rf"\s*(?:[,:;.!?]|$)|\s+(?:{content})\b"
    return bool(says.search(own)) and bool(re.match(ends, after))


@cache
def _says(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(SAY[lang])})(?!\w)")


@cache
def _outlet_before(lang: str, said_in: bool = False) -> re.Pattern[str]:
    """An outlet's preposition (or a verb of saying and ``outlet_in``; ``said_in``: only
    that) and maybe a determiner, ending the words before a quotation."""
    found = descriptions(lang)
    says = alternation(SAY[lang])
    determiners = languages.get(lang).reporting.determiners or "(?!)"
    told = f"(?:{says})\\s+(?:{found.outlet_in})"
    head = told if said_in else f"(?:{found.outlet_prepositions})|{told}"
    return re.compile(rf"(?<!\w)(?:{head})\s+(?:(?:{determiners})\s+)?$", re.IGNORECASE)


def text_object(who: str, before: str, lang: str) -> bool:
    """``before`` (a clause with no verb of saying, ending in a colon) has, after ``who``,
    one of ``Descriptions.texts`` after a determiner that no ``own_text_prepositions``
    comes right before: the quotation is that text's words. Not where one of
    ``own_text_verbs`` comes right after ``who`` (their own text, sent or answered with).
    Also where one of ``received`` does ("X erntete Spott:": the mockers' words)."""
    found = descriptions(lang)
    determiners = languages.get(lang).reporting.determiners
    if not found.texts or not determiners:
        return False
    at = before.find(who)
    rest = before[at + len(who) :] if at >= 0 else ""
    if found.received and re.match(rf"\s*(?:{found.received})", rest):
        return True  # "X erntete Spott:", "X musste sich Kritik anhören:": others' words
    verbs = found.own_text_verbs
    if verbs and re.match(rf"\s*(?:{verbs})(?!\w)", rest):
        return False  # "X reagierte auf das Urteil:", "X verschickte eine E-Mail:"
    own = found.own_text_prepositions or "(?!)"
    return any(
        not m.group(1) or m.group(1).casefold() not in own.casefold().split("|")
        for m in re.finditer(
            rf"(?:(?<!\w)(\w+)\s+)?(?:{determiners})\s+(?:\w+\s+)?(?:{found.texts})(?![\w-])",
            rest,
            re.IGNORECASE,
        )
    )


def role_told(clause: Clause | None, before: str, lang: str) -> bool:
    """``clause`` is a colon clause (``before`` ends in ":") whose subject is a determiner
    and a role with no name ("Der Kanzler sagte Reportern:", "Der Richter sagte Jonas
    Falk:"): that role's words, not those of whom they were told, which the second clause
    reader would give."""
    who = clause.who.split() if clause is not None else []
    return (
        before.rstrip().endswith(":")
        and len(who) == 2
        and who[0].casefold() in DETERMINERS.get(lang, ())
        and is_role(who[1], lang)
    )
