"""The `/assistant add` modal, its validation, and the message that reports what was added.

Validation is the core's (`Assistant.check_new_entry`: the config models plus the cross-entry
checks Settings would make: unique name and folder, no framework name, no Inbox or disposal
folder), so the modal accepts exactly what config.yaml accepts. Errors are keyed by the input
block so Slack shows each on its field.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from bot import messages as msg
from bot.slack import ids
from bot.slack.blocks.base_builder import (
    Block,
    fallback,
    input_block,
    message,
    option,
    section,
    selected_value,
    state_action,
)
from bot.slack.blocks.text import lookalikes, plain, plain_text
from core.api import AddResult, Assistant, EntryProblem, Settings

Kind = Literal["project", "area"]
KIND_BLOCK = "add_kind"
NAME_BLOCK = "add_name"
FOLDER_BLOCK = "add_folder"
KEYWORDS_BLOCK = "add_keywords"
SENDERS_BLOCK = "add_senders"
DESCRIPTION_BLOCK = "add_description"
_FIELD_BLOCKS = {
    "name": NAME_BLOCK,
    "folder": FOLDER_BLOCK,
    "keywords": KEYWORDS_BLOCK,
    "senders": SENDERS_BLOCK,
    "description": DESCRIPTION_BLOCK,
}
_PARENT = {"project": "Projects", "area": "Areas"}


def add_modal(kind_default: Kind = "area") -> dict[str, Any]:
    """Return the Add project or area modal (callback ids.ADD_VIEW)."""
    kinds = {
        "project": option(msg.PROJECT, "project", description=msg.PROJECT_HINT),
        "area": option(msg.AREA, "area", description=msg.AREA_HINT),
    }
    radio: Block = {
        "type": "radio_buttons",
        "action_id": "kind",
        "options": list(kinds.values()),
        "initial_option": kinds[kind_default],
    }
    blocks = [
        input_block(KIND_BLOCK, msg.KIND, radio),
        input_block(NAME_BLOCK, msg.NAME, _text_input("name", msg.NAME_PLACEHOLDER, 255)),
        input_block(
            FOLDER_BLOCK,
            msg.FOLDER_PATH,
            _text_input("folder", msg.FOLDER_PATH_PLACEHOLDER, 1000),
            optional=True,
            hint=msg.FOLDER_PATH_HINT,
        ),
        input_block(
            KEYWORDS_BLOCK,
            msg.KEYWORDS,
            _text_input("keywords", None, 2000),
            optional=True,
            hint=msg.KEYWORDS_HINT,
        ),
        input_block(
            SENDERS_BLOCK,
            msg.SENDERS,
            _text_input("senders", None, 2000),
            optional=True,
            hint=msg.SENDERS_HINT,
        ),
        input_block(
            DESCRIPTION_BLOCK,
            msg.DESCRIPTION,
            _text_input("description", None, 1000, multiline=True),
            optional=True,
            hint=msg.DESCRIPTION_HINT,
        ),
    ]
    return {
        "type": "modal",
        "callback_id": ids.ADD_VIEW,
        "title": plain_text(msg.ADD_TITLE),
        "submit": plain_text(msg.ADD_SUBMIT),
        "close": plain_text(msg.CANCEL),
        "blocks": blocks,
    }


def parse_add_submission(
    state_values: dict[str, Any], settings: Settings
) -> tuple[dict[str, Any], dict[str, str]]:
    """Return (fields for Assistant.add_project_or_area, errors keyed by input block_id).

    `fields` holds kind, name, folder, description, keywords and senders; an empty folder
    becomes "Areas/<Name>" or "Projects/<Name>".
    """
    errors: dict[str, str] = {}
    kind: Kind = "project" if selected_value(state_values, KIND_BLOCK) == "project" else "area"
    name = _typed(state_values, NAME_BLOCK).strip()
    folder = _typed(state_values, FOLDER_BLOCK).strip().strip("/")
    if not folder and name:
        folder = f"{_PARENT[kind]}/{name}"
    fields: dict[str, Any] = {
        "kind": kind,
        "name": name,
        "folder": folder,
        "description": _typed(state_values, DESCRIPTION_BLOCK).strip(),
        "keywords": _split(_typed(state_values, KEYWORDS_BLOCK)),
        "senders": _split(_typed(state_values, SENDERS_BLOCK)),
    }
    checked = Assistant.check_new_entry(
        kind,
        name=name,
        folder=folder,
        description=fields["description"],
        keywords=fields["keywords"],
        senders=fields["senders"],
        settings=settings,
    )
    invalid = [p for p in checked.problems if p.reason == "invalid"]
    if invalid:
        for problem in invalid:
            block = _FIELD_BLOCKS.get(problem.field, NAME_BLOCK)
            errors.setdefault(block, plain(_sentence(problem.detail), 300))
        if not name:
            errors[NAME_BLOCK] = msg.NAME_REQUIRED
            if not folder:  # the default folder follows the name; one error is enough
                errors.pop(FOLDER_BLOCK, None)
        return fields, errors
    fields |= {"name": checked.name, "folder": checked.folder, "senders": checked.senders}
    for problem in checked.problems:
        _add_clash(errors, problem)
    return fields, errors


def add_result(result: AddResult) -> dict[str, Any]:
    """Return the message saying what was written to config.yaml and created in Outlook."""
    kind = msg.PROJECT.lower() if result.kind == "project" else msg.AREA.lower()
    lines = [
        msg.added(kind, plain(result.name, 255)),
        msg.written_to_config(f"{result.kind}s"),
        msg.folder_result(plain(result.folder, 500), result.folder_created),
        msg.category_result(
            plain(result.category, 255) if result.category else None, result.category_created
        ),
    ]
    return message(
        fallback(msg.added(kind, lookalikes(result.name))), [section(plain_text("\n".join(lines)))]
    )


def _add_clash(errors: dict[str, str], problem: EntryProblem) -> None:
    """Word a clash on its field; a reserved name or folder wins over a taken one."""
    if problem.reason == "name_reserved":
        errors[NAME_BLOCK] = msg.name_reserved(problem.detail)
    elif problem.reason == "name_taken":
        errors.setdefault(NAME_BLOCK, msg.name_taken(plain(problem.detail, 100)))
    elif problem.reason == "folder_taken":
        errors.setdefault(
            FOLDER_BLOCK, msg.folder_taken(plain(problem.detail, 150), plain(problem.owner, 100))
        )
    elif problem.reason == "inbox":
        errors[FOLDER_BLOCK] = msg.INBOX_RESERVED
    elif problem.reason == "disposal":
        errors[FOLDER_BLOCK] = msg.DISPOSAL_FOLDER


def _text_input(
    action_id: str, placeholder: str | None, max_length: int, *, multiline: bool = False
) -> Block:
    element: Block = {"type": "plain_text_input", "action_id": action_id, "max_length": max_length}
    if placeholder:
        element["placeholder"] = plain_text(plain(placeholder, 150))
    if multiline:
        element["multiline"] = True
    return element


def _typed(state_values: dict[str, Any], block_id: str) -> str:
    value = state_action(state_values, block_id).get("value")
    return value if isinstance(value, str) else ""


def _split(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in re.split(r"[,;\n]", text) if p.strip()))


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "."
