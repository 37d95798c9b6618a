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


def cut_name(speaker: str, text: str, lang: str) -> str | None:
    """The surname's particle that ``text`` (the quotation's sentences) writes right
    before ``speaker`` and the speaker lacks ("Van" of "Van Gerwen"): a cut name; else
    None."""
    first = speaker.split()[0] if speaker.split() else ""
    if not first or first.casefold() in languages.NAME_PARTICLES:
        return None
    opens = _opens(languages.get(lang).capitalises_nouns)
    plain = outside_quotations(text)
    for m in re.finditer(rf"({opens})\s+{re.escape(speaker)}(?![\w-])", plain):
        if re.search(r"[\w,]\s*$", plain[: m.start()]):  # not a sentence's "De", "Zu"
            return " ".join(m.group(1).split())
    return None


def whole_name(speaker: str, text: str, lang: str) -> str | None:
    """``speaker`` as a whole name: with the particle ``text`` writes before it where it
    was cut from it ("Van Gerwen" for "Gerwen"), where that is a name (``a_name``); else
    None."""
    from translate.coverage.speaker_checks import a_name  # it reads ``described_name``

    particle = cut_name(speaker, text, lang)
    whole = f"{particle} {speaker}" if particle else speaker
    return whole if a_name(whole, lang) else None


def described_name(name: str, lang: str) -> bool:
    """``name`` is one word that describes a person, not names one ("PVV-kiezer"); not a
    body of the language's ``Reporting.bodies`` ("VVD-fractie": the party's group), nor a
    role before a name ("D66-Kamerlid Rob Jetten")."""
    word = name.strip()
    if _DESCRIBED.fullmatch(word) is None:
        return False
    bodies = languages.get(lang).reporting.words("bodies")  # read only for such a word
    return not word.rsplit("-", 1)[1].casefold().endswith(bodies)
