from __future__ import annotations

import itertools

import pytest

from translate.sources.segment import segment, split_sentences


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


def test_a_huge_paragraph_is_split_in_bounded_windows() -> None:
    from translate.sources.segment import WINDOW, windows

    sentence = "De minister zei dinsdag dat dr. Jansen het overleg leidt. "
    paragraph = sentence * 3000  # 174,000 characters, one paragraph
    pieces = windows(paragraph, "nl")
    assert pieces[0][0] == 0 and pieces[-1][1] == len(paragraph)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(0 < end - start <= WINDOW for start, end in pieces)
    # Cut at sentence ends only, never after "dr.".
    assert all(paragraph[start:end].startswith("De minister") for start, end in pieces)
    spans = split_sentences(paragraph, "nl")
    assert len(spans) == 3000
    assert {paragraph[s:e] for s, e in spans} == {sentence.strip()}


def test_the_rule_splitter_agrees_with_pysbd_on_plain_news() -> None:
    text = (
        "Volgens dr. Jansen is het ernstig. De NAVO zegt niets. J. de Vries, een woordvoerder, "
        'zei: "Wij wachten af." Daarna viel het stil. Op 3 jan. volgt meer.'
    )
    assert split_sentences(text, "nl", by_rule=True) == split_sentences(text, "nl")


def test_the_rule_splitter_ends_sentences_at_german_closing_marks() -> None:
    quoted = "Die Ministerin sagte: „Wir bleiben.“ Dann ging sie. Das war alles."
    assert split_sentences(quoted, "de", by_rule=True) == split_sentences(quoted, "de")
    text = "Er fragte: »Wann?« Sie schwieg. Sie nannte es ‚unklug.‘ Danach war es still."
    starts = [text[s:e].split()[0] for s, e in split_sentences(text, "de", by_rule=True)]
    assert starts == ["Er", "Sie", "Sie", "Danach"]


def test_a_quotation_closed_after_a_number_ends_its_sentence() -> None:
    """pysbd leaves "1971.« Lorenz …" whole (a number's full stop, as in "am 3. März")."""
    text = "Er entgegnet: »Das war im Jahr 1971.« Lorenz hält das für falsch."
    pieces = [text[s:e] for s, e in split_sentences(text, "de")]
    assert pieces == ["Er entgegnet: »Das war im Jahr 1971.«", "Lorenz hält das für falsch."]
    dated = "Wir gehen am 3. März. Das ist klar."
    assert next(dated[s:e] for s, e in split_sentences(dated, "de")) == "Wir gehen am 3. März."


def test_a_closing_guillemet_after_a_full_stop_ends_the_sentence_before() -> None:
    """pysbd starts the next sentence with a »…« quotation's closing mark ('»Wir haben
    einen Vertrag.' + '« Kühnel hält …'): it belongs to the quotation's sentence."""
    text = "Sie widerspricht: »Wir haben einen Vertrag.« Kühnel hält ihn für nichtig."
    pieces = [text[s:e] for s, e in split_sentences(text, "de")]
    assert pieces == [
        "Sie widerspricht: »Wir haben einen Vertrag.«",
        "Kühnel hält ihn für nichtig.",
    ]


def test_text_without_punctuation_still_gives_bounded_sentences() -> None:
    from translate.sources.segment import WINDOW

    paragraph = " ".join(["woord"] * 20_000)
    spans = split_sentences(paragraph, "nl")
    assert all(e - s <= WINDOW for s, e in spans)
    assert " ".join(paragraph[s:e] for s, e in spans) == paragraph


def test_sentences_a_scraper_glued_together_are_two() -> None:
    """A page that lost the space after a full stop ("…des Papstes.Der Bruder …") holds
    two sentences; an abbreviation, a web address, a number or a short word glued to a
    capital stays as it is."""
    glued = "Der Rücktritt kam für alle überraschend.Der ältere Bruder war eingeweiht."
    assert _texts(glued, "de") == [
        "Der Rücktritt kam für alle überraschend.",
        "Der ältere Bruder war eingeweiht.",
    ]
    assert _texts("Het kabinet viel dinsdag.De oppositie juicht.", "nl") == [
        "Het kabinet viel dinsdag.",
        "De oppositie juicht.",
    ]
    kept = "Laut Prof.Müller und bild.de kam er um 3.Der Zug ist so.Das war es."
    assert _texts(kept, "de") == [kept]
    assert _texts("Volgens NU.nl gaat het door.", "nl") == ["Volgens NU.nl gaat het door."]
