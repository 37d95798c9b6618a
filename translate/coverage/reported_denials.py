"""A reporting verb that rejects another's claim ("Peskow wies die Darstellung zurück, Russland
habe Truppen verlegt", "X dementierte Berichte, wonach …", "Y wees de beschuldiging van de
hand dat …"): the content after its comma is the claim rejected, whose teller the sentence
does not name; not the subject's account. And a verb's words that end in what it opposes
("Die Fraktion protestierte dagegen, dass sie neben der NPD sitzen muss."): what follows is
what the subject is against, no account at all. The claim's nouns, the rejecting verbs and
the words of opposing are the language's (``Reporting.claims``, ``rejects``, ``opposed``).
And a reporting verb negated before its content ("X sagte nicht, dass …"): no account."""

from __future__ import annotations

import re

from glossary import languages
from glossary.languages.not_only import not_only
from translate.coverage.speaker_limits import asked
from translate.records import Article
from translate.results import Quote


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


def unsaid(article: Article, row: Quote) -> bool:
    """The reporting clause right before ``row``'s content negates its verb ("X sagte nicht,
    dass …", "X hat nie gesagt, dass …", "X glaubt nicht, dass …"): what was not said, no
    account; not "sagte nicht nur, dass …" (``not_only``), nor "sagte ein nicht genannter
    Sprecher, …"."""
    if asked(article.sentences[row.sentence].text, article.lang):
        return True  # "Zou X zeggen dat hij terugkeert?": asked, no account
    head = article.text[article.sentences[row.sentence].start : row.start]
    words = re.findall(r"\w+", re.split(r"[,;:]", head.rstrip(" ,:"))[-1].casefold())
    negations, only = languages.get(article.lang).negations, not_only(article.lang)
    return any(  # at the clause's end, a participle after it at most (not "ein nicht
        # genannter Sprecher sagte, …")
        w in negations and not (i + 1 < len(words) and words[i + 1] in only)
        for i, w in enumerate(words)
        if i >= len(words) - 2
    )


__all__ = ["opposed_content", "rejected_claim", "unsaid"]
