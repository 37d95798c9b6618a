"""The Argos path through the real argostranslate library, with a tiny self-made model.

The model copies its input (see tests/support/tiny_argos.py), so these tests can check
that each sentence goes in and comes back in its place; they say nothing about quality.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support.tiny_argos import build_copy_package
from translate.engines.argos import ArgosEngine, ModelInstallError, check_package_file
from translate.engines.base import EngineUnavailable
from translate.sources.ingest import read_article


@pytest.fixture(scope="session")
def tiny_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        corpus.extend(s.text for s in read_article(path).sentences)
    return build_copy_package(tmp_path_factory.mktemp("pkg"), "nl", "en", corpus)


@pytest.fixture
def argos_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private Argos packages folder for one test."""
    import argostranslate.settings as argos_settings

    folder = tmp_path / "argos-packages"
    folder.mkdir()
    monkeypatch.setattr(argos_settings, "package_data_dir", folder)
    monkeypatch.setattr(argos_settings, "package_dirs", [folder])
    return folder


def test_install_file_then_translate_through_argostranslate(
    cli, argos_dir: Path, tiny_package: Path, seeds: list[Path], no_network: None
) -> None:
    result = cli("models", "install", "--file", str(tiny_package))
    assert result.exit_code == 0, result.output
    assert "nl -> en" in result.output
    listed = json.loads(cli("models", "list", "--json").output)["argos"]
    assert [(m["from"], m["to"]) for m in listed] == [("nl", "en")]

    out = cli("translate", str(seeds[0]), "--engine", "argos", "--json", "--no-glossary")
    assert out.exit_code == 0, out.output
    article = json.loads(out.output)["articles"][0]
    assert article["signature"] == {
        "engine": "argos",
        "model": "translate-nl_en-tiny@0.1",
        "glossary": "none",
        "corrections": "",  # no person's correction applies
    }
    # The copy model returns each sentence unchanged: proof it went in and came back in place.
    assert [s["english"] for s in article["sentences"]] == [
        s["source"] for s in article["sentences"]
    ]
    assert article["translated"] == 11
    # Dutch out is doubted: each sentence was asked for again (the beam's second-best
    # hypothesis, through argostranslate), and still marked, with confidence 0.
    for sentence in article["sentences"]:
        assert sentence["flags"] == ["not-english"], sentence
        assert sentence["tries"] == 2 and sentence["confidence"] == 0

    again = json.loads(
        cli("translate", str(seeds[0]), "--engine", "argos", "--json", "--no-glossary").output
    )
    assert again["articles"][0]["cached"] == 11


def test_glossary_protection_passes_through_the_model(
    settings, argos_dir: Path, tiny_package: Path, store, glossary, no_network: None
) -> None:
    from translate.engines.argos import install_file
    from translate.pipeline.translating import translate_articles

    install_file(settings, tiny_package)
    article = read_article(ROOT / "seeds" / "000_3f3c8caa3e351425.txt")
    engine = ArgosEngine(settings)
    [result] = translate_articles([article], engine, store, glossary)
    assert result.title.english.startswith("Putin spokesperson")
    first = result.sentences[0]
    assert "Dmitry Peskov" in first.english and "Vladimir Putin" in first.english
    assert all(hit.enforced for s in result.sentences for hit in s.hits)


def test_auto_picks_argos_when_installed(settings, argos_dir: Path, tiny_package: Path) -> None:
    from translate.engines import choose_engine
    from translate.engines.argos import install_file

    install_file(settings, tiny_package)
    assert choose_engine("auto", settings, ["nl"]).name == "argos"
    with pytest.raises(EngineUnavailable, match="models install de"):
        choose_engine("auto", settings, ["nl", "de"])


def test_broken_packages_are_refused(tmp_path: Path, tiny_package: Path, cli, argos_dir) -> None:
    not_zip = tmp_path / "x.argosmodel"
    not_zip.write_bytes(b"hello")
    with pytest.raises(ModelInstallError, match="not a zip"):
        check_package_file(not_zip)
    no_model = tmp_path / "y.argosmodel"
    with zipfile.ZipFile(no_model, "w") as zf:
        zf.writestr(
            "translate-nl_en/metadata.json", json.dumps({"from_code": "nl", "to_code": "en"})
        )
    with pytest.raises(ModelInstallError, match=r"model/model\.bin"):
        check_package_file(no_model)
    with pytest.raises(ModelInstallError, match="SHA-256"):
        check_package_file(tiny_package, "0" * 64)
    result = cli("models", "install", "--file", str(not_zip))
    assert result.exit_code == 1 and "not a zip" in result.output
    assert list(argos_dir.iterdir()) == []


@pytest.fixture
def package_index(tmp_path: Path, tiny_package: Path) -> Iterator[tuple[str, Path]]:
    """An Argos package index served on loopback, holding the tiny package."""
    served = tmp_path / "served"
    served.mkdir()
    (served / tiny_package.name).write_bytes(tiny_package.read_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(served)))
    url = f"http://127.0.0.1:{server.server_port}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield url, served
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _write_index(served: Path, url: str, package: Path, sha256: str) -> None:
    entry = {
        "package_version": "0.1",
        "argos_version": "1.9",
        "from_code": "nl",
        "from_name": "Dutch",
        "to_code": "en",
        "to_name": "English",
        "type": "translate",
        "links": [url + package.name],
        "sha256": sha256,
    }
    (served / "index.json").write_text(json.dumps([entry]))


def _newsbridge(tmp_path: Path, index_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR"):
        env[name] = str(tmp_path / "online" / name.lower())
    env["ARGOS_PACKAGE_INDEX"] = index_url
    env["NEWSBRIDGE_HOME"] = str(tmp_path / "online" / "home")
    return subprocess.run(
        [sys.executable, "-m", "translate.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def test_online_install_from_a_loopback_index(
    tmp_path: Path, package_index: tuple[str, Path], tiny_package: Path
) -> None:
    url, served = package_index
    digest = hashlib.sha256(tiny_package.read_bytes()).hexdigest()
    _write_index(served, url, tiny_package, digest)
    result = _newsbridge(tmp_path, url, "models", "install", "nl")
    assert result.returncode == 0, result.stderr
    assert "installed translate-nl_en-tiny (nl -> en)" in result.stdout
    listed = _newsbridge(tmp_path, url, "models", "list", "--json")
    assert json.loads(listed.stdout)["argos"][0]["name"] == "translate-nl_en-tiny"


def test_online_install_refuses_a_download_with_the_wrong_hash(
    tmp_path: Path, package_index: tuple[str, Path], tiny_package: Path
) -> None:
    url, served = package_index
    _write_index(served, url, tiny_package, "ab" * 32)
    result = _newsbridge(tmp_path, url, "models", "install", "nl")
    assert result.returncode == 1
    assert "does not match" in result.stderr and "Traceback" not in result.stderr
    downloads = tmp_path / "online" / "xdg_cache_home" / "argos-translate" / "downloads"
    assert not any(downloads.glob("*.argosmodel")), "a bad download must not be kept"


def test_online_install_without_an_index_says_so(tmp_path: Path) -> None:
    result = _newsbridge(tmp_path, "http://127.0.0.1:9/", "models", "install", "nl")
    assert result.returncode == 1
    assert "could not fetch the Argos package index" in result.stderr
