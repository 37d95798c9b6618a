"""English: the language newsbridge translates into; articles in it are read as they are
(see ``glossary.languages``)."""

from __future__ import annotations

from glossary.languages import Language, Reporting

LANGUAGE = Language(
    # English names no speakers; "of" ends a name before its organisation ("X of Y").
    reporting=Reporting(
        cuts="of",
        that="that",
        according="according to",
        tells=(
            "said|says|told|tells|added|adds|stated|states|explained|stressed|emphasised|"
            "emphasized|warned|announced|reported|declared|insisted|noted|wrote|writes"
        ),
    ),
    code="en",
    name="English",
    locale="en",
    source=False,
    identifier="en",
    segmenter="en",
    wordfreq="en",
    stemmer="english",
    flores="eng_Latn",
    abbreviations=frozenset("dr mr mrs ms prof st jan feb aug sept oct nov dec".split()),
    determiners=frozenset({"the", "a"}),
    before_names=frozenset({"and", "by", "with"}),
    phrase_ends=("of the",),
    acronym_skips=frozenset("of the and for on in".split()),
)
