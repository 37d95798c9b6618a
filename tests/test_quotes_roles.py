"""Dutch roles and "volgens" nouns: a role resolved to its one named holder takes time in
proportion to the article, "Volgens de X" names no one, and a line break is no name."""

from __future__ import annotations

from pytest import MonkeyPatch

from glossary import Glossary
from translate.coverage import speakers
from translate.coverage.quotations import quotes_of
from translate.coverage.reported import reported_of
from translate.coverage.speaker_names import name_in
from translate.sources.ingest import parse_bytes


def test_a_role_named_before_reads_the_article_once(glossary: Glossary) -> None:
    # Each "zei de minister" read every "Minister Jan Smit" before it (12 KB: 8 s): the
    # holders of a role are read once an article (benchmarks/quotes_hostile.py times it).
    from translate.coverage import role_names

    sentence = "Minister Jan Smit kwam. 'Het gaat goed', zei de minister. "
    article = parse_bytes(f"Titel\n{sentence * 40}".encode(), "t.txt", lang="nl")
    role_names._holders.cache_clear()
    found = quotes_of(article, glossary)
    assert [q.speaker for q in found] == ["Jan Smit"] * 40
    info = role_names._holders.cache_info()
    assert info.misses == 1 and info.hits >= 39, info


def test_volgens_a_noun_looks_for_no_surname(glossary: Glossary, monkeypatch: MonkeyPatch) -> None:
    # Each "Volgens de politie" looked for a surname over all the text before it
    # (50 KB: 3.5 s, 200 KB: 39 s).
    def looked(*args: object) -> None:
        raise AssertionError(args[:2])

    monkeypatch.setattr(speakers, "particle_full", looked)
    text = "Titel\n" + "Volgens de politie is de man gisteren gearresteerd. " * 3
    article = parse_bytes(text.encode(), "t.txt", lang="nl")
    assert len(reported_of(article, glossary, quotes_of(article, glossary))) == 3
    assert speakers.Speakers(article, glossary).resolve_clause("de politie", 9, None) == (
        None,
        None,
    )


def test_volgens_a_noun_names_no_speaker(glossary: Glossary) -> None:
    # "volgens" and a noun never names anyone: not the minister named before either
    text = "Begroting\nMinister Jan Smit kwam. Volgens de minister is de begroting weer op orde."
    article = parse_bytes(text.encode(), "t.txt", lang="nl")
    found = reported_of(article, glossary, quotes_of(article, glossary))
    assert [(q.speaker, q.cue) for q in found] == [(None, "Volgens")]


def test_name_in_a_line_break_is_none() -> None:
    for lang in ("nl", "de"):
        assert name_in("\n", lang) is None
        assert name_in(" \t\n. ", lang) is None


def test_a_role_after_a_long_hyphenated_word_is_resolved() -> None:
    # The role's compound start was read by a pattern that began at every letter of a
    # long hyphenated word (36 KB: 20 s); benchmarks/quotes_hostile.py times it.
    from translate.coverage import role_names

    text = "Trainer Jan Olsen kam. " + "Ab-" * 2000 + "Ab. „Ja“, sagte der Trainer."
    role_names._holders.cache_clear()
    assert role_names.role_named("der Trainer", text, len(text) - 12, "de") == "Jan Olsen"


def test_an_exact_role_after_a_hyphen_is_one_after_an_acronym_or_a_prefix() -> None:
    from translate.coverage.speaker_names import is_role

    for word in ("PvdA-lid", "IC-arts", "D66-lid", "GroenLinks-lid", "SP-lid", "oud-lid"):
        assert is_role(word, "nl"), word
    for word in ("SPD-Frau", "Ex-Graf", "Vize-Graf", "CDU-Frau"):
        assert is_role(word, "de"), word
    assert not is_role("Lindenau-Graf", "de") and not is_role("Weber-Graf", "de")
    assert name_in("Linken-Frau Clara Hoffmann", "de") == ("name", "Clara Hoffmann")
    assert name_in("Berit Lindenau-Graf", "de") == ("name", "Berit Lindenau-Graf")
