"""Slack: how fast 50 Approve clicks at once are acknowledged while every Graph call is slow.

Everything runs in process over real HTTP: the Graph emulator answers each request after
`--graph-latency` seconds, the Slack emulator records the card updates, and the real
AsyncApp (`bot.slack.app.create_app`), SlackSink and Runtime do the work. Cards are posted, then
Approve is clicked on all of them at once (signed requests into `async_dispatch`, which returns
when the app acks: what Slack waits for, at most 3 s).

Ours: the app acks first and approves in the background. Naive: a bolt app whose Approve
listener approves (the same `TriageService.approve`) and acks afterwards. Both also report the
time from the click until the card shows "Approved".
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp

from bench.common import (
    BenchError,
    BenchResult,
    Options,
    Row,
    median,
    percentile,
    workspace,
    write_config,
)
from bot.slack import ids
from bot.slack.app import build_web_client, create_app
from bot.slack.context import BackgroundTasks
from bot.slack.listeners.common import action_value, parse_suggestion_id
from bot.slack.sink import SlackSink
from core.api import Assistant
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from sandbox.graph_emulator import GraphEmulator
from sandbox.slack_emulator import BOT_TOKEN, OWNER_ID, FakeSlack, SlackMessage
from sandbox.slack_emulator.signed_requests import SIGNING_SECRET, block_actions

ACK_DEADLINE = 3.0  # Slack shows the user an error when an interaction is not acked in 3 s


class TimedSlack(FakeSlack):
    """The fake Slack, noting when each card first showed its approval."""

    def __init__(self) -> None:
        super().__init__()
        self.approved_at: dict[str, float] = {}

    def _m_chat_update(self, args: Any) -> dict[str, Any]:
        answer = super()._m_chat_update(args)
        if str(args.get("text", "")).startswith("Approved"):
            self.approved_at.setdefault(str(args["ts"]), time.perf_counter())
        return answer


async def _no_wait(seconds: float) -> None:
    """Post cards without Slack's pacing: only the clicks are measured."""


async def _cards(runtime: Runtime, graph: GraphEmulator, slack: FakeSlack, count: int) -> Any:
    for i in range(count):
        graph.add_message(
            subject=f"Tradecore question {i}",
            sender_name="Dana Reyes",
            sender_address="dana@tradecore-steel.example",
            body="Can you please confirm the cutover date?",
        )
    sink = SlackSink(
        build_web_client(runtime.settings, BOT_TOKEN),
        Assistant(runtime),
        burst_threshold=count,
        gather_seconds=0,
        sleep=_no_wait,
    )
    runtime.triage.attach_sink(sink)
    async with sink.hold():
        await runtime.triage.refresh()
    await sink.drain()
    return sink


def naive_app(runtime: Runtime, finished: asyncio.Queue[int]) -> AsyncApp:
    """Return a bolt app whose Approve listener does the work first and acks afterwards."""
    app = AsyncApp(
        client=build_web_client(runtime.settings, BOT_TOKEN),
        signing_secret=SIGNING_SECRET,
        process_before_response=False,
    )

    @app.action(ids.APPROVE)
    async def approve_then_ack(ack: AsyncAck, body: dict[str, Any]) -> None:
        suggestion_id = parse_suggestion_id(action_value(body))
        if suggestion_id is not None:
            await runtime.triage.approve(suggestion_id, actor=f"slack:{OWNER_ID}")
            finished.put_nowait(suggestion_id)
        await ack()

    return app


async def _click(app: AsyncApp, card: SlackMessage) -> tuple[float, float, int]:
    """Click Approve on a card; return (seconds until the ack, the click's start, status)."""
    value = next(
        e["value"]
        for b in card.blocks
        for e in b.get("elements", [])
        if isinstance(e, dict) and e.get("action_id") == ids.APPROVE
    )
    request = block_actions(
        OWNER_ID, ids.APPROVE, value, channel=card.channel, message_ts=card.ts, message=card.echo()
    )
    started = time.perf_counter()
    response = await app.async_dispatch(request)
    return time.perf_counter() - started, started, response.status


async def _crowd(app: AsyncApp, cards: list[SlackMessage]) -> list[tuple[float, float, int]]:
    return list(await asyncio.gather(*(_click(app, card) for card in cards)))


async def run(options: Options) -> BenchResult:
    """Click Approve on `clicks` cards at once, ours and naive; return the figures."""
    clicks = options.sizes.clicks
    graph = GraphEmulator()
    slack = TimedSlack()
    async with graph.serve(), slack.serve(), workspace() as directory:
        path = write_config(
            directory, graph_url=graph.base_url, slack_url=slack.base_url, owner=OWNER_ID
        )
        runtime = await build_runtime(
            load_settings(path), Secrets(), token_provider=StaticTokenProvider("b")
        )
        sink: SlackSink | None = None
        try:
            await runtime.first_start()
            sink = await _cards(runtime, graph, slack, 2 * clicks + 2)
            cards = slack.messages(slack.open_dm(OWNER_ID))
            warm_ours, warm_naive = cards[0], cards[clicks + 1]
            ours_cards, naive_cards = cards[1 : clicks + 1], cards[clicks + 2 :]
            background = BackgroundTasks()
            ours_app = create_app(
                Assistant(runtime),
                bot_token=BOT_TOKEN,
                signing_secret=SIGNING_SECRET,
                web_client=build_web_client(runtime.settings, BOT_TOKEN),
                sink=sink,
                background=background,
            )
            finished: asyncio.Queue[int] = asyncio.Queue()
            slow_app = naive_app(runtime, finished)
            await _click(ours_app, warm_ours)  # auth.test, connection pools, folder ids
            await background.drain()
            await _click(slow_app, warm_naive)

            graph.latency = options.graph_latency
            ours = await _crowd(ours_app, ours_cards)
            await background.drain()
            naive = await _crowd(slow_app, naive_cards)
            async with asyncio.timeout(60 + clicks * options.graph_latency * 4):
                for _ in range(clicks + 1):  # approvals go on after a missed ack deadline
                    await finished.get()
        finally:
            if sink is not None:
                await sink.aclose()
            await runtime.aclose()

    if any(status != 200 for _, _, status in ours):
        raise BenchError(f"our app answered {[s for _, _, s in ours]}")
    ours_acks = [ack for ack, _, _ in ours]
    naive_acks = [ack for ack, _, _ in naive]
    ours_shown = _shown(slack, ours_cards, ours)
    naive_shown = _shown(slack, naive_cards, naive)
    missed = sum(1 for ack, _, status in naive if status != 200 or ack > ACK_DEADLINE)
    at_once = f"{clicks} clicks at once"
    return BenchResult(
        name="slack",
        title=f"Slack: {at_once}, Graph at {options.graph_latency:g} s per call",
        rows=[
            Row(f"ack p50, {at_once}", median(ours_acks) * 1000, median(naive_acks) * 1000, "ms"),
            Row(
                f"ack p99, {at_once}",
                percentile(ours_acks, 0.99) * 1000,
                percentile(naive_acks, 0.99) * 1000,
                "ms",
            ),
            Row("click to card updated, p50", median(ours_shown), median(naive_shown), "s"),
            Row(
                "click to card updated, p99",
                percentile(ours_shown, 0.99),
                percentile(naive_shown, 0.99),
                "s",
            ),
        ],
        notes=[
            "ours: bot.slack.app acks at once and approves in the background "
            "(the ack is when async_dispatch returns)",
            "naive: an Approve listener that approves first and acks afterwards; "
            f"{missed} of {clicks} naive acks missed Slack's 3 s deadline",
        ],
        details={
            "clicks": clicks,
            "ours_ack_seconds": ours_acks,
            "naive_ack_seconds": naive_acks,
            "ours_updated_seconds": ours_shown,
            "naive_updated_seconds": naive_shown,
            "naive_missed_deadline": missed,
        },
    )


def _shown(
    slack: TimedSlack, cards: list[SlackMessage], clicks: list[tuple[float, float, int]]
) -> list[float]:
    """Return, per click, the seconds until its card said "Approved"."""
    shown = []
    for card, (_, started, _) in zip(cards, clicks, strict=True):
        if card.ts not in slack.approved_at:
            raise BenchError(f"the card {card.ts} never showed the approval")
        shown.append(slack.approved_at[card.ts] - started)
    return shown
