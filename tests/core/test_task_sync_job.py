"""The task-sync job: scheduled beside triage, every `integrations.task_sync_minutes`."""

from __future__ import annotations

import logging
from datetime import timedelta

from apscheduler.triggers.interval import IntervalTrigger  # type: ignore[import-untyped]

from core.api import Assistant
from core.jobs import TASK_SYNC_JOB_ID, schedule_jobs
from tests.core.config_helpers import load
from tests.core.test_jobs import NOW, FakeService, as_triage
from tests.core.test_jobs import scheduler as scheduler  # noqa: F401  (the fixture)


async def test_task_sync_runs_a_minute_after_start_then_every_15_minutes(scheduler):
    service = FakeService()
    passes = 0

    async def sync_tasks() -> None:
        nonlocal passes
        passes += 1

    jobs = schedule_jobs(
        scheduler,
        as_triage(service),
        settings=service.settings,
        reload=None,
        clock=lambda: NOW,
        sync_tasks=sync_tasks,
    )

    job = scheduler.get_job(TASK_SYNC_JOB_ID)
    assert job.next_run_time == NOW + timedelta(minutes=1)
    assert isinstance(job.trigger, IntervalTrigger)
    assert job.trigger.interval == timedelta(minutes=15) == jobs.task_sync_interval
    assert (job.max_instances, job.coalesce) == (1, True)
    assert jobs.task_sync is not None and await jobs.task_sync.run() is True
    assert passes == 1 and jobs.health()[TASK_SYNC_JOB_ID].runs == 1


async def test_a_config_change_of_the_interval_reschedules_task_sync(scheduler, tmp_path, caplog):
    service = FakeService()
    service.settings = load(tmp_path, "integrations:\n  task_sync_minutes: 5\n")

    async def reload() -> None:
        service.settings = load(tmp_path, "integrations:\n  task_sync_minutes: 60\n")

    async def sync_tasks() -> None:
        return None

    jobs = schedule_jobs(
        scheduler,
        as_triage(service),
        settings=service.settings,
        reload=reload,
        sync_tasks=sync_tasks,
    )
    assert scheduler.get_job(TASK_SYNC_JOB_ID).trigger.interval == timedelta(minutes=5)
    assert jobs.config_reload is not None
    with caplog.at_level(logging.INFO, logger="core.jobs"):
        assert await jobs.config_reload.run() is True
    assert scheduler.get_job(TASK_SYNC_JOB_ID).trigger.interval == timedelta(hours=1)
    assert "Task sync now runs every 60 minutes" in caplog.text


async def test_the_service_schedules_task_sync_through_the_facade(scheduler, owner_runtime):
    assistant = Assistant(owner_runtime)
    jobs = assistant.schedule_jobs(scheduler, first_run_delay=timedelta(hours=1))
    assert scheduler.get_job(TASK_SYNC_JOB_ID) is not None and jobs.task_sync is not None
    # integrations.todo is off in this config: the pass has no backend to read.
    assert (await assistant.sync_tasks()).backends == ()
    assert await jobs.task_sync.run() is True
