"""Time the triage of an Inbox backlog against the fake Claude API answering in a fixed latency.

Everything runs in process over real HTTP: the Graph emulator holds the backlog, the Anthropic
emulator answers every classification after `--latency` seconds, and the real InboxSync,
ClaudeClassifier (through the anthropic SDK) and TriageService do the work. The figure of merit
is the wall time of one `refresh()` against the concurrency-limited ideal,
emails / concurrency x latency.

    uv run python bench/triage_backlog.py                 # 500 emails, 1 s per call, 4 at once
    uv run python bench/triage_backlog.py --emails 100 --latency 0.5 --concurrency 8
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import time
from datetime import UTC, datetime, timedelta

import aiohttp

from core.approval import ApprovalService
from core.auth import StaticTokenProvider
from core.classifier import build_claude_classifier
from core.config import Settings
from core.graph_client import GraphClient
from core.graph_mail import MailApi
from core.graph_tasks import TodoApi
from core.heuristic import HeuristicClassifier
from core.mail_sync import InboxSync
from core.store import Store
from core.triage import TriageService
from sandbox.anthropic_emulator import AnthropicEmulator
from sandbox.graph_emulator import GraphEmulator


def _settings(claude_url: str, concurrency: int) -> Settings:
    return Settings.model_validate(
        {
            "projects": [{"name": "Tradecore Steel", "folder": "Projects/Tradecore Steel"}],
            "areas": [{"name": "Finance", "folder": "Areas/Finance"}],
            "classifier": {"base_url": claude_url, "concurrency": concurrency, "max_retries": 0},
        }
    )


async def run(emails: int, latency: float, concurrency: int) -> float:
    """Triage a backlog of `emails` once; print the figures and return the overhead ratio."""
    graph_api = GraphEmulator()
    claude_api = AnthropicEmulator(latency=latency)
    now = datetime.now(UTC)
    for i in range(emails):
        graph_api.add_message(
            subject=f"Backlog item {i}: quarterly numbers",
            sender_name=f"Sender {i}",
            sender_address=f"sender{i}@example{i % 37}.com",
            body=f"Hello,\n\nplease find the figures for item {i} attached.\n\nRegards",
            received=now - timedelta(minutes=i + 1),
        )
    async with (
        graph_api.serve() as graph_url,
        claude_api.serve() as claude_url,
        aiohttp.ClientSession() as session,
    ):
        settings = _settings(claude_url, concurrency)
        store = await Store.open(":memory:")
        graph = GraphClient(session, StaticTokenProvider("bench"), base_url=graph_url)
        mail = MailApi(graph)
        claude = build_claude_classifier(settings, "sk-ant-bench")
        service = TriageService(
            inbox=InboxSync(mail, store, backfill_days=2, page_size=100),
            store=store,
            approvals=ApprovalService(
                graph=graph,
                mail=mail,
                todo=TodoApi(graph, store),
                store=store,
                settings=lambda: settings,
            ),
            settings=lambda: settings,
            primary=claude,
            fallback=HeuristicClassifier(),
        )
        started = time.perf_counter()
        report = await service.refresh()
        wall = time.perf_counter() - started
        rows = await store.classifications_for_suggestions(report.suggestion_ids)
        await claude.aclose()
        await store.close()

    ideal = emails / concurrency * latency
    overhead = wall / ideal - 1
    latencies = [row.latency_ms for row in rows.values()]
    sources = dict(report.by_source)
    print(f"backlog:            {emails} emails, {latency:g} s per call, {concurrency} at once")
    print(f"suggestions:        {report.classified} {sources}, failures {report.failures}")
    print(f"wall time:          {wall:.2f} s (sync + classification, one refresh)")
    print(f"ideal:              {ideal:.2f} s (emails / concurrency x latency)")
    print(f"overhead:           {overhead:+.1%} (target: within 10 %)")
    print(f"peak calls at once: {claude_api.peak_in_flight}")
    if latencies:
        print(f"median call:        {statistics.median(latencies)} ms as seen by the classifier")
    return overhead


def main() -> None:
    """Parse the arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--emails", type=int, default=500)
    parser.add_argument("--latency", type=float, default=1.0, help="seconds per Claude call")
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(args.emails, args.latency, args.concurrency))


if __name__ == "__main__":
    main()
