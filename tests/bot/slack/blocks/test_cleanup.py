"""The cleanup message: selects of <= 100, nothing preselected, a confirmed delete, the result."""

from __future__ import annotations

from typing import Any

from bot.slack import ids
from bot.slack.blocks.cleanup_builder import (
    cleanup_confirm_text,
    cleanup_message,
    cleanup_result,
    selected_cleanup_names,
)
from bot.slack.blocks.limits import check_message
from bot.slack.blocks.text import option_value, slack_len
from tests.bot.slack.blocks import all_text, buttons


def _selects(payload: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        b for b in payload["blocks"] if b.get("block_id", "").startswith(ids.CLEANUP_SELECT_BLOCK)
    ]


def _picked(*values: str) -> dict[str, Any]:
    return {
        ids.CLEANUP_SELECT: {
            "type": "multi_static_select",
            "selected_options": [
                {"text": {"type": "plain_text", "text": v}, "value": v} for v in values
            ],
        }
    }


def test_250_orphans_are_split_into_three_selects() -> None:
    names = [f"Old category {i:03}" for i in range(250)]
    payload = cleanup_message(names)
    assert check_message(payload) == []
    selects = _selects(payload)
    assert [s["block_id"] for s in selects] == [f"{ids.CLEANUP_SELECT_BLOCK}{i}" for i in range(3)]
    menus = [s["accessory"] for s in selects]
    assert [len(m["options"]) for m in menus] == [100, 100, 50]
    assert {m["type"] for m in menus} == {"multi_static_select"}
    assert {m["action_id"] for m in menus} == {ids.CLEANUP_SELECT}
    assert all("initial_options" not in m for m in menus)
    assert [o["value"] for m in menus for o in m["options"]] == names
    assert selects[2]["text"]["text"] == "Categories 201–250 of 250"
    assert "250 Outlook categories are neither" in all_text(payload)
    assert "Orphaned: Old category 000, Old category 001" in all_text(payload)


def test_delete_button_is_danger_with_a_confirm_that_names_them_and_warns() -> None:
    payload = cleanup_message(["Old", "Travel 2019", "Blue"])
    (delete,) = buttons(payload)
    assert delete["action_id"] == ids.CLEANUP_DELETE
    assert delete["style"] == "danger"
    confirm = delete["confirm"]
    assert confirm["style"] == "danger"
    assert confirm["text"]["text"] == (
        "Deletes only the ones you picked from: Old, Travel 2019, Blue. "
        "Deleting a category removes its colour from every item that has it."
    )
    assert confirm["confirm"]["text"] == "Delete"


def test_confirm_text_fits_300_characters_for_many_names() -> None:
    names = [f"A rather long orphaned category name {i}" for i in range(200)]
    text = cleanup_confirm_text(names)
    assert slack_len(text) <= 300
    assert text.startswith("Deletes only the ones you picked from: A rather long")
    assert "more. Deleting a category removes its colour" in text


def test_no_orphans_means_no_select_and_no_button() -> None:
    payload = cleanup_message([])
    assert check_message(payload) == []
    assert _selects(payload) == [] and buttons(payload) == []
    assert "No orphaned categories" in payload["text"]


def test_too_much_text_for_one_message_offers_the_first_ones() -> None:
    names = [f"{i:03} " + "very long category name " * 10 for i in range(250)]
    payload = cleanup_message(names)
    assert check_message(payload) == []
    shown = sum(len(s["accessory"]["options"]) for s in _selects(payload))
    assert 50 < shown < 250
    assert f"Showing {shown} of 250" in all_text(payload)


def test_duplicate_names_are_offered_once() -> None:
    payload = cleanup_message(["Old", "Old", "New"])
    assert [o["value"] for o in _selects(payload)[0]["accessory"]["options"]] == ["Old", "New"]


def test_selected_names_are_read_from_every_select_in_order() -> None:
    state = {
        f"{ids.CLEANUP_SELECT_BLOCK}10": _picked("K"),
        f"{ids.CLEANUP_SELECT_BLOCK}2": _picked("C", "A"),
        f"{ids.CLEANUP_SELECT_BLOCK}0": _picked("B"),
        f"{ids.CLEANUP_SELECT_BLOCK}1": {ids.CLEANUP_SELECT: {"selected_options": []}},
        "some_other_block": _picked("Z"),
    }
    assert selected_cleanup_names(state) == ["B", "C", "A", "K"]
    assert selected_cleanup_names({}) == []


def test_long_names_come_back_only_against_the_plan() -> None:
    long = "Category " * 12
    state = {f"{ids.CLEANUP_SELECT_BLOCK}0": _picked(option_value(long), "Short", "Short")}
    assert selected_cleanup_names(state, [long, "Short"]) == [long, "Short"]
    assert selected_cleanup_names(state) == ["Short"]


def test_a_built_message_round_trips_through_selection() -> None:
    names = [f"Name {i}" for i in range(150)] + ["Lang " * 20]
    payload = cleanup_message(names)
    state = {
        s["block_id"]: {ids.CLEANUP_SELECT: {"selected_options": s["accessory"]["options"][-2:]}}
        for s in _selects(payload)
    }
    assert selected_cleanup_names(state, names) == ["Name 98", "Name 99", "Name 149", names[-1]]


def test_result_names_what_was_deleted() -> None:
    payload = cleanup_result(["Old", "Blue"], missing=["Gone"])
    assert check_message(payload) == []
    assert payload["blocks"][0]["text"]["text"] == (
        "Deleted 2 categories: Old, Blue.\nNot deleted (already gone): Gone."
    )
    assert payload["text"].startswith("Deleted 2 categories: Old, Blue.")
    nothing = cleanup_result([])
    assert nothing["text"] == "Nothing deleted: no category was selected."
    assert check_message(nothing) == []
