"""The one interface every translation engine implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import ClassVar

from translate.config import Settings


class EngineUnavailable(RuntimeError):
    """The engine cannot translate this language here; the message says how to fix it."""


class Engine(ABC):
    """Translates sentences of one source language into English.

    Engines are built once per process and keep their model loaded; ``translate`` is
    called with batches of sentences of the same language.
    """

    name: ClassVar[str]

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @abstractmethod
    def model_id(self, lang: str) -> str:
        """Identity of the model that translates ``lang`` (part of every cache key).

        Raises :class:`EngineUnavailable` when there is none.
        """

    @abstractmethod
    def translate(self, sentences: Sequence[str], lang: str) -> list[str]:
        """English for each sentence, in order, one output per input."""

    def available(self, lang: str) -> bool:
        try:
            self.model_id(lang)
        except EngineUnavailable:
            return False
        return True
