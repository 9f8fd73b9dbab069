"""The Add project or area modal, its validation by field, and the result message."""

from __future__ import annotations

from typing import Any

import pytest

from bot.slack import ids
from bot.slack.blocks.add_modal_builder import (
    DESCRIPTION_BLOCK,
    FOLDER_BLOCK,
    KEYWORDS_BLOCK,
    KIND_BLOCK,
    NAME_BLOCK,
    SENDERS_BLOCK,
    add_modal,
    add_result,
    parse_add_submission,
)
from bot.slack.blocks.limits import check_message, check_view
from core.admin import AddResult
from tests.bot.slack.blocks import make_settings


def _state(kind: str = "area", **typed: str) -> dict[str, Any]:
    values: dict[str, Any] = {
        KIND_BLOCK: {"kind": {"type": "radio_buttons", "selected_option": {"value": kind}}}
    }
    blocks = {
        "name": NAME_BLOCK,
        "folder": FOLDER_BLOCK,
        "keywords": KEYWORDS_BLOCK,
        "senders": SENDERS_BLOCK,
        "description": DESCRIPTION_BLOCK,
    }
    for field, block in blocks.items():
        values[block] = {field: {"type": "plain_text_input", "value": typed.get(field)}}
    return values


def test_modal_has_the_fields_and_defaults_to_area() -> None:
    modal = add_modal()
    assert check_view(modal) == []
    assert modal["callback_id"] == ids.ADD_VIEW
    assert modal["title"]["text"] == "Add project or area"
    blocks = {b["block_id"]: b for b in modal["blocks"]}
    assert list(blocks) == [
        KIND_BLOCK,
        NAME_BLOCK,
        FOLDER_BLOCK,
        KEYWORDS_BLOCK,
        SENDERS_BLOCK,
        DESCRIPTION_BLOCK,
    ]
    assert blocks[KIND_BLOCK]["element"]["initial_option"]["value"] == "area"
    assert [o["value"] for o in blocks[KIND_BLOCK]["element"]["options"]] == ["project", "area"]
    assert "optional" not in blocks[NAME_BLOCK]
    assert all(blocks[b]["optional"] for b in (FOLDER_BLOCK, KEYWORDS_BLOCK, SENDERS_BLOCK))
    assert blocks[FOLDER_BLOCK]["element"]["placeholder"]["text"] == (
        "Areas/&lt;Name&gt; or Projects/&lt;Name&gt;"
    )
    project = add_modal("project")
    assert check_view(project) == []
    assert project["blocks"][0]["element"]["initial_option"]["value"] == "project"


def test_valid_submission_returns_the_fields_for_core() -> None:
    state = _state(
        "project",
        name=" Northwind Rollout ",
        folder="/Projects/Northwind/",
        keywords="rollout, go-live;cutover\n, rollout",
        senders="Ops@Northwind.example, @northwind.example",
        description=" Migration project ",
    )
    fields, errors = parse_add_submission(state, make_settings())
    assert errors == {}
    assert fields == {
        "kind": "project",
        "name": "Northwind Rollout",
        "folder": "Projects/Northwind",
        "description": "Migration project",
        "keywords": ("rollout", "go-live", "cutover"),
        "senders": ("ops@northwind.example", "@northwind.example"),
    }


@pytest.mark.parametrize(
    ("kind", "folder"), [("area", "Areas/Legal"), ("project", "Projects/Legal")]
)
def test_empty_folder_follows_the_name(kind: str, folder: str) -> None:
    fields, errors = parse_add_submission(_state(kind, name="Legal"), make_settings())
    assert errors == {}
    assert fields["folder"] == folder and fields["kind"] == kind


@pytest.mark.parametrize(
    ("typed", "block", "message"),
    [
        ({}, NAME_BLOCK, "Enter a name."),
        ({"name": "Finance", "folder": "Areas/Other"}, NAME_BLOCK, "‘Finance’ already exists"),
        ({"name": "finance", "folder": "Areas/Money"}, NAME_BLOCK, "already exists"),
        ({"name": "Needs Reply"}, NAME_BLOCK, "‘Needs Reply’ is a framework category"),
        (
            {"name": "Money", "folder": "areas/finance"},
            FOLDER_BLOCK,
            "already belongs to ‘Finance’",
        ),
        ({"name": "Money", "folder": "Inbox"}, FOLDER_BLOCK, "Inbox is where unsorted mail"),
        ({"name": "Money", "folder": "Junk Email/x"}, FOLDER_BLOCK, "cannot hold a project"),
        ({"name": "Money", "folder": "Areas//Money"}, FOLDER_BLOCK, "Must be a folder path"),
        ({"name": "Money", "senders": "dana"}, SENDERS_BLOCK, "address or '@domain.com'"),
        ({"name": "x" * 256}, NAME_BLOCK, "255"),
        ({"name": "bell\x07"}, NAME_BLOCK, "control characters"),
    ],
)
def test_invalid_submission_reports_on_the_field(
    typed: dict[str, str], block: str, message: str
) -> None:
    _, errors = parse_add_submission(_state(**typed), make_settings())
    assert list(errors) == [block], errors
    assert message in errors[block]


def test_error_text_echoing_input_is_escaped() -> None:
    _, errors = parse_add_submission(_state(name="Money", senders="<!channel>"), make_settings())
    assert "&lt;!channel&gt;" in errors[SENDERS_BLOCK]
    assert "<!channel>" not in errors[SENDERS_BLOCK]


def test_result_says_what_was_written_and_created() -> None:
    area = add_result(AddResult("area", "Legal", "Areas/Legal", True, "Legal", True))
    assert check_message(area) == []
    assert area["blocks"][0]["text"]["text"] == (
        "Added area Legal.\n"
        "Written to config.yaml under areas (comments kept).\n"
        "Folder Areas/Legal: created in Outlook.\n"
        "Category Legal: created."
    )
    assert area["text"] == "Added area Legal."
    project = add_result(AddResult("project", "Apollo", "Projects/Apollo", False, None, False))
    assert project["blocks"][0]["text"]["text"].splitlines()[1:] == [
        "Written to config.yaml under projects (comments kept).",
        "Folder Projects/Apollo: already existed.",
        "No category: projects use their folder only.",
    ]
