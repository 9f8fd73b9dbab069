"""Nudges and escalations: which are due, and posting each exactly once across restarts.

A wait's clock counts from `clock_from` (the approval, or the owner's latest message in the
conversation). Each round (bumped by a snooze or by the owner writing again) owes at most one
nudge, at `nudge_after_hours`; the wait owes one escalation ever, at `escalate_after_hours`,
which raises its task's importance and also counts as that round's nudge. A snooze holds both
until it ends.

Exactly once, in three writes: the notice is claimed (a row keyed by wait and stage, so a
second claim is a no-op), `attempted_at` is written just before the front end is asked to post,
`posted_at` (with where) just after. A run killed after the claim posts on the next check; one
killed after `attempted_at` first asks the front end whether a message with the notice's key
exists (Slack: message metadata) and records that one instead of posting again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo

from core.errors import AuthError, GraphError, TaskBackendError
from core.followup.waiting_clock import counted_hours
from core.followup.waiting_views import (
    NoticeKind,
    WaitingCheck,
    WaitingNotifier,
    WaitNotice,
    wait_view,
)
from core.store import Store
from core.store.waiting_queries import NoticeRecord, WaitRecord
from core.tasks.backend import BACKEND_NAMES, TaskBackend, TaskUpdate
from core.tasks.registry import TaskBackends
from core.vocabulary import Priority

_LOG = logging.getLogger(__name__)

ESCALATION = "escalation"


def due_notice(
    wait: WaitRecord, notices: list[NoticeRecord], now: datetime, zone: tzinfo
) -> tuple[NoticeKind, str] | None:
    """Return the (kind, stage) of the notice a wait owes at `now`, or None."""
    if wait.status != "waiting" or wait.closing is not None:
        return None
    if wait.snoozed_until is not None and now < wait.snoozed_until:
        return None
    hours = counted_hours(wait.clock_from, now, zone, skip_weekends=wait.skip_weekends)
    stages = {n.stage for n in notices}
    if ESCALATION not in stages and hours >= wait.escalate_after_hours:
        return "escalation", ESCALATION
    if wait.round not in {n.round for n in notices} and hours >= wait.nudge_after_hours:
        return "nudge", f"nudge:{wait.round}"
    return None


def notice_key(wait: WaitRecord, stage: str) -> str:
    """Return the key a front end tags the notice with: stable across restarts, unique."""
    return f"{wait.email_id}/{wait.suggestion_id}/{stage}"


class NoticeDesk:
    """Claim the notices open waits owe and have a front end post each exactly once."""

    def __init__(
        self,
        store: Store,
        tasks: TaskBackends,
        *,
        zone: Callable[[], tzinfo],
        clock: Callable[[], datetime],
        actor: str,
    ) -> None:
        self._store = store
        self._tasks = tasks
        self._zone = zone
        self._clock = clock
        self._actor = actor

    async def claim_due(self, waits: list[WaitRecord]) -> None:
        """Record every notice now due (at most one per wait)."""
        if not waits:
            return
        notices = await self._store.notices_of([w.id for w in waits])
        now, zone = self._clock(), self._zone()
        for wait in waits:
            due = due_notice(wait, [n for n in notices if n.wait_id == wait.id], now, zone)
            if due is not None:
                kind, stage = due
                await self._store.claim_notice(wait.id, stage, kind, wait.round)

    async def deliver(self, notifier: WaitingNotifier, report: WaitingCheck) -> None:
        """Post every claimed notice not yet posted; one the front end already has is kept."""
        for notice in await self._store.unposted_notices():
            wait = await self._store.get_wait(notice.wait_id)
            if wait is None or wait.status != "waiting" or wait.closing is not None:
                # Answered (or marked received) before its nudge went out: no longer owed.
                await self._store.notice_posted(notice.id, None)
                continue
            raised = False
            if notice.kind == "escalation":
                raised = await self._raise_importance(wait)
                wait = await self._store.get_wait(wait.id) or wait
            owed = WaitNotice(
                notice_id=notice.id,
                key=notice_key(wait, notice.stage),
                kind="escalation" if notice.kind == "escalation" else "nudge",
                round=notice.round,
                wait=wait_view(wait, self._clock(), self._zone()),
                importance_raised=raised,
            )
            location = None
            if notice.attempted_at is not None:
                location = await notifier.find_notice(owed)
                if location is not None:
                    report.found_posted += 1
                    _LOG.info(
                        "Nudge %s was posted by an earlier run; not posting it again", notice.id
                    )
            if location is None:
                await self._store.notice_attempted(notice.id)
                location = await notifier.post_notice(owed)
            await self._store.notice_posted(notice.id, location)
            if owed.kind == "escalation":
                report.escalations += 1
            else:
                report.nudges += 1

    async def _raise_importance(self, wait: WaitRecord) -> bool:
        """Make the wait's task most important (once); say whether its task is raised."""
        name = next((n for n in BACKEND_NAMES if n == wait.task_backend), None)
        backend = None if name is None else self._tasks.get(name)
        if wait.task_id is None or backend is None:
            raised = False
        elif wait.escalated_at is not None:
            # A run that died after raising it: only read what it did.
            task = await backend.get_task(wait.task_id)
            return task is not None and task.priority is Priority.P1
        else:
            raised = await self._raise(wait, backend)
        if wait.escalated_at is None:
            await self._store.mark_wait_escalated(wait.id, self._clock())
            await self._store.log_action(
                "waiting.escalate",
                actor=self._actor,
                email_id=wait.email_id,
                suggestion_id=wait.suggestion_id,
                target=wait.task_id,
                after={"importance_raised": raised},
                details={"wait_id": wait.id, "backend": wait.task_backend},
            )
        return raised

    async def _raise(self, wait: WaitRecord, backend: TaskBackend) -> bool:
        assert wait.task_id is not None
        try:
            task = await backend.get_task(wait.task_id)
            if task is None or task.completed:
                return False
            # update_task sends nothing when the priority is already the highest.
            await backend.update_task(
                wait.task_id, TaskUpdate(priority=Priority.P1), actor=self._actor
            )
        except (GraphError, AuthError, TaskBackendError) as err:
            # The escalation still goes out (the owner must hear of it), without claiming the
            # importance was raised.
            _LOG.warning("Could not raise the importance of wait %d's task: %s", wait.id, err)
            return False
        return True
