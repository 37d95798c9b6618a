"""The words of a question put to someone: the polite forms of address ("Wie haben Sie
sich vorbereitet?": the interviewer's words, not the interviewee's) and the nouns that
name a question ("Auf die Frage „…“ antwortete sie"), for ``translate.coverage.
quoted_things``. Per language code, written from general knowledge of the language, not
from any corpus; a language left out has none."""

from __future__ import annotations

from collections.abc import Mapping

# Polite forms of address; German writes them with a capital inside a sentence (the
# pronoun "sie" of a woman or a group takes none there).
POLITE: Mapping[str, tuple[str, ...]] = {
    "de": ("Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"),
    "nl": ("u", "uw"),
}

# Nouns of a question, before the quoted question they name.
QUESTION_NOUNS: Mapping[str, tuple[str, ...]] = {
    "de": ("Frage", "Nachfrage", "Gegenfrage"),
    "nl": ("vraag", "wedervraag"),
}


def polite(lang: str) -> tuple[str, ...]:
    return POLITE.get(lang, ())


def question_nouns(lang: str) -> tuple[str, ...]:
    return QUESTION_NOUNS.get(lang, ())
