"""TBX-Basic and DeepL CSV: export, validation, import with a dry run, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import DATA_DIR, SHIPPED, USER, Glossary, GlossaryError, Layer
from glossary.exchange import check_tbx, export_csv, export_tbx, parse_csv, parse_tbx


def test_the_tbx_export_keeps_every_field_and_reads_back_the_same() -> None:
    shipped = Glossary.load(DATA_DIR)
    text = export_tbx(shipped.entries, shipped.version)
    root, problems = check_tbx(text, "shipped.tbx")
    assert problems == [] and root is not None
    back = parse_tbx(text, "shipped.tbx", "nobody")
    assert [e.to_row() for e in back] == [e.to_row() for e in shipped.entries]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('type="TBX-Basic"', 'type="TBX-Min"', 'needs type="TBX-Basic"'),
        ("<term>Putin</term>", "<term> </term>", "exactly one non-empty term"),
        (">properNoun<", ">name<", "partOfSpeech 'name'"),
        ("<date>2026", "<date>26", "is not YYYY-MM-DD"),
        ('id="putin"', 'id="nato"', "id used twice"),
        ('<admin type="source">', '<admin type="owner">', "admin type 'owner'"),
        ("<sourceDesc>", "<sourceDescX>", "needs fileDesc/sourceDesc"),
        ("</tbx>", "", "not well-formed XML"),
    ],
)
def test_tbx_that_breaks_the_rules_is_refused(old: str, new: str, message: str) -> None:
    shipped = Glossary.load(DATA_DIR)
    text = export_tbx(shipped.entries, shipped.version).replace(old, new, 1)
    if old == "<sourceDesc>":
        text = text.replace("</sourceDesc>", "</sourceDescX>", 1)
    with pytest.raises(GlossaryError, match=message):
        parse_tbx(text, "bad.tbx", "nobody")


def test_import_a_tbx_with_a_dry_run_then_for_real(cli, tmp_path: Path) -> None:
    own = tmp_path / "mine"
    exported = tmp_path / "all.tbx"
    assert cli("glossary", "export", "--format", "tbx", "--output", str(exported)).exit_code == 0
    unchanged = cli("--glossary", str(own), "glossary", "import", str(exported), "--dry-run")
    assert unchanged.exit_code == 0 and unchanged.output.startswith("0 to add or change")
    text = exported.read_text(encoding="utf-8").replace("<term>Sergej Rjabkov</term>",
                                                         "<term>Sergej Rjabkow</term>")  # fmt: skip
    edited = tmp_path / "edited.tbx"
    edited.write_text(text, encoding="utf-8")
    dry = cli("--glossary", str(own), "glossary", "import", str(edited), "--dry-run", "--by", "ann")
    assert (
        dry.exit_code == 0 and "change sergei-ryabkov" in dry.output and "(dry run)" in dry.output
    )
    assert not (own / "curated.tsv").exists()
    real = cli("--glossary", str(own), "glossary", "import", str(edited), "--by", "ann")
    assert real.exit_code == 0, real.output
    glossary = Glossary.load_layers((Layer(SHIPPED, DATA_DIR, False), Layer(USER, own, True)))
    assert glossary.by_id["sergei-ryabkov"].layer == USER
    assert [e.id for e in glossary.lookup("nl", "Sergej Rjabkow")] == ["sergei-ryabkov"]
    shown = cli("--glossary", str(own), "glossary", "history", "sergei-ryabkov").output
    assert "import" in shown and "ann" in shown


def test_an_invalid_import_writes_nothing(cli, tmp_path: Path) -> None:
    own = tmp_path / "mine"
    bad = tmp_path / "bad.csv"
    bad.write_text("Poetin,Poutine,nl,en\nNieuwterm,New term,nl,en\n", encoding="utf-8")
    result = cli("--glossary", str(own), "glossary", "import", str(bad))
    assert result.exit_code == 1 and "bad.csv:1: nl 'Poetin' is 'Putin'" in result.output
    assert not (own / "curated.tsv").exists()


def test_csv_as_deepl_reads_it(cli, tmp_path: Path) -> None:
    shipped = Glossary.load(DATA_DIR)
    text = export_csv(shipped.entries)
    first = text.splitlines()[0].split(",")
    assert len(first) == 4 and first[2] in ("nl", "de") and first[3] == "en"
    rows, problems = parse_csv(text, "all.csv")
    assert problems == [] and len(rows) == sum(
        len(f) for e in shipped.entries for f in e.forms.values()
    )
    exported = tmp_path / "all.csv"
    exported.write_text(text, encoding="utf-8")
    own = tmp_path / "mine"
    same = cli("--glossary", str(own), "glossary", "import", str(exported), "--dry-run")
    assert same.output.startswith("0 to add or change")  # every rendering is there already
    new = tmp_path / "new.csv"
    new.write_text("Eelco Heinen,Eelco Heinen,nl,en\nAmsterdam,Amsterdam,de,en\n")
    added = cli("--glossary", str(own), "glossary", "import", str(new), "--by", "ann")
    assert added.exit_code == 0, added.output
    assert "add    eelco-heinen" in added.output
    glossary = Glossary.load_layers((Layer(SHIPPED, DATA_DIR, False), Layer(USER, own, True)))
    assert glossary.by_id["eelco-heinen"].kind == "term"
    bad_rows, problems = parse_csv("a,b,fr,en\na,b,nl,de\nonly-one\n", "x.csv")
    assert bad_rows == [] and [p.line for p in problems] == [1, 2, 3]
