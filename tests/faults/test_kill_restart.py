"""SIGKILL at random points of the owner's day, then restart: the end state equals a clean run.

The owner's day (start-up, a triage pass, approving every suggestion) runs in a child process
against a Graph emulator this test serves, with its SQLite file in tmp_path. Each round kills the
child with SIGKILL at a seeded random point: just before the n-th Graph request reaches the
emulator (so it never runs), just after the emulator carried it out (so its answer is lost), or
a random delay after the child's first request (mid-way through local work). A fresh child then
resumes from the database. Once a child finishes, folders, categories, To Do tasks and task_sync
rows must equal those of an uninterrupted run on an identical mailbox.

Children are forked from a multiprocessing fork server that imported the worker once, so a
restart costs milliseconds rather than the seconds a fresh interpreter spends importing.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import random
import signal
import sqlite3
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from sandbox.graph_emulator import GraphEmulator
from sandbox.graph_emulator.wire import GraphReply, GraphRequest, RecordedRequest, status_fault
from tests.faults.helpers_mailbox import compare, end_state, per_email_counts, seed_mailbox
from tests.faults.helpers_worker import owner_day, run

pytestmark = pytest.mark.faults

NOW = datetime.now(UTC)
KILLS = 12
SEED = 20240521
CHILD_TIMEOUT = 60.0


@dataclass
class KillSwitch:
    """When armed, SIGKILLs the child at its n-th request (before or after it ran) or on a timer."""

    proc: Any = None
    countdown: int | None = None
    before: bool = False
    delay: float | None = None
    timer: asyncio.TimerHandle | None = None
    fired: bool = False
    points: Counter[str] = field(default_factory=Counter)

    def arm(self, proc: Any, how: str, rng: random.Random) -> None:
        """Aim at `proc`: "before a request", "after a request" or "on a timer"."""
        self.proc, self.fired = proc, False
        self.before = how == "before a request"
        self.countdown = rng.randint(1, 60) if how != "on a timer" else None
        self.delay = rng.uniform(0.0, 0.25) if how == "on a timer" else None

    def disarm(self) -> None:
        """Stop aiming (a pending timer included)."""
        if self.timer is not None:
            self.timer.cancel()
        self.proc = self.timer = None

    def kill(self, where: str) -> None:
        """SIGKILL the child; Process.kill never signals a pid that was already reaped."""
        if self.proc is not None and not self.fired:
            self.proc.kill()
            self.fired = True
            self.points[where] += 1

    def on_request(self, req: GraphRequest, *, before: bool) -> bool:
        """Count a request; return True when the child was killed before it could run."""
        if self.proc is None or self.fired:
            return False
        if self.delay is not None:
            if before:  # the child is up: start the clock
                delay, self.delay = self.delay, None
                self.timer = asyncio.get_running_loop().call_later(delay, self.kill, "on a timer")
            return False
        if before:
            assert self.countdown is not None
            self.countdown -= 1
            if self.countdown > 0:
                return False
            if self.before and not req.in_batch:
                self.kill(f"before {req.method}")
                return True
            self.countdown = 0
            return False
        if self.countdown == 0:
            self.kill(f"after {req.method}{' in $batch' if req.in_batch else ''}")
        return False


class KillingEmulator(GraphEmulator):
    """The emulator with a kill switch on its one dispatcher."""

    def __init__(self, switch: KillSwitch, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.switch = switch

    def run(
        self,
        req: GraphRequest,
        *,
        reject: Any = None,
        record: RecordedRequest | None = None,
    ) -> GraphReply:
        if self.switch.on_request(req, before=True):
            # The child is dead before the request reached Graph: it never runs.
            return super().run(req, reject=status_fault(503), record=record)
        reply = super().run(req, reject=reject, record=record)
        self.switch.on_request(req, before=False)
        return reply


def child(ctx: Any, base_url: str, db: Path) -> Any:
    """Start one owner day in a child forked from the fork server."""
    proc = ctx.Process(target=run, args=(base_url, str(db)), daemon=True)
    proc.start()
    return proc


async def wait(proc: Any) -> int:
    """Wait for the child without blocking the loop that serves the emulator."""
    await asyncio.to_thread(proc.join, CHILD_TIMEOUT)
    if proc.exitcode is None:
        proc.kill()
        raise AssertionError(f"the worker did not finish within {CHILD_TIMEOUT} s")
    return int(proc.exitcode)


def interrupted(db: Path) -> int:
    """Count approvals a dead child left 'approving' (opening the file recovers its WAL)."""
    with closing(sqlite3.connect(db)) as conn:
        row = conn.execute("SELECT count(*) FROM suggestions WHERE status = 'approving'").fetchone()
    return int(row[0])


async def test_sigkill_at_random_points_then_restart_ends_as_a_clean_run(tmp_path, scoreboard):
    clean = GraphEmulator(seed=3)
    seed_mailbox(clean, extra=20, now=NOW)
    async with clean.serve() as url:
        await owner_day(url, tmp_path / "clean.db")
    reference = end_state(clean, tmp_path / "clean.db", "AI Assistant")

    rng = random.Random(SEED)
    switch = KillSwitch()
    emu = KillingEmulator(switch, seed=3)
    seed_mailbox(emu, extra=20, now=NOW)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.faults.helpers_worker"])
    db = tmp_path / "killed.db"
    kills = finished = 0
    mid_approval = 0
    async with emu.serve() as url:
        for _ in range(KILLS + 20):
            proc = child(ctx, url, db)
            if kills < KILLS:
                how = rng.choice(["before a request", "after a request", "on a timer"])
                switch.arm(proc, how, rng)
            status = await wait(proc)
            switch.disarm()
            if status == 0:
                finished += 1
                if kills >= KILLS:
                    break
                continue  # finished before the kill point: the next round starts anew
            assert status == -signal.SIGKILL, f"the worker failed on its own (exit {status})"
            kills += 1
            if db.exists() and interrupted(db):
                mid_approval += 1
    state = end_state(emu, db, "AI Assistant")

    result = compare(reference, state)
    approved = sum(row[0] == "approved" for rows in state["suggestions"].values() for row in rows)
    wanted = sum(row[0] == "approved" for rows in reference["suggestions"].values() for row in rows)
    score = scoreboard.scenario("SIGKILL + restart during approvals").add(
        attempted=wanted,
        succeeded=approved,
        duplicated=result.duplicated,
        lost=result.lost,
        kills=kills,
        **{
            "restarts": kills + finished,
            "kills mid-approval": mid_approval,
            "kill points": dict(switch.points),
        },
    )

    assert kills == KILLS and finished >= 1
    assert result.differences == []
    assert approved == wanted == len(reference["suggestions"])
    assert per_email_counts(state, "tasks").keys() == {1}
    assert per_email_counts(state, "task_sync").keys() == {1}
    assert mid_approval > 0, "no kill landed in the middle of an approval"
    score.assert_clean()
