"""Task sync: what the owner did to the assistant's tasks in To Do or Todoist flows back.

One pass reads each enabled backend's changes since its cursor (`core.tasks.changes`) and
settles every task_sync row of that backend the changes mention:

- completed outside -> the row is 'completed' (the flag an approval set is marked complete, and
  a waiting-for on the task ends: the owner has what they waited for);
- reopened -> 'active' again (and that flag is flagged again; the owner's own flag is left alone);
- due date or priority edited -> an action_log entry with before and after;
- deleted, or moved out of the assistant's list or project -> 'deleted', and the approved
  suggestion counts as dismissed and its waiting-for ends (the email itself is left alone, flag
  and all); a task deleted after it was completed (clearing done tasks away) leaves the
  suggestion approved.

Tasks without a task_sync row (the owner's own, in our list or project) are ignored. The
cursor is saved only once every change of the round is settled, and a backend that fails
(sign-in, throttling, outage) keeps its cursor and is reported, while the others still run;
a pass never raises for a backend's failure. Running a pass twice changes nothing the second
time: every write compares with what the row already says.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from core.config.settings import Settings
from core.errors import (
    AppError,
    AuthError,
    GraphAuthError,
    GraphNotFound,
    GraphThrottled,
    GraphUnavailable,
)
from core.microsoft.graph import GraphClient
from core.microsoft.mail import MailApi
from core.microsoft.todo_changes import NoTodoList, TodoChangeFeed
from core.store import FollowedTask, Store
from core.tasks.backend import BackendName, BackendTask
from core.tasks.changes import ChangeRound, TaskChangeFeed
from core.tasks.registry import TaskBackends
from core.todoist.backend import TodoistBackend
from core.todoist.changes import TodoistChangeFeed
from core.todoist.errors import TodoistAuthError, TodoistThrottled, TodoistUnavailable

log = logging.getLogger(__name__)

SyncProblemKind = Literal["sign_in", "todoist_token", "throttled", "unavailable", "failed"]
FLAGGED, FLAG_COMPLETE = "flagged", "complete"


@dataclass(frozen=True)
class SyncProblem:
    """Why one backend's pass stopped: a kind the front ends word, and the error's own text."""

    kind: SyncProblemKind
    detail: str


@dataclass(frozen=True)
class BackendSyncReport:
    """What one backend's pass found and did."""

    backend: BackendName
    label: str
    completed: int = 0
    reopened: int = 0
    edited: int = 0
    deleted: int = 0
    dismissed: int = 0  # approved suggestions dismissed because their task was deleted
    flags_updated: int = 0
    requests: int = 0  # requests to the backend's own service
    full_resync: bool = False
    problem: SyncProblem | None = None
    no_container: bool = False  # the assistant has no list or project there yet

    @property
    def changed(self) -> int:
        """How many followed tasks changed."""
        return self.completed + self.reopened + self.edited + self.deleted


@dataclass(frozen=True)
class TaskSyncReport:
    """What one task-sync pass did, per backend."""

    backends: tuple[BackendSyncReport, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether every backend was read."""
        return all(report.problem is None for report in self.backends)


@dataclass
class _Tally:
    """A pass's counts as they grow: BackendSyncReport's fields after backend and label."""

    completed: int = 0
    reopened: int = 0
    edited: int = 0
    deleted: int = 0
    dismissed: int = 0
    flags_updated: int = 0
    requests: int = 0
    full_resync: bool = False
    problem: SyncProblem | None = None
    no_container: bool = False


def problem_of(err: BaseException) -> SyncProblem:
    """Return the kind of a backend failure, for the front end's words."""
    kind: SyncProblemKind = "failed"
    if isinstance(err, TodoistAuthError):
        kind = "todoist_token"
    elif isinstance(err, (GraphAuthError, AuthError)):
        kind = "sign_in"
    elif isinstance(err, (GraphThrottled, TodoistThrottled)):
        kind = "throttled"
    elif isinstance(err, (GraphUnavailable, TodoistUnavailable)):
        kind = "unavailable"
    return SyncProblem(kind, f"{type(err).__name__}: {err}")


def task_state(task: BackendTask) -> dict[str, Any]:
    """Return what task sync remembers of a task (task_sync.remote_state)."""
    return {
        "completed": task.completed,
        "due": None if task.due is None else task.due.isoformat(),
        "priority": None if task.priority is None else task.priority.value,
    }


EDITED_FIELDS = ("due", "priority")


class TaskSync:
    """Runs task-sync passes over the feeds of the enabled backends, one pass at a time."""

    def __init__(
        self,
        store: Store,
        mail: MailApi,
        feeds: Callable[[], Sequence[TaskChangeFeed]],
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """`feeds` is asked on every pass (a config reload may switch a backend on or off)."""
        self._store = store
        self._mail = mail
        self._feeds = feeds
        self._clock = clock
        self._lock = asyncio.Lock()

    async def run(self) -> TaskSyncReport:
        """Run one pass over every enabled backend; never raises for a backend's failure."""
        async with self._lock:
            reports = [await self._sync_backend(feed) for feed in self._feeds()]
        return TaskSyncReport(tuple(reports))

    async def _sync_backend(self, feed: TaskChangeFeed) -> BackendSyncReport:
        tally = _Tally()
        try:
            await self._pass(feed, tally)
        except NoTodoList:
            tally.no_container = True
        except AppError as err:
            tally.problem = problem_of(err)
            log.warning(
                "Task sync with %s stopped (%s); its cursor is kept and the next pass retries: %s",
                feed.label,
                tally.problem.kind,
                tally.problem.detail,
            )
        return BackendSyncReport(feed.backend, feed.label, **vars(tally))

    async def _pass(self, feed: TaskChangeFeed, tally: _Tally) -> None:
        followed = await self._store.followed_tasks(feed.provider)
        cursor = await self._store.get_state(feed.cursor_key)
        changes = await feed.read(cursor, {item.row.todo_task_id for item in followed})
        tally.requests, tally.full_resync = changes.requests, changes.full
        for item in followed:
            await self._settle(feed, item, changes, tally)
        # Only now: a pass that stopped half-way reads the same changes again next time.
        if changes.cursor != cursor:
            await self._store.set_state(feed.cursor_key, changes.cursor)
        if tally.completed or tally.reopened or tally.edited or tally.deleted:
            log.info(
                "Task sync with %s: %d completed, %d reopened, %d edited, %d deleted",
                feed.label,
                tally.completed,
                tally.reopened,
                tally.edited,
                tally.deleted,
            )

    async def _settle(
        self, feed: TaskChangeFeed, item: FollowedTask, changes: ChangeRound, tally: _Tally
    ) -> None:
        row = item.row
        task = changes.tasks.get(row.todo_task_id)
        moved_out = task is not None and task.container_id not in (None, row.todo_list_id)
        if row.todo_task_id in changes.gone or moved_out:
            await self._deleted(feed, item, tally, moved_out=moved_out)
            return
        if task is None:
            return  # not mentioned: unchanged
        now = task_state(task)
        before = item.remote_state or await self._baseline(feed, row.todo_task_id)
        status = "completed" if task.completed else "active"
        actor = _actor(feed)
        changed = False
        if status != row.status:
            changed = True
            action = "task_sync.completed" if task.completed else "task_sync.reopened"
            flagged = await self._flag_follows(row.email_id, completed=task.completed, actor=actor)
            await self._log(action, feed, item, {"status": row.status}, {"status": status})
            if task.completed:
                tally.completed += 1
                await self._end_waits(row.todo_task_id, received=True, actor=actor)
            else:
                tally.reopened += 1
            tally.flags_updated += int(flagged)
        edits = [name for name in EDITED_FIELDS if before is not None and before[name] != now[name]]
        if edits:
            changed = True
            tally.edited += 1
            await self._log(
                "task_sync.edited",
                feed,
                item,
                {name: before[name] for name in edits} if before else None,
                {name: now[name] for name in edits},
            )
        if changed or item.remote_state != now:
            await self._store.save_task_sync_state(
                row.id,
                status=status,
                remote_state=now,
                synced_at=self._clock() if changed else None,
            )

    async def _deleted(
        self, feed: TaskChangeFeed, item: FollowedTask, tally: _Tally, *, moved_out: bool
    ) -> None:
        row = item.row
        tally.deleted += 1
        await self._log(
            "task_sync.deleted",
            feed,
            item,
            {"status": row.status},
            {"status": "deleted"},
            details={"moved_out": moved_out},
        )
        await self._store.set_task_sync_status(row.id, "deleted", synced_at=self._clock())
        await self._end_waits(row.todo_task_id, received=False, actor=_actor(feed))
        if row.email_id is None or row.status == "completed":
            return  # a done task cleared away is not a change of mind: the approval stands
        suggestion_id = await self._store.approved_suggestion_for_email(row.email_id)
        if suggestion_id is None:
            return
        won = await self._store.transition_suggestion(
            suggestion_id, from_status=("approved",), to_status="dismissed", actor=_actor(feed)
        )
        if won:
            tally.dismissed += 1
            await self._store.log_action(
                "suggestion.dismiss",
                actor=_actor(feed),
                email_id=row.email_id,
                suggestion_id=suggestion_id,
                target=row.todo_task_id,
                before={"status": "approved"},
                after={"status": "dismissed"},
                details={"reason": f"the task was deleted in {feed.label}"},
            )

    async def _end_waits(self, task_id: str, *, received: bool, actor: str) -> None:
        """A waiting-for whose task the owner finished or deleted is over: no nudge comes."""
        reason = "task_completed" if received else "task_deleted"
        ended = await self._store.end_waits_of_task(
            task_id, received=received, reason=reason, actor=actor, at=self._clock()
        )
        if ended:
            await self._store.log_action(
                "waiting.close", actor=actor, target=task_id, details={"reason": reason}
            )

    async def _baseline(self, feed: TaskChangeFeed, task_id: str) -> dict[str, Any] | None:
        """The task as the approval created it, for a task no sync has seen yet."""
        actions = {f"{feed.backend}.task.create", f"{feed.backend}.task.adopt"}
        snapshot = await self._store.task_snapshot(task_id, actions)
        created = None if snapshot is None else feed.task_from_snapshot(snapshot)
        return None if created is None else task_state(created)

    async def _flag_follows(self, email_id: str | None, *, completed: bool, actor: str) -> bool:
        """Mark the flag an approval set complete (or flag it again); say if so. A flag the
        owner set is theirs: it never follows the task."""
        if email_id is None or not await self._store.flagged_by_assistant(email_id):
            return False
        try:
            flag = await self._mail.get_flag(email_id)
        except GraphNotFound:
            return False  # the email is gone; nothing to keep in step
        current, wanted = (FLAGGED, FLAG_COMPLETE) if completed else (FLAG_COMPLETE, FLAGGED)
        if flag.flag_status != current:
            return False  # not flagged (or already in step): no PATCH
        await self._mail.set_flag_status(email_id, flag, wanted)
        await self._store.log_action(
            "email.flag",
            actor=actor,
            email_id=email_id,
            target=email_id,
            before={"flagStatus": current},
            after={"flagStatus": wanted},
            details={"reason": "its task was " + ("completed" if completed else "reopened")},
        )
        return True

    async def _log(
        self,
        action: str,
        feed: TaskChangeFeed,
        item: FollowedTask,
        before: Any,
        after: Any,
        *,
        details: dict[str, Any] | None = None,
    ) -> None:
        await self._store.log_action(
            action,
            actor=_actor(feed),
            email_id=item.row.email_id,
            target=item.row.todo_task_id,
            before=before,
            after=after,
            details={"backend": feed.backend, "task_sync_id": item.row.id, **(details or {})},
        )


def _actor(feed: TaskChangeFeed) -> str:
    return f"task_sync:{feed.backend}"


def enabled_feeds(
    settings: Settings, backends: TaskBackends, graph: GraphClient, store: Store
) -> list[TaskChangeFeed]:
    """Return the feeds of the backends task sync follows under these settings.

    To Do whenever `integrations.todo` is on. Todoist when it is on and its backend is built;
    the feed reads through that backend's `client` (a `TodoistClient`), so one token and one
    cached project serve both.
    """
    feeds: list[TaskChangeFeed] = []
    if settings.integrations.todo.enabled:
        feeds.append(TodoChangeFeed(graph, store))
    todoist = backends.get("todoist")
    if settings.integrations.todoist.enabled and isinstance(todoist, TodoistBackend):
        feeds.append(TodoistChangeFeed(todoist.client))
    return feeds
