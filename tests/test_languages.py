"""A language is one module: a made-up one (Testish, ``qaa``, the code ISO 639 keeps for
local use), registered here only, goes through ingest, translate, quotes, compare and the
glossary end to end; glossary files of the previous format load unchanged."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary import DATA_DIR, Glossary, languages
from glossary.columns import VERSION_1, langs_of
from glossary.entries import glossary_files, new_entry, parse, render, with_entry
from glossary.languages import UPPER, Language
from translate.coverage.speaker_names import is_person_noun
from translate.doubt.numbers import missing_numbers

# Testish: every word of it is made up for this test.
TESTISH = Language(
    code="qaa",
    name="Testish",
    # What stands in where a library knows no Testish: py3langid never guesses it
    # (``--lang qaa`` says it), pysbd splits it by the Dutch rules, wordfreq and Babel
    # read it as Dutch, snowball stems it as Dutch, and there is no FLORES test set.
    locale="nl",
    identifier=None,
    segmenter="nl",
    wordfreq="nl",
    stemmer="dutch",
    flores=None,
    function_words=frozenset("la ko mi sa tu vo".split()),
    abbreviations=frozenset({"mnr"}),
    say_verbs=r"dixa|dixo|parla",
    said_verbs=r"dixado",
    according_to=r"segun",
    calls=r"nomba",
    pronouns=frozenset({"lo"}),
    not_names=frozenset({"ayer"}),
    determiners=frozenset({"la", "ko"}),
    before_names=frozenset({"kon"}),
    phrase_ends=("tu",),
    number_units=tuple("du tri kwar sink ses sep oto nev".split()),
    number_names=tuple(
        "des onz doz tredz katordz kinz sedz setdz otodz nevdz vin tren karen sinken sesen"
        " septen oten neven sen mil".split()
    ),
    number_joiner="i",
    ordinal_stems=tuple("prim segund terc kwart kint sest sept otav non desim".split()),
    negations=("nun", "nada"),
    capitals_mark_names=True,
    name_after_title=rf"\s+{UPPER}\w",
    examples=(("La ministra dixa ke la plan es bon.", "The minister said the plan is good."),),
)

FIRST = (
    "La plan di Ministra Vogel\n\n"
    "MARIBUR - La ministra Anna Vogel vori tri kasas nova tu la sita. "
    '"La plan es bon i la sita es kontenta," dixa Anna Vogel. '
    "Mnr. Bakker nun es kontenta.\n"
)
SECOND = (
    "Vogel i la kasas\n\n"
    "MARIBUR - Ministra Anna Vogel vori tri kasas nova. "
    '"La plan es bon i la sita es kontenta," dixa Anna Vogel.\n'
)


@pytest.fixture
def testish() -> Iterator[Language]:
    languages.register(TESTISH)
    yield TESTISH
    languages.unregister(TESTISH.code)


def test_a_made_up_language_goes_through_end_to_end(cli, testish, tmp_path: Path) -> None:
    assert "qaa" in languages.SOURCE_LANGS and languages.READ_LANGS[-1] == "en"
    user = tmp_path / "user.tsv"
    # A user's layer with a Testish column only: any subset of the languages' columns.
    user.write_text(
        "# newsbridge-glossary 2\nid\tkind\ten\tqaa\tadded_by\tadded_on\tsource\n"
        "anna-vogel\tperson\tAnna Vogel\tAnna Vogel\ttest\t2026-12-06\ta made-up article\n"
        "sita\tterm\tcity\tsita\ttest\t2026-12-06\ta made-up word\n",
        encoding="utf-8",
    )
    paths = []
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    glossary = ["--glossary", str(user)]
    result = cli(*glossary, "ingest", *paths, "--lang", "qaa", "--json")
    assert result.exit_code == 0, result.output
    articles = json.loads(result.stdout)["articles"]
    assert [a["language"] for a in articles] == ["qaa", "qaa"]
    first = next(a for a in articles if a["path"].endswith("first.txt"))
    # The segmenter keeps Testish's abbreviation "Mnr." inside its sentence.
    assert any(s.startswith("Mnr. Bakker") for s in _sentences(first))
    result = cli(*glossary, "translate", *paths, "--lang", "qaa", "--engine", "none", "--json")
    assert result.exit_code == 0, result.output
    translated = json.loads(result.stdout)
    english = json.dumps(translated)
    assert "city" in english  # the Testish glossary term, enforced by the none engine
    result = cli(*glossary, "quotes", "--json")
    assert result.exit_code == 0, result.output
    quotes = json.loads(result.stdout)["quotes"]
    assert {q["speaker"] for q in quotes} == {"Anna Vogel"}
    assert {q["speaker_id"] for q in quotes} == {"anna-vogel"}
    assert len(quotes[0]["carriers"]) == 2  # the same words in both articles
    ids = [a["id"] for a in articles]  # stored articles, compared by id
    result = cli(*glossary, "compare", *ids, "--engine", "none", "--json")
    assert result.exit_code == 0, result.output
    assert "shared" in result.stdout
    result = cli(*glossary, "glossary", "check")
    assert result.exit_code == 0, result.output
    assert "2 from your layer" in result.output
    # The numbers check reads Testish number words.
    assert missing_numbers("tri kasas", "houses", "qaa") == ["tri"]
    assert missing_numbers("triivin kasas", "23 houses", "qaa") == []  # tri-i-vin


def _sentences(article: dict[str, object]) -> list[str]:
    text = str(article["text"])
    spans = article["sentences"]
    assert isinstance(spans, list)
    return [text[s["start"] : s["end"]] for s in spans]


def test_the_cli_knows_a_language_registered_after_it_was_imported(cli, testish) -> None:
    result = cli("glossary", "lookup", "qaa", "nothing")
    assert "invalid choice" not in result.output


def test_todays_files_load_unchanged(testish, tmp_path: Path) -> None:
    """The shipped files and a user's layer of format 1 load as before, with a made-up
    language registered; a file is written in the oldest version that can say it."""
    shipped, problems = [], []
    for path in glossary_files(DATA_DIR):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# newsbridge-glossary 1\n")
        entries, found = parse(text, str(path))
        shipped += entries
        problems += found
    assert problems == [] and len(shipped) > 1000
    old = (
        "# newsbridge-glossary 1\nid\tkind\ten\tnl\tde\tadded_by\tadded_on\tsource\n"
        "jan-smit\tperson\tJan Smit\tJan Smit\t\tme\t2026-11-01\tan article\n"
    )
    (entry,) = parse(old, "user.tsv")[0]
    assert entry.forms["nl"][0].text == "Jan Smit"
    # An entry with Dutch forms only keeps the file as it was; one with a Testish form
    # adds the column (empty for the rows before) and says version 2.
    same = with_entry(old, "user.tsv", new_entry("ans", "person", "Ans", {"nl": "Ans"}, "x", "me"))
    assert same.startswith("# newsbridge-glossary 1\n") and langs_of(same) == ("nl", "de")
    wider = with_entry(old, "user.tsv", new_entry("ko", "term", "co", {"qaa": "ko"}, "x", "me"))
    assert wider.startswith("# newsbridge-glossary 2\n") and langs_of(wider) == ("nl", "de", "qaa")
    entries, problems = parse(wider, "user.tsv")
    assert problems == [] and [e.id for e in entries] == ["jan-smit", "ko"]
    assert render([]).startswith("# newsbridge-glossary 2\n")


def test_without_the_made_up_language_files_are_written_as_before() -> None:
    assert tuple(render([]).splitlines()[1].split("\t")) == VERSION_1
    assert render([]).startswith("# newsbridge-glossary 1\n")


def test_a_column_of_no_registered_language_is_an_error() -> None:
    text = "# newsbridge-glossary 2\nid\tkind\ten\tqaa\tadded_by\tadded_on\tsource\n"
    entries, problems = parse(text, "user.tsv")
    assert entries == [] and "column header must be" in problems[0].message


def test_every_language_module_is_registered_and_complete() -> None:
    for language in languages.registered():
        assert language.name and language.locale and language.segmenter and language.wordfreq
        if language.source:
            assert language.function_words and language.say_verbs and language.examples
            assert len(language.number_names) == len(languages.NAMED_VALUES)
    assert Glossary  # the glossary reads the same registry


def test_the_other_forms_of_a_noun_of_a_person_are_the_languages_own() -> None:
    """German's ``person_endings`` ("en:e") make "Zeugen" a form of the role "Zeuge", no
    ending written into the reader: a language without the field has no such forms."""
    assert is_person_noun("Zeugen", "de") and is_person_noun("deskundigen", "nl")
    german = languages.get("de")
    plain = dataclasses.replace(german.reporting, person_endings="")
    languages.register(dataclasses.replace(german, reporting=plain))
    try:
        assert not is_person_noun("Zeugen", "de")
        assert is_person_noun("Zeuge", "de")
    finally:
        languages.register(german)
