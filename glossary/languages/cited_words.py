"""Words with which a speaker cites someone else's words before a colon ("Die Ministerin
zitierte den Philosophen Kant: „…“", "Der Pfarrer erinnerte an die Worte von Dietrich
Bonhoeffer: „…“", "Der Trainer verwies auf einen Satz seines Vorgängers Otto Rehhagel:
„…“"): the quotation is the one cited's, not the subject's
(``translate.coverage.cited_authors``). Per language code, "|"-joined regular-expression
alternatives, written from general knowledge of the language, not from any corpus; a
language left out has none."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class Citing(NamedTuple):
    verbs: str  # a finite verb of citing whose object is the one cited
    words: str  # a noun of someone's words, before ``links`` and the one whose they are
    links: str  # the preposition or possessive between ``words`` and their author
    determiners: str  # the articles and possessives that open the one cited
    of: str  # of ``links`` and ``determiners``, those the name itself follows (no role)
    tails: str  # words that may follow the one cited before the colon
    auxiliaries: str  # of a perfect of saying ("hat … gesagt"): another's words relayed


CITING: Mapping[str, Citing] = {
    "de": Citing(
        verbs="zitiert|zitierte|zitierten",
        words="Worte|Worten|Wort|Satz|Sätze|Zitat|Zitate|Ausspruch|Diktum|Bonmot|Mahnung|"
        "Brief|Briefe|Zeilen|Verse|Gedicht|Erklärung|Botschaft|Tagebuch|Aufzeichnungen|"
        "Aussage|Äußerung|Mahnung|Warnung|Versprechen|Ankündigung|Zusage|Appell|Motto|Credo",
        links="von|vom|des|der|seines|seiner|ihres|ihrer|eines|einer",
        determiners="den|dem|des|der|die|seinen|seinem|seines|seiner|ihren|ihrem|ihres|"
        "ihrer|einen|einem|eines|einer|von|vom",
        of="von|vom",
        tails="mit den Worten|mit dem Satz|mit einem Satz|mit den Zeilen|mit einem Zitat",
        auxiliaries="hat|habe|hatte|haben|hätten|hätte|hatten",
    ),
}


def citing(lang: str) -> Citing | None:
    return CITING.get(lang)
