"""The SQLite store: the only package that imports aiosqlite or holds SQL.

`Store` (open with ``await Store.open(path)``) keeps emails, suggestions and their approval steps,
task_sync, agent_state, action_log, waiting_for and the classification log; records are frozen
dataclasses with aware UTC datetimes. Every SQLite failure is raised as `core.errors.StoreError`
naming the operation.
"""

from __future__ import annotations

from core.store.connection import claim_database
from core.store.front_end_queries import ChatTurn, PostedMessage
from core.store.records import (
    BODY_TEXT_MAX_CHARS,
    EDIT_FIELDS,
    TRANSITIONS,
    ActionRecord,
    ClassificationRecord,
    ClassificationTotals,
    EmailChange,
    EmailRecord,
    MeetingFacts,
    Recipients,
    SavedChanges,
    SuggestionRecord,
    TaskSyncRecord,
    ThreadApproval,
    WaitingForRecord,
)
from core.store.store import Store
from core.store.task_sync_queries import FollowedTask

__all__ = [
    "BODY_TEXT_MAX_CHARS",
    "EDIT_FIELDS",
    "TRANSITIONS",
    "ActionRecord",
    "ChatTurn",
    "ClassificationRecord",
    "ClassificationTotals",
    "EmailChange",
    "EmailRecord",
    "MeetingFacts",
    "Recipients",
    "FollowedTask",
    "PostedMessage",
    "SavedChanges",
    "Store",
    "SuggestionRecord",
    "TaskSyncRecord",
    "ThreadApproval",
    "WaitingForRecord",
    "claim_database",
]
