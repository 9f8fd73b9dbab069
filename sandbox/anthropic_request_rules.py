"""The shape checks the Messages API makes before it runs a model, in its own wording.

Each function returns the message of a 400 `invalid_request_error` (None when the request is
fine). The wording follows what the API answers (paraphrased field paths included), e.g.
"max_tokens: 128001 > 128000, which is the maximum allowed number of output tokens for
claude-opus-5-5", "A maximum of 4 blocks with cache_control may be provided. Found 5.",
"system.0.cache_control.ephemeral.ttl: Input should be '5m' or '1h'",
"output_config.effort: Input should be 'low', 'medium', 'high', 'xhigh' or 'max'",
"<field>: Extra inputs are not permitted" (inside tools, content blocks and `thinking` too, e.g.
"tools.0.custom.defer_loading: ..." and "messages.65.content.1.tool_use.text: ...") and
"messages.0.content.4.cache_control.ttl: a ttl='1h' cache_control block must not come after a
ttl='5m' cache_control block. Note that blocks are processed in the following order: `tools`,
`system`, `messages`." (quoted in public bug reports of those 400s, 2025-2026).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sandbox.anthropic_models import ModelSpec

# The request bodies the API takes (anthropic SDK 2.11 `MessageCreateParams` and
# `MessageCountTokensParams`, whose per-request headers are not body fields). The sampling
# parameters are known fields; whether they are allowed depends on the API version.
COUNT_TOKENS_FIELDS = frozenset(
    {
        "model",
        "messages",
        "system",
        "tools",
        "tool_choice",
        "thinking",
        "output_config",
        "cache_control",
        "speed",
    }
)
MESSAGES_FIELDS = COUNT_TOKENS_FIELDS | {
    "max_tokens",
    "metadata",
    "stop_sequences",
    "stream",
    "service_tier",
    "container",
    "diagnostics",
    "inference_geo",
    "temperature",
    "top_p",
    "top_k",
}
OUTPUT_CONFIG_FIELDS = frozenset({"effort", "format"})
# The fields of a custom tool, a message, each content block type and each thinking type (SDK 2.11
# `ToolParam`, `MessageParam`, `*BlockParam`, `ThinkingConfig*Param`). Server tools, whose fields
# differ by version, and block types not listed here are not checked.
TOOL_FIELDS = frozenset(
    {
        "type",
        "name",
        "description",
        "input_schema",
        "cache_control",
        "strict",
        "allowed_callers",
        "defer_loading",
        "eager_input_streaming",
        "input_examples",
    }
)
MESSAGE_FIELDS = frozenset({"role", "content"})
_CACHEABLE = frozenset({"type", "cache_control"})
BLOCK_FIELDS: dict[str, frozenset[str]] = {
    "text": _CACHEABLE | {"text", "citations"},
    "image": _CACHEABLE | {"source", "transformations"},
    "document": _CACHEABLE | {"source", "title", "context", "citations"},
    "search_result": _CACHEABLE | {"source", "title", "content", "citations"},
    "tool_use": _CACHEABLE | {"id", "name", "input", "caller", "toolset_name"},
    "tool_result": _CACHEABLE | {"tool_use_id", "content", "is_error", "toolset_name"},
    "thinking": frozenset({"type", "thinking", "signature"}),
    "redacted_thinking": frozenset({"type", "data"}),
}
THINKING_FIELDS: dict[str, frozenset[str]] = {
    "enabled": frozenset({"type", "budget_tokens", "display"}),
    "adaptive": frozenset({"type", "display"}),
    "disabled": frozenset({"type"}),
}
EFFORTS = ("low", "medium", "high", "xhigh", "max")
CACHE_TTLS = ("5m", "1h")
MAX_CACHE_BREAKPOINTS = 4


def _extra(where: str) -> str:
    return f"{where}: Extra inputs are not permitted"


def _one_of(values: tuple[str, ...]) -> str:
    quoted = [f"'{v}'" for v in values]
    return ", ".join(quoted[:-1]) + f" or {quoted[-1]}"


def unknown_field_problem(body: dict[str, Any], *, count_only: bool) -> str | None:
    """Refuse a top-level or output_config field the API does not have."""
    known = COUNT_TOKENS_FIELDS if count_only else MESSAGES_FIELDS
    for name in body:
        if name not in known:
            return _extra(name)
    output_config = body.get("output_config")
    if output_config is None:
        return None
    if not isinstance(output_config, dict):
        return "output_config: Input should be a valid dictionary"
    for name in output_config:
        if name not in OUTPUT_CONFIG_FIELDS:
            return _extra(f"output_config.{name}")
    effort = output_config.get("effort")
    if effort is not None and effort not in EFFORTS:
        return f"output_config.effort: Input should be {_one_of(EFFORTS)}"
    return None


def _first_extra(fields: dict[str, Any], known: frozenset[str], where: str) -> str | None:
    extra = next((name for name in fields if name not in known), None)
    return None if extra is None else _extra(f"{where}.{extra}")


def _block_problem(block: Any, where: str, *, tagged: bool = True) -> str | None:
    """Refuse an unknown key in a content block (and in a tool_result's own blocks)."""
    if not isinstance(block, dict) or block.get("type") not in BLOCK_FIELDS:
        return None
    kind = block["type"]
    path = f"{where}.{kind}" if tagged else where
    problem = _first_extra(block, BLOCK_FIELDS[kind], path)
    nested = block.get("content") if kind == "tool_result" else None
    for k, inner in enumerate(nested if isinstance(nested, list) else []):
        problem = problem or _block_problem(inner, f"{path}.content.{k}")
    return problem


def nested_field_problem(body: dict[str, Any]) -> str | None:
    """Refuse an unknown key inside a custom tool, a message, a content block or `thinking`."""
    tools = body.get("tools")
    for i, tool in enumerate(tools if isinstance(tools, list) else []):
        if isinstance(tool, dict) and tool.get("type", "custom") == "custom":
            problem = _first_extra(tool, TOOL_FIELDS, f"tools.{i}.custom")
            if problem:
                return problem
    system = body.get("system")
    for i, block in enumerate(system if isinstance(system, list) else []):
        problem = _block_problem(block, f"system.{i}", tagged=False)
        if problem:
            return problem
    messages = body.get("messages")
    for i, message in enumerate(messages if isinstance(messages, list) else []):
        if not isinstance(message, dict):
            continue
        problem = _first_extra(message, MESSAGE_FIELDS, f"messages.{i}")
        content = message.get("content")
        for j, block in enumerate(content if isinstance(content, list) else []):
            problem = problem or _block_problem(block, f"messages.{i}.content.{j}")
        if problem:
            return problem
    thinking = body.get("thinking")
    if isinstance(thinking, dict) and thinking.get("type") in THINKING_FIELDS:
        kind = thinking["type"]
        return _first_extra(thinking, THINKING_FIELDS[kind], f"thinking.{kind}")
    return None


def _marks(body: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Yield (field path, cache_control) for every block that carries one, in prompt order."""
    for i, tool in enumerate(body.get("tools") or []):
        if isinstance(tool, dict) and "cache_control" in tool:
            yield f"tools.{i}", tool["cache_control"]
    system = body.get("system")
    for i, block in enumerate(system if isinstance(system, list) else []):
        if isinstance(block, dict) and "cache_control" in block:
            yield f"system.{i}", block["cache_control"]
    for i, message in enumerate(body.get("messages") or []):
        content = message.get("content") if isinstance(message, dict) else None
        for j, block in enumerate(content if isinstance(content, list) else []):
            if not isinstance(block, dict):
                continue
            where = f"messages.{i}.content.{j}.{block.get('type')}"
            if "cache_control" in block:
                yield where, block["cache_control"]
            nested = block.get("content") if block.get("type") == "tool_result" else None
            for k, inner in enumerate(nested if isinstance(nested, list) else []):
                if isinstance(inner, dict) and "cache_control" in inner:
                    yield f"{where}.content.{k}", inner["cache_control"]


def _cache_control_shape(where: str, control: Any) -> str | None:
    if control is None:
        return None
    if not isinstance(control, dict) or control.get("type") != "ephemeral":
        return f"{where}.cache_control.type: Input should be 'ephemeral'"
    for name in control:
        if name not in ("type", "ttl"):
            return _extra(f"{where}.cache_control.ephemeral.{name}")
    if "ttl" in control and control["ttl"] not in CACHE_TTLS:
        return f"{where}.cache_control.ephemeral.ttl: Input should be {_one_of(CACHE_TTLS)}"
    return None


def cache_control_problem(body: dict[str, Any]) -> str | None:
    """Refuse a malformed cache_control (type, TTL, extra keys) anywhere in the request."""
    marks = list(_marks(body))
    if "cache_control" in body:
        marks.insert(0, ("", body["cache_control"]))
    for where, control in marks:
        problem = _cache_control_shape(where, control)
        if problem:
            return problem.lstrip(".")
    return None


def _position(where: str) -> str:
    """'messages.0.content.4.text' -> 'messages.0.content.4': the API's path in TTL errors."""
    parts = where.split(".")
    return ".".join(parts[:4]) if parts[0] == "messages" else where


def ttl_order_problem(body: dict[str, Any]) -> str | None:
    """Refuse a 1-hour breakpoint after a 5-minute one (tools, then system, then messages)."""
    marks = list(_marks(body))
    if "cache_control" in body:
        marks.append(("", body["cache_control"]))  # the automatic one lands on the last block
    seen_short = False
    for where, control in marks:
        if not isinstance(control, dict):
            continue
        ttl = control.get("ttl", "5m")
        if ttl == "1h" and seen_short:
            path = f"{_position(where)}.cache_control.ttl".lstrip(".")
            return (
                f"{path}: a ttl='1h' cache_control block must not come after a ttl='5m' "
                "cache_control block. Note that blocks are processed in the following order: "
                "`tools`, `system`, `messages`."
            )
        seen_short = seen_short or ttl == "5m"
    return None


def breakpoints_problem(body: dict[str, Any]) -> str | None:
    """Refuse more than four cache breakpoints (the top-level automatic one takes a slot)."""
    found = sum(1 for _, control in _marks(body) if control is not None)
    found += 1 if body.get("cache_control") is not None else 0
    if found > MAX_CACHE_BREAKPOINTS:
        return (
            f"A maximum of {MAX_CACHE_BREAKPOINTS} blocks with cache_control may be provided. "
            f"Found {found}."
        )
    return None


def max_tokens_problem(body: dict[str, Any], model: str, spec: ModelSpec) -> str | None:
    """Refuse a max_tokens below 1 or above the model's output limit."""
    max_tokens = body.get("max_tokens")
    if not isinstance(max_tokens, int):
        return None
    if max_tokens < 1:
        return "max_tokens: Input should be greater than or equal to 1"
    if max_tokens > spec.max_output_tokens:
        return (
            f"max_tokens: {max_tokens} > {spec.max_output_tokens}, which is the maximum allowed "
            f"number of output tokens for {model}"
        )
    return None
