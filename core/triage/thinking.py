"""How each Claude model thinks, and the output budget that leaves room for the answer.

Thinking tokens are output tokens: they count against `max_tokens` before the answer does, and a
reply that runs out ends with `stop_reason: "max_tokens"` and no usable answer. So:

- Haiku models take `thinking: {type: "disabled"}` (Haiku 5.5 at effort high or lower; Haiku
  4.5 does not think unless asked): the budget is the answer's alone.
- Opus 5.5, Sonnet 5.5 and Fable 5.1 cannot switch thinking off (Opus 5.5 and Fable 5.1 reject
  "disabled"; Sonnet 5.5 takes only "adaptive" or "between_tools"). They get effort "low" and a
  thinking allowance on top of the answer's budget.
- Other 5.x models think adaptively by default, so they get the allowance too (no effort is
  sent: not every one of them documents it).
- Anything else (older or unknown models) gets the answer's budget only, as before.

Sources: platform.claude.com models overview and thinking troubleshooting pages (max output 128K
on the 5.5 models; thinking counts toward max_tokens), read 2026-12 through the search tool.
The allowance stays far below the SDK's non-streaming ceiling (about 21,333 tokens).

Thinking takes time as well as tokens: a request that may write its whole allowance needs longer
than the 30 s an answer alone needs. `default_timeout_seconds` adds the time the allowance takes
at a slow output speed, so a thinking model's default timeout fits its output budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from core.triage.pricing import base_model

Effort = Literal["low", "medium", "high", "xhigh", "max"]

# Room for low-effort thinking on a short, structured answer; with a 512-token answer budget the
# request asks for 8,192 tokens, which only the thinking actually spent is billed for.
THINKING_ALLOWANCE_TOKENS = 7_680

# The request timeout for an answer alone, and the output speed (tokens per second) assumed for
# thinking: slower than the larger models usually write, so a long think still fits.
ANSWER_TIMEOUT_SECONDS = 30.0
SLOW_OUTPUT_TOKENS_PER_SECOND = 40.0

_THINKING_OFF_PREFIXES = ("claude-haiku-",)
ALWAYS_THINKING_MODELS = frozenset({"claude-sonnet-5-5", "claude-opus-5-5", "claude-fable-5-1"})
_ADAPTIVE_BY_DEFAULT = re.compile(r"^claude-(sonnet|opus|fable|mythos)-5(-\d+)?$")


@dataclass(frozen=True)
class OutputPlan:
    """What one Messages call sends about thinking, and its `max_tokens`."""

    max_tokens: int
    effort: Effort | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. {"thinking": {...}}


def output_plan(model: str, answer_tokens: int) -> OutputPlan:
    """Return the thinking settings and `max_tokens` for `model` and an answer budget."""
    name = base_model(model)
    if name.startswith(_THINKING_OFF_PREFIXES):
        return OutputPlan(answer_tokens, extra={"thinking": {"type": "disabled"}})
    if name in ALWAYS_THINKING_MODELS:
        return OutputPlan(answer_tokens + THINKING_ALLOWANCE_TOKENS, effort="low")
    if _ADAPTIVE_BY_DEFAULT.match(name):
        return OutputPlan(answer_tokens + THINKING_ALLOWANCE_TOKENS)
    return OutputPlan(answer_tokens)


def default_timeout_seconds(model: str, answer_tokens: int) -> float:
    """Return the request timeout for `model` when config.yaml sets none.

    30 s for a model that only answers; a thinking model gets the time its thinking allowance
    takes at SLOW_OUTPUT_TOKENS_PER_SECOND on top (30 + 7,680 / 40 = 222 s).
    """
    thinking = output_plan(model, answer_tokens).max_tokens - answer_tokens
    return ANSWER_TIMEOUT_SECONDS + thinking / SLOW_OUTPUT_TOKENS_PER_SECOND
