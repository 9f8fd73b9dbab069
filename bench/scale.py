"""Scale: the running service with 100,000 emails in its store.

The Graph emulator holds 100,000 Inbox emails older than the backfill window, and the database
is filled with the same 100,000 emails (with bodies) directly through `Store.upsert_emails`, as
if the assistant had synced them over months. The service then runs in its own process
(`bench.scale_worker`: the real `run_service` in Socket Mode against the fake Slack), so its
resident memory is the service's alone. After its first pass, a few new emails arrive and one
triage pass is timed: an incremental delta round plus the classification of the new mail (the
heuristic: no Claude key). The same process on an empty database is the reference for memory.

Naive sync pass: without delta, finding the new mail means listing the whole Inbox (ids only, the
largest page Graph allows, 1,000) and looking every id up in the store, then GET the new ones.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import aiohttp

from bench.common import (
    REPO_ROOT,
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
from bench.startup import SLACK_ENVIRON
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.graph import GraphClient
from core.store import EmailRecord, Store
from core.vocabulary import STATE_IMMUTABLE_IDS_MIGRATED
from sandbox.graph_emulator import EmulatedMessage, GraphEmulator
from sandbox.slack_emulator import OWNER_ID, FakeSlack

SEED_CHUNK = 1000
LIST_PAGE = 1000
PHASE_TIMEOUT = 300.0
MB = 1024 * 1024


def record_of(message: EmulatedMessage) -> EmailRecord:
    """Return the row the store keeps for an emulated message (as a sync would store it)."""
    return EmailRecord(
        id=message.immutable_id,
        conversation_id=message.conversation_id,
        internet_message_id=message.internet_message_id,
        subject=message.subject,
        sender_name=message.sender_name,
        sender_address=message.sender_address.lower(),
        received_at=message.received,
        web_link=None,
        preview=message.body[:255],
        folder_id=message.folder_id,
        is_read=message.is_read,
        importance=message.importance,
        body_text=message.body,
    )


async def seed_store(path: Path, messages: list[EmulatedMessage]) -> None:
    """Fill a new database with these emails, ids already immutable."""
    store = await Store.open(path)
    try:
        for start in range(0, len(messages), SEED_CHUNK):
            await store.upsert_emails([record_of(m) for m in messages[start : start + SEED_CHUNK]])
        await store.set_state(STATE_IMMUTABLE_IDS_MIGRATED, "true")
    finally:
        await store.close()


async def naive_sync(client: GraphClient, store: Store) -> int:
    """Find new Inbox mail by listing every id and looking it up; GET the new ones; count them."""
    new: list[str] = []
    async for page in client.pages(
        "/me/mailFolders/inbox/messages",
        params={"$top": str(LIST_PAGE), "$select": "id"},
        immutable_ids=True,
    ):
        listed = [str(item["id"]) for item in page.get("value") or ()]
        known = await store.get_emails(listed)
        new.extend(i for i in listed if i not in known)
    for message_id in new:
        await client.get_json(f"/me/messages/{segment(message_id)}", immutable_ids=True)
    return len(new)


class Worker:
    """One `bench.scale_worker` process and its two-phase conversation."""

    def __init__(self, process: asyncio.subprocess.Process, errors: IO[bytes]) -> None:
        self.process = process
        self.errors = errors

    @classmethod
    async def start(cls, config: Path, errors: IO[bytes]) -> Worker:
        """Start the service process on `config` (its stderr goes to `errors`)."""
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.scale_worker",
            str(config),
            cwd=REPO_ROOT,
            env={**os.environ, **SLACK_ENVIRON},  # as a real `run`: tokens from the environment
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=errors,
        )
        return cls(process, errors)

    async def expect(self, event: str) -> dict[str, Any]:
        """Read the next JSON line, which must be `event`."""
        assert self.process.stdout is not None
        async with asyncio.timeout(PHASE_TIMEOUT):
            line = await self.process.stdout.readline()
        said: dict[str, Any] = json.loads(line) if line.strip() else {}
        if said.get("event") != event:
            await self.process.wait()
            self.errors.seek(0)
            tail = self.errors.read().decode(errors="replace")[-2000:]
            raise BenchError(f"the scale worker said {line!r}, not {event!r}:\n{tail}")
        return said

    async def go(self) -> None:
        """Let the worker run its timed pass."""
        assert self.process.stdin is not None
        self.process.stdin.write(b"go\n")
        await self.process.stdin.drain()

    async def finish(self) -> None:
        """Wait for the process to exit (kill it if it does not)."""
        try:
            async with asyncio.timeout(30):
                await self.process.wait()
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
        if self.process.returncode != 0:
            raise BenchError(f"the scale worker exited with {self.process.returncode}")


async def measure_service(
    config: Path,
    graph: GraphEmulator,
    new: int,
    latency: float,
    before_go: Callable[[], Awaitable[dict[str, float]]] | None = None,
) -> dict[str, Any]:
    """Run the worker on `config`; deliver `new` emails after its first pass; return figures."""
    with tempfile.TemporaryFile() as errors:
        worker = await Worker.start(config, errors)
        try:
            ready = await worker.expect("ready")
            deliver(graph, new, spacing=timedelta(seconds=1), tag="new ")
            graph.latency = latency
            naive = await before_go() if before_go is not None else None
            mark = len(graph.requests)
            await worker.go()
            done = await worker.expect("done")
            done["graph_requests"] = round_trips(graph, mark)
            await worker.finish()
        finally:
            graph.latency = 0.0
            if worker.process.returncode is None:
                worker.process.kill()
                await worker.process.wait()
    if done["new"] != new:
        raise BenchError(f"the timed pass stored {done['new']} new emails, not {new}")
    return {"ready": ready, "done": done, "naive": naive}


def db_megabytes(path: Path) -> float:
    """Return the size of a SQLite database with its -wal and -shm files, in MB."""
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return sum(f.stat().st_size for f in files if f.exists()) / MB


async def run(options: Options) -> BenchResult:
    """Measure the service on an empty and on a 100,000-email store; return the figures."""
    emails, new = options.sizes.scale_emails, options.sizes.scale_new
    graph = GraphEmulator()
    slack = FakeSlack()
    async with (
        graph.serve(),
        slack.serve(),
        workspace() as directory,
        aiohttp.ClientSession() as session,
    ):
        configs = {}
        for name in ("empty", "full"):
            (directory / name).mkdir()
            configs[name] = write_config(
                directory / name, graph_url=graph.base_url, slack_url=slack.base_url, owner=OWNER_ID
            )
        started = time.perf_counter()
        old = deliver(
            graph,
            emails,
            newest=datetime.now(UTC) - timedelta(days=3),
            spacing=timedelta(seconds=2),
        )
        full_db = directory / "full" / "bench.db"
        await seed_store(full_db, old)
        seeding = time.perf_counter() - started

        empty = await measure_service(configs["empty"], graph, new, options.graph_latency)
        client = GraphClient(session, StaticTokenProvider("b"), base_url=graph.base_url)
        naive_store = await Store.open(full_db)
        try:

            async def naive_pass() -> dict[str, float]:
                mark, began = len(graph.requests), time.perf_counter()
                found = await naive_sync(client, naive_store)
                seconds = time.perf_counter() - began
                return {"seconds": seconds, "requests": round_trips(graph, mark), "new": found}

            full = await measure_service(
                configs["full"], graph, new, options.graph_latency, before_go=naive_pass
            )
        finally:
            await naive_store.close()
        sizes = {name: db_megabytes(directory / name / "bench.db") for name in configs}

    naive = full["naive"]
    if naive["new"] != new:
        raise BenchError(f"the naive pass found {naive['new']} new emails, not {new}")
    count = f"{emails:,}"
    pass_name = f"one sync pass ({new} new emails)"
    return BenchResult(
        name="scale",
        title=f"Scale: {count} emails in the store, Graph at {options.graph_latency:g} s per call",
        rows=[
            Row(
                "service resident memory (RSS)",
                full["done"]["rss_mb"],
                empty["done"]["rss_mb"],
                "MB",
                kind="empty store",
                compare="none",
            ),
            Row(
                "service peak memory (VmHWM)",
                full["done"]["peak_rss_mb"],
                empty["done"]["peak_rss_mb"],
                "MB",
                kind="empty store",
                compare="none",
            ),
            Row(pass_name, full["done"]["seconds"], naive["seconds"], "s"),
            Row(
                f"Graph requests, {pass_name}",
                full["done"]["graph_requests"],
                naive["requests"],
                "requests",
            ),
            Row(
                "database size on disk",
                sizes["full"],
                sizes["empty"],
                "MB",
                kind="empty store",
                compare="none",
            ),
        ],
        notes=[
            f"ours: the service process (run_service) with {count} stored emails; the pass is "
            "TriageService.refresh: an incremental delta round + heuristic classification",
            f"naive pass: list the whole Inbox ({LIST_PAGE:,} ids a page), look each id up in "
            "the store, GET the new ones",
            "empty store: the same service process with an empty database",
        ],
        details={
            "emails": emails,
            "new_emails": new,
            "seeding_seconds": seeding,
            "full": full,
            "empty": {"ready": empty["ready"], "done": empty["done"]},
            "db_mb": sizes,
            "db_bytes_per_email": sizes["full"] * MB / emails,
        },
    )
