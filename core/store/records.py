"""Records the store hands out, and their conversion to and from SQLite rows and text.

Times are timezone-aware UTC datetimes here and fixed-width ISO-8601 UTC text in SQLite
(`core.store.migrations.db_time`), so text order is time order; JSON columns hold compact UTF-8
JSON.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.errors import StoreError
from core.store.migrations import db_time

# Suggestion status machine: approval may fail and be retried; the owner dismisses only pending
# or failed ones; an approved one is dismissed only by task sync, when the owner deleted its task
# outside the assistant (core.tasks.sync), or goes back to pending when the owner undoes it
# (core.followup.undo, through `UndoQueries.finish_undo`); dismissed is final.
TRANSITIONS: Mapping[str, frozenset[str]] = {
    "pending": frozenset({"approving", "dismissed"}),
    "approving": frozenset({"approved", "failed"}),
    "failed": frozenset({"approving", "dismissed"}),
    "approved": frozenset({"dismissed", "pending"}),
    "dismissed": frozenset(),
}
FINAL_STATUSES = frozenset({"approved", "dismissed"})
EDIT_FIELDS = frozenset({"folder", "priority", "action_type", "create_task", "note"})
# Enough for any classifier budget; stops one giant newsletter from bloating the database.
BODY_TEXT_MAX_CHARS = 32_000


@dataclass(frozen=True)
class MeetingFacts:
    """What a meeting invitation, update or cancellation says about its meeting.

    Read from Graph's eventMessage properties in the Inbox delta; `event_id` is the meeting in
    the owner's calendar when Graph linked one. Times are aware UTC; untrusted text stays text.
    """

    message_type: str  # Graph's meetingMessageType: meetingRequest, meetingCancelled, ...
    start: datetime | None = None
    end: datetime | None = None
    all_day: bool = False
    location: str = ""
    organizer_name: str = ""
    organizer_address: str = ""
    event_id: str | None = None

    @property
    def cancelled(self) -> bool:
        """Tell whether the organizer cancelled the meeting."""
        return self.message_type == MEETING_CANCELLED

    @property
    def scheduled(self) -> bool:
        """Tell whether the message puts a meeting in the calendar (a request or an update)."""
        return self.message_type in (MEETING_REQUEST, MEETING_CANCELLED)


MEETING_REQUEST = "meetingRequest"
MEETING_CANCELLED = "meetingCancelled"


RECIPIENTS_KEPT = 50
"""Recipients kept per line: enough for any real To or Cc, bounded against a hostile one."""


@dataclass(frozen=True)
class Recipients:
    """Whom an email was addressed to: its To and Cc lines as (name, lower-cased address)."""

    to: tuple[tuple[str, str], ...] = ()
    cc: tuple[tuple[str, str], ...] = ()
    more: int = 0  # recipients past RECIPIENTS_KEPT on either line, not kept

    @classmethod
    def kept(cls, to: Sequence[tuple[str, str]], cc: Sequence[tuple[str, str]]) -> Recipients:
        """Return the lines as stored: addresses lower-cased, each line cut at RECIPIENTS_KEPT."""
        more = max(0, len(to) - RECIPIENTS_KEPT) + max(0, len(cc) - RECIPIENTS_KEPT)
        return cls(
            to=tuple((n, a.lower()) for n, a in to[:RECIPIENTS_KEPT]),
            cc=tuple((n, a.lower()) for n, a in cc[:RECIPIENTS_KEPT]),
            more=more,
        )


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
    auto_submitted: str | None = None  # Auto-Submitted header: a machine or an out-of-office
    removed_at: datetime | None = None  # left the Inbox per delta @removed (never deleted)
    body_text: str = ""  # plain-text body, stored capped at BODY_TEXT_MAX_CHARS
    meeting: MeetingFacts | None = None  # set when the email is a meeting invitation or update
    recipients: Recipients | None = None  # None: stored before the assistant kept them


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
    # Known emails marked removed from the Inbox that the delta shows in it again.
    returned_ids: list[str] = field(default_factory=list)


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


# Rows come from the connection's `sqlite3.Row` factory and are read by column name, so a
# reordered SELECT list or a new column cannot shift a value into the wrong field.
Row = sqlite3.Row

EMAIL_COLUMNS = (
    "id, conversation_id, internet_message_id, subject, sender_name, sender_address,"
    " received_at, web_link, preview, categories, folder_id, is_read, importance,"
    " has_attachments, list_unsubscribe, removed_at, body_text, meeting_type, meeting_start,"
    " meeting_end, meeting_all_day, meeting_location, meeting_organizer_name,"
    " meeting_organizer_address, meeting_event_id, auto_submitted, recipients"
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
    """Build the record from an email row holding (at least) its *_COLUMNS, read by name."""
    return EmailRecord(
        id=row["id"],
        conversation_id=row["conversation_id"],
        internet_message_id=row["internet_message_id"],
        subject=row["subject"],
        sender_name=row["sender_name"],
        sender_address=row["sender_address"],
        received_at=parse_time(row["received_at"]),
        web_link=row["web_link"],
        preview=row["preview"],
        categories=tuple(json.loads(row["categories"])),
        folder_id=row["folder_id"],
        is_read=bool(row["is_read"]),
        importance=row["importance"],
        has_attachments=bool(row["has_attachments"]),
        list_unsubscribe=row["list_unsubscribe"],
        auto_submitted=row["auto_submitted"],
        removed_at=parse_optional_time(row["removed_at"]),
        body_text=row["body_text"],
        meeting=_meeting_from_row(row),
        recipients=_recipients_from_json(row["recipients"]),
    )


def _recipients_from_json(text: str | None) -> Recipients | None:
    if text is None:
        return None
    data = json.loads(text)
    return Recipients(
        to=tuple((n, a) for n, a in data["to"]),
        cc=tuple((n, a) for n, a in data["cc"]),
        more=int(data.get("more", 0)),
    )


def _recipients_json(email: EmailRecord) -> str | None:
    found = email.recipients
    lines = None if found is None else {"to": found.to, "cc": found.cc, "more": found.more}
    return to_json_optional(lines, f"recipients of email {email.id}")


def _meeting_from_row(row: Row) -> MeetingFacts | None:
    if row["meeting_type"] is None:
        return None
    return MeetingFacts(
        message_type=row["meeting_type"],
        start=parse_optional_time(row["meeting_start"]),
        end=parse_optional_time(row["meeting_end"]),
        all_day=bool(row["meeting_all_day"]),
        location=row["meeting_location"] or "",
        organizer_name=row["meeting_organizer_name"] or "",
        organizer_address=row["meeting_organizer_address"] or "",
        event_id=row["meeting_event_id"],
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
        "auto_submitted": email.auto_submitted,
        "body_text": email.body_text[:BODY_TEXT_MAX_CHARS],
        **_meeting_params(email.meeting),
        "recipients": _recipients_json(email),
        "now": now,
    }


def _meeting_params(meeting: MeetingFacts | None) -> dict[str, Any]:
    facts = meeting or MeetingFacts("")
    params = {
        "meeting_type": facts.message_type,
        "meeting_start": None if facts.start is None else db_text(facts.start),
        "meeting_end": None if facts.end is None else db_text(facts.end),
        "meeting_all_day": int(facts.all_day),
        "meeting_location": facts.location,
        "meeting_organizer_name": facts.organizer_name,
        "meeting_organizer_address": facts.organizer_address,
        "meeting_event_id": facts.event_id,
    }
    # An email that is no meeting keeps NULLs (the all-day flag is NOT NULL: 0).
    return params if meeting else dict.fromkeys(params) | {"meeting_all_day": 0}


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
    """Build the record from a suggestion row holding (at least) its *_COLUMNS, read by name."""
    return SuggestionRecord(
        id=row["id"],
        email_id=row["email_id"],
        status=row["status"],
        suggested_folder=row["suggested_folder"],
        suggested_priority=row["suggested_priority"],
        suggested_action_type=row["suggested_action_type"],
        confidence=row["confidence"],
        reason=row["reason"],
        needs_review=bool(row["needs_review"]),
        classifier=row["classifier"],
        details=json.loads(row["details"]),
        edited_folder=row["edited_folder"],
        edited_priority=row["edited_priority"],
        edited_action_type=row["edited_action_type"],
        edited_create_task=None
        if row["edited_create_task"] is None
        else bool(row["edited_create_task"]),
        edit_note=row["edit_note"],
        steps=json.loads(row["steps"]),
        error=row["error"],
        actor=row["actor"],
        created_at=parse_time(row["created_at"]),
        updated_at=parse_time(row["updated_at"]),
        resolved_at=parse_optional_time(row["resolved_at"]),
    )


def task_sync_from_row(row: Row) -> TaskSyncRecord:
    """Build the record from a task_sync row holding (at least) its *_COLUMNS, read by name."""
    return TaskSyncRecord(
        id=row["id"],
        email_id=row["email_id"],
        todo_task_id=row["todo_task_id"],
        todo_list_id=row["todo_list_id"],
        task_type=row["task_type"],
        created_at=parse_optional_time(row["created_at"]),
        synced_at=parse_optional_time(row["synced_at"]),
        status=row["status"],
        provider=row["provider"],
    )


def action_from_row(row: Row) -> ActionRecord:
    """Build the record from an action_log row holding (at least) its *_COLUMNS, read by name."""
    return ActionRecord(
        id=row["id"],
        at=parse_time(row["at"]),
        action=row["action"],
        actor=row["actor"],
        email_id=row["email_id"],
        suggestion_id=row["suggestion_id"],
        target=row["target"],
        before=from_json_optional(row["before_json"]),
        after=from_json_optional(row["after_json"]),
        details=from_json_optional(row["details_json"]),
    )


def waiting_for_from_row(row: Row) -> WaitingForRecord:
    """Build the record from a waiting_for row holding (at least) its *_COLUMNS, read by name."""
    return WaitingForRecord(
        id=row["id"],
        email_id=row["email_id"],
        conversation_id=row["conversation_id"],
        waiting_since=parse_time(row["waiting_since"]),
        expected_from=row["expected_from"],
        description=row["description"],
        status=row["status"],
        nudge_after_hours=row["nudge_after_hours"],
        resolved_at=parse_optional_time(row["resolved_at"]),
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
    """Build the record from a classifications row with (at least) its *_COLUMNS, read by name."""
    return ClassificationRecord(
        id=row["id"],
        email_id=row["email_id"],
        suggestion_id=row["suggestion_id"],
        source=row["source"],
        model=row["model"],
        input_tokens=row["input_tokens"],
        output_tokens=row["output_tokens"],
        cache_creation_input_tokens=row["cache_creation_input_tokens"],
        cache_read_input_tokens=row["cache_read_input_tokens"],
        cost_usd=row["cost_usd"],
        latency_ms=row["latency_ms"],
        schema_hash=row["schema_hash"],
        created_at=parse_time(row["created_at"]),
    )
