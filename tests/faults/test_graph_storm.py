"""A Graph storm during 100 approvals: 429s and 503s with Retry-After, and dropped connections.

The emulator's seeded chaos throttles 30 % of requests (outer ones and the items inside each
$batch; Retry-After 1-3 s, recorded by the client's injected sleep instead of slept) and drops
5 % of connections. The owner approves 100 suggestions at once and retries whatever fails until
nothing does. The end state must equal a clean run's on an identical mailbox: every email filed
and categorised once, one To Do task and one task_sync row where one is due, none twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from core.auth import StaticTokenProvider
from core.config import Secrets
from core.runtime import build_runtime
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import RecordingSleep
from tests.faults.helpers_graph import TaskLog
from tests.faults.helpers_mailbox import (
    OwnerRounds,
    compare,
    end_state,
    owner_approves,
    per_email_counts,
    sample_settings,
    seed_mailbox,
)
from tests.graph_schema import schema_problems

pytestmark = pytest.mark.faults

APPROVALS = 100
NOW = datetime.now(UTC)
# A little latency so that requests overlap in the emulator and the concurrency cap is tested.
LATENCY = 0.003


@asynccontextmanager
async def mailbox(latency: float = 0.0) -> AsyncIterator[GraphEmulator]:
    emu = GraphEmulator(seed=11, latency=latency)
    seed_mailbox(emu, extra=40, now=NOW)
    async with emu.serve():
        yield emu
    problems = schema_problems(emu.requests)
    assert not problems, "request bodies that Graph's schema rejects:\n" + "\n".join(problems)


async def owner_run(
    emu: GraphEmulator, db: Path, *, storm: bool, log: TaskLog | None = None
) -> tuple[dict[str, Any], OwnerRounds, list[int]]:
    """Start, triage, approve the first 100 suggestions (in a storm if asked), and retry."""
    settings = sample_settings(emu.base_url, db)
    trace = [log.trace()] if log is not None else []
    sleep = log.sleep if log is not None else RecordingSleep()
    async with aiohttp.ClientSession(trace_configs=trace) as session:
        runtime = await build_runtime(
            settings,
            Secrets(),
            token_provider=StaticTokenProvider("t"),
            session=session,
            graph_sleep=sleep,
        )
        try:
            await runtime.first_start()
            await runtime.triage.refresh()
            pending = await runtime.triage.list_pending(1000)
            chosen = sorted(view.suggestion_id for view in pending)[:APPROVALS]
            assert len(chosen) == APPROVALS
            if storm:
                emu.chaos(rate=0.3, statuses=(429, 503), retry_after=(1, 3), drop_rate=0.05, seed=5)
            rounds = await owner_approves(runtime.triage, chosen)
            emu.clear_faults()
        finally:
            await runtime.store.close()
    return end_state(emu, db, settings.integrations.todo.list_name), rounds, chosen


async def test_a_throttling_storm_during_100_approvals_changes_nothing_but_the_timing(
    tmp_path, scoreboard
):
    async with mailbox() as clean:
        reference, _, _ = await owner_run(clean, tmp_path / "clean.db", storm=False)
    log = TaskLog()
    async with mailbox(LATENCY) as emu:
        state, rounds, chosen = await owner_run(emu, tmp_path / "storm.db", storm=True, log=log)

    # The sample config's graph.max_retries, and the GraphClient's default backoff cap.
    audit = log.audit(emu, max_retries=4, backoff_max=60.0)
    faults = Counter(
        "drop" if e.status == 0 else f"{e.status}{' in $batch' if e.in_batch else ''}"
        for e in emu.chaos_events
    )
    approved = sum(row[0] == "approved" for rows in state["suggestions"].values() for row in rows)
    result = compare(reference, state)
    score = scoreboard.scenario("Graph 429/503 storm + resets, 100 approvals").add(
        attempted=len(chosen),
        succeeded=approved,
        duplicated=result.duplicated,
        lost=result.lost,
        **{
            "throttled answers": audit.throttled,
            "Retry-After honoured": audit.honoured,
            "out of retries": audit.out_of_retries,
            "drops": faults["drop"],
            "owner retries": rounds.retries,
            "max in flight": emu.peak_concurrency,
        },
    )

    assert result.differences == []
    assert approved == APPROVALS
    assert per_email_counts(state, "tasks").keys() == {1}, "one To Do task per email at most"
    assert per_email_counts(state, "task_sync").keys() == {1}, "one task_sync row per email"
    assert state["todo lists"].count("AI Assistant") == 1
    # The storm happened, inside $batch too, and the owner had to retry some approvals.
    assert faults["429"] and faults["503"] and faults["429 in $batch"] and faults["drop"]
    assert rounds.retries > 0 and any(o.status == "failed" for o in rounds.first)
    # Every Retry-After was waited out exactly, unless the retry budget was spent.
    assert audit.problems == []
    assert audit.throttled >= 100 and audit.honoured + audit.out_of_retries == audit.throttled
    assert set(audit.honoured_waits) == {1, 2, 3}
    assert 1 < emu.peak_concurrency <= 4 and emu.concurrency_rejections == 0
    score.assert_clean()
