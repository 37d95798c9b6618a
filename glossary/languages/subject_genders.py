"""The gender and number a sentence's unnamed subject shows in its determiner and noun,
for a pronoun after it that may stand for that subject rather than for a person named
before ("Der Verein trennte sich von Trainer X. „…“, teilte er mit.": the club's words;
"Eine Anwohnerin zweifelt daran. „…“, sagt sie.": hers), and the role words before a
name that tell that person's gender ("Bundestrainer X": a man, "Trainerin X": a woman),
for ``translate.coverage.unnamed_subjects``. Per language code, written from general
knowledge of the language's grammar, not from any corpus; a language left out has none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class SubjectGenders:
    # The pronouns of one person and their gender ("er": "m").
    pronouns: Mapping[str, str]
    # Determiners and possessives that open a subject in the nominative, by gender.
    determiners: Mapping[str, frozenset[str]]
    # Words a sentence may start with before its subject ("Auch ein Helfer …").
    openers: frozenset[str]
    # The nouns of bodies that speak, by gender: a compound's last part ("EU-Kommission").
    bodies: Mapping[str, tuple[str, ...]]
    # Nouns of persons of one gender that are no role in -in ("Mutter", "Witwe").
    persons: Mapping[str, frozenset[str]]
    # Nouns of persons or bodies that take "es" ("Kind", "Unternehmen"): neither "er" nor "sie".
    neuter: tuple[str, ...]
    # The ending of a role's feminine form ("Trainerin") and its plural ("Trainerinnen").
    feminine_end: str
    # Forms of address before a name, by gender ("Frau Weber").
    addresses: Mapping[str, frozenset[str]]
    # Finite verbs in the plural that do not end like one ("sind").
    plural_verbs: frozenset[str]
    # Auxiliaries that may stand before an inverted subject ("… hat die Verteidigung …").
    finite: frozenset[str]


_GERMAN = SubjectGenders(
    pronouns={"er": "m", "sie": "f"},
    determiners={
        "m": frozenset("der ein kein sein ihr unser dieser jener jeder".split()),
        "f": frozenset("die eine keine seine ihre unsere diese jene jede".split()),
    },
    openers=frozenset("auch doch aber und selbst sogar zudem".split()),
    bodies={
        "m": (
            "verein",
            "klub",
            "club",
            "konzern",
            "verband",
            "vorstand",
            "senat",
            "rat",
            "ausschuss",
            "stab",
            "hersteller",
            "autobauer",
            "versicherer",
            "veranstalter",
            "sender",
            "kreml",
            "geheimdienst",
            "wetterdienst",
            "betreiber",
            "anbieter",
            "landkreis",
            "bundestag",
            "landtag",
            "gerichtshof",
            "zoll",
            "richterbund",
        ),
        "f": (
            "polizei",
            "regierung",
            "kommission",
            "staatsanwaltschaft",
            "gewerkschaft",
            "partei",
            "fraktion",
            "opposition",
            "koalition",
            "bahn",
            "behörde",
            "stadt",
            "gemeinde",
            "feuerwehr",
            "armee",
            "bundeswehr",
            "firma",
            "bank",
            "verwaltung",
            "klinik",
            "universität",
            "leitung",
            "führung",
            "spitze",
            "union",
            "stiftung",
            "kirche",
            "agentur",
            "organisation",
            "initiative",
            "kammer",
            "kasse",
            "versicherung",
            "aufsicht",
            "staatskanzlei",
            "verteidigung",
            "anklage",
            "nebenklage",
            "mannschaft",
            "metall",
            "nato",
            "uno",
            "eu",
            "who",
            "gruppe",
        ),
    },
    persons={
        "f": frozenset(
            "mutter tochter schwester frau ehefrau witwe oma großmutter tante nichte "
            "schwiegermutter stiefmutter cousine".split()
        ),
        "m": frozenset(
            "vater sohn bruder mann ehemann witwer opa großvater onkel neffe "
            "schwiegervater stiefvater cousin".split()
        ),
    },
    neuter=(
        "kind",
        "mädchen",
        "opfer",
        "mitglied",
        "baby",
        "paar",
        "unternehmen",
        "ministerium",
        "gericht",
        "amt",
        "institut",
        "team",
        "komitee",
        "parlament",
        "präsidium",
        "rathaus",
        "bündnis",
        "kabinett",
        "gremium",
        "büro",
        "kommando",
        "land",
        "haus",
        "werk",
    ),
    feminine_end="in",
    addresses={"f": frozenset({"frau"}), "m": frozenset({"herr", "herrn"})},
    plural_verbs=frozenset("sind waren".split()),
    finite=frozenset("hat hatte haben hatten ist war sind waren wird wurde werden wurden".split()),
)

SUBJECT_GENDERS: Mapping[str, SubjectGenders] = {"de": _GERMAN}


def subject_genders(lang: str) -> SubjectGenders | None:
    """``lang``'s words for a subject's gender; None for a language left out."""
    return SUBJECT_GENDERS.get(lang)
