"""The Anthropic emulator: request checks the real API makes, replies, usage and prompt caching."""

from __future__ import annotations

import ast
import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import anthropic
import pytest

import sandbox
from sandbox.anthropic_emulator import Answer, AnthropicEmulator, ApiError, RawText, Refusal
from sandbox.anthropic_models import MODELS

HEADERS = {"x-api-key": "k", "anthropic-version": "2026-10-21"}
SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"folder": {"type": "string", "enum": ["Areas/Sales", "Inbox"]}},
    "required": ["folder"],
}
LONG_SYSTEM = "Rules for the classifier. " * 120  # ~3,000 chars, ~750 tokens


def body(**fields):
    base = {
        "model": "claude-haiku-5-5",
        "max_tokens": 100,
        "messages": [{"role": "user", "content": "Classify: hello"}],
    }
    return {**base, **fields}


@pytest.fixture
async def emu() -> AsyncIterator[AnthropicEmulator]:
    emulator = AnthropicEmulator()
    async with emulator.serve():
        yield emulator


@pytest.fixture
async def post(emu):
    async with aiohttp.ClientSession() as session:

        async def send(payload, *, headers=HEADERS, path="/v1/messages"):
            async with session.post(emu.base_url + path, json=payload, headers=headers) as resp:
                return resp.status, resp.headers.copy(), await resp.json()

        yield send


# --- request checks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (body(temperature=0), "temperature: sampling parameters"),
        (body(top_p=0.9), "top_p"),
        (body(top_k=5), "top_k"),
        (
            body(model="claude-sonnet-5-5", tool_choice={"type": "any"}),
            "forced tool use ('any') is not supported on claude-sonnet-5-5",
        ),
        (body(model="claude-opus-5-5", tool_choice={"type": "tool", "name": "t"}), "forced"),
        (body(model="claude-fable-5-1", tool_choice={"type": "any"}), "forced"),
        (
            body(output_config={"format": {"type": "json_schema", "schema": {"type": "object"}}}),
            "'additionalProperties' must be explicitly set to false",
        ),
        (
            body(
                output_config={
                    "format": {
                        "type": "json_schema",
                        "schema": {
                            **SCHEMA,
                            "properties": {"x": {"type": "object", "properties": {}}},
                        },
                    }
                }
            ),
            "schema.properties.x: For 'object' type",
        ),
        (
            body(
                output_config={
                    "format": {
                        "type": "json_schema",
                        "schema": {**SCHEMA, "properties": {"c": {"type": "number", "maximum": 1}}},
                    }
                }
            ),
            "'maximum' is not supported",
        ),
        (body(model="claude-opus-5-5", thinking={"type": "disabled"}), "cannot be disabled"),
        (body(thinking={"type": "enabled", "budget_tokens": 2048}), "manual thinking"),
        (
            body(
                messages=[
                    {"role": "user", "content": "Classify"},
                    {"role": "assistant", "content": "{"},
                ]
            ),
            "assistant prefill",
        ),
        (body(max_tokens=None), "max_tokens: Field required"),
        (body(messages=[]), "at least one message"),
    ],
)
async def test_requests_the_real_api_rejects_get_a_400(emu, post, payload, words):
    status, headers, error = await post(payload)

    assert status == 400
    assert error["type"] == "error" and error["error"]["type"] == "invalid_request_error"
    assert words in error["error"]["message"]
    assert headers["request-id"] == error["request_id"]
    assert emu.pending == 0 and emu.requests[-1].status == 400


TOOL = {"name": "a", "input_schema": {"type": "object"}}


def tool_loop(result):
    """A user turn, a call of tool "a", and its result holding `result` as its one block."""
    return [
        {"role": "user", "content": "go"},
        {
            "role": "assistant",
            "content": [{"type": "tool_use", "id": "t1", "name": "a", "input": {}}],
        },
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "t1", "content": [result]}],
        },
    ]


def blocks(count, ttl=None):
    control = {"type": "ephemeral", **({"ttl": ttl} if ttl else {})}
    return [{"type": "text", "text": f"part {i}", "cache_control": control} for i in range(count)]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (body(temprature=0), "temprature: Extra inputs are not permitted"),
        (
            body(output_config={"effort": "low", "verbosity": "terse"}),
            "output_config.verbosity: Extra inputs are not permitted",
        ),
        (
            body(output_config={"effort": "minimal"}),
            "output_config.effort: Input should be 'low', 'medium', 'high', 'xhigh' or 'max'",
        ),
        (
            body(system=blocks(1, ttl="10m")),
            "system.0.cache_control.ephemeral.ttl: Input should be '5m' or '1h'",
        ),
        (
            body(messages=[{"role": "user", "content": blocks(2, ttl="24h")}]),
            "messages.0.content.0.text.cache_control.ephemeral.ttl: Input should be '5m' or '1h'",
        ),
        (
            body(cache_control={"type": "ephemeral", "ttl": 3600}),
            "cache_control.ephemeral.ttl: Input should be '5m' or '1h'",
        ),
        (
            body(system=[{"type": "text", "text": "s", "cache_control": {"type": "persistent"}}]),
            "system.0.cache_control.type: Input should be 'ephemeral'",
        ),
        (
            body(system=blocks(2), messages=[{"role": "user", "content": blocks(3)}]),
            "A maximum of 4 blocks with cache_control may be provided. Found 5.",
        ),
        (
            body(system=blocks(4), cache_control={"type": "ephemeral"}),
            "A maximum of 4 blocks with cache_control may be provided. Found 5.",
        ),
        (
            body(max_tokens=128_001),
            "max_tokens: 128001 > 128000, which is the maximum allowed number of output tokens "
            "for claude-haiku-5-5",
        ),
        (
            body(model="claude-haiku-4-5-20251001", max_tokens=64_001),
            "max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens "
            "for claude-haiku-4-5-20251001",
        ),
        (body(max_tokens=0), "max_tokens: Input should be greater than or equal to 1"),
        (
            body(model="claude-fable-5-1", thinking={"type": "disabled"}),
            "thinking: thinking cannot be disabled on claude-fable-5-1",
        ),
        (
            body(tools=[{**TOOL, "defer_loading": True}, {**TOOL, "name": "b", "hint": "x"}]),
            "tools.1.custom.hint: Extra inputs are not permitted",
        ),
        (
            body(messages=[{"role": "user", "content": "hi", "name": "owner"}]),
            "messages.0.name: Extra inputs are not permitted",
        ),
        (
            body(messages=[{"role": "user", "content": [{"type": "text", "text": "a", "b": 1}]}]),
            "messages.0.content.0.text.b: Extra inputs are not permitted",
        ),
        (
            body(system=[{"type": "text", "text": "rules", "ttl": "1h"}]),
            "system.0.ttl: Extra inputs are not permitted",
        ),
        (
            body(messages=tool_loop(result={"type": "text", "text": "ok", "is_error": False})),
            "messages.2.content.0.tool_result.content.0.text.is_error: Extra inputs are not "
            "permitted",
        ),
        (
            body(thinking={"type": "adaptive", "budget_tokens": 2000}),
            "thinking.adaptive.budget_tokens: Extra inputs are not permitted",
        ),
        (
            body(system=blocks(1), messages=[{"role": "user", "content": blocks(1, ttl="1h")}]),
            "messages.0.content.0.cache_control.ttl: a ttl='1h' cache_control block must not "
            "come after a ttl='5m' cache_control block. Note that blocks are processed in the "
            "following order: `tools`, `system`, `messages`.",
        ),
        (
            body(tools=[{**TOOL, "cache_control": {"type": "ephemeral"}}], system=blocks(1, "1h")),
            "system.0.cache_control.ttl: a ttl='1h' cache_control block must not come after a "
            "ttl='5m' cache_control block. Note that blocks are processed in the following "
            "order: `tools`, `system`, `messages`.",
        ),
        (
            body(system=blocks(1, ttl="5m"), cache_control={"type": "ephemeral", "ttl": "1h"}),
            "cache_control.ttl: a ttl='1h' cache_control block must not come after a ttl='5m' "
            "cache_control block. Note that blocks are processed in the following order: "
            "`tools`, `system`, `messages`.",
        ),
    ],
)
async def test_what_the_real_api_refuses_is_a_400_in_its_words(emu, post, payload, message):
    status, _, error = await post(payload)

    assert status == 400
    assert error["error"] == {"type": "invalid_request_error", "message": message}


async def test_the_limits_themselves_pass(post):
    for payload in (
        body(max_tokens=128_000),
        body(model="claude-haiku-4-5", max_tokens=64_000),
        body(system=blocks(2, ttl="1h"), messages=[{"role": "user", "content": blocks(2)}]),
        body(system=blocks(3), cache_control={"type": "ephemeral", "ttl": "5m"}),
        # Longer TTLs first is the allowed mix; every documented field of each part passes.
        body(system=blocks(1, ttl="1h"), messages=[{"role": "user", "content": blocks(1)}]),
        body(
            tools=[{**TOOL, "type": "custom", "description": "d", "strict": True}],
            thinking={"type": "adaptive", "display": "omitted"},
            messages=tool_loop(result={"type": "text", "text": "ok", "citations": None}),
        ),
        *(body(output_config={"effort": effort}) for effort in ("low", "xhigh", "max")),
        body(output_config={"effort": None}),
        body(metadata={"user_id": "u"}, stop_sequences=["END"], service_tier="auto"),
    ):
        status, _, error = await post(payload)
        assert status == 200, (payload, error)


async def test_an_unknown_model_is_a_404_as_the_api_answers(emu, post):
    status, _, error = await post(body(model="claude-haiku-5-5-latest"))

    assert status == 404
    assert error["error"] == {
        "type": "not_found_error",
        "message": "model: claude-haiku-5-5-latest",
    }


async def test_the_real_sdk_raises_on_each_refusal(emu):
    client = anthropic.AsyncAnthropic(api_key="k", base_url=emu.base_url, max_retries=0)
    try:
        with pytest.raises(anthropic.NotFoundError, match="model: claude-haiku-9"):
            await client.messages.create(**body(model="claude-haiku-9"))
        with pytest.raises(anthropic.BadRequestError) as caught:
            await client.messages.create(**body(output_config={"effort": "extreme"}))
        with pytest.raises(anthropic.BadRequestError, match="Extra inputs are not permitted"):
            await client.messages.create(**body(), extra_body={"temperature_mode": "cold"})
    finally:
        await client.close()
    assert caught.value.status_code == 400
    assert caught.value.body["error"]["type"] == "invalid_request_error"  # type: ignore[index]
    assert [r.status for r in emu.requests] == [404, 400, 400]


def test_the_model_table_is_the_emulators_own():
    """The emulator must not borrow the product's figures, or it could never catch them wrong."""
    sandbox_dir = Path(sandbox.__file__).parent
    for module in ("anthropic_emulator", "anthropic_models", "anthropic_request_rules"):
        tree = ast.parse((sandbox_dir / f"{module}.py").read_text())
        imported = [
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        ] + [
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        ]
        assert [name for name in imported if name.split(".")[0] == "core"] == [], module
    assert MODELS["claude-opus-5-5"].max_output_tokens == 128_000
    assert MODELS["claude-haiku-4-5"].min_cacheable_tokens == 4096


async def test_allowed_variants_pass(post):
    for payload in (
        body(tool_choice={"type": "any"}),  # Haiku still accepts forced tool use
        body(model="claude-sonnet-5-5", tool_choice={"type": "auto"}),
        body(thinking={"type": "disabled"}),
        body(output_config={"format": {"type": "json_schema", "schema": SCHEMA}}),
    ):
        status, _, _ = await post(payload)
        assert status == 200, payload
    status, _, _ = await post(
        body(temperature=0), headers={**HEADERS, "anthropic-version": "2023-06-01"}
    )
    assert status == 200


async def test_both_auth_headers_work_and_a_missing_key_is_401(emu, post):
    bearer = {"Authorization": "Bearer k", "anthropic-version": "2026-10-21"}
    assert (await post(body(), headers=bearer))[0] == 200
    assert (await post(body()))[0] == 200
    status, _, error = await post(body(), headers={"anthropic-version": "2026-10-21"})
    assert (status, error["error"]["type"]) == (401, "authentication_error")
    emu.api_keys = {"other"}
    assert (await post(body()))[0] == 401


# --- replies ------------------------------------------------------------------------------------


async def test_default_answer_uses_the_first_folder_of_the_schema(post):
    fmt = {"format": {"type": "json_schema", "schema": SCHEMA}}
    status, _, message = await post(body(output_config=fmt, thinking={"type": "disabled"}))

    assert status == 200 and message["stop_reason"] == "end_turn"
    (block,) = message["content"]
    answer = json.loads(block["text"])
    assert answer["folder"] == "Areas/Sales" and answer["priority"] == "P3 - Urgent Low"
    assert (answer["action_type"], answer["confidence"]) == ("FYI Only", 0.5)


async def test_queued_replies_come_back_in_order(emu, post):
    seen = []

    def remember_model(request):
        seen.append(request["model"])
        return {"folder": "Areas/Sales"}

    emu.enqueue(
        Answer({"folder": "Inbox"}, thinking="Let me think."),
        RawText("not json"),
        Refusal(category="cyber", explanation="policy"),
        ApiError.rate_limited(retry_after=2.5),
        remember_model,
    )

    replies = [await post(body(thinking={"type": "disabled"})) for _ in range(5)]

    thinking, text = replies[0][2]["content"]
    assert thinking["type"] == "thinking" and thinking["signature"]
    assert json.loads(text["text"]) == {"folder": "Inbox"}
    assert replies[1][2]["content"] == [{"type": "text", "text": "not json"}]
    refusal = replies[2][2]
    assert refusal["stop_reason"] == "refusal" and refusal["content"] == []
    assert refusal["stop_details"] == {
        "type": "refusal",
        "category": "cyber",
        "explanation": "policy",
    }
    status, headers, error = replies[3]
    assert status == 429 and error["error"]["type"] == "rate_limit_error"
    assert (headers["retry-after"], headers["retry-after-ms"]) == ("3", "2500.0")
    assert json.loads(replies[4][2]["content"][0]["text"]) == {"folder": "Areas/Sales"}
    assert seen == ["claude-haiku-5-5"] and emu.pending == 0


async def test_the_real_sdk_sees_errors_as_its_own_exception_types(emu):
    emu.enqueue(ApiError.overloaded(), ApiError.invalid_request("bad"), Answer({"folder": "Inbox"}))
    client = anthropic.AsyncAnthropic(api_key="k", base_url=emu.base_url, max_retries=0)
    try:
        with pytest.raises(anthropic.OverloadedError):
            await client.messages.create(**body())
        with pytest.raises(anthropic.BadRequestError, match="bad"):
            await client.messages.create(**body())
        message = await client.messages.create(**body(thinking={"type": "disabled"}))
    finally:
        await client.close()
    assert message.content[0].type == "text" and message.usage.input_tokens > 0
    assert emu.requests[0].headers["Authorization"] == "Bearer k"


# --- usage and caching --------------------------------------------------------------------------


def cached_body(system_text=LONG_SYSTEM, model="claude-haiku-5-5", email="hello", ttl=None):
    control = {"type": "ephemeral", **({"ttl": ttl} if ttl else {})}
    return body(
        model=model,
        system=[{"type": "text", "text": system_text, "cache_control": control}],
        messages=[{"role": "user", "content": f"Classify: {email}"}],
    )


async def test_prefix_is_written_once_then_read(post):
    _, _, first = await post(cached_body(email="one"))
    _, _, second = await post(cached_body(email="a different, longer email"))
    _, _, changed = await post(cached_body(system_text=LONG_SYSTEM + "x"))

    written = first["usage"]["cache_creation_input_tokens"]
    assert written == len(LONG_SYSTEM) // 4 and first["usage"]["cache_read_input_tokens"] == 0
    assert first["usage"]["cache_creation"]["ephemeral_5m_input_tokens"] == written
    assert second["usage"]["cache_read_input_tokens"] == written
    assert second["usage"]["cache_creation_input_tokens"] == 0
    assert second["usage"]["input_tokens"] > first["usage"]["input_tokens"] > 0
    assert changed["usage"]["cache_creation_input_tokens"] > 0


async def test_short_prefixes_and_haiku_4_5_are_not_cached(post):
    _, _, short = await post(cached_body(system_text="Too short to cache."))
    _, _, old_haiku = await post(cached_body(model="claude-haiku-4-5"))
    _, _, again = await post(cached_body(model="claude-haiku-4-5"))

    for message in (short, old_haiku, again):
        usage = message["usage"]
        assert usage["cache_creation_input_tokens"] == usage["cache_read_input_tokens"] == 0
    assert old_haiku["usage"]["input_tokens"] > 700


async def test_one_hour_ttl_top_level_breakpoint_and_clear_cache(emu, post):
    _, _, hour = await post(cached_body(ttl="1h"))
    assert hour["usage"]["cache_creation"] == {
        "ephemeral_5m_input_tokens": 0,
        "ephemeral_1h_input_tokens": hour["usage"]["cache_creation_input_tokens"],
    }
    automatic = body(system=LONG_SYSTEM, cache_control={"type": "ephemeral"})
    _, _, first = await post(automatic)
    _, _, second = await post(automatic)
    assert first["usage"]["cache_creation_input_tokens"] > 0
    assert (
        second["usage"]["cache_read_input_tokens"] == first["usage"]["cache_creation_input_tokens"]
    )
    emu.clear_cache()
    _, _, cleared = await post(automatic)
    assert cleared["usage"]["cache_read_input_tokens"] == 0


async def test_count_tokens_validates_and_counts(post):
    status, _, counted = await post(
        {k: v for k, v in cached_body().items() if k != "max_tokens"},
        path="/v1/messages/count_tokens",
    )
    assert status == 200 and counted["input_tokens"] > len(LONG_SYSTEM) // 4
    count_body = {k: v for k, v in body(model="claude-opus-5-5").items() if k != "max_tokens"}
    status, _, error = await post(
        {**count_body, "tool_choice": {"type": "any"}}, path="/v1/messages/count_tokens"
    )
    assert status == 400 and "forced tool use" in error["error"]["message"]
    status, _, error = await post(body(), path="/v1/messages/count_tokens")
    assert status == 400
    assert error["error"]["message"] == "max_tokens: Extra inputs are not permitted"
    status, _, error = await post(
        {**count_body, "model": "claude-nope-1"}, path="/v1/messages/count_tokens"
    )
    assert (status, error["error"]["message"]) == (404, "model: claude-nope-1")


async def test_latency_and_peak_in_flight(emu, post):
    emu.latency = 0.05

    await asyncio.gather(*(post(body()) for _ in range(4)))

    assert emu.peak_in_flight == 4 and emu.in_flight == 0
    assert [r.status for r in emu.requests] == [200] * 4


# --- thinking spends max_tokens -----------------------------------------------------------------


async def test_a_thinking_model_spends_its_effort_before_the_answer(emu, post):
    request = body(model="claude-sonnet-5-5", max_tokens=4096, output_config={"effort": "low"})
    status, _, message = await post(request)

    assert status == 200 and message["stop_reason"] == "end_turn"
    thinking, text = message["content"]
    assert thinking["type"] == "thinking" and text["type"] == "text"
    assert message["usage"]["output_tokens"] > emu.thinking_tokens["low"]


async def test_thinking_past_max_tokens_ends_in_a_max_tokens_stop(post):
    # Sonnet 5.5 thinks at effort high unless told otherwise.
    status, _, message = await post(body(model="claude-sonnet-5-5", max_tokens=512))

    assert status == 200 and message["stop_reason"] == "max_tokens"
    assert [b["type"] for b in message["content"]] == ["thinking"]
    assert message["usage"]["output_tokens"] == 512


async def test_disabled_thinking_spends_nothing_and_a_long_answer_is_cut(emu, post):
    emu.enqueue(RawText("x" * 400))
    _, _, message = await post(body(max_tokens=64, thinking={"type": "disabled"}))

    assert message["stop_reason"] == "max_tokens"
    assert message["content"] == [{"type": "text", "text": "x" * 256}]
