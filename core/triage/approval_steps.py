"""The steps of one approval: the two Graph round trips and the records that make them resumable.

Round trip 1 moves the email (``POST /me/messages/{id}/move`` with immutable ids); its 201 answer
is the read of read-merge-write, carrying the current categories and the new webLink. With the
Inbox as the folder, or a move an earlier attempt already made, a GET of the message stands in.
Round trip 2 is one ``$batch``: the categories PATCH (plus a read of the master category list, to
notice an area category bootstrap has not created yet) and, when the task backend is To Do, the
task POST into the assistant's own list. A backend without a Graph request to offer (Todoist)
creates its task with its own call, at the same time as the batch.

Each finished step is recorded on the suggestion before the next starts. The move and the PATCH
are idempotent with immutable ids; the task create is not, so "task_create_started" is recorded
before it is sent, naming the backend, and a run that finds it without "task_created" first
looks in that backend for a task linked to this email and adopts it. A create that got no
verdict (a 504 or a lost connection, for the item or the whole `$batch`) is looked for the same
way before it is sent again. An approval finishes in the backend its steps name, whatever
`integrations.task_backend` says by then, so no email ever gets a task in both.
`core.triage.approval` owns the state machine around this.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import quote

from core.categories import area_category_for_folder, email_categories
from core.config.settings import Settings
from core.errors import GraphNotFound
from core.followup.flags import FollowupFlags
from core.microsoft.graph import BatchRequest, BatchResponse, GraphClient
from core.microsoft.graph_models import Message
from core.microsoft.mail import MailApi, merge_categories
from core.microsoft.mailbox_profile import MailboxProfile
from core.microsoft.master_categories import category_key
from core.microsoft.todo_models import OutlookCategory
from core.store import EmailRecord, Store, SuggestionRecord
from core.tasks.backend import (
    BACKEND_NAMES,
    LEGACY_BACKEND,
    BackendName,
    BackendTask,
    BatchedTaskCreation,
    EmailTaskDraft,
    TaskBackend,
    task_rules,
)
from core.tasks.registry import TaskBackends
from core.triage.classification import INBOX
from core.triage.failures import Failure, FailureKind, NotApprovable
from core.triage.outcome_notes import NoteKind, OutcomeNote
from core.triage.task_fields import (
    build_task_draft,
    canonical_folder,
    parse_action_type,
    parse_priority,
    task_type,
)
from core.triage.user_categories import suggested_category
from core.vocabulary import ActionType, Priority

_LOG = logging.getLogger(__name__)

STEP_MOVED = "moved"
STEP_CATEGORIZED = "categorized"
STEP_TASK_STARTED = "task_create_started"
STEP_TASK_CREATED = "task_created"
STEP_TASK_SYNCED = "task_synced"
# The owner's task choice from the Edit form: {"backend": "todo" | "todoist" | None (no task)}.
STEP_TASK_CHOSEN = "task_backend_chosen"
# The follow-up flag (core.followup.flags): whose it is, the flag before, and whether it is set.
STEP_FLAG = "follow_up_flag"

_MASTER_CATEGORIES = "/me/outlook/masterCategories"


@dataclass
class ApprovalRun:
    """One execution of one suggestion: what it applies and what it has done so far."""

    record: SuggestionRecord
    actor: str
    folder: str | None = None
    email: EmailRecord | None = None
    priority: Priority = Priority.P4
    action: ActionType = ActionType.FYI_ONLY
    area: str | None = None
    wanted: list[str] = field(default_factory=list)
    want_task: bool = False
    task_backend: BackendName = LEGACY_BACKEND
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)
    categories: tuple[str, ...] = ()
    task_id: str | None = None
    task_title: str | None = None
    notes: list[OutcomeNote] = field(default_factory=list)

    @property
    def target(self) -> EmailRecord:
        """Return the email being acted on (set before any Graph call)."""
        assert self.email is not None
        return self.email


class ApprovalSteps:
    """Carry out the steps of approvals the state machine has moved to 'approving'."""

    def __init__(
        self,
        *,
        graph: GraphClient,
        mail: MailApi,
        tasks: TaskBackends,
        store: Store,
        settings: Callable[[], Settings],
        clock: Callable[[], datetime],
        mailbox: Callable[[], MailboxProfile] = MailboxProfile,
    ) -> None:
        """Create the executor over the clients `ApprovalService` was given."""
        self._graph = graph
        self._mail = mail
        self._tasks = tasks
        self._store = store
        self._settings = settings
        self._clock = clock
        self._flags = FollowupFlags(
            mail=mail,
            store=store,
            settings=settings,
            clock=clock,
            time_zone=lambda: mailbox().time_zone,
        )

    async def execute(self, run: ApprovalRun) -> None:
        """Run every unfinished step of an approval; GraphError, AuthError or NotApprovable."""
        settings = self._settings()
        record = run.record
        run.folder = canonical_folder(record.folder, settings)
        if run.folder is None:
            gone = Failure(FailureKind.FOLDER_NOT_IN_TAXONOMY, folder=record.folder)
            raise NotApprovable(gone)
        run.priority = _parsed(parse_priority, record.priority, "priority")
        run.action = _parsed(parse_action_type, record.action_type, "action_type")
        run.email = await self._store.get_email(record.email_id)
        if run.email is None:
            raise NotApprovable(Failure(FailureKind.EMAIL_NOT_RECORDED))
        run.area = area_category_for_folder(settings, run.folder) if run.folder != INBOX else None
        run.wanted = email_categories(run.priority, run.action, run.area)
        run.wanted += suggested_category(record.details)
        chosen = run.steps.get(STEP_TASK_CHOSEN)
        run.task_backend = (
            recorded_backend(run.steps) or _chosen(chosen) or self._tasks.active_name()
        )
        run.want_task = await self._wants_task(
            settings, run, record.edited_create_task, chosen=chosen is not None
        )
        created = run.steps.get(STEP_TASK_CREATED)
        if created:
            run.task_id, run.task_title = created["task_id"], created.get("title")
        # Resolved before the move, so a task-backend problem fails the approval before mail
        # changes.
        container_id = None
        if run.want_task and created is None:
            container_id = await self._backend(run).ensure_container(actor=run.actor)
        message = await self._move_or_read(run)
        await self._categorize_and_create(run, message, container_id, settings)
        await self._flags.on_approval(
            suggestion_id=record.id,
            email=run.target,
            action=run.action,
            current=message.flag,
            recorded=run.steps.get(STEP_FLAG),
            record=lambda result: self._step(run, STEP_FLAG, result),
            actor=run.actor,
        )
        if run.task_id is not None:  # a task made by an earlier attempt is recorded too
            await self._sync_task(run)

    async def _move_or_read(self, run: ApprovalRun) -> Message:
        """Round trip 1: move the email (or read it when no move is due); return it."""
        email, folder = run.target, run.folder
        moved = run.steps.get(STEP_MOVED)
        if folder == INBOX:
            if moved is None or moved.get("folder") == INBOX:
                return await self._mail.get_message(email.id)
            destination = "inbox"  # an earlier attempt filed it before the owner chose the Inbox
        else:
            assert folder is not None
            destination = await self._mail.resolve_folder(folder, create=True)
            if (moved and moved.get("folder") == folder) or email.folder_id == destination:
                return await self._mail.get_message(email.id)
        try:
            message = await self._mail.move(email.id, destination)
        except GraphNotFound:
            if folder == INBOX:
                raise
            # Folder ids are resolved at start and cached; the owner may have deleted or renamed
            # the folder since. Look it up (or create it) again, once.
            self._mail.forget_folders()
            fresh = await self._mail.resolve_folder(folder, create=True)
            if fresh == destination:
                raise
            _LOG.info("The folder %s was gone from Outlook; moved the email to a new one", folder)
            destination = fresh
            message = await self._mail.move(email.id, destination)
        if message.id != email.id:
            _LOG.warning("Email %s came back from a move with another id %s", email.id, message.id)
        before_folder = moved.get("folder_id") if moved else email.folder_id
        await self._step(
            run,
            STEP_MOVED,
            {"folder": folder, "folder_id": message.parent_folder_id, "web_link": message.web_link},
        )
        await self._store.log_action(
            "email.move",
            actor=run.actor,
            email_id=email.id,
            suggestion_id=run.record.id,
            target=message.id,
            before={"folder_id": before_folder},
            after={
                "folder": folder,
                "folder_id": message.parent_folder_id,
                "web_link": message.web_link,
            },
            details={"destination": destination},
        )
        return message

    async def _categorize_and_create(
        self, run: ApprovalRun, message: Message, container_id: str | None, settings: Settings
    ) -> None:
        """Round trip 2: one $batch with the categories PATCH and the To Do task POST.

        A backend that cannot join the batch creates its task alongside it.
        """
        current = list(message.categories)
        previous = run.steps.get(STEP_CATEGORIZED) or {}
        ours_before = [str(name) for name in previous.get("added", [])]
        wanted_keys = {category_key(name) for name in run.wanted}
        # Categories we added for an earlier choice (the owner edited after a failure) go.
        stale = [name for name in ours_before if category_key(name) not in wanted_keys]
        final = merge_categories(current, run.wanted, stale)
        owners = {category_key(c) for c in current} - {category_key(c) for c in ours_before}
        added = [
            c for c in final if category_key(c) in wanted_keys and category_key(c) not in owners
        ]

        requests: list[BatchRequest] = []
        draft: EmailTaskDraft | None = None
        task_request: BatchRequest | None = None
        backend: TaskBackend | None = None
        if run.want_task and run.task_id is None:
            backend = self._backend(run)
            if STEP_TASK_STARTED in run.steps:
                found = await backend.find_task_for_email(run.target.id)
                if found is not None:
                    await self._record_task(run, found, action=f"{backend.name}.task.adopt")
            if run.task_id is None:
                assert container_id is not None
                draft = build_task_draft(
                    run.target,
                    folder=run.folder or INBOX,
                    priority=run.priority,
                    action_type=run.action,
                    web_link=message.web_link,
                    settings=settings,
                )
                if isinstance(backend, BatchedTaskCreation):
                    task_request = backend.batch_create_request(draft, container_id=container_id)
                await self._step(
                    run,
                    STEP_TASK_STARTED,
                    {
                        "backend": backend.name,
                        "list_id": container_id,
                        "external_id": run.target.id,
                        "at": self._now(),
                    },
                )
                if task_request is not None:
                    requests.append(task_request)
        if final != current:
            requests.append(
                BatchRequest(
                    id="categories",
                    method="PATCH",
                    url=f"/me/messages/{_segment(message.id)}",
                    body={"categories": final},
                    immutable_ids=True,
                    idempotent=True,  # the whole array, so sending it twice changes nothing more
                )
            )
            if run.area:
                # Chained after the PATCH so the batch takes two of the mailbox's four slots, not
                # three; a 424 here (the PATCH failed) only skips the check.
                requests.append(
                    BatchRequest(
                        id="master",
                        method="GET",
                        url=_MASTER_CATEGORIES,
                        depends_on=("categories",),
                    )
                )

        create_error: BaseException | None = None
        if draft is not None and backend is not None and task_request is None:
            answers, create_error = await self._batch_beside_create(run, requests, backend, draft)
        else:
            answers = await self._graph.batch(requests) if requests else {}
        failed: list[BatchResponse] = []
        patch = answers.get("categories")
        if patch is not None and not patch.ok:
            failed.append(patch)
        else:
            run.categories = tuple(final)
            if patch is not None or previous.get("categories") != final:
                await self._step(run, STEP_CATEGORIZED, {"categories": final, "added": added})
            if patch is not None:
                await self._store.log_action(
                    "email.categorize",
                    actor=run.actor,
                    email_id=run.target.id,
                    suggestion_id=run.record.id,
                    target=message.id,
                    before={"categories": current},
                    after={"categories": final},
                    details={"added": added, "removed": stale},
                )
        task_answer = answers.get(task_request.id) if task_request is not None else None
        if task_answer is not None and draft is not None:
            assert isinstance(backend, BatchedTaskCreation)
            if task_answer.ok:
                await self._record_task(
                    run,
                    backend.task_from_batch_answer(task_answer.body),
                    action=f"{backend.name}.task.create",
                    container_id=container_id,
                    payload=task_request.body if task_request is not None else None,
                )
            elif task_answer.outcome_unknown:
                await self._settle_unconfirmed_task(run, backend, draft)
            elif task_answer.status == 404:
                # Our list was deleted meanwhile: the backend's own create finds or recreates it
                # and retries once.
                await self._record_task(run, await backend.create_task(draft, actor=run.actor))
            else:
                failed.append(task_answer)
        self._check_area_category(run, answers.get("master"))
        for answer in failed:
            answer.raise_for_status()
        if create_error is not None:
            raise create_error

    async def _batch_beside_create(
        self,
        run: ApprovalRun,
        requests: list[BatchRequest],
        backend: TaskBackend,
        draft: EmailTaskDraft,
    ) -> tuple[dict[str, BatchResponse], BaseException | None]:
        """Send the Graph batch and the backend's own create at once; record what was made.

        A task that was made is recorded before the batch's failure is raised, so a retry adopts
        it instead of creating another; the create's own failure is returned, to be raised once
        the batch's answers are recorded too.
        """

        async def no_batch() -> dict[str, BatchResponse]:
            return {}

        batch = self._graph.batch(requests) if requests else no_batch()
        answers, created = await asyncio.gather(
            batch, backend.create_task(draft, actor=run.actor), return_exceptions=True
        )
        if not isinstance(created, BaseException):
            await self._record_task(run, created)
        if isinstance(answers, BaseException):
            raise answers
        return answers, created if isinstance(created, BaseException) else None

    async def _settle_unconfirmed_task(
        self, run: ApprovalRun, backend: TaskBackend, draft: EmailTaskDraft
    ) -> None:
        """The task create got no verdict (504, timeout): adopt the task it made, or create it."""
        found = await backend.find_task_for_email(run.target.id)
        if found is not None:
            await self._record_task(run, found, action=f"{backend.name}.task.adopt")
            return
        await self._record_task(run, await backend.create_task(draft, actor=run.actor))

    async def _record_task(
        self,
        run: ApprovalRun,
        task: BackendTask,
        *,
        action: str | None = None,
        container_id: str | None = None,
        payload: Mapping[str, Any] | None = None,
    ) -> None:
        """Record a task made or adopted; `action` None: the backend's create logged it."""
        run.task_id, run.task_title = task.id, task.title
        adopted = action == f"{task.backend}.task.adopt"
        await self._step(
            run,
            STEP_TASK_CREATED,
            {"task_id": task.id, "title": task.title, "adopted": adopted, "backend": task.backend},
        )
        if action is not None:
            await self._store.log_action(
                action,
                actor=run.actor,
                email_id=run.target.id,
                suggestion_id=run.record.id,
                target=task.id,
                after=dict(task.snapshot),
                details={
                    "list_id": container_id,
                    "external_id": run.target.id,
                    "payload": payload,
                },
            )
        # Now, not at the end: a later failure must still leave a row dismiss can find.
        await self._sync_task(run)

    async def _sync_task(self, run: ApprovalRun) -> None:
        """Record the task in task_sync once (a crash between the two writes is tolerated)."""
        if STEP_TASK_SYNCED in run.steps:
            return
        assert run.task_id is not None
        backend = self._backend(run)
        rows = await self._store.task_syncs_for_email(run.target.id)
        row = next(
            (r for r in rows if r.todo_task_id == run.task_id and r.provider == backend.provider),
            None,
        )
        if row is not None:
            row_id = row.id
        else:
            container_id = await backend.ensure_container(actor=run.actor)
            row_id = await self._store.add_task_sync(
                email_id=run.target.id,
                todo_task_id=run.task_id,
                todo_list_id=container_id,
                task_type=task_type(run.action),
                provider=backend.provider,
            )
        await self._step(run, STEP_TASK_SYNCED, {"task_sync_id": row_id})

    def _check_area_category(self, run: ApprovalRun, answer: BatchResponse | None) -> None:
        if answer is None or not answer.ok or not run.area or not isinstance(answer.body, dict):
            return
        names = {
            category_key(OutlookCategory._from_graph(item).display_name)
            for item in answer.body.get("value") or ()
        }
        if category_key(run.area) not in names:
            run.notes.append(OutcomeNote(NoteKind.CATEGORY_APPLIED_BY_NAME, category=run.area))
            _LOG.warning(
                "The category %r is not in Outlook's category list yet; it was applied by name",
                run.area,
            )

    async def _step(self, run: ApprovalRun, step: str, result: dict[str, Any]) -> None:
        await self._store.record_suggestion_step(run.record.id, step, result)
        run.steps[step] = result

    async def _wants_task(
        self, settings: Settings, run: ApprovalRun, create_task: bool | None, *, chosen: bool
    ) -> bool:
        """Whether this run's backend is on for its action type and the owner kept the task.

        A backend the owner picked in the Edit form gets the task whatever the action type:
        the form showed the choice, so the owner's pick is the rule.
        """
        rules = task_rules(settings, run.task_backend)
        wanted = rules.enabled if chosen else rules.creates_task_for(run.action)
        if not wanted or create_task is False:
            return False
        return await self._backend(run).available()

    def _backend(self, run: ApprovalRun) -> TaskBackend:
        backend = self._tasks.get(run.task_backend)
        if backend is None:
            # Switched to a backend this process did not build (config changed, not restarted),
            # or the one this approval started in is no longer configured.
            _LOG.warning(
                "Suggestion %d needs the %s task backend, which is not set up in this process",
                run.record.id,
                run.task_backend,
            )
            raise NotApprovable(Failure(FailureKind.SUGGESTION_INVALID, field="task_backend"))
        return backend

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat()


def recorded_backend(steps: Mapping[str, Mapping[str, Any]]) -> BackendName | None:
    """Return the backend an approval's steps say its task went to, or None if none started.

    Steps recorded before backends were named are To Do's.
    """
    for step in (STEP_TASK_CREATED, STEP_TASK_STARTED):
        if step in steps:
            name = steps[step].get("backend", LEGACY_BACKEND)
            known = next((known for known in BACKEND_NAMES if known == name), None)
            if known is None:
                raise NotApprovable(Failure(FailureKind.SUGGESTION_INVALID, field="task_backend"))
            return known
    return None


def _chosen(step: Mapping[str, Any] | None) -> BackendName | None:
    """Return the backend the owner's task choice names (None: no choice, or no task)."""
    if step is None or step.get("backend") is None:
        return None
    name = next((known for known in BACKEND_NAMES if known == step["backend"]), None)
    if name is None:
        raise NotApprovable(Failure(FailureKind.SUGGESTION_INVALID, field="task_backend"))
    return name


def _segment(item_id: str) -> str:
    return quote(item_id, safe="=+")


_T = TypeVar("_T")


def _parsed(parse: Callable[[Any], _T], value: Any, field_name: str) -> _T:
    """Parse one stored field of a suggestion; a value no parser knows makes it not approvable."""
    try:
        return parse(value)
    except ValueError as err:
        failure = Failure(FailureKind.SUGGESTION_INVALID, field=field_name)
        raise NotApprovable(failure) from err
