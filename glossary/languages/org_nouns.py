"""Nouns of a kind of organisation that news writes before the organisation's own name
("der Netzbetreiber Ukrenerho", "die Fluggesellschaft Lufthansa", "das Nachrichtenportal
EurActiv"): the name after one is the body's (``translate.coverage.classed_orgs``). The
last part of a compound ("Energiekonzern", "Chemiekonzern"), matched whole or at a word's
end; no noun of a person or of a government ("die Regierung Merkel" is no body named
Merkel). Written from general knowledge of each language's news style, not from any
corpus."""

from __future__ import annotations

from collections.abc import Mapping

# Ends of compound nouns (and whole nouns) of a kind of organisation.
KINDS: Mapping[str, tuple[str, ...]] = {
    "de": (
        "konzern", "unternehmen", "firma", "hersteller", "autobauer", "flugzeugbauer",
        "maschinenbauer", "anlagenbauer", "fahrzeugbauer", "betreiber", "versicherer",
        "zulieferer", "anbieter", "discounter", "fluggesellschaft", "airline", "reederei",
        "bank", "sparkasse", "krankenkasse", "sender", "verband", "verein", "klub", "club",
        "gewerkschaft", "partei", "institut", "agentur", "behörde", "stiftung",
        "organisation", "bündnis", "netzwerk", "handelskette", "supermarktkette",
        "plattform", "portal", "verlag", "klinikum", "holding", "versorger",
        "dienstleister", "initiative", "startup", "start-up", "zeitung", "magazin",
        "sportartikelhersteller", "softwarehaus", "medienhaus", "modehaus", "onlinehändler",
        "versandhändler", "einzelhändler", "lebensmittelhändler", "stadt", "gemeinde",
    ),
}  # fmt: skip


def kinds(lang: str) -> tuple[str, ...]:
    """The ends of ``lang``'s nouns of a kind of organisation."""
    return KINDS.get(lang, ())
