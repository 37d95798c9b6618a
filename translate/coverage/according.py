"""Reported speech that names its source with "volgens"/"laut" ("Volgens Peskov heeft
Poetin …", "Laut Rjabkow gebe es …", "volgens zijn advocaat Peter Bos", "volgens vakbond
FNV"): ``according_clause``, read by ``translate.coverage.reported``."""

from __future__ import annotations

import re

from glossary import languages
from glossary.languages.descriptions import descriptions
from translate.coverage.clause_words import (
    DETERMINERS,
    NAME_WORD,
    NOT_NAMES,
    acronym_person,
    titles,
)
from translate.coverage.clauses import reported
from translate.coverage.name_ends import body_of
from translate.coverage.owners import owned_tail, said_by
from translate.coverage.reported_shapes import _LONG_NAME, NAME, reporting_field
from translate.coverage.speaker_limits import two_after
from translate.coverage.speaker_names import is_name, is_role, name_in


def according_clause(
    text: str, lang: str, according: str, relative: str
) -> tuple[int, int, str, str] | None:
    """(content start, content end, who, cue) of an account that names its source
    ("Volgens Peskov heeft Poetin …", "Laut Rjabkow gebe es …", "… wäre laut IGDRB …",
    "volgens wethouder Jan de Vries": a role in lower case before the name); None where
    the sentence has none. ``according`` and ``relative``: the language's alternations."""
    # "laut einer Pressemitteilung der ALA": the text's issuer after it
    document = (
        rf"(?:(?:een|de|het|einer|einem|eines|der|dem|den|des)\s+)?"
        rf"(?:{reporting_field(lang, 'documents')})\s+(?=(?:van|von|des|der)\s)"
    )
    pronoun = _by_pronoun(text, lang, according)
    if pronoun is not None:
        return pronoun
    held = _genitive_view(text, lang, according)
    if held is not None:
        return held
    # "volgens zijn advocaat Peter Bos": a possessive before the role
    owners = languages.get(lang).reporting.possessives
    owner = rf"|(?:{owners})\s+(?=[a-zäöü]+\s+[A-ZÄÖÜ])" if owners else ""
    # "volgens de Russische president X": an adjective of a place, capitalised, before
    adjective_first = languages.get(lang).capital_adjective
    capital = rf"[A-ZÀ-Ý][a-zà-ÿ]+{adjective_first.rstrip('$')}" if adjective_first else "$^"
    m = re.search(
        rf"(?<!\w)((?i:{according}))\s+(?:{document})?"
        rf"((?:(?:van|von)\s+)?(?:de|het|der|die|des|dem|den)\s+|(?:van|von)\s+{owner})?"
        rf"((?:(?:{capital}|[a-zäöüéë]+|(?:{titles(lang)})\.)\s+){{0,3}})„?({_LONG_NAME})[“”]?(?=[\s,.])",
        text,
    )
    if m is not None and text[m.start(4) - 1] == "„" and text[m.end(4) : m.end(4) + 1] not in "“”":
        return None  # "volgens het rapport „De Staat van het Klimaat”": a title, not read
    if (
        m is not None
        and re.search(r"(?<!\w)[A-ZÄÖÜ][a-zäöü]{1,2}$", m.group(4))
        and re.match(r"\.\s*\d", text[m.end(4) :])
    ):
        return None  # "gemäß dem Dekret Nr. 41-220": a numbered text, no one named
    if (
        m is not None
        and re.fullmatch(capital, m.group(4))
        and re.match(r"\s+[a-zà-ÿ]", text[m.end(4) :])
    ):
        return None  # "volgens de Amerikaanse krant": an adjective, then the noun
    # "laut der offiziellen chinesischen Nachrichtenagentur Xinhua": adjectives before it
    adjective = rf"[a-zäöüßéë]{{3,}}(?:{languages.get(lang).reporting.attributive or '$^'})"
    # "volgens het vakblad „Tuinwereld“": a noun in lower case and the title it goes with
    titled = (
        m is not None
        and text[m.start(4) - 1] == "„"
        and bool(m.group(2))
        and len(m.group(3).split()) == 1
    )
    if m is None or not (
        titled
        or all(
            is_role(w, lang) or re.fullmatch(adjective, w) or re.fullmatch(capital, w)
            for w in m.group(3).split()
        )
        # "volgens vakbond FNV": a body's noun before its acronym
        or (
            m.group(3).strip() in languages.get(lang).reporting.words("bodies")
            and re.fullmatch(r"[A-ZÄÖÜ]{2,8}", m.group(4)) is not None
        )
    ):
        return None
    if titled:
        who = f"{m.group(2).split()[-1]} {m.group(3)}„{m.group(4)}“"
        start = m.end() if not text[: m.start()].strip() else 0
        return start, len(text), who, m.group(1)
    if any(w in languages.get(lang).reporting.words("indefinite") for w in m.group(3).split()):
        return None  # "nach Berechnungen eines US-Forschers": no one named
    name = m.group(4)
    if len(m.group(1).split()) > 1 and m.group(1).split()[-1][:1].isupper() and not m.group(2):
        # a noun and no article: a genitive name ("nach Angaben Ibrahims"), not a plural
        # ("nach Schätzungen französischer Behörden")
        genitive = re.fullmatch(r"(.*\w\w[^s\W])s", name)
        if m.group(3) or genitive is None:
            return None
        name = genitive.group(1)
    parts = name.split()
    if (
        len(parts) >= 3
        and any(is_role(parts[0][:cut], lang) for cut in (None, -1, -2))
        and is_name(" ".join(parts[1:]), lang)
    ):
        name = " ".join(parts[1:])  # "nach Angaben des Sprechers Paul Kern": Paul Kern
        if parts[1][:1].islower() and m.group(2):
            # "laut dem Leiter der Berliner Behörde Paul Kern": a genitive after the role,
            # all of it kept for ``named_at_end`` (not "Behörde Paul Kern")
            name = f"{m.group(2).split()[-1]} {m.group(4)}"
    before = text[: m.start()]
    that = reporting_field(lang, "that")
    if re.search(rf"\w\s+(?:{reporting_field(lang, 'say')})\s*$", before) and re.match(
        rf"\s*,|\s+(?:{that})\b", text[m.end() :]
    ):
        # "Wang sagte laut Staatsmedien, …", "Poetin zei volgens Rutte dat …": the source
        # cites the verb's subject
        return None
    owned = re.search(r"['’]s?$", m.group(4)) or re.match(r"['’]s?\s", text[m.end(4) :])
    if two_after(text[m.end(4) :], lang) or owned:
        return None  # "volgens Schoof en Faber": two; "volgens Wilders' partij": his party's
    comma = before.rfind(",")
    opener = before[comma + 1 :].strip()
    # at the start, or opening a clause after a comma ("…, iets waar volgens Rusland
    # geen plannen voor zijn"): the content is what follows the name, to the end
    inside = comma >= 0 and (not opener or re.fullmatch(rf"(?i:{relative})", opener))
    # "nach Angaben des Südwestrundfunks (SWR)", "laut UNO-Angaben": the acronym names it
    short = re.match(r"\s*\(([A-ZÄÖÜ][A-ZÄÖÜ0-9-]{1,7})\)", text[m.end() :])
    compound = re.fullmatch(r"([A-ZÄÖÜ]{2,8})-([A-ZÄÖÜ]\w+)", name)
    if (
        compound is not None
        and languages.get(lang).capitals_mark_names
        and not is_role(compound.group(2), lang)
    ):
        compound = None  # "volgens MKB-Nederland": nouns are lower case, so all one name
    if acronym_person(name, lang):
        # "nach Meinung des SPD-Politikers", "laut dem SPD-Politiker": a person, not the
        # party; the determiner kept (the one the article so named, or no one)
        compound, name = None, f"{' '.join((m.group(2) or '').split()[-1:])} {name}".strip()
    who = short.group(1) if short else compound.group(1) if compound else name
    roles = " ".join(w for w in m.group(3).split() if is_role(w, lang))
    who = f"{roles} {who}".strip() if not (short or compound) else who
    end_of = m.end() + (short.end() if short else 0)
    # "nach Ansicht des Generalanwalts des Gerichtshofes, Paul Kern, …": a role (its
    # first word, inflected), its genitive, then the name set off
    named = re.match(rf"[^,;:.„“\"]{{0,80}},\s*({NAME})\s*,", text[m.end() :])
    head = m.group(4).split()[0]
    if (
        not (short or compound)
        and named is not None
        and any(is_role(head[:cut], lang) for cut in (None, -1, -2))
        and is_name(named.group(1), lang)
    ):
        who, end_of = f"{who}, {named.group(1)}", m.end() + named.end()
    elif (
        not (short or compound)
        and not m.group(3)
        and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", m.group(4))
        and (m.group(2) or m.group(1)).split()[-1].casefold() in DETERMINERS.get(lang, ())
    ):
        # "laut dem Direktor der Behörde Paul Kern", "nach Angaben der Presseagentur
        # dpa", "laut dem Magazin „Nature“": a noun, its genitive or the name it goes
        # with; the determiner kept, so the name at the end is read (``named_at_end``)
        of_whom = rf"\s+(?:{reporting_field(lang, 'genitive')})\s+(?:[a-zäöüß]+\s+){{0,3}}{NAME}"
        title = rf"„{NAME}“|\"{NAME}\"|[A-ZÄÖÜ][\w.-]*[A-ZÄÖÜ]|[a-z]+[A-Z]\w*"
        after = re.match(rf"(?:{of_whom})?\s+(?:{title})(?=[\s,.])", text[m.end() :])
        after = after or re.match(rf"{of_whom}(?=[\s,.])", text[m.end() :])
        if after is not None:
            end_of = m.end() + after.end()
            det = (m.group(2) or m.group(1)).split()[-1].casefold()
            who = f"{det} {m.group(4)}{after.group(0)}"
    # "volgens Peter Hein van Dalen van het CBS komt …": where they work, no content
    dets = "|".join(DETERMINERS.get(lang, ())) or "$^"
    works = re.match(
        rf"\s+(?:{'|'.join(body_of(lang)) or '$^'})\s+(?:(?i:{dets})\s+)?[A-ZÄÖÜ][\w.&-]*(?=[\s,])",
        text[end_of:],
    )
    if works is not None and len(name.split()) >= 2 and not (short or compound):
        end_of += works.end()
    if inside and not opener and not re.search(r"\w", text[end_of:]):
        return 0, comma, who, m.group(1)  # "…, volgens X.": what comes before
    start = end_of if not before.strip() or inside else 0
    says, that = reporting_field(lang, "say"), reporting_field(lang, "that")
    if start and re.match(rf"\s*(?:{says})\s[^,;:]{{1,60}}?[\s,]+(?:{that})\b", text[start:]):
        return None  # "Volgens Anadolu zei hij dat …": the verb's subject said it
    cue, in_time = m.group(1).split(), languages.get(lang).reporting.words("words_after")
    plural = len(cue) == 3 and cue[1].casefold() in DETERMINERS.get(lang, ())
    if plural and cue[2] in in_time and not reported(text[start:], lang):
        return None  # "Nach den Worten des Papstes verließen …": after them, in time
    tail = owned_tail(text[end_of:], who, lang)  # "volgens Poetins woordvoerder": his
    who = said_by(who + tail.rstrip(), lang) or who + tail.rstrip()  # "Laut Putins Aussage"
    return start and start + len(tail), len(text), who, m.group(1)


def _by_pronoun(text: str, lang: str, according: str) -> tuple[int, int, str, str] | None:
    """ "Volgens hem is de brug veilig": the account of a pronoun (one of the language's
    ``objects`` that is no determiner) opening the sentence, then a lower-case word or a
    comma; where the pronoun is a possessive too ("haar"), only a verb right after it (a
    perfect auxiliary, ``subject_verbs`` or ``Descriptions.verbs_after_pronoun``: not
    "Volgens haar moeder …"), never a conjunction (``coordinating``: "Volgens hem en zijn
    vrouw …"). Who it is, the caller resolves."""
    language = languages.get(lang)
    owners = language.reporting.words("possessives")
    pronouns = [
        w for w in language.reporting.words("objects") if w not in DETERMINERS.get(lang, ())
    ]
    if not pronouns:
        return None
    finite = descriptions(lang).verbs_after_pronoun  # "Volgens haar moeten …"
    verbs = "|".join(
        v for v in (*language.perfect_auxiliaries, *language.subject_verbs, finite) if v
    )
    verbs = verbs or "$^"
    m = re.match(
        rf"\s*((?i:{according}))\s+({'|'.join(pronouns)})(?:\s*,\s*|\s+(?=[a-zà-ÿ]+\s))",
        text,
    )
    if m is None:
        return _pronoun_inside(text, lang, according, pronouns, owners)
    if m.group(2) in owners and not re.match(rf"(?:{verbs})\s", text[m.end() :]):
        return None
    following = text[m.end() :].split()[:1]
    if following and following[0].casefold() in language.reporting.words("coordinating"):
        return None  # "Volgens hem en zijn vrouw is …": two, not him alone
    return m.end(), len(text), m.group(2), m.group(1)


def _genitive_view(text: str, lang: str, according: str) -> tuple[int, int, str, str] | None:
    """(content start, end, who, cue) of a sentence opening with a name in the genitive
    before a noun of a view ("Nach Kerns Ansicht sei …", "Laut Kerns Worten …": Kern's;
    ``Reporting.views``), never the noun as the name ("Kerns Worten")."""
    views = reporting_field(lang, "views")
    by = rf"{reporting_field(lang, 'view_by')}|{according}"
    m = re.match(
        rf"\s*(?i:{by})\s+((?:{NAME_WORD.pattern}\s+){{0,2}}[A-ZÄÖÜ][\w'’-]*?)s\s+(?:{views})\b",
        text,
    )
    if m is None or m.group(1).split()[0].casefold() in NOT_NAMES.get(lang, ()):
        return None
    if name_in(m.group(1), lang) is None or not re.search(r"\w", text[m.end() :]):
        return None
    return m.end(), len(text), m.group(1), m.group(0).strip()


def object_pronoun(who: str, lang: str) -> bool:
    """``who`` is a pronoun as object ("hem", "ihm"; the language's ``objects`` that are
    no determiner): one person, like a subject pronoun."""
    objects = languages.get(lang).reporting.words("objects")
    return who in objects and who not in DETERMINERS.get(lang, ())


def _pronoun_inside(
    text: str, lang: str, according: str, pronouns: list[str], owners: tuple[str, ...]
) -> tuple[int, int, str, str] | None:
    """ "Evacuatie is volgens hem nog niet nodig", "Moskou zal volgens haar „passend
    reageren”": the account of a pronoun inside a clause of one verb (no comma and no
    conjunction of reported speech before it: "Jan zegt dat …"), the whole sentence; a
    pronoun that is a possessive too only before a word of the language's
    ``after_pronoun`` (not "volgens haar advocaat")."""
    after = descriptions(lang).after_pronoun
    m = re.search(
        rf"(?<=\w\s)((?i:{according}))\s+({'|'.join(pronouns)})(?=\s*[,.„“\"']|\s+[a-zà-ÿ])",
        text,
    )
    if (
        m is None
        or not after
        or re.search(rf"[,;:]|(?<!\w)(?:{reporting_field(lang, 'that')})\s", text[: m.start()])
    ):
        return None
    if m.group(2) in owners and not re.match(
        rf"\s*(?:[„“\"',.]|(?:{after})(?!\w))", text[m.end() :]
    ):
        return None
    if not text[m.end() :].strip(" .") or not _a_claim(text, m, lang):
        return None
    return 0, len(text), m.group(2), m.group(1)


def _a_claim(text: str, m: re.Match[str], lang: str) -> bool:
    """The clause around "volgens hem" (``m``: the cue, the pronoun) states something as
    theirs: not a question ("Is het volgens haar nodig?"), not a fragment ("Niet volgens
    hem natuurlijk."), not two people ("volgens hem en zijn vrouw"), not a possessive before
    an adjective and its noun ("volgens haar nog niet bekende advocaat"), and a cue that is
    an adjective too ("laut") only in reported speech or after a verb of an account ("Die
    Lage sei/ist laut ihm …"; never "Die Kinder riefen laut ihm nach")."""
    found = descriptions(lang)
    after = text[m.end() :].split()
    if text.rstrip().endswith("?") or len(text[: m.start()].split()) < 2:
        return False
    if after and after[0].casefold() in languages.get(lang).reporting.words("coordinating"):
        return False
    if m.group(2) in languages.get(lang).reporting.words("possessives"):
        plain = [w.strip(",.") for w in after]
        rest = [w for w in plain if not re.fullmatch(found.after_pronoun or "$^", w)]
        if len(rest) > 1 and re.fullmatch(r"[a-zà-ÿ]{3,}e", rest[0]) and rest[1].islower():
            return False  # "volgens haar nog niet bekende advocaat": her lawyer
    if not found.according_adjective or not re.fullmatch(
        found.according_adjective, m.group(1).casefold()
    ):
        return True
    clause = re.split(r"[,;:]", text[m.end() :])[0]
    verb = text[: m.start()].split()[-1]
    return reported(text[: m.start()] + clause, lang) or bool(
        re.fullmatch(found.account_verbs or "$^", verb.casefold())
    )
