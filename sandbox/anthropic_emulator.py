"""AnthropicEmulator: an in-process fake of Claude's Messages API that the real SDK talks to.

Point `anthropic.AsyncAnthropic(base_url=...)` at `emu.serve()` and queue replies with
`emu.enqueue(...)`: a structured-output answer (a dict, or `Answer` with an optional thinking
block first), `RawText` (malformed JSON or prose), `ToolUse` / `ToolUses` (tool calls, stop_reason
"tool_use"), `Refusal`, `ApiError` (429, 500, 529, 400 in Anthropic's error shape), or a callable
that receives the request JSON and returns one of those. With the queue empty, a default responder
answers with a valid classification (following the owner's learned examples for the sender, if the
prompt has any).

It is as strict as the real API (version 2026-10-21), with its own model table
(sandbox/anthropic_models.py, never the product's): a model id it does not know is a 404
`not_found_error`; a field the API does not have (top level, in a tool, a message, a content block
or `thinking`), a cache TTL other than 5m/1h, a 1h breakpoint after a 5m one, more than four
cache breakpoints, `max_tokens` above the model's output limit, an unknown `effort`
(sandbox/anthropic_request_rules.py), sampling parameters, forced `tool_choice` on the models that
reject it, structured-output schemas with an open object or an unsupported numeric/string bound,
disabled thinking on the always-thinking models, manual thinking budgets and assistant prefill on
the models that reject them, and a broken tool loop (a `tool_use` without its `tool_result` in the
next message, a `tool_result` whose `tool_use` is not in the previous message, text before the
tool results) are each a 400 `invalid_request_error`, as the API answers.

Thinking is simulated where the real models think: a 5.x model whose thinking is not disabled,
answering with an `Answer` or `RawText` that names no thinking of its own, first spends
`thinking_tokens[effort]` output tokens on an (omitted) thinking block, at the request's
`output_config.effort` or the model's default effort. Thinking counts against `max_tokens` as on
the real API: a reply that does not fit ends with `stop_reason: "max_tokens"` and a cut text.

Usage is estimated at about four characters per token. Prompt caching is simulated honestly:
the prompt is laid out as output schema, tools, system, messages (a top-level `cache_control`
marks the last block); the longest prefix cached at one of the request's `cache_control`
breakpoints is read, and the prefix up to each later breakpoint is written, only when it reaches
the model's minimum cacheable length (from the emulator's model table). Entries never expire
here; `clear_cache()` forgets them.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import re
from collections import deque
from collections.abc import AsyncIterator, Callable, Collection, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from aiohttp import web
from multidict import CIMultiDict

from sandbox.anthropic_learning import learned_answer
from sandbox.anthropic_models import model_spec
from sandbox.anthropic_request_rules import (
    breakpoints_problem,
    cache_control_problem,
    max_tokens_problem,
    nested_field_problem,
    ttl_order_problem,
    unknown_field_problem,
)

CURRENT_API_VERSION = "2026-10-21"
_SAMPLING_PARAMS = ("temperature", "top_p", "top_k")
_UNSUPPORTED_SCHEMA_KEYWORDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
)
_CHARS_PER_TOKEN = 4
# The emulator's own assumptions about how much a short classification thinks, by effort; the
# real amounts vary per request. Models think adaptively by default from the 5 generation on.
THINKING_TOKENS: dict[str, int] = {
    "low": 1_024,
    "medium": 3_000,
    "high": 6_000,
    "xhigh": 12_000,
    "max": 24_000,
}


@dataclass(frozen=True)
class Answer:
    """A structured-output answer: `data` as JSON in one text block, optionally after thinking."""

    data: Mapping[str, Any]
    thinking: str | None = None
    stop_reason: str = "end_turn"


@dataclass(frozen=True)
class RawText:
    """A text block holding exactly `text` (malformed JSON, prose, a truncated answer)."""

    text: str
    stop_reason: str = "end_turn"
    thinking: str | None = None


@dataclass(frozen=True)
class ToolUse:
    """A call of tool `name` with `input`, after optional thinking and text (stop_reason tool_use).

    `id` defaults to a fresh `toolu_emu_…` id.
    """

    name: str
    input: Mapping[str, Any]
    text: str | None = None
    thinking: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class ToolUses:
    """Several tool calls in one reply (parallel tool use), after optional text."""

    calls: tuple[ToolUse, ...]
    text: str | None = None


@dataclass(frozen=True)
class Refusal:
    """Claude's safety classifiers stopped the answer (`stop_reason: "refusal"`)."""

    explanation: str | None = None
    category: str | None = None
    partial_text: str = ""


@dataclass(frozen=True)
class ApiError:
    """An HTTP error in Anthropic's shape; `retry_after` seconds go out in both retry headers."""

    status: int
    type: str
    message: str
    retry_after: float | None = None
    should_retry: bool | None = None

    @classmethod
    def rate_limited(cls, retry_after: float = 0.001) -> ApiError:
        """Return a 429 rate_limit_error asking the client to wait `retry_after` seconds."""
        return cls(
            429,
            "rate_limit_error",
            "Number of request tokens has exceeded your rate limit.",
            retry_after,
        )

    @classmethod
    def overloaded(cls, retry_after: float | None = 0.001) -> ApiError:
        """Return a 529 overloaded_error (the retry hint keeps test retries fast)."""
        return cls(529, "overloaded_error", "Overloaded", retry_after)

    @classmethod
    def server_error(cls, retry_after: float | None = 0.001) -> ApiError:
        """Return a 500 api_error."""
        return cls(500, "api_error", "Internal server error", retry_after)

    @classmethod
    def invalid_request(cls, message: str) -> ApiError:
        """Return a 400 invalid_request_error with `message`."""
        return cls(400, "invalid_request_error", message)


Outcome: TypeAlias = Answer | RawText | ToolUse | ToolUses | Refusal | ApiError | Mapping[str, Any]
_Message: TypeAlias = Answer | RawText | ToolUse | ToolUses | Refusal
Reply: TypeAlias = Outcome | Callable[[dict[str, Any]], Outcome]


@dataclass
class RecordedRequest:
    """One request as the emulator received it."""

    path: str
    headers: CIMultiDict[str]
    json: Any
    status: int = 0
    usage: Any = None  # the usage a message answer reported (what the API bills)


@dataclass(frozen=True)
class _Segment:
    text: str
    cache_control: Mapping[str, Any] | None = None


@dataclass
class _Prompt:
    segments: list[_Segment] = field(default_factory=list)

    def tokens(self, upto: int | None = None) -> int:
        return _tokens(sum(len(s.text) for s in self.segments[:upto]))


def _tokens(chars: int) -> int:
    return math.ceil(chars / _CHARS_PER_TOKEN)


def default_answer(request: Mapping[str, Any]) -> dict[str, Any]:
    """Return a valid classification: the schema's first folder, P3, FYI Only, confidence 0.5.

    When the prompt's learned examples hold one from the email's sender, follow the newest of
    them instead, as a live model would (`sandbox.anthropic_learning`).
    """
    learned = learned_answer(request)
    if learned is not None:
        return learned
    schema = (request.get("output_config") or {}).get("format", {}).get("schema", {})
    folders = schema.get("properties", {}).get("folder", {}).get("enum") or ["Inbox"]
    return {
        "folder": folders[0],
        "priority": "P3 - Urgent Low",
        "action_type": "FYI Only",
        "confidence": 0.5,
        "reason": "Default emulator answer.",
    }


class AnthropicEmulator:
    """An in-process Claude Messages API (`/v1/messages`, `/v1/messages/count_tokens`)."""

    def __init__(self, *, latency: float = 0.0, api_keys: Collection[str] | None = None) -> None:
        self.latency = latency
        self.api_keys = set(api_keys) if api_keys is not None else None
        self.base_url = ""
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.peak_in_flight = 0
        # The client ends (host, port) of every TCP connection a request came over: one
        # client with one keep-alive pool reuses a connection, a second client opens another.
        self.connections: set[tuple[str, int]] = set()
        self._queue: deque[Reply] = deque()
        self._cache: set[str] = set()
        self._counter = 0
        # Output tokens a thinking model spends per effort level (see the module docstring).
        self.thinking_tokens: dict[str, int] = dict(THINKING_TOKENS)
        self.app = web.Application(client_max_size=32 * 1024 * 1024)
        self.app.router.add_post("/v1/messages", self._messages)
        self.app.router.add_post("/v1/messages/count_tokens", self._count_tokens)

    # ---- test API --------------------------------------------------------------------------------

    def enqueue(self, *replies: Reply) -> None:
        """Queue replies for the next /v1/messages calls, in order."""
        self._queue.extend(replies)

    @property
    def pending(self) -> int:
        """Return how many queued replies have not been used yet."""
        return len(self._queue)

    def message_bodies(self) -> list[Any]:
        """Return the JSON of every /v1/messages request, in order."""
        return [r.json for r in self.requests if r.path == "/v1/messages"]

    def clear_cache(self) -> None:
        """Forget every cached prefix (as if the TTL had passed)."""
        self._cache.clear()

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve over HTTP on a free port; yields (and stores) the base URL for the SDK."""
        runner = web.AppRunner(self.app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self.base_url = f"http://{host}:{runner.addresses[0][1]}"
        try:
            yield self.base_url
        finally:
            await runner.cleanup()

    # ---- handlers --------------------------------------------------------------------------------

    async def _messages(self, request: web.Request) -> web.Response:
        return await self._handle(request, count_only=False)

    async def _count_tokens(self, request: web.Request) -> web.Response:
        return await self._handle(request, count_only=True)

    async def _handle(self, request: web.Request, *, count_only: bool) -> web.Response:
        self._counter += 1
        request_id = f"req_emu_{self._counter:06d}"
        raw = await request.read()
        record = RecordedRequest(request.path, CIMultiDict(request.headers), None)
        self.requests.append(record)
        peer = request.transport.get_extra_info("peername") if request.transport else None
        if peer is not None:
            self.connections.add((str(peer[0]), int(peer[1])))
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            try:
                record.json = json.loads(raw) if raw else None
            except ValueError:
                record.json = raw.decode("utf-8", "replace")
                return self._error(
                    record,
                    ApiError.invalid_request("The request body is not valid JSON."),
                    request_id,
                )
            problem = self._auth_problem(request) or _request_problem(
                record.json, request.headers, count_only=count_only
            )
            if problem is not None:
                return self._error(record, problem, request_id)
            if count_only:
                record.status = 200
                return web.json_response({"input_tokens": _prompt(record.json).tokens()})
            reply = self._next_reply(record.json)
            if isinstance(reply, ApiError):
                return self._error(record, reply, request_id)
            record.status = 200
            message = self._message(record.json, reply, request_id.replace("req_", "msg_"))
            record.usage = message["usage"]
            return web.json_response(message, headers={"request-id": request_id})
        finally:
            self.in_flight -= 1

    def _auth_problem(self, request: web.Request) -> ApiError | None:
        key = request.headers.get("x-api-key", "").strip()
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if not key and scheme.lower() == "bearer":
            key = token.strip()
        if not key or (self.api_keys is not None and key not in self.api_keys):
            return ApiError(401, "authentication_error", "invalid x-api-key")
        return None

    def _next_reply(self, body: dict[str, Any]) -> _Message | ApiError:
        reply: Reply = self._queue.popleft() if self._queue else default_answer
        if callable(reply):
            reply = reply(body)
        if isinstance(reply, Answer | RawText | ToolUse | ToolUses | Refusal | ApiError):
            return reply
        return Answer(dict(reply))

    def _error(self, record: RecordedRequest, error: ApiError, request_id: str) -> web.Response:
        record.status = error.status
        headers = {"request-id": request_id}
        if error.retry_after is not None:
            headers["retry-after"] = str(max(1, math.ceil(error.retry_after)))
            headers["retry-after-ms"] = str(round(error.retry_after * 1000, 3))
        if error.should_retry is not None:
            headers["x-should-retry"] = "true" if error.should_retry else "false"
        body = {
            "type": "error",
            "error": {"type": error.type, "message": error.message},
            "request_id": request_id,
        }
        return web.json_response(body, status=error.status, headers=headers)

    # ---- the answer ------------------------------------------------------------------------------

    def _message(self, body: dict[str, Any], reply: _Message, message_id: str) -> dict[str, Any]:
        content: list[dict[str, Any]] = []
        stop_details: dict[str, Any] | None = None
        if isinstance(reply, Answer | RawText) and reply.thinking is not None:
            content.append({"type": "thinking", "thinking": reply.thinking, "signature": "sig_emu"})
        if isinstance(reply, Answer):
            content.append({"type": "text", "text": json.dumps(reply.data)})
            stop_reason = reply.stop_reason
        elif isinstance(reply, RawText):
            content.append({"type": "text", "text": reply.text})
            stop_reason = reply.stop_reason
        elif isinstance(reply, ToolUse | ToolUses):
            calls = (reply,) if isinstance(reply, ToolUse) else reply.calls
            if isinstance(reply, ToolUse) and reply.thinking is not None:
                content.append(
                    {"type": "thinking", "thinking": reply.thinking, "signature": "sig_emu"}
                )
            if reply.text:
                content.append({"type": "text", "text": reply.text})
            for call in calls:
                self._counter += 1
                content.append(
                    {
                        "type": "tool_use",
                        "id": call.id or f"toolu_emu_{self._counter:06d}",
                        "name": call.name,
                        "input": dict(call.input),
                    }
                )
            stop_reason = "tool_use"
        else:
            if reply.partial_text:
                content.append({"type": "text", "text": reply.partial_text})
            stop_reason = "refusal"
            stop_details = {
                "type": "refusal",
                "category": reply.category,
                "explanation": reply.explanation,
            }
        output_tokens = sum(
            _tokens(
                len(block.get("text", ""))
                + len(block.get("thinking", ""))
                + (len(json.dumps(block["input"])) if "input" in block else 0)
            )
            for block in content
        )
        thought = (
            self._thinking_spend(body)
            if isinstance(reply, Answer | RawText) and reply.thinking is None
            else 0
        )
        if thought:
            # Display "omitted" (the 5.5 default): the block is there, its text is not.
            content.insert(0, {"type": "thinking", "thinking": "", "signature": "sig_emu"})
            output_tokens += thought
        limit = body.get("max_tokens")
        if isinstance(limit, int) and output_tokens > limit and stop_reason == "end_turn":
            content = _cut(content, room=limit - thought)
            stop_reason, output_tokens = "max_tokens", limit
        return {
            "id": message_id,
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "stop_details": stop_details,
            "usage": self._usage(body, max(1, output_tokens)),
        }

    def _thinking_spend(self, body: dict[str, Any]) -> int:
        """Return the output tokens the model thinks before answering this request."""
        spec = model_spec(str(body["model"]))
        if (body.get("thinking") or {}).get("type") == "disabled":
            return 0
        if spec is None or not spec.thinks_by_default:
            return 0
        effort = (body.get("output_config") or {}).get("effort") or spec.default_effort
        return self.thinking_tokens.get(str(effort), 0)

    def _usage(self, body: dict[str, Any], output_tokens: int) -> dict[str, Any]:
        prompt = _prompt(body)
        total = prompt.tokens()
        segments = prompt.segments
        spec = model_spec(body["model"])
        minimum = spec.min_cacheable_tokens if spec is not None else 0
        marks = [i for i, s in enumerate(segments) if s.cache_control]
        # The longest prefix cached at one of this request's breakpoints is read, and the prefix
        # up to each later breakpoint is written. (The API also looks back up to 20 blocks from
        # each breakpoint; not doing so here can only under-report reads.)
        hit = next(
            (
                b
                for b in reversed(marks)
                if _prefix_key(body["model"], segments[: b + 1]) in self._cache
            ),
            None,
        )
        read = prompt.tokens(hit + 1) if hit is not None else 0
        writable = [
            b for b in marks if (hit is None or b > hit) and prompt.tokens(b + 1) >= minimum
        ]
        created = 0
        ttl = "5m"
        if writable:
            created = prompt.tokens(writable[-1] + 1) - read
            ttl = str(segments[writable[-1]].cache_control.get("ttl", "5m"))  # type: ignore[union-attr]
            self._cache.update(_prefix_key(body["model"], segments[: b + 1]) for b in writable)
        return {
            "input_tokens": total - created - read,
            "output_tokens": output_tokens,
            "cache_creation_input_tokens": created,
            "cache_read_input_tokens": read,
            "cache_creation": {
                "ephemeral_5m_input_tokens": created if ttl != "1h" else 0,
                "ephemeral_1h_input_tokens": created if ttl == "1h" else 0,
            },
            "service_tier": "standard",
        }


# ---- request checks and prompt layout ------------------------------------------------------------


def _cut(content: list[dict[str, Any]], *, room: int) -> list[dict[str, Any]]:
    """Return `content` as far as `room` output tokens after the thinking reach."""
    kept: list[dict[str, Any]] = []
    for block in content:
        if block["type"] == "thinking":
            kept.append(block)
        elif block["type"] == "text" and room > 0:
            text = block["text"][: room * _CHARS_PER_TOKEN]
            room -= _tokens(len(text))
            kept.append({**block, "text": text})
    return kept


def _bad(message: str) -> ApiError:
    return ApiError.invalid_request(message)


def _request_problem(body: Any, headers: Mapping[str, str], *, count_only: bool) -> ApiError | None:
    if not headers.get("anthropic-version"):
        return _bad("anthropic-version: header is required")
    if not isinstance(body, dict):
        return _bad("The request body must be a JSON object.")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        return _bad("model: Field required")
    if not count_only and not isinstance(body.get("max_tokens"), int):
        return _bad("max_tokens: Field required")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return _bad("messages: at least one message is required")
    problem = (
        unknown_field_problem(body, count_only=count_only)
        or nested_field_problem(body)
        or cache_control_problem(body)
        or ttl_order_problem(body)
    )
    if problem:
        return _bad(problem)
    spec = model_spec(model)
    if spec is None:
        return ApiError(404, "not_found_error", f"model: {model}")
    problem = max_tokens_problem(body, model, spec) or breakpoints_problem(body)
    if problem:
        return _bad(problem)
    if headers.get("anthropic-version", "") >= CURRENT_API_VERSION:
        for param in _SAMPLING_PARAMS:
            if param in body:
                return _bad(f"{param}: sampling parameters are not supported on {model}; remove it")
    choice = body.get("tool_choice") or {}
    if choice.get("type") in ("any", "tool") and not spec.forced_tool_choice:
        return _bad(
            f"tool_choice: forced tool use ({choice['type']!r}) is not supported on {model}; "
            "use tool_choice auto with a strict tool, or output_config.format"
        )
    thinking = body.get("thinking") or {}
    if thinking.get("type") == "disabled" and not spec.thinking_can_be_disabled:
        return _bad(f"thinking: thinking cannot be disabled on {model}")
    if thinking.get("type") == "enabled" and not spec.manual_thinking:
        return _bad(
            f"thinking.budget_tokens: manual thinking is not supported on {model}; use adaptive"
        )
    if (
        not spec.assistant_prefill
        and isinstance(messages[-1], dict)
        and messages[-1].get("role") == "assistant"
    ):
        return _bad(f"messages: assistant prefill is not supported on {model}")
    problem = _tools_problem(body.get("tools")) or _tool_loop_problem(messages)
    if problem:
        return _bad(problem)
    fmt = (body.get("output_config") or {}).get("format")
    if fmt is not None:
        if fmt.get("type") != "json_schema" or not isinstance(fmt.get("schema"), dict):
            return _bad("output_config.format: expected {type: 'json_schema', schema: {...}}")
        problem = _schema_problem(fmt["schema"], "output_config.format.schema")
        if problem:
            return _bad(problem)
    return None


def _tools_problem(tools: Any) -> str | None:
    if tools is None:
        return None
    if not isinstance(tools, list):
        return "tools: Input should be a valid list"
    for i, tool in enumerate(tools):
        if not isinstance(tool, dict) or not re.fullmatch(
            r"[a-zA-Z0-9_-]{1,128}", str(tool.get("name", ""))
        ):
            return f"tools.{i}.name: String should match pattern '^[a-zA-Z0-9_-]{{1,128}}$'"
        schema = tool.get("input_schema")
        if not isinstance(schema, dict) or schema.get("type") != "object":
            return f"tools.{i}.input_schema.type: Input should be 'object'"
    return None


def _blocks(message: Any) -> list[dict[str, Any]]:
    content = message.get("content") if isinstance(message, dict) else None
    return [b for b in content if isinstance(b, dict)] if isinstance(content, list) else []


def _tool_loop_problem(messages: list[Any]) -> str | None:
    """Check the pairing the API enforces between tool_use and tool_result blocks."""
    for i, message in enumerate(messages):
        role = message.get("role") if isinstance(message, dict) else None
        blocks = _blocks(message)
        if role == "assistant":
            calls = [b.get("id") for b in blocks if b.get("type") == "tool_use"]
            following = messages[i + 1] if i + 1 < len(messages) else None
            answered = {
                b.get("tool_use_id")
                for b in _blocks(following)
                if isinstance(following, dict) and following.get("role") == "user"
                if b.get("type") == "tool_result"
            }
            missing = [str(c) for c in calls if c not in answered]
            if missing:
                return (
                    f"messages.{i}: `tool_use` ids were found without `tool_result` blocks "
                    f"immediately after: {', '.join(missing)}. Each `tool_use` block must have a "
                    "corresponding `tool_result` block in the next message."
                )
            continue
        previous = messages[i - 1] if i > 0 else None
        offered = {
            b.get("id")
            for b in _blocks(previous)
            if isinstance(previous, dict) and previous.get("role") == "assistant"
            if b.get("type") == "tool_use"
        }
        seen_other = False
        for j, block in enumerate(blocks):
            if block.get("type") != "tool_result":
                seen_other = True
                continue
            if seen_other:
                return (
                    f"messages.{i}.content.{j}: `tool_result` blocks must come first in the "
                    "user message content, before any other block"
                )
            if block.get("tool_use_id") not in offered:
                return (
                    f"messages.{i}.content.{j}: unexpected `tool_use_id` found in `tool_result` "
                    f"blocks: {block.get('tool_use_id')}. Each `tool_result` block must have a "
                    "corresponding `tool_use` block in the previous message."
                )
    return None


def _schema_problem(schema: Any, where: str) -> str | None:
    if isinstance(schema, list):
        for i, item in enumerate(schema):
            problem = _schema_problem(item, f"{where}[{i}]")
            if problem:
                return problem
        return None
    if not isinstance(schema, dict):
        return None
    is_object = schema.get("type") == "object" or "properties" in schema
    if is_object and schema.get("additionalProperties") is not False:
        return f"{where}: For 'object' type, 'additionalProperties' must be explicitly set to false"
    for keyword in _UNSUPPORTED_SCHEMA_KEYWORDS:
        if keyword in schema and isinstance(schema[keyword], int | float):
            return f"{where}: '{keyword}' is not supported in structured output schemas"
    for key, value in schema.items():
        if key in ("enum", "const", "required", "description", "title"):
            continue
        problem = _schema_problem(value, f"{where}.{key}")
        if problem:
            return problem
    return None


def _block_text(block: Any) -> tuple[str, Mapping[str, Any] | None]:
    if not isinstance(block, dict):
        return str(block), None
    cache_control = block.get("cache_control")
    if block.get("type") == "text":
        return str(block.get("text", "")), cache_control
    rest = {k: v for k, v in block.items() if k != "cache_control"}
    return json.dumps(rest, sort_keys=True), cache_control


def _prompt(body: dict[str, Any]) -> _Prompt:
    prompt = _Prompt()
    fmt = (body.get("output_config") or {}).get("format")
    if fmt is not None:
        prompt.segments.append(_Segment(json.dumps(fmt, sort_keys=True)))
    for tool in body.get("tools") or []:
        prompt.segments.append(_Segment(*_block_text({**tool, "type": "tool"})))
    system = body.get("system")
    if isinstance(system, str):
        prompt.segments.append(_Segment(system))
    elif isinstance(system, list):
        prompt.segments.extend(_Segment(*_block_text(block)) for block in system)
    for message in body.get("messages") or []:
        content = message.get("content") if isinstance(message, dict) else message
        if isinstance(content, str):
            prompt.segments.append(_Segment(content))
        elif isinstance(content, list):
            prompt.segments.extend(_Segment(*_block_text(block)) for block in content)
    automatic = body.get("cache_control")
    if automatic and prompt.segments:
        last = prompt.segments[-1]
        prompt.segments[-1] = _Segment(last.text, automatic)
    return prompt


def _prefix_key(model: str, segments: list[_Segment]) -> str:
    payload = json.dumps([model, [s.text for s in segments]])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
