"""Records the store hands out, and their conversion to and from SQLite rows and text.

Times are timezone-aware UTC datetimes here and fixed-width ISO-8601 UTC text in SQLite
(`core.store.migrations.db_time`), so text order is time order; JSON columns hold compact UTF-8
JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.errors import StoreError
from core.store.migrations import db_time

# Suggestion status machine: approval may fail and be retried; only pending or failed ones
# can be dismissed; approved and dismissed are final.
TRANSITIONS: Mapping[str, frozenset[str]] = {
    "pending": frozenset({"approving", "dismissed"}),
    "approving": frozenset({"approved", "failed"}),
    "failed": frozenset({"approving", "dismissed"}),
    "approved": frozenset(),
    "dismissed": frozenset(),
}
FINAL_STATUSES = frozenset({"approved", "dismissed"})
EDIT_FIELDS = frozenset({"folder", "priority", "action_type", "create_task", "note"})
# Enough for any classifier budget; stops one giant newsletter from bloating the database.
BODY_TEXT_MAX_CHARS = 32_000


@dataclass(frozen=True)
class EmailRecord:
    """One Inbox email as the assistant keeps it."""

    id: str  # Graph immutable message id (case-sensitive)
    conversation_id: str | None
    internet_message_id: str | None
    subject: str
    sender_name: str
    sender_address: str  # stored lower-cased
    received_at: datetime
    web_link: str | None
    preview: str
    categories: tuple[str, ...] = ()
    folder_id: str | None = None
    is_read: bool = False
    importance: str = "normal"
    has_attachments: bool = False
    list_unsubscribe: str | None = None  # List-Unsubscribe header, a bulk-mail signal
    removed_at: datetime | None = None  # left the Inbox per delta @removed (never deleted)
    body_text: str = ""  # plain-text body, stored capped at BODY_TEXT_MAX_CHARS


@dataclass(frozen=True)
class EmailChange:
    """What one delta item says about an email: only the fields Graph actually sent.

    `categories`, `folder_id` and `is_read` are None when the item did not carry them, so the
    stored values stay. `new` is the row to insert when the email is not stored yet; it is None
    for a partial item (Graph sends only the changed properties of an update), which may update
    a stored email but never becomes one.
    """

    id: str
    internet_message_id: str | None = None
    categories: tuple[str, ...] | None = None
    folder_id: str | None = None
    is_read: bool | None = None
    new: EmailRecord | None = None

    @classmethod
    def whole(cls, email: EmailRecord) -> EmailChange:
        """Return the change a complete email makes: every mutable field, insertable."""
        return cls(
            id=email.id,
            internet_message_id=email.internet_message_id,
            categories=email.categories,
            folder_id=email.folder_id,
            is_read=email.is_read,
            new=email,
        )


@dataclass(frozen=True)
class SavedChanges:
    """What `Store.save_email_changes` did: new emails, and partial items for unknown emails."""

    new_ids: list[str] = field(default_factory=list)
    ignored_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SuggestionRecord:
    """A classification awaiting or past the owner's decision, with their edits and progress."""

    id: int
    email_id: str
    status: str
    suggested_folder: str
    suggested_priority: str
    suggested_action_type: str
    confidence: float
    reason: str
    needs_review: bool
    classifier: str
    details: dict[str, Any]
    edited_folder: str | None
    edited_priority: str | None
    edited_action_type: str | None
    edited_create_task: bool | None
    edit_note: str | None
    steps: dict[str, dict[str, Any]]
    error: str | None
    actor: str | None
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None

    @property
    def folder(self) -> str:
        """Return the folder to apply: the owner's edit, else the suggestion."""
        return self.edited_folder or self.suggested_folder

    @property
    def priority(self) -> str:
        """Return the priority to apply: the owner's edit, else the suggestion."""
        return self.edited_priority or self.suggested_priority

    @property
    def action_type(self) -> str:
        """Return the action type to apply: the owner's edit, else the suggestion."""
        return self.edited_action_type or self.suggested_action_type

    @property
    def edits(self) -> dict[str, Any]:
        """Return the owner's edits by field name (`EDIT_FIELDS`), omitting unset ones."""
        values = {
            "folder": self.edited_folder,
            "priority": self.edited_priority,
            "action_type": self.edited_action_type,
            "create_task": self.edited_create_task,
            "note": self.edit_note,
        }
        return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class TaskSyncRecord:
    """A task created for an email in an external task list (a `task_sync` row)."""

    id: int
    email_id: str | None
    todo_task_id: str
    todo_list_id: str
    task_type: str
    created_at: datetime | None
    synced_at: datetime | None
    status: str
    provider: str


@dataclass(frozen=True)
class ActionRecord:
    """One audited mutation: what was done, by whom, to what, and the state before and after."""

    id: int
    at: datetime
    action: str
    actor: str
    email_id: str | None
    suggestion_id: int | None
    target: str | None
    before: Any
    after: Any
    details: Any


@dataclass(frozen=True)
class WaitingForRecord:
    """An email whose reply the owner is waiting for (a `waiting_for` row)."""

    id: int
    email_id: str
    conversation_id: str | None
    waiting_since: datetime
    expected_from: str | None
    description: str | None
    status: str
    nudge_after_hours: int
    resolved_at: datetime | None = None


def db_text(value: datetime) -> str:
    """Return the stored text of an aware datetime; StoreError for a naive one."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise StoreError(f"naive datetime {value.isoformat()} given to the store; pass UTC-aware")
    return db_time(value)


def parse_optional_time(text: str | None) -> datetime | None:
    """Return the datetime stored as `text`, or None for NULL."""
    return None if text is None else datetime.fromisoformat(text)


def parse_time(text: str) -> datetime:
    """Return the datetime stored as `text`."""
    return datetime.fromisoformat(text)


def to_json(value: Any, what: str) -> str:
    """Return `value` as compact JSON; StoreError naming `what` if it cannot be encoded."""
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as err:
        raise StoreError(f"cannot store {what} as JSON: {err}") from err


def to_json_optional(value: Any, what: str) -> str | None:
    """Return `value` as JSON, or None (SQL NULL) for None."""
    return None if value is None else to_json(value, what)


def from_json_optional(text: str | None) -> Any:
    """Return the value stored as JSON `text`, or None for NULL."""
    return None if text is None else json.loads(text)


Row = Sequence[Any]

EMAIL_COLUMNS = (
    "id, conversation_id, internet_message_id, subject, sender_name, sender_address,"
    " received_at, web_link, preview, categories, folder_id, is_read, importance,"
    " has_attachments, list_unsubscribe, removed_at, body_text"
)
SUGGESTION_COLUMNS = (
    "id, email_id, status, suggested_folder, suggested_priority, suggested_action_type,"
    " confidence, reason, needs_review, classifier, details, edited_folder, edited_priority,"
    " edited_action_type, edited_create_task, edit_note, steps, error, actor, created_at,"
    " updated_at, resolved_at"
)
TASK_SYNC_COLUMNS = (
    "id, email_id, todo_task_id, todo_list_id, task_type, created_at, synced_at, status, provider"
)
ACTION_COLUMNS = (
    "id, at, action, actor, email_id, suggestion_id, target, before_json, after_json, details_json"
)
WAITING_COLUMNS = (
    "id, email_id, conversation_id, waiting_since, expected_from, description, status,"
    " nudge_after_hours, resolved_at"
)


def email_from_row(row: Row) -> EmailRecord:
    """Build the record from an email row selected with its *_COLUMNS."""
    return EmailRecord(
        id=row[0],
        conversation_id=row[1],
        internet_message_id=row[2],
        subject=row[3],
        sender_name=row[4],
        sender_address=row[5],
        received_at=parse_time(row[6]),
        web_link=row[7],
        preview=row[8],
        categories=tuple(json.loads(row[9])),
        folder_id=row[10],
        is_read=bool(row[11]),
        importance=row[12],
        has_attachments=bool(row[13]),
        list_unsubscribe=row[14],
        removed_at=parse_optional_time(row[15]),
        body_text=row[16],
    )


def email_params(email: EmailRecord, now: str) -> dict[str, Any]:
    """Return the named SQL parameters that store `email`, stamped with `now`."""
    return {
        "id": email.id,
        "conversation_id": email.conversation_id,
        "internet_message_id": email.internet_message_id,
        "subject": email.subject,
        "sender_name": email.sender_name,
        "sender_address": email.sender_address.lower(),
        "received_at": db_text(email.received_at),
        "web_link": email.web_link,
        "preview": email.preview,
        "categories": to_json(list(email.categories), f"categories of email {email.id}"),
        "folder_id": email.folder_id,
        "is_read": int(email.is_read),
        "importance": email.importance,
        "has_attachments": int(email.has_attachments),
        "list_unsubscribe": email.list_unsubscribe,
        "body_text": email.body_text[:BODY_TEXT_MAX_CHARS],
        "now": now,
    }


def change_params(change: EmailChange, now: str) -> dict[str, Any]:
    """Return the named SQL parameters of a change; None leaves a stored field as it is."""
    categories = change.categories
    return {
        "categories": None
        if categories is None
        else to_json(list(categories), f"categories of email {change.id}"),
        "folder_id": change.folder_id,
        "is_read": None if change.is_read is None else int(change.is_read),
        "now": now,
    }


def suggestion_from_row(row: Row) -> SuggestionRecord:
    """Build the record from a suggestion row selected with its *_COLUMNS."""
    return SuggestionRecord(
        id=row[0],
        email_id=row[1],
        status=row[2],
        suggested_folder=row[3],
        suggested_priority=row[4],
        suggested_action_type=row[5],
        confidence=row[6],
        reason=row[7],
        needs_review=bool(row[8]),
        classifier=row[9],
        details=json.loads(row[10]),
        edited_folder=row[11],
        edited_priority=row[12],
        edited_action_type=row[13],
        edited_create_task=None if row[14] is None else bool(row[14]),
        edit_note=row[15],
        steps=json.loads(row[16]),
        error=row[17],
        actor=row[18],
        created_at=parse_time(row[19]),
        updated_at=parse_time(row[20]),
        resolved_at=parse_optional_time(row[21]),
    )


def task_sync_from_row(row: Row) -> TaskSyncRecord:
    """Build the record from a task_sync row selected with its *_COLUMNS."""
    return TaskSyncRecord(
        id=row[0],
        email_id=row[1],
        todo_task_id=row[2],
        todo_list_id=row[3],
        task_type=row[4],
        created_at=parse_optional_time(row[5]),
        synced_at=parse_optional_time(row[6]),
        status=row[7],
        provider=row[8],
    )


def action_from_row(row: Row) -> ActionRecord:
    """Build the record from an action_log row selected with its *_COLUMNS."""
    return ActionRecord(
        id=row[0],
        at=parse_time(row[1]),
        action=row[2],
        actor=row[3],
        email_id=row[4],
        suggestion_id=row[5],
        target=row[6],
        before=from_json_optional(row[7]),
        after=from_json_optional(row[8]),
        details=from_json_optional(row[9]),
    )


def waiting_for_from_row(row: Row) -> WaitingForRecord:
    """Build the record from a waiting_for row selected with its *_COLUMNS."""
    return WaitingForRecord(
        id=row[0],
        email_id=row[1],
        conversation_id=row[2],
        waiting_since=parse_time(row[3]),
        expected_from=row[4],
        description=row[5],
        status=row[6],
        nudge_after_hours=row[7],
        resolved_at=parse_optional_time(row[8]),
    )


@dataclass(frozen=True)
class ClassificationRecord:
    """One classification that produced (or failed to store) a suggestion, with its cost."""

    id: int
    email_id: str
    suggestion_id: int | None
    source: str
    model: str | None
    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int
    cache_read_input_tokens: int
    cost_usd: float
    latency_ms: int
    schema_hash: str | None
    created_at: datetime


@dataclass(frozen=True)
class ThreadApproval:
    """The latest approved suggestion of a conversation, with its email's subject and sender."""

    suggestion: SuggestionRecord
    subject: str
    sender_address: str
    received_at: datetime


@dataclass(frozen=True)
class ClassificationTotals:
    """How many classifications ran in a period, by source, and what they cost."""

    count: int = 0
    by_source: Mapping[str, int] = field(default_factory=dict)
    cost_usd: float = 0.0
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0


CLASSIFICATION_COLUMNS = (
    "id, email_id, suggestion_id, source, model, input_tokens, output_tokens,"
    " cache_creation_input_tokens, cache_read_input_tokens, cost_usd, latency_ms, schema_hash,"
    " created_at"
)


def classification_from_row(row: Row) -> ClassificationRecord:
    """Build the record from a classifications row selected with its *_COLUMNS."""
    return ClassificationRecord(
        id=row[0],
        email_id=row[1],
        suggestion_id=row[2],
        source=row[3],
        model=row[4],
        input_tokens=row[5],
        output_tokens=row[6],
        cache_creation_input_tokens=row[7],
        cache_read_input_tokens=row[8],
        cost_usd=row[9],
        latency_ms=row[10],
        schema_hash=row[11],
        created_at=parse_time(row[12]),
    )
