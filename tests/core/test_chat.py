"""The DM assistant's loop: the real SDK over HTTP against the Anthropic emulator, a real runtime
over the Graph emulator. History, windows, caching, errors and the offline answers."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import anthropic
import pytest

from bot.messages import CHAT_WORDS, chat_text
from core.assistant.chat import ChatAssistant, build_chat_assistant, clean_window
from core.assistant.replies import ReplyKind
from core.assistant.tools import UNTRUSTED_CLOSE, UNTRUSTED_OPEN, chat_operations
from core.runtime import Runtime
from core.store import ChatTurn
from core.triage.thinking import THINKING_ALLOWANCE_TOKENS
from core.triage.views import SuggestionView
from sandbox.anthropic_emulator import (
    AnthropicEmulator,
    ApiError,
    RawText,
    Refusal,
    ToolUse,
    ToolUses,
)
from sandbox.anthropic_models import MODELS

MODEL = "claude-haiku-5-5"


@pytest.fixture
def runtime(owner_runtime: Runtime) -> Runtime:
    return owner_runtime


@pytest.fixture
async def claude() -> AsyncIterator[AnthropicEmulator]:
    emu = AnthropicEmulator(api_keys={"test-key"})
    async with emu.serve():
        yield emu


@pytest.fixture
async def client(claude) -> AsyncIterator[anthropic.AsyncAnthropic]:
    sdk = anthropic.AsyncAnthropic(api_key="test-key", base_url=claude.base_url, max_retries=0)
    yield sdk
    await sdk.close()


def make_assistant(runtime: Runtime, client, **options) -> ChatAssistant:
    return ChatAssistant(
        client=client,
        model=MODEL,
        store=runtime.store,
        triage=runtime.triage,
        runtime_ops=chat_operations(runtime),
        **options,
    )


@pytest.fixture
def assistant(runtime, client) -> ChatAssistant:
    return make_assistant(runtime, client)


async def deliver(runtime: Runtime, emulator, *mails: dict) -> list[SuggestionView]:
    """Put mail in the emulated Inbox, run a triage pass, return the pending suggestions."""
    for mail in mails:
        emulator.add_message(**mail)
    await runtime.triage.refresh()
    return await runtime.triage.list_pending()


def writes(emulator) -> list:
    return [r for r in emulator.requests if r.method != "GET"]


def tool_results(body: dict) -> list[dict]:
    return [b for b in body["messages"][-1]["content"] if b.get("type") == "tool_result"]


def answering(text: str, seen: list):
    """A scripted Claude turn that records the request it answers."""

    def reply(body):
        seen.append(body)
        return RawText(text)

    return reply


INVOICE = {
    "subject": "Invoice 42 due Friday",
    "sender_name": "Ana",
    "sender_address": "ana@x.example",
}
LUNCH = {"subject": "Lunch?", "sender_name": "Bo", "sender_address": "bo@y.example"}


# --- the loop ------------------------------------------------------------------------------------


async def test_a_question_is_answered_with_a_tool_call_then_text(
    runtime, emulator, assistant, claude
):
    [first, second] = await deliver(
        runtime, emulator, {**INVOICE, "body": "Please pay the attached invoice. " * 50}, LUNCH
    )
    seen: list = []
    claude.enqueue(ToolUse("list_pending", {}), answering("Two: the invoice and lunch.", seen))

    reply = await assistant.handle("D1", "what is pending?", actor="U1")

    assert chat_text(reply) == "Two: the invoice and lunch." and reply.proposal is None
    [result] = tool_results(seen[0])
    content = result["content"]
    assert not result.get("is_error")
    assert content.index(UNTRUSTED_OPEN) < content.index('"Invoice 42 due Friday"')
    assert content.index("Ana &lt;ana@x.example&gt;") < content.index(UNTRUSTED_CLOSE)
    assert f"#{first.suggestion_id} |" in content and f"#{second.suggestion_id} |" in content
    assert "attached invoice" not in content  # subject and sender only, never the body
    request = claude.message_bodies()[0]
    assert request["tool_choice"] == {"type": "auto"}
    assert {t["name"] for t in request["tools"]} >= {"list_pending", "approve_suggestions"}
    assert not {"temperature", "top_p", "top_k"} & set(request)
    assert request["thinking"] == {"type": "disabled"}  # Haiku: short answers, no thinking
    assert request["system"][0]["cache_control"] == {"type": "ephemeral"}


async def test_history_is_stored_and_replayed_with_a_byte_identical_prefix(
    runtime, emulator, assistant, claude
):
    await deliver(runtime, emulator, INVOICE)
    claude.enqueue(ToolUse("status", {}), RawText("1 pending."), RawText("You're welcome."))

    await assistant.handle("D1", "status?", actor="U1")
    await assistant.handle("D1", "thanks", actor="U1")

    turns = await runtime.store.recent_chat_turns("D1", limit=50)
    assert [t.role for t in turns] == ["user", "assistant"] * 3
    assert turns[1].content[0]["type"] == "tool_use"
    assert turns[2].content[0]["type"] == "tool_result"
    first, _, third = claude.message_bodies()
    assert first["system"] == third["system"]
    assert json.dumps(first["tools"]) == json.dumps(third["tools"])
    replayed = [b["type"] for m in third["messages"] for b in m["content"]]
    assert replayed == ["text", "tool_use", "tool_result", "text", "text"]
    assert third["messages"][-1]["content"][-1]["text"] == "thanks"
    # The fixed prefix (tools + system, about 1.5k tokens) is written once and then read.
    assert assistant.stats.calls == 3 and assistant.stats.cache_read_input_tokens > 0


async def test_the_window_starts_at_an_owner_message_never_at_an_orphaned_tool_result(
    runtime, client, claude
):
    store = runtime.store
    await store.add_chat_turn("D1", "user", [{"type": "text", "text": "Q1"}])
    call = {"type": "tool_use", "id": "toolu_1", "name": "status", "input": {}}
    await store.add_chat_turn("D1", "assistant", [call])
    result = {"type": "tool_result", "tool_use_id": "toolu_1", "content": "ok"}
    await store.add_chat_turn("D1", "user", [result])
    for role, text in (("assistant", "A1"), ("user", "Q2"), ("assistant", "A2")):
        await store.add_chat_turn("D1", role, [{"type": "text", "text": text}])
    claude.enqueue(RawText("A3"))
    assistant = make_assistant(runtime, client, window=5)  # the cut falls on the tool_result

    reply = await assistant.handle("D1", "Q3", actor="U1")

    assert chat_text(reply) == "A3"
    [body] = claude.message_bodies()
    texts = [(m["role"], [b.get("text") for b in m["content"]]) for m in body["messages"]]
    assert texts == [("user", ["Q2"]), ("assistant", ["A2"]), ("user", ["Q3"])]


def test_clean_window_drops_dangling_calls_and_orphan_results_and_merges_roles():
    call = {"type": "tool_use", "id": "t1", "name": "status", "input": {}}
    turns = [
        ChatTurn("assistant", [{"type": "text", "text": "stray"}]),
        ChatTurn("user", [{"type": "text", "text": "Q1"}]),
        ChatTurn("assistant", [{"type": "text", "text": "let me see"}, call]),  # crashed here
        ChatTurn("user", [{"type": "text", "text": "Q2"}]),
        ChatTurn("user", [{"type": "tool_result", "tool_use_id": "t9", "content": "x"}]),
    ]

    messages = clean_window(turns)

    assert messages == [
        {"role": "user", "content": [{"type": "text", "text": "Q1"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "let me see"}]},
        {"role": "user", "content": [{"type": "text", "text": "Q2"}]},
    ]


async def test_thinking_comes_first_is_replayed_inside_the_loop_but_not_stored(
    runtime, assistant, claude
):
    seen: list = []
    claude.enqueue(
        ToolUse("status", {}, thinking="The owner wants numbers.", text="Checking."),
        answering("All quiet.", seen),
    )

    reply = await assistant.handle("D1", "anything new?", actor="U1")

    assert chat_text(reply) == "All quiet."
    assistant_turn = seen[0]["messages"][-2]
    assert [b["type"] for b in assistant_turn["content"]] == ["thinking", "text", "tool_use"]
    stored = await runtime.store.recent_chat_turns("D1", limit=10)
    assert [b["type"] for b in stored[1].content] == ["text", "tool_use"]


async def test_after_the_last_tool_round_claude_must_answer_in_words(runtime, client, claude):
    assistant = make_assistant(runtime, client, max_tool_rounds=2)
    seen: list = []
    claude.enqueue(ToolUse("status", {}), ToolUse("status", {}), answering("Done looking.", seen))

    reply = await assistant.handle("D1", "dig deep", actor="U1")

    assert chat_text(reply) == "Done looking."
    choices = [b["tool_choice"] for b in claude.message_bodies()]
    assert choices == [{"type": "auto"}, {"type": "auto"}, {"type": "none"}]


@pytest.mark.parametrize("model", sorted(MODELS))
async def test_every_model_takes_our_tool_loop(runtime, client, claude, model):
    assistant = ChatAssistant(
        client=client,
        model=model,
        store=runtime.store,
        triage=runtime.triage,
        runtime_ops=chat_operations(runtime),
        max_tool_rounds=1,
    )
    claude.enqueue(ToolUse("status", {}), RawText("All quiet."))

    reply = await assistant.handle("D1", "anything new?", actor="U1")

    assert chat_text(reply) == "All quiet."
    assert [r.status for r in claude.requests] == [200, 200]


async def test_a_tool_input_that_fails_validation_goes_back_as_an_error_result(
    runtime, assistant, claude
):
    seen: list = []
    claude.enqueue(
        ToolUses(
            (
                ToolUse("explain_suggestion", {"suggestion_id": "twelve"}),
                ToolUse("list_pending", {"limit": 5, "everything": True}),
                ToolUse("delete_mailbox", {}),
            )
        ),
        answering("Sorry, let me try that differently.", seen),
    )

    reply = await assistant.handle("D1", "explain twelve", actor="U1")

    assert chat_text(reply) == "Sorry, let me try that differently."
    results = tool_results(seen[0])
    assert [r.get("is_error") for r in results] == [True, True, True]
    assert "Invalid input for explain_suggestion: suggestion_id" in results[0]["content"]
    assert "everything: Extra inputs are not permitted" in results[1]["content"]
    assert "There is no tool 'delete_mailbox'" in results[2]["content"]


# --- failures and the offline mode ----------------------------------------------------------------


async def test_an_overloaded_claude_gets_an_apology_and_the_question_is_kept(
    runtime, assistant, claude
):
    claude.enqueue(ApiError.overloaded(), RawText("Now I can answer."))

    reply = await assistant.handle("D1", "what is pending?", actor="U1")
    again = await assistant.handle("D1", "and now?", actor="U1")

    assert "busy" in chat_text(reply) and reply.proposal is None
    assert chat_text(again) == "Now I can answer."
    replayed = [b["text"] for m in claude.message_bodies()[1]["messages"] for b in m["content"]]
    assert replayed[0] == "what is pending?" and replayed[-1] == "and now?"


async def test_a_rejected_api_key_is_named_in_the_apology(runtime, claude):
    sdk = anthropic.AsyncAnthropic(api_key="wrong", base_url=claude.base_url, max_retries=0)
    try:
        reply = await make_assistant(runtime, sdk).handle("D1", "hi", actor="U1")
    finally:
        await sdk.close()

    assert "ANTHROPIC_API_KEY" in chat_text(reply)


async def test_a_refusal_becomes_a_short_answer(runtime, assistant, claude):
    claude.enqueue(Refusal(explanation="policy"))

    reply = await assistant.handle("D1", "hmm", actor="U1")

    assert chat_text(reply) == "Claude declined to answer that one."


async def test_without_a_key_status_and_pending_still_work(runtime, emulator):
    await deliver(runtime, emulator, INVOICE)
    offline = make_assistant(runtime, None)
    before = len(writes(emulator))

    status = await offline.handle("D1", "status", actor="U1")
    pending = await offline.handle("D1", "Pending?", actor="U1")
    other = await offline.handle("D1", "approve everything", actor="U1")

    assert status.kind is ReplyKind.OFFLINE and status.status is not None
    assert status.status.pending == 1, "the status report itself, worded by the front end"
    assert "1 pending" in chat_text(status)
    assert '"Invoice 42 due Friday" from Ana' in chat_text(pending)
    assert chat_text(other) == CHAT_WORDS[
        ReplyKind.NO_KEY_HELP
    ] and "ANTHROPIC_API_KEY" in chat_text(other)
    assert len(writes(emulator)) == before
    assert await runtime.store.recent_chat_turns("D1", limit=5) == []


async def test_the_built_assistant_chats_with_the_classifier_model(runtime, client, claude):
    claude.enqueue(RawText("Hello."))
    built = build_chat_assistant(runtime, client)

    reply = await built.handle("D1", "hi", actor="U1")

    assert chat_text(reply) == "Hello."
    assert claude.message_bodies()[0]["model"] == runtime.settings.classifier.model
    offline = await build_chat_assistant(runtime, None).handle("D1", "hi", actor="U1")
    assert chat_text(offline) == CHAT_WORDS[ReplyKind.NO_KEY_HELP]


async def test_a_model_that_always_thinks_answers_in_full(runtime, client, claude):
    assistant = ChatAssistant(
        client=client,
        model="claude-opus-5-5",
        store=runtime.store,
        triage=runtime.triage,
        runtime_ops=chat_operations(runtime),
    )
    claude.enqueue(RawText("Nothing is pending."))  # the emulator thinks first, as Opus does

    reply = await assistant.handle("D1", "anything pending?", actor="U1")

    assert chat_text(reply) == "Nothing is pending."
    [request] = claude.message_bodies()
    assert "thinking" not in request and request["output_config"] == {"effort": "low"}
    assert request["max_tokens"] == 1024 + THINKING_ALLOWANCE_TOKENS
