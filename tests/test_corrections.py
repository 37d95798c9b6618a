"""People's corrections: a sentence fixed once shows fixed in every article carrying it,
through every path (CLI, API, pages, quotations); TMX out and in; the safe XML reader."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from glossary import safexml
from glossary.exchange import check_tbx
from translate.storage import correction_store
from translate.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("000_*.txt"))
KIRBY = (
    'Maar volgens Pentagon-woordvoerder John Kirby is Rusland "actief aan het werk een'
    ' voorwendsel te creëren voor een mogelijke inval."'
)
RIGHT = (
    'But according to Pentagon spokesman John Kirby, Russia is "actively working to create'
    ' a pretext for a possible invasion."'
)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _wire_copy(folder: Path) -> Path:
    """Seed 000 as another outlet printed it: the same agency text, its last sentence cut."""
    text = SEED.read_text(encoding="utf-8").rstrip().rsplit("\n", 1)[0] + "\n"
    copy = folder / "copy.txt"
    copy.write_text(text, encoding="utf-8")
    (folder / "copy.meta").write_text("outlet: De Andere Krant\n", encoding="utf-8")
    return copy


def _translated(cli, db: Path, *paths: Path) -> list[dict]:  # type: ignore[no-untyped-def]
    result = cli("translate", *map(str, paths), "--engine", "none", "--json", db=db)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["articles"]


def _kirby(article: dict) -> dict:  # type: ignore[type-arg]
    return next(s for s in article["sentences"] if s["source"] == KIRBY)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hij zei: „ja”.", 'Hij  zei:  "ja".'),
        ("«Nee», zei ze.", '"Nee", zei ze.'),
        ("Het is ‘zo’n’ dag\u00a0vandaag ", "Het is 'zo'n' dag vandaag"),
    ],
)
def test_a_sentence_is_one_key_whatever_its_spaces_and_quotation_marks(a: str, b: str) -> None:
    assert correction_store.sentence_key("nl", a) == correction_store.sentence_key("nl", b)
    assert correction_store.sentence_key("nl", a) != correction_store.sentence_key("de", a)


def test_a_correction_in_one_article_shows_in_its_wire_copy_everywhere(cli, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    copy = _wire_copy(tmp_path)
    first, second = _translated(cli, db, SEED, copy)
    assert first["article_id"] != second["article_id"]
    machine = _kirby(first)["english"]
    number = _kirby(first)["index"]
    done = cli("corrections", "add", first["article_id"], str(number), "--english", RIGHT,
               "--by", "ann", db=db)  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "shown in 2 articles" in done.output
    # translate --json of the wire copy, again: the person's English, marked as theirs
    # (another engine: test_another_engine_later_keeps_the_correction).
    (again,) = _translated(cli, db, copy)
    sentence = _kirby(again)
    assert sentence["english"] == RIGHT and sentence["flags"] == []
    assert sentence["corrected"]["by"] == "ann"
    assert sentence["corrected"]["machine"] == machine
    assert again["signature"]["corrections"]
    # The quotations' English of both articles.
    quotes = json.loads(cli("quotes", "--json", db=db).output)["quotes"]
    kirby = [q for q in quotes if q["source_text"].startswith("actief aan het werk")]
    assert len(kirby) == 2
    assert {q["english"] for q in kirby} == {
        "actively working to create a pretext for a possible invasion."
    }
    # Undo: the machine's English comes back, in both.
    undone = cli("corrections", "undo", second["article_id"], str(number), "--by", "bob", db=db)
    assert undone.exit_code == 0, undone.output
    back = _translated(cli, db, SEED, copy)
    assert [_kirby(a)["english"] for a in back] == [machine, machine]
    assert all(_kirby(a)["corrected"] is None for a in back)
    assert back[0]["signature"]["corrections"] == ""
    quotes = json.loads(cli("quotes", "--json", db=db).output)["quotes"]
    assert not any(q["english"] and "pretext" in q["english"] for q in quotes), (
        "the quotations were brought back too"
    )
    history = json.loads(cli("corrections", "history", "--json", db=db).output)
    assert [c["action"] for c in history["changes"]] == ["undo", "correct"]
    assert history["changes"][1]["machine"] == machine and history["changes"][0]["by"] == "bob"


def test_another_engine_later_keeps_the_correction(store: Store, glossary) -> None:  # type: ignore[no-untyped-def]
    from translate.engines.base import Engine
    from translate.pipeline.translating import translate_articles
    from translate.sources.ingest import read_article

    class Shouting(Engine):
        name = "shouting"

        def __init__(self) -> None:
            pass

        def model_id(self, lang: str) -> str:
            return "caps-1"

        def translate(self, texts, lang, hints=None):  # type: ignore[no-untyped-def]
            return [t.upper() for t in texts]

    article = read_article(SEED)
    store.put_articles([article])
    sentence = next(s for s in article.sentences if s.text == KIRBY)
    correction_store.correct(store, "nl", KIRBY, RIGHT, "ann", None, article.id, sentence.index)
    (result,) = translate_articles([article], Shouting(), store, glossary)
    done = next(s for s in result.sentences if s.source == KIRBY)
    assert done.english == RIGHT and done.corrected is not None
    assert done.corrected.machine.startswith("MAAR VOLGENS")
    # The stored translation is the machine's: nothing re-translated, nothing overwritten.
    from translate.records import ArticleTranslation
    from translate.storage.stored import get
    from translate.vocab import ResultKind

    raw = get(store, ResultKind.TRANSLATION, article.id, ArticleTranslation)
    assert raw is not None
    assert next(s for s in raw.sentences if s.source == KIRBY).english.startswith("MAAR")


def test_the_title_can_be_corrected_and_undo_twice_puts_it_back(cli, tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    (article,) = _translated(cli, db, SEED)
    title = "Putin spokesman calls the talks 'disturbing'"
    assert cli("corrections", "add", article["article_id"], "-1", "--english", title,
               db=db).exit_code == 0  # fmt: skip
    assert _translated(cli, db, SEED)[0]["title"]["english"] == title
    listed = json.loads(cli("corrections", "list", "--json", db=db).output)
    key = listed["corrections"][0]["key"]
    assert listed["total"] == 1 and listed["corrections"][0]["sentence"] == -1
    assert cli("corrections", "undo", key, db=db).exit_code == 0
    assert _translated(cli, db, SEED)[0]["title"]["english"] != title
    assert cli("corrections", "undo", key, db=db).exit_code == 0
    assert _translated(cli, db, SEED)[0]["title"]["english"] == title
    missing = cli("corrections", "add", article["article_id"], "99", "--english", "x", db=db)
    assert missing.exit_code == 1 and "no sentence 99" in missing.output


# TMX


ONE_UNIT = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="hand" creationtoolversion="1" segtype="sentence" o-tmf="none"
          adminlang="en-GB" srclang="nl-NL" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="nl-NL"><seg>{nl}</seg></tuv>
      <tuv xml:lang="en-GB"><seg>{en}</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="fr-FR"><seg>Bonjour.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>Hello.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_a_hand_written_tmx_unit_is_a_persons_english(cli, tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite3"
    memory = tmp_path / "hand.tmx"
    memory.write_text(
        ONE_UNIT.format(nl=KIRBY.replace('"', "&quot;"), en=RIGHT.replace('"', "&quot;")),
        encoding="utf-8",
    )
    done = cli("corrections", "import", str(memory), "--by", "tm", db=db)
    assert done.exit_code == 0, done.output
    assert "imported 1 corrections from 1 units (1 units without" in done.output
    (article,) = _translated(cli, db, SEED)
    sentence = _kirby(article)
    assert sentence["english"] == RIGHT and sentence["corrected"]["by"] == "tm"
    text = cli("translate", str(SEED), "--engine", "none", db=db).output
    assert f"* {RIGHT}" in text and "      corrected by tm on " in text
    assert "1 corrected by a person (marked *)" in text
    # Out again: TMX 1.4 as its DTD has it.
    out = tmp_path / "out.tmx"
    assert cli("corrections", "export", "--tmx", str(out), db=db).exit_code == 0
    root = ET.parse(out).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None and header.get("srclang") == "nl"
    for required in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
                     "datatype"):  # fmt: skip
        assert header.get(required)
    (tu,) = root.iter("tu")
    assert [t.get(XML_LANG) for t in tu.findall("tuv")] == ["nl", "en"]
    assert [t.findtext("seg") for t in tu.findall("tuv")] == [KIRBY, RIGHT]
    assert tu.findtext("prop[@type='x-newsbridge-origin']") == "person"
    assert tu.get("creationid") == "tm"


def test_export_all_says_which_engine_made_each_unit(store: Store, tmp_path: Path) -> None:
    from translate.records import ArticleTranslation, SentenceTranslation, Signature
    from translate.storage import tmx
    from translate.storage.stored import save_translation

    made = ArticleTranslation(
        "a" * 16, "de", Signature("argos", "de-en-1.9"),
        SentenceTranslation(-1, "Der Titel", "The title", False),
        (SentenceTranslation(0, "Ein Satz.", "A sentence.", False),
         SentenceTranslation(1, "Zwei Sätze.", "Two sentences!", False)),
    )  # fmt: skip
    save_translation(store, made)
    correction_store.correct(store, "de", "Zwei  Sätze.", "Two sentences.", "ann")
    path = tmp_path / "all.tmx"
    tmx.write(path, tmx.stored_units(store, everything=True))
    units = {
        tu.findall("tuv")[0].findtext("seg"): (
            tu.findtext("prop"),
            tu.findall("tuv")[1].findtext("seg"),
        )
        for tu in ET.parse(path).getroot().iter("tu")
    }
    assert units == {
        "Zwei  Sätze.": ("person", "Two sentences."),
        "Der Titel": ("engine:argos|model:de-en-1.9", "The title"),
        "Ein Satz.": ("engine:argos|model:de-en-1.9", "A sentence."),
    }
    assert ET.parse(path).getroot().find("header").get("srclang") == "de"  # type: ignore[union-attr]


EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header/><body><tu>
<tuv xml:lang="nl"><seg>&secret;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv>
</tu></body></tmx>
"""
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">\n' for n in range(2, 10)
    ).replace("&lol1;", "&lol;")
    + ']>\n<tmx version="1.4"><header/><body><tu><tuv xml:lang="nl"><seg>&lol9;</seg></tuv>'
    '<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>\n'
)


@pytest.mark.parametrize(
    ("payload", "line", "reason"),
    [
        (EXTERNAL, 2, "DOCTYPE"),
        (LAUGHS, 2, "DOCTYPE"),
        (ONE_UNIT.replace("</body>", "</bod>"), 14, "mismatched tag"),
        (ONE_UNIT.replace("<seg>Bonjour.</seg>", ""), 11, "one <seg>"),
        (ONE_UNIT.replace('<tmx version="1.4">', "<tmx>"), 2, "no version"),
        ("<tbx/>", 1, "not <tmx>"),
    ],
    ids=["external-entity", "billion-laughs", "not-well-formed", "no-seg", "no-version", "root"],
)
def test_a_bad_tmx_is_refused_whole_with_line_and_reason(
    cli, tmp_path: Path, payload: str, line: int, reason: str, no_network: None
) -> None:
    db = tmp_path / "bad.sqlite3"
    good = tmp_path / "good.tmx"
    good.write_text(ONE_UNIT.format(nl="Een zin.", en="A sentence."), encoding="utf-8")
    assert cli("corrections", "import", str(good), db=db).exit_code == 0
    with Store(db) as store:
        before = store.version()
    bad = tmp_path / "bad.tmx"
    bad.write_text(payload.format(nl="Twee zinnen.", en="Two."), encoding="utf-8")
    refused = cli("corrections", "import", str(bad), db=db)
    assert refused.exit_code == 1
    assert f"bad.tmx, line {line}:" in refused.output and reason in refused.output
    assert "nothing was imported" in refused.output
    with Store(db) as store:
        assert store.version() == before
        assert correction_store.listing(store)[0] == 1


def test_the_xml_reader_refuses_before_reading_what_is_too_big(tmp_path: Path) -> None:
    big = tmp_path / "big.tbx"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)  # 50 MB of nothing: refused by its size, unread
    root, problems = check_tbx(big, big.name)
    assert root is None
    assert [p.line for p in problems] == [0]
    assert "50.0 MB is over the limit of 20 MB" in problems[0].message
    with pytest.raises(safexml.XMLRefused, match="over the limit"):
        safexml.parse(b"<a>" + b"x" * 100 + b"</a>", "small.xml", limit=50)


def test_the_xml_reader_refuses_a_doctype_in_utf16() -> None:
    data = '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE x>\n<x/>'.encode("utf-16")
    with pytest.raises(safexml.XMLRefused, match="line 2: a DOCTYPE"):
        safexml.parse(data, "wide.xml")
    root = safexml.parse('<a>\n<b xml:lang="nl">é</b></a>'.encode("utf-16"), "ok.xml")
    b = root.find("b")
    assert b is not None and b.text == "é" and b.get(XML_LANG) == "nl"
    assert getattr(b, "line", None) == 2


# The pages and the API

NEAR_NL = (
    "De Russen eisen veiligheidsgaranties die essentieel zouden zijn voor het de-escaleren"
    " van de situatie."
)
NEAR_COPY = NEAR_NL.replace("essentieel", "noodzakelijk")


def _add_copy(settings, folder: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Seed 000 and its wire copy (one word of one sentence changed) in the seeded store."""
    from glossary import Glossary
    from translate.coverage.quotations import store_quotes
    from translate.engines import load_engine
    from translate.pipeline.translating import translate_articles
    from translate.sources.ingest import read_article

    copy = _wire_copy(folder)
    copy.write_text(copy.read_text(encoding="utf-8").replace(NEAR_NL, NEAR_COPY), "utf-8")
    with Store(settings.db_path) as store:
        article = read_article(copy)
        store.put_articles([article])
        glossary = Glossary.load_layers(settings.glossary_layers)
        translate_articles([article], load_engine("none", settings), store, glossary)
        store_quotes(store, [article], glossary)
    return read_article(SEED).id, article.id


def test_a_correction_on_the_page_shows_on_the_wire_copy_and_is_undone(
    app, client, seeded_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    app.config["WTF_CSRF_ENABLED"] = False
    a, b = _add_copy(seeded_settings, tmp_path)
    article = client.get(f"/article/{a}").get_data(as_text=True)
    assert 'class="correct"' in article and 'name="sentence"' in article
    from translate.sources.ingest import read_article

    number = next(s.index for s in read_article(SEED).sentences if s.text == KIRBY)
    near_number = next(s.index for s in read_article(SEED).sentences if s.text == NEAR_NL)
    sent = client.post(f"/article/{a}/correct", data={"sentence": str(number), "english": RIGHT,
                       "by": "ann"})  # fmt: skip
    assert sent.status_code == 303 and sent.headers["Location"].endswith(f"#s{number}")
    english = "The Russians demand security guarantees."
    fix = client.post(f"/article/{a}/correct", data={"sentence": str(near_number),
                      "english": english, "by": "ann"})  # fmt: skip
    assert fix.status_code == 303
    copy_page = client.get(f"/article/{b}").get_data(as_text=True)
    assert "actively working to create a pretext" in copy_page
    assert 'class="corrected"' in copy_page and "Corrected by ann" in copy_page
    assert "1 sentence is <span" in copy_page  # the other is only near
    # The changed sentence is offered the correction, with the word that differs marked.
    assert 'class="near"' in copy_page and "<ins>noodzakelijk</ins>" in copy_page
    assert "<del>essentieel</del>" in copy_page
    api = client.get(f"/api/articles/{b}/translation").get_json()
    done = next(s for s in api["sentences"] if s["source"] == KIRBY)
    assert done["english"] == RIGHT and done["corrected"]["by"] == "ann"
    near = next(s for s in api["sentences"] if s["source"] == NEAR_COPY)
    assert near["corrected"] is None, "a near match is offered, never applied"
    compared = client.get(f"/compare/{a}/{b}").get_data(as_text=True)
    assert compared.count("actively working to create a pretext") >= 2
    quotes = client.get(f"/api/quotes?article={b}").get_json()["quotes"]
    assert any("pretext" in (q["english"] or "") for q in quotes)
    listed = client.get("/api/corrections?per_page=1").get_json()
    assert listed["total"] == 2 and listed["pages"] == 2 and listed["next"]
    assert client.get("/api/corrections?history=1").get_json()["total"] == 2
    # History and undo on the page.
    history = client.get("/corrections").get_data(as_text=True)
    assert "Undo this change" in history and KIRBY.split('"')[0].strip() in history
    key = correction_store.sentence_key("nl", KIRBY)
    undone = client.post(f"/corrections/{key}/undo", data={"by": "bob"})
    assert undone.status_code == 303
    assert "pretext" not in client.get(f"/article/{b}").get_data(as_text=True)
    api = client.get(f"/api/articles/{b}/translation").get_json()
    assert next(s for s in api["sentences"] if s["source"] == KIRBY)["corrected"] is None
    quotes = client.get(f"/api/quotes?article={b}").get_json()["quotes"]
    assert not any("pretext" in (q["english"] or "") for q in quotes)
    assert client.post(f"/article/{a}/correct", data={"sentence": "x", "english": "y",
                       "by": "z"}).status_code == 400  # fmt: skip
    assert client.post(f"/article/{a}/correct", data={"sentence": "1", "english": " ",
                       "by": "z"}).status_code == 400  # fmt: skip


def test_the_correct_form_needs_its_csrf_token(client, app) -> None:  # type: ignore[no-untyped-def]
    from translate.storage.stored import stored_translation

    with Store(app.config["SETTINGS"].db_path) as store:
        article_id = store.article_ids()[0]
        assert stored_translation(store, article_id) is not None
    refused = client.post(f"/article/{article_id}/correct",
                          data={"sentence": "0", "english": "x", "by": "me"})  # fmt: skip
    assert refused.status_code == 400 and "Form expired" in refused.get_data(as_text=True)


def test_near_matches_are_found_by_words_and_marked() -> None:
    from translate.coverage.near import NEAR, suggestions
    from translate.results import Correction

    fix = Correction(1, "k", "nl", "Er vielen 12 doden bij de aanslag in Kabul.", "Twelve died.",
                     None, None, "correct", "ann", "2026-01-01")  # fmt: skip
    found = suggestions(
        [
            (0, "Er vielen 14 doden bij de aanslag in Kabul."),
            (1, "Er vielen 12 doden bij de aanslag in Kabul."),  # its own: applied, not offered
            (2, "De aanslag in Kabul was zwaar."),
        ],
        [fix],
    )
    assert list(found) == [0]
    assert found[0].score >= NEAR
    assert ("gone", "12") in found[0].pieces and ("changed", "14") in found[0].pieces


def test_a_correction_makes_comparisons_and_story_views_stale(client, app) -> None:  # type: ignore[no-untyped-def]
    """What was made from the machine's English is made again from the person's; the
    signature a page reads without loading translations finds the view made after."""
    from translate.coverage.quotations import stale_articles

    a, b = "4e756820e369413a", "68aa529f7daee083"  # seeds 000 and 001, one story
    english = "Talks were also held with European delegates."
    source = "Ook werd er overlegd met Europese afgevaardigden."
    before_pair = client.get(f"/api/compare/{a}/{b}").get_json()
    before_story = client.get(f"/api/story/{a}").get_json()
    assert english not in json.dumps(before_pair) and english not in json.dumps(before_story)
    with Store(app.config["SETTINGS"].db_path) as store:
        correction_store.correct(store, "nl", source, english, "ann")
        # Quotations made from the machine's English are stale now too.
        assert a in [x.id for x in stale_articles(store, None)]
    after_pair = client.get(f"/api/compare/{a}/{b}").get_json()
    assert english in json.dumps(after_pair)
    assert "corrections:" in after_pair["a"]["signature"]
    after_story = client.get(f"/api/story/{a}").get_json()
    assert english in json.dumps(after_story)
    # Found again at once: the signatures read from the store name the same corrections.
    assert client.get(f"/api/story/{a}").status_code == 200
    from flask.testing import FlaskClient

    plain = FlaskClient(app)
    assert plain.get(f"/api/story/{a}").status_code == 200
    assert plain.get(f"/api/compare/{a}/{b}").status_code == 200
    with Store(app.config["SETTINGS"].db_path) as store:
        correction_store.undo(store, correction_store.sentence_key("nl", source), "bob")
    # Undone: the views made from the machine's English are the ones found again.
    assert plain.get(f"/api/story/{a}").get_json() == before_story | {"cached": True}


def test_an_older_store_learns_which_sentences_its_translations_hold(tmp_path: Path) -> None:
    import sqlite3

    from translate.records import ArticleTranslation, SentenceTranslation, Signature
    from translate.storage.stored import save_translation, stored_translation

    path = tmp_path / "old.sqlite3"
    with Store(path) as store:
        save_translation(store, ArticleTranslation(
            "b" * 16, "nl", Signature("none", "identity"),
            SentenceTranslation(-1, "Kop", "Kop", False),
            (SentenceTranslation(0, "Een zin.", "A sentense.", False),),
        ))  # fmt: skip
    db = sqlite3.connect(path)
    db.execute("DELETE FROM sentence_keys")
    db.execute("PRAGMA user_version=7")
    db.commit()
    db.close()
    with Store(path) as store:
        assert correction_store.articles_with(
            store, correction_store.sentence_key("nl", "Een zin.")
        ) == ["b" * 16]
        correction_store.correct(store, "nl", "Een  zin.", "A sentence.", "ann")
        assert correction_store.stamps(store, ["b" * 16])
        found = stored_translation(store, "b" * 16)
        assert found is not None and found.sentences[0].english == "A sentence."
        assert str(found.signature).endswith(correction_store.stamps(store, ["b" * 16])["b" * 16])


def test_the_near_index_finds_what_comparing_every_pair_finds() -> None:
    """Prefix filtering looks at a few candidates only; it must miss none that comparing
    the sentence with every correction would offer."""
    import random

    from translate.coverage.near import NEAR, NearIndex, likeness
    from translate.results import Correction
    from translate.sources.ingest import read_article

    texts = [s.text for p in sorted((ROOT / "seeds").glob("*.txt"))
             for s in read_article(p).sentences]  # fmt: skip
    candidates = [Correction(n, "k", "nl", t, "E", None, None, "import", "b", "t")
                  for n, t in enumerate(texts)]  # fmt: skip
    index = NearIndex(candidates)
    rng = random.Random(5)
    for text in texts:
        words = text.split()
        for _ in range(rng.randint(1, 3)):
            words[rng.randrange(len(words))] = rng.choice(["ook", "14", "verder", "Kyiv"])
        edited = " ".join(words)
        scores = [likeness(c.source, edited) for c in candidates]
        best = max(
            (s for s, c in zip(scores, candidates, strict=True)
             if c.source.split() != edited.split()),
            default=0.0,
        )  # fmt: skip
        found = index.nearest(edited)
        if best >= NEAR:
            assert found is not None and abs(found[0] - best) < 1e-9, edited
        else:
            assert found is None, edited


def test_tmx_language_codes_and_inline_codes_as_cat_tools_write_them(tmp_path: Path) -> None:
    from translate.storage import tmx

    path = tmp_path / "cat.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="de-DE"/>'
        "<body>"
        '<tu><tuv xml:lang="de_DE"><seg>Der <bpt i="1">&lt;b&gt;</bpt>Rat<ept i="1">'
        "&lt;/b&gt;</ept> tagte <ph>{1}</ph>am Montag.</seg></tuv>"
        '<tuv xml:lang="EN-us"><seg>The <hi>council</hi> met on Monday.</seg></tuv>'
        '<tuv xml:lang="nl-BE"><seg>De raad vergaderde maandag.</seg></tuv></tu>'
        '<tu><tuv lang="NL"><seg>Alleen Nederlands.</seg></tuv></tu>'
        "</body></tmx>",
        encoding="utf-8",
    )
    units, skipped = tmx.read_units(path)
    assert units == [
        ("nl", "De raad vergaderde maandag.", "The council met on Monday."),
        ("de", "Der Rat tagte am Montag.", "The council met on Monday."),
    ]
    assert skipped == 1


def test_a_page_number_too_big_is_no_page(client) -> None:  # type: ignore[no-untyped-def]
    # The one page-number rule of every page (tests/test_bounds.py): 400, saying why.
    assert client.get("/corrections?page=9223372036854775808").status_code == 400
    assert client.get("/api/corrections?page=9223372036854775808").status_code == 400
    assert client.get("/corrections?sentence=nope").status_code == 404
    assert client.get("/corrections").status_code == 200


@pytest.mark.parametrize("failure", ["store", "extraction"])
def test_a_stored_correction_is_not_reported_failed_when_the_store_is_busy_after(  # type: ignore[no-untyped-def]
    cli, client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    """The change is stored in its own transaction; storing the quotations again comes
    after it. A store another writer holds then ("database is locked") made the command
    exit 1 and the page answer 503, for a correction that was made; so did a failure in
    reading the quotations (an IndexError on a sentence that started with a comma)."""
    from translate.storage.store import StoreError

    def busy(*_args: object) -> list[str]:
        if failure == "extraction":
            raise IndexError("database is locked (a stand-in for a failing rule)")
        raise StoreError("cli.sqlite3: database is locked")

    monkeypatch.setattr("translate.cli.corrections.after_correction", busy)
    monkeypatch.setattr("web.pages.corrections.after_correction", busy)
    db = tmp_path / "c.sqlite3"
    article = _translated(cli, db, SEED)[0]
    done = cli("corrections", "add", article["article_id"], "0", "--english", "Right.",
               "--by", "ann", db=db)  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "corrected" in done.output and "were not stored again" in done.output
    assert "database is locked" in done.output
    with Store(db) as store:
        assert [c.english for c in correction_store.listing(store)[1]] == ["Right."]
    page = client.get("/")  # a session, for the form's token
    assert page.status_code == 200
    seed_id = "4e756820e369413a"
    form = client.get(f"/article/{seed_id}").data.decode()
    token = form.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    answer = client.post(f"/article/{seed_id}/correct",
                         data={"sentence": "0", "english": "Also right.", "by": "ann",
                               "csrf_token": token})  # fmt: skip
    assert answer.status_code == 303


@pytest.mark.parametrize("number", ["١", "0_0", " +1", "²", "--1"])
def test_the_command_refuses_a_sentence_number_that_is_not_ascii_digits(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, number: str
) -> None:
    """int() reads "١" as 1, "0_0" as 0 and " +1" as 1: the command stored those
    corrections against sentences the reader never named; the page refused them."""
    db = tmp_path / "c.sqlite3"
    article = _translated(cli, db, SEED)[0]
    done = cli("corrections", "add", article["article_id"], number, "--english", "Right.", db=db)
    assert done.exit_code == 2, done.output
    assert "SENTENCE_NUMBER is a number" in done.output
    with Store(db) as store:
        assert correction_store.listing(store)[1] == []
