"""Greedy decoding for the ``llm`` engine: one reply token by token (:class:`Decoding`),
and the parsing of a reply into one English sentence."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from translate.budget import check
from translate.records import Rendering

_PREFIX = re.compile(
    r"^\s*(?:(?:english|translation|english translation|translated|answer)\s*:\s*)+", re.IGNORECASE
)
_NOTE = re.compile(
    r"\s*[\(\[]?\s*(?:note|translator'?s note|explanation)\s*:.*$", re.IGNORECASE | re.DOTALL
)
_QUOTES = {'"': '"', "“": "”", "'": "'", "«": "»", "„": "“"}


def parse_reply(reply: str, source: str) -> str:
    """The English sentence in a model reply, without labels, notes or added quotes."""
    text = reply.strip()
    text = re.sub(r"^```\w*\s*|\s*```$", "", text)
    text = _PREFIX.sub("", text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    text = lines[0]
    if "\n" in source.strip():
        text = " ".join(lines)
    text = _NOTE.sub("", text).strip()
    text = _PREFIX.sub("", text).strip()
    first, last = text[:1], text[-1:]
    if (
        len(text) > 1
        and first in _QUOTES
        and last == _QUOTES[first]
        and not source.strip().startswith(('"', "“", "'", "«", "„"))
    ):
        text = text[1:-1].strip()
    return text


@dataclass
class Decoding:
    """One reply's greedy decoding, token by token, by the same rules whether it runs alone
    or beside others: the most likely token, its log-probability, and where the reply ends
    (end of turn, a new line after a one-line sentence, a stop string, the token budget)."""

    sentence: str
    budget: int
    stops: list[str]
    detokenize: Callable[[list[int]], bytes]
    is_end: Callable[[int], bool]
    out: list[int] = field(default_factory=list)
    logprobs: list[float] = field(default_factory=list)
    raw: bytes = b""
    text: str = ""
    finished: bool = False  # ended by the end of the model's turn

    def step(self, logits: Any) -> int | None:
        """The token chosen from ``logits`` to feed the model next; None: the reply is done.
        A job cancelled (or over its budget) stops here, within the sentence."""
        import numpy as np

        check()

        token = int(logits.argmax())
        logprob = -math.log(float(np.exp(logits - logits[token]).sum()))
        if self.is_end(token):
            self.logprobs.append(logprob)
            self.finished = True
            return None
        piece = self.detokenize([token])  # byte-level pieces: they concatenate
        if "\n" not in self.sentence.strip() and b"\n" in piece and self.text.strip():
            return None  # the sentence is done; what follows is a note
        self.out.append(token)
        self.logprobs.append(logprob)
        self.raw += piece
        self.text = self.raw.decode("utf-8", "replace")
        if any(stop in self.text for stop in self.stops) or len(self.out) >= self.budget:
            return None
        return token

    def run(self, logits: Callable[[], Any], feed: Callable[[list[int]], None]) -> Rendering:
        """Decode to the end: each token chosen from ``logits()`` is fed back to the model
        (``feed``) until the reply is done."""
        while (token := self.step(logits())) is not None:
            feed([token])
        return self.result()

    def result(self) -> Rendering:
        text = self.text
        for stop in self.stops:
            text = text.split(stop)[0]
        mean = sum(self.logprobs) / len(self.logprobs) if self.logprobs else None
        return Rendering(parse_reply(text, self.sentence), mean)


def shared_length(prefix: Sequence[int], tokens: Sequence[int]) -> int:
    """How many tokens a prompt has in common with the shared prefix, from the start."""
    shared = 0
    while shared < min(len(prefix), len(tokens)) and tokens[shared] == prefix[shared]:
        shared += 1
    return shared
