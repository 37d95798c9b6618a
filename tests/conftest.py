"""Shared fixtures. argostranslate reads its settings once, at import, so its folders are
pointed at a throwaway place here, before any test imports it."""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

# The real LLM model lives where the user's newsbridge keeps it; find it before the
# environment is pointed at the sandbox below.
_REAL_HOME = Path(
    os.environ.get("NEWSBRIDGE_HOME")
    or Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "newsbridge"
)
REAL_LLM_MODEL = Path(
    os.environ.get("NEWSBRIDGE_LLM_MODEL")
    or _REAL_HOME / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
)
os.environ.pop("NEWSBRIDGE_LLM_MODEL", None)

_SANDBOX = Path(tempfile.mkdtemp(prefix="newsbridge-tests-"))
for _name, _sub in {
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "ARGOS_PACKAGES_DIR": "argos-packages",
    "NEWSBRIDGE_HOME": "home",
}.items():
    os.environ[_name] = str(_SANDBOX / _sub)
    (_SANDBOX / _sub).mkdir(parents=True, exist_ok=True)
# Never reach a real package index from a test.
os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"

import pytest  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from glossary import DATA_DIR, Glossary  # noqa: E402
from translate.config import Settings  # noqa: E402
from translate.storage.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sandbox() -> Path:
    return _SANDBOX


@pytest.fixture
def seeds() -> list[Path]:
    assert len(SEEDS) == 5
    return SEEDS


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env().with_overrides(db_path=tmp_path / "store.sqlite3")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite3") as s:
        yield s


@pytest.fixture(scope="session")
def glossary() -> Glossary:
    return Glossary.load(DATA_DIR)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds ingested, translated (``none``) and grouped, once per session."""
    from tests.web_support import seed

    folder = tmp_path_factory.mktemp("seeded")
    seed(folder)
    return folder


@pytest.fixture
def seeded_settings(seeded_template: Path, tmp_path: Path) -> Settings:
    """Settings for a private copy of the seeded store and glossary."""
    from tests.web_support import copy_seeded

    return copy_seeded(seeded_template, tmp_path / "seeded")


@pytest.fixture
def app(seeded_settings: Settings):  # type: ignore[no-untyped-def]
    """The pages over a private copy of the seeded store, with a worker (engine none)."""
    from web import create_app

    app = create_app({"SETTINGS": seeded_settings, "SECRET_KEY": "test", "ENGINE": "none"})
    yield app
    app.extensions["newsbridge-worker"].wait()


@pytest.fixture
def client(app):  # type: ignore[no-untyped-def]
    """A client that waits for views the worker computes, sending an Origin as a browser does."""
    from tests.web_support import ViewClient

    app.test_client_class = ViewClient
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = "http://localhost"  # as a browser sends with a form
    return client


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner: CliRunner, tmp_path: Path):
    """Run ``newsbridge`` in-process against a fresh store."""
    from translate.cli import main

    def run(*args: str, db: Path | None = None):
        return runner.invoke(main, ["--db", str(db or tmp_path / "cli.sqlite3"), *args])

    return run


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any attempt to open a network connection (Unix sockets are allowed)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"network access attempted: {address}")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: guarded(socket.socket(), a))
