"""Typed notes on an approval's or dismissal's outcome: what to point out, never how to say it.

An outcome can carry remarks beside its result (a task left alone, a category applied by name).
`core` records each as an `OutcomeNote` (a kind plus the few values its wording needs) and the
front ends word it (bot/messages/ `note_text`), like a `Failure`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class NoteKind(StrEnum):
    """What an outcome points out beside its result."""

    TASKS_DELETED = "tasks_deleted"  # a dismissal deleted the tasks made for the email
    TASK_BACKEND_NOT_SET_UP = "task_backend_not_set_up"  # a task left alone: no such backend
    TASK_NOT_IN_OWN_LIST = "task_not_in_own_list"  # a task left alone: not the assistant's
    NOTHING_DONE = "nothing_done"  # the suggestion was already past acting on
    CATEGORY_APPLIED_BY_NAME = "category_applied_by_name"  # not in Outlook's master list yet


@dataclass(frozen=True)
class OutcomeNote:
    """One note, with only the values its wording needs.

    `backend` is the task backend's config name ("todo", "todoist"), or what a task_sync row
    names when this process knows no such backend.
    """

    kind: NoteKind
    count: int | None = None
    task_id: str | None = None
    backend: str | None = None
    status: str | None = None
    category: str | None = None

    def to_stored(self) -> dict[str, Any]:
        """Return the note as JSON-ready values for the audit log."""
        return {k: v for k, v in asdict(self).items() if v is not None}
