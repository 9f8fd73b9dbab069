"""APScheduler 3.x wiring: each job is a thin, guarded call to one service method.

Two jobs run on the asyncio loop: the triage pass (first 60 s after start, then every
`triage.poll_interval_minutes`) and the config reload (every 30 s). Neither ever runs twice at
once (`max_instances=1`), missed runs collapse into one (`coalesce`), and a `GuardedJob` runs
each under `asyncio.timeout`, logs a failure at ERROR, counts it, and returns, so the next tick
simply tries again. A token problem (GraphAuthError, AuthError) is logged as needing sign-in
and reported to an optional callback (e.g. an admin alert).

The first run is set with ``next_run_time=now + 60 s``: in APScheduler 3.x
``next_run_time=None`` adds the job paused, so it would never run.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.triggers.interval import IntervalTrigger  # type: ignore[import-untyped]

from core.config import Settings
from core.errors import AuthError, GraphAuthError
from core.triage import TriageService

log = logging.getLogger(__name__)

TRIAGE_JOB_ID = "triage"
CONFIG_RELOAD_JOB_ID = "config-reload"
FIRST_TRIAGE_DELAY = timedelta(seconds=60)
CONFIG_RELOAD_INTERVAL = timedelta(seconds=30)
DEFAULT_TRIAGE_TIMEOUT = 15 * 60.0
CONFIG_RELOAD_TIMEOUT = 20.0

SignInCallback = Callable[[Exception], Awaitable[object]]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class JobHealth:
    """How a job has fared since start-up."""

    runs: int = 0
    failures: int = 0
    consecutive_failures: int = 0
    last_error: str | None = None
    last_success_at: datetime | None = None
    needs_sign_in: bool = False


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

    async def run(self) -> bool:
        """Run the work once; return whether it succeeded."""
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


@dataclass
class ScheduledJobs:
    """The jobs `schedule_jobs` added, for health reports and direct calls in tests."""

    triage: GuardedJob
    config_reload: GuardedJob | None = None
    interval_minutes: int = 0

    def health(self) -> dict[str, JobHealth]:
        """Return each job's health by job id."""
        jobs = {TRIAGE_JOB_ID: self.triage, CONFIG_RELOAD_JOB_ID: self.config_reload}
        return {name: job.health for name, job in jobs.items() if job is not None}


def schedule_jobs(
    scheduler: Any,
    service: TriageService,
    *,
    settings: Settings,
    reload: Callable[[], Awaitable[object]] | None,
    triage_timeout: float = DEFAULT_TRIAGE_TIMEOUT,
    on_sign_in_needed: SignInCallback | None = None,
    clock: Callable[[], datetime] = _utc_now,
) -> ScheduledJobs:
    """Add the triage job and (with `reload`) the config-reload job to an AsyncIOScheduler.

    Args:
        scheduler: an `apscheduler.schedulers.asyncio.AsyncIOScheduler`, started or not.
        service: the triage service whose `refresh` the triage job calls.
        settings: the settings at start-up (poll interval).
        reload: the config reload coroutine (`Runtime.reload_config`), or None for no reload job.
        triage_timeout: seconds one triage pass may take before it is cancelled.
        on_sign_in_needed: awaited with the error when a job finds the owner must sign in.
        clock: the current UTC time.
    """
    minutes = settings.triage.poll_interval_minutes
    jobs = ScheduledJobs(
        triage=GuardedJob(
            TRIAGE_JOB_ID,
            service.refresh,
            timeout=triage_timeout,
            on_sign_in_needed=on_sign_in_needed,
            clock=clock,
        ),
        interval_minutes=minutes,
    )
    scheduler.add_job(
        jobs.triage.run,
        IntervalTrigger(minutes=minutes),
        id=TRIAGE_JOB_ID,
        name="Triage the Inbox",
        next_run_time=clock() + FIRST_TRIAGE_DELAY,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=minutes * 60,
        replace_existing=True,
    )
    if reload is None:
        return jobs

    async def reload_config() -> None:
        await reload()
        # A changed poll interval in config.yaml takes effect without a restart.
        wanted = service.settings.triage.poll_interval_minutes
        if wanted != jobs.interval_minutes:
            scheduler.reschedule_job(TRIAGE_JOB_ID, trigger=IntervalTrigger(minutes=wanted))
            log.info("Triage now runs every %d min (was %d min)", wanted, jobs.interval_minutes)
            jobs.interval_minutes = wanted

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
