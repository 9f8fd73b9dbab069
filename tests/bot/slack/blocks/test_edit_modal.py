"""The Edit modal: prefilled fields, grouped or external folder select, submission validation."""

from __future__ import annotations

from typing import Any

import pytest

from bot.slack import ids
from bot.slack.blocks.edit_modal_builder import (
    ACTION_TYPE_BLOCK,
    FOLDER_BLOCK,
    NOTE_BLOCK,
    PRIORITY_BLOCK,
    TASK_BLOCK,
    edit_modal,
    folder_options,
    parse_edit_submission,
)
from bot.slack.blocks.limits import check_options, check_view
from tests.bot.slack.blocks import make_settings, make_view


def _block(view: dict[str, Any], block_id: str) -> dict[str, Any]:
    return next(b for b in view["blocks"] if b.get("block_id") == block_id)


def _option_values(element: dict[str, Any]) -> list[str]:
    groups = element.get("option_groups") or [{"options": element.get("options", [])}]
    return [o["value"] for g in groups for o in g["options"]]


def _submitted(modal: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    """Return the state.values Slack would send if the owner submitted the prefilled modal."""
    state: dict[str, Any] = {}
    for block in modal["blocks"]:
        if block["type"] != "input":
            continue
        element = block["element"]
        entry: dict[str, Any] = {"type": element["type"]}
        if element["type"] in ("static_select", "external_select", "radio_buttons"):
            entry["selected_option"] = element.get("initial_option")
        elif element["type"] == "checkboxes":
            entry["selected_options"] = element.get("initial_options", [])
        else:
            entry["value"] = None
        state[block["block_id"]] = {element["action_id"]: entry}
    for block_id, change in overrides.items():
        next(iter(state[block_id].values())).update(change)
    return state


def _choose(value: str) -> dict[str, Any]:
    return {"selected_option": {"text": {"type": "plain_text", "text": value}, "value": value}}


def test_modal_is_prefilled_from_the_suggestion() -> None:
    settings = make_settings(areas=["Areas/Finance", "Areas/Sales"])
    modal = edit_modal(make_view(), settings)
    assert check_view(modal) == []
    assert modal["callback_id"] == ids.EDIT_VIEW
    assert modal["title"]["text"] == "Edit suggestion"
    assert modal["submit"]["text"] == "Approve"
    assert modal["private_metadata"] == "7"
    folder = _block(modal, FOLDER_BLOCK)["element"]
    assert folder["type"] == "static_select"
    assert folder["action_id"] == ids.FOLDER_OPTIONS
    assert [
        (g["label"]["text"], [o["value"] for o in g["options"]]) for g in folder["option_groups"]
    ] == [
        ("Projects", ["Projects/Tradecore Steel"]),
        ("Areas", ["Areas/Finance", "Areas/Sales"]),
        ("Inbox", ["Inbox"]),
    ]
    assert folder["initial_option"]["value"] == "Projects/Tradecore Steel"
    priority = _block(modal, PRIORITY_BLOCK)["element"]
    assert len(priority["options"]) == 4 and priority["initial_option"]["value"] == "P2 - Important"
    action = _block(modal, ACTION_TYPE_BLOCK)["element"]
    assert len(action["options"]) == 6 and action["initial_option"]["value"] == "Needs Reply"
    task = _block(modal, TASK_BLOCK)
    assert task["label"]["text"] == "Task"
    assert task["element"]["type"] == "radio_buttons"
    assert [(o["text"]["text"], o["value"]) for o in task["element"]["options"]] == [
        ("No task", "none"),
        ("To Do", "todo"),
    ]
    assert task["element"]["initial_option"]["value"] == "todo"
    note = _block(modal, NOTE_BLOCK)
    assert note["optional"] is True and note["element"]["multiline"] is True


def test_no_task_is_preselected_for_an_action_without_a_task() -> None:
    modal = edit_modal(make_view(action_type="FYI Only"), make_settings())
    assert _block(modal, TASK_BLOCK)["element"]["initial_option"]["value"] == "none"


@pytest.mark.parametrize(
    ("todo", "active", "offered", "preselected"),
    [
        (True, "todoist", ["none", "todo", "todoist"], "todoist"),
        (True, "todo", ["none", "todo", "todoist"], "todo"),
        (False, "todoist", ["none", "todoist"], "todoist"),
    ],
)
def test_the_task_choice_offers_the_enabled_backends_and_preselects_the_active_one(
    todo: bool, active: str, offered: list[str], preselected: str
) -> None:
    settings = make_settings(todo=todo, todoist=True, task_backend=active)
    modal = edit_modal(make_view(), settings)
    assert check_view(modal) == []
    element = _block(modal, TASK_BLOCK)["element"]
    assert [o["value"] for o in element["options"]] == offered
    assert "Todoist" in [o["text"]["text"] for o in element["options"]]
    assert element["initial_option"]["value"] == preselected
    edits, errors = parse_edit_submission(_submitted(modal), settings)
    assert errors == {} and edits["task_backend"] == preselected


def test_a_backend_switched_off_since_the_modal_opened_is_an_error_on_the_task_field() -> None:
    opened = make_settings(todoist=True)
    modal = edit_modal(make_view(), opened)
    state = _submitted(modal, **{TASK_BLOCK: _choose("todoist")})
    edits, errors = parse_edit_submission(state, make_settings(todoist=False))
    assert list(errors) == [TASK_BLOCK]
    assert "task_backend" not in edits


def test_no_task_choice_when_every_backend_is_off() -> None:
    modal = edit_modal(make_view(), make_settings(todo=False))
    assert all(b.get("block_id") != TASK_BLOCK for b in modal["blocks"])
    assert check_view(modal) == []


def test_a_folder_no_longer_in_the_taxonomy_is_not_preselected() -> None:
    modal = edit_modal(make_view(folder="Projects/Gone"), make_settings())
    assert "initial_option" not in _block(modal, FOLDER_BLOCK)["element"]
    assert check_view(modal) == []


@pytest.mark.parametrize(("projects", "kind"), [(98, "static_select"), (99, "external_select")])
def test_more_than_100_folders_switch_to_an_external_select(projects: int, kind: str) -> None:
    settings = make_settings(projects=projects, areas=1)  # + Inbox: 100 or 101 folders
    modal = edit_modal(make_view(folder="Areas/Area 0"), settings)
    element = _block(modal, FOLDER_BLOCK)["element"]
    assert element["type"] == kind
    assert element["action_id"] == ids.FOLDER_OPTIONS
    assert element["initial_option"]["value"] == "Areas/Area 0"
    if kind == "external_select":
        assert element["min_query_length"] == 0
        assert "options" not in element and "option_groups" not in element
    assert check_view(modal) == []


def test_folder_options_filter_by_query_and_stay_within_100() -> None:
    settings = make_settings(projects=180, areas=70)
    everything = folder_options(settings, "")
    assert check_options(everything) == []
    assert len(_option_values(everything)) == 100
    assert [g["label"]["text"] for g in everything["option_groups"]] == ["Projects"]
    areas = folder_options(settings, "  AREA 6 ")
    assert check_options(areas) == []
    assert _option_values(areas) == ["Areas/Area 6"] + [f"Areas/Area 6{i}" for i in range(10)]
    assert _option_values(folder_options(settings, "inb")) == ["Inbox"]
    assert folder_options(settings, "zzz") == {"options": []}


def test_prefilled_submission_returns_the_suggestion_as_edits() -> None:
    settings = make_settings()
    modal = edit_modal(make_view(), settings)
    edits, errors = parse_edit_submission(_submitted(modal), settings)
    assert errors == {}
    assert edits == {
        "folder": "Projects/Tradecore Steel",
        "priority": "P2 - Important",
        "action_type": "Needs Reply",
        "task_backend": "todo",
    }


def test_changed_submission_returns_canonical_edits_with_note() -> None:
    settings = make_settings()
    modal = edit_modal(make_view(), settings)
    state = _submitted(
        modal,
        **{
            FOLDER_BLOCK: _choose("areas/finance"),
            PRIORITY_BLOCK: _choose("P4"),
            ACTION_TYPE_BLOCK: _choose("FYI Only"),
            TASK_BLOCK: _choose("none"),
            NOTE_BLOCK: {"value": "  newsletters go to Finance  "},
        },
    )
    edits, errors = parse_edit_submission(state, settings)
    assert errors == {}
    assert edits == {
        "folder": "Areas/Finance",
        "priority": "P4 - Low",
        "action_type": "FYI Only",
        "task_backend": "none",
        "note": "newsletters go to Finance",
    }


def test_inbox_is_a_valid_folder() -> None:
    state = {FOLDER_BLOCK: {ids.FOLDER_OPTIONS: _choose("Inbox")}}
    edits, _ = parse_edit_submission(state, make_settings())
    assert edits["folder"] == "Inbox"


@pytest.mark.parametrize(
    ("change", "block", "message"),
    [
        ({FOLDER_BLOCK: _choose("Deleted Items")}, FOLDER_BLOCK, "not a project or area folder"),
        ({FOLDER_BLOCK: _choose("#0123456789abcdef")}, FOLDER_BLOCK, "not a project or area"),
        ({FOLDER_BLOCK: {"selected_option": None}}, FOLDER_BLOCK, "Pick a folder."),
        ({PRIORITY_BLOCK: _choose("P9")}, PRIORITY_BLOCK, "Pick one of the options."),
        ({ACTION_TYPE_BLOCK: {"selected_option": None}}, ACTION_TYPE_BLOCK, "Pick one"),
        ({NOTE_BLOCK: {"value": "x" * 2001}}, NOTE_BLOCK, "under 2000 characters"),
    ],
)
def test_invalid_submission_reports_on_the_field(
    change: dict[str, Any], block: str, message: str
) -> None:
    settings = make_settings()
    state = _submitted(edit_modal(make_view(), settings), **change)
    edits, errors = parse_edit_submission(state, settings)
    assert list(errors) == [block]
    assert message in errors[block]


def test_unknown_folder_error_is_escaped() -> None:
    state = {FOLDER_BLOCK: {ids.FOLDER_OPTIONS: _choose("<!channel>")}}
    _, errors = parse_edit_submission(state, make_settings())
    assert "&lt;!channel&gt;" in errors[FOLDER_BLOCK]


def test_long_folder_paths_travel_as_digests_and_come_back() -> None:
    long = "Projects/" + "Very Long Client Name With Subsidiary " * 3
    settings = make_settings(projects=[long.strip()])
    modal = edit_modal(make_view(folder=long.strip()), settings)
    assert check_view(modal) == []
    initial = _block(modal, FOLDER_BLOCK)["element"]["initial_option"]
    assert initial["value"].startswith("#") and len(initial["value"]) <= 75
    assert initial["text"]["text"].endswith("…")
    edits, errors = parse_edit_submission(_submitted(modal), settings)
    assert errors == {} and edits["folder"] == long.strip()
