"""What undoing one approval restores, read from its steps and action_log, and kept in agent_state.

The plan is built once, when an undo starts, from what the approval recorded: the folder the
email came from (the first `email.move` since the last undo of that suggestion) and the folder
it was left in (the "moved" step); the categories before (the first `email.categorize`) and
after (the "categorized" step); the flag before and after when the flag was the assistant's
(the "follow_up_flag" step); and the task it created (the "task_created" and "task_synced"
steps). It is saved under `undo:<suggestion id>` with the names of the finished parts, so a
rerun after a crash restores only what is left.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from core.followup.flags import BY_ASSISTANT
from core.store import ActionRecord, EmailRecord, SuggestionRecord
from core.store.undo_queries import UNDO_STATE_PREFIX
from core.tasks.backend import BACKEND_NAMES, BackendName
from core.triage.approval_steps import (
    STEP_CATEGORIZED,
    STEP_FLAG,
    STEP_MOVED,
    STEP_TASK_CREATED,
    STEP_TASK_SYNCED,
    recorded_backend,
)

STATE_PREFIX = UNDO_STATE_PREFIX
PART_FOLDER = "folder"
PART_CATEGORIES = "categories"
PART_FLAG = "flag"
PART_TASK = "task"
LOGGED_ACTIONS = ("email.move", "email.categorize", "suggestion.undo")


@dataclass
class UndoTask:
    """The task the approval created: where it is and its task_sync row."""

    task_id: str
    backend: BackendName
    task_sync_id: int | None


@dataclass
class UndoPlan:
    """What one undo puts back, what the approval left (to notice the owner's changes), and
    which parts are done. None for a part the approval did not change."""

    suggestion_id: int
    email_id: str
    folder: str  # the taxonomy folder the approval filed to, for the owner's message
    folder_before: str | None = None
    folder_left: str | None = None
    categories_before: list[str] | None = None
    categories_left: list[str] | None = None
    flag_before: dict[str, Any] | None = None
    flag_left: dict[str, Any] | None = None
    task: UndoTask | None = None
    done: list[str] = field(default_factory=list)

    @property
    def state_key(self) -> str:
        """The agent_state key that holds this plan while the undo runs."""
        return state_key(self.suggestion_id)

    def to_state(self) -> str:
        """Return the plan as agent_state text."""
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_state(cls, text: str) -> UndoPlan:
        """Read a plan `to_state` wrote."""
        data = json.loads(text)
        task = data.pop("task")
        if task is not None:
            names = [name for name in BACKEND_NAMES if name == task["backend"]]
            task = UndoTask(task["task_id"], names[0], task["task_sync_id"])
        return cls(**data, task=task)


def state_key(suggestion_id: int) -> str:
    """Return the agent_state key of a suggestion's undo in progress."""
    return f"{STATE_PREFIX}{suggestion_id}"


def build_plan(
    record: SuggestionRecord, email: EmailRecord, logged: list[ActionRecord]
) -> UndoPlan:
    """Read what an approved suggestion's approval changed; `logged` oldest first."""
    since_undo = _after_last_undo(logged)
    steps = record.steps
    plan = UndoPlan(suggestion_id=record.id, email_id=record.email_id, folder=record.folder)
    moved = steps.get(STEP_MOVED)
    first_move = next((a for a in since_undo if a.action == "email.move"), None)
    if moved is not None:
        # The approval leaves emails.folder_id as it found it; the log says it too.
        logged_before = (first_move.before or {}).get("folder_id") if first_move else None
        plan.folder_before = logged_before or email.folder_id
        plan.folder_left = moved.get("folder_id")
    else:
        plan.folder_before = plan.folder_left = email.folder_id
    categorized = steps.get(STEP_CATEGORIZED)
    if categorized is not None:
        plan.categories_left = list(categorized.get("categories", []))
        first = next((a for a in since_undo if a.action == "email.categorize"), None)
        before = (first.before or {}).get("categories") if first is not None else None
        plan.categories_before = list(before) if before is not None else plan.categories_left
    flag = steps.get(STEP_FLAG)
    if flag is not None and flag.get("by") == BY_ASSISTANT and flag.get("set"):
        plan.flag_before, plan.flag_left = dict(flag["before"]), dict(flag["flag"])
    created = steps.get(STEP_TASK_CREATED)
    if created is not None:
        synced = steps.get(STEP_TASK_SYNCED) or {}
        backend = recorded_backend(steps)
        assert backend is not None  # a created task names its backend (or is To Do's)
        plan.task = UndoTask(str(created["task_id"]), backend, synced.get("task_sync_id"))
    return plan


def _after_last_undo(logged: list[ActionRecord]) -> list[ActionRecord]:
    """Return the rows after the suggestion's last undo: those of the approval being undone."""
    last = max((i for i, a in enumerate(logged) if a.action == "suggestion.undo"), default=-1)
    return logged[last + 1 :]
