"""Hostile or mistaken input found by probing the commands and pages as a reader and an
attacker would: each is refused with a message naming the field, and nothing is stored."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from translate.storage import correction_store
from translate.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("000_*.txt"))


def _translated(cli, db: Path) -> str:  # type: ignore[no-untyped-def]
    result = cli("translate", str(SEED), "--engine", "none", "--json", db=db)
    assert result.exit_code == 0, result.output
    return str(json.loads(result.output)["articles"][0]["article_id"])


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--english", "Fixed\x1b[31m in red", "control character (U+001B) at 5"),
        ("--english", "Peskov said \u202ethis reads backwards", "U+202E"),
        ("--english", "a\x07bell", "U+0007"),
        ("--by", "ann\x1b]0;owned\x07", "the name holds a control character (U+001B)"),
        ("--by", "n" * 65, "the name is at most 64 characters; this one has 65"),
    ],
)
def test_a_correction_holding_control_characters_is_refused(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, option: str, value: str, said: str
) -> None:
    db = tmp_path / "c.sqlite3"
    article = _translated(cli, db)
    given = {"--english": "Fixed.", "--by": "ann", option: value}
    done = cli("corrections", "add", article, "1", *[x for kv in given.items() for x in kv], db=db)
    assert done.exit_code == 1 and said in done.output, done.output
    with Store(db) as store:
        assert correction_store.listing(store)[0] == 0, "nothing is stored"


def test_an_undo_by_a_name_with_control_characters_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite3"
    article = _translated(cli, db)
    assert cli("corrections", "add", article, "1", "--english", "Fixed.", "--by", "ann",
               db=db).exit_code == 0  # fmt: skip
    undone = cli("corrections", "undo", article, "1", "--by", "bob\x00", db=db)
    assert undone.exit_code == 1 and "U+0000" in undone.output, undone.output
    with Store(db) as store:
        assert correction_store.history(store, None, 0, 10)[0] == 1, "the undo was not stored"


def test_a_tmx_unit_holding_a_control_character_is_refused_whole(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        units = [("nl", "Goed zo.", "Well done."), ("nl", "Ja.", "Yes\u202e.")]
        with pytest.raises(ValueError, match="U\\+202E"):
            correction_store.import_units(store, units, "tm")
        assert correction_store.listing(store)[0] == 0


def test_the_correct_form_refuses_control_characters_naming_the_field(app, client) -> None:  # type: ignore[no-untyped-def]
    app.config["WTF_CSRF_ENABLED"] = False
    with Store(app.config["SETTINGS"].db_path) as store:
        article = store.article_ids()[0]
    url = f"/article/{article}/correct"
    bad_english = client.post(url, data={"sentence": "0", "english": "x\x1by", "by": "ann"})
    assert bad_english.status_code == 400
    assert "english: the English holds a control character" in bad_english.get_data(as_text=True)
    bad_name = client.post(url, data={"sentence": "0", "english": "Fine.", "by": "a\u202eb"})
    assert bad_name.status_code == 400
    assert "by: the name holds a control character" in bad_name.get_data(as_text=True)
    assert "Corrected by" not in client.get(f"/article/{article}").get_data(as_text=True)


@pytest.mark.parametrize("day", ["2020-13-45", "2022-02-30", "0000-01-01"])
def test_a_search_date_that_is_no_day_is_refused(client, day: str) -> None:  # type: ignore[no-untyped-def]
    for field in ("since", "until"):
        api = client.get(f"/api/search?q=Putin&{field}={day}")
        assert api.status_code == 400, api.get_json()
        assert api.get_json()["message"].startswith(f"{field}: {day} is no day")
        assert client.get(f"/search?q=Putin&{field}={day}").status_code == 400


def test_the_search_command_refuses_a_date_that_is_no_day(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite3"
    _translated(cli, db)
    found = cli("search", "Poetin", "--since", "2021-02-29", db=db)
    assert found.exit_code != 0 and "since: 2021-02-29 is no day" in found.output, found.output


def test_a_nul_past_the_first_8_kib_is_refused_naming_the_line(tmp_path: Path) -> None:
    from translate.sources.ingest import IngestError, read_article

    body = "De minister zei dat het goed gaat met de economie van het land. " * 150
    path = tmp_path / "late.txt"
    path.write_text(f"Kop over de economie\n\n{body}\n\nHet is \x00 klaar.\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"late\.txt:5: binary file"):
        read_article(path, lang="nl")


def test_reordering_marks_are_left_out_of_an_article(tmp_path: Path) -> None:
    from translate.sources.ingest import read_article

    path = tmp_path / "bidi.txt"
    path.write_text(
        "Kop met \u202eomgekeerd\u202c woord\n\n"
        'De minister zei: "Dit is \u2067goed\u2069." Het is \u202dklaar.\n',
        encoding="utf-8",
    )
    article = read_article(path, lang="nl")
    assert article.title == "Kop met omgekeerd woord"
    assert [s.text for s in article.sentences] == [
        'De minister zei: "Dit is goed."',
        "Het is klaar.",
    ]
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in article.text)


def test_quotes_by_person_are_that_persons_not_everyone_with_those_letters(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite3"
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    assert cli("translate", *seeds, "--engine", "none", db=db).exit_code == 0

    def speakers(*args: str) -> set[str]:
        result = cli("quotes", *args, "--json", db=db)
        assert result.exit_code == 0, result.output
        return {r["speaker"] for r in json.loads(result.output)["quotes"]}

    assert speakers("--person", "Psaki") == {"Jen Psaki"}  # a surname, as before
    assert speakers("--person", "jen  PSAKI") == {"Jen Psaki"}
    assert speakers("--person", "dmitry-peskov") == {"Dmitry Peskov"}
    assert speakers("--person", "Washington Post") == {"The Washington Post"}
    for nobody in ("a", "in", "", "Psak"):  # "a" gave 8 speakers' statements as one's
        result = cli("quotes", "--person", nobody, db=db)
        assert result.exit_code == 1, (nobody, result.output)
        assert f"nobody these articles quote is known as {nobody!r}" in result.output


def test_a_not_found_says_what_was_not_found(client) -> None:  # type: ignore[no-untyped-def]
    person = client.get("/api/quotes?person=nobody")
    assert person.status_code == 404
    assert person.get_json()["message"] == "nobody the stored articles quote is known as 'nobody'"
    story = client.get("/api/quotes?story=0123456789abcdef")
    assert story.get_json()["message"] == "there is no story 0123456789abcdef"
    page = client.get("/people/nobody")
    assert page.status_code == 404
    assert "Nobody the stored articles quote is known by this name." in page.get_data(as_text=True)
    article = client.get("/api/quotes?article=zzzz")  # was 200 with no quotations
    assert article.status_code == 404
    assert article.get_json()["message"] == "there is no stored article zzzz"
    known = client.get("/api/quotes?article=4e756820e369413a&kind=reported")
    assert known.status_code == 200 and known.get_json()["total"] >= 1
    past = client.get("/?page=2")  # the seeds fill one page of stories
    assert past.status_code == 404 and "There is 1 page of stories." in past.get_data(as_text=True)
    # An address nothing answers keeps the plain wording, not werkzeug's.
    none = client.get("/api/no-such-thing").get_json()
    assert none["message"] == "There is nothing at this address."


def test_adding_pasted_text_and_a_file_at_once_is_refused_not_one_dropped(app, client) -> None:  # type: ignore[no-untyped-def]
    import io

    app.config["WTF_CSRF_ENABLED"] = False
    data = {
        "text": "Kop\n\nDe tekst die werd geplakt.\n",
        "file": (io.BytesIO(b"Kop twee\n\nDe tekst van het bestand.\n"), "other.txt"),
    }
    response = client.post("/add", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "text and file: paste the text or choose a file, not both (other.txt)" in page
    assert "De tekst die werd geplakt." in page, "the pasted text is given back to send again"


def test_a_search_typed_with_decomposed_accents_finds_what_the_composed_one_does(client) -> None:  # type: ignore[no-untyped-def]
    import unicodedata

    composed = client.get("/api/search?q=Oekraïne").get_json()
    decomposed = client.get(
        "/api/search", query_string={"q": unicodedata.normalize("NFD", "Oekraïne")}
    ).get_json()
    assert composed["total"] >= 3  # seeds 000, 001, 003 and 004 name it
    assert decomposed["total"] == composed["total"]
    assert [h["article_id"] for h in decomposed["hits"]] == [
        h["article_id"] for h in composed["hits"]
    ]


def test_a_tmx_export_of_text_holding_control_characters_is_well_formed(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    from translate.storage import tmx

    units = [
        tmx.Unit("nl", "Het is \x1b[31mrood\x1b[0m.", "It is red\x07.", "engine:llm|model:m"),
        tmx.Unit(
            "nl", "Goed zo.", "Well done.", tmx.PERSON, "ann\x1b", "2026-12-06T22:00:00+00:00"
        ),
    ]
    path = tmp_path / "out.tmx"
    assert tmx.write(path, units) == 2
    ET.parse(path)  # well-formed: it raised "not well-formed (invalid token)"
    read, skipped = tmx.read_units(path)
    assert skipped == 0
    assert read == [("nl", "Het is [31mrood[0m.", "It is red."), ("nl", "Goed zo.", "Well done.")]


def test_an_article_is_not_compared_with_itself(client, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    same = "/compare/4e756820e369413a/4e756820e369413a"
    api = client.get("/api" + same)  # was a 202, then a comparison of the article with itself
    assert api.status_code == 400
    assert api.get_json()["message"] == "Pick two different articles to compare."
    assert client.get(same).status_code == 400
    db = tmp_path / "c.sqlite3"
    article = _translated(cli, db)
    for given in ((article, article), (str(SEED), article)):  # a path and its stored id too
        result = cli("compare", *given, "--engine", "none", db=db)
        assert result.exit_code == 2, result.output
        assert f"article {article} is given twice" in result.output


def test_an_article_given_twice_is_grouped_once(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite3"
    other = next((ROOT / "seeds").glob("001_*.txt"))
    result = cli("stories", str(SEED), str(SEED), str(other), "--engine", "none", "--json", db=db)
    assert result.exit_code == 0, result.output
    grouped = json.loads(result.output)
    members = [a for g in grouped["groups"] for a in g["articles"]]
    assert sorted(members) == sorted(set(members)) and len(members) == 2, members


def test_a_person_named_with_decomposed_accents_is_found(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import unicodedata

    db = tmp_path / "c.sqlite3"
    path = tmp_path / "haven.txt"
    path.write_text(
        'Wethouder over de haven\n\n"We breiden de haven uit", zei wethouder Jürgen Ölçer.\n',
        encoding="utf-8",
    )
    assert cli("translate", str(path), "--engine", "none", "--lang", "nl", db=db).exit_code == 0
    typed = unicodedata.normalize("NFD", "Jürgen Ölçer")
    result = cli("quotes", "--person", typed, "--json", db=db)
    assert result.exit_code == 0, result.output
    assert [q["speaker"] for q in json.loads(result.output)["quotes"]] == ["Jürgen Ölçer"]
    with Store(db) as store:
        assert store.quotations.key_of(typed) == store.quotations.key_of("jürgen ölçer")
        assert store.quotations.key_of(typed) is not None


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("X" * 101, "an outlet's name is at most 100 characters; this one has 101"),
        ("NOS \u202eswein", "an outlet's name holds a control character (U+202E) at 4"),
        ("De \x1b[31mKrant", "an outlet's name holds a control character (U+001B) at 3"),
    ],
)
def test_an_outlets_name_from_a_person_is_refused_naming_where(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, name: str, said: str
) -> None:
    db = tmp_path / "c.sqlite3"
    added = cli("feeds", "add", "https://example.org/feed.xml", "--outlet", name, db=db)
    assert added.exit_code == 1 and f"--outlet: {said}" in added.output, added.output
    opml = tmp_path / "feeds.opml"
    root = ET.Element("opml", version="2.0")
    ET.SubElement(ET.SubElement(root, "body"), "outline", title=name,
                  xmlUrl="https://example.org/2.xml")  # fmt: skip
    opml.write_bytes(ET.tostring(root))
    imported = cli("feeds", "import", str(opml), db=db)
    assert imported.exit_code == 1, imported.output
    if "\x1b" not in name:  # (XML cannot hold an escape: that file is refused as not OPML)
        assert f"the title of https://example.org/2.xml: {said}" in imported.output
    assert "no feeds" in cli("feeds", "list", db=db).output, "nothing was stored"
    article = tmp_path / "a.txt"
    article.write_text("Kop\n\nDe minister zei dat het goed gaat.\n", encoding="utf-8")
    given = cli("ingest", str(article), "--lang", "nl", "--outlet", name, db=db)
    assert given.exit_code == 1 and f"--outlet: {said}" in given.output, given.output
    (tmp_path / "a.meta").write_text(f"outlet: {name}\n", encoding="utf-8")
    meta = cli("ingest", str(article), "--lang", "nl", db=db)
    assert meta.exit_code == 1 and f"a.meta: outlet: {said}" in meta.output, meta.output
    (tmp_path / "a.meta").write_text("outlet: De Krant\n", encoding="utf-8")
    assert cli("ingest", str(article), "--lang", "nl", db=db).exit_code == 0
    renamed = cli("outlets", "rename", "De Krant", name, db=db)
    assert renamed.exit_code == 1 and said in renamed.output, renamed.output


@pytest.mark.parametrize("number", ["--1", "²", "-", "1-"])
def test_the_correct_form_names_the_sentence_field_for_a_number_that_is_none(  # type: ignore[no-untyped-def]
    app, client, number: str
) -> None:
    """The numbers "--1" and "²" passed the check (their digits are digits) and failed in
    int(), which the page reported as a fault of the English ("english: invalid literal")."""
    app.config["WTF_CSRF_ENABLED"] = False
    with Store(app.config["SETTINGS"].db_path) as store:
        article = store.article_ids()[0]
    answer = client.post(f"/article/{article}/correct",
                         data={"sentence": number, "english": "Fine.", "by": "ann"})  # fmt: skip
    assert answer.status_code == 400
    text = answer.get_data(as_text=True)
    assert "sentence must be a sentence number" in text and "english:" not in text
