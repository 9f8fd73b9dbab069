"""What a task service says changed since the last look: the neutral shape task sync reads.

Each backend offers a `TaskChangeFeed` (To Do: `core.microsoft.todo_changes`, over task delta;
Todoist: `core.todoist.changes`, over its incremental sync). A feed reads one round from a
cursor the sync keeps in agent_state, and answers in `ChangeRound` terms so `core.tasks.sync`
never sees a wire format. A round is either incremental (only what changed) or full (after a
first run or an expired cursor); in a full round the feed has settled every task it was asked
about: each is in `tasks` or in `gone`, so "not returned" never reads as "deleted" by mistake.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from core.tasks.backend import BackendName, BackendTask


@dataclass(frozen=True)
class ChangeRound:
    """One read of a feed: the tasks it returned, the ids it knows are gone, the next cursor."""

    tasks: Mapping[str, BackendTask]
    gone: frozenset[str]
    cursor: str
    full: bool
    requests: int


class TaskChangeFeed(Protocol):
    """Reads what changed in one backend's own container since a cursor."""

    @property
    def backend(self) -> BackendName:
        """The config spelling of the backend ("todo", "todoist")."""
        ...

    @property
    def provider(self) -> str:
        """What task_sync.provider holds for this backend's rows."""
        ...

    @property
    def label(self) -> str:
        """The service's own name ("To Do", "Todoist")."""
        ...

    @property
    def cursor_key(self) -> str:
        """The agent_state key the sync keeps this feed's cursor under."""
        ...

    async def read(self, cursor: str | None, followed: Collection[str]) -> ChangeRound:
        """Read one round from `cursor` (None: a full round).

        `followed` are the task ids the sync tracks; a full round settles each of them. Raises
        the backend's own errors (GraphError, TodoistError); the caller keeps its cursor then.
        """
        ...

    def task_from_snapshot(self, snapshot: Any) -> BackendTask | None:
        """Read a task from the wire form the approval logged when it created the task."""
        ...
