"""A reporting verb that rejects another's claim ("Peskow wies die Darstellung zurück, Russland
habe Truppen verlegt", "X dementierte Berichte, wonach …", "Y wees de beschuldiging van de
hand dat …"): the content after its comma is the claim rejected, whose teller the sentence
does not name; not the subject's account. The claim's nouns and the rejecting verbs are the
language's (``Reporting.claims``, ``Reporting.rejects``)."""

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
    return re.search(rf"(?<!\w)(?:{claims})(?!\w)", between) is not None


__all__ = ["rejected_claim"]
