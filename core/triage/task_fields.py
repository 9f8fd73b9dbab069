"""How an approved email becomes a To Do task, and how the owner's edits are checked.

Pure functions, no I/O: the approval executor (`core.triage.approval`) builds the `TaskDraft` here
and sends it. Action type -> status and priority -> importance come from
`core.microsoft.todo_models`; this module adds the title per action type, the body, the dates and
the one linkedResource. Email text (subject, sender, preview) is untrusted; it only ever lands in
plain-text task fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from core.categories import area_category_for_folder, task_categories
from core.config.settings import Settings
from core.microsoft.todo_models import (
    APPLICATION_NAME,
    IMPORTANCE_FOR_PRIORITY,
    STATUS_FOR_ACTION,
    LinkedResource,
    TaskDraft,
)
from core.store import EDIT_FIELDS, EmailRecord
from core.triage.classification import INBOX
from core.triage.email_text import strip_subject_prefixes
from core.vocabulary import ActionType, Priority

PREVIEW_CHARS = 200
MAX_NOTE_CHARS = 2000
NO_SUBJECT = "(no subject)"

# task_sync.task_type names; other action types fall back to their snake_case name.
TASK_TYPES: dict[ActionType, str] = {
    ActionType.WAITING_FOR: "waiting_for",
    ActionType.NEEDS_REPLY: "needs_reply",
    ActionType.REVIEW: "review",
    ActionType.DELEGATED: "delegated",
}

# Moving mail into these is deleting it in all but name, so no taxonomy folder may sit there.
_DISPOSAL_FOLDERS = frozenset(
    {"deleted items", "deleteditems", "junk email", "junkemail", "recoverable items"}
)


def sender_label(email: EmailRecord) -> str:
    """Return the sender's display name, else address, for titles."""
    return " ".join(email.sender_name.split()) or email.sender_address or "unknown sender"


def subject_label(email: EmailRecord) -> str:
    """Return the subject on one line, or "(no subject)"."""
    return " ".join(email.subject.split()) or NO_SUBJECT


def task_title(action_type: ActionType, email: EmailRecord) -> str:
    """Return the task title for an action type (TaskDraft cuts it to 255 characters)."""
    # "Reply to Dana re: RE: Q3 pricing" reads badly; the task names the topic, not the thread.
    sender = sender_label(email)
    subject = strip_subject_prefixes(email.subject) or subject_label(email)
    if action_type is ActionType.NEEDS_REPLY:
        return f"Reply to {sender} re: {subject}"
    if action_type is ActionType.WAITING_FOR:
        return f"Follow up with {sender} re: {subject}"
    if action_type is ActionType.REVIEW:
        return f"Review {subject} from {sender}"
    if action_type is ActionType.DELEGATED:
        return f"Check delegated: {subject}"
    if action_type is ActionType.SCHEDULED:
        return f"Prepare for {subject} from {sender}"
    return f"Read {subject} from {sender}"


def task_body(email: EmailRecord, *, folder: str, priority: Priority) -> str:
    """Return the task body: sender, the preview's first 200 characters, the classification."""
    who = " ".join(email.sender_name.split())
    sender = f"{who} <{email.sender_address}>" if who and email.sender_address else who
    preview = " ".join(email.preview.split())[:PREVIEW_CHARS]
    return f"From: {sender or email.sender_address}\n{preview}\n\nClassified: {folder} | {priority}"


def task_type(action_type: ActionType) -> str:
    """Return the task_sync task_type for an action type."""
    return TASK_TYPES.get(action_type, action_type.name.lower())


def build_task_draft(
    email: EmailRecord,
    *,
    folder: str,
    priority: Priority,
    action_type: ActionType,
    web_link: str | None,
    settings: Settings,
) -> TaskDraft:
    """Map an approved email to its To Do task (README's table), linked back by immutable id."""
    area = area_category_for_folder(settings, folder) if folder != INBOX else None
    received = email.received_at
    return TaskDraft(
        title=task_title(action_type, email),
        body=task_body(email, folder=folder, priority=priority),
        status=STATUS_FOR_ACTION.get(action_type, "notStarted"),
        importance=IMPORTANCE_FOR_PRIORITY[priority],
        # An aware datetime: TaskDraft turns it into the local date of the To Do time zone.
        due=received + timedelta(hours=settings.triage.nudge_after_hours),
        reminder=received + timedelta(hours=settings.triage.escalate_after_hours),
        categories=tuple(task_categories(priority, area)),
        link=LinkedResource(
            external_id=email.id,
            web_url=web_link or email.web_link,
            application_name=APPLICATION_NAME,
            display_name=subject_label(email),
        ),
    )


def canonical_folder(folder: str, settings: Settings) -> str | None:
    """Return the taxonomy's spelling of `folder` (or INBOX), None if it is not one of them."""
    wanted = _folder_key(folder)
    if wanted == INBOX.casefold():
        return INBOX
    for known in settings.folders():
        if _folder_key(known) == wanted and not is_disposal_folder(known):
            return known
    return None


def is_disposal_folder(folder: str) -> bool:
    """Tell whether a folder path lies in Deleted Items, Junk Email or Recoverable Items."""
    return _folder_key(folder).split("/", 1)[0] in _DISPOSAL_FOLDERS


def parse_priority(value: Any) -> Priority:
    """Return the Priority named by its value ("P2 - Important") or short name ("P2")."""
    if isinstance(value, Priority):
        return value
    text = str(value).strip().casefold() if isinstance(value, str) else ""
    for member in Priority:
        if text in (member.value.casefold(), member.name.casefold()):
            return member
    raise ValueError(
        f"priority: {value!r} is not one of {', '.join(repr(p.value) for p in Priority)}"
    )


def parse_action_type(value: Any) -> ActionType:
    """Return the ActionType named by its value ("Needs Reply") or name ("needs_reply")."""
    if isinstance(value, ActionType):
        return value
    text = " ".join(value.replace("_", " ").split()).casefold() if isinstance(value, str) else ""
    for member in ActionType:
        if text in (member.value.casefold(), member.name.replace("_", " ").casefold()):
            return member
    raise ValueError(
        f"action_type: {value!r} is not one of {', '.join(repr(a.value) for a in ActionType)}"
    )


def validate_edits(edits: Mapping[str, Any], settings: Settings) -> dict[str, Any]:
    """Return the owner's edits in canonical form; ValueError naming the first bad field."""
    unknown = sorted(set(edits) - EDIT_FIELDS)
    if unknown:
        raise ValueError(
            f"{unknown[0]}: not an editable field (use {', '.join(sorted(EDIT_FIELDS))})"
        )
    clean: dict[str, Any] = {}
    if "folder" in edits:
        value = edits["folder"]
        folder = canonical_folder(value, settings) if isinstance(value, str) else None
        if folder is None:
            raise ValueError(
                f"folder: {value!r} is not a folder of the taxonomy (projects and areas in "
                f"config.yaml) nor {INBOX!r}"
            )
        clean["folder"] = folder
    if "priority" in edits:
        clean["priority"] = parse_priority(edits["priority"]).value
    if "action_type" in edits:
        clean["action_type"] = parse_action_type(edits["action_type"]).value
    if "create_task" in edits:
        if not isinstance(edits["create_task"], bool):
            raise ValueError(f"create_task: must be true or false, not {edits['create_task']!r}")
        clean["create_task"] = edits["create_task"]
    if "note" in edits:
        note = edits["note"]
        if not isinstance(note, str) or len(note) > MAX_NOTE_CHARS:
            raise ValueError(f"note: must be text of at most {MAX_NOTE_CHARS} characters")
        clean["note"] = note.strip()
    return clean


@dataclass(frozen=True)
class EditCheck:
    """The owner's edits checked field by field: the canonical values, and the fields refused."""

    edits: dict[str, Any]
    refused: frozenset[str]


def check_edits(edits: Mapping[str, Any], settings: Settings) -> EditCheck:
    """Check each edit on its own: the canonical value of each valid one, and the refused.

    A folder must be one of the taxonomy's (or the Inbox); priority and action type one of their
    values or names; a note at most MAX_NOTE_CHARS characters (`validate_edits` per field).
    """
    clean: dict[str, Any] = {}
    refused: set[str] = set()
    for field, value in edits.items():
        try:
            clean |= validate_edits({field: value}, settings)
        except ValueError:
            refused.add(field)
    return EditCheck(clean, frozenset(refused))


def creates_task(settings: Settings, action_type: str) -> bool:
    """Whether approving a suggestion of this action type creates a To Do task under `settings`.

    The approval's own rule: To Do on, and the action type among `create_for_action_types`.
    """
    todo = settings.integrations.todo
    try:
        action = parse_action_type(action_type)
    except ValueError:
        return False
    return todo.enabled and action in todo.create_for_action_types


def _folder_key(folder: str) -> str:
    return "/".join(s.strip() for s in folder.strip().strip("/").split("/")).casefold()
