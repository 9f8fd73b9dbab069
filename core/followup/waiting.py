"""The waiting-for tracker: approved Waiting For emails watched until the other side replies.

Started by the approval (`on_approved`, one call from `core.triage.approval`): the wait records
the conversation, whom the owner waits on (the sender, never the owner), the thresholds and the
task the approval made. It ends when anyone but the owner writes in that conversation: seen by
the Inbox delta the triage pass already reads (`on_inbox_synced`) and, as a safety net, by every
check. The owner's own messages never end it: an Inbox message from one of the owner's
addresses is ignored, and a message in Sent Items (which proves only that the owner wrote, say
the nudge draft they sent) restarts the clock in a new round. Closing completes the task through
its backend; a closure is begun and finished in two guarded writes, so a crash in between is
finished by the next check, once.

`check()` is the job: finish interrupted closures, close answered waits, read Sent Items, then
claim and post the nudges and escalations now due (`core.followup.waiting_notices`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta, tzinfo

from core.config.settings import Settings
from core.errors import AuthError, GraphError, TaskBackendError
from core.followup.waiting_draft import BodyTemplate, NudgeDrafts
from core.followup.waiting_notices import NoticeDesk
from core.followup.waiting_views import (
    CloseReason,
    WaitingCheck,
    WaitingNotifier,
    WaitOutcome,
    WaitView,
    wait_view,
)
from core.microsoft.graph import GraphClient
from core.microsoft.mail import MailApi
from core.microsoft.mail_replies import ReplyDraft, sent_since
from core.store import Store
from core.store.waiting_queries import NewWait, WaitRecord
from core.tasks.backend import BACKEND_NAMES
from core.tasks.registry import TaskBackends
from core.triage.addressing import Owner
from core.triage.approval_steps import ApprovalRun
from core.vocabulary import ActionType

_LOG = logging.getLogger(__name__)

ACTOR_SYSTEM = "system"
SNOOZE = timedelta(days=1)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class WaitingTracker:
    """Record, close, snooze and nudge the waits that Waiting For approvals start."""

    def __init__(
        self,
        *,
        store: Store,
        graph: GraphClient,
        mail: MailApi,
        tasks: TaskBackends,
        settings: Callable[[], Settings],
        zone: Callable[[], tzinfo],
        drafts: NudgeDrafts,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        """Create the tracker; `zone` is the owner's time zone (weekends are theirs)."""
        self._store = store
        self._graph = graph
        self._mail = mail
        self._tasks = tasks
        self._settings = settings
        self._zone = zone
        self._drafts = drafts
        self._clock = clock
        self._notices = NoticeDesk(store, tasks, zone=zone, clock=clock, actor=ACTOR_SYSTEM)
        self._notifier: WaitingNotifier | None = None
        self._owner: frozenset[str] | None = None
        self._lock = asyncio.Lock()

    def attach_notifier(self, notifier: WaitingNotifier | None) -> None:
        """Send nudges to `notifier` from now on (None: nudges wait until one is attached)."""
        self._notifier = notifier

    # -- hooks ----------------------------------------------------------------------------

    async def on_approved(self, run: ApprovalRun) -> None:
        """Start the wait of an approved Waiting For email (a replay records nothing twice)."""
        if run.action is not ActionType.WAITING_FOR:
            return
        email = run.target
        owner = self._owner or frozenset()
        triage = self._settings().triage
        wait_id = await self._store.start_wait(
            NewWait(
                suggestion_id=run.record.id,
                email_id=email.id,
                conversation_id=email.conversation_id,
                waiting_on=tuple(a for a in (email.sender_address,) if a and a not in owner),
                since=self._clock(),
                nudge_after_hours=triage.nudge_after_hours,
                escalate_after_hours=triage.escalate_after_hours,
                skip_weekends=triage.skip_weekends,
                task_id=run.task_id,
                task_backend=run.task_backend if run.task_id else None,
            )
        )
        _LOG.info("Waiting for a reply to suggestion %d (wait %d)", run.record.id, wait_id)

    async def on_inbox_synced(self, new_ids: Iterable[str]) -> int:
        """Close the waits the new Inbox mail answers; return how many closed. Never raises."""
        if not list(new_ids):
            return 0
        try:
            return await self._close_answered()
        except Exception:
            # The check job closes them later; a triage pass must not fail for this.
            _LOG.exception("Could not look for replies to waits after the Inbox sync")
            return 0

    # -- the job --------------------------------------------------------------------------

    async def check(self) -> WaitingCheck:
        """Run one check: closures, replies, Sent Items, then the nudges due."""
        async with self._lock:
            report = WaitingCheck()
            for wait in await self._store.open_waits():
                if wait.closing is not None:
                    await self._finish_closure(wait, ACTOR_SYSTEM, report)
            report.closed += await self._close_answered()
            waits = [w for w in await self._store.open_waits() if w.closing is None]
            report.clocks_restarted = await self._read_sent_items(waits)
            if report.clocks_restarted:
                waits = [w for w in await self._store.open_waits() if w.closing is None]
            report.open = len(waits)
            if self._notifier is not None:
                await self._notices.claim_due(waits)
                await self._notices.deliver(self._notifier, report)
            if report.closed or report.nudges or report.escalations or report.clocks_restarted:
                _LOG.info(
                    "Waiting-for check: %d open, %d closed, %d clocks restarted, %d nudges, "
                    "%d escalations",
                    report.open,
                    report.closed,
                    report.clocks_restarted,
                    report.nudges,
                    report.escalations,
                )
            return report

    # -- the owner's clicks ---------------------------------------------------------------

    async def open_waits(self) -> list[WaitView]:
        """Return every open wait, oldest first."""
        now, zone = self._clock(), self._zone()
        return [
            wait_view(w, now, zone) for w in await self._store.open_waits() if w.closing is None
        ]

    async def view(self, wait_id: int) -> WaitView | None:
        """Return one wait, open or closed, or None."""
        wait = await self._store.get_wait(wait_id)
        return None if wait is None else wait_view(wait, self._clock(), self._zone())

    async def mark_received(self, wait_id: int, *, actor: str) -> WaitOutcome:
        """Close a wait because the owner says the reply came; complete its task."""
        wait = await self._store.get_wait(wait_id)
        if wait is None:
            return WaitOutcome(wait_id, False, missing=True)
        report = WaitingCheck()
        changed = await self._close(wait, "marked", actor, actor, report)
        return WaitOutcome(wait_id, changed, await self.view(wait_id))

    async def snooze(self, wait_id: int, *, actor: str) -> WaitOutcome:
        """Hold the wait's next nudge for a day."""
        until = self._clock() + SNOOZE
        changed = await self._store.snooze_wait(wait_id, until)
        if changed:
            await self._store.log_action(
                "waiting.snooze",
                actor=actor,
                after={"snoozed_until": until.isoformat()},
                details={"wait_id": wait_id},
            )
        view = await self.view(wait_id)
        return WaitOutcome(wait_id, changed, view, missing=view is None)

    async def draft_nudge(
        self, wait_id: int, template: BodyTemplate, *, actor: str
    ) -> tuple[WaitOutcome, ReplyDraft | None]:
        """Create (or find) the wait's reply draft in Outlook; nothing is sent."""
        wait = await self._store.get_wait(wait_id)
        if wait is None:
            return WaitOutcome(wait_id, False, missing=True), None
        view = wait_view(wait, self._clock(), self._zone())
        if not view.open:
            return WaitOutcome(wait_id, False, view), None
        draft = await self._drafts.draft(wait, view, template, actor=actor)
        return WaitOutcome(wait_id, True, await self.view(wait_id)), draft

    # -- closing --------------------------------------------------------------------------

    async def _owner_addresses(self) -> frozenset[str]:
        if self._owner is None:
            self._owner = Owner.of(await self._mail.owner()).addresses
        return self._owner

    async def _close_answered(self) -> int:
        owner = await self._owner_addresses()
        replies = await self._store.replies_in_waited_conversations(sorted(owner))
        closed = 0
        report = WaitingCheck()
        for reply in {r.wait_id: r for r in reversed(replies)}.values():
            wait = await self._store.get_wait(reply.wait_id)
            if wait is not None and await self._close(
                wait, "reply", reply.email_id, ACTOR_SYSTEM, report
            ):
                closed += 1
        return closed

    async def _close(
        self,
        wait: WaitRecord,
        reason: CloseReason,
        closed_by: str,
        actor: str,
        report: WaitingCheck,
    ) -> bool:
        if not await self._store.begin_wait_closure(wait.id, reason, closed_by):
            return False
        fresh = await self._store.get_wait(wait.id)
        assert fresh is not None
        return await self._finish_closure(fresh, actor, report)

    async def _finish_closure(self, wait: WaitRecord, actor: str, report: WaitingCheck) -> bool:
        """Complete the task (if any, once) and close the wait; False if already closed."""
        completed = False
        if wait.task_id is not None:
            try:
                completed = await self._complete_task(wait, actor)
            except (GraphError, AuthError, TaskBackendError) as err:
                # Left 'closing': the next check completes the task and closes the wait.
                _LOG.warning("Could not complete the task of wait %d: %s", wait.id, err)
                report.problems.append(f"wait {wait.id}: {type(err).__name__}")
                return False
        if not await self._store.finish_wait_closure(wait.id, self._clock()):
            return False
        await self._store.log_action(
            "waiting.close",
            actor=actor,
            email_id=wait.email_id,
            suggestion_id=wait.suggestion_id,
            target=wait.closed_by,
            before={"status": "waiting"},
            after={"status": "received", "reason": wait.closing},
            details={"wait_id": wait.id, "task_completed": completed},
        )
        return True

    async def _complete_task(self, wait: WaitRecord, actor: str) -> bool:
        assert wait.task_id is not None
        name = next((n for n in BACKEND_NAMES if n == wait.task_backend), None)
        backend = None if name is None else self._tasks.get(name)
        if backend is None:
            return False
        task = await backend.get_task(wait.task_id)
        if task is None:
            return False  # the owner deleted it: nothing to complete
        if not task.completed:
            await backend.complete_task(wait.task_id, actor=actor)
        for row in await self._store.task_syncs_for_email(wait.email_id):
            if row.todo_task_id == wait.task_id and row.status == "active":
                await self._store.set_task_sync_status(row.id, "completed", synced_at=self._clock())
        return True

    # -- Sent Items -----------------------------------------------------------------------

    async def _read_sent_items(self, waits: list[WaitRecord]) -> int:
        """Restart the clock of each wait the owner wrote in since it started counting."""
        watched = [w for w in waits if w.conversation_id]
        if not watched:
            return 0
        sent = await sent_since(self._graph, min(w.clock_from for w in watched))
        latest: dict[str, datetime] = {}
        for message in sent:
            if message.conversation_id:
                latest[message.conversation_id] = max(
                    message.sent_at, latest.get(message.conversation_id, message.sent_at)
                )
        restarted = 0
        for wait in watched:
            at = latest.get(wait.conversation_id or "")
            if at is None or at <= wait.clock_from:
                continue
            if await self._store.restart_wait_clock(wait.id, at):
                restarted += 1
                await self._store.log_action(
                    "waiting.clock_restart",
                    actor=ACTOR_SYSTEM,
                    email_id=wait.email_id,
                    suggestion_id=wait.suggestion_id,
                    before={"clock_from": wait.clock_from.isoformat()},
                    after={"clock_from": at.isoformat()},
                    details={"wait_id": wait.id, "reason": "the owner wrote in the conversation"},
                )
        return restarted
