"""The scheduler wiring: what is scheduled and how, and how a job run fails, without waiting.

Jobs are inspected on a real (paused) AsyncIOScheduler and their functions called directly.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import cast

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]
from apscheduler.triggers.interval import IntervalTrigger  # type: ignore[import-untyped]

from core.errors import AuthError, GraphAuthError, GraphUnavailable
from core.jobs import (
    CONFIG_RELOAD_JOB_ID,
    TRIAGE_JOB_ID,
    GuardedJob,
    every,
    schedule_jobs,
)
from core.triage.service import TriageService
from core.triage.views import TriageReport
from tests.core.config_helpers import load
from tests.core.test_triage import eventually, make_rig, make_settings

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def rig(emulator, graph, store):
    return make_rig(emulator, graph, store)


class FakeService:
    """A TriageService stand-in whose refresh does what the test says."""

    def __init__(self) -> None:
        self.settings = make_settings()
        self.calls = 0
        self.errors: list[Exception] = []

    async def refresh(self) -> TriageReport:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return TriageReport()


@pytest.fixture
async def scheduler() -> AsyncIterator[AsyncIOScheduler]:
    sched = AsyncIOScheduler(event_loop=asyncio.get_running_loop(), timezone=UTC)
    sched.start(paused=True)
    yield sched
    sched.shutdown(wait=False)


async def test_triage_first_runs_at_once_then_every_30_s_by_default(scheduler):
    service = FakeService()

    async def reload() -> None:
        return None

    schedule_jobs(
        scheduler, as_triage(service), settings=service.settings, reload=reload, clock=lambda: NOW
    )

    triage = scheduler.get_job(TRIAGE_JOB_ID)
    assert triage.next_run_time == NOW
    assert isinstance(triage.trigger, IntervalTrigger)
    assert triage.trigger.interval == timedelta(seconds=30)  # the default poll interval
    assert (triage.max_instances, triage.coalesce) == (1, True)
    assert triage.misfire_grace_time == 30
    reload_job = scheduler.get_job(CONFIG_RELOAD_JOB_ID)
    assert reload_job.trigger.interval == timedelta(seconds=30)
    assert (reload_job.max_instances, reload_job.coalesce) == (1, True)
    assert {job.id for job in scheduler.get_jobs()} == {TRIAGE_JOB_ID, CONFIG_RELOAD_JOB_ID}


@pytest.mark.parametrize(
    ("triage", "interval"),
    [
        ("  poll_interval_minutes: 5\n", timedelta(minutes=5)),  # a config from before seconds
        ("  poll_interval_minutes: 1\n", timedelta(minutes=1)),
        ("  poll_interval_seconds: 15\n", timedelta(seconds=15)),
        ("  poll_interval_seconds: 45\n", timedelta(seconds=45)),
        ("  poll_interval_seconds: 600\n", timedelta(minutes=10)),
        ("  poll_interval_minutes: null\n", timedelta(seconds=30)),
        ("  backfill_days: 2\n", timedelta(seconds=30)),
    ],
)
async def test_the_configured_poll_interval_is_the_one_scheduled(
    scheduler, tmp_path, triage, interval
):
    settings = load(tmp_path, "triage:\n" + triage)
    service = FakeService()

    jobs = schedule_jobs(
        scheduler, as_triage(service), settings=settings, reload=None, clock=lambda: NOW
    )

    job = scheduler.get_job(TRIAGE_JOB_ID)
    assert job.trigger.interval == interval == jobs.interval
    assert job.misfire_grace_time == interval.total_seconds()
    assert job.next_run_time == NOW


async def test_the_first_run_can_be_pushed_back(scheduler):
    service = FakeService()

    schedule_jobs(
        scheduler,
        as_triage(service),
        settings=service.settings,
        reload=None,
        clock=lambda: NOW,
        first_run_delay=timedelta(hours=1),
    )

    assert scheduler.get_job(TRIAGE_JOB_ID).next_run_time == NOW + timedelta(hours=1)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(30, "every 30 s"), (15.5, "every 15.5 s"), (60, "every minute"), (300, "every 5 minutes")],
)
def test_the_interval_reads_well_in_the_log(seconds, text):
    assert every(timedelta(seconds=seconds)) == text


async def test_without_a_reload_coroutine_only_triage_is_scheduled(scheduler):
    service = FakeService()

    jobs = schedule_jobs(scheduler, as_triage(service), settings=service.settings, reload=None)

    assert [job.id for job in scheduler.get_jobs()] == [TRIAGE_JOB_ID]
    assert jobs.config_reload is None and list(jobs.health()) == [TRIAGE_JOB_ID]
    first = scheduler.get_job(TRIAGE_JOB_ID).next_run_time
    assert abs(first - datetime.now(UTC)) < timedelta(seconds=5)


async def test_a_failing_run_is_logged_counted_and_the_next_run_goes_ahead(scheduler, caplog):
    service = FakeService()
    service.errors = [GraphUnavailable("Graph is down", status=503)]
    jobs = schedule_jobs(scheduler, as_triage(service), settings=service.settings, reload=None)
    scheduled = scheduler.get_job(TRIAGE_JOB_ID).next_run_time

    with caplog.at_level(logging.ERROR, logger="core.jobs"):
        assert await jobs.triage.run() is False
    assert "triage job failed" in caplog.text and "Graph is down" in caplog.text
    health = jobs.health()[TRIAGE_JOB_ID]
    assert (health.runs, health.failures, health.consecutive_failures) == (1, 1, 1)
    assert "Graph is down" in (health.last_error or "")

    assert await jobs.triage.run() is True
    assert service.calls == 2
    assert (health.runs, health.failures, health.consecutive_failures) == (2, 1, 0)
    assert health.last_success_at is not None
    # The failure did not unschedule or pause the job.
    assert scheduler.get_job(TRIAGE_JOB_ID).next_run_time == scheduled


@pytest.mark.parametrize("error", [GraphAuthError("token rejected", status=401), AuthError("no")])
async def test_an_auth_failure_asks_for_sign_in(error, caplog):
    alerts: list[Exception] = []

    async def alert(err: Exception) -> None:
        alerts.append(err)

    async def work() -> None:
        raise error

    job = GuardedJob("triage", work, timeout=10, on_sign_in_needed=alert)
    with caplog.at_level(logging.ERROR, logger="core.jobs"):
        assert await job.run() is False

    assert "sign in again" in caplog.text
    assert alerts == [error]
    assert job.health.needs_sign_in and job.health.failures == 1


async def test_a_run_that_overruns_its_timeout_is_cancelled_and_counted(caplog):
    never = asyncio.Event()
    job = GuardedJob("triage", never.wait, timeout=0)

    with caplog.at_level(logging.ERROR, logger="core.jobs"):
        assert await job.run() is False

    assert job.health.last_error == "timed out after 0 s"
    assert "timed out" in caplog.text


@pytest.mark.parametrize(
    ("before", "after", "interval"),
    [
        ("poll_interval_minutes: 5", "poll_interval_minutes: 2", timedelta(minutes=2)),
        ("poll_interval_minutes: 5", "poll_interval_seconds: 20", timedelta(seconds=20)),
        ("poll_interval_seconds: 20", "backfill_days: 2", timedelta(seconds=30)),
    ],
)
async def test_a_config_change_of_the_poll_interval_reschedules_triage(
    scheduler, tmp_path, caplog, before, after, interval
):
    service = FakeService()
    service.settings = load(tmp_path, f"triage:\n  {before}\n")
    reloads = 0

    async def reload() -> None:
        nonlocal reloads
        reloads += 1
        service.settings = load(tmp_path, f"triage:\n  {after}\n")

    jobs = schedule_jobs(scheduler, as_triage(service), settings=service.settings, reload=reload)
    assert jobs.config_reload is not None

    with caplog.at_level(logging.INFO, logger="core.jobs"):
        assert await jobs.config_reload.run() is True

    assert reloads == 1 and jobs.interval == interval
    assert scheduler.get_job(TRIAGE_JOB_ID).trigger.interval == interval
    assert f"Triage now runs {every(interval)}" in caplog.text


async def test_two_triage_runs_at_once_do_the_pass_once(scheduler, rig):
    for i in range(2):
        rig.deliver(f"Mail {i}")
    jobs = schedule_jobs(scheduler, rig.triage, settings=rig.settings, reload=None)
    rig.primary.gate = asyncio.Event()

    first = asyncio.create_task(jobs.triage.run())
    await eventually(lambda: bool(rig.primary.history))
    assert await jobs.triage.run() is True  # returns at once: a pass is already running
    rig.primary.gate.set()
    assert await first is True

    assert sorted(rig.primary.subjects) == ["Mail 0", "Mail 1"]
    assert rig.triage.stats.passes == 1 and rig.triage.stats.skipped_passes == 1
    deltas = [r for r in rig.emulator.requests if r.path.endswith("/messages/delta")]
    assert len(deltas) == 1


async def test_an_idle_pass_is_one_graph_request_and_says_nothing_at_info(scheduler, rig, caplog):
    rig.deliver("Mail 0")
    jobs = schedule_jobs(scheduler, rig.triage, settings=rig.settings, reload=None)
    assert await jobs.triage.run() is True  # the first pass: new mail, reported at INFO
    before = len(rig.emulator.requests)
    caplog.clear()

    with caplog.at_level(logging.INFO):
        assert await jobs.triage.run() is True

    [idle] = rig.emulator.requests[before:]
    assert idle.method == "GET" and idle.path.endswith("/messages/delta")
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO] == []
    rig.deliver("Mail 1")
    with caplog.at_level(logging.INFO):
        assert await jobs.triage.run() is True
    assert "Inbox sync: 1 seen, 1 new" in caplog.text and "Triage pass: 1 new" in caplog.text


def as_triage(service: FakeService) -> TriageService:
    """Hand the stand-in to `schedule_jobs`, which only calls what FakeService has."""
    return cast(TriageService, service)


class SlowService(FakeService):
    """A pass that goes on until the test lets it finish (a big first backfill)."""

    def __init__(self) -> None:
        super().__init__()
        self.started = asyncio.Event()
        self.finish = asyncio.Event()

    async def refresh(self) -> TriageReport:
        self.calls += 1
        self.started.set()
        await self.finish.wait()
        return TriageReport()


async def _tick_now(scheduler: AsyncIOScheduler, job_id: str) -> None:
    # The scheduler's own loop decides the job is due; nothing is called directly.
    scheduler.modify_job(job_id, next_run_time=datetime.now(UTC))
    scheduler.wakeup()
    await asyncio.sleep(0)


async def test_a_tick_during_a_long_pass_is_counted_not_warned(scheduler, caplog):
    service = SlowService()
    jobs = schedule_jobs(scheduler, as_triage(service), settings=service.settings, reload=None)
    other_started = asyncio.Event()

    async def someone_elses_job() -> None:
        other_started.set()
        await service.finish.wait()

    scheduler.add_job(
        someone_elses_job,
        IntervalTrigger(hours=1),
        id="other",
        name="Someone else's job",
        max_instances=1,
        next_run_time=datetime.now(UTC),
    )
    with caplog.at_level(logging.DEBUG):
        scheduler.resume()  # the first pass and the other job are due at once
        await eventually(lambda: service.started.is_set() and other_started.is_set())
        await _tick_now(scheduler, TRIAGE_JOB_ID)
        await eventually(lambda: jobs.triage.health.skipped_ticks == 1)
        await _tick_now(scheduler, "other")
        await eventually(lambda: "skipped: maximum number" in caplog.text)
        service.finish.set()
        await jobs.triage.wait_idle()

    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    # Only the job that is not ours still warns: a real APScheduler warning stays visible.
    assert len(warnings) == 1 and "Someone else's job" in warnings[0]
    assert "running instances" in warnings[0]
    assert "The triage job is still running; tick skipped (1 so far)" in caplog.text
    assert service.calls == 1 and jobs.triage.health.failures == 0
