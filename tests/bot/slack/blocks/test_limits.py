"""The payload checker catches what slack_sdk rejects and what it lets through."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from bot.slack.blocks.limits import check_message, check_options, check_view


def _opt(text: str, value: str | None = None) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": text}, "value": value or text}


def _good_message() -> dict[str, Any]:
    return {
        "text": "fallback",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Subject"}},
            {
                "type": "section",
                "text": {"type": "plain_text", "text": "preview"},
                "fields": [{"type": "plain_text", "text": "Folder: x"}],
            },
            {
                "type": "section",
                "block_id": "select_0",
                "text": {"type": "plain_text", "text": "Pick"},
                "accessory": {
                    "type": "static_select",
                    "action_id": "pick",
                    "options": [_opt("a"), _opt("b")],
                    "initial_option": _opt("a"),
                },
            },
            {"type": "context", "elements": [{"type": "mrkdwn", "text": "why"}]},
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": "Go"},
                        "action_id": "go",
                        "value": "1",
                        "confirm": {
                            "title": {"type": "plain_text", "text": "Sure?"},
                            "text": {"type": "plain_text", "text": "Really."},
                            "confirm": {"type": "plain_text", "text": "Yes"},
                            "deny": {"type": "plain_text", "text": "No"},
                        },
                    }
                ],
            },
        ],
    }


def _good_view() -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": "cb",
        "title": {"type": "plain_text", "text": "Edit suggestion"},
        "submit": {"type": "plain_text", "text": "Approve"},
        "blocks": [
            {
                "type": "input",
                "block_id": "folder",
                "label": {"type": "plain_text", "text": "Folder"},
                "element": {
                    "type": "static_select",
                    "action_id": "f",
                    "option_groups": [
                        {
                            "label": {"type": "plain_text", "text": "Projects"},
                            "options": [_opt("p")],
                        }
                    ],
                },
            }
        ],
    }


def test_good_payloads_have_no_problems() -> None:
    assert check_message(_good_message()) == []
    assert check_view(_good_view()) == []
    assert check_options({"options": [_opt("a")]}) == []


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(payload: dict[str, Any]) -> None:
        target = payload
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return apply


def _button(payload: dict[str, Any]) -> dict[str, Any]:
    return payload["blocks"][4]["elements"][0]


MESSAGE_CASES = [
    ("no fallback", _set(["text"], " "), "text: a non-empty"),
    ("link_names", _set(["link_names"], True), "link_names"),
    ("parse full", _set(["parse"], "full"), "parse"),
    ("51 blocks", lambda p: p["blocks"].extend([p["blocks"][3]] * 46), "a message holds 50"),
    ("unknown key", _set(["blocks", 1, "colour"], "red"), "colour: not part of Block Kit"),
    ("unknown block", _set(["blocks", 3, "type"], "carousel_x"), "unknown block type"),
    ("empty section text", _set(["blocks", 1, "text", "text"], ""), "empty text"),
    (
        "section text 3001",
        _set(["blocks", 1, "text", "text"], "x" * 3001),
        "slack_sdk rejects it",
    ),
    (
        "field 2001",
        _set(["blocks", 1, "fields", 0, "text"], "x" * 2001),
        "fields[0]: longer than 2000",
    ),
    ("11 fields", _set(["blocks", 1, "fields"], [{"type": "plain_text", "text": "f"}] * 11), "10"),
    ("header 151", _set(["blocks", 0, "text", "text"], "x" * 151), "rejects"),
    ("header mrkdwn", _set(["blocks", 0, "text", "type"], "mrkdwn"), "header"),
    (
        "option text 76",
        _set(["blocks", 2, "accessory", "options", 1], _opt("x" * 76, "b")),
        "text: 76 characters, at most 75",
    ),
    (
        "option value 76",
        _set(["blocks", 2, "accessory", "options", 1], _opt("b", "v" * 76)),
        "value: 76 characters, at most 75",
    ),
    (
        "101 options",
        _set(["blocks", 2, "accessory", "options"], [_opt(str(i)) for i in range(101)]),
        "rejects",
    ),
    (
        "initial option not offered",
        _set(["blocks", 2, "accessory", "initial_option"], _opt("zzz")),
        "is not an option",
    ),
    (
        "confirm text 301",
        lambda p: _button(p)["confirm"]["text"].update(text="x" * 301),
        "rejects",
    ),
    ("button text 76", lambda p: _button(p)["text"].update(text="x" * 76), "rejects"),
    ("button value 2001", lambda p: _button(p).update(value="1" * 2001), "rejects"),
    ("button mrkdwn label", lambda p: _button(p)["text"].update(type="mrkdwn"), "plain_text"),
    ("duplicate block_id", _set(["blocks", 1, "block_id"], "select_0"), "used twice"),
    ("block_id 256", _set(["blocks", 2, "block_id"], "b" * 256), "rejects"),
    (
        "11 context elements",
        _set(["blocks", 3, "elements"], [{"type": "mrkdwn", "text": "x"}] * 11),
        "rejects",
    ),
    (
        "total text over 12k",
        lambda p: p["blocks"].extend(
            [{"type": "section", "text": {"type": "plain_text", "text": "x" * 2900}}] * 5
        ),
        "characters of text",
    ),
    (
        "emoji count twice",
        lambda p: p["blocks"].append(
            {"type": "header", "text": {"type": "plain_text", "text": "😀" * 80}}
        ),
        "header is plain_text of at most 150",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "expected"), [c[1:] for c in MESSAGE_CASES], ids=[c[0] for c in MESSAGE_CASES]
)
def test_message_problems_are_reported(
    mutate: Callable[[dict[str, Any]], None], expected: str
) -> None:
    payload = copy.deepcopy(_good_message())
    mutate(payload)
    problems = check_message(payload)
    assert any(expected in p for p in problems), problems


VIEW_CASES = [
    ("title 25", _set(["title", "text"], "x" * 25), "rejects"),
    ("no submit", lambda v: v.pop("submit"), "submit: required"),
    ("not a modal", lambda v: v.update(type="home", submit=None), "must be 'modal'"),
    ("metadata 3001", _set(["private_metadata"], "m" * 3001), "rejects"),
    ("no blocks", _set(["blocks"], []), "between 1 and 100 blocks"),
    ("101 blocks", lambda v: v["blocks"].extend([v["blocks"][0]] * 100), "rejects"),
    (
        "group label 76",
        _set(["blocks", 0, "element", "option_groups", 0, "label", "text"], "g" * 76),
        "label: 76 characters",
    ),
    ("unknown view key", _set(["colour"], "red"), "view.colour: not part of Block Kit"),
]


@pytest.mark.parametrize(
    ("mutate", "expected"), [c[1:] for c in VIEW_CASES], ids=[c[0] for c in VIEW_CASES]
)
def test_view_problems_are_reported(
    mutate: Callable[[dict[str, Any]], None], expected: str
) -> None:
    view = copy.deepcopy(_good_view())
    mutate(view)
    problems = check_view(view)
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"options": [_opt(str(i)) for i in range(101)]}, "101 options, at most 100"),
        ({}, "exactly one"),
        ({"options": [_opt("x" * 80)]}, "at most 75"),
    ],
)
def test_options_response_problems_are_reported(payload: dict[str, Any], expected: str) -> None:
    assert any(expected in p for p in check_options(payload))
