"""The languages newsbridge reads, and the words of each that carry no content.

This is the bottom of the vocabulary: the glossary (which imports nothing else of ours)
needs it, and ``translate.vocab`` re-exports it for everything above.
"""

from __future__ import annotations

# Source languages: the glossary has a column for each, the engines translate each.
SOURCE_LANGS: tuple[str, ...] = ("nl", "de")
TARGET_LANG = "en"
# What ingest accepts: the source languages, and English (passed through untranslated).
READ_LANGS: tuple[str, ...] = (*SOURCE_LANGS, TARGET_LANG)
LANGUAGE_NAMES: dict[str, str] = {"nl": "Dutch", "de": "German", "en": "English"}

# Function words: articles, pronouns, prepositions, conjunctions, auxiliaries and common
# adverbs. They open sentences (so a capitalised one is no name) and say nothing about
# what a text is about (so story grouping ignores them in untranslated text).
_FUNCTION_WORDS = {
    "nl": """de het een en of maar dat die dit deze als ook er hij zij ze we wij ik je u zo
    toen volgens in op bij met van voor na door over onder tegen tijdens om uit aan
    tot nog wel niet geen meer dan dus want omdat toch al alle zijn is was werd wordt worden
    heeft hebben had haar hun hen wat wie waar hoe daar hier nu zou zullen kan kunnen moet""",
    "de": """der die das ein eine einen einem einer eines und oder aber dass als auch er sie
    es wir ich du ihr man so dann nach in im an am auf bei mit von vor durch über unter gegen
    um noch nicht kein keine mehr zu zum zur aus wie was wer wo hier da dort nun unsere unser
    einigen einige anderen diese dieser dieses sollten ist sind war wurde werden hat haben
    sich den dem des""",
}
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()
}
