"""An article with its translation, as coverage reads it: its English, the entities it
names (glossary entries), its numbers, and its sentences as the aligner sees them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from translate.coverage.align import Side, side
from translate.records import Article, ArticleTranslation
from translate.vocab import TARGET_LANG

# Entities that identify a story: names, and terms such as "security guarantees". Titles
# ("spokesperson", "president") are in almost every article and identify nothing.
STORY_KINDS = ("person", "place", "organisation", "term")
_NUMBER = re.compile(r"\b\d[\d.,]*\b")


@dataclass(frozen=True)
class Doc:
    article: Article
    translation: ArticleTranslation

    @property
    def english(self) -> str:
        return " ".join(
            [self.translation.title.english, *(s.english for s in self.translation.sentences)]
        )

    @property
    def entities(self) -> dict[str, str]:
        """Entry id -> English form of every person, place and organisation named."""
        found: dict[str, str] = {}
        for hit in self.translation.hits:
            if hit.kind in STORY_KINDS:
                english = _name(hit.english)
                # "Dmitry Peskov" and "Peskov" are one person, not two shared entities.
                key = f"person:{english.split()[-1]}" if hit.kind == "person" else hit.entry_id
                found.setdefault(key, english)
        return found

    @property
    def numbers(self) -> set[str]:
        return {n.strip(".,") for n in _NUMBER.findall(self.english) if len(n.strip(".,")) >= 2}


def _name(english: str) -> str:
    return english.removesuffix("'s").removesuffix("'")


def sides(doc: Doc) -> list[Side]:
    """The article's English sentences as the aligner sees them, with their entities
    (text the ``none`` engine left in its language is read as that language)."""
    lang = doc.article.lang if doc.translation.signature.engine == "none" else TARGET_LANG
    return [
        side(s.english, [_name(h.english) for h in s.hits if h.kind in STORY_KINDS], lang)
        for s in doc.translation.sentences
    ]
