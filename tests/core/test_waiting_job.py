"""The waiting-for job: scheduled through the facade, two minutes after triage, every 10."""

from __future__ import annotations

from datetime import timedelta

from apscheduler.triggers.interval import IntervalTrigger  # type: ignore[import-untyped]

from core.api import Assistant, WaitingCheck
from core.jobs import WAITING_JOB_ID
from tests.core.test_jobs import scheduler as scheduler  # noqa: F401  (the fixture)


async def test_the_service_schedules_the_waiting_check_through_the_facade(scheduler, owner_runtime):
    assistant = Assistant(owner_runtime)
    jobs = assistant.schedule_jobs(scheduler, first_run_delay=timedelta(hours=1))
    job = scheduler.get_job(WAITING_JOB_ID)
    assert isinstance(job.trigger, IntervalTrigger)
    assert job.trigger.interval == timedelta(minutes=10)
    assert (job.max_instances, job.coalesce) == (1, True)
    assert jobs.waiting is not None and await jobs.waiting.run() is True
    assert jobs.health()[WAITING_JOB_ID].runs == 1
    # Nothing is waiting: the check reads no Sent Items and posts nothing.
    assert await assistant.check_waits() == WaitingCheck()
    assert await assistant.open_waits() == []
    assert await assistant.wait(1) is None
