"""A surname written with its particle capitalised right after a role ("minister Van der
Wal", "trainer Ten Hag", "aanvoerder De Jong"): Dutch capitalises the particle where no
first name stands before it, so the particle opens the name, no preposition or article
("minister van Defensie": lower case, a portfolio)."""

from __future__ import annotations

from glossary.languages import PARTICLE_ARTICLES, SURNAME_PARTICLES
from glossary.languages.first_names import FEMALE, MALE
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


__all__ = ["first_name_particle", "particle_after_role"]
