"""The model's own probability of its output: where confidence starts, and the check that
says the model itself was unsure."""

from __future__ import annotations

import math

from translate.doubt.text import Reading

# Confidence where the engine gives no probability of its own: a flag-free sentence of
# such an engine is not known to be good, only not known to be bad.
NO_PROBABILITY = 0.8
# Below this mean token log-probability (a geometric-mean token probability of about
# 0.64) a model's output is flagged as unsure. Set on FLORES devtest sentences 500-599
# (not the first 200, which the targets are measured on); benchmarks/doubt.py shows the
# trade-off of other thresholds.
UNSURE_LOGPROB = -0.45


def base_confidence(logprob: float | None) -> float:
    """The confidence before any flag: the geometric-mean token probability, where the
    engine gives one."""
    return math.exp(min(0.0, logprob)) if logprob is not None else NO_PROBABILITY


def unsure(r: Reading) -> str | None:
    """The model's own mean token log-probability of its output is below
    :data:`UNSURE_LOGPROB` (engines that give one: llm)."""
    if r.logprob is not None and r.logprob < UNSURE_LOGPROB:
        chance = math.exp(r.logprob)
        return f"the model was unsure of its wording (token probability {chance:.2f})"
    return None
