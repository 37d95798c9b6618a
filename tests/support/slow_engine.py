"""A test double engine that takes its time: upper-cases each sentence after a pause, and
records (per process) what it was asked. Registered by the tests under the name "slow"."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import ClassVar

from translate.engines.base import Engine, Hint

NAME = "slow"
PATH = "tests.support.slow_engine:SlowEngine"


class SlowEngine(Engine):
    name = NAME
    calls: ClassVar[list[str]] = []
    pause: ClassVar[float] = 0.15

    def model_id(self, lang: str) -> str:
        return "slow-1"

    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        out = []
        for sentence in sentences:
            time.sleep(self.pause)
            SlowEngine.calls.append(sentence)
            out.append(sentence.upper())
        return out
