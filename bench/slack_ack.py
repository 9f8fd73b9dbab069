"""Measure how fast Approve is acknowledged, and how long until the card shows the result.

Everything runs in process over real HTTP: the Graph emulator answers every request after
`--latency` seconds, the fake Slack records the card updates, and the real AsyncApp (from
`bot.app.create_app`), SlackSink and Runtime do the work. `--clicks` cards are posted, then
Approve is clicked on all of them at once (signed requests into `async_dispatch`).

Figures: the ack latency (until `async_dispatch` returns, which is when Slack gets its HTTP 200
or Socket Mode ack) and the click-to-updated-message time (until the card's "Approved" update
reached Slack; also until "Approving…" was shown), as p50 / p99 / max, plus one uncontended click.

    uv run python bench/slack_ack.py                        # 20 clicks, Graph answers in 0.3 s
    uv run python bench/slack_ack.py --clicks 50 --latency 0.5
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.fakes lives in the repo

from slack_bolt.async_app import AsyncApp  # noqa: E402

from bot import ids  # noqa: E402
from bot.app import BackgroundTasks, build_web_client, create_app  # noqa: E402
from bot.slack_sink import SlackSink  # noqa: E402
from core.auth import StaticTokenProvider  # noqa: E402
from core.config import Secrets, load_settings  # noqa: E402
from core.runtime import Runtime, build_runtime  # noqa: E402
from sandbox.graph_emulator import GraphEmulator  # noqa: E402
from tests.fakes.slack_api import BOT_TOKEN, OWNER_ID, FakeSlack  # noqa: E402
from tests.fakes.slack_requests import SIGNING_SECRET, block_actions  # noqa: E402

CONFIG = """\
graph:
  base_url: "{graph}"
storage:
  path: "{db}"
slack:
  owner_user_ids: ["{owner}"]
  api_base_url: "{slack}"
projects:
  - name: Tradecore Steel Implementation
    folder: Projects/Tradecore Steel
    keywords: [Tradecore]
integrations:
  todo:
    enabled: true
"""


class TimedSlack(FakeSlack):
    """The fake Slack, noting when each card first showed its approval."""

    def __init__(self) -> None:
        super().__init__()
        self.approving_at: dict[str, float] = {}
        self.approved_at: dict[str, float] = {}

    def _m_chat_update(self, args: Any) -> dict[str, Any]:
        answer = super()._m_chat_update(args)
        text = str(args.get("text", ""))
        seen = self.approved_at if text.startswith("Approved") else self.approving_at
        seen.setdefault(str(args["ts"]), time.perf_counter())
        return answer


async def _no_wait(seconds: float) -> None:
    """Post cards without Slack's pacing: only the clicks are measured."""


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _line(name: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (
        f"{name:<28} p50 {statistics.median(ms):7.1f} ms   p99 {_percentile(ms, 0.99):7.1f} ms"
        f"   max {max(ms):7.1f} ms   (n={len(ms)})"
    )


async def _cards(runtime: Runtime, graph: GraphEmulator, slack: FakeSlack, count: int) -> list[Any]:
    for i in range(count):
        graph.add_message(
            subject=f"Tradecore question {i}",
            sender_name="Dana Reyes",
            sender_address="dana@tradecore.example",
            body="Can you please confirm the date?",
        )
    sink = SlackSink(
        build_web_client(runtime.settings, BOT_TOKEN),
        runtime,
        burst_threshold=count,
        gather_seconds=0,
        sleep=_no_wait,
    )
    runtime.triage.attach_sink(sink)
    async with sink.hold():
        await runtime.triage.refresh()
    await sink.drain()
    return slack.messages(slack.open_dm(OWNER_ID))


async def _click(app: AsyncApp, card: Any) -> tuple[float, float]:
    """Click Approve on a card; return (seconds until the ack, the click's start)."""
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
    assert response.status == 200, response.body
    return time.perf_counter() - started, started


async def run(clicks: int, latency: float) -> dict[str, list[float]]:
    """Post `clicks` cards, click Approve on all at once; print and return the timings."""
    graph = GraphEmulator()
    slack = TimedSlack()
    async with graph.serve(), slack.serve():
        with tempfile.TemporaryDirectory() as data:
            path = Path(data) / "config.yaml"
            path.write_text(
                CONFIG.format(
                    graph=graph.base_url,
                    db=Path(data) / "bench.db",
                    owner=OWNER_ID,
                    slack=slack.base_url,
                )
            )
            runtime = await build_runtime(
                load_settings(path),
                Secrets(),
                config_path=path,
                token_provider=StaticTokenProvider("bench"),
            )
            try:
                await runtime.first_start()
                cards = await _cards(runtime, graph, slack, clicks + 2)
                warm_up, lone, *crowd = cards
                background = BackgroundTasks()
                app = create_app(
                    runtime,
                    bot_token=BOT_TOKEN,
                    signing_secret=SIGNING_SECRET,
                    web_client=build_web_client(runtime.settings, BOT_TOKEN),
                    background=background,
                )
                await _click(app, warm_up)  # auth.test, connection pools
                await background.drain()
                graph.latency = latency
                alone = await _click(app, lone)
                await background.drain()
                together = await asyncio.gather(*(_click(app, card) for card in crowd))
                await background.drain()
            finally:
                await runtime.aclose()

    def updated(card: Any, started: float) -> float:
        return slack.approved_at[card.ts] - started

    def progress(card: Any, started: float) -> float:
        return slack.approving_at[card.ts] - started

    print(f"{clicks} Approve clicks at once; Graph answers every request in {latency:g} s")
    acks = [ack for ack, _ in together]
    shown = [updated(card, started) for card, (_, started) in zip(crowd, together, strict=True)]
    print(_line("ack (dispatch returns)", acks))
    print(
        _line(
            "click -> 'Approving…' shown",
            [progress(c, t) for c, (_, t) in zip(crowd, together, strict=True)],
        )
    )
    print(_line("click -> card updated", shown))
    print(_line("one click alone: ack", [alone[0]]))
    print(_line("one click alone: updated", [updated(lone, alone[1])]))
    return {"ack": acks, "updated": shown}
    print(f"{clicks} Approve clicks at once; Graph answers every request in {latency:g} s")
    print(_line("ack (dispatch returns)", acks[1:]))
    print(_line("click -> card updated", updated[1:]))
    print(_line("one click alone: ack", acks[:1]))
    print(_line("one click alone: updated", updated[:1]))
    return {"ack": acks, "updated": updated}


def main() -> None:
    """Parse the options and run the measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=20, help="concurrent Approve clicks")
    parser.add_argument("--latency", type=float, default=0.3, help="Graph latency in seconds")
    args = parser.parse_args()
    asyncio.run(run(args.clicks, args.latency))


if __name__ == "__main__":
    main()
