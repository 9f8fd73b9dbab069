"""The models the Claude emulator serves, with the limits the real API enforces for each.

This is the emulator's own table, deliberately not the product's (core/triage/pricing.py,
core/triage/classifier.py): a test against the emulator must be able to catch the product holding a
wrong figure. Sources, read 2026-12: the model overview pages on platform.claude.com
(models/<name>/overview: "Max output 128K" for the 5.x models, 64K for Haiku 4.5; thinking always
on for Opus 5.5 and Fable 5.1), the prompt-caching minimums (build-with-claude/prompt-caching:
512 tokens on the 5.x models, 1024 on Sonnet 5, 4096 on Haiku 4.5), and the Messages API's
rules for forced tool use, manual thinking and prefill on those models.
A model id that is not here is answered 404 `not_found_error` "model: <id>", as the API does.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelSpec:
    """What the API accepts for one model."""

    max_output_tokens: int
    min_cacheable_tokens: int
    forced_tool_choice: bool = True  # tool_choice {type: any|tool}
    thinking_can_be_disabled: bool = True
    manual_thinking: bool = True  # thinking {type: enabled, budget_tokens}
    assistant_prefill: bool = True
    # From the 5 generation on a model thinks adaptively unless thinking is disabled.
    thinks_by_default: bool = True
    default_effort: str = "high"


_K = 1000
_HAIKU_4_5 = ModelSpec(64 * _K, 4096, thinks_by_default=False)

MODELS: dict[str, ModelSpec] = {
    "claude-haiku-5-5": ModelSpec(
        128 * _K, 512, manual_thinking=False, assistant_prefill=False, default_effort="medium"
    ),
    "claude-sonnet-5-5": ModelSpec(
        128 * _K, 512, forced_tool_choice=False, manual_thinking=False, assistant_prefill=False
    ),
    "claude-opus-5-5": ModelSpec(
        128 * _K,
        512,
        forced_tool_choice=False,
        thinking_can_be_disabled=False,
        manual_thinking=False,
        assistant_prefill=False,
        default_effort="medium",
    ),
    "claude-fable-5-1": ModelSpec(
        128 * _K, 512, forced_tool_choice=False, thinking_can_be_disabled=False
    ),
    "claude-opus-5": ModelSpec(128 * _K, 512),
    "claude-sonnet-5": ModelSpec(128 * _K, 1024, manual_thinking=False),
    "claude-haiku-4-5": _HAIKU_4_5,
    "claude-haiku-4-5-20251001": _HAIKU_4_5,
}


def model_spec(model: str) -> ModelSpec | None:
    """Return the limits of `model`, or None if the API does not know that id."""
    return MODELS.get(model)
