"""Start-up: `run` (bot.slack.service.run_service) to Slack connected, and to the first
poll-ready state.

The service starts in Socket Mode against the fake Slack and the Graph emulator holding the
sample mailbox, with a stop event. "Slack connected" is when `on_ready` is called (Slack answers
clicks from then on); "poll-ready" is when the Microsoft 365 start-up (mailbox settings, id
migration, To Do probe and list, category bootstrap, taxonomy folders) has finished and the
triage job is scheduled (`core_ready`).
Measured twice: the first start ever (new database: categories, folders and the To Do list to
create) and a restart on the same database (what every later `run` does).
"""

from __future__ import annotations

import asyncio
import io
import time
from pathlib import Path

from bench.common import BenchError, BenchResult, Options, Row, round_trips, workspace, write_config
from bench.process import READY_TIMEOUT
from bot.slack.service import EXIT_OK, SlackService, run_service
from core.microsoft.auth import StaticTokenProvider
from sandbox.graph_emulator import GraphEmulator
from sandbox.slack_emulator import APP_TOKEN, BOT_TOKEN, OWNER_ID, FakeSlack

SLACK_ENVIRON = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN}


async def start_once(path: Path, graph: GraphEmulator) -> dict[str, float]:
    """Run the service until it is poll-ready, then stop it; return the timings and requests."""
    stop = asyncio.Event()
    seen: dict[str, float] = {}
    mark = len(graph.requests)

    async def ready(service: SlackService) -> None:
        seen["slack_connected"] = time.perf_counter() - started
        async with asyncio.timeout(READY_TIMEOUT):
            await service.core_ready.wait()
        seen["poll_ready"] = time.perf_counter() - started
        seen["graph_requests"] = round_trips(graph, mark)
        stop.set()

    err = io.StringIO()
    started = time.perf_counter()
    status = await run_service(
        path,
        environ=SLACK_ENVIRON,
        token_provider=StaticTokenProvider("b"),
        stop=stop,
        on_ready=ready,
        err=err,
    )
    if status != EXIT_OK or "poll_ready" not in seen:
        raise BenchError(f"run_service ended with {status}: {err.getvalue().strip()}")
    return seen


async def run(options: Options) -> BenchResult:
    """Start the service on a new database, then again on the same one; return the figures."""
    graph = GraphEmulator(latency=options.graph_latency)
    graph.seed_sample_mailbox()
    slack = FakeSlack()
    async with graph.serve(), slack.serve(), workspace() as directory:
        path = write_config(
            directory, graph_url=graph.base_url, slack_url=slack.base_url, owner=OWNER_ID
        )
        first = await start_once(path, graph)
        again = await start_once(path, graph)

    return BenchResult(
        name="startup",
        title=f"Start-up (`run`, Socket Mode, Graph at {options.graph_latency:g} s per call)",
        rows=[
            Row(
                "run to Slack connected",
                again["slack_connected"],
                first["slack_connected"],
                "s",
                kind="first start",
            ),
            Row(
                "run to poll-ready",
                again["poll_ready"],
                first["poll_ready"],
                "s",
                kind="first start",
            ),
            Row(
                "Graph requests to poll-ready",
                again["graph_requests"],
                first["graph_requests"],
                "requests",
                kind="first start",
            ),
        ],
        notes=[
            "ours: a restart on an existing database; baseline: the first start ever "
            "(categories, taxonomy folders and the To Do list created)",
            "poll-ready: Microsoft 365 start-up done and the triage job scheduled (core_ready); "
            "Slack answers from 'connected' on",
        ],
        details={"restart": again, "first_start": first},
    )
