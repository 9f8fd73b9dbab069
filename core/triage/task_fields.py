"""How an approved email becomes a task, and how the owner's edits are checked.

Pure functions, no I/O: the approval executor (`core.triage.approval_steps`) builds the
backend-neutral `EmailTaskDraft` here and hands it to the task backend, which maps it onto its
own fields (To Do: status, importance, categories, one linkedResource). This module decides the
title per action type, the body and the dates. Email text (subject, sender, preview) is
untrusted; it only ever lands in plain-text task fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from core.categories import area_category_for_folder
from core.config.settings import Settings
from core.errors import InvalidInput
from core.store import EDIT_FIELDS, EmailRecord
from core.tasks.backend import (
    BACKEND_NAMES,
    BackendName,
    EmailTaskDraft,
    active_backend,
    task_rules,
)
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

# The Edit form's task choice: a backend's name, or no task at all.
NO_TASK = "none"
TASK_CHOICES: tuple[str, ...] = (NO_TASK, *BACKEND_NAMES)
# What a backend this process did not build is called, and what its task_sync rows carry
# (a built backend says so itself: `TaskBackend.label`, `.provider`).
BACKEND_LABELS: dict[BackendName, str] = {"todo": "To Do", "todoist": "Todoist"}
BACKEND_PROVIDERS: dict[BackendName, str] = {"todo": "microsoft_todo", "todoist": "todoist"}
# An edit that only travels to the approval: it names the backend, it is no stored column.
TASK_BACKEND_EDIT = "task_backend"
_EDITABLE = EDIT_FIELDS | {TASK_BACKEND_EDIT}

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
) -> EmailTaskDraft:
    """Map an approved email to its task (README's table), linked back by immutable id."""
    received = email.received_at
    return EmailTaskDraft(
        title=task_title(action_type, email),
        body=task_body(email, folder=folder, priority=priority),
        priority=priority,
        action_type=action_type,
        area=area_category_for_folder(settings, folder) if folder != INBOX else None,
        email_id=email.id,
        web_link=web_link or email.web_link,
        link_title=subject_label(email),
        # Aware instants: each backend turns the due one into a local date of the mailbox.
        due=task_due(email, settings),
        reminder=received + timedelta(hours=settings.triage.escalate_after_hours),
    )


def task_due(email: EmailRecord, settings: Settings) -> datetime:
    """Return when an approved email's task falls due: its arrival plus the nudge threshold."""
    return email.received_at + timedelta(hours=settings.triage.nudge_after_hours)


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
    raise InvalidInput(
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
    raise InvalidInput(
        f"action_type: {value!r} is not one of {', '.join(repr(a.value) for a in ActionType)}"
    )


def validate_edits(edits: Mapping[str, Any], settings: Settings) -> dict[str, Any]:
    """Return the owner's edits in canonical form; ValueError naming the first bad field."""
    unknown = sorted(set(edits) - _EDITABLE)
    if unknown:
        raise InvalidInput(
            f"{unknown[0]}: not an editable field (use {', '.join(sorted(_EDITABLE))})"
        )
    clean: dict[str, Any] = {}
    if "folder" in edits:
        value = edits["folder"]
        folder = canonical_folder(value, settings) if isinstance(value, str) else None
        if folder is None:
            raise InvalidInput(
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
            raise InvalidInput(f"create_task: must be true or false, not {edits['create_task']!r}")
        clean["create_task"] = edits["create_task"]
    if "note" in edits:
        note = edits["note"]
        if not isinstance(note, str) or len(note) > MAX_NOTE_CHARS:
            raise InvalidInput(f"note: must be text of at most {MAX_NOTE_CHARS} characters")
        clean["note"] = note.strip()
    if TASK_BACKEND_EDIT in edits:
        clean[TASK_BACKEND_EDIT] = _task_choice(edits[TASK_BACKEND_EDIT], settings)
    return clean


def _task_choice(value: Any, settings: Settings) -> str:
    """Return the owner's task choice ("none" or an enabled backend); ValueError otherwise."""
    choice = value.strip().casefold() if isinstance(value, str) else ""
    backend = chosen_backend(choice)
    if choice != NO_TASK and backend is None:
        raise InvalidInput(
            f"{TASK_BACKEND_EDIT}: {value!r} is not one of "
            f"{', '.join(repr(c) for c in TASK_CHOICES)}"
        )
    if backend is not None and not task_rules(settings, backend).enabled:
        raise InvalidInput(
            f"{TASK_BACKEND_EDIT}: the {backend} task backend is off "
            f"(integrations.{backend}.enabled is false in config.yaml)"
        )
    return choice


@dataclass(frozen=True)
class TaskChoices:
    """What the Edit form offers for the task: "none" and each enabled backend, and its pick.

    `preselected` is what approving would do now: the active backend when it creates a task
    for the action type, else "none".
    """

    options: tuple[str, ...]
    preselected: str


def enabled_backends(settings: Settings) -> tuple[BackendName, ...]:
    """Return the backends whose `integrations.<name>.enabled` is on, in registry order."""
    return tuple(name for name in BACKEND_NAMES if task_rules(settings, name).enabled)


def task_choices(settings: Settings, action_type: str) -> TaskChoices:
    """Return the Edit form's task choices for a suggestion of `action_type`."""
    options = (NO_TASK, *enabled_backends(settings))
    active = active_backend(settings)
    preselected = active if creates_task(settings, action_type) and active in options else NO_TASK
    return TaskChoices(options, preselected)


def chosen_backend(choice: str) -> BackendName | None:
    """Return the backend a validated task choice names, None for "none"."""
    return next((name for name in BACKEND_NAMES if name == choice), None)


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
    """Whether approving a suggestion of this action type creates a task under `settings`.

    The approval's own rule: the backend `integrations.task_backend` names is on, and the action
    type is among its `create_for_action_types`.
    """
    try:
        action = parse_action_type(action_type)
    except ValueError:
        return False
    return task_rules(settings, active_backend(settings)).creates_task_for(action)


def _folder_key(folder: str) -> str:
    return "/".join(s.strip() for s in folder.strip().strip("/").split("/")).casefold()
