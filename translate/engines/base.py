"""The one interface every translation engine implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from translate.config import Settings
from translate.records import Rendering

__all__ = ["Engine", "EngineUnavailable", "Hint", "Rendering"]


class EngineUnavailable(RuntimeError):
    """The engine cannot translate this language here; the message says how to fix it."""


@dataclass(frozen=True)
class Hint:
    """What an engine may use besides the sentence: the sentence before it, for context,
    and the glossary terms in it as (source form, English form). ``insist``: the terms are
    ones an earlier attempt dropped, to be asked for more firmly.

    For engines that carry an article as one conversation (:attr:`Engine.conversation`):
    ``turn`` is the sentence's place in its article's conversation (0: the first; None: a
    request that stands alone, such as a title), and ``before`` a digest of everything
    before it in the article (each earlier sentence and its terms), which the cache key
    holds: a sentence's English is reused only where all that is the same."""

    previous: str | None = None
    terms: tuple[tuple[str, str], ...] = ()
    insist: bool = False
    turn: int | None = None
    before: str = ""


class Engine(ABC):
    """Translates sentences of one source language into English.

    Engines are built once per process and keep their model loaded; ``translate`` is
    called with batches of sentences of the same language.
    """

    name: ClassVar[str]
    # Engines that read hints get them in their cache keys too.
    uses_hints: ClassVar[bool] = False
    # Engines that translate an article's sentences in order as one conversation: they get
    # each article whole, in one batch, and the hints say each sentence's turn.
    conversation: ClassVar[bool] = False

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

    def render(
        self, sentences: Sequence[str], lang: str, hints: Sequence[Hint] | None = None
    ) -> list[Rendering]:
        """Like :meth:`translate`, with the engine's probability of each output where it
        has one. Engines that know their scores override this."""
        return [Rendering(text) for text in self.translate(sentences, lang, hints)]

    def render_again(self, sentence: str, lang: str, hint: Hint) -> Rendering | None:
        """A second translation made another way, for a sentence whose first one is
        doubted; the pipeline keeps whichever is less doubtful. None: no other way."""
        return None

    def render_again_all(
        self, requests: Sequence[tuple[str, Hint]], lang: str
    ) -> list[Rendering | None]:
        """:meth:`render_again` for several sentences (engines that decode several at once
        override it; the English is each sentence's own either way)."""
        return [self.render_again(sentence, lang, hint) for sentence, hint in requests]

    def request_key(self, text: str, hint: Hint) -> str:
        """What determines this engine's output for ``text``: the cache key's text part."""
        if not self.uses_hints:
            return text
        terms = "; ".join(f"{s}={e}" for s, e in hint.terms)
        key = f"{text}\x1fprevious={hint.previous or ''}\x1fterms={terms}"
        if hint.turn is not None:
            key += f"\x1fturn={hint.turn}\x1fbefore={hint.before}"
        return key + "\x1finsist" if hint.insist else key

    def available(self, lang: str) -> bool:
        try:
            self.model_id(lang)
        except EngineUnavailable:
            return False
        return True
