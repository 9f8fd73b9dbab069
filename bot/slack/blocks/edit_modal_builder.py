"""The Edit modal: folder, priority, action type, the task choice and a note; submit approves.

The task choice is "No task" or one of the enabled task backends (To Do, Todoist), preselected
with what approving would do now; the pick travels as the `task_backend` edit.

Folders come only from the taxonomy (plus Inbox), grouped Projects / Areas / Inbox. Up to 100 of
them fit a static select; beyond that the select is external (`folder_options` answers the
type-ahead). Option values are the folder path, or a digest for paths over Slack's 75 characters;
`parse_edit_submission` maps them back against the current settings and reports problems on the
input block they belong to, which is how Slack shows an error on the field.
"""

from __future__ import annotations

from typing import Any

from bot import messages as msg
from bot.slack import ids
from bot.slack.blocks.base_builder import (
    Block,
    input_block,
    note,
    option,
    section,
    selected_value,
    state_action,
)
from bot.slack.blocks.text import option_value, plain, plain_text, resolve_option_value
from core.api import INBOX, MAX_NOTE_CHARS, Assistant, Settings, SuggestionView
from core.vocabulary import ActionType, Priority

FOLDER_BLOCK = "edit_folder"
PRIORITY_BLOCK = "edit_priority"
PRIORITY_ACTION = "edit_priority_select"
ACTION_TYPE_BLOCK = "edit_action_type"
ACTION_TYPE_ACTION = "edit_action_type_select"
TASK_BLOCK = "edit_task_backend"
TASK_ACTION = "edit_task_backend_choice"
NOTE_BLOCK = "edit_note"
NOTE_ACTION = "edit_note_input"
MAX_OPTIONS = 100  # per static select, and per options response


def edit_modal(view: SuggestionView, settings: Settings) -> dict[str, Any]:
    """Return the prefilled Edit modal for one suggestion (callback ids.EDIT_VIEW)."""
    todo = settings.integrations.todo
    sender = view.sender_name.strip() or view.sender_address.strip() or msg.UNKNOWN_SENDER
    blocks: list[Block] = [
        section(plain_text(plain(view.subject, 300) or msg.NO_SUBJECT)),
        note(
            msg.edit_context(
                plain(sender, 200),
                plain(view.folder, 300),
                plain(view.priority, 50),
                plain(view.action_type, 50),
            )
        ),
        input_block(FOLDER_BLOCK, msg.FOLDER, _folder_element(view.folder, settings)),
        input_block(PRIORITY_BLOCK, msg.PRIORITY, _priority_element(view.priority, settings)),
        input_block(
            ACTION_TYPE_BLOCK, msg.ACTION_TYPE, _action_element(view.action_type, settings)
        ),
    ]
    choices = Assistant.task_choices(settings, view.action_type)
    if len(choices.options) > 1:  # some backend is on: "No task" alone is no choice
        options = [_task_option(choice) for choice in choices.options]
        element: Block = {
            "type": "radio_buttons",
            "action_id": TASK_ACTION,
            "options": options,
            "initial_option": _task_option(choices.preselected),
        }
        todoist_active = settings.integrations.task_backend == "todoist"
        rules = settings.integrations.todoist if todoist_active else todo
        hint = msg.task_choice_hint([str(a) for a in rules.create_for_action_types])
        blocks.append(input_block(TASK_BLOCK, msg.TASK_CHOICE, element, hint=hint))
    blocks.append(
        input_block(
            NOTE_BLOCK,
            msg.NOTE,
            {
                "type": "plain_text_input",
                "action_id": NOTE_ACTION,
                "multiline": True,
                "max_length": MAX_NOTE_CHARS,
                "placeholder": plain_text(plain(msg.NOTE_PLACEHOLDER, 150)),
            },
            optional=True,
            hint=msg.NOTE_HINT,
        )
    )
    return {
        "type": "modal",
        "callback_id": ids.EDIT_VIEW,
        "title": plain_text(msg.EDIT_TITLE),
        "submit": plain_text(msg.EDIT_SUBMIT),
        "close": plain_text(msg.CANCEL),
        "private_metadata": str(view.suggestion_id),
        "blocks": blocks,
    }


def folder_options(settings: Settings, query: str) -> dict[str, Any]:
    """Answer the folder select's options request: folders containing `query`, at most 100."""
    wanted = " ".join(query.split()).casefold()
    groups = _folder_groups(settings)
    picked: list[tuple[str, list[str]]] = []
    room = MAX_OPTIONS
    for label, folders in groups:
        matches = [f for f in folders if wanted in f.casefold()][:room]
        room -= len(matches)
        if matches:
            picked.append((label, matches))
    if not picked:
        return {"options": []}
    return {"option_groups": [_group(label, folders) for label, folders in picked]}


def parse_edit_submission(
    state_values: dict[str, Any], settings: Settings
) -> tuple[dict[str, Any], dict[str, str]]:
    """Return (edits for Assistant.approve, errors keyed by input block_id)."""
    edits: dict[str, Any] = {}
    errors: dict[str, str] = {}
    value = selected_value(state_values, FOLDER_BLOCK)
    if value is None:
        errors[FOLDER_BLOCK] = msg.FOLDER_REQUIRED
    else:
        raw = resolve_option_value(value, [*settings.folders(), INBOX])
        folder = _known_folder(raw, settings) if raw is not None else None
        if folder is None:
            errors[FOLDER_BLOCK] = msg.unknown_folder(plain(raw or value, 100))
        else:
            edits["folder"] = folder
    choices = {
        "priority": selected_value(state_values, PRIORITY_BLOCK),
        "action_type": selected_value(state_values, ACTION_TYPE_BLOCK),
    }
    checked = Assistant.check_edits(choices, settings)
    for block, key in ((PRIORITY_BLOCK, "priority"), (ACTION_TYPE_BLOCK, "action_type")):
        if key in checked.refused:
            errors[block] = msg.CHOICE_REQUIRED
        else:
            edits[key] = checked.edits[key]
    if TASK_BLOCK in state_values:
        choice = Assistant.check_edits(
            {"task_backend": selected_value(state_values, TASK_BLOCK)}, settings
        )
        if choice.refused:  # a backend switched off since the modal opened, or no pick at all
            errors[TASK_BLOCK] = msg.TASK_CHOICE_REFUSED
        else:
            edits |= choice.edits
    text = (state_action(state_values, NOTE_BLOCK).get("value") or "").strip()
    if len(text) > MAX_NOTE_CHARS:
        errors[NOTE_BLOCK] = msg.note_too_long(MAX_NOTE_CHARS)
    elif text:
        edits["note"] = text
    return edits, errors


def _task_option(choice: str) -> Block:
    return option(msg.task_choice_label(choice), choice)


def _folder_groups(settings: Settings) -> list[tuple[str, list[str]]]:
    groups = [
        (msg.PROJECTS, [p.folder for p in settings.projects]),
        (msg.AREAS, [a.folder for a in settings.areas]),
        (msg.INBOX, [INBOX]),
    ]
    return [(label, folders) for label, folders in groups if folders]


def _group(label: str, folders: list[str]) -> Block:
    return {"label": plain_text(plain(label, 75)), "options": [_folder_option(f) for f in folders]}


def _folder_option(folder: str) -> Block:
    return option(folder, option_value(folder))


def _folder_element(current: str, settings: Settings) -> Block:
    groups = _folder_groups(settings)
    known = _known_folder(current, settings)
    element: Block = {"action_id": ids.FOLDER_OPTIONS}
    if sum(len(folders) for _, folders in groups) > MAX_OPTIONS:
        element |= {
            "type": "external_select",
            "min_query_length": 0,
            "placeholder": plain_text(plain(msg.SEARCH_FOLDERS, 150)),
        }
    else:
        element |= {
            "type": "static_select",
            "placeholder": plain_text(plain(msg.PICK_FOLDER, 150)),
            "option_groups": [_group(label, folders) for label, folders in groups],
        }
    if known is not None:
        element["initial_option"] = _folder_option(known)
    return element


def _known_folder(folder: str, settings: Settings) -> str | None:
    """Return the taxonomy's spelling of `folder` (or the Inbox), None if it is not one."""
    found = Assistant.check_edits({"folder": folder}, settings).edits.get("folder")
    return found if isinstance(found, str) else None


def _priority_element(current: str, settings: Settings) -> Block:
    options = [option(p.value, p.value) for p in Priority]
    return _static(PRIORITY_ACTION, options, _initial(options, "priority", current, settings))


def _action_element(current: str, settings: Settings) -> Block:
    options = [option(a.value, a.value) for a in ActionType]
    return _static(ACTION_TYPE_ACTION, options, _initial(options, "action_type", current, settings))


def _initial(options: list[Block], field: str, current: str, settings: Settings) -> Block | None:
    wanted = Assistant.check_edits({field: current}, settings).edits.get(field)
    return next((o for o in options if o["value"] == wanted), None)


def _static(action_id: str, options: list[Block], initial: Block | None) -> Block:
    element: Block = {"type": "static_select", "action_id": action_id, "options": options}
    if initial is not None:
        element["initial_option"] = initial
    return element
