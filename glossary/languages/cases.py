"""Noun phrases whose case shows they are no verb's subject, for
``translate.coverage.oblique``: German "der" before an adjective in -en and a noun ("Der
Frankfurter Allgemeinen Zeitung sagte X", "Der Deutschen Presse-Agentur sagte X") is a
dative or a genitive, never a nominative (that takes "-e": "der Deutsche Wetterdienst");
an uninflected place adjective in -er may come first ("Frankfurter"). General knowledge of
each language's grammar, not from any corpus."""

from __future__ import annotations

from collections.abc import Mapping

OBLIQUE: Mapping[str, str] = {
    "de": r"[Dd]er\s+(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?[A-ZÄÖÜ][a-zäöüß]+en\s+[A-ZÄÖÜ][\w-]*",
}


def oblique(lang: str) -> str:
    """``lang``'s pattern of a noun phrase in a case no subject takes ("$^" where none)."""
    return OBLIQUE.get(lang, "$^")
