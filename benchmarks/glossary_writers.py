"""Concurrent glossary writers: command-line processes and page posts at the same time.

    python benchmarks/glossary_writers.py [--writers 16] [--adds 200] [--stale 50]

Half the writers are `newsbridge glossary add` processes, half post the glossary page's
form to a waitress server on loopback. Prints how many adds were acknowledged, how many
are on disk, the time taken; then how many of N stale edits were refused.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import record

from glossary import Glossary, StaleEdit
from glossary.entries import new_entry
from glossary.layers import entry_version, read_layers, save_entry
from translate.config import Settings
from web import create_app


def page_writer(base: str, ids: list[str], acknowledged: list[str]) -> None:
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    page = opener.open(base + "/glossary", timeout=60).read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    for entry_id in ids:
        form = {
            "csrf_token": token, "id": entry_id, "kind": "person", "en": entry_id.title(),
            "nl": f"{entry_id} nl", "de": "", "source": "bench", "added_by": "page",
        }  # fmt: skip
        request = urllib.request.Request(
            base + "/glossary",
            data=urllib.parse.urlencode(form).encode(),
            headers={"Origin": base},
            method="POST",
        )
        try:
            with opener.open(request, timeout=60) as response:
                if response.status == 200 and "?q=" in response.url:  # after the redirect
                    acknowledged.append(entry_id)
        except urllib.error.HTTPError as exc:
            print(f"refused {entry_id}: {exc.code}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=16)
    parser.add_argument("--adds", type=int, default=200)
    parser.add_argument("--stale", type=int, default=50)
    args = parser.parse_args()
    from waitress import create_server

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth" notes

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        settings = Settings.from_env().with_overrides(
            home=home, db_path=home / "s.sqlite3", glossary_path=home / "glossary"
        )
        app = create_app({"SETTINGS": settings, "SECRET_KEY": "bench", "WORKER": False})
        server = create_server(app, host="127.0.0.1", port=0, threads=8)
        threading.Thread(target=server.run, daemon=True).start()
        base = f"http://127.0.0.1:{server.effective_port}"
        ids = [f"writer-{n:03d}" for n in range(args.adds)]
        shares = [ids[w :: args.writers] for w in range(args.writers)]
        env = {**os.environ, "NEWSBRIDGE_GLOSSARY": str(home / "glossary")}
        started = time.monotonic()
        processes = []
        acknowledged: list[str] = []
        threads = []
        for w, share in enumerate(shares):
            if w % 2 == 0:
                script = (
                    "import sys\nfrom translate.cli import main\n"
                    "for i in sys.argv[1:]:\n"
                    "    main(['glossary', 'add', '--id', i, '--kind', 'person', '--en',"
                    " i.title(), '--nl', i + ' nl', '--source', 'bench', '--by', 'cli'],"
                    " standalone_mode=False)\n"
                    "    print('ACK', i, flush=True)\n"
                )
                processes.append(
                    subprocess.Popen(
                        [sys.executable, "-c", script, *share],
                        env=env,
                        stdout=subprocess.PIPE,
                        text=True,
                    )
                )
            else:
                t = threading.Thread(target=page_writer, args=(base, share, acknowledged))
                t.start()
                threads.append(t)
        for p in processes:
            out, _ = p.communicate(timeout=600)
            acknowledged.extend(
                line.split()[1] for line in out.splitlines() if line.startswith("ACK ")
            )
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        entries, problems = read_layers(settings.glossary_layers)
        on_disk = {e.id for e in entries if e.id.startswith("writer-")}
        print(
            f"{args.writers} writers ({len(processes)} processes, {len(threads)} page posters),"
            f" {args.adds} adds: {len(acknowledged)} acknowledged, {len(on_disk)} on disk,"
            f" {len(set(acknowledged) - on_disk)} lost, {len(problems)} problems;"
            f" {elapsed:.1f} s"
        )
        server.close()

        layers = settings.glossary_layers
        refused = 0
        for n in range(args.stale):
            entry = Glossary.load_layers(layers).by_id[ids[0]]
            opened = entry_version(entry)
            theirs = new_entry(ids[0], "person", f"Theirs {n}", {"nl": "a"}, "bench", "them")
            save_entry(layers, theirs, replace=True, base=opened)
            mine = new_entry(ids[0], "person", f"Mine {n}", {"nl": "b"}, "bench", "me")
            try:
                save_entry(layers, mine, replace=True, base=opened)
            except StaleEdit:
                refused += 1
        print(f"stale edits refused: {refused} of {args.stale}")
        record.save(
            "glossary-writers",
            "benchmarks/glossary_writers.py",
            [
                (
                    f"{args.writers} glossary writers, {args.adds} adds",
                    f"{len(acknowledged)} acknowledged, {len(on_disk)} on disk, "
                    f"{len(set(acknowledged) - on_disk)} lost, {elapsed:.1f} s",
                ),
                ("stale edits", f"{refused} of {args.stale} refused"),
            ],
        )


if __name__ == "__main__":
    main()
