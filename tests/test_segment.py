from __future__ import annotations

import pytest

from translate.segment import segment, split_sentences


def _texts(paragraph: str, lang: str) -> list[str]:
    return [paragraph[s:e] for s, e in split_sentences(paragraph, lang)]


def test_german_abbreviations_and_quotes() -> None:
    text = (
        'Dr. Müller sagte am 3. Januar: "Wir gehen." Die Lage bzw. der Konflikt '
        "z. B. in der Ukraine ist ernst. Danach ging er."
    )
    assert _texts(text, "de") == [
        'Dr. Müller sagte am 3. Januar: "Wir gehen."',
        "Die Lage bzw. der Konflikt z. B. in der Ukraine ist ernst.",
        "Danach ging er.",
    ]


def test_dutch_abbreviations() -> None:
    text = "Volgens dr. Jansen o.a. in Den Haag is het ernstig. Hij zei dat op 3 jan. al."
    assert _texts(text, "nl") == [
        "Volgens dr. Jansen o.a. in Den Haag is het ernstig.",
        "Hij zei dat op 3 jan. al.",
    ]


def test_offsets_point_into_the_original() -> None:
    text = "Titel\nEerste zin hier.  Tweede zin daar!\n\nDerde zin?"
    paragraphs = [(6, 40), (42, 52)]
    sentences = segment(text, paragraphs, "nl")
    assert [s.text for s in sentences] == ["Eerste zin hier.", "Tweede zin daar!", "Derde zin?"]
    assert [s.index for s in sentences] == [0, 1, 2]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_unsupported_language() -> None:
    with pytest.raises(ValueError, match="fr"):
        split_sentences("Bonjour.", "fr")


def test_empty_paragraph() -> None:
    assert split_sentences("   ", "nl") == []
