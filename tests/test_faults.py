"""What a user sees when things go wrong, and that nothing stored is lost: a read-only
store, a store deleted or replaced under a running server, a server killed during a job
and started again, a broken glossary, a full disk."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.support import slow_engine
from tests.web_support import ViewClient
from translate.engines import ENGINES
from translate.storage.store import Store
from web import create_app

ROOT = Path(__file__).resolve().parent.parent
A, B = "4e756820e369413a", "68aa529f7daee083"  # seeds 000 and 001
ARTICLE = (
    "Overleg in Wenen\n"
    "WENEN (ANP) - De ministers van Buitenlandse Zaken spraken dinsdag in Wenen. "
    "Het overleg duurde de hele dag. Er werd niets besloten. Volgende week praten ze "
    "verder. De NAVO volgt het overleg op de voet. Rusland stuurde een delegatie. "
    "Oekraïne was er niet bij. Een woordvoerder noemde de sfeer zakelijk.\n"
)


def _app(settings, **config):
    return create_app({"SETTINGS": settings, "SECRET_KEY": "t", "ENGINE": "none", **config})


def _client(app):
    app.test_client_class = ViewClient
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = "http://localhost"
    return client


def _post_add(client, text: str = ARTICLE):
    page = client.get("/add").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    return client.post("/add", data={"csrf_token": token, "text": text, "lang": "nl"})


def _counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as raw:
        return tuple(  # type: ignore[return-value]
            raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("articles", "translations", "results")
        )


def test_read_only_store_reads_everything_and_refuses_writes(
    seeded_settings, monkeypatch, cli
) -> None:
    db = seeded_settings.db_path
    before = _counts(db)
    real_access = os.access
    # As root every file is writable; the store sees this one as a user's read-only file.
    monkeypatch.setattr(
        "translate.storage.store.os.access",
        lambda path, mode: (
            False if Path(path) == db and mode == os.W_OK else real_access(path, mode)
        ),
    )
    app = _app(seeded_settings)
    client = _client(app)
    for path in ("/", f"/article/{A}", f"/compare/{A}/{B}", "/api/articles", "/glossary"):
        assert client.get(path).status_code == 200, path
    refused = _post_add(client)
    assert refused.status_code == 503
    page = refused.get_data(as_text=True)
    assert "The store is read-only" in page and "nothing can be saved" in page
    assert str(db.parent) not in page  # the file's name, not the server's paths
    result = cli("ingest", str(ROOT / "seeds" / "004_c9f00f0da14d8441.txt"), db=db)
    assert result.exit_code == 1 and "read-only" in result.output
    assert _counts(db) == before


def test_a_store_deleted_or_replaced_under_the_server_is_reported(seeded_settings) -> None:
    db = seeded_settings.db_path
    app = _app(seeded_settings)
    client = _client(app)
    assert client.get("/").status_code == 200
    backup = db.with_name("backup.sqlite3")
    with sqlite3.connect(db) as source, sqlite3.connect(backup) as target:
        source.backup(target)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    gone = client.get("/")
    assert gone.status_code == 503 and "The store is gone" in gone.get_data(as_text=True)
    assert not db.exists(), "a vanished store is never silently recreated"
    assert _post_add(client).status_code == 503 and not db.exists()
    shutil.copy(backup, db)  # another file (a restored copy) at the same path
    replaced = client.get("/")
    assert replaced.status_code == 503
    assert "another file took the store" in replaced.get_data(as_text=True)
    # A restart takes the file now at the path, with everything the backup held.
    again = _client(_app(seeded_settings))
    assert again.get(f"/article/{A}").status_code == 200


def test_a_server_killed_during_a_job_resumes_it_on_restart(seeded_settings, monkeypatch) -> None:
    """A real SIGKILL of a serving process in the middle of a translation."""
    env = {
        **os.environ,
        "NEWSBRIDGE_DB": str(seeded_settings.db_path),
        "NEWSBRIDGE_HOME": str(seeded_settings.home),
        "NEWSBRIDGE_GLOSSARY": str(seeded_settings.glossary_path),
        "PYTHONPATH": str(ROOT),
    }
    script = textwrap.dedent(
        f"""
        import time
        from translate.engines import ENGINES
        ENGINES["slow"] = "{slow_engine.PATH}"
        from web import create_app
        app = create_app({{"SECRET_KEY": "t", "ENGINE": "slow"}})
        worker = app.extensions["newsbridge-worker"]
        print(worker.submit_upload("wenen.txt", {ARTICLE.encode()!r}, "nl"), flush=True)
        time.sleep(120)
        """
    )
    with Store(seeded_settings.db_path) as store:
        seeded = store.count_translations()
    server = subprocess.Popen(
        [sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        job_id = server.stdout.readline().strip()
        assert re.fullmatch(r"[0-9a-f]{16}", job_id), job_id
        deadline = time.monotonic() + 60
        while True:  # until some sentences are stored, but not all
            with Store(seeded_settings.db_path) as store:
                done = store.count_translations()
            if done >= seeded + 4 or time.monotonic() > deadline:
                break
            time.sleep(0.05)
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
        server.stdout.close()
    from translate.storage.stored import load_job

    with Store(seeded_settings.db_path) as store:
        killed = load_job(store, job_id)
        translated_before = store.count_translations()
    assert killed.status == "running" and killed.article_id is not None
    assert translated_before >= 4

    monkeypatch.setitem(ENGINES, "slow", slow_engine.PATH)
    slow_engine.SlowEngine.calls.clear()
    app = _app(seeded_settings, ENGINE="slow")  # the restart
    app.extensions["newsbridge-worker"].wait()
    client = _client(app)
    job = client.get(f"/api/jobs/{job_id}").get_json()
    assert job["status"] == "done" and job["attempts"] == 2
    # Only what the killed server had not finished was translated again.
    with Store(seeded_settings.db_path) as store:
        article = store.get_article(job["article_id"])
        translated_after = store.count_translations()
    units = len(article.sentences) + 1
    assert len(slow_engine.SlowEngine.calls) == translated_after - translated_before
    assert len(slow_engine.SlowEngine.calls) < units
    assert "HET OVERLEG DUURDE DE HELE DAG." in client.get(
        f"/article/{job['article_id']}"
    ).get_data(as_text=True)


def test_a_broken_glossary_keeps_the_pages_working(seeded_settings) -> None:
    app = _app(seeded_settings)
    client = _client(app)
    assert "Vladimir Putin" in client.get(f"/article/{A}").get_data(as_text=True)
    curated = seeded_settings.glossary_path / "curated.tsv"  # the user's layer
    before = _counts(seeded_settings.db_path)
    curated.write_text(
        "# newsbridge-glossary 1\nid\tkind\ten\tnl\tde\tadded_by\tadded_on\tsource\n"
        "broken-row\tperson\n",
        encoding="utf-8",
    )
    for path in ("/", f"/article/{A}", f"/compare/{A}/{B}", "/api/glossary"):
        assert client.get(path).status_code == 200, path
    article = client.get(f"/article/{A}").get_data(as_text=True)
    assert 'data-tip="Vladimir Putin · person · added by' in article  # the last good one
    page = client.get("/glossary").get_data(as_text=True)
    assert "The glossary files have problems" in page
    assert re.search(r"<code>user:curated\.tsv:3: [^<]+</code>", page)
    assert str(seeded_settings.glossary_path) not in page
    after = _counts(seeded_settings.db_path)  # the compare page kept its comparison
    assert after[:2] == before[:2] and after[2] >= before[2]


def test_a_full_disk_loses_nothing(seeded_settings, monkeypatch) -> None:
    app = _app(seeded_settings, WORKER=True)
    client = _client(app)
    before = _counts(seeded_settings.db_path)
    real_init = Store.__init__

    def tiny_disk(self, *args, **kwargs) -> None:
        real_init(self, *args, **kwargs)
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        self._db.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "disk is full"

    monkeypatch.setattr(Store, "__init__", tiny_disk)
    big = ARTICLE + "Nog een zin over het overleg in Wenen. " * 2000
    full = _post_add(client, big)
    assert full.status_code == 503 and "The disk is full" in full.get_data(as_text=True)
    monkeypatch.setattr(Store, "__init__", real_init)
    assert _counts(seeded_settings.db_path) == before
    assert client.get(f"/article/{A}").status_code == 200

    # A glossary save that cannot be written leaves the file as it was, and no stray file.
    folder = seeded_settings.glossary_path
    before_files = sorted(p.name for p in folder.iterdir())

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("glossary.entries.os.fsync", no_space)
    page = client.get("/glossary").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = {
        "csrf_token": token, "id": "alexander-grushko", "kind": "person", "en": "Alexander Grushko",
        "nl": "Aleksandr Groesjko", "de": "Alexander Gruschko", "source": "ANP", "added_by": "ann",
    }  # fmt: skip
    response = client.post("/glossary", data=form)
    assert response.status_code in (400, 503, 507)
    assert "No space left on device" in response.get_data(as_text=True)
    # Nothing written: no entry file, no history, no stray temporary file (the lock stays).
    assert sorted(p.name for p in folder.iterdir()) in (before_files, [*before_files, ".lock"])
