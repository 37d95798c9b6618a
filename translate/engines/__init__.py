"""Engine registry. Engines are imported only when asked for: argos pulls in torch."""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from translate.config import Settings
from translate.engines.base import Engine, EngineUnavailable
from translate.vocab import TARGET_LANG

ENGINES: dict[str, str] = {
    "none": "translate.engines.none:NoneEngine",
    "argos": "translate.engines.argos:ArgosEngine",
    "llm": "translate.engines.llm:LlmEngine",
}
CHOICES = ("auto", *ENGINES)


def load_engine(name: str, settings: Settings) -> Engine:
    if name not in ENGINES:
        raise EngineUnavailable(f"unknown engine {name!r}; choose one of {', '.join(CHOICES)}")
    module_name, class_name = ENGINES[name].split(":")
    cls: type[Engine] = getattr(importlib.import_module(module_name), class_name)
    return cls(settings)


def choose_engine(name: str, settings: Settings, langs: Iterable[str]) -> Engine:
    """Load the named engine. ``auto`` takes argos where every language's model is
    installed, else the local LLM where its model is present, else says how to get one."""
    langs = sorted(set(langs) - {TARGET_LANG})
    if name != "auto":
        return load_engine(name, settings)
    for candidate in ("argos", "llm"):
        engine = load_engine(candidate, settings)
        if all(engine.available(lang) for lang in langs):
            return engine
    from translate.engines.argos import install_hint

    raise EngineUnavailable(
        f"no translation model for {', '.join(langs)} -> en. {install_hint(langs)}"
        " Or install the local LLM with `newsbridge models install llm`."
        " Or preview with --engine none (glossary only)."
    )


__all__ = ["CHOICES", "Engine", "EngineUnavailable", "choose_engine", "load_engine"]
