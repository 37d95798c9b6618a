from __future__ import annotations

import json
from pathlib import Path

import pytest


def test_ingest_json_on_the_seeds(cli, seeds: list[Path]) -> None:
    result = cli("ingest", *map(str, seeds), "--json")
    assert result.exit_code == 0, result.output
    articles = json.loads(result.output)["articles"]
    assert len(articles) == 5
    assert sorted(a["language"] for a in articles) == ["de", "nl", "nl", "nl", "nl"]
    for article in articles:
        assert article["removed"], article["path"]
        for s in article["sentences"]:
            assert {"index", "text", "start", "end"} <= set(s)
            assert "geleden" not in s["text"] and "WERBUNG" not in s["text"]
    assert articles[1]["agencies"] == ["ANP", "AFP"]


def test_translate_none_twice_second_run_is_all_cache(cli, seeds: list[Path], tmp_path) -> None:
    db = tmp_path / "twice.sqlite3"
    first = cli("translate", str(seeds[0]), "--engine", "none", "--json", db=db)
    assert first.exit_code == 0, first.output
    article = json.loads(first.output)["articles"][0]
    assert article["signature"]["engine"] == "none" and article["language"] == "nl"
    assert article["title"]["index"] == -1 and article["title"]["english"]
    # One shape for a glossary hit everywhere: the entry's id and both spans.
    hit = next(
        h for s in article["sentences"] for h in s["hits"] if h["entry_id"] == "vladimir-putin"
    )
    sentence = next(s for s in article["sentences"] if hit in s["hits"])
    assert sentence["source"][hit["source_start"] : hit["source_end"]] == hit["source_form"]
    assert sentence["english"][hit["target_start"] : hit["target_end"]] == "Vladimir Putin"
    assert article["cached"] == 0 and article["translated"] == len(article["sentences"]) == 11
    second = cli("translate", str(seeds[0]), "--engine", "none", "--json", db=db)
    again = json.loads(second.output)["articles"][0]
    assert again["cached"] == 11 and again["translated"] == 0
    assert all(s["cached"] for s in again["sentences"])
    assert [s["english"] for s in again["sentences"]] == [
        s["english"] for s in article["sentences"]
    ]


def test_translate_without_paths_takes_every_stored_article(cli, seeds, tmp_path) -> None:
    db = tmp_path / "stored.sqlite3"
    empty = cli("translate", "--engine", "none", db=db)
    assert empty.exit_code == 2 and "fetch or ingest some" in empty.output
    assert cli("ingest", str(seeds[0]), str(seeds[2]), db=db).exit_code == 0
    result = cli("translate", "--engine", "none", "--json", db=db)
    assert result.exit_code == 0, result.output
    done = json.loads(result.output)["articles"]
    assert sorted(a["language"] for a in done) == ["de", "nl"]
    refused = cli("translate", "--engine", "none", "--published", "2021-12-07", db=db)
    assert refused.exit_code == 2 and "go with article files" in refused.output


def test_translate_text_output(cli, seeds: list[Path], tmp_path: Path) -> None:
    db = tmp_path / "text.sqlite3"
    result = cli("translate", str(seeds[4]), "--engine", "none", db=db)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # The title in "English" (the none engine applies the glossary alone: "Poetin" is
    # Putin), then the original title and how it was made, the sentences, a summary.
    # The none engine leaves Dutch as it is: every line is marked as doubted, with why
    # and the original under it.
    assert lines[0] == "# Kremlin ontkent telefoongesprek tussen Putin en Trump"
    assert lines[1].startswith("  (Kremlin ontkent telefoongesprek tussen Poetin en Trump; ")
    assert "engine:none|model:identity|glossary:" in lines[1]
    assert lines[2].startswith("      doubt 0%: the Dutch original, untranslated")
    assert lines[3] == "      original: Kremlin ontkent telefoongesprek tussen Poetin en Trump"
    assert lines[4].startswith("? ") and "Vladimir Putin" in lines[4] and "Poetin" not in lines[4]
    assert lines[-1] == "  -- 10 sentences, 0 from cache, 10 doubted (marked ?), term accuracy 100%"
    assert len(lines) == 2 + 2 + 10 * 3 + 1
    again = cli("translate", str(seeds[4]), "--engine", "none", db=db)
    assert again.output.splitlines()[-1] == (
        "  -- 10 sentences, 10 from cache, 10 doubted (marked ?), term accuracy 100%"
    )


@pytest.mark.parametrize(
    ("content", "needle"),
    [(b"", "empty"), (b"\x00\x00\x00", "binary")],
)
def test_bad_files_exit_non_zero_with_one_line(cli, tmp_path: Path, content, needle) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = cli("translate", str(bad), "--engine", "none")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert result.output.startswith(f"error: {bad}") and needle in result.output
    assert "Traceback" not in result.output


def test_missing_file(cli, tmp_path: Path) -> None:
    result = cli("ingest", str(tmp_path / "gone.txt"))
    assert result.exit_code == 1 and "no such file" in result.output


def test_argos_without_model_gives_the_install_command(cli, seeds: list[Path]) -> None:
    result = cli("translate", str(seeds[0]), "--engine", "argos")
    assert result.exit_code == 1
    assert "newsbridge models install nl" in result.output
    assert "--file" in result.output
    result = cli("translate", str(seeds[0]), "--engine", "auto")
    assert result.exit_code == 1 and "newsbridge models install nl" in result.output
    assert "newsbridge models install llm" in result.output


def test_models_list_empty(cli) -> None:
    result = cli("models", "list", "--json")
    assert result.exit_code == 0
    listed = json.loads(result.output)
    assert listed["argos"] == [] and listed["llm"]["present"] is False
    text = cli("models", "list").output
    assert "newsbridge models install llm" in text and "newsbridge models install nl" in text
