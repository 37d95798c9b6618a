"""The one interface every translation engine implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from translate.config import Settings


class EngineUnavailable(RuntimeError):
    """The engine cannot translate this language here; the message says how to fix it."""


@dataclass(frozen=True)
class Hint:
    """What an engine may use besides the sentence: the sentence before it, for context,
    and the glossary terms in it as (source form, English form)."""

    previous: str | None = None
    terms: tuple[tuple[str, str], ...] = ()


class Engine(ABC):
    """Translates sentences of one source language into English.

    Engines are built once per process and keep their model loaded; ``translate`` is
    called with batches of sentences of the same language.
    """

    name: ClassVar[str]
    # Engines that read hints get them in their cache keys too.
    uses_hints: ClassVar[bool] = False

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @abstractmethod
    def model_id(self, lang: str) -> str:
        """Identity of the model that translates ``lang`` (part of every cache key).

        Raises :class:`EngineUnavailable` when there is none.
        """

    @abstractmethod
    def translate(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[str]:
        """English for each sentence, in order, one output per input."""

    def request_key(self, text: str, hint: Hint) -> str:
        """What determines this engine's output for ``text``: the cache key's text part."""
        if not self.uses_hints:
            return text
        terms = "; ".join(f"{s}={e}" for s, e in hint.terms)
        return f"{text}\x1fprevious={hint.previous or ''}\x1fterms={terms}"

    def available(self, lang: str) -> bool:
        try:
            self.model_id(lang)
        except EngineUnavailable:
            return False
        return True
