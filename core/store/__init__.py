"""The SQLite store: the only package that imports aiosqlite or holds SQL.

`Store` (open with ``await Store.open(path)``) keeps emails, suggestions and their approval steps,
task_sync, agent_state, action_log and waiting_for; records are frozen dataclasses with aware UTC
datetimes. Every SQLite failure is raised as `core.errors.StoreError` naming the operation.
"""

from __future__ import annotations

from core.store.records import (
    EDIT_FIELDS,
    TRANSITIONS,
    ActionRecord,
    EmailRecord,
    SuggestionRecord,
    TaskSyncRecord,
    WaitingForRecord,
)
from core.store.store import Store

__all__ = [
    "EDIT_FIELDS",
    "TRANSITIONS",
    "ActionRecord",
    "EmailRecord",
    "Store",
    "SuggestionRecord",
    "TaskSyncRecord",
    "WaitingForRecord",
]
