"""Words of clause shapes that keep a reporting clause from naming one speaker, for
``translate.coverage.speaker_limits``; Dutch only so far. Written from general knowledge of
Dutch news style, not from any corpus.

- ``RESTRICTIVE``: the relative pronoun of a clause written without a comma after a noun
  ("de agent die Jan Pietersen aanhield zei …", "Wilders is niet de enige die zegt dat …"):
  the clause names whom the noun's person acted on, not the speaker.
- ``QUESTION_OPENERS``: words a question opens with, a verb first or a question word ("Zou
  Omtzigt zeggen dat hij terugkeert?", "Wie zegt dat …?"): what is asked, no account.
- ``JOINED``: the conjunction of two people ("Schoof en Faber zeggen dat …", "volgens Schoof
  en Faber"): not one speaker, none.
- ``TOLD_VIEWS``: below."""

from __future__ import annotations

from collections.abc import Mapping

RESTRICTIVE: Mapping[str, str] = {"nl": "die"}

QUESTION_OPENERS: Mapping[str, str] = {
    "nl": (
        "zou|zouden|heeft|hebben|had|hadden|is|was|kan|kon|moet|moest|wil|wilde|zal|gaat|"
        "zegt|zei|weet|wist|wie|wat|waarom|hoe|wanneer|welke"
    ),
}

JOINED: Mapping[str, str] = {"nl": "en"}

# Verbs of a view that tell back the sentence before with only a name after them ("… . Dat
# vindt Kamerlid Renske Leijten."): one person's, singular forms only ("Dat vinden de
# bewoners" names no one).
TOLD_VIEWS: Mapping[str, str] = {
    "nl": "vindt|vond|denkt|dacht|verwacht|verwachtte|meent|meende",
}


def limit_words(table: Mapping[str, str], lang: str) -> str:
    """``lang``'s alternation in ``table``; a pattern matching nothing where it has none."""
    return table.get(lang, "") or "$^"
