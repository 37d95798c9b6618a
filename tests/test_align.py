from __future__ import annotations

import json
from pathlib import Path

import pytest

from translate.coverage.align import MAX_COMPARED_WORDS, align, compared, differences, side, tokens
from translate.results import AlignSettings

CASES = json.loads((Path(__file__).parent / "cases" / "align.json").read_text())


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_golden_alignment(case: dict) -> None:
    result = align([side(s) for s in case["a"]], [side(s) for s in case["b"]])
    got = [[p.a, p.b, p.label] for p in result.pairs]
    assert got == case["pairs"]
    assert result.only_a == case["only_a"]
    assert result.only_b == case["only_b"]
    if "overlap" in case:
        assert result.overlap == pytest.approx(case["overlap"])


def test_matching_word_spans_point_at_the_words() -> None:
    a = side("Jen Psaki said the White House wants diplomatic talks.")
    b = side("The White House wants talks, spokeswoman Jen Psaki said.")
    [pair] = align([a], [b]).pairs
    words_a = [a.text[s:e] for _, s, e in pair.a_spans]
    words_b = [b.text[s:e] for _, s, e in pair.b_spans]
    assert "White House wants" in words_a
    assert any(w.startswith("White House wants") for w in words_b)


@pytest.mark.parametrize(
    ("a", "b", "entities"),
    [
        ("NATO rejects such an offer.", "The NATO is a good example.", ["NATO"]),
        ("NATO refuses to make such a commitment.", "NATO is a good example of that.", ["NATO"]),
        ("Borrell urged Moscow to de-escalate.", "Borrell was in Moscow on Monday.",
         ["Josep Borrell", "Moscow"]),
    ],
)  # fmt: skip
def test_names_alone_make_no_shared_statement(a: str, b: str, entities: list[str]) -> None:
    assert align([side(a, entities)], [side(b, entities)]).pairs == []


def test_shared_needs_words_beyond_names() -> None:
    names = ["Vladimir Putin", "Joe Biden"]
    one = align([side("Putin and Biden will talk on Tuesday.", names)],
                [side("Biden and Putin talk by video.", names)])  # fmt: skip
    assert [p.label for p in one.pairs] == ["partial"] and one.pairs[0].common == ["talk"]
    two = align([side("Putin and Biden will talk about Ukraine troops.", names)],
                [side("Biden and Putin talk about the Ukraine troops.", names)])  # fmt: skip
    assert [p.label for p in two.pairs] == ["shared"]
    assert set(two.pairs[0].common) >= {"talk", "troop"}


def test_differences_that_matter() -> None:
    found = differences(
        'On Thursday 27 people were killed in Kharkiv, said "the army".',
        'On Friday 72 people were killed in Kharkiv, said "police".',
    )
    kinds = {d.kind: d for d in found}
    assert kinds["number"].only_a == ("27",) and kinds["number"].only_b == ("72",)
    assert kinds["date"].only_a == ("thursday",) and kinds["date"].only_b == ("friday",)
    assert kinds["quote"].only_a == ("the army",)
    assert differences("Talks begin in January.", "Talks begin in January.") == []


def test_numbers_are_normalised() -> None:
    found = differences("Some 134.000 people fled.", "Some 134,000 people fled.")
    assert not [d for d in found if d.kind == "number"]


def test_tokens_drop_stopwords_and_fold_plurals() -> None:
    assert [t.norm for t in tokens("The talks of the Russians")] == ["talk", "russian"]


def test_thresholds_are_settings() -> None:
    a = [side("Russia demands security guarantees from the West.")]
    b = [side("Russia wants guarantees from the West about its security.")]
    lenient = align(a, b, AlignSettings(shared=0.3, partial=0.1))
    strict = align(a, b, AlignSettings(shared=0.95, partial=0.9))
    assert lenient.pairs and not strict.pairs
    assert lenient.settings.shared == 0.3 and strict.settings.partial == 0.9


def test_forms_of_one_word_meet() -> None:
    # Two translations of one sentence seldom pick the same form of each word.
    a = side("The minister announced new elections after the protests.")
    b = side("After protesting, the minister made an announcement of a new election.")
    [pair] = align([a], [b]).pairs
    assert {"announced", "election", "protest"} <= set(pair.common)


def test_one_word_and_a_name_link_nothing() -> None:
    # Seed 000 and 001 (llm English): "plans" and "planning" and Russia in both; the
    # originals say different things (no plans to invade; talks planned).
    names = ["Russia", "US", "NATO"]
    a = side("The invasion is freed, according to Russia, without plans.", ["Russia"])
    b = side(
        "Russia is planning to meet the US and NATO for the next few days, but it seems that"
        " there is little to be expected.",
        names,
    )
    assert align([a], [b]).pairs == []


def test_a_name_on_one_side_only_does_not_count_against_the_pair() -> None:
    # One translation names the country, the other says "the French": one statement. (The
    # missing name used to weigh as names that differ and made it only partly shared.)
    a = side("Critics in France say the new pension rules came far too late.", ["France"])
    b = side("The pension rules came late, critics of the French government complained.")
    [pair] = align([a], [b]).pairs
    assert pair.label == "shared"
    assert {"critic", "pension", "rule", "late"} <= set(pair.common)


def test_untranslated_function_words_link_nothing() -> None:
    # Text the none engine left in Dutch: "de", "en", "van" are no shared statement.
    a = "De overleggen tussen de VS en Rusland zijn op storende wijze geëindigd, zegt Peskov."
    b = "Rusland overlegt de komende dagen met de VS en de NAVO, maar verwacht er weinig van."
    names = ["VS", "Rusland", "NAVO", "Peskov"]
    assert align([side(a, names[:2] + names[3:], "nl")], [side(b, names[:3], "nl")]).pairs == []
    assert {"de", "en"} <= {t.norm for t in side(a).tokens}  # read as English, they count


def test_compared_stops_at_the_words_compared_at_most() -> None:
    """A long article of one name repeated is compared up to MAX_COMPARED_WORDS words,
    however few sentences that is (scoring a pair costs up to the product of its words:
    issue 35); an article of news-length sentences, up to the sentence limit."""
    long = [side(" ".join(["Putin"] * 300)) for _ in range(100)]
    upto = compared(long, 200)
    assert upto == MAX_COMPARED_WORDS // 300
    assert sum(len(s.tokens) for s in long[:upto]) <= MAX_COMPARED_WORDS
    news = [side("The minister met the president in the port on Monday.")] * 300
    assert compared(news, 200) == 200
    assert compared(news[:3], None) == 3
    assert compared([side(" ".join(["a"] * (MAX_COMPARED_WORDS + 1)))], 200) == 1
