"""A glossary a team can keep: layers, no lost or forged writes, stale edits refused,
history and undo, the file's mode kept, the installed package never written."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from glossary import DATA_DIR, SHIPPED, USER, Glossary, GlossaryError, Layer, StaleEdit
from glossary.entries import new_entry
from glossary.layers import entry_version, history, read_layers, save_entry, undo
from web import create_app

ROOT = Path(__file__).resolve().parent.parent


def _layers(folder: Path) -> tuple[Layer, Layer]:
    return (Layer(SHIPPED, DATA_DIR, writable=False), Layer(USER, folder, writable=True))


def _entry(n: int, by: str = "ann"):  # type: ignore[no-untyped-def]
    return new_entry(f"test-person-{n}", "person", f"Testperson {n}", {"nl": f"Testpersoon {n}"},
                     "a test", by)  # fmt: skip


def _client(app):  # type: ignore[no-untyped-def]
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = "http://localhost"
    return client


def _token(client, path: str) -> str:  # type: ignore[no-untyped-def]
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_concurrent_writers_lose_nothing(tmp_path: Path, seeded_settings) -> None:
    """Processes on the command line and threads posting the page's form, all at once."""
    user = seeded_settings.glossary_path
    env = {**os.environ, "NEWSBRIDGE_GLOSSARY": str(user), "PYTHONPATH": str(ROOT)}
    adds_per_writer = 5
    script = (
        "import sys\nfrom translate.cli import main\n"
        "w = int(sys.argv[1])\n"
        f"for n in range({adds_per_writer}):\n"
        "    main(['glossary', 'add', '--id', f'cli-{w}-{n}', '--kind', 'person', '--en',"
        " f'Cli {w} {n}', '--nl', f'Cli Nl {w} {n}', '--source', 'race', '--by', 'cli'],"
        " standalone_mode=False)\n"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", script, str(w)], env=env) for w in range(4)
    ]
    app = create_app({"SETTINGS": seeded_settings, "SECRET_KEY": "t", "WORKER": False})
    answers: list[int] = []

    def page_writer(w: int) -> None:
        client = _client(app)
        token = _token(client, "/glossary")
        for n in range(adds_per_writer):
            form = {"csrf_token": token, "id": f"web-{w}-{n}", "kind": "person",
                    "en": f"Web {w} {n}", "nl": f"Web Nl {w} {n}", "de": "", "source": "race",
                    "added_by": "web"}  # fmt: skip
            answers.append(client.post("/glossary", data=form).status_code)

    threads = [threading.Thread(target=page_writer, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [p.wait(timeout=120) for p in processes] == [0, 0, 0, 0]
    assert answers == [303] * 4 * adds_per_writer
    entries, problems = read_layers(seeded_settings.glossary_layers)
    assert problems == []
    mine = {e.id for e in entries if e.layer == USER}
    assert len(mine) == 8 * adds_per_writer, "every acknowledged add is on disk"
    assert len(history(seeded_settings.glossary_layers)) == 8 * adds_per_writer


@pytest.mark.parametrize(
    "bad", ["ANP\nforged\tperson\tForged", "ANP\u2028forged", "a\tb", "x\x1b[2J"]
)
def test_a_field_cannot_forge_a_row(tmp_path: Path, bad: str) -> None:
    layers = _layers(tmp_path)
    save_entry(layers, _entry(1))
    before = (tmp_path / "curated.tsv").read_bytes()
    entry = new_entry("forger", "person", "Forger", {"nl": "Vervalser"}, bad, "eve")
    with pytest.raises(GlossaryError, match=r"source: character U\+[0-9A-F]{4} is not allowed"):
        save_entry(layers, entry)
    assert (tmp_path / "curated.tsv").read_bytes() == before
    assert "forged" not in {e.id for e in read_layers(layers)[0]}


def test_a_row_with_a_line_separator_is_one_row_when_read(tmp_path: Path) -> None:
    layers = _layers(tmp_path)
    (tmp_path / "curated.tsv").write_text(
        "# newsbridge-glossary 1\nid\tkind\ten\tnl\tde\tadded_by\tadded_on\tsource\n"
        "x\tperson\tX\tIks\t\tme\t2026-11-23\tsrc\u2028forged\tperson\tF\tEf\t\tme\t2026-11-23\ts\n",
        encoding="utf-8",
    )
    entries, problems = read_layers(layers)
    assert "forged" not in {e.id for e in entries}
    assert any("user:curated.tsv:3" in str(p) for p in problems)


def test_a_stale_edit_is_always_refused(tmp_path: Path) -> None:
    layers = _layers(tmp_path)
    save_entry(layers, _entry(1))
    for round_ in range(5):
        current = Glossary.load_layers(layers).by_id["test-person-1"]
        opened = entry_version(current)  # two people open the form
        theirs = new_entry("test-person-1", "person", f"Them {round_}", {"nl": "Zij"}, "x", "bob")
        save_entry(layers, theirs, replace=True, base=opened)
        mine = new_entry("test-person-1", "person", f"Me {round_}", {"nl": "Ik"}, "x", "ann")
        with pytest.raises(StaleEdit) as refused:
            save_entry(layers, mine, replace=True, base=opened)
        assert refused.value.current.en == f"Them {round_}" and "Me " in str(refused.value)
        assert Glossary.load_layers(layers).by_id["test-person-1"].en == f"Them {round_}"


def test_a_stale_edit_in_the_page_shows_both(seeded_settings) -> None:
    app = create_app({"SETTINGS": seeded_settings, "SECRET_KEY": "t", "WORKER": False})
    ann, bob = _client(app), _client(app)
    page = ann.get("/glossary/putin/edit").get_data(as_text=True)
    base = re.search(r'name="base" value="([0-9a-f]+)"', page).group(1)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = {"csrf_token": token, "id": "putin", "kind": "person", "en": "Putin", "nl": "Poetin",
            "de": "Putin", "source": "seed 000", "added_by": "ann", "base": base}  # fmt: skip
    bob_token = _token(bob, "/glossary/putin/edit")
    assert bob.post("/glossary/putin/edit", data={**form, "csrf_token": bob_token,
                    "nl": "Poetin | Poetine", "added_by": "bob"}).status_code == 303  # fmt: skip
    refused = ann.post("/glossary/putin/edit", data={**form, "nl": "Poetin | Poetjin"})
    assert refused.status_code == 409
    text = refused.get_data(as_text=True)
    assert "changed by someone else" in text and "Poetine" in text and "Poetjin" in text
    assert "Poetine" in str(
        Glossary.load_layers(seeded_settings.glossary_layers).by_id["putin"].forms
    )


def test_edits_go_to_the_users_layer_never_the_package(seeded_settings, cli) -> None:
    shipped = {p.name: p.read_bytes() for p in DATA_DIR.glob("*.tsv")}
    layers = seeded_settings.glossary_layers
    putin = Glossary.load_layers(layers).by_id["putin"]
    assert putin.layer == SHIPPED
    changed = new_entry("putin", "person", "Putin", {"nl": "Poetin | Poetine"}, "seed", "ann")
    save_entry(layers, changed, replace=True, base=entry_version(putin))
    now = Glossary.load_layers(layers).by_id["putin"]
    assert now.layer == USER and now.where == "user:curated.tsv:3"
    assert {p.name: p.read_bytes() for p in DATA_DIR.glob("*.tsv")} == shipped
    listed = json.loads(cli("glossary", "list", "--layer", "user", "--json").output)
    assert listed["entries"] == []  # the CLI's own (empty) layer, not this one
    # Naming the installed glossary as one's own is refused.
    own_is_shipped = (Layer(SHIPPED, DATA_DIR, False), Layer(USER, DATA_DIR, True))
    with pytest.raises(GlossaryError, match="installed with newsbridge"):
        save_entry(own_is_shipped, _entry(2))
    assert {p.name: p.read_bytes() for p in DATA_DIR.glob("*.tsv")} == shipped


def test_a_write_keeps_the_files_mode(tmp_path: Path) -> None:
    layers = _layers(tmp_path)
    save_entry(layers, _entry(1))
    target = tmp_path / "curated.tsv"
    os.chmod(target, 0o640)
    save_entry(layers, _entry(2))
    assert target.stat().st_mode & 0o777 == 0o640


def test_history_and_undo(tmp_path: Path) -> None:
    layers = _layers(tmp_path)
    save_entry(layers, _entry(1, "ann"))
    base = entry_version(Glossary.load_layers(layers).by_id["test-person-1"])
    edited = new_entry("test-person-1", "person", "Test Person One", {"nl": "Testpersoon 1"},
                       "a test", "bob")  # fmt: skip
    save_entry(layers, edited, replace=True, base=base)
    changes = history(layers, "test-person-1")
    assert [(c.action, c.by) for c in changes] == [("add", "ann"), ("edit", "bob")]
    assert changes[1].before.split("\t")[2] == "Testperson 1"
    assert changes[1].after.split("\t")[2] == "Test Person One"
    undo(layers, "test-person-1", "carol")
    assert Glossary.load_layers(layers).by_id["test-person-1"].en == "Testperson 1"
    undo(layers, "test-person-1", "carol")  # undoing the undo
    assert Glossary.load_layers(layers).by_id["test-person-1"].en == "Test Person One"
    save_entry(layers, _entry(2))
    undo(layers, "test-person-2", "carol")  # undoing an add removes the entry
    assert "test-person-2" not in Glossary.load_layers(layers).by_id
    with pytest.raises(GlossaryError, match="no change"):
        undo(layers, "nobody", "carol")


def test_undo_of_an_override_brings_the_shipped_entry_back(tmp_path: Path, cli) -> None:
    args = ("--glossary", str(tmp_path / "mine"))
    added = cli(
        *args, "glossary", "add", "--id", "putin", "--kind", "person", "--en", "Putin",
        "--nl", "Poetin | Poetine", "--source", "x", "--by", "ann", "--replace",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    lookup = cli(*args, "glossary", "lookup", "nl", "Poetine")
    assert lookup.exit_code == 0 and "user:curated.tsv" in lookup.output
    shown = cli(*args, "glossary", "history", "putin")
    assert "override" in shown.output and "after:" in shown.output
    assert cli(*args, "glossary", "undo", "putin").exit_code == 0
    assert cli(*args, "glossary", "lookup", "nl", "Poetine").exit_code == 1
    back = cli(*args, "glossary", "lookup", "nl", "Poetin")
    assert "shipped:curated.tsv" in back.output


def test_the_page_history_and_undo(seeded_settings) -> None:
    app = create_app({"SETTINGS": seeded_settings, "SECRET_KEY": "t", "WORKER": False})
    client = _client(app)
    token = _token(client, "/glossary")
    form = {
        "csrf_token": token, "id": "alexander-grushko", "kind": "person", "en": "Alexander Grushko",
        "nl": "Aleksandr Groesjko", "de": "Alexander Gruschko", "source": "ANP", "added_by": "ann",
    }  # fmt: skip
    assert client.post("/glossary", data=form).status_code == 303
    page = client.get("/glossary/alexander-grushko/history").get_data(as_text=True)
    assert "<strong>add</strong> by ann" in page and "Alexander Gruschko" in page
    token = _token(client, "/glossary/alexander-grushko/history")
    undone = client.post(
        "/glossary/alexander-grushko/undo", data={"csrf_token": token, "by": "bob"}
    )
    assert undone.status_code == 303
    page = client.get("/glossary/alexander-grushko/history").get_data(as_text=True)
    assert "<strong>undo</strong> by bob" in page and "in no layer now" in page


def test_the_page_lists_your_entries_first_and_reaches_every_entry(seeded_settings) -> None:
    layers = seeded_settings.glossary_layers
    save_entry(layers, _entry(1))
    app = create_app({"SETTINGS": seeded_settings, "SECRET_KEY": "t", "WORKER": False})
    client = _client(app)
    page = client.get("/glossary").get_data(as_text=True)
    assert page.index('id="add-h"') < page.index('<table class="entries">')  # form on top
    rows = re.findall(r'<tr id="entry-([a-z0-9-]+)">', page)
    assert rows[0] == "test-person-1" and not rows[1].startswith("cldr-")
    total = len(Glossary.load_layers(layers).entries)
    seen = []
    for n in range(1, total // 100 + 2):
        seen += re.findall(
            r'<tr id="entry-([a-z0-9-]+)">',
            client.get(f"/glossary?page={n}").get_data(as_text=True),
        )
    assert len(seen) == len(set(seen)) == total  # fmt: skip
    generated = client.get("/glossary?origin=generated").get_data(as_text=True)
    assert re.findall(r'<tr id="entry-([a-z0-9-]+)">', generated)[0].startswith("cldr-")
    mine = client.get("/glossary?layer=user").get_data(as_text=True)
    assert re.findall(r'<tr id="entry-([a-z0-9-]+)">', mine) == ["test-person-1"]


def test_a_suggested_english_spelling_fills_the_english_form(seeded_settings) -> None:
    app = create_app({"SETTINGS": seeded_settings, "SECRET_KEY": "t", "WORKER": False})
    page = _client(app).get("/glossary?add=Rjabkov&lang=nl&en=Ryabkov").get_data(as_text=True)
    assert 'value="ryabkov"' in page and 'id="f-en" name="en" value="Ryabkov"' in page
    assert 'id="f-nl" name="nl" value="Rjabkov"' in page


def test_a_suggestion_fills_the_add_form(seeded_settings) -> None:
    app = create_app({"SETTINGS": seeded_settings, "SECRET_KEY": "t", "WORKER": False})
    page = _client(app).get("/glossary?add=Hakan+Fidan&lang=nl&source=a.txt").get_data(as_text=True)
    assert 'value="hakan-fidan"' in page and 'id="f-en" name="en" value="Hakan Fidan"' in page
    assert (
        'id="f-nl" name="nl" value="Hakan Fidan"' in page
        and '<details class="add-entry" id="add" open>' in page
    )
