"""Undo a recent approval: the email back where it was, as it was, and our task gone.

Only an approved suggestion within `followup.undo_window_hours` of its approval is undone, and
only while the email is as the approval left it: moved elsewhere, recategorised or reflagged
by the owner since, it is refused with the reason (what the owner did stands). The plan
(`core.followup.undo_plan`) is read from the approval's steps and action_log and saved in
agent_state before the first change; each part is recorded when done, and every change is
idempotent (a move to the folder it is in, whole-array and whole-flag PATCHes, a delete of a
task that is already gone), so a rerun after a crash finishes what is left and duplicates
nothing. On a rerun the email may be as the approval left it or as the undo already put it.

The end is one transaction: the suggestion goes back to pending (approvable again, the owner's
edits kept), `suggestion.undo` is logged and the plan is dropped. A second undo of it is then a
no-op that says so. Nothing here deletes an email, a category or a task of the owner's: the
only task deleted is the one the approval recorded as created, in the assistant's own list.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Literal

from core.config.settings import Settings
from core.errors import AuthError, GraphError, GraphNotFound, InvalidInput, TaskBackendError
from core.followup.flags import flag_key
from core.followup.undo_plan import (
    LOGGED_ACTIONS,
    PART_CATEGORIES,
    PART_FLAG,
    PART_FOLDER,
    PART_TASK,
    UndoPlan,
    build_plan,
    state_key,
)
from core.microsoft.graph_models import FollowupFlag, Message
from core.microsoft.mail import MailApi
from core.microsoft.master_categories import category_key
from core.store import Store
from core.tasks.registry import TaskBackends
from core.triage.failures import Failure, classify_failure

_LOG = logging.getLogger(__name__)

UndoStatus = Literal["undone", "refused", "failed"]


class UndoRefusal(StrEnum):
    """Why an undo changed nothing."""

    NOTHING_RECENT = "nothing_recent"  # no approval within the window
    SUGGESTION_MISSING = "suggestion_missing"
    NOT_APPROVED = "not_approved"  # pending, failed, dismissed or still approving
    ALREADY_UNDONE = "already_undone"
    TOO_OLD = "too_old"
    EMAIL_GONE = "email_gone"
    MOVED = "moved"  # the owner moved the email since
    CATEGORIES_CHANGED = "categories_changed"
    FLAG_CHANGED = "flag_changed"
    TASK_DONE = "task_done"  # the owner completed the task: the item is done
    TASK_BACKEND_NOT_SET_UP = "task_backend_not_set_up"


@dataclass(frozen=True)
class UndoOutcome:
    """What an undo did (or why it did nothing), in terms a front end can word."""

    suggestion_id: int | None
    status: UndoStatus
    refusal: UndoRefusal | None = None
    suggestion_status: str | None = None  # for NOT_APPROVED: the status it is in
    folder: str | None = None  # the folder the approval had filed the email to
    moved_back: bool = False
    categories_restored: bool = False
    flag_restored: bool = False
    task_deleted: bool = False
    failure: Failure | None = None  # status "failed": run the undo again
    window_hours: int = 24


def _utc_now() -> datetime:
    return datetime.now(UTC)


class UndoService:
    """Undo approvals, one at a time in this process, resumably."""

    def __init__(
        self,
        *,
        mail: MailApi,
        tasks: TaskBackends,
        store: Store,
        settings: Callable[[], Settings],
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        """Create the service over the runtime's mail client, task backends and store."""
        self._mail = mail
        self._tasks = tasks
        self._store = store
        self._settings = settings
        self._clock = clock
        self._lock = asyncio.Lock()

    async def undo(self, suggestion_id: int | None = None, *, actor: str) -> UndoOutcome:
        """Undo one approval (None: the newest within the window); never raises for Graph."""
        if not isinstance(actor, str) or not actor.strip():
            raise InvalidInput("actor: every undo must name who asked for it")
        async with self._lock:
            return await self._undo(suggestion_id, actor)

    async def _undo(self, suggestion_id: int | None, actor: str) -> UndoOutcome:
        window = self._settings().followup.undo_window
        hours = self._settings().followup.undo_window_hours
        if suggestion_id is None:
            newest = await self._store.newest_decision_since(self._clock() - window)
            if newest is None:
                return UndoOutcome(None, "refused", UndoRefusal.NOTHING_RECENT, window_hours=hours)
            suggestion_id = newest[0]
        saved = await self._store.get_state(state_key(suggestion_id))
        resumed = saved is not None
        if saved is not None:
            plan = UndoPlan.from_state(saved)
        else:
            prepared = await self._prepare(suggestion_id, window)
            if isinstance(prepared, UndoRefusal):
                return await self._refused(suggestion_id, prepared, hours)
            plan = prepared
        try:
            message = await self._mail.get_message(plan.email_id)
        except GraphNotFound:
            return await self._refused(suggestion_id, UndoRefusal.EMAIL_GONE, hours)
        except (GraphError, AuthError) as err:
            return self._failed(plan, err, hours)
        changed = owner_change(plan, message, resumed=resumed)
        if changed is not None:
            _LOG.info("Not undoing suggestion %d: %s", suggestion_id, changed.value)
            return await self._refused(suggestion_id, changed, hours)
        if not resumed:
            await self._store.set_state(plan.state_key, plan.to_state())
        try:
            await self._restore(plan, message, actor)
        except (GraphError, AuthError, TaskBackendError) as err:
            return self._failed(plan, err, hours)
        if not await self._store.finish_undo(
            suggestion_id, actor=actor, state_key=plan.state_key, details=_summary(plan)
        ):
            await self._store.delete_state(plan.state_key)
            return await self._refused(suggestion_id, UndoRefusal.NOT_APPROVED, hours)
        _LOG.info("Undid the approval of suggestion %d", suggestion_id)
        return _outcome(plan, "undone", hours)

    async def _prepare(self, suggestion_id: int, window: timedelta) -> UndoPlan | UndoRefusal:
        """Check a fresh undo may start; return its plan or why not."""
        record = await self._store.get_suggestion(suggestion_id)
        if record is None:
            return UndoRefusal.SUGGESTION_MISSING
        if record.status != "approved":
            if record.status == "pending" and await self._was_undone(suggestion_id):
                return UndoRefusal.ALREADY_UNDONE
            return UndoRefusal.NOT_APPROVED
        if record.resolved_at is None or record.resolved_at < self._clock() - window:
            return UndoRefusal.TOO_OLD
        email = await self._store.get_email(record.email_id)
        if email is None:
            return UndoRefusal.EMAIL_GONE
        logged = await self._store.suggestion_actions(suggestion_id, LOGGED_ACTIONS)
        plan = build_plan(record, email, logged)
        if plan.task is not None:
            if self._tasks.get(plan.task.backend) is None:
                return UndoRefusal.TASK_BACKEND_NOT_SET_UP
            row = None
            if plan.task.task_sync_id is not None:
                row = await self._store.get_task_sync(plan.task.task_sync_id)
            if row is not None and row.status == "completed":
                return UndoRefusal.TASK_DONE
        return plan

    async def _was_undone(self, suggestion_id: int) -> bool:
        decisions = ("suggestion.approve", "suggestion.undo")
        logged = await self._store.suggestion_actions(suggestion_id, decisions)
        return bool(logged) and logged[-1].action == "suggestion.undo"

    async def _restore(self, plan: UndoPlan, message: Message, actor: str) -> None:
        """Put back each part not done yet, recording each as it is done."""
        email_id = plan.email_id
        if PART_FOLDER not in plan.done:
            back = plan.folder_before
            if back is not None and back != plan.folder_left and message.parent_folder_id != back:
                await self._mail.move(email_id, back)
                await self._log(plan, "email.move", actor, message.parent_folder_id, back)
            await self._done(plan, PART_FOLDER)
        if PART_CATEGORIES not in plan.done:
            wanted = plan.categories_before
            if wanted is not None and list(message.categories) != wanted:
                await self._mail.set_categories(email_id, wanted)
                await self._log(plan, "email.categorize", actor, list(message.categories), wanted)
            await self._done(plan, PART_CATEGORIES)
        if PART_FLAG not in plan.done:
            flag = plan.flag_before
            if flag is not None and flag_key(message.flag) != flag_key(flag):
                await self._mail.set_flag(email_id, FollowupFlag.model_validate(flag))
                current = (message.flag or FollowupFlag())._to_graph()
                await self._log(plan, "email.flag", actor, current, flag)
            await self._done(plan, PART_FLAG)
        if PART_TASK not in plan.done and plan.task is not None:
            await self._delete_task(plan, actor)
            await self._done(plan, PART_TASK)

    async def _log(
        self, plan: UndoPlan, action: str, actor: str, before: object, after: object
    ) -> None:
        """Log one restored property; `before` and `after` are its values (ids, lists, flags)."""
        field = {"email.move": "folder_id", "email.categorize": "categories"}.get(action)
        await self._store.log_action(
            action,
            actor=actor,
            email_id=plan.email_id,
            suggestion_id=plan.suggestion_id,
            target=plan.email_id,
            before={field: before} if field else before,
            after={field: after} if field else after,
            details={"undo": True},
        )

    async def _delete_task(self, plan: UndoPlan, actor: str) -> None:
        task = plan.task
        assert task is not None
        backend = self._tasks.get(task.backend)
        if backend is None:
            raise TaskBackendError(f"the {task.backend} task backend is not set up")
        container_id = None
        if task.task_sync_id is not None:
            row = await self._store.get_task_sync(task.task_sync_id)
            if row is not None:
                container_id = row.todo_list_id
                # First: task sync must not read our own delete as the owner's change of mind.
                if row.status != "deleted":
                    await self._store.set_task_sync_status(
                        row.id, "deleted", synced_at=self._clock()
                    )
        # The backend logs the delete; False (already gone) is as good as done.
        await backend.delete_task(task.task_id, actor=actor, container_id=container_id)

    async def _done(self, plan: UndoPlan, part: str) -> None:
        plan.done.append(part)
        await self._store.set_state(plan.state_key, plan.to_state())

    async def _refused(self, suggestion_id: int, why: UndoRefusal, hours: int) -> UndoOutcome:
        record = await self._store.get_suggestion(suggestion_id)
        return UndoOutcome(
            suggestion_id,
            "refused",
            why,
            suggestion_status=None if record is None else record.status,
            folder=None if record is None else record.folder,
            window_hours=hours,
        )

    def _failed(self, plan: UndoPlan, err: Exception, hours: int) -> UndoOutcome:
        _LOG.warning("Undo of suggestion %d stopped; run it again: %s", plan.suggestion_id, err)
        return _outcome(plan, "failed", hours, failure=classify_failure(err))


def owner_change(plan: UndoPlan, message: Message, *, resumed: bool) -> UndoRefusal | None:
    """Return what the owner changed since the approval, or None.

    A fresh undo wants the email exactly as the approval left it; a resumed one also accepts
    each part as the undo already restored it.
    """

    def same(current: object, left: object, before: object) -> bool:
        return current == left or (resumed and current == before)

    if plan.folder_left is not None and not same(
        message.parent_folder_id, plan.folder_left, plan.folder_before
    ):
        return UndoRefusal.MOVED
    if plan.categories_left is not None and not same(
        _keys(message.categories), _keys(plan.categories_left), _keys(plan.categories_before)
    ):
        return UndoRefusal.CATEGORIES_CHANGED
    if plan.flag_left is not None and not same(
        flag_key(message.flag), flag_key(plan.flag_left), flag_key(plan.flag_before)
    ):
        return UndoRefusal.FLAG_CHANGED
    return None


def _keys(categories: list[str] | None) -> list[str] | None:
    return None if categories is None else sorted(category_key(name) for name in categories)


def _outcome(
    plan: UndoPlan, status: UndoStatus, hours: int, *, failure: Failure | None = None
) -> UndoOutcome:
    return UndoOutcome(
        plan.suggestion_id,
        status,
        folder=plan.folder,
        moved_back=plan.folder_before is not None and plan.folder_before != plan.folder_left,
        categories_restored=plan.categories_before != plan.categories_left,
        flag_restored=plan.flag_before is not None,
        task_deleted=plan.task is not None,
        failure=failure,
        window_hours=hours,
    )


def _summary(plan: UndoPlan) -> dict[str, object]:
    """What the undo restored, for its suggestion.undo row."""
    return {
        "folder_id": plan.folder_before,
        "categories": plan.categories_before,
        "flag": plan.flag_before,
        "deleted_task": None if plan.task is None else plan.task.task_id,
    }
