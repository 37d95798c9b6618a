"""A speaker's name that is only part of what the text writes: a surname cut from its
particle ("Gerwen" of "een teleurgestelde Van Gerwen", "Bossche" of "Van den Bossche"),
or a description written like a name ("een PVV-kiezer": a party's abbreviation and a
lower-case noun). Precision first: the whole name or none."""

from __future__ import annotations

import functools
import re

from glossary import languages
from glossary.languages import PARTICLE_ARTICLES, SURNAME_PARTICLES
from translate.coverage.marks import outside_quotations


@functools.cache
def _opens(capitalised_nouns: bool) -> str:
    """A surname's particle written capitalised, as where it opens a surname ("Van",
    "Von", "Ter"), with an article after it ("Van den", "Von der"); a capitalised
    article alone ("De", "Den") only where nouns take no capital (German "Der" opens
    sentences, and "Der Spiegel" is an outlet's whole name)."""
    articles = set(PARTICLE_ARTICLES)
    own = [p for p in SURNAME_PARTICLES if not (capitalised_nouns and p in articles)]
    first = "|".join(re.escape(p[:1].upper() + p[1:]) for p in own)
    then = "|".join(map(re.escape, PARTICLE_ARTICLES))
    return rf"(?<![\w-])(?:{first})(?:\s+(?:{then}))?"


# "PVV-kiezer", "VVD-stemmer": a capitalised part, a hyphen, a lower-case noun
_DESCRIBED = re.compile(r"[A-ZÀ-Ý][\w]*-[a-zß-ÿ][\w-]*")


def cut_name(speaker: str, text: str, lang: str) -> bool:
    """``text`` (the quotation's sentences) writes ``speaker`` right after a surname's
    particle that the speaker lacks: a cut name."""
    first = speaker.split()[0] if speaker.split() else ""
    if not first or first.casefold() in languages.NAME_PARTICLES:
        return False
    opens = _opens(languages.get(lang).capitalises_nouns)
    plain = outside_quotations(text)
    return re.search(rf"{opens}\s+{re.escape(speaker)}(?![\w-])", plain) is not None


def whole_name(speaker: str, text: str, lang: str) -> bool:
    """``speaker`` is a name (``a_name``) and not one cut from ``text`` (``cut_name``)."""
    from translate.coverage.speaker_checks import a_name  # it reads ``described_name``

    return a_name(speaker, lang) and not cut_name(speaker, text, lang)


def described_name(name: str, lang: str) -> bool:
    """``name`` holds a word that describes a person, not names one ("PVV-kiezer"); not
    a body of the language's ``Reporting.bodies`` ("VVD-fractie": the party's group)."""
    bodies = languages.get(lang).reporting.words("bodies")
    return any(
        _DESCRIBED.fullmatch(w) and not w.rsplit("-", 1)[1].casefold().endswith(bodies)
        for w in name.split()
    )
