"""The ``none`` engine returns the source unchanged; the glossary still runs on top of it."""

from __future__ import annotations

from collections.abc import Sequence

from translate.engines.base import Engine, Hint


class NoneEngine(Engine):
    name = "none"

    def model_id(self, lang: str) -> str:
        return "identity"

    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        return list(sentences)
