"""A surname written with its particle capitalised right after a role ("minister Van der
Wal", "trainer Ten Hag", "aanvoerder De Jong"): Dutch capitalises the particle where no
first name stands before it, so the particle opens the name, no preposition or article
("minister van Defensie": lower case, a portfolio)."""

from __future__ import annotations

from collections.abc import Callable

from glossary.languages import PARTICLE_ARTICLES, SURNAME_PARTICLES
from glossary.languages.first_names import FEMALE, MALE
from glossary.languages.given_names import AFTER_FIRST_NAME, AFTER_FIRST_WORDS, given_names
from translate.coverage.clause_words import ACRONYM, NAME_WORD


def particle_after_role(words: list[str], i: int, after_role: bool) -> bool:
    """``words[i]`` is a capitalised surname particle right after a role word
    (``after_role``) and the words after it are at most one article of a surname in lower
    case ("der", "den") and one name word ending them, no acronym ("Van der Wal", "Ten
    Hag", "De Jong"; not "De Nederlandsche Bank", "Van Shell en KPN")."""
    word = words[i]
    if not after_role or not word[:1].isupper() or word.casefold() not in SURNAME_PARTICLES:
        return False
    rest = words[i + 1 :]
    if len(rest) == 2 and rest[0] in PARTICLE_ARTICLES:
        rest = rest[1:]
    return (
        len(rest) == 1 and NAME_WORD.fullmatch(rest[0]) is not None and not ACRONYM.match(rest[0])
    )


def first_name_particle(words: list[str]) -> str | None:
    """A common first name, a surname particle that is no article ("van", "von"), maybe an
    article of a surname ("den") and one name word, among ``words``: that name ("Bram van
    den Bosch" of "Staatssecretaris Bram van den Bosch van Defensie"), not the first name
    alone before a preposition "of"; None where there is none."""
    for i, word in enumerate(words[:-2]):
        particle = words[i + 1]
        if word not in FEMALE | MALE or particle not in SURNAME_PARTICLES:
            continue
        if particle in PARTICLE_ARTICLES:
            continue  # "Anna de Boer": read as a name already
        j = i + 2 + (words[i + 2] in PARTICLE_ARTICLES and i + 3 < len(words))
        if NAME_WORD.fullmatch(words[j]) and not ACRONYM.match(words[j]):
            return " ".join(words[i : j + 1])
    return None


def particle_surname(text: str) -> bool:
    """A surname written with its particle first, capitalised as it is without a first
    name before it ("Van der Plas", "Van Dijk", "De Jonge"): the particle, maybe an article,
    then name words only, maybe an adverb after them ("Van Aert zelf")."""
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].casefold() not in SURNAME_PARTICLES:
        return False
    rest = words[2:] if words[1] in PARTICLE_ARTICLES else words[1:]
    return 0 < len(n := [w for w in rest if NAME_WORD.fullmatch(w)]) <= 2 and rest[: len(n)] == n


def preposition_particle(words: list[str], i: int, lang: str) -> bool:
    """``words[i]`` is a particle that is a preposition too ("zu") and no first name or
    "und" stands right before it: the preposition ("Berger zu Journalisten", "Berger zu
    den Vorwürfen"), not a name's ("Karl-Theodor zu Guttenberg")."""
    if words[i] not in AFTER_FIRST_NAME:
        return False
    before = words[i - 1] if i > 0 else ""
    firsts = given_names(lang) | FEMALE | MALE
    return before not in AFTER_FIRST_WORDS and not (
        before and all(w in firsts for w in before.split("-"))
    )


def subject_first(words: list[str], role: Callable[[str], bool], lang: str) -> list[str]:
    """``words`` up to a second name with its ``role`` before it where a first name and a
    surname come first: the subject after an inverted verb, and then whom the words were
    said to ("fragte Lea Schmitt Innenminister Tom Berger": Lea Schmitt); not after a
    genitive's owner ("Lea Schmitts Sprecher Tom Berger": the spokesman)."""
    firsts = given_names(lang) | FEMALE | MALE
    for r in range(2, len(words) - 1):
        first, last = words[r - 2], words[r - 1]
        if (
            role(words[r])
            and all(w in firsts for w in first.split("-"))
            and NAME_WORD.fullmatch(last)
            and not role(last)
            and last[-1:] not in "s'’"
            and NAME_WORD.fullmatch(words[r + 1])
            and (r == 2 or words[r - 3] not in firsts)
        ):
            return words[:r]
    return words


__all__ = [
    "first_name_particle",
    "particle_after_role",
    "particle_surname",
    "preposition_particle",
    "subject_first",
]
