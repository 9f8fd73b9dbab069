"""The assistant's own Microsoft To Do list and the tasks in it.

`TodoApi` works in exactly one list, found by name (`integrations.todo.list_name`) among the
owner's own lists or created, whose id is cached in agent_state. Task methods take no list id;
an explicit one is only checked, and anything but the own list raises `ForeignTaskList` before
a request is built. When the owner deletes the list, the next call notices the 404, finds or
creates the list again and retries once. A create whose answer was lost is looked for before it
is sent again (a task by its link's externalId, the list by name). Every mutation goes to
action_log, once: a DELETE whose answer was lost keeps the task as it was in agent_state, and
the retry that finds the task gone logs the delete from it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from core.errors import (
    ForeignTaskList,
    GraphAuthError,
    GraphError,
    GraphNotFound,
    GraphWriteUncertain,
)
from core.microsoft.graph import GraphClient
from core.microsoft.graph_retry import create_once
from core.microsoft.todo_models import (
    TaskChanges,
    TaskDraft,
    TodoTask,
    TodoTaskList,
    url_segment,
)
from core.store import Store
from core.vocabulary import STATE_TODO_DISABLED_REASON, STATE_TODO_ENABLED, STATE_TODO_LIST_ID

_LOG = logging.getLogger(__name__)
_T = TypeVar("_T")

_LISTS = "/me/todo/lists"
_NO_TODO_CODE = "MailboxNotEnabledForRESTAPI"
# agent_state key holding a task whose DELETE went unanswered (Graph may have carried it out).
_UNANSWERED_DELETE = "todo_unanswered_delete:{task_id}"


class TodoUnavailable(StrEnum):
    """Why To Do cannot be used; its value is what agent_state keeps, bot/messages/ words it."""

    NOT_LICENSED = "not_licensed"  # 404: no To Do over Graph (not Exchange Online, guest, ...)
    UNAUTHORIZED = "unauthorized"  # 401: the token is not accepted for To Do
    FORBIDDEN = "forbidden"  # 403: the sign-in lacks Tasks.ReadWrite
    TRANSIENT = "transient"  # throttled or unreachable: never stored, the next start asks again


@dataclass(frozen=True)
class TodoProbe:
    """Whether To Do can be used in this mailbox and, if not, why (and Graph's HTTP status)."""

    enabled: bool
    unavailable: TodoUnavailable | None = None
    status: int | None = None


class TodoApi:
    """Create, read, change and delete tasks in the assistant's own To Do list only."""

    def __init__(
        self,
        graph: GraphClient,
        store: Store,
        list_name: str = "AI Assistant",
        *,
        time_zone: str = "UTC",
    ) -> None:
        self._graph = graph
        self._store = store
        self._list_name = list_name
        self._time_zone = time_zone
        self._list_id: str | None = None
        self._own_ids: set[str] = set()
        self._lock = asyncio.Lock()

    @property
    def list_id(self) -> str | None:
        """The own list's id once it has been found or created in this process, else None."""
        return self._list_id

    @property
    def time_zone(self) -> str:
        """The zone due dates are local dates in (the mailbox's, once start-up has read it)."""
        return self._time_zone

    @time_zone.setter
    def time_zone(self, name: str) -> None:
        self._time_zone = name

    async def probe(self) -> TodoProbe:
        """Check once whether this mailbox has To Do; record the answer in agent_state."""
        try:
            await self._graph.request("GET", _LISTS, params={"$top": "1"})
        except (GraphAuthError, GraphNotFound) as err:
            unavailable = _todo_unavailable(err)
            await self._store.set_state(STATE_TODO_ENABLED, "false")
            await self._store.set_state(STATE_TODO_DISABLED_REASON, unavailable.value)
            _LOG.warning(
                "Microsoft To Do is turned off: %s (%s %s)", unavailable, err.status, err.code
            )
            return TodoProbe(False, unavailable, err.status)
        except GraphError as err:
            # Transient (throttled, unreachable): not a verdict on the mailbox, so no state.
            # Graph's own message may carry anything; the owner gets the status only.
            _LOG.warning("Microsoft To Do is unavailable for now (HTTP %s)", err.status)
            return TodoProbe(False, TodoUnavailable.TRANSIENT, err.status)
        await self._store.set_state(STATE_TODO_ENABLED, "true")
        await self._store.delete_state(STATE_TODO_DISABLED_REASON)
        return TodoProbe(True)

    async def ensure_list(self, *, actor: str = "system") -> str:
        """Return the own list id: cached, found by name, or created."""
        list_id = await self._own_list_id(create_as=actor)
        if list_id is None:  # pragma: no cover - _own_list_id creates when given an actor
            raise GraphError(f"could not find or create the To Do list {self._list_name!r}")
        return list_id

    def create_task_request(self, draft: TaskDraft, *, list_id: str) -> tuple[str, dict[str, Any]]:
        """Return the (url, body) that creates `draft` in our list, for a caller's own $batch.

        The url comes from the same guarded builder as every other task call, so a list that is
        not ours raises ForeignTaskList here too; the caller logs the creation itself.
        """
        return self._tasks_path(list_id), draft._to_graph(self._time_zone)

    async def create_task(
        self,
        draft: TaskDraft,
        *,
        actor: str,
        list_id: str | None = None,
        email_id: str | None = None,
    ) -> TodoTask:
        """Create a task with its one linkedResource in the own list (201).

        A POST that got no verdict (504, timeout, dropped connection) is followed by a look for
        a task linked to the same externalId, which is returned instead of posting again.
        """
        payload = draft._to_graph(self._time_zone)
        external_id = draft.link.external_id

        async def op(own: str) -> tuple[str, TodoTask, bool]:
            async def post() -> TodoTask:
                response = await self._graph.request("POST", self._tasks_path(own), json=payload)
                return TodoTask._from_graph(response.body)

            async def find() -> TodoTask | None:
                # A create whose answer was lost may have made the task: never a second one.
                return await self._find_linked(own, external_id) if external_id else None

            task, confirmed = await create_once(post, find, what="a To Do task")
            return own, task, confirmed

        used, task, confirmed = await self._write(
            op, list_id=list_id, actor=actor, task_scoped=False
        )
        await self._store.log_action(
            "todo.task.create",
            actor=actor,
            email_id=email_id,
            target=task.id,
            after=task._to_graph(),
            details={"list_id": used, "external_id": external_id, "confirmed": confirmed},
        )
        return task

    async def get_task(self, task_id: str, *, list_id: str | None = None) -> TodoTask | None:
        """Return one task of the own list (with its linkedResources), or None if gone."""
        try:
            return await self._read(
                lambda own: self._fetch_task(own, task_id), list_id=list_id, task_scoped=True
            )
        except GraphNotFound:
            return None

    async def find_task_by_external_id(
        self, external_id: str, *, list_id: str | None = None
    ) -> TodoTask | None:
        """Return the own list's task linked to `external_id` (ids compare exactly), if any."""

        return await self._read(
            lambda own: self._find_linked(own, external_id), list_id=list_id, task_scoped=False
        )

    async def _find_linked(self, list_id: str, external_id: str) -> TodoTask | None:
        # linkedResources cannot be filtered on, so the list is read (expanded) and matched here.
        params = {"$expand": "linkedResources"}
        async for item in self._graph.paginate(self._tasks_path(list_id), params=params):
            task = TodoTask._from_graph(item)
            if any(link.external_id == external_id for link in task.linked_resources):
                return task
        return None

    async def list_open_tasks(self, *, list_id: str | None = None) -> list[TodoTask]:
        """Return every task of the own list that is not completed, across pages."""

        async def op(own: str) -> list[TodoTask]:
            params = {"$filter": "status ne 'completed'", "$expand": "linkedResources"}
            return [
                TodoTask._from_graph(item)
                async for item in self._graph.paginate(self._tasks_path(own), params=params)
            ]

        return await self._read(op, list_id=list_id, task_scoped=False) or []

    async def update_task(
        self,
        task_id: str,
        changes: TaskChanges,
        *,
        actor: str,
        list_id: str | None = None,
        current: TodoTask | None = None,
    ) -> TodoTask:
        """PATCH only the fields that change; no request at all when nothing does."""

        async def op(own: str) -> tuple[TodoTask, TodoTask]:
            before = current if current is not None else await self._fetch_task(own, task_id)
            patch = changes._patch_for(before, self._time_zone)
            if not patch:
                return before, before
            response = await self._graph.request(
                "PATCH",
                f"{self._tasks_path(own)}/{url_segment(task_id)}",
                json=patch,
                idempotent=True,  # absolute values: sending them twice changes nothing more
            )
            return before, TodoTask._from_graph(response.body)

        before, after = await self._write(op, list_id=list_id, actor=actor, task_scoped=True)
        if after is not before:
            await self._store.log_action(
                "todo.task.update",
                actor=actor,
                target=task_id,
                before=before._to_graph(),
                after=after._to_graph(),
                details={"list_id": self._list_id},
            )
        return after

    async def delete_task(
        self,
        task_id: str,
        *,
        actor: str,
        list_id: str | None = None,
        current: TodoTask | None = None,
    ) -> bool:
        """Delete a task of the own list; False when it was already gone.

        A task found gone after this method's own earlier DELETE went unanswered was deleted by
        that DELETE: it counts (True) and is logged now, once.
        """
        unanswered = _UNANSWERED_DELETE.format(task_id=task_id)

        async def op(own: str) -> TodoTask:
            before = current if current is not None else await self._fetch_task(own, task_id)
            try:
                await self._graph.request(
                    "DELETE", f"{self._tasks_path(own)}/{url_segment(task_id)}"
                )
            except GraphWriteUncertain:
                await self._store.set_state(unanswered, json.dumps(before._to_graph()))
                raise
            except GraphNotFound as err:
                # There a moment ago: the HTTP client re-sent a DELETE whose connection dropped
                # after Graph carried it out. Only a vanished list is another story.
                if err.code == _NO_TODO_CODE or not await self._list_exists(own):
                    raise
            return before

        try:
            snapshot = (
                await self._write(op, list_id=list_id, actor=actor, task_scoped=True)
            )._to_graph()
        except GraphNotFound:
            saved = await self._store.get_state(unanswered)
            if saved is None:
                _LOG.info("To Do task %s was already gone; nothing to delete", task_id)
                return False
            snapshot = json.loads(saved)
        await self._store.log_action(
            "todo.task.delete",
            actor=actor,
            target=task_id,
            before=snapshot,
            details={"list_id": self._list_id},
        )
        await self._store.delete_state(unanswered)
        return True

    # -- the own list -------------------------------------------------------------------

    async def _own_list_id(self, *, create_as: str | None) -> str | None:
        async with self._lock:
            if self._list_id is None:
                self._list_id = await self._store.get_state(STATE_TODO_LIST_ID)
            if self._list_id is None:
                existing = await self._find_list()
                found = existing.id if existing is not None else None
                if found is None and create_as is not None:
                    found = await self._create_list(actor=create_as)
                if found is not None:
                    await self._store.set_state(STATE_TODO_LIST_ID, found)
                    self._list_id = found
            if self._list_id is not None:
                self._own_ids.add(self._list_id)
            return self._list_id

    async def _find_list(self) -> TodoTaskList | None:
        # No $filter: the real service rejects it on lists, so read them all and match here.
        wanted = self._list_name.casefold()
        matches: list[TodoTaskList] = []
        async for item in self._graph.paginate(_LISTS):
            todo_list = TodoTaskList._from_graph(item)
            if (
                todo_list.wellknown_list_name == "none"
                and todo_list.is_owner
                and todo_list.display_name.strip().casefold() == wanted
            ):
                matches.append(todo_list)
        if len(matches) > 1:
            _LOG.warning(
                "Found %d To Do lists named %r; using the first (%s)",
                len(matches),
                self._list_name,
                matches[0].id,
            )
        return matches[0] if matches else None

    async def _create_list(self, *, actor: str) -> str:
        async def post() -> TodoTaskList:
            response = await self._graph.request(
                "POST", _LISTS, json={"displayName": self._list_name}
            )
            return TodoTaskList._from_graph(response.body)

        # To Do allows two lists of one name, so a create whose answer was lost is looked for.
        created, confirmed = await create_once(post, self._find_list, what="the To Do list")
        _LOG.info("Created the To Do list %r", self._list_name)
        await self._store.log_action(
            "todo.list.create",
            actor=actor,
            target=created.id,
            after=created._to_graph(),
            details={"confirmed": confirmed},
        )
        return created.id

    async def _forget_list(self, list_id: str) -> None:
        async with self._lock:
            if self._list_id == list_id:
                self._list_id = None
                await self._store.delete_state(STATE_TODO_LIST_ID)

    async def _list_exists(self, list_id: str) -> bool:
        try:
            await self._graph.request("GET", f"{_LISTS}/{url_segment(list_id)}")
        except GraphNotFound:
            return False
        return True

    def _guard(self, list_id: str | None, own: str | None) -> None:
        if list_id is not None and list_id != own:
            raise ForeignTaskList(
                f"To Do list {list_id!r} is not the assistant's own list "
                f"{self._list_name!r} ({own or 'not created yet'}); refusing to touch it"
            )

    def _tasks_path(self, list_id: str) -> str:
        # Last line of defence: no task URL is ever built for a list we did not resolve as ours
        # (a list deleted meanwhile stays "ours", so a concurrent call still gets its 404).
        if list_id not in self._own_ids:
            raise ForeignTaskList(f"refusing to address To Do list {list_id!r}: not our own")
        return f"{_LISTS}/{url_segment(list_id)}/tasks"

    async def _fetch_task(self, list_id: str, task_id: str) -> TodoTask:
        body = await self._graph.get_json(
            f"{self._tasks_path(list_id)}/{url_segment(task_id)}",
            params={"$expand": "linkedResources"},
        )
        return TodoTask._from_graph(body)

    async def _write(
        self,
        op: Callable[[str], Awaitable[_T]],
        *,
        list_id: str | None,
        actor: str,
        task_scoped: bool,
    ) -> _T:
        own = await self.ensure_list(actor=actor)
        self._guard(list_id, own)
        try:
            return await op(own)
        except GraphNotFound as err:
            if not await self._list_vanished(own, err, task_scoped):
                raise
        return await op(await self.ensure_list(actor=actor))

    async def _read(
        self,
        op: Callable[[str], Awaitable[_T | None]],
        *,
        list_id: str | None,
        task_scoped: bool,
    ) -> _T | None:
        own = await self._own_list_id(create_as=None)
        self._guard(list_id, own)
        if own is None:
            return None
        try:
            return await op(own)
        except GraphNotFound as err:
            if not await self._list_vanished(own, err, task_scoped):
                raise
        own = await self._own_list_id(create_as=None)
        return None if own is None else await op(own)

    async def _list_vanished(self, list_id: str, err: GraphNotFound, task_scoped: bool) -> bool:
        """Tell a deleted list from a missing task, forgetting the list if it is gone."""
        if err.code == _NO_TODO_CODE:
            return False
        # A 404 on a task URL may just mean the task is gone; ask about the list itself.
        if task_scoped and await self._list_exists(list_id):
            return False
        _LOG.warning(
            "The To Do list %r (%s) no longer exists (deleted in To Do?); finding it again",
            self._list_name,
            list_id,
        )
        await self._forget_list(list_id)
        return True


def _todo_unavailable(err: GraphError) -> TodoUnavailable:
    if err.status == 404:
        return TodoUnavailable.NOT_LICENSED
    if err.status == 401:
        return TodoUnavailable.UNAUTHORIZED
    return TodoUnavailable.FORBIDDEN
