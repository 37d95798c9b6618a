"""What a sentence says of its subject that puts them under fire: pressure, criticism,
suspicion, a charge ("X steht unter Druck", "X ist umstritten", "X muss sich vor Gericht
verantworten"). A Konjunktiv I sentence after it ("Er habe Geld angenommen.") is others'
allegation, not the subject's account (``translate.coverage.reported_names``). Regular
expressions over the words right after the subject, written from general knowledge of
German news style, not from any corpus; none for Dutch yet."""

from __future__ import annotations

from collections.abc import Mapping

_WORDS = r"(?:[\w-]+\s+)"

UNDER_FIRE: Mapping[str, str] = {
    "de": (
        rf"(?:steht|stand|stehen|standen|gerät|geriet|geraten|ist|war|sind|waren)\s+{_WORDS}{{0,3}}?"
        r"(?:unter\s+(?:\w+\s+)?(?:Druck|Verdacht|Beschuss|Korruptionsverdacht)|"
        r"in\s+(?:der|die)\s+Kritik|im\s+Verdacht|in\s+Bedrängnis|in\s+Erklärungsnot|"
        r"in\s+Verruf|ins\s+Visier|ins\s+Zwielicht|umstritten|angeklagt|beschuldigt)(?!\w)|"
        rf"(?:muss|musste|müssen|mussten)\s+sich\s+{_WORDS}{{0,5}}?verantworten(?!\w)|"
        rf"(?:sieht|sah|sehen|sahen)\s+sich\s+{_WORDS}{{0,4}}?ausgesetzt(?!\w)"
    ),
}


def under_fire(lang: str) -> str:
    """``lang``'s alternation of what puts a subject under fire; "" where none."""
    return UNDER_FIRE.get(lang, "")
