"""One settings object for the whole tool. Loading it has no side effects."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, ClassVar

from glossary import DATA_DIR, SHIPPED, USER, Layer


def _checkout() -> Path | None:
    """The source checkout newsbridge runs from, or None where it is an installed package
    (which has no ``reports/`` and no ``../shared`` beside it)."""
    root = Path(__file__).resolve().parents[1]
    return root if (root / "pyproject.toml").is_file() and (root / "translate").is_dir() else None


CHECKOUT = _checkout()


def _default_home(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsbridge"


@dataclass(frozen=True)
class Settings:
    """Where newsbridge keeps its data and which engine it uses.

    Each field can be set from the environment variable named in ``ENV``.
    """

    home: Path
    db_path: Path
    glossary_path: Path | None = None
    argos_packages_dir: Path | None = None
    llm_model_path: Path | None = None
    engine: str = "auto"
    batch_size: int = 16
    flores_dir: Path | None = None
    allowed_hosts: tuple[str, ...] = ()
    # Evaluation reports shown on the quality page beside the runs stored here (default:
    # the checkout's ``reports/``; an installed package has none).
    reports_dir: Path | None = None
    # The pages' secret key (default: one made once and kept in ``home``); never printed.
    secret_key: str | None = field(default=None, repr=False)
    # Hosts and address ranges a fetch may reach beyond the public addresses.
    fetch_allow: tuple[str, ...] = ()

    ENV: ClassVar[dict[str, str]] = {
        "home": "NEWSBRIDGE_HOME",
        "db_path": "NEWSBRIDGE_DB",
        "glossary_path": "NEWSBRIDGE_GLOSSARY",
        "argos_packages_dir": "ARGOS_PACKAGES_DIR",
        "llm_model_path": "NEWSBRIDGE_LLM_MODEL",
        "engine": "NEWSBRIDGE_ENGINE",
        "batch_size": "NEWSBRIDGE_BATCH_SIZE",
        "flores_dir": "NEWSBRIDGE_FLORES",
        "allowed_hosts": "NEWSBRIDGE_ALLOWED_HOSTS",
        "reports_dir": "NEWSBRIDGE_REPORTS",
        "secret_key": "NEWSBRIDGE_SECRET_KEY",
        "fetch_allow": "NEWSBRIDGE_FETCH_ALLOW",
    }

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        home = Path(env["NEWSBRIDGE_HOME"]) if env.get("NEWSBRIDGE_HOME") else _default_home(env)
        values: dict[str, object] = {"home": home, "db_path": home / "newsbridge.sqlite3"}
        for f in fields(cls):
            raw = env.get(cls.ENV[f.name])
            if not raw or f.name == "home":
                continue
            if f.name == "batch_size":
                try:
                    values[f.name] = max(1, int(raw))
                except ValueError as exc:
                    raise ValueError(f"{cls.ENV[f.name]}: not a whole number: {raw!r}") from exc
            elif f.name in ("engine", "secret_key"):
                values[f.name] = raw
            elif f.name in ("allowed_hosts", "fetch_allow"):
                values[f.name] = tuple(h.strip() for h in raw.split(",") if h.strip())
            else:
                values[f.name] = Path(raw)
        return cls(**values)  # type: ignore[arg-type]  # each value checked above, by field

    def with_overrides(self, **changes: object) -> Settings:
        given: dict[str, Any] = {k: v for k, v in changes.items() if v is not None}
        return replace(self, **given)

    @property
    def reports(self) -> Path | None:
        """The folder of evaluation reports the quality page shows, if there is one."""
        if self.reports_dir is not None:
            return self.reports_dir
        return CHECKOUT / "reports" if CHECKOUT is not None else None

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def glossary_layers(self) -> tuple[Layer, ...]:
        """The shipped glossary (read-only), then the user's, which overrides and extends
        it by id and takes every edit: ``NEWSBRIDGE_GLOSSARY`` or ``$NEWSBRIDGE_HOME/glossary``."""
        user = self.glossary_path or self.home / "glossary"
        return (Layer(SHIPPED, DATA_DIR, writable=False), Layer(USER, user, writable=True))
