"""Reported speech whose content is a te-infinitive right after its verb, no comma and no
"dat" between ("Twitter zegt naar de rechter te stappen", "Taipei liet weten zich niet
te laten intimideren", "X kondigde aan de fabriek te sluiten"): the subject before the
verb says it. The verbs are the language's ``Reporting.infinitive_after_verb`` (a separable
one only with its particle right after it or after a phrase of time or place: "liet
weten", "laat in een verklaring weten", not "liet de kinderen …"), the
infinitive its ``Reporting.infinitive``; languages whose infinitive follows a comma
("…, sein Amt niederzulegen") read it in ``reported_shapes.content_follows``."""

from __future__ import annotations

import functools
import re

from glossary import languages
from translate.coverage.clause_words import SEPARABLE
from translate.coverage.clauses import reporting_clause
from translate.coverage.reported_shapes import after_conjunction, reporting_field
from translate.coverage.speaker_names import is_role


@functools.cache
def _verbs(lang: str) -> str:
    """The verbs whose content follows as a te-infinitive, each separable one with its
    particle ("liet\\s+weten"); one that matches nothing where the language reads none."""
    reporting = languages.get(lang).reporting
    separable = SEPARABLE.get(lang, {})
    # "laat in een verklaring weten": a phrase of time or place, lower case, between them
    between = rf"(?:\s+(?:{reporting.adverbial_prepositions})(?:\s+[a-zà-ÿ]+){{1,2}})?"
    between = between if reporting.adverbial_prepositions else ""
    forms = []
    for verb in reporting.words("infinitive_after_verb"):
        particles = separable.get(verb)
        forms.append(rf"{verb}{between}\s+(?:{particles})" if particles else verb)
    return "|".join(forms) or r"$^"


def infinitive_account(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(content start, content end, who, cue) of a sentence whose subject comes first, its
    verb next and the content after it, a te-infinitive ending the sentence or its first
    clause; None otherwise: a content that starts with a capital (the subject after the
    verb: "Dinsdag zegt X …"), words before the verb that open a clause of their own ("Toen
    X zei …", "De man die zegt …") or a purpose ("… om … te")."""
    verbs = _verbs(lang)
    if verbs == r"$^":
        return None
    m = re.match(rf"\s*([^,;:„“”\"]{{2,80}}?)\s+({verbs})\s+(?=[a-zà-ÿ])", text)
    if m is None:
        return None
    first = after_conjunction(m.group(1), lang)
    words = {w.casefold() for w in re.findall(r"[\w'’-]+", first)}
    closing = set(reporting_field(lang, "subordinate").split("|"))
    closing |= set(reporting_field(lang, "verb_final").split("|"))
    if words & closing:
        return None
    if words <= _words(lang, "determiners", "demonstratives"):
        return None  # "Het belooft …", "Dit zegt genoeg te zijn": no one
    if words <= set(reporting_field(lang, "stops").split("|")):
        return None  # "Dinsdag zegt het weerbureau …": an adverbial, the subject after the verb
    rest = text[m.end() :]
    clause = re.split(r"[,;:]", rest, maxsplit=1)[0]
    content = clause.rstrip(" .!?")
    if _fronted(first, lang) or _inverted(content, lang):
        return None
    infinitive = reporting_field(lang, "infinitive")
    purpose = reporting_field(lang, "purpose")
    if not re.search(rf"(?:{infinitive})$", content) or re.match(rf"(?:{purpose})\b", content):
        return None
    # "gaf toe aan de eis … om de regels te versoepelen": the last infinitive is the purpose's
    last = list(re.finditer(rf"\b(?:{purpose})\b", content))
    if last and len(re.findall(r"\bte\b", content[last[-1].end() :])) == 1:
        return None
    if _particle_opens(content, lang):
        return None  # "Het kabinet zegt toe de belasting te verlagen": the verb's particle
    clause_of = reporting_clause(text[: m.end(2)].rstrip() + ":", "", lang)
    who = clause_of.who if clause_of is not None else first
    verb = m.group(2).split()
    cue = " ".join(verb[:1] + verb[1:][-1:])  # "laat weten" of "laat in een verklaring weten"
    return m.end(), m.end() + len(content), who, cue


@functools.cache
def _words(lang: str, *names: str) -> frozenset[str]:
    reporting = languages.get(lang).reporting
    return frozenset(w for name in names for w in reporting.words(name))


def _fronted(first: str, lang: str) -> bool:
    """The words before the verb open with a preposition or an adverb ("In het AD zei
    premier X …", "Tegen de NOS zei …", "Daarom zei …"): an adverbial, the subject after
    the verb."""
    opening = first.split()[0].casefold() if first.split() else ""
    fields = ("stops", "adverbial_prepositions", "object_prepositions", "companions", "adverbs")
    return opening in _words(lang, *fields)


def _particle_opens(content: str, lang: str) -> bool:
    """The content opens with a verb's separable particle that is no preposition ("toe",
    "weten"): it belongs to the verb ("zegt toe …", "lieten weten …" unread as one)."""
    first = content.split()[0] if content.split() else ""
    particles = {p for ps in SEPARABLE.get(lang, {}).values() for p in ps.split("|")}
    prepositions = ("stops", "adverbial_prepositions", "object_prepositions")
    return first in particles and first not in _words(lang, *prepositions)


def _inverted(content: str, lang: str) -> bool:
    """The content opens with the subject after the verb: a pronoun, or a role with or
    without a determiner ("premier Dick Schoof de plannen te steunen", "de burgemeester
    geen fouten te hebben gemaakt"); or with a name after a preposition of whom words
    are said to ("tegen NBC blij te zijn")."""
    words = content.split()[:3]
    if not words or words[0] in _words(lang, "pronouns"):
        return bool(words)
    if words[0] in _words(lang, "object_prepositions"):
        # "zei tegen (de) Piet de Vries niet te komen": whom it was told, in the content
        named = [w for w in words[1:] if w not in _words(lang, "determiners")][:1]
        if named and named[0][:1].isupper():
            return True
    words = words[:2]
    if words[0] in _words(lang, "determiners") and len(words) > 1:
        return is_role(words[1], lang)
    return is_role(words[0], lang)


__all__ = ["infinitive_account"]
