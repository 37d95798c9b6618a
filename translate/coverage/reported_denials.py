"""A reporting verb that rejects another's claim ("Peskow wies die Darstellung zurück, Russland
habe Truppen verlegt", "X dementierte Berichte, wonach …", "Y wees de beschuldiging van de
hand dat …"): the content after its comma is the claim rejected, whose teller the sentence
does not name; not the subject's account. And a verb's words that end in what it opposes
("Die Fraktion protestierte dagegen, dass sie neben der NPD sitzen muss."): what follows is
what the subject is against, no account at all. The claim's nouns, the rejecting verbs and
the words of opposing are the language's (``Reporting.claims``, ``rejects``, ``opposed``)."""

from __future__ import annotations

import re

from glossary import languages


def rejected_claim(verb: str, between: str, lang: str) -> bool:
    """``verb`` rejects and ``between`` (its words up to the content: "die Darstellung
    zurück", "Berichte") hold a noun of a claim: the content is that claim's."""
    reporting = languages.get(lang).reporting
    rejects, claims = reporting.words("rejects"), reporting.claims
    if not claims or verb.casefold() not in rejects:
        return False
    # "wies die Kritik zurück und sagte, …": the content is the second verb's, theirs
    joined = rf"(?<!\w)(?:{reporting.coordinating or '$^'})(?!\w)"
    return re.search(rf"(?<!\w)(?:{claims})(?!\w)(?!.*{joined})", between) is not None


def opposed_content(verb: str, between: str, lang: str) -> bool:
    """``verb`` opposes and ``between``, its words up to the content ("im Stadtrat
    dagegen"), end in the word of what it opposes ("protestierte dagegen, dass …"; not
    "erklärte dagegen, …", where the word is an adverb, nor "sprach sich dagegen aus, dass
    …", a view said). ``Reporting.opposed``: the verbs, a colon, the word."""
    verbs, _, word = languages.get(lang).reporting.opposed.partition(":")
    return (
        bool(word)
        and verb.casefold() in verbs.split()
        and re.search(rf"(?<!\w){re.escape(word)}\s*$", between) is not None
    )


__all__ = ["opposed_content", "rejected_claim"]
