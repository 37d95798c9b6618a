"""Transliteration suggestions: Slavic names written the Dutch or German way, and names
the rules must leave alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from glossary.transliterate import english_spelling


@pytest.mark.parametrize(
    ("name", "lang", "english"),
    [
        ("Rjabkov", "nl", "Ryabkov"),
        ("Poetin", "nl", "Putin"),
        ("Zelenski", "nl", "Zelensky"),
        ("Sergej Lavrov", "nl", "Sergei Lavrov"),
        ("Joelia Navalnaja", "nl", "Yulia Navalnaya"),
        ("Chodorkovski", "nl", "Khodorkovsky"),
        ("Prigozjin", "nl", "Prigozhin"),
        ("Sjojgoe", "nl", "Shoigu"),
        ("Lawrow", "de", "Lavrov"),
        ("Rjabkow", "de", "Ryabkov"),
        ("Sergej Lawrow", "de", "Sergei Lavrov"),
        ("Dmitrij Medwedew", "de", "Dmitry Medvedev"),
        ("Jelzin", "de", "Yeltsin"),
        ("Nawalny", "de", "Navalny"),
        ("Tschernyschenko", "de", "Chernyshenko"),
        ("Chodorkowski", "de", "Khodorkovsky"),
    ],
)
def test_slavic_names_get_their_english_spelling(name: str, lang: str, english: str) -> None:
    assert english_spelling(name, lang) == english


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("Mark Rutte", "nl"),
        ("Wopke Hoekstra", "nl"),  # Dutch "oe" in a Dutch name stays
        ("Jan Peter Balkenende", "nl"),
        ("Dmitri Peskov", "nl"),  # already the English spelling
        ("Martin Schulz", "de"),
        ("Olaf Scholz", "de"),
        ("Frank-Walter Steinmeier", "de"),
        ("Annalena Baerbock", "de"),
        ("Lavrov", "en"),
    ],
)
def test_other_names_are_left_alone(name: str, lang: str) -> None:
    assert english_spelling(name, lang) is None


def test_suggest_proposes_the_english_spelling(cli, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Overleg in Ankara\nANKARA (ANP) - De Russische vicepremier Arkadi Dvorkovitsj sprak "
        "met Hakan Fidan. Dvorkovitsj zei dat het overleg moeilijk was.\n",
        encoding="utf-8",
    )
    found = json.loads(cli("glossary", "suggest", str(article), "--json").output)
    by_text = {s["text"]: s for s in found["suggestions"]}
    assert by_text["Arkadi Dvorkovitsj"]["english"] == "Arkadi Dvorkovich"
    assert by_text["Dvorkovitsj"]["english"] == "Dvorkovich"
    assert by_text["Hakan Fidan"]["english"] is None
    text = cli("glossary", "suggest", str(article)).output
    assert "English: Arkadi Dvorkovich?" in text
