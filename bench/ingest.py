"""Ingest: Graph requests and wall time to store 1,000 new Inbox emails with their bodies.

Ours: one incremental `InboxSync.sync()` round (a delta query whose `$select` includes the text
body, 50 messages a page). Naive: list the Inbox page by page (50 a page, no body selected), then
GET each message for its body, one request at a time. Both store what they fetched.
"""

from __future__ import annotations

import time

from bench.common import (
    BenchError,
    BenchResult,
    Options,
    Row,
    deliver,
    round_trips,
    segment,
    workspace,
    write_config,
)
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.graph import GraphClient
from core.microsoft.graph_models import Message
from core.microsoft.mail_sync import email_record
from core.runtime import build_runtime
from core.store import EmailRecord, Store
from sandbox.graph_emulator import GraphEmulator

PAGE_SIZE = 50
LIST_SELECT = "id,subject,from,receivedDateTime"


async def naive_ingest(client: GraphClient, store: Store) -> int:
    """List the Inbox, GET every message for its body, store them; return how many."""
    count = 0
    async for page in client.pages(
        "/me/mailFolders/inbox/messages", params={"$top": str(PAGE_SIZE), "$select": LIST_SELECT}
    ):
        records: list[EmailRecord] = []
        for item in page.get("value") or ():
            full = await client.get_json(f"/me/messages/{segment(str(item['id']))}")
            records.append(email_record(Message._from_graph(full)))
        await store.upsert_emails(records)
        count += len(records)
    return count


async def run(options: Options) -> BenchResult:
    """Ingest the same new emails both ways; return the figures."""
    count = options.sizes.ingest_emails
    graph = GraphEmulator()
    async with graph.serve(), workspace() as directory:
        settings = load_settings(write_config(directory, graph_url=graph.base_url))
        runtime = await build_runtime(settings, Secrets(), token_provider=StaticTokenProvider("b"))
        naive_store = await Store.open(directory / "naive.db")
        try:
            await runtime.inbox.sync()  # the empty Inbox's delta link: what follows is new
            deliver(graph, count)
            graph.latency = options.graph_latency

            mark, started = len(graph.requests), time.perf_counter()
            report = await runtime.inbox.sync()
            ours_seconds = time.perf_counter() - started
            ours_requests = round_trips(graph, mark)
            if len(report.new_ids) != count:
                raise BenchError(f"the delta round stored {len(report.new_ids)} of {count} emails")

            mark, started = len(graph.requests), time.perf_counter()
            fetched = await naive_ingest(runtime.graph, naive_store)
            naive_seconds = time.perf_counter() - started
            naive_requests = round_trips(graph, mark)
            if fetched != count:
                raise BenchError(f"the naive listing fetched {fetched} of {count} emails")
        finally:
            await naive_store.close()
            await runtime.aclose()

    emails = f"{count:,}"
    return BenchResult(
        name="ingest",
        title=f"Ingest {emails} new emails",
        rows=[
            Row("Graph requests", ours_requests, naive_requests, "requests"),
            Row("wall time", ours_seconds, naive_seconds, "s"),
        ],
        notes=[
            f"ours: one incremental delta round, $select with text bodies, {PAGE_SIZE} a page",
            f"naive: list the Inbox ({PAGE_SIZE} a page, no bodies), then GET each message for "
            "its body, one request at a time",
        ],
        details={
            "emails": count,
            "pages": report.pages,
            "ours": {"requests": ours_requests, "seconds": ours_seconds},
            "naive": {"requests": naive_requests, "seconds": naive_seconds},
        },
    )
