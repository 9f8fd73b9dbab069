"""Latency: how long a new email takes to reach Slack as a card, and what an idle poll costs.

The real `run` service (`SlackService`: its APScheduler triage job, the Claude classifier against
the Claude API emulator at `--claude-latency`, the Slack sink posting to the fake Slack in Socket
Mode) runs against the Graph emulator at `--graph-latency`. Emails are dropped into the Inbox one
at a time, each a random moment (uniform over one poll interval) after the previous card was
posted, and each is followed to its chat.postMessage.

Time-scaled: every poll interval runs as `TICK_SECONDS` of real time (30 s at 1/30, 5 minutes at
1/300), set on the loaded settings below the floor a config file may use; everything after the
poll (Graph, Claude, the sink's wait for a burst to settle, Slack) runs at real speed. So an
email's latency is computed from two measured parts: the wait from its arrival until the delta
request that returned it reached the emulator, scaled back up, plus the measured time from that
request to the card's chat.postMessage. Idle Graph requests per day are computed: the requests
measured over `idle_polls` polls with nothing new, per poll, times the polls in a day.

Ours: the sample config without a poll key (the default, 30 s). Baseline: the sample config with
`poll_interval_minutes: 5` (the old default, as configs from before say it). Both run at once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.common import (
    ANTHROPIC_KEY,
    BenchError,
    BenchResult,
    Options,
    Row,
    deliver_sample,
    median,
    percentile,
    round_trips,
    workspace,
    write_config,
)
from bench.process import READY_TIMEOUT
from bot.slack.app import build_web_client
from bot.slack.service import SlackService
from core.config.settings import Secrets, Settings, load_settings
from core.jobs import every
from core.microsoft.auth import StaticTokenProvider
from sandbox.anthropic_emulator import AnthropicEmulator
from sandbox.graph_emulator import GraphEmulator
from sandbox.graph_emulator.wire import GraphFault, GraphReply, GraphRequest, RecordedRequest
from sandbox.slack_emulator import APP_TOKEN, BOT_TOKEN, OWNER_ID, FakeSlack
from sandbox.slack_emulator.records import SlackCall

TICK_SECONDS = 1.0  # one poll interval in real time (--quick: QUICK_TICK_SECONDS)
QUICK_TICK_SECONDS = 0.5
CARD_TIMEOUT = 60.0
DEFAULT_POLL = {"poll_interval_minutes": None, "poll_interval_seconds": None}  # neither key set
OLD_POLL = {"poll_interval_minutes": 5}  # the old default, as configs from before say it
DAY = timedelta(days=1)


class PickupGraph(GraphEmulator):
    """The Graph emulator, noting when a delta request first returned each subject."""

    def __init__(self, *, latency: float) -> None:
        super().__init__(latency=latency)
        self.picked_up: dict[str, float] = {}

    def run(
        self,
        req: GraphRequest,
        *,
        reject: GraphFault | None = None,
        record: RecordedRequest | None = None,
    ) -> GraphReply:
        reply = super().run(req, reject=reject, record=record)
        if req.method == "GET" and req.path.endswith("/delta") and isinstance(reply.body, dict):
            now = time.perf_counter()
            for item in reply.body.get("value") or ():
                subject = item.get("subject") if isinstance(item, dict) else None
                if isinstance(subject, str):
                    self.picked_up.setdefault(subject, now)
        return reply


class PostedSlack(FakeSlack):
    """The fake Slack, noting when each message was posted."""

    def __init__(self) -> None:
        super().__init__()
        self.posted: list[tuple[float, str]] = []  # (time, blocks as JSON)

    def _m_chat_postMessage(self, args: SlackCall) -> dict[str, Any]:
        answer = super()._m_chat_postMessage(args)
        self.posted.append((time.perf_counter(), json.dumps(args.get("blocks") or "")))
        return answer

    async def post_after(self, count: int, what: str) -> tuple[float, str]:
        """Wait for the post after the first `count`; return its time and blocks."""
        await until(lambda: len(self.posted) > count, what, CARD_TIMEOUT)
        return self.posted[count]


@dataclass
class Measured:
    """One configuration's figures (seconds are the unscaled, real-world equivalents)."""

    interval: timedelta
    scale: float
    requests_per_idle_poll: float = 0.0
    waits: list[float] = field(default_factory=list)  # arrival to the poll that found it
    processing: list[float] = field(default_factory=list)  # that poll to the card

    @property
    def latencies(self) -> list[float]:
        """Return each email's arrival-to-card time."""
        return [w + p for w, p in zip(self.waits, self.processing, strict=True)]

    @property
    def idle_requests_per_day(self) -> float:
        """Return the Graph requests a day of idle polling costs."""
        return self.requests_per_idle_poll * (DAY / self.interval)


async def until(condition: Callable[[], bool], what: str, within: float) -> None:
    """Wait (polling every 10 ms) until `condition` holds; BenchError after `within` s."""
    deadline = time.perf_counter() + within
    while not condition():
        if time.perf_counter() > deadline:
            raise BenchError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def scaled(settings: Settings, tick: float) -> Settings:
    """Return `settings` polling every `tick` real seconds (below the floor, so not validated)."""
    triage = settings.triage.model_copy(
        update={"poll_interval_seconds": tick, "poll_interval_minutes": None}
    )
    return settings.model_copy(update={"triage": triage})


async def measure(
    options: Options, directory: Path, *, label: str, triage: dict[str, Any], seed: int
) -> Measured:
    """Run the service on one poll configuration; return its waits, processing and idle cost."""
    sizes = options.sizes
    tick = QUICK_TICK_SECONDS if options.quick else TICK_SECONDS
    graph = PickupGraph(latency=options.graph_latency)
    claude = AnthropicEmulator(latency=options.claude_latency)
    slack = PostedSlack()
    rng = random.Random(seed)
    directory = directory / label
    directory.mkdir()
    async with graph.serve(), claude.serve() as claude_url, slack.serve():
        path = write_config(
            directory,
            graph_url=graph.base_url,
            slack_url=slack.base_url,
            claude_url=claude_url,
            owner=OWNER_ID,
            triage=triage,
        )
        settings = load_settings(path)  # the interval as a config file gives it
        interval = settings.triage.poll_interval
        figures = Measured(interval=interval, scale=tick / interval.total_seconds())
        service = SlackService(
            scaled(settings, tick),
            Secrets(
                slack_bot_token=BOT_TOKEN,
                slack_app_token=APP_TOKEN,
                anthropic_api_key=ANTHROPIC_KEY,
            ),
            build_web_client(settings, BOT_TOKEN),
            token_provider=StaticTokenProvider("b"),
        )
        try:
            await service.start()
            async with asyncio.timeout(READY_TIMEOUT):
                await service.core_ready.wait()
            assert service.assistant is not None
            stats = service.assistant.triage_stats
            await until(lambda: stats.passes >= 1, "the first pass", READY_TIMEOUT)

            passes = stats.passes
            await until(lambda: stats.passes > passes, "an idle pass", READY_TIMEOUT)
            mark, passes = len(graph.requests), stats.passes
            idle = sizes.idle_polls
            await until(lambda: stats.passes >= passes + idle, "idle passes", idle * tick + 30)
            figures.requests_per_idle_poll = round_trips(graph, mark) / (stats.passes - passes)

            for i in range(sizes.latency_emails):
                await asyncio.sleep(rng.uniform(0, tick))
                posts = len(slack.posted)
                arrived = time.perf_counter()
                subject = deliver_sample(graph, i, f"(latency check {i})").subject
                posted, blocks = await slack.post_after(posts, f"the card of {subject!r}")
                if f"latency check {i}" not in blocks or subject not in graph.picked_up:
                    raise BenchError(f"the post after {subject!r} is not its card")
                picked = graph.picked_up[subject]
                figures.waits.append((picked - arrived) / figures.scale)
                figures.processing.append(posted - picked)
        finally:
            await service.stop()
    return figures


async def run(options: Options) -> BenchResult:
    """Measure the default poll and the old 5-minute poll at once; return the figures."""
    # A pass with a Claude call outlasts a 1 s tick, so the scheduler skips the next one and warns.
    # Harmless here (the next email arrives only after the card), so those warnings are hidden.
    scheduler_log = logging.getLogger("apscheduler")
    level = scheduler_log.level
    scheduler_log.setLevel(logging.ERROR)
    try:
        async with workspace() as directory:
            ours, naive = await asyncio.gather(
                measure(options, directory, label="ours", triage=DEFAULT_POLL, seed=1),
                measure(options, directory, label="naive", triage=OLD_POLL, seed=2),
            )
    finally:
        scheduler_log.setLevel(level)
    kind = f"poll {every(naive.interval)}"
    tick = ours.scale * ours.interval.total_seconds()
    ours_poll = every(ours.interval)
    return BenchResult(
        name="latency",
        title=f"Email to card: a poll {ours_poll} vs {every(naive.interval)}; "
        f"Graph at {options.graph_latency:g} s, Claude at {options.claude_latency:g} s per call",
        rows=[
            Row("email to card, p50", median(ours.latencies), median(naive.latencies), "s", kind),
            Row(
                "email to card, p95",
                percentile(ours.latencies, 0.95),
                percentile(naive.latencies, 0.95),
                "s",
                kind,
            ),
            Row(
                "poll to card (sync, Claude, post), p95",
                percentile(ours.processing, 0.95),
                percentile(naive.processing, 0.95),
                "s",
                kind,
                compare="none",
            ),
            Row(
                "Graph requests per idle poll",
                ours.requests_per_idle_poll,
                naive.requests_per_idle_poll,
                "requests",
                kind,
                compare="none",
            ),
            Row(
                "Graph requests per day while idle",
                ours.idle_requests_per_day,
                naive.idle_requests_per_day,
                "requests",
                kind,
            ),
        ],
        notes=[
            f"ours: the default poll ({ours_poll}); baseline: a config with "
            "poll_interval_minutes: 5 (the old default)",
            f"time-scaled: a poll interval runs as {tick:g} s of real time; each email's wait "
            "for its poll is measured at the Graph emulator and scaled back up (so is any delay "
            "of the scheduler: both figures err long), the poll-to-card time (delta, Claude, "
            "the sink's 2 s settle, Slack) is measured unscaled",
            f"a pass with a Claude call may outlast the {tick:g} s tick; the scheduler then "
            "skips a tick (no email waits on it: the next arrives after the card)",
            f"{len(ours.latencies)} emails each, one at a time at random moments; idle requests "
            "per day = requests measured per idle poll x polls per day; Graph's own delay before "
            "a new email shows in delta is not modelled",
        ],
        details={
            name: {
                "interval_seconds": figures.interval.total_seconds(),
                "time_scale": figures.scale,
                "requests_per_idle_poll": figures.requests_per_idle_poll,
                "idle_requests_per_day": figures.idle_requests_per_day,
                "wait_seconds": figures.waits,
                "poll_to_card_seconds": figures.processing,
                "latency_seconds": figures.latencies,
            }
            for name, figures in (("ours", ours), ("naive", naive))
        },
    )
