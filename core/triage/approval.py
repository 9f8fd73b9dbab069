"""Approving, retrying and dismissing suggestions: the state machine around the compound action.

Nothing here runs without an owner's `approve()` (or a retry of one they started). The action
itself (move, categories, To Do task in two Graph round trips, each step persisted) lives in
`core.triage.approval_steps`; this module decides who gets to run it and what the owner is told.

States: pending|failed -> approving is a compare-and-set, so of concurrent approvals exactly one
executes; approving -> approved or failed. Graph failures become a failed suggestion with plain
words and a retryable flag, never an exception; an unexpected exception also leaves the row
failed and is re-raised. A process that dies mid-approval leaves the row 'approving':
`resume_interrupted()` finishes those at start-up. Dismiss never touches the email; it deletes
the task an earlier, failed approval may have created, in the backend that holds it.

Boundaries kept in code: folders come only from the taxonomy (never Deleted Items or Junk
Email), no email is deleted or sent, tasks go only to the assistant's own list or project (each
backend guards its container), and categories
are only applied by name (bootstrap creates them; nothing here recolours or deletes one).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal

from core.config.settings import Settings
from core.errors import (
    AuthError,
    ForeignTaskList,
    GraphError,
    InvalidInput,
    TaskBackendError,
)
from core.microsoft.graph import GraphClient
from core.microsoft.mail import MailApi
from core.microsoft.mailbox_profile import MailboxProfile
from core.microsoft.todo import TodoApi
from core.microsoft.todo_backend import TodoBackend
from core.store import Store, SuggestionRecord
from core.tasks.backend import BackendName, TaskBackend
from core.tasks.registry import TaskBackends
from core.triage.approval_steps import (
    STEP_CATEGORIZED,
    STEP_TASK_CHOSEN,
    STEP_TASK_CREATED,
    STEP_TASK_STARTED,
    ApprovalRun,
    ApprovalSteps,
    recorded_backend,
)
from core.triage.corrections import note_approval
from core.triage.failures import Failure, FailureKind, NotApprovable, classify_failure
from core.triage.outcome_notes import NoteKind, OutcomeNote
from core.triage.task_fields import (
    BACKEND_PROVIDERS,
    TASK_BACKEND_EDIT,
    chosen_backend,
    validate_edits,
)

_LOG = logging.getLogger(__name__)

OutcomeStatus = Literal["approved", "failed", "dismissed", "unchanged"]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ApprovalOutcome:
    """What an approve, retry or dismiss did, in terms a front end can show."""

    suggestion_id: int
    status: OutcomeStatus
    folder: str | None = None
    email_categories: tuple[str, ...] = ()
    task_id: str | None = None
    task_title: str | None = None
    task_web_url: str | None = None
    task_backend: str | None = None
    task_backend_label: str | None = None  # the backend's own name: "To Do", "Todoist"
    failure: Failure | None = None
    graph_round_trips: int = 0
    notes: tuple[OutcomeNote, ...] = ()

    @property
    def retryable(self) -> bool:
        """Whether retrying can help the failure this outcome reports."""
        return self.failure is not None and self.failure.retryable


class ApprovalService:
    """Approve, retry and dismiss suggestions; the only code that changes mail on approval."""

    def __init__(
        self,
        *,
        graph: GraphClient,
        mail: MailApi,
        store: Store,
        settings: Callable[[], Settings],
        todo: TodoApi | None = None,
        tasks: TaskBackends | None = None,
        todo_available: Callable[[], Awaitable[bool]] | None = None,
        clock: Callable[[], datetime] = _utc_now,
        mailbox: Callable[[], MailboxProfile] = MailboxProfile,
        on_approved: Callable[[ApprovalRun], Awaitable[None]] | None = None,
    ) -> None:
        """Create the service over the task backends `tasks` (the runtime's registry).

        `on_approved` is awaited with each run whose steps all finished, before it is marked
        approved (so a resumed approval calls it again: it must be idempotent).

        Without `tasks`, To Do alone is the backend, over `todo`; `todo_available` then
        overrides the start-up probe's verdict. `mailbox` gives the owner's mailbox profile
        (it picks the To Do web app a task link opens in, and the zone of follow-up flags).
        """
        if tasks is None:
            if todo is None:
                raise ValueError("ApprovalService needs the task backends or a To Do client")
            backend = TodoBackend(todo, store, mailbox=mailbox, available=todo_available)
            tasks = TaskBackends({"todo": backend}, settings)
        self._graph = graph
        self._tasks = tasks
        self._store = store
        self._settings = settings
        self._clock = clock
        self._steps = ApprovalSteps(
            graph=graph,
            mail=mail,
            tasks=tasks,
            store=store,
            settings=settings,
            clock=clock,
            mailbox=mailbox,
        )
        self._running: set[int] = set()
        self._on_approved = on_approved

    async def approve(
        self, suggestion_id: int, *, actor: str, edits: Mapping[str, Any] | None = None
    ) -> ApprovalOutcome:
        """Carry out a pending or failed suggestion, with the owner's edits stored as a correction.

        Raises ValueError (naming the field) for an invalid edit or a blank actor, before
        anything changes.
        """
        _require_actor(actor)
        clean = validate_edits(edits, self._settings()) if edits else {}
        # The task choice is stored as create_task (a correction like the others) plus, once
        # this approval is won, a step naming the backend, so a resumed run keeps it.
        choice = clean.pop(TASK_BACKEND_EDIT, None)
        if choice is not None:
            clean["create_task"] = chosen_backend(choice) is not None
        # No read first: for a missing id the transition changes nothing and `_unchanged` says so.
        won = await self._store.transition_suggestion(
            suggestion_id,
            from_status=("pending", "failed"),
            to_status="approving",
            actor=actor,
            edits=clean or None,
        )
        if not won:
            return await self._unchanged(suggestion_id)
        if choice is not None:
            await self._store.record_suggestion_step(
                suggestion_id, STEP_TASK_CHOSEN, {"backend": chosen_backend(choice)}
            )
        return await self._execute(suggestion_id, actor)

    async def retry(self, suggestion_id: int, *, actor: str) -> ApprovalOutcome:
        """Resume a failed approval from its first unfinished step."""
        _require_actor(actor)
        won = await self._store.transition_suggestion(
            suggestion_id, from_status=("failed",), to_status="approving", actor=actor
        )
        if not won:
            return await self._unchanged(suggestion_id)
        return await self._execute(suggestion_id, actor)

    async def resume_interrupted(self, *, actor: str = "system") -> list[ApprovalOutcome]:
        """Finish approvals a dead process left 'approving'; run once at start-up."""
        outcomes: list[ApprovalOutcome] = []
        for record in await self._store.list_suggestions(status="approving", limit=10_000):
            if record.id in self._running:
                continue
            _LOG.info("Resuming the interrupted approval of suggestion %d", record.id)
            try:
                outcomes.append(await self._execute(record.id, actor))
            except Exception:
                # Already marked failed with the error logged; one bad row must not stop start-up.
                _LOG.exception("Resuming suggestion %d failed", record.id)
                outcomes.append(await self._unchanged(record.id))
        return outcomes

    async def dismiss(self, suggestion_id: int, *, actor: str) -> ApprovalOutcome:
        """Dismiss a pending or failed suggestion; delete a task created for its email.

        Never touches the email. A dismissed suggestion whose task could not be deleted earlier
        can be dismissed again to finish the clean-up.
        """
        _require_actor(actor)
        record = await self._store.get_suggestion(suggestion_id)
        if record is None:
            return _missing(suggestion_id)
        won = await self._store.transition_suggestion(
            suggestion_id, from_status=("pending", "failed"), to_status="dismissed", actor=actor
        )
        if not won:
            record = await self._store.get_suggestion(suggestion_id)
            if record is None or record.status != "dismissed" or not await self._leftovers(record):
                return await self._unchanged(suggestion_id)
        start = self._graph.request_count
        notes: list[OutcomeNote] = []
        try:
            deleted = await self._delete_tasks(record, actor, notes)
        except _TaskDeleteFailed as failed:
            err = failed.error
            failure = replace(classify_failure(err), during_dismiss=True, backend=failed.backend)
            await self._store.log_action(
                "suggestion.dismiss",
                actor=actor,
                email_id=record.email_id,
                suggestion_id=suggestion_id,
                details={"task_delete_error": str(err)},
            )
            return ApprovalOutcome(
                suggestion_id,
                "dismissed",
                folder=record.folder,
                failure=failure,
                graph_round_trips=self._graph.request_count - start,
                notes=tuple(notes),
            )
        await self._store.log_action(
            "suggestion.dismiss",
            actor=actor,
            email_id=record.email_id,
            suggestion_id=suggestion_id,
            before={"status": record.status},
            after={"status": "dismissed"},
            details={"deleted_tasks": deleted},
        )
        if deleted:
            notes.append(OutcomeNote(NoteKind.TASKS_DELETED, count=len(deleted)))
        return ApprovalOutcome(
            suggestion_id,
            "dismissed",
            folder=record.folder,
            graph_round_trips=self._graph.request_count - start,
            notes=tuple(notes),
        )

    # -- execution ------------------------------------------------------------------------

    async def _execute(self, suggestion_id: int, actor: str) -> ApprovalOutcome:
        """Run the steps of a suggestion this caller moved to 'approving'."""
        record = await self._store.get_suggestion(suggestion_id)
        if record is None or record.status != "approving" or suggestion_id in self._running:
            return await self._unchanged(suggestion_id)
        self._running.add(suggestion_id)
        start = self._graph.request_count
        run = ApprovalRun(record=record, actor=actor, steps=dict(record.steps))
        try:
            await self._steps.execute(run)
            if self._on_approved is not None:
                await self._on_approved(run)  # the waiting-for tracker starts its wait
            await self._store.transition_suggestion(
                suggestion_id, from_status=("approving",), to_status="approved", actor=actor
            )
        except (GraphError, AuthError, TaskBackendError, NotApprovable) as err:
            return await self._fail(run, err, self._graph.request_count - start)
        except Exception as err:
            await self._fail_after_bug(run, err)
            raise
        finally:
            self._running.discard(suggestion_id)
        round_trips = self._graph.request_count - start
        await self._store.log_action(
            "suggestion.approve",
            actor=actor,
            email_id=record.email_id,
            suggestion_id=suggestion_id,
            before={"status": "approving"},
            after={"status": "approved"},
            details={
                "folder": run.folder,
                "priority": run.priority.value,
                "action_type": run.action.value,
                "edits": record.edits,
                "task_choice": run.steps.get(STEP_TASK_CHOSEN),
                "task_id": run.task_id,
                "task_backend": run.task_backend if run.task_id else None,
                "graph_round_trips": round_trips,
                "notes": [n.to_stored() for n in run.notes],
            },
        )
        if run.email is not None:
            await note_approval(self._store, record, run.email, at=self._clock())
        _LOG.info("Approved suggestion %d in %d Graph round trips", suggestion_id, round_trips)
        return self._outcome(run, "approved", round_trips)

    # -- failures -------------------------------------------------------------------------

    async def _fail(self, run: ApprovalRun, err: Exception, round_trips: int) -> ApprovalOutcome:
        failure = classify_failure(err)
        record = run.record
        await self._store.transition_suggestion(
            record.id,
            from_status=("approving",),
            to_status="failed",
            actor=run.actor,
            error=failure.to_stored(),
        )
        await self._store.log_action(
            "suggestion.fail",
            actor=run.actor,
            email_id=record.email_id,
            suggestion_id=record.id,
            before={"status": "approving"},
            after={"status": "failed"},
            details={
                "failure": failure.kind.value,
                "retryable": failure.retryable,
                "cause": f"{type(err).__name__}: {err}",
                "request_id": getattr(err, "request_id", None),
                "steps_done": sorted(run.steps),
                # What `/assistant status` shows as the backend's last known problem.
                "task_backend": run.task_backend if isinstance(err, TaskBackendError) else None,
                "task_backend_problem": (
                    failure.to_stored() if isinstance(err, TaskBackendError) else None
                ),
            },
        )
        _LOG.warning("Approval of suggestion %d failed: %s (%s)", record.id, failure.summary(), err)
        return self._outcome(run, "failed", round_trips, failure=failure)

    async def _fail_after_bug(self, run: ApprovalRun, err: Exception) -> None:
        failure = Failure(FailureKind.INTERNAL_ERROR, retryable=True, error_type=type(err).__name__)
        try:
            await self._store.transition_suggestion(
                run.record.id,
                from_status=("approving",),
                to_status="failed",
                actor=run.actor,
                error=failure.to_stored(),
            )
        except Exception:
            _LOG.exception("Could not mark suggestion %d failed", run.record.id)

    # -- dismiss helpers ------------------------------------------------------------------

    async def _leftovers(self, record: SuggestionRecord) -> bool:
        rows = await self._store.task_syncs_for_email(record.email_id)
        return any(row.status == "active" for row in rows)

    async def _delete_tasks(
        self, record: SuggestionRecord, actor: str, notes: list[OutcomeNote]
    ) -> list[str]:
        """Delete the tasks made for the record's email; _TaskDeleteFailed names the backend."""
        deleted: list[str] = []
        rows = await self._store.task_syncs_for_email(record.email_id)
        for row in rows:
            if row.status != "active":
                continue
            holder = self._tasks.for_provider(row.provider)
            if holder is None:
                notes.append(
                    OutcomeNote(
                        NoteKind.TASK_BACKEND_NOT_SET_UP,
                        task_id=row.todo_task_id,
                        backend=_backend_of_provider(row.provider),
                    )
                )
                continue
            try:
                await holder.delete_task(
                    row.todo_task_id, actor=actor, container_id=row.todo_list_id
                )
            except ForeignTaskList:
                notes.append(
                    OutcomeNote(
                        NoteKind.TASK_NOT_IN_OWN_LIST, task_id=row.todo_task_id, backend=holder.name
                    )
                )
                continue
            except (GraphError, AuthError, TaskBackendError) as err:
                raise _TaskDeleteFailed(holder.name, err) from err
            await self._store.set_task_sync_status(row.id, "deleted", synced_at=self._clock())
            deleted.append(row.todo_task_id)
        created = record.steps.get(STEP_TASK_CREATED)
        started = self._started_in(record)
        if started is None:
            return deleted
        try:
            if created is not None and created["task_id"] not in {r.todo_task_id for r in rows}:
                # Made and recorded as a step, but the process died before task_sync got its row.
                if await started.delete_task(created["task_id"], actor=actor):
                    deleted.append(created["task_id"])
            elif created is None and STEP_TASK_STARTED in record.steps:
                # A create whose answer was lost may still have made the task.
                orphan = await started.find_task_for_email(record.email_id)
                if orphan is not None:
                    await started.delete_task(orphan.id, actor=actor, current=orphan)
                    deleted.append(orphan.id)
        except (GraphError, AuthError, TaskBackendError) as err:
            raise _TaskDeleteFailed(started.name, err) from err
        return deleted

    def _started_in(self, record: SuggestionRecord) -> TaskBackend | None:
        """Return the backend the suggestion's approval began a task in, if this process has it."""
        name = self._recorded_name(record)
        return None if name is None else self._tasks.get(name)

    # -- outcomes -------------------------------------------------------------------------

    def _outcome(
        self,
        run: ApprovalRun,
        status: OutcomeStatus,
        round_trips: int,
        *,
        failure: Failure | None = None,
    ) -> ApprovalOutcome:
        return ApprovalOutcome(
            suggestion_id=run.record.id,
            status=status,
            folder=run.folder or run.record.folder,
            email_categories=run.categories,
            task_id=run.task_id,
            task_title=run.task_title,
            task_web_url=self._web_url(run.task_backend, run.task_id),
            task_backend=run.task_backend if run.task_id else None,
            task_backend_label=self._label(run.task_backend) if run.task_id else None,
            failure=failure,
            graph_round_trips=round_trips,
            notes=tuple(run.notes),
        )

    async def recorded(self, suggestion_id: int) -> ApprovalOutcome | None:
        """Return what was done to an approved or dismissed suggestion, from its stored steps.

        None while it is pending, approving or failed (nothing final to show) or missing.
        """
        record = await self._store.get_suggestion(suggestion_id)
        if record is None or record.status not in ("approved", "dismissed"):
            return None
        status: OutcomeStatus = "approved" if record.status == "approved" else "dismissed"
        return self._from_steps(record, status)

    async def _unchanged(self, suggestion_id: int) -> ApprovalOutcome:
        record = await self._store.get_suggestion(suggestion_id)
        if record is None:
            return _missing(suggestion_id)
        return self._from_steps(
            record,
            "unchanged",
            notes=(OutcomeNote(NoteKind.NOTHING_DONE, status=record.status),),
        )

    def _from_steps(
        self,
        record: SuggestionRecord,
        status: OutcomeStatus,
        *,
        notes: tuple[OutcomeNote, ...] = (),
    ) -> ApprovalOutcome:
        """Rebuild an outcome from the steps a suggestion's approval stored."""
        created = record.steps.get(STEP_TASK_CREATED) or {}
        task_id = created.get("task_id")
        backend = self._recorded_name(record) if task_id else None
        return ApprovalOutcome(
            record.id,
            status,
            folder=record.folder,
            email_categories=tuple(
                (record.steps.get(STEP_CATEGORIZED) or {}).get("categories", ())
            ),
            task_id=task_id,
            task_title=created.get("title"),
            task_web_url=self._web_url(backend, task_id),
            task_backend=backend,
            task_backend_label=self._label(backend),
            failure=Failure.from_stored(record.error),
            notes=notes,
        )

    def _recorded_name(self, record: SuggestionRecord) -> BackendName | None:
        try:
            return recorded_backend(record.steps)
        except NotApprovable:
            return None

    def _label(self, backend: BackendName | None) -> str | None:
        holder = None if backend is None else self._tasks.get(backend)
        return None if holder is None else holder.label

    def _web_url(self, backend: BackendName | None, task_id: str | None) -> str | None:
        holder = None if backend is None else self._tasks.get(backend)
        return None if holder is None or task_id is None else holder.web_url(task_id)


class _TaskDeleteFailed(Exception):
    """A dismissal's task clean-up failed in `backend`; `error` is what that backend raised."""

    def __init__(self, backend: str, error: GraphError | AuthError | TaskBackendError) -> None:
        super().__init__(backend)
        self.backend = backend
        self.error = error


def _backend_of_provider(provider: str) -> str:
    """Return the backend name a task_sync provider stands for, else the provider itself."""
    return next((n for n, p in BACKEND_PROVIDERS.items() if p == provider), provider)


def _require_actor(actor: str) -> None:
    if not isinstance(actor, str) or not actor.strip():
        raise InvalidInput("actor: every approval, retry and dismissal must name who asked for it")


def _missing(suggestion_id: int) -> ApprovalOutcome:
    return ApprovalOutcome(
        suggestion_id,
        "unchanged",
        failure=Failure(FailureKind.SUGGESTION_MISSING, suggestion_id=suggestion_id),
    )
