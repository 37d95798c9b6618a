from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from translate.sources.ingest import IngestError, parse_bytes, read_article

CLUTTER = (
    "Meer uit",
    "geleden",
    "Newsletter",
    "WERBUNG",
    "Werbung",
    "Diesen Artikel teilen",
    "Copyright",
    "Zum selben Thema",
    "Selenskyj:",
    "Barrierefreiheit",
    "Von euronews",
)

EXPECTED = {
    "000": ("nl", "MOSKOU", ("ANP",), "Poetin-woordvoerder noemt"),
    "001": ("nl", "MOSKOU", ("ANP", "AFP"), "Moskou: VS hoeven"),
    "002": ("de", None, (), "USA und Russland wollen"),
    "003": ("nl", "WASHINGTON", ("ANP", "RTR"), "Biden en Poetin"),
    "004": ("nl", "MOSKOU", ("ANP", "RTR"), "Kremlin ontkent"),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_each_seed(seeds: list[Path], prefix: str) -> None:
    path = next(p for p in seeds if p.name.startswith(prefix))
    article = read_article(path)
    lang, city, agencies, title = EXPECTED[prefix]
    assert article.lang == lang
    assert article.dateline == city
    assert article.agencies == agencies
    assert article.title.startswith(title)
    assert len(article.sentences) >= 5
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert not any(c in sentence.text for c in CLUTTER), sentence.text
        assert city is None or not sentence.text.startswith(city)
    assert article.removed, "clutter must be kept aside, labelled"
    assert read_article(path).id == article.id  # stable


def test_teaser_list_is_removed_and_kept(seeds: list[Path]) -> None:
    article = read_article(seeds[0])
    teasers = [r for r in article.removed if r.label == "teaser-list"]
    assert teasers[0].text == "Meer uit Buitenland"
    assert any("TAMAN (ANP/BLOOMBERG)" in r.text for r in teasers)
    assert all(r.line > 5 for r in teasers)
    assert "Iran" not in article.body


def test_euronews_page_clutter_labels(seeds: list[Path]) -> None:
    article = read_article(seeds[2])
    labels = {r.label for r in article.removed}
    assert {"navigation", "advertisement", "share", "copyright", "related-links"} <= labels
    assert article.outlet == "euronews"
    assert article.sentences[0].text == "Die USA und Russland gehen aufeinander zu."
    related = [r.text for r in article.removed if r.label == "related-links"]
    assert 'Selenskyj: Putin "könnte nach Kyiw kommen"' in related


def test_same_text_same_id_wherever_it_lies(tmp_path: Path, seeds: list[Path]) -> None:
    copy = tmp_path / "elsewhere.txt"
    copy.write_bytes(seeds[1].read_bytes())
    assert read_article(copy).id == read_article(seeds[1]).id


HTML = """<!doctype html><html><head><title>Kremlin ontkent gesprek</title></head><body>
<nav><a href="/">Home</a> <a href="/b">Buitenland</a> <a href="/s">Sport</a></nav>
<article><h1>Kremlin ontkent gesprek</h1>
<p>MOSKOU (ANP) - Het Kremlin heeft ontkend dat president Poetin heeft gebeld met Trump.
Dat zei woordvoerder Peskov donderdag tegen verslaggevers in Moskou.</p>
<p>Volgens Peskov is er geen gesprek geweest. <script>alert(1)</script>De Russische
president wil wel praten, zei hij tegen het staatspersbureau.</p></article>
<footer>Meer nieuws: abonneer op onze nieuwsbrief en volg ons op alle kanalen.</footer>
</body></html>"""


def test_html_page() -> None:
    article = parse_bytes(HTML.encode(), "page.html")
    assert article.title == "Kremlin ontkent gesprek"
    assert article.lang == "nl"
    assert article.dateline == "MOSKOU"
    texts = [s.text for s in article.sentences]
    assert texts[0] == "Het Kremlin heeft ontkend dat president Poetin heeft gebeld met Trump."
    assert not any("alert(1)" in t or "Home" in t for t in texts)
    boilerplate = " ".join(r.text for r in article.removed if r.label == "page-boilerplate")
    assert "Home" in boilerplate


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"Titel\n\xff\xfe caf\xe9 bad bytes", ":2: not UTF-8"),
        (
            "Le président\nLe président russe a parlé avec les journalistes à Moscou "
            "jeudi soir, selon plusieurs sources.".encode(),
            "cannot tell which of Dutch, German, English this is (most like English",
        ),
        (
            "Titel\nEen tekst in het Nederlands, met een BOM.".encode("utf-16")[:-2] + b"\xd8",
            ":2: not UTF-16",
        ),
        (b"Only a title line", "no article body"),
    ],
)
def test_bad_input_names_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as excinfo:
        read_article(path)
    assert str(excinfo.value).startswith(str(path))
    assert message in str(excinfo.value)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_byte_order_marks_are_read(tmp_path: Path, encoding: str) -> None:
    text = "Poetin belt Biden\nMOSKOU (ANP) - De Russische president heeft gisteren gebeld."
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    path = tmp_path / "bom.txt"
    path.write_bytes(raw)
    article = read_article(path)
    assert article.title == "Poetin belt Biden" and article.lang == "nl"
    assert article.sentences[0].text == "De Russische president heeft gisteren gebeld."


def test_a_language_it_cannot_tell_is_asked_for(tmp_path: Path) -> None:
    from translate.sources.ingest import LanguageUnsure

    path = tmp_path / "short.txt"
    path.write_text("Poetin en NAVO\nPoetin, Biden, NAVO.\n")
    with pytest.raises(LanguageUnsure, match=r"most like Dutch, \d+%.*--lang nl/de/en") as exc:
        read_article(path)
    assert exc.value.guess == "nl" and exc.value.confidence < 0.9
    assert read_article(path, lang="nl").lang == "nl"  # told, it reads


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="is a directory"):
        read_article(tmp_path)


def test_a_title_that_opens_like_a_byline_is_the_title() -> None:
    """ "Von der Leyen …" is a title (the first real line), not a byline "Von <author>"; a
    byline after the title is still one."""
    text = (
        "Von der Leyen verteidigt Handelsabkommen\n"
        "Von Anna Schmidt\n"
        "Die Kommission hat das Abkommen am Montag verteidigt. Es sei gut für Europa.\n"
    )
    article = parse_bytes(text.encode(), "vdl.txt", lang="de")
    assert article.title == "Von der Leyen verteidigt Handelsabkommen"
    assert [r.label for r in article.removed] == ["byline"]
    assert "Anna Schmidt" not in article.body


def test_a_byline_before_the_title_is_still_a_byline() -> None:
    """A first line that names an author or an agency ("Von Anna Müller", "Von dpa") is a
    byline even before the title; one that reads as a sentence is the title."""
    for byline in ("Von Anna Müller", "Von dpa"):
        text = f"{byline}\nHandel im Aufwind\nDie Exporte stiegen im Mai. Das freut die Firmen.\n"
        article = parse_bytes(text.encode(), "x.txt", lang="de")
        assert article.title == "Handel im Aufwind"
        assert [r.label for r in article.removed] == ["byline"]
    text = "Door storm geen treinen\nDe NS legt alle treinen stil. Dat meldt het spoorbedrijf.\n"
    assert parse_bytes(text.encode(), "x.txt", lang="nl").title == "Door storm geen treinen"
