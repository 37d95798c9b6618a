"""Konjunktiv I read from a verb's shape and how common its indicative is
(``translate.coverage.moods``)."""

from __future__ import annotations

import pytest

from translate.coverage.moods import subjunctive, subjunctive_content


@pytest.mark.parametrize("word", ["dauere", "prüfe", "arbeite", "plane"])
def test_a_form_whose_indicative_is_common_is_konjunktiv_i(word: str) -> None:
    assert subjunctive(word, "de")


@pytest.mark.parametrize("word", ["plante", "hatte", "sollte", "neue", "lange", "eine", "Ende"])
def test_the_past_an_adjective_an_adverb_or_a_noun_is_not(word: str) -> None:
    assert not subjunctive(word, "de")


def test_the_verb_after_the_subject_s_noun_phrase_is_read() -> None:
    assert subjunctive_content("die Auswertung der Spuren dauere an.", "de")
    assert subjunctive_content("derzeit dauere die Auswertung an.", "de")
    assert not subjunctive_content("die neue Halle plante der Bürgermeister.", "de")
    assert not subjunctive_content("als die Feuerwehr dauere.", "de")  # another clause


def test_a_language_without_konjunktiv_i_has_none() -> None:
    assert not subjunctive_content("de zoektocht duure nog.", "nl")
