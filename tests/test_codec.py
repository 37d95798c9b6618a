"""The one JSON shape of each result: round trips, field names, and clear errors."""

from __future__ import annotations

import pytest

from glossary import Hit
from translate.records import Article, ArticleTranslation, Sentence, SentenceTranslation, Signature
from translate.results import (
    AlignedPair,
    AlignSettings,
    ArticleInfo,
    Comparison,
    Difference,
    Job,
    OnlySentence,
)
from translate.storage.codec import ShapeError, from_json, to_json
from translate.vocab import JobStatus, Label, letter

INFO = ArticleInfo("a" * 16, "Titel", "Title", "nl", "ANP", "MOSKOU", "engine:none")


def _comparison() -> Comparison:
    pair = AlignedPair(
        (0,), (1, 2), 0.61, Label.SHARED, ((0, 0, 5),), ((1, 4, 9),),
        (Difference("number", ("27",), ("72",)),), ("A text",), ("B one", "B two"),
    )  # fmt: skip
    return Comparison(
        INFO, INFO, (pair,), (OnlySentence(1, "only A"),), (), 0.75,
        (Label.SHARED, Label.ONLY), (Label.ONLY, Label.SHARED, Label.SHARED), AlignSettings(),
    )  # fmt: skip


def test_a_comparison_round_trips_through_json() -> None:
    result = _comparison()
    data = to_json(result)
    assert data["pairs"][0]["label"] == "shared" and data["pairs"][0]["a_spans"] == [[0, 0, 5]]
    assert data["settings"] == {"shared": 0.5, "partial": 0.22, "one_word": 0.33,
                                "entity_weight": 0.3, "merge_gain": 0.05}  # fmt: skip
    back = from_json(Comparison, data)
    assert back == result
    assert back.pairs[0].label is Label.SHARED and back.count(Label.SHARED) == 1


def test_an_article_is_written_with_language_and_old_rows_still_read() -> None:
    article = Article("b" * 16, "x.txt", "T", "de", "T\nS.", "S.", (Sentence(0, "S.", 0, 2),))
    data = to_json(article)
    assert data["language"] == "de" and "lang" not in data
    assert from_json(Article, data) == article
    older = {**data, "lang": data.pop("language")}  # as stores before 0.2 wrote it
    assert from_json(Article, older) == article


def test_a_translation_and_its_hits_have_one_shape() -> None:
    hit = Hit("vladimir-putin", "person", "Vladimir Putin", "Poetin", 0, 6, 0, 14)
    sentence = SentenceTranslation(0, "Poetin sprak.", "Vladimir Putin spoke.", False, (hit,))
    result = ArticleTranslation("c" * 16, "nl", Signature("none", "identity"), sentence, ())
    data = to_json(result)
    assert data["language"] == "nl" and data["signature"]["engine"] == "none"
    assert data["title"]["hits"][0] == {
        "entry_id": "vladimir-putin", "kind": "person", "english": "Vladimir Putin",
        "source_form": "Poetin", "source_start": 0, "source_end": 6, "target_start": 0,
        "target_end": 14,
    }  # fmt: skip
    assert from_json(ArticleTranslation, data) == result


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["pairs"][0].update(label="same"), "Comparison.pairs[0].label: 'same'"),
        (lambda d: d["a"].pop("title_en"), "Comparison.a.title_en: missing"),
        (lambda d: d["pairs"][0].update(score="high"), "Comparison.pairs[0].score: expected"),
        (lambda d: d.update(only_a={}), "Comparison.only_a: expected a list"),
    ],
)
def test_a_wrong_shape_is_named_by_its_path(change, message: str) -> None:
    data = to_json(_comparison())
    change(data)
    with pytest.raises(ShapeError, match=message.replace("[", r"\[").replace("]", r"\]")):
        from_json(Comparison, data)


def test_job_status_is_typed() -> None:
    job = from_json(Job, {"id": "1", "article_id": "2", "status": "running", "done": 1})
    assert job.status is JobStatus.RUNNING and job.status.active and job.total == 0
    assert not JobStatus.DONE.active


@pytest.mark.parametrize(
    ("position", "name"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")]
)
def test_every_article_position_has_a_letter(position: int, name: str) -> None:
    assert letter(position) == name
