"""What the probe of issue 35 found, each bounded: page numbers, terminal escapes, the
glossary form with the data folder gone or without its base, endless files, leftovers of
a killed glossary write."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from glossary import Glossary
from tests.web_support import ViewClient
from translate.cli.terminal import clean
from web import create_app


def _client(settings, worker: bool = False):  # type: ignore[no-untyped-def]
    app = create_app({"SETTINGS": settings, "SECRET_KEY": "t", "ENGINE": "none",
                      "WORKER": worker})  # fmt: skip
    app.test_client_class = ViewClient
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = "http://localhost"
    return client


@pytest.mark.parametrize(
    "page", ["9223372036854775807", "9223372036854775808", "9" * 5000, "２", "0", "-1", "1.0"]
)
@pytest.mark.parametrize(
    "path", ["/", "/api/articles", "/api/quotes", "/people/putin", "/glossary"]
)
def test_a_page_number_is_one_rule_everywhere(seeded_settings, path: str, page: str) -> None:
    """ASCII digits from 1 to a million, on every page and in the API: else 400, never 500."""
    response = _client(seeded_settings).get(path, query_string={"page": page})
    assert response.status_code == 400, response.get_data(as_text=True)[:300]
    assert "page must be a whole number from 1" in response.get_data(as_text=True)


@pytest.mark.parametrize(("per_page", "status"), [("0", 400), ("501", 400), ("３", 400),
                                                   ("1", 200), ("500", 200)])  # fmt: skip
def test_per_page_is_from_1(seeded_settings, per_page: str, status: int) -> None:
    client = _client(seeded_settings)
    for path in ("/api/articles", "/api/quotes"):
        assert client.get(path, query_string={"per_page": per_page}).status_code == status
    one = client.get("/api/articles", query_string={"per_page": "1", "page": "2"}).get_json()
    assert len(one["articles"]) == 1 and one["page"] == 2


HOSTILE = "Aanval \x1b]0;pwned\x07op \x1b[2J\x1b[31mrood\x1b[0m \x9b2Jhaven\x1b]8;;http://x\x1b\\"


def test_nothing_printed_holds_a_terminal_escape(runner, tmp_path: Path) -> None:
    from translate.cli import main

    article = tmp_path / "hostile.txt"
    article.write_text(
        f"{HOSTILE}\nDe haven van Rotterdam werd dinsdag aangevallen. Het schip zonk.\n",
        encoding="utf-8",
    )
    for args in (("ingest", str(article)), ("translate", str(article), "--engine", "none")):
        # color=True: as on a terminal, where click keeps colour codes.
        result = runner.invoke(main, ["--db", str(tmp_path / "s.sqlite3"), *args], color=True)
        assert result.exit_code == 0, result.output
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.output), result.output
        assert "rood" in result.output and "pwned" not in result.output
    assert clean("\rbar\r", keep_return=True) == "\rbar" and clean("a\tb\nc") == "a\tb\nc"
    assert clean("x\x1b]0;title without end\ny") == "x\ny"


def test_the_glossary_form_with_the_data_folder_gone_answers_503(seeded_settings) -> None:
    client = _client(seeded_settings)
    token = re.search(r'name="csrf_token" value="([^"]+)"',
                      client.get("/glossary").get_data(as_text=True)).group(1)  # fmt: skip
    home = seeded_settings.db_path.parent
    shutil.move(home, home.with_name("moved"))
    form = {"csrf_token": token, "id": "test-person", "kind": "person", "en": "Test Person",
            "nl": "Testpersoon", "source": "a test", "added_by": "ann"}  # fmt: skip
    assert client.get("/").status_code == 503
    answer = client.post("/glossary", data=form)
    assert answer.status_code == 503 and "The store is gone" in answer.get_data(as_text=True)
    assert not home.exists(), "no glossary made afresh in the folder's place"


def test_an_edit_without_its_base_is_refused(seeded_settings) -> None:
    client = _client(seeded_settings)
    page = client.get("/glossary/putin/edit").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = {"csrf_token": token, "id": "putin", "kind": "person", "en": "Putin",
            "nl": "Poetin | Poetjin", "de": "Putin", "source": "s", "added_by": "a"}  # fmt: skip
    refused = client.post("/glossary/putin/edit", data=form)
    assert refused.status_code == 409 and "base: missing" in refused.get_data(as_text=True)
    forms = Glossary.load_layers(seeded_settings.glossary_layers).by_id["putin"].forms
    assert "Poetjin" not in str(forms)


def test_an_endless_file_is_refused_by_what_is_read(cli) -> None:
    result = cli("ingest", "/dev/zero")
    assert result.exit_code == 1 and "more than the 1000000 bytes" in result.output


def test_what_a_killed_glossary_write_left_is_removed_at_the_next_start(seeded_settings) -> None:
    folder = seeded_settings.glossary_layers[-1].target.parent
    left = folder / ".curated.tsv.k9x2q7ab"  # as write_atomically names its temporary file
    left.write_text("half a glossary", encoding="utf-8")
    other = folder / ".notes.k9x2q7ab"
    other.write_text("not ours", encoding="utf-8")
    _client(seeded_settings)
    assert not left.exists() and other.exists()
