"""TodoistClient: the assistant's own Todoist project and the tasks in it, over API v1.

Our own small aiohttp client rather than the official `todoist-api-python`: that SDK brings a
second HTTP stack (httpx) and has no 429 / Retry-After handling, while the handful of endpoints
we use fit in a few hundred lines on the session the rest of the assistant already has.

Invariant: the assistant touches only its own project. Every task write first reads the task
and refuses (`ForeignTodoistTask`) unless it sits in that project; listings and syncs are
filtered to it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

import aiohttp
from pydantic import ValidationError

from core.vocabulary import Priority

from .errors import (
    ForeignTodoistTask,
    TodoistError,
    TodoistNotFound,
    TodoistRejected,
    TodoistWriteUncertain,
)
from .models import SyncResult, TodoistPage, TodoistProject, TodoistTask, api_priority
from .transport import DEFAULT_MAX_RETRIES, Sleep, TodoistTransport, new_request_id

DEFAULT_BASE_URL = "https://api.todoist.com/api/v1"
DEFAULT_PROJECT_NAME = "AI Assistant"
PAGE_LIMIT = 200  # v1's maximum page size
FULL_SYNC = "*"
# How far back a lost create is looked for among closed tasks: inside the completed listing's
# 3-month window, and far longer than an approval waits for its retry.
COMPLETED_LOOKBACK = timedelta(weeks=12)
_COMPLETED_PATH = "/tasks/completed/by_completion_date"


class TodoistClient:
    """Creates, reads, updates, closes and deletes tasks in the assistant's Todoist project."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        token: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        sleep: Sleep = asyncio.sleep,
        max_retries: int = DEFAULT_MAX_RETRIES,
        project_name: str = DEFAULT_PROJECT_NAME,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._http = TodoistTransport(
            session, token, base_url, sleep=sleep, max_retries=max_retries
        )
        self.project_name = project_name
        self._clock = clock
        self._project_id: str | None = None
        # Projects this client made (the owner had none, or deleted it), for the audit log.
        self.created_project_ids: list[str] = []
        # Approvals run side by side: one of them finds or makes the project, the rest wait.
        self._project_lock = asyncio.Lock()

    # ---- the project ---------------------------------------------------------------------------

    async def ensure_project(self, name: str | None = None) -> str:
        """The id of the assistant's project: found by exact name across pages, else created.

        Cached after the first call, so later operations cost no request for it.
        """
        if name is not None and name != self.project_name:
            self.project_name, self._project_id = name, None
        if self._project_id is not None:
            return self._project_id
        async with self._project_lock:
            if self._project_id is None:
                self._project_id = await self._find_or_create_project()
            return self._project_id

    async def _find_or_create_project(self) -> str:
        found = await self._find_project()
        if found is None:
            try:
                created = await self._http.call(
                    "POST", "/projects", body={"name": self.project_name}, repeatable=False
                )
                found = _parse(TodoistProject, created).id
            except TodoistWriteUncertain:
                # Todoist may have made it: look once more before the owner retries.
                found = await self._find_project()
                if found is None:
                    raise
            self.created_project_ids.append(found)
        return found

    async def find_project(self) -> str | None:
        """The id of the assistant's project if it exists, creating nothing (doctor's look)."""
        return self._project_id or await self._find_project()

    async def _find_project(self) -> str | None:
        async for raw in self._pages("/projects", {}):
            project = _parse(TodoistProject, raw)
            if project.name == self.project_name and not project.is_archived:
                return project.id
        return None

    # ---- reads ---------------------------------------------------------------------------------

    async def get_task(self, task_id: str) -> TodoistTask:
        """One task of our project (a closed one too); `TodoistNotFound` once deleted."""
        project_id = await self.ensure_project()
        raw = await self._http.call("GET", f"/tasks/{task_id}", repeatable=True)
        task = _parse(TodoistTask, raw)
        if task.project_id != project_id:
            raise ForeignTodoistTask(
                f"Todoist task {task_id} is not in the project {self.project_name!r}; "
                "the assistant leaves it alone"
            )
        return task

    async def list_project_tasks(self) -> list[TodoistTask]:
        """Every open task of our project, all pages."""
        project_id = await self.ensure_project()
        params = {"project_id": project_id}
        tasks = [_parse(TodoistTask, raw) async for raw in self._pages("/tasks", params)]
        return [task for task in tasks if task.project_id == project_id]

    async def find_task_by_marker(self, marker: str) -> TodoistTask | None:
        """The task of our project whose description holds `marker`, open or closed, if any.

        Adopts a task whose create got no verdict: the caller puts a marker that identifies
        the email in the description and passes it here as it is written there. A task the
        owner already ticked off counts too (closed in the last `COMPLETED_LOOKBACK`), so a
        lost create is never made a second time because it was quickly done.
        """
        if not marker:
            raise ValueError("a marker must not be empty")
        for task in await self.list_project_tasks():
            if marker in task.description:
                return task
        for task in await self.list_completed_tasks(self._clock() - COMPLETED_LOOKBACK):
            if marker in task.description:
                return task
        return None

    async def list_completed_tasks(self, since: datetime) -> list[TodoistTask]:
        """The tasks of our project closed from `since` until now, all pages."""
        project_id = await self.ensure_project()
        params = {
            "since": _utc(since),
            # A minute ahead: a task closed just now still falls inside despite clock skew.
            "until": _utc(self._clock() + timedelta(minutes=1)),
            "project_id": project_id,
        }
        found = [
            _parse(TodoistTask, raw) async for raw in self._pages(_COMPLETED_PATH, params, "items")
        ]
        return [task for task in found if task.project_id == project_id]

    # ---- writes --------------------------------------------------------------------------------

    async def create_task(
        self,
        content: str,
        *,
        description: str = "",
        priority: Priority = Priority.P4,
        labels: Sequence[str] = (),
        due_date: date | None = None,
        marker: str | None = None,
    ) -> TodoistTask:
        """Create a task in our project.

        With a `marker` (which must appear in the description) a create that got no verdict is
        looked for before it is sent again, so it never lands twice.
        """
        if marker is not None and marker not in description:
            raise ValueError("the marker must appear in the description")
        body: dict[str, Any] = {
            "content": content,
            "description": description,
            "project_id": await self.ensure_project(),
            "priority": api_priority(priority),
            "labels": list(labels),
        }
        if due_date is not None:
            body["due_date"] = due_date.isoformat()
        request_id = new_request_id()
        try:
            raw = await self._post_task(body, request_id)
        except TodoistWriteUncertain:
            if marker is None:
                raise
            adopted = await self.find_task_by_marker(marker)
            if adopted is not None:
                return adopted
            raw = await self._post_task(body, request_id)
        return _parse(TodoistTask, raw)

    async def _post_task(self, body: dict[str, Any], request_id: str) -> Any:
        """POST /tasks; if the owner deleted our project meanwhile, make it again and repost."""
        try:
            return await self._http.call(
                "POST", "/tasks", body=body, repeatable=False, request_id=request_id
            )
        except (TodoistRejected, TodoistNotFound) as err:
            if isinstance(err, TodoistRejected) and err.argument != "project_id":
                raise
            self._project_id = None
            body["project_id"] = await self.ensure_project()
            return await self._http.call(
                "POST", "/tasks", body=body, repeatable=False, request_id=request_id
            )

    async def update_task(
        self,
        task_id: str,
        *,
        content: str | None = None,
        description: str | None = None,
        priority: Priority | None = None,
        labels: Sequence[str] | None = None,
        due_date: date | None = None,
        clear_due: bool = False,
    ) -> TodoistTask:
        """Change the given fields of one of our tasks; returns it as Todoist now has it."""
        await self.get_task(task_id)
        body: dict[str, Any] = {}
        if content is not None:
            body["content"] = content
        if description is not None:
            body["description"] = description
        if priority is not None:
            body["priority"] = api_priority(priority)
        if labels is not None:
            body["labels"] = list(labels)
        if due_date is not None:
            body["due_date"] = due_date.isoformat()
        elif clear_due:
            body["due_string"] = "no date"
        raw = await self._http.call("POST", f"/tasks/{task_id}", body=body, repeatable=True)
        return _parse(TodoistTask, raw)

    async def close_task(self, task_id: str) -> None:
        """Complete one of our tasks."""
        task = await self.get_task(task_id)
        # A retried close would move a recurring task on twice; a plain one it just leaves done.
        await self._http.call("POST", f"/tasks/{task_id}/close", repeatable=not task.is_recurring)

    async def reopen_task(self, task_id: str) -> None:
        """Reopen one of our completed tasks."""
        await self.get_task(task_id)
        await self._http.call("POST", f"/tasks/{task_id}/reopen", repeatable=True)

    async def delete_task(self, task_id: str) -> bool:
        """Delete one of our tasks; False when it was already gone (not an error)."""
        try:
            await self.get_task(task_id)
            await self._http.call("DELETE", f"/tasks/{task_id}", repeatable=True)
        except TodoistNotFound:
            return False
        return True

    # ---- sync ----------------------------------------------------------------------------------

    async def sync_items(self, sync_token: str = FULL_SYNC) -> SyncResult:
        """Items of our project changed since `sync_token`, and the token for next time.

        "*" (or a token Todoist no longer accepts) gives a full sync: every open item. An
        incremental one also carries closed (`checked`) and deleted (`is_deleted`) items.
        """
        project_id = await self.ensure_project()
        result = await self.sync_account_items(sync_token)
        # The answer covers the whole account: other projects' items are dropped unread.
        ours = [item for item in result.items if item.project_id == project_id]
        return result.model_copy(update={"items": ours})

    async def sync_account_items(self, sync_token: str = FULL_SYNC) -> SyncResult:
        """Like `sync_items`, with every project's items and no project lookup: one request.

        For task sync, which follows tasks by id: a followed task that turns up in another
        project was moved out of ours. Nothing here is written.
        """
        try:
            reply = await self._sync(sync_token)
        except TodoistRejected:
            if sync_token == FULL_SYNC:
                raise
            reply = await self._sync(FULL_SYNC)
        if not isinstance(reply, dict) or not isinstance(reply.get("sync_token"), str):
            raise TodoistError("Todoist's sync answer has no sync_token")
        return SyncResult(
            sync_token=reply["sync_token"],
            full_sync=bool(reply.get("full_sync")),
            items=[
                _parse(TodoistTask, raw)
                for raw in reply.get("items") or []
                if isinstance(raw, dict)
            ],
        )

    async def _sync(self, sync_token: str) -> Any:
        body = {"sync_token": sync_token, "resource_types": ["items"]}
        return await self._http.call("POST", "/sync", body=body, repeatable=True)

    # ---- paging --------------------------------------------------------------------------------

    async def _pages(
        self, path: str, params: dict[str, str], key: str = "results"
    ) -> AsyncIterator[dict[str, object]]:
        """Every object of a cursor-paged listing (`key`: the page's list, "items" for closed)."""
        cursor: str | None = None
        while True:
            query = {**params, "limit": str(PAGE_LIMIT)}
            if cursor:
                query["cursor"] = cursor
            raw_page = await self._http.call("GET", path, params=query, repeatable=True)
            if key != "results" and isinstance(raw_page, dict):
                raw_page = {
                    "results": raw_page.get(key),
                    "next_cursor": raw_page.get("next_cursor"),
                }
            page = _parse(TodoistPage, raw_page)
            for raw in page.results:
                yield raw
            cursor = page.next_cursor
            if not cursor:
                return


_Model = TypeVar("_Model", TodoistTask, TodoistProject, TodoistPage)


def _parse(kind: type[_Model], raw: Any) -> _Model:
    try:
        return kind.model_validate(raw)
    except ValidationError as err:
        raise TodoistError(f"Todoist answered an unexpected {kind.__name__}: {err}") from err


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
