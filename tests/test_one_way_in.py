"""Each thing has one way in: the store read through ``Store`` and its storage modules,
every setting in ``Settings``, FLORES and the reports found from any working folder."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED
from tests.test_eval import write_flores
from translate.config import CHECKOUT, Settings
from translate.pipeline.evaluate import find_flores


def test_nothing_above_storage_queries_the_store_itself() -> None:
    """``Store.read`` runs a query on the store's connection: only the storage layer's
    modules may; the layers above call their methods (``store.quotations`` ...)."""
    found = []
    for package in ("web", "translate"):
        for path in (ROOT / package).rglob("*.py"):
            if path.is_relative_to(ROOT / "translate" / "storage"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                receiver = ast.unparse(node.func.value)
                if node.func.attr == "read" and receiver.endswith(("store", "get_store()")):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_flores_is_found_beside_the_checkout_from_any_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkout = tmp_path / "newsbridge"
    (checkout / "translate").mkdir(parents=True)
    flores = write_flores(tmp_path / "shared" / "eval" / "flores200")
    elsewhere = tmp_path / "somewhere" / "else"
    elsewhere.mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    assert find_flores(checkout=checkout) == flores
    # From the checkout's own folder, with no checkout (an installed package), too.
    monkeypatch.chdir(checkout)
    assert find_flores(checkout=None) == flores


@pytest.mark.skipif(
    not (SHARED / "eval" / "flores200").is_dir(), reason="FLORES-200 is not beside this checkout"
)
def test_the_real_flores_is_found_from_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert find_flores() == SHARED / "eval" / "flores200"


def test_every_setting_is_read_by_settings(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "NEWSBRIDGE_HOME": str(tmp_path),
            "NEWSBRIDGE_SECRET_KEY": "not-to-be-printed",
            "NEWSBRIDGE_REPORTS": str(tmp_path / "reports"),
        }
    )
    assert settings.secret_key == "not-to-be-printed"
    assert "not-to-be-printed" not in repr(settings)
    assert settings.reports == tmp_path / "reports"
    # The checkout's reports by default; an installed package has none.
    assert CHECKOUT == ROOT
    assert Settings.from_env({"NEWSBRIDGE_HOME": str(tmp_path)}).reports == ROOT / "reports"
    # No module reads NEWSBRIDGE_ variables from the environment but the settings (Ray's
    # actors get them forwarded, and read them with Settings).
    readers = [
        str(p.relative_to(ROOT))
        for package in ("web", "translate", "glossary")
        for p in (ROOT / package).rglob("*.py")
        if "NEWSBRIDGE_" in p.read_text(encoding="utf-8")
        and "environ" in p.read_text(encoding="utf-8")
    ]
    assert sorted(readers) == ["translate/config.py", "translate/pipeline/cluster.py"]


def test_the_pages_take_the_secret_key_and_reports_from_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from web import create_app

    monkeypatch.delenv("NEWSBRIDGE_SECRET_KEY", raising=False)
    reports = tmp_path / "reports"
    reports.mkdir()
    base = Settings.from_env({"NEWSBRIDGE_HOME": str(tmp_path)})
    settings = base.with_overrides(secret_key="from-settings", reports_dir=reports)
    app = create_app({"SETTINGS": settings, "WORKER": False})
    assert app.secret_key == "from-settings" and app.config["REPORTS_DIR"] == reports
    # Without one, a key is made once and kept with the data.
    app = create_app({"SETTINGS": base, "WORKER": False})
    kept = (tmp_path / "secret_key").read_text().strip()
    assert app.secret_key == kept and oct(os.stat(tmp_path / "secret_key").st_mode)[-3:] == "600"


def test_an_installed_package_has_no_reports_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import translate.config as config

    monkeypatch.setattr(config, "CHECKOUT", None)
    assert Settings.from_env({"NEWSBRIDGE_HOME": str(tmp_path)}).reports is None
