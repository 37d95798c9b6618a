"""Who said what as a reader sees it on the seeds' pages: reported speech is never counted
or headed as a quotation, and a reported statement with a few quoted words of its own
sentence is one article's, not a statement two outlets carry."""

from __future__ import annotations

import json
import re
from pathlib import Path

from translate.sources.ingest import read_article


def _ids(seeds: list[Path]) -> dict[str, str]:
    return {p.name[:3]: read_article(p).id for p in seeds}


def _speaker_items(html: str) -> dict[str, str]:
    """Speaker name -> the Quotes block's item of that speaker (its words up to the next)."""
    block = html.partition('<section class="quotes-block"')[2]
    parts = re.split(r'<li><a class="person" href="[^"]*">([^<]+)</a>', block)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_one_articles_quote_and_report_are_not_two_carriers(client, seeds) -> None:  # type: ignore[no-untyped-def]
    # 001: 'Blinken waarschuwde … dat het lastig is … en "een pistool tegen het hoofd van
    # Oekraïne wordt gehouden"': the partial quotation sits in the reported sentence.
    html = client.get(f"/story/{_ids(seeds)['000']}").get_data(as_text=True)
    blinken = _speaker_items(html)["Antony Blinken"]
    assert blinken.startswith(", quoted and reported by ANP\n")
    assert 'class="carried-as"' not in blinken  # no "quoted by ANP, reported by ANP"
    quoted, _, reported = blinken.partition("Reported, not quoted:")
    assert "een pistool tegen het hoofd" in quoted
    assert "dat het lastig is om vooruitgang te boeken" not in quoted
    assert "dat het lastig is om vooruitgang te boeken" in reported
    assert "the outlet&#39;s paraphrase" in reported or "the outlet's paraphrase" in reported


def test_a_speaker_only_reported_is_not_said_to_be_quoted(client, seeds) -> None:  # type: ignore[no-untyped-def]
    # 000: "iets waar volgens Rusland geen plannen voor zijn": reported, nothing quoted
    items = _speaker_items(client.get(f"/story/{_ids(seeds)['000']}").get_data(as_text=True))
    only_reported = [
        name
        for name, item in items.items()
        if 'class="statement"' not in item.partition("Reported, not quoted:")[0]
    ]
    assert only_reported  # the seeds have one
    for name in only_reported:
        assert items[name].startswith(", reported by ANP\n"), name
    assert items["Dmitry Peskov"].startswith(", quoted and reported by ANP\n")


def test_counts_tell_quotations_from_reported_statements(client, seeds) -> None:  # type: ignore[no-untyped-def]
    peskov = client.get("/people/dmitry-peskov").get_data(as_text=True)
    quoted = len(client.get("/api/quotes?person=dmitry-peskov&kind=full").get_json()["quotes"])
    quoted += len(client.get("/api/quotes?person=dmitry-peskov&kind=partial").get_json()["quotes"])
    reported = client.get("/api/quotes?person=dmitry-peskov&kind=reported").get_json()
    assert quoted and reported["total"]
    lead = f"{quoted} quotations and {reported['total']} reported statements in the stored"
    assert lead in peskov
    people = client.get("/people").get_data(as_text=True)
    assert f"Dmitry Peskov</a> · {quoted} quotations and {reported['total']} reported" in people
    # The Washington Post is only reported ("The Washington Post schreef … dat …")
    assert "The Washington Post</a> · 1 reported statement</li>" in people
    post = client.get("/people/washington-post").get_data(as_text=True)
    assert "1 reported statement in the stored articles" in post
    assert "0 quotations" not in post


def test_the_cli_counts_reported_statements_apart(cli, seeds) -> None:  # type: ignore[no-untyped-def]
    paths = [str(p) for p in seeds]
    result = cli("quotes", *paths, "--kind", "reported")
    assert result.exit_code == 0, result.output
    rows = json.loads(cli("quotes", *paths, "--kind", "reported", "--json").stdout)["quotes"]
    named = sum(1 for r in rows if r["speaker"])
    assert (
        result.output.splitlines()[-1]
        == f"-- {len(rows)} reported statements, {named} with a speaker"
    )
    every = json.loads(cli("quotes", *paths, "--json").stdout)["quotes"]
    line = cli("quotes", *paths).output.splitlines()[-1]
    quoted = len(every) - len(rows)
    assert line.startswith(f"-- {quoted} quotations and {len(rows)} reported statements, ")


def test_speakers_not_sure_are_counted_by_kind(client, seeds) -> None:  # type: ignore[no-untyped-def]
    ids = _ids(seeds)
    # 003 and 004: partial quotations with no sure speaker (their reported statements have
    # one: "Volgens het Kremlin kan …", "De Russische president zei … dat …")
    url = f"/compare/{ids['003']}/{ids['004']}"
    html = client.get(url).get_data(as_text=True)
    summary = re.search(r"<summary>([^<]*) without a sure speaker</summary>", html)
    assert summary is not None
    rows = [
        q
        for a in ("003", "004")
        for q in client.get(f"/api/quotes?article={ids[a]}").get_json()["quotes"]
        if not q["speaker"]
    ]
    reported = sum(1 for q in rows if q["kind"] == "reported")
    assert len(rows) > reported
    counts = client.application.jinja_env.get_template("macros.html").module.said_counts
    assert summary.group(1) == str(counts(len(rows) - reported, reported))
    assert str(counts(2, 1)) == "2 quotations and 1 reported statement"
    assert str(counts(0, 3)) == "3 reported statements"
    assert str(counts(1, 0)) == "1 quotation"


def test_a_country_or_organisation_speaker_goes_by_its_english_name(client, seeds) -> None:  # type: ignore[no-untyped-def]
    # 000/001: "volgens Rusland", "Rusland heeft duidelijk gemaakt dat …"; 003/004: "Volgens
    # het Kremlin", "Het Kremlin heeft ontkend dat …": the glossary's entries, in English
    ids = _ids(seeds)
    speakers = {
        (q["speaker"], q["speaker_id"])
        for a in ("000", "001", "003", "004")
        for q in client.get(f"/api/quotes?article={ids[a]}").get_json()["quotes"]
    }
    assert ("Russia", "cldr-ru") in speakers and ("Kremlin", "kremlin") in speakers
    assert not any(name == "Rusland" for name, _ in speakers)
    page = client.get("/people/cldr-ru").get_data(as_text=True)
    assert "<h1>Russia" in page or "<title>Russia" in page
    assert client.get("/people/name:rusland").status_code == 404
