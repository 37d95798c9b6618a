"""Greedy decoding for the ``llm`` engine: one reply token by token (:class:`Decoding`), and
several at once (:class:`ParallelDecoder`) with the same English.

Several at once: a llama.cpp context with one KV stream per slot (``n_seq_max`` slots, not
unified), the shared prompt prefix evaluated once and copied to every slot
(``llama_memory_seq_cp``), each sentence's own prompt evaluated alone in its slot, then one
decode step for every active slot together; a slot whose reply ends takes the next
sentence (continuous batching). The English is the same as one at a time because every
computation is: a prompt is evaluated with the same shapes, each slot attends only to its
own stream, and a decode step of up to three rows multiplies each row by the weights
exactly as a step of one (llama.cpp's repacked CPU kernels take rows four at a time: from
four rows on, rounding differs, and so may the English). Measured in
``benchmarks/engines.py --parallel`` and ``tests/test_llm.py``.
"""

from __future__ import annotations

import math
import os
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


# Slots up to this many decode each row as a step of one does: the same English.
SAME_ENGLISH_SLOTS = 3
# Tokens evaluated per call, as llama-cpp-python's own ``eval`` does (the same shapes).
CHUNK = 512


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

    def step(self, logits: Any) -> int | None:
        """The token chosen from ``logits`` to feed the model next; None: the reply is done.
        A job cancelled (or over its budget) stops here, within the sentence."""
        import numpy as np

        check()

        token = int(logits.argmax())
        logprob = -math.log(float(np.exp(logits - logits[token]).sum()))
        if self.is_end(token):
            self.logprobs.append(logprob)
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


class ParallelDecoder:
    """Decodes several replies at once on ``model`` (llama-cpp-python's ``Llama``)."""

    def __init__(self, model: Any, slots: int, context_tokens: int) -> None:
        import llama_cpp

        self.model = model
        self.slots = slots
        params = llama_cpp.llama_context_default_params()
        params.n_seq_max = slots
        params.kv_unified = False  # a stream per slot: each attends only to its own
        params.n_ctx = context_tokens * slots
        params.n_batch = params.n_ubatch = CHUNK
        params.n_threads = params.n_threads_batch = max(1, os.cpu_count() or 1)
        params.flash_attn_type = llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED  # as Llama's own
        params.no_perf = True
        self.ctx = llama_cpp.llama_init_from_model(model.model, params)
        if not self.ctx:
            raise RuntimeError("llama.cpp could not make a context for parallel decoding")
        self.memory = llama_cpp.llama_get_memory(self.ctx)
        self.batch = llama_cpp.llama_batch_init(CHUNK, 0, 1)
        self.vocab_size = model.n_vocab()
        self.prefix: list[int] | None = None
        self.intact: set[int] = set()  # slots whose memory holds the prefix unchanged

    def close(self) -> None:
        import llama_cpp

        if self.ctx:
            llama_cpp.llama_batch_free(self.batch)
            llama_cpp.llama_free(self.ctx)
            self.ctx = None

    def _decode(self, items: Sequence[tuple[int, int, int, bool]]) -> None:
        """One llama_decode of (token, position, slot, wants logits) items."""
        import llama_cpp

        batch = self.batch
        batch.n_tokens = len(items)
        for i, (token, pos, slot, logits) in enumerate(items):
            batch.token[i] = token
            batch.pos[i] = pos
            batch.n_seq_id[i] = 1
            batch.seq_id[i][0] = slot
            batch.logits[i] = logits
        code = llama_cpp.llama_decode(self.ctx, batch)
        if code != 0:
            raise RuntimeError(f"llama_decode failed ({code})")

    def _evaluate(self, tokens: Sequence[int], start: int, slot: int) -> None:
        """``tokens`` at positions from ``start`` in ``slot``, in chunks as ``Llama.eval``;
        logits for the last token only."""
        for at in range(0, len(tokens), CHUNK):
            chunk = tokens[at : at + CHUNK]
            last = at + len(chunk) == len(tokens)
            self._decode(
                [
                    (t, start + at + i, slot, last and i == len(chunk) - 1)
                    for i, t in enumerate(chunk)
                ]
            )

    def _logits(self, row: int) -> Any:
        import llama_cpp
        import numpy as np

        pointer = llama_cpp.llama_get_logits_ith(self.ctx, row)
        return np.ctypeslib.as_array(pointer, shape=(self.vocab_size,))

    def _load_prefix(self, prefix: list[int], slot: int) -> None:
        """Slot ``slot``'s memory holding exactly ``prefix``: copied from slot 0 where that
        holds it, else evaluated."""
        import llama_cpp

        if self.prefix is not prefix:
            llama_cpp.llama_memory_clear(self.memory, True)
            self.prefix, self.intact = prefix, set()
        if slot in self.intact:
            return
        llama_cpp.llama_memory_seq_rm(self.memory, slot, -1, -1)
        if 0 in self.intact and slot != 0:
            llama_cpp.llama_memory_seq_cp(self.memory, 0, slot, -1, -1)
            llama_cpp.llama_memory_seq_rm(self.memory, slot, len(prefix), -1)
        else:
            self._evaluate(prefix, 0, slot)
        self.intact.add(slot)

    def run(
        self, prefix: list[int], requests: Sequence[tuple[list[int], Decoding]]
    ) -> list[Rendering]:
        """The replies to ``requests`` (a prompt's tokens and its decoding), in order."""
        import llama_cpp

        results: list[Rendering | None] = [None] * len(requests)
        waiting = list(range(len(requests)))
        free = list(range(self.slots))
        active: dict[int, tuple[int, int, int]] = {}  # slot -> (request, position, token)
        while waiting or active:
            while free and waiting:
                slot, number = free.pop(0), waiting.pop(0)
                tokens, decoding = requests[number]
                if decoding.budget <= 0:
                    results[number] = Rendering("", None)  # too long: flagged as empty
                    free.insert(0, slot)
                    continue
                self._load_prefix(prefix, slot)
                shared = shared_length(prefix, tokens)
                if shared < len(prefix):
                    self.intact.discard(slot)
                llama_cpp.llama_memory_seq_rm(self.memory, slot, shared, -1)
                self._evaluate(tokens[shared:], shared, slot)
                token = decoding.step(self._logits(-1))
                if token is None:
                    results[number] = decoding.result()
                    free.insert(0, slot)
                else:
                    active[slot] = (number, len(tokens), token)
            if not active:
                continue
            order = sorted(active)
            self._decode([(active[s][2], active[s][1], s, True) for s in order])
            for row, slot in enumerate(order):
                number, position, _ = active[slot]
                token = requests[number][1].step(self._logits(row))
                if token is None:
                    results[number] = requests[number][1].result()
                    del active[slot]
                    free.append(slot)
                else:
                    active[slot] = (number, position + 1, token)
        return [r if r is not None else Rendering("", None) for r in results]
