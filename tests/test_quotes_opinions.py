"""The holder of a view whose object is the quotation (translate.coverage.opinions), and
reported speech going on to a quotation (speaker_checks.recent_speakers)."""

from __future__ import annotations

import pytest

from glossary import Glossary
from translate.coverage.opinions import deemed_by
from translate.coverage.speakers import Speakers
from translate.sources.ingest import parse_bytes


def _holder(text: str, lang: str, glossary: Glossary) -> str | None:
    """The holder ``deemed_by`` gives for the first „…“ or '…' of ``text``'s one sentence."""
    article = parse_bytes(f"Titel\n{text}".encode(), "opinion.txt", lang=lang)
    sentence = article.sentences[-1]
    opening = "„" if "„" in sentence.text else "'"
    closing = "“" if opening == "„" else "'"
    start = sentence.text.index(opening)
    end = sentence.text.index(closing, start + 1)
    before, after = sentence.text[:start], sentence.text[end + 1 :]
    return deemed_by(Speakers(article, glossary), sentence, before, after)[0]


@pytest.mark.parametrize(
    ("text", "lang", "holder"),
    [
        ("Darin sieht Karin Roth einen „Fehler“.", "de", "Karin Roth"),
        ("Karin Roth wertet das als „Fehler“.", "de", "Karin Roth"),
        ("Lob kommt von Karin Roth, die das als „Fortschritt“ sieht.", "de", "Karin Roth"),
        ("Das wird von Karin Roth als „Fehler“ bewertet.", "de", "Karin Roth"),
        ("Daarin ziet Piet Bakker een 'fout'.", "nl", "Piet Bakker"),
        ("Het wordt door Piet Bakker als 'fout' beschouwd.", "nl", "Piet Bakker"),
        # a noun phrase, a view of no one, a name written once with no first name: none
        ("Darin sieht die Regierung einen „Fehler“.", "de", None),
        ("Darin sieht man einen „Fehler“.", "de", None),
        ("Darin sieht Roth einen „Fehler“.", "de", None),
        # the name after the verb is its object where a subject comes first
        ("Das Publikum sieht Karin Roth als „Heldin“.", "de", None),
        ("Lob kommt von Karin Roth, die Peter Kern als „Held“ sieht.", "de", None),
        ("Den Plan hält Karin Roth für „falsch“.", "de", "Karin Roth"),
        ("Dagegen halten Karin Roth und Peter Kern das für „falsch“.", "de", None),
        # a thing seen or held, no view: no mark of one ("als", "für", "einen", …)
        ("Am Sonntag sieht Karin Roth den „Tatort“.", "de", None),
        ("Am Sonntag hält Karin Roth die „Festrede“.", "de", None),
        ("Morgen ziet Piet Bakker de 'Nachtwacht'.", "nl", None),
        ("Daarin zien Piet Bakker en Els Smit een 'fout'.", "nl", None),
        # a clause that says, not deems, is another reader's
        ("Karin Roth, die heute „Fehler“ machte, schwieg.", "de", None),
        ("Darin sieht Karin Roth einen „Fehler“.", "en", None),
        # a run of two names after the verb: subject and object, whoever is meant (none)
        ("Deshalb hält Karin Roth Olaf Scholz für einen „Zauderer“.", "de", None),
        ("Deshalb sieht Karin Roth Peter Kern als „Rivalen“.", "de", None),
        ("Hierin ziet Els Smit Piet Bakker als de 'aanstichter'.", "nl", None),
        # a pronoun, a quantifier or a focus particle first: the subject, the name its object
        ("Man sieht Karin Roth als „Kandidatin“.", "de", None),
        ("Viele halten Karin Roth für „ehrgeizig“.", "de", None),
        ("Wir sehen Karin Roth als „Kandidatin“.", "de", None),
        ("Jeder sieht Karin Roth als „Kandidatin“.", "de", None),
        ("Auch Beobachter sehen Karin Roth als „Kandidatin“.", "de", None),
        ("Selbst Gegner halten Karin Roth für „fair“.", "de", None),
        ("Auch sie sieht Peter Kern als „Rivalen“.", "de", None),
        ("Veel leden zien Piet Bakker als 'opvolger'.", "nl", None),
        ("Ook tegenstanders zien Piet Bakker als 'kanshebber'.", "nl", None),
        ("Men ziet Piet Bakker als 'kanshebber'.", "nl", None),
        ("Wij zien Piet Bakker als 'kanshebber'.", "nl", None),
        ("Sein Vorgänger sieht Karin Roth als „Kandidatin“.", "de", None),
        ("Haar voorganger ziet Piet Bakker als 'kanshebber'.", "nl", None),
        # "von X" after a noun is no passive's agent; the agent needs the auxiliary first
        ("Der Antrag von Karin Roth wird als „überflüssig“ eingestuft.", "de", None),
        ("Die Thesen von Karin Roth werden als „gewagt“ bewertet.", "de", None),
        # a relative pronoun of an earlier noun, of two names, or with a subject of its own
        ("Ein Schreiben an Karin Roth, der die Reform als „Irrweg“ sieht, kursiert.", "de", None),
        ("Der Ärger über Karin Roth, die manche als „arrogant“ sehen, wächst.", "de", None),
        ("Lob kommt von Peter Kern und Karin Roth, die das als „Fortschritt“ sehen.", "de", None),
        ("Een mail aan Piet Bakker, die het plan als 'onzin' ziet, lekte uit.", "nl", None),
        ("De ophef over Piet Bakker, die velen als 'arrogant' zien, groeit.", "nl", None),
        # an indefinite article alone marks no view: a thing held or seen
        ("Am Freitag hält Karin Roth eine „Grundsatzrede“.", "de", None),
        ("Morgen sieht Karin Roth einen Film über „Piraten“.", "de", None),
        ("Karin Roth sah einen „Schatten“ im Flur.", "de", None),
        ("Vrijdag houdt Piet Bakker een 'lezing' in Zwolle.", "nl", None),
        ("Gisteren zag Piet Bakker een 'vuurbal' boven Zwolle.", "nl", None),
        # a group the name is one of; a view denied
        ("Darin sehen Karin Roth und ihre Mitstreiter einen „Fehler“.", "de", None),
        ("Daarin zien Piet Bakker en zijn partijgenoten een 'fout'.", "nl", None),
        ("Karin Roth hält das nicht für „Willkür“.", "de", None),
    ],
)
def test_the_holder_of_a_view_is_the_speaker(
    text: str, lang: str, holder: str | None, glossary: Glossary
) -> None:
    assert _holder(text, lang, glossary) == holder


def test_reported_speech_going_on_over_one_sentence_keeps_its_speaker(glossary: Glossary) -> None:
    """A quotation in reported speech two sentences after its speaker's quotation is theirs
    where the sentence between is their reported speech going on, naming nobody else."""
    from translate.coverage.quotations import quotes_of
    from translate.coverage.speaker_checks import recent_speakers

    text = (
        "Bildung\n„Das ist richtig“, sagte Anna Weber. Die Gebühren seien gerecht."
        " Die Studie zeige, „dass niemand abgeschreckt wird“."
    )
    article = parse_bytes(text.encode(), "going-on.txt", lang="de")
    found = quotes_of(article, glossary)
    assert [q.speaker for q in found] == ["Anna Weber", "Anna Weber"]
    speakers = Speakers(article, glossary)
    assert recent_speakers(speakers, found[:1], 2) == found[:1]
    assert recent_speakers(speakers, found[:1], 3) == []  # three sentences on: no more


@pytest.mark.parametrize(
    ("before", "after", "lang", "noun"),
    [
        ("Die Kartoffel ", " wächst gut.", "de", True),
        ("Als ", " bezeichnete Anna Weber den Plan.", "de", False),
        ("Als ", " verkauft der Bauer seine Kartoffeln.", "de", True),
        ("Als ", " noemde Jan Smit het plan.", "nl", False),
        ("die ", " wächst gut.", "de", False),
    ],
)
def test_a_capitalised_word_before_a_quoted_word_is_a_noun_unless_deemed_as(
    before: str, after: str, lang: str, noun: bool
) -> None:
    from translate.coverage.opinions import noun_before

    assert noun_before(before, after, lang) is noun
