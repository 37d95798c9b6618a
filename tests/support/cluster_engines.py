"""Test double engines for the Ray tests; workers import them by path, so the tests
register them under these names (``translate.engines.ENGINES``)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from translate.config import Settings
from translate.engines.base import Engine, EngineUnavailable, Hint

CRASH = "tests.support.cluster_engines:CrashOnceEngine"
ELSEWHERE = "tests.support.cluster_engines:HereOnlyEngine"


def marker(name: str) -> Path:
    return Path(os.environ["NEWSBRIDGE_HOME"]) / name


class CrashOnceEngine(Engine):
    """Upper-cases; the first process to translate while the marker file exists removes
    it and dies at once, as a worker killed by the system would."""

    name = "crash-once"

    def model_id(self, lang: str) -> str:
        return "upper-1"

    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        try:
            marker("crash-once").unlink()
        except FileNotFoundError:
            return [s.upper() for s in sentences]
        os._exit(1)


class HereOnlyEngine(Engine):
    """Its model exists only in the process whose id the marker file names (the driver):
    every other node lacks it."""

    name = "here-only"

    def model_id(self, lang: str) -> str:
        if marker("here-only").read_text() != str(os.getpid()):
            raise EngineUnavailable("no here-only model on this machine")
        return "here-1"

    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        return list(sentences)


TALK = "tests.support.cluster_engines:TalkEngine"


class TalkEngine(Engine):
    """Carries each article as a conversation: its English numbers each sentence by its
    turn and counts the characters of the article so far, so a sentence asked out of its
    article's order, or without the sentences before it, comes out otherwise; a turn
    that does not follow the one before in its batch is refused. ``batches``: what it was
    asked, batch by batch."""

    name = "talk"
    uses_hints = True
    conversation = True

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.batches: list[list[tuple[str, Hint]]] = []

    def model_id(self, lang: str) -> str:
        return "talk-1"

    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        hints = hints or [Hint()] * len(sentences)
        self.batches.append(list(zip(sentences, hints, strict=True)))
        out, said, turn = [], 0, -1
        for sentence, hint in zip(sentences, hints, strict=True):
            if hint.turn is None:
                out.append(sentence.upper())
                turn = -1
                continue
            if hint.turn != 0 and hint.turn != turn + 1:
                raise ValueError(f"turn {hint.turn} of a conversation that was not started here")
            turn = hint.turn
            said = len(sentence) if hint.turn == 0 else said + len(sentence)
            out.append(f"{hint.turn}:{said}: {sentence.upper()}")
        return out
