"""What changed in the assistant's To Do list since the last look: task delta, one round a call.

Task sync asks this for the tasks the owner completed, reopened, edited or deleted in To Do. A
round follows `@odata.nextLink` to the `@odata.deltaLink`, which the caller keeps for the next
round; with nothing changed that is one request. A token Graph no longer knows (410
SyncStateNotFound), or a link to another Graph host (the owner changed `graph.base_url`), starts a
full round: every task in the list, flagged `full`, so the caller treats a task it tracks that the
round did not return as deleted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from core.errors import DeltaTokenExpired
from core.microsoft.graph import GraphClient
from core.microsoft.mail import link_origin
from core.microsoft.todo_models import TodoTask

log = logging.getLogger(__name__)

PAGE_SIZE = 50


@dataclass(frozen=True)
class TaskChanges:
    """One delta round over a list: changed (or, in a full round, all) tasks and removed ids."""

    changed: tuple[TodoTask, ...]
    removed: tuple[str, ...]
    delta_link: str
    full: bool  # every task of the list was returned: one the caller tracks but missed is gone
    requests: int


async def read_task_changes(
    graph: GraphClient, list_id: str, delta_link: str | None, *, page_size: int = PAGE_SIZE
) -> TaskChanges:
    """Return the list's task changes since `delta_link` (None: a full round)."""
    if delta_link is not None and link_origin(delta_link) != link_origin(graph.base_url):
        log.info("The saved To Do delta link points at another Graph host; reading afresh")
        delta_link = None
    if delta_link is not None:
        try:
            return await _round(graph, delta_link, full=False, page_size=page_size)
        except DeltaTokenExpired:
            log.warning("The To Do delta token expired (410); reading the whole list afresh")
            fresh = await _round(graph, _start(list_id), True, page_size)
            return replace(fresh, requests=fresh.requests + 1)  # the 410 was a request too
    return await _round(graph, _start(list_id), True, page_size)


def _start(list_id: str) -> str:
    return f"/me/todo/lists/{list_id}/tasks/delta"


async def _round(graph: GraphClient, start: str, full: bool, page_size: int) -> TaskChanges:
    changed: dict[str, TodoTask] = {}
    removed: dict[str, None] = {}
    link = ""
    requests = 0
    headers = {"Prefer": f"odata.maxpagesize={page_size}"}
    # Tasks are matched to task_sync rows by id, so linkedResources are not expanded.
    async for page in graph.pages(start, headers=headers):
        requests += 1
        for item in page.get("value") or ():
            task_id = str(item.get("id", ""))
            if not task_id:
                continue
            if "@removed" in item:
                changed.pop(task_id, None)
                removed[task_id] = None
            else:
                removed.pop(task_id, None)
                changed[task_id] = TodoTask._from_graph(item)
        link = str(page.get("@odata.deltaLink") or link)
    if not link:
        raise DeltaTokenExpired("the To Do delta round ended without a deltaLink")
    return TaskChanges(tuple(changed.values()), tuple(removed), link, full, requests)
