"""APScheduler 3.x wiring: each job is a thin, guarded call to one service method.

Jobs run on the asyncio loop: the triage pass (first as soon as it is scheduled, then every
`triage.poll_interval_seconds`, 30 s by default), the config reload (every 30 s) and, when the
front end asks for it, task sync (every `integrations.task_sync_minutes`, 15 by default; its
first pass a minute after start, out of the first triage pass's way), the waiting-for check
(every 10 minutes: replies, Sent Items, nudges and escalations), and the follow-up ticks the
front end asks for: the daily digest (every minute; it sends only when today's is due and
unclaimed), queue aging (every 5 minutes), the sender rule proposer (every 15 minutes) and the
read of the owner's filed mail the offline classifier learns from (every 6 hours). None
ever runs twice at once (`max_instances=1`), missed runs collapse into one (`coalesce`), and a
`GuardedJob` runs each under `asyncio.timeout`, logs a failure at ERROR, counts it, and returns,
so the next tick simply tries again. A token problem (GraphAuthError, AuthError) is logged as
needing sign-in and reported to an optional callback (e.g. an admin alert).

A tick that comes while the previous run is still going (a big first backfill outlasts a 30 s
poll) is normal here: APScheduler would log it at WARNING as "maximum number of running instances
reached"; for our own jobs that line is logged at DEBUG instead and counted in
`JobHealth.skipped_ticks`. Every other APScheduler warning stays as it is.

The first triage run is set with ``next_run_time``: in APScheduler 3.x ``next_run_time=None``
adds the job paused, so it would never run. It is due at once: the job is scheduled only after
Slack is connected and the Microsoft 365 start-up is done, so waiting would only delay the mail
that arrived while the service was down, the most overdue of all.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.events import (  # type: ignore[import-untyped]
    EVENT_JOB_MAX_INSTANCES,
    JobSubmissionEvent,
)
from apscheduler.triggers.interval import IntervalTrigger  # type: ignore[import-untyped]

from core.config.settings import Settings
from core.errors import AuthError, GraphAuthError
from core.triage.service import TriageService

log = logging.getLogger(__name__)

TRIAGE_JOB_ID = "triage"
CONFIG_RELOAD_JOB_ID = "config-reload"
TASK_SYNC_JOB_ID = "task-sync"
WAITING_JOB_ID = "waiting-for"
# Nudges are counted in hours: a check every 10 minutes is on time, and costs one Sent Items read.
WAITING_CHECK_INTERVAL = timedelta(minutes=10)
FIRST_WAITING_CHECK_DELAY = timedelta(minutes=2)
WAITING_CHECK_TIMEOUT = 5 * 60.0
FIRST_TASK_SYNC_DELAY = timedelta(minutes=1)
TASK_SYNC_TIMEOUT = 5 * 60.0
FIRST_TRIAGE_DELAY = timedelta(0)
DIGEST_JOB_ID = "daily-digest"
QUEUE_AGING_JOB_ID = "queue-aging"
# The digest job only looks whether today's digest is due (one store read while it is sent).
DIGEST_TICK = timedelta(minutes=1)
QUEUE_AGING_TICK = timedelta(minutes=5)
FOLLOWUP_TIMEOUT = 2 * 60.0
SENDER_RULES_JOB_ID = "sender-rules"
# Proposals are not urgent, and the decisions they learn from change only with approvals.
SENDER_RULES_INTERVAL = timedelta(minutes=15)
FIRST_SENDER_RULES_DELAY = timedelta(minutes=2)
FILED_MAIL_JOB_ID = "filed-mail"
# Start-up reads the filed mail first; filing habits change over days, not minutes.
FILED_MAIL_INTERVAL = timedelta(hours=6)
FILED_MAIL_TIMEOUT = 5 * 60.0
CONFIG_RELOAD_INTERVAL = timedelta(seconds=30)
DEFAULT_TRIAGE_TIMEOUT = 15 * 60.0
CONFIG_RELOAD_TIMEOUT = 20.0

SignInCallback = Callable[[Exception], Awaitable[object]]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _every(interval: timedelta) -> IntervalTrigger:
    return IntervalTrigger(seconds=interval.total_seconds())


def every(interval: timedelta) -> str:
    """Describe a poll interval for the log: "every 30 s", "every minute", "every 5 minutes"."""
    seconds = interval.total_seconds()
    if seconds % 60:
        return f"every {seconds:g} s"
    minutes = int(seconds // 60)
    return "every minute" if minutes == 1 else f"every {minutes} minutes"


@dataclass
class JobHealth:
    """How a job has fared since start-up."""

    runs: int = 0
    failures: int = 0
    consecutive_failures: int = 0
    last_error: str | None = None
    last_success_at: datetime | None = None
    needs_sign_in: bool = False
    skipped_ticks: int = 0  # ticks that came while the previous run was still going


class GuardedJob:
    """Run one job's work under a timeout; log and count failures instead of raising them."""

    def __init__(
        self,
        name: str,
        work: Callable[[], Awaitable[object]],
        *,
        timeout: float,
        on_sign_in_needed: SignInCallback | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.name = name
        self.health = JobHealth()
        self._work = work
        self._timeout = timeout
        self._on_sign_in_needed = on_sign_in_needed
        self._clock = clock
        self._running = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def run(self) -> bool:
        """Run the work once; return whether it succeeded."""
        self._running += 1
        self._idle.clear()
        try:
            return await self._run()
        finally:
            self._running -= 1
            if not self._running:
                self._idle.set()

    async def wait_idle(self) -> None:
        """Return once no run is in progress (a stopping service lets the last one finish)."""
        await self._idle.wait()

    async def _run(self) -> bool:
        self.health.runs += 1
        try:
            async with asyncio.timeout(self._timeout):
                await self._work()
        except (GraphAuthError, AuthError) as err:
            self._failed(err)
            self.health.needs_sign_in = True
            log.error(
                "The %s job needs the owner to sign in again (run `outlook-assistant login`): %s",
                self.name,
                err,
            )
            await self._alert(err)
            return False
        except TimeoutError as err:
            self._failed(err, f"timed out after {self._timeout:g} s")
            log.error("The %s job timed out after %g s; next run retries", self.name, self._timeout)
            return False
        except Exception as err:
            self._failed(err)
            log.error(
                "The %s job failed (%d in a row): %s: %s; the next run retries",
                self.name,
                self.health.consecutive_failures,
                type(err).__name__,
                err,
                exc_info=err,
            )
            return False
        self.health.consecutive_failures = 0
        self.health.needs_sign_in = False
        self.health.last_success_at = self._clock()
        return True

    def _failed(self, err: Exception, text: str | None = None) -> None:
        self.health.failures += 1
        self.health.consecutive_failures += 1
        self.health.last_error = text or f"{type(err).__name__}: {err}"

    async def _alert(self, err: Exception) -> None:
        if self._on_sign_in_needed is None:
            return
        try:
            await self._on_sign_in_needed(err)
        except Exception:
            log.exception("Could not report that the %s job needs sign-in", self.name)


class _OwnJobStillRunning(logging.Filter):
    """Keep APScheduler's "maximum number of running instances reached" for our jobs out of WARNING.

    The skip itself is counted by the EVENT_JOB_MAX_INSTANCES listener and logged at DEBUG there;
    the same line for any other job, and every other APScheduler message, passes unchanged.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if not str(record.msg).startswith('Execution of job "%s" skipped: maximum number of'):
            return True
        job = record.args[0] if isinstance(record.args, tuple) and record.args else None
        return getattr(job, "id", None) not in (
            TRIAGE_JOB_ID,
            CONFIG_RELOAD_JOB_ID,
            TASK_SYNC_JOB_ID,
            DIGEST_JOB_ID,
            SENDER_RULES_JOB_ID,
            QUEUE_AGING_JOB_ID,
            WAITING_JOB_ID,
            FILED_MAIL_JOB_ID,
        )


_OWN_JOB_STILL_RUNNING = _OwnJobStillRunning()


@dataclass
class ScheduledJobs:
    """The jobs `schedule_jobs` added, for health reports and direct calls in tests."""

    triage: GuardedJob
    config_reload: GuardedJob | None = None
    interval: timedelta = timedelta(0)
    task_sync: GuardedJob | None = None
    task_sync_interval: timedelta = timedelta(0)
    digest: GuardedJob | None = None
    queue_aging: GuardedJob | None = None
    waiting: GuardedJob | None = None
    sender_rules: GuardedJob | None = None
    filed_mail: GuardedJob | None = None

    def health(self) -> dict[str, JobHealth]:
        """Return each job's health by job id."""
        jobs = {
            TRIAGE_JOB_ID: self.triage,
            CONFIG_RELOAD_JOB_ID: self.config_reload,
            TASK_SYNC_JOB_ID: self.task_sync,
            DIGEST_JOB_ID: self.digest,
            QUEUE_AGING_JOB_ID: self.queue_aging,
            WAITING_JOB_ID: self.waiting,
            SENDER_RULES_JOB_ID: self.sender_rules,
            FILED_MAIL_JOB_ID: self.filed_mail,
        }
        return {name: job.health for name, job in jobs.items() if job is not None}

    def count_skipped_tick(self, event: JobSubmissionEvent) -> None:
        """Count a tick APScheduler skipped because the job's previous run was still going."""
        health = self.health().get(event.job_id)
        if health is None:
            return
        health.skipped_ticks += 1
        log.debug(
            "The %s job is still running; tick skipped (%d so far)",
            event.job_id,
            health.skipped_ticks,
        )


def schedule_jobs(
    scheduler: Any,
    service: TriageService,
    *,
    settings: Settings,
    reload: Callable[[], Awaitable[object]] | None,
    triage_timeout: float = DEFAULT_TRIAGE_TIMEOUT,
    on_sign_in_needed: SignInCallback | None = None,
    clock: Callable[[], datetime] = _utc_now,
    first_run_delay: timedelta = FIRST_TRIAGE_DELAY,
    sync_tasks: Callable[[], Awaitable[object]] | None = None,
    check_waits: Callable[[], Awaitable[object]] | None = None,
) -> ScheduledJobs:
    """Add the triage job, (with `reload`) the config reload and (with `sync_tasks`) task sync.

    Args:
        scheduler: an `apscheduler.schedulers.asyncio.AsyncIOScheduler`, started or not.
        service: the triage service whose `refresh` the triage job calls.
        settings: the settings at start-up (poll interval).
        reload: the config reload coroutine (`Runtime.reload_config`), or None for no reload job.
        triage_timeout: seconds one triage pass may take before it is cancelled.
        on_sign_in_needed: awaited with the error when a job finds the owner must sign in.
        clock: the current UTC time.
        first_run_delay: how long after now the first triage pass runs (tests that drive the
            job themselves push it out of the way); the first task sync runs a minute later.
        sync_tasks: one task-sync pass (`core.tasks.sync.TaskSync.run`), or None for no job.
        check_waits: one waiting-for check (`WaitingTracker.check`), or None for no job.
    """
    interval = settings.triage.poll_interval
    jobs = ScheduledJobs(
        triage=GuardedJob(
            TRIAGE_JOB_ID,
            service.refresh,
            timeout=triage_timeout,
            on_sign_in_needed=on_sign_in_needed,
            clock=clock,
        ),
        interval=interval,
    )
    logging.getLogger("apscheduler.scheduler").addFilter(_OWN_JOB_STILL_RUNNING)
    scheduler.add_listener(jobs.count_skipped_tick, EVENT_JOB_MAX_INSTANCES)
    scheduler.add_job(
        jobs.triage.run,
        _every(interval),
        id=TRIAGE_JOB_ID,
        name="Triage the Inbox",
        next_run_time=clock() + first_run_delay,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=max(1, round(interval.total_seconds())),
        replace_existing=True,
    )
    if sync_tasks is not None:
        jobs.task_sync = GuardedJob(
            TASK_SYNC_JOB_ID,
            sync_tasks,
            timeout=TASK_SYNC_TIMEOUT,
            on_sign_in_needed=on_sign_in_needed,
            clock=clock,
        )
        jobs.task_sync_interval = settings.integrations.task_sync_interval
        scheduler.add_job(
            jobs.task_sync.run,
            _every(jobs.task_sync_interval),
            id=TASK_SYNC_JOB_ID,
            name="Sync tasks from To Do and Todoist",
            next_run_time=clock() + first_run_delay + FIRST_TASK_SYNC_DELAY,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=max(1, round(jobs.task_sync_interval.total_seconds())),
            replace_existing=True,
        )
    if check_waits is not None:
        jobs.waiting = GuardedJob(
            WAITING_JOB_ID,
            check_waits,
            timeout=WAITING_CHECK_TIMEOUT,
            on_sign_in_needed=on_sign_in_needed,
            clock=clock,
        )
        scheduler.add_job(
            jobs.waiting.run,
            _every(WAITING_CHECK_INTERVAL),
            id=WAITING_JOB_ID,
            name="Check waiting-for replies, nudge and escalate",
            next_run_time=clock() + first_run_delay + FIRST_WAITING_CHECK_DELAY,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=round(WAITING_CHECK_INTERVAL.total_seconds()),
            replace_existing=True,
        )
    if reload is None:
        return jobs

    async def reload_config() -> None:
        await reload()
        # A changed poll interval in config.yaml takes effect without a restart.
        wanted = service.settings.triage.poll_interval
        if wanted != jobs.interval:
            scheduler.reschedule_job(TRIAGE_JOB_ID, trigger=_every(wanted))
            log.info("Triage now runs %s (was %s)", every(wanted), every(jobs.interval))
            jobs.interval = wanted
        wanted = service.settings.integrations.task_sync_interval
        if jobs.task_sync is not None and wanted != jobs.task_sync_interval:
            scheduler.reschedule_job(TASK_SYNC_JOB_ID, trigger=_every(wanted))
            log.info(
                "Task sync now runs %s (was %s)", every(wanted), every(jobs.task_sync_interval)
            )
            jobs.task_sync_interval = wanted

    jobs.config_reload = GuardedJob(
        CONFIG_RELOAD_JOB_ID,
        reload_config,
        timeout=CONFIG_RELOAD_TIMEOUT,
        on_sign_in_needed=on_sign_in_needed,
        clock=clock,
    )
    scheduler.add_job(
        jobs.config_reload.run,
        IntervalTrigger(seconds=CONFIG_RELOAD_INTERVAL.total_seconds()),
        id=CONFIG_RELOAD_JOB_ID,
        name="Reload config.yaml",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=int(CONFIG_RELOAD_INTERVAL.total_seconds()),
        replace_existing=True,
    )
    return jobs


def schedule_followup_jobs(
    scheduler: Any,
    jobs: ScheduledJobs,
    *,
    send_digest: Callable[[], Awaitable[object]] | None,
    age_queue: Callable[[], Awaitable[object]] | None,
    clock: Callable[[], datetime] = _utc_now,
    first_run_delay: timedelta = FIRST_TRIAGE_DELAY,
) -> ScheduledJobs:
    """Add the daily-digest tick (`send_digest`) and the queue-aging tick (`age_queue`) to the
    jobs `schedule_jobs` made; None leaves a job out. Both first run a minute after triage's."""
    first = clock() + first_run_delay + FIRST_TASK_SYNC_DELAY
    if send_digest is not None:
        jobs.digest = GuardedJob(DIGEST_JOB_ID, send_digest, timeout=FOLLOWUP_TIMEOUT, clock=clock)
        _add_tick(scheduler, jobs.digest, DIGEST_TICK, first, "Send the daily digest")
    if age_queue is not None:
        jobs.queue_aging = GuardedJob(
            QUEUE_AGING_JOB_ID, age_queue, timeout=FOLLOWUP_TIMEOUT, clock=clock
        )
        _add_tick(scheduler, jobs.queue_aging, QUEUE_AGING_TICK, first, "Age the queue")
    return jobs


def schedule_sender_rules_job(
    scheduler: Any,
    jobs: ScheduledJobs,
    propose: Callable[[], Awaitable[object]],
    *,
    clock: Callable[[], datetime] = _utc_now,
    first_run_delay: timedelta = FIRST_TRIAGE_DELAY,
) -> ScheduledJobs:
    """Add the sender rule proposer (`propose`): first two minutes after triage's first run."""
    jobs.sender_rules = GuardedJob(
        SENDER_RULES_JOB_ID, propose, timeout=FOLLOWUP_TIMEOUT, clock=clock
    )
    first = clock() + first_run_delay + FIRST_SENDER_RULES_DELAY
    _add_tick(scheduler, jobs.sender_rules, SENDER_RULES_INTERVAL, first, "Propose sender rules")
    return jobs


def schedule_filed_mail_job(
    scheduler: Any,
    jobs: ScheduledJobs,
    read: Callable[[], Awaitable[object]],
    *,
    on_sign_in_needed: SignInCallback | None = None,
    clock: Callable[[], datetime] = _utc_now,
) -> ScheduledJobs:
    """Add the filed-mail read (`read`) every FILED_MAIL_INTERVAL, after start-up's own read."""
    jobs.filed_mail = GuardedJob(
        FILED_MAIL_JOB_ID,
        read,
        timeout=FILED_MAIL_TIMEOUT,
        on_sign_in_needed=on_sign_in_needed,
        clock=clock,
    )
    first = clock() + FILED_MAIL_INTERVAL
    _add_tick(scheduler, jobs.filed_mail, FILED_MAIL_INTERVAL, first, "Read the filed mail")
    return jobs


def _add_tick(
    scheduler: Any, job: GuardedJob, interval: timedelta, first: datetime, name: str
) -> None:
    """Schedule a job that ticks every `interval` and only acts when something is due."""
    scheduler.add_job(
        job.run,
        _every(interval),
        id=job.name,
        name=name,
        next_run_time=first,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=max(1, round(interval.total_seconds())),
        replace_existing=True,
    )
