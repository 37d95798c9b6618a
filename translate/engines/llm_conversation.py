"""An article as one conversation the model keeps (the ``llm`` engine).

The part of the prompt every sentence of a language shares (system message, worked
examples) is in the model's memory. Each sentence of an article adds its own user turn
(its terms and the sentence), the reply is decoded after it and stays in memory, and the
next sentence follows: it is read with everything before it in the article, the sources
and the English already chosen, without evaluating any of that again.

Reproducible: the memory is always built in the same pieces, so the same article gives
the same English. The first turn is evaluated in one piece; each reply is decoded token
by token; then the end of that turn and the next user turn are evaluated in one piece. A
reply that did not end with the end of its turn (cut at a new line or at its budget), or
that the parser cleaned (a label, a note), is taken out of memory, and its cleaned English
is evaluated in the next piece instead: the model never reads its own chatter back.

Bounded: where the next piece and its reply would not fit in the window, the memory goes
back to the shared part and the most recent turns that fit in ``keep`` tokens are evaluated
again, with the next user turn, in one piece (the same restart each time for the same
article). A sentence too long for the window even alone is given no English (flagged as
empty, as a standalone request is).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from translate.engines.llm_decode import Decoding
from translate.records import Rendering


@dataclass(frozen=True)
class Pieces:
    """The chat template's tokens between turns: after a user's words, before the reply
    (``reply``: end of turn, start of the assistant's), and after a reply, before the next
    user's words (``user``)."""

    reply: list[int]
    user: list[int]


@dataclass
class Turn:
    """One sentence's turn as it is in the model's memory: the user part (words and the
    start of the reply) and the reply with the start of the next user turn."""

    asked: list[int]
    answered: list[int]

    def __len__(self) -> int:
        return len(self.asked) + len(self.answered)


@dataclass
class Conversation:
    """One article's sentences translated in order on ``model`` (llama-cpp-python's
    ``Llama``), whose memory holds ``prefix`` (the shared part) when it starts.

    ``words``: the tokens of a text as plain words (article text never makes a control
    token); ``decoding``: a fresh decoding of one sentence's reply with a token budget;
    ``logits``: the model's scores for the token after the last one evaluated."""

    model: Any
    prefix: list[int]
    pieces: Pieces
    words: Callable[[str], list[int]]
    decoding: Callable[[str, int], Decoding]
    logits: Callable[[], Any]
    window: int
    keep: int
    turns: list[Turn] = field(default_factory=list)
    pending: list[int] = field(default_factory=list)
    restarts: int = 0

    def say(self, content: str, sentence: str, budget: int) -> Rendering:
        """The reply to one user turn (``content``, asking for ``sentence``)."""
        model = self.model
        asked = self.words(content) + self.pieces.reply
        piece = self.pending + asked
        if not self.turns:
            model.n_tokens = len(self.prefix)
        elif model.n_tokens + len(piece) + budget > self.window:
            # Full: back to the shared part, with the most recent turns that fit.
            kept: list[Turn] = []
            for turn in reversed(self.turns):
                if sum(map(len, kept)) + len(turn) > self.keep:
                    break
                kept.insert(0, turn)
            model.n_tokens = len(self.prefix)
            piece = [t for turn in kept for t in (*turn.asked, *turn.answered)] + asked
            self.restarts += 1
        if model.n_tokens + len(piece) + min(budget, 8) > self.window:
            # Too long even so: no English, and the conversation goes on without it.
            self.pending = []
            self.turns = []
            model.n_tokens = len(self.prefix)
            return Rendering("", None)
        budget = min(budget, self.window - model.n_tokens - len(piece))
        model.eval(piece)
        start = model.n_tokens
        decoding = self.decoding(sentence, budget)
        rendering = decoding.run(self.logits, model.eval)
        if decoding.finished and rendering.text == decoding.text.strip():
            # The reply as decoded stays; the next piece starts with the next user turn.
            answered = [*decoding.out, *self.pieces.user]
            self.pending = list(self.pieces.user)
        else:
            model.n_tokens = start
            answered = [*self.words(rendering.text), *self.pieces.user]
            self.pending = answered
        self.turns.append(Turn(asked, answered))
        return rendering
