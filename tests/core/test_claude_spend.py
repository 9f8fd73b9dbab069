"""All of Claude's spend counts towards classifier.daily_budget_usd: classification, the DM
conversation and nudge drafts, kept in the store across restarts; and the calls in flight are
reserved so concurrent classifications cannot overshoot the budget together.

A real runtime (built from a config file, with an API key) talks over HTTP to the Graph emulator
and the Anthropic emulator; the emulator reports usage the way the API bills it, and each test
prices that usage independently of the product's own counters.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot import messages
from bot.slack.blocks.status_builder import status_message
from core.assistant.chat import build_chat_assistant, clean_window
from core.assistant.replies import ReplyKind
from core.config.settings import Secrets, Settings, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from core.status import gather_status
from core.store import Store
from core.triage.budget import ClaudeBudget
from core.triage.classification import Usage
from core.triage.pricing import cost_usd
from sandbox.anthropic_emulator import AnthropicEmulator, ApiError, RawText, Refusal, ToolUse
from sandbox.graph_emulator import GraphEmulator
from tests.bot.slack.blocks import all_text
from tests.core.test_claude_budget import BUDGET, with_budget
from tests.core.test_store import mail
from tests.core.test_triage import make_rig, use_real_claude
from tests.core.test_waiting_for import approve_waiting_for, request_email, write_config

MODEL = "claude-haiku-5-5"  # classifier.model's default: the DM and drafts use it too
ROOMY = 100.0  # a budget nothing here reaches
UTC_ZONE = ZoneInfo("UTC")


def billed(claude: AnthropicEmulator, first: int = 0) -> float:
    """What the emulator's answers from request `first` on cost at the published prices."""
    total = 0.0
    for request in claude.requests[first:]:
        usage = request.usage
        if usage is None:
            continue
        total += cost_usd(
            request.json["model"],
            input_tokens=usage["input_tokens"],
            output_tokens=usage["output_tokens"],
            cache_creation_input_tokens=usage["cache_creation_input_tokens"],
            cache_read_input_tokens=usage["cache_read_input_tokens"],
            cache_creation_1h_input_tokens=usage["cache_creation"]["ephemeral_1h_input_tokens"],
        )
    return total


@asynccontextmanager
async def wired(
    tmp_path: Path, graph: GraphEmulator, claude: AnthropicEmulator, budget: float
) -> AsyncIterator[Runtime]:
    """A started runtime with an API key, Claude at the emulator and a daily budget."""
    config = write_config(tmp_path, graph)
    config.write_text(
        config.read_text() + f'classifier:\n  base_url: "{claude.base_url}"\n'
        f"  max_retries: 0\n  daily_budget_usd: {budget}\n"
    )
    runtime = await build_runtime(
        load_settings(config),
        Secrets(anthropic_api_key="test-key"),
        token_provider=StaticTokenProvider("t"),
        config_path=config,
    )
    try:
        await runtime.first_start()
        yield runtime
    finally:
        await runtime.aclose()


@pytest.fixture
async def claude() -> AsyncIterator[AnthropicEmulator]:
    emu = AnthropicEmulator(api_keys={"test-key"})
    async with emu.serve():
        yield emu


async def spend_today(runtime: Runtime) -> Any:
    assert runtime.claude_budget is not None
    return await runtime.claude_budget.spend(datetime.now(UTC))


async def test_the_dm_conversation_is_priced_and_counted_and_survives_a_restart(
    tmp_path, emulator, claude
):
    async with wired(tmp_path, emulator, claude, ROOMY) as runtime:
        chat = build_chat_assistant(runtime, runtime.claude)
        claude.enqueue(RawText("Nothing is pending."))
        reply = await chat.handle("D1", "anything for me?", actor="U1")
        assert reply.kind is ReplyKind.ANSWER
        spend = await spend_today(runtime)

    assert len(claude.message_bodies()) == 1
    assert spend.conversation_usd == pytest.approx(billed(claude)) and billed(claude) > 0
    assert spend.classification_usd == 0 and spend.drafts_usd == 0
    assert spend.spent_usd == pytest.approx(billed(claude))

    # A restart reads the same spend from the database.
    async with wired(tmp_path, emulator, claude, ROOMY) as restarted:
        again = await spend_today(restarted)
    assert again.conversation_usd == pytest.approx(billed(claude))


async def test_a_refused_answer_is_billed_and_counted_a_failed_call_is_not(
    tmp_path, emulator, claude
):
    async with wired(tmp_path, emulator, claude, ROOMY) as runtime:
        chat = build_chat_assistant(runtime, runtime.claude)
        claude.enqueue(Refusal())
        refused = await chat.handle("D1", "tell me a secret", actor="U1")
        claude.enqueue(ApiError.invalid_request("no"))
        failed = await chat.handle("D1", "and now?", actor="U1")
        spend = await spend_today(runtime)

    assert refused.kind is ReplyKind.REFUSED and failed.kind is ReplyKind.CLAUDE_FAILED
    [refusal, error] = claude.requests
    assert refusal.usage is not None and error.usage is None
    assert spend.conversation_usd == pytest.approx(billed(claude)) and spend.conversation_usd > 0


async def test_the_nudge_draft_is_counted_and_uses_the_template_past_the_budget(
    tmp_path, emulator, claude
):
    request_email(emulator)
    async with wired(tmp_path, emulator, claude, ROOMY) as runtime:
        wait_id = await approve_waiting_for(runtime)  # one classification
        classified = billed(claude)
        assert runtime.waiting is not None
        claude.enqueue(RawText("Hi Dana, any update on the signed contract?"))
        await runtime.waiting.draft_nudge(wait_id, lambda view: "TEMPLATE", actor="owner")
        spend = await spend_today(runtime)
        status = await gather_status(runtime)

    assert len(claude.message_bodies()) == 2
    assert spend.classification_usd == pytest.approx(classified) and classified > 0
    assert spend.drafts_usd == pytest.approx(billed(claude, 1)) and spend.drafts_usd > 0
    field = all_text(status_message(status))
    parts = (
        f"classification {messages.dollars(spend.classification_usd)} · conversation $0.00 · "
        f"drafts {messages.dollars(spend.drafts_usd)}"
    )
    assert parts in field


async def test_past_the_budget_nothing_asks_claude_and_each_surface_says_so(
    tmp_path, emulator, claude
):
    """The DM spends the day's budget; then the classifier, the DM and the nudge go offline."""
    request_email(emulator)
    async with wired(tmp_path, emulator, claude, ROOMY) as runtime:
        wait_id = await approve_waiting_for(runtime)
    async with wired(tmp_path, emulator, claude, BUDGET) as runtime:
        spent_before = (await spend_today(runtime)).spent_usd
        assert spent_before > BUDGET  # the classification above already spent today's budget
        chat = build_chat_assistant(runtime, runtime.claude)
        asked = len(claude.requests)

        offline = await chat.handle("D1", "what should I answer first?", actor="U1")
        pending = await chat.handle("D1", "pending", actor="U1")
        emulator.add_message(
            subject="Cutover weekend plan",
            sender_name="Dana Reyes",
            sender_address="dana@tradecore.example",
            received=datetime.now(UTC) - timedelta(minutes=5),
        )
        await runtime.triage.refresh()
        [card] = [v for v in await runtime.triage.list_pending() if v.subject.startswith("Cut")]
        assert runtime.waiting is not None
        _, draft = await runtime.waiting.draft_nudge(wait_id, lambda view: "TEMPLATE", actor="o")

    assert len(claude.requests) == asked  # Claude was not asked again
    assert offline.kind is ReplyKind.BUDGET_SPENT and offline.budget_pause is not None
    said = messages.chat_text(offline)
    assert "Claude's daily budget is spent (" in said and "until midnight" in said
    assert pending.kind is ReplyKind.PENDING
    assert messages.chat_text(pending).startswith("Claude's daily budget is spent")
    assert card.classifier == "heuristic" and card.budget_pause is not None
    assert draft is not None


async def test_the_dm_s_spend_alone_stops_classification(tmp_path, emulator, claude):
    async with wired(tmp_path, emulator, claude, BUDGET) as runtime:
        chat = build_chat_assistant(runtime, runtime.claude)
        claude.enqueue(RawText("Hello."))
        await chat.handle("D1", "hello", actor="U1")
        asked = len(claude.requests)
        request_email(emulator)
        await runtime.triage.refresh()
        [card] = await runtime.triage.list_pending()

    assert asked == 1 and len(claude.requests) == 1
    assert card.classifier == "heuristic" and card.budget_pause is not None
    assert card.budget_pause.spent_usd == pytest.approx(billed(claude), abs=1e-6)  # 6 places kept


async def test_a_dm_turn_stops_asking_claude_once_its_tool_rounds_spend_the_budget(
    tmp_path, emulator, claude
):
    """Before, the budget was read once per message, and every tool round of it was paid."""
    website = {"kind": "project", "name": "Website", "folder": "Projects/Website"}
    async with wired(tmp_path, emulator, claude, BUDGET) as runtime:
        chat = build_chat_assistant(runtime, runtime.claude)
        claude.enqueue(ToolUse("add_project_or_area", website), RawText("Press Confirm."))
        reply = await chat.handle("D1", "add a Website project", actor="U1")
        spend = await spend_today(runtime)
        history = await runtime.store.recent_chat_turns("D1", limit=10)
        assert reply.proposal is not None
        done = await chat.confirm(reply.proposal.id, actor="U1")

    assert len(claude.requests) == 1  # the second round was never asked
    assert reply.kind is ReplyKind.BUDGET_SPENT and reply.budget_pause is not None
    assert spend.conversation_usd == pytest.approx(billed(claude)) and billed(claude) > BUDGET
    assert "Claude's daily budget is spent (" in messages.chat_text(reply)
    # The tool's proposal still stands, and the history stays a conversation the API accepts.
    assert "created its folder" in messages.chat_text(done)
    assert [t.role for t in history] == ["user", "assistant", "user", "assistant"]
    assert "budget ran out" in str(clean_window(history)[-1]["content"])


async def test_classifications_in_flight_are_reserved_so_the_budget_is_not_overshot_by_all(
    emulator, graph, store: Store
):
    """Four workers at once: before, each read a spend of $0 and all four asked Claude."""
    claude_api = AnthropicEmulator(latency=0.05)  # the calls overlap, as live ones do
    async with claude_api.serve() as base_url:
        rig = make_rig(emulator, graph, store)
        claude = use_real_claude(rig, base_url)
        rig.settings = with_budget(rig.settings)
        assert rig.settings.classifier.concurrency >= 4
        budget = ClaudeBudget(store, lambda: rig.settings, lambda: UTC_ZONE)
        rig.new_service(primary=claude, budget=budget)
        for i in range(8):
            rig.deliver(f"Release note {i}")
        report = await rig.triage.refresh()
        await claude.aclose()

    assert report.classified == 8
    assert len(claude_api.message_bodies()) == 1  # the first call spent the budget
    assert claude_api.peak_in_flight == 1
    assert budget.reserved_usd == 0  # every reservation was given back
    by = [v.classifier for v in rig.sink.created]
    assert by.count("heuristic") == 7


async def test_a_reservation_is_given_back_when_the_call_fails(emulator, graph, store: Store):
    claude_api = AnthropicEmulator()
    async with claude_api.serve() as base_url:
        rig = make_rig(emulator, graph, store)
        claude = use_real_claude(rig, base_url)
        rig.settings = with_budget(rig.settings)
        budget = ClaudeBudget(store, lambda: rig.settings, lambda: UTC_ZONE)
        rig.new_service(primary=claude, budget=budget)
        claude_api.enqueue(ApiError.invalid_request("no"))
        rig.deliver("First")
        first = await rig.triage.refresh()
        rig.deliver("Second")
        second = await rig.triage.refresh()
        await claude.aclose()

    assert budget.reserved_usd == 0
    assert first.by_source["heuristic"] == 1  # degraded, not paused: nothing was billed
    assert second.by_source["claude"] == 1 and len(claude_api.message_bodies()) == 2


@pytest.mark.parametrize(("actual", "admitted"), [(0.3, True), (0.6, False)])
async def test_at_the_margin_a_call_waits_for_the_real_cost_instead_of_guessing(
    store: Store, actual: float, admitted: bool
):
    """$0.50 spent of $1.00, one call in flight holding $0.60: the next waits for its real cost.

    $0.30 leaves room, so it is admitted (not told the budget is spent); $0.60 spends the day.
    """
    settings = with_budget(Settings(), 1.0)
    budget = ClaudeBudget(store, lambda: settings, lambda: UTC_ZONE)
    await store.upsert_emails([mail("AAMk-margin")])

    async def record(cost: float) -> None:
        await store.record_classification(
            "AAMk-margin",
            suggestion_id=None,
            source="claude",
            model=MODEL,
            usage=Usage(cost_usd=cost),
        )

    await record(0.5)
    now = lambda: datetime.now(UTC)  # noqa: E731
    async with budget.claim(now, lambda: 0.6) as first:
        assert first is None and budget.reserved_usd == 0.6

        async def second_call() -> Any:
            async with budget.claim(now, lambda: 0.6) as pause:
                return pause

        second = asyncio.create_task(second_call())
        # Yield to the loop (no time passes) until the second call is parked or has finished.
        while not budget.waiting and not second.done():  # noqa: ASYNC110
            await asyncio.sleep(0)
        assert budget.waiting == 1 and not second.done()
        await record(actual)  # the first call's real cost, stored before it settles
    pause = await second

    assert (pause is None) is admitted
    assert budget.reserved_usd == 0 and budget.waiting == 0
    if pause is not None:
        assert pause.spent_usd == pytest.approx(1.1) and pause.budget_usd == 1.0
