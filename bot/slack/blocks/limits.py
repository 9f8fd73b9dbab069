"""Check Block Kit payloads before Slack sees them: slack_sdk's models plus the limits they skip.

Each block (or the whole view) goes through slack_sdk's `Block.parse(...).to_dict()` /
`View(**v).to_dict()`, which runs the SDK's validators; the result must equal the input, so a key
the SDK does not know (and would silently drop) is reported too. Then a walk over the payload
checks what the SDK does not enforce (docs.slack.dev/reference/block-kit): block counts, empty text,
per-field and option lengths, confirm dialogs, initial options, and the total text Slack accepts.
Lengths are counted like `text.slack_len` (UTF-16 units), never fewer than Slack's characters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.slack.blocks.text import slack_len

MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_TOTAL_TEXT = 12_000  # Slack answers msg_blocks_too_long somewhere near 13.2k
MAX_FALLBACK_TEXT = 4_000
MAX_VIEW_BYTES = 250_000

_TEXT_TYPES = ("plain_text", "mrkdwn")
_SELECTS = ("static_select", "multi_static_select")
_OPTION_LIMITS = {"static_select": 100, "multi_static_select": 100, "overflow": 5}
_OPTION_LIMITS |= {"radio_buttons": 10, "checkboxes": 10}

Problems = list[str]


def check_message(payload: dict[str, Any]) -> Problems:
    """Return every problem of a chat.postMessage / chat.update payload (empty list: fine)."""
    problems: Problems = []
    text = payload.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append("text: a non-empty notification fallback is required")
    elif slack_len(text) > MAX_FALLBACK_TEXT:
        problems.append(f"text: {slack_len(text)} characters, keep it under {MAX_FALLBACK_TEXT}")
    for key in ("link_names", "parse"):
        if payload.get(key) not in (None, False, "none"):
            problems.append(f"{key}: never set it, it turns names back into mentions")
    blocks = payload.get("blocks")
    if not isinstance(blocks, list) or not blocks:
        return [*problems, "blocks: a non-empty list is required"]
    if len(blocks) > MAX_MESSAGE_BLOCKS:
        problems.append(f"blocks: {len(blocks)} blocks, a message holds {MAX_MESSAGE_BLOCKS}")
    for index, block in enumerate(blocks):
        problems += _sdk_block(block, f"blocks[{index}]")
    problems += _walk_blocks(blocks)
    total = sum(slack_len(t) for t in _texts(blocks))
    if total > MAX_TOTAL_TEXT:
        problems.append(f"blocks: {total} characters of text, keep it under {MAX_TOTAL_TEXT}")
    return problems


def check_view(view: dict[str, Any]) -> Problems:
    """Return every problem of a modal for views.open / views.update / response_action."""
    problems: Problems = []
    try:
        parsed = View(**view).to_dict()
    except (SlackObjectFormationError, TypeError, AttributeError, KeyError) as err:
        return [f"view: slack_sdk rejects it: {err}"]
    problems += _same(view, parsed, "view")
    if view.get("type") != "modal":
        problems.append("type: must be 'modal'")
    for key in ("title", "submit", "close"):
        obj = view.get(key)
        if obj is not None and slack_len(_text_of(obj)) > 24:
            problems.append(f"{key}: longer than 24 characters")
    if view.get("title") is None:
        problems.append("title: required")
    blocks = view.get("blocks") or []
    if not 1 <= len(blocks) <= MAX_VIEW_BLOCKS:
        problems.append(f"blocks: {len(blocks)} blocks, a modal holds 1 to {MAX_VIEW_BLOCKS}")
    if any(b.get("type") == "input" for b in blocks) and view.get("submit") is None:
        problems.append("submit: required when the modal has input blocks")
    if len(view.get("private_metadata") or "") > 3000:
        problems.append("private_metadata: longer than 3000 characters")
    if len(json.dumps(view)) > MAX_VIEW_BYTES:
        problems.append(f"view: larger than {MAX_VIEW_BYTES} bytes")
    return problems + _walk_blocks(blocks)


def check_options(payload: dict[str, Any]) -> Problems:
    """Return every problem of an external_select options response."""
    problems: Problems = []
    options, groups = payload.get("options"), payload.get("option_groups")
    if (options is None) == (groups is None):
        return ["options: give exactly one of options and option_groups"]
    problems += _check_options(
        {"type": "static_select", "options": options, "option_groups": groups}, "response"
    )
    return problems


# --- slack_sdk ---


def _sdk_block(block: Any, path: str) -> Problems:
    if not isinstance(block, dict):
        return [f"{path}: a block must be an object"]
    try:
        parsed = Block.parse(block)
        if parsed is None:
            return [f"{path}: unknown block type {block.get('type')!r}"]
        return _same(block, parsed.to_dict(), path)
    except (SlackObjectFormationError, TypeError, AttributeError, KeyError) as err:
        return [f"{path}: slack_sdk rejects it: {err}"]


def _same(given: Any, parsed: Any, path: str) -> Problems:
    # slack_sdk drops keys it does not know; a difference means Slack would not get what we meant.
    if isinstance(given, dict) and isinstance(parsed, dict):
        problems: Problems = []
        for key, value in given.items():
            if key not in parsed:
                problems.append(f"{path}.{key}: not part of Block Kit (slack_sdk drops it)")
            else:
                problems += _same(value, parsed[key], f"{path}.{key}")
        return problems
    if isinstance(given, list | tuple) and isinstance(parsed, list):
        if len(given) != len(parsed):
            return [f"{path}: slack_sdk kept {len(parsed)} of {len(given)} items"]
        return [
            p
            for i, (g, q) in enumerate(zip(given, parsed, strict=True))
            for p in _same(g, q, f"{path}[{i}]")
        ]
    return [] if given == parsed else [f"{path}: slack_sdk changed {given!r} to {parsed!r}"]


# --- our checks ---


def _walk_blocks(blocks: list[Any]) -> Problems:
    problems: Problems = []
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        if not isinstance(block, dict):
            continue
        path = f"blocks[{index}]"
        block_id = block.get("block_id")
        if block_id is not None:
            if block_id in seen:
                problems.append(f"{path}.block_id: {block_id!r} is used twice")
            seen.add(block_id)
        problems += _check_block(block, path)
        for node, where in _nodes(block, path):
            problems += _check_node(node, where)
    return problems


def _check_block(block: dict[str, Any], path: str) -> Problems:
    problems: Problems = []
    kind = block.get("type")
    if kind == "section":
        text = block.get("text")
        if text is not None and not 1 <= slack_len(_text_of(text)) <= 3000:
            problems.append(f"{path}.text: must be 1 to 3000 characters")
        fields = block.get("fields") or []
        if len(fields) > 10:
            problems.append(f"{path}.fields: more than 10")
        for i, item in enumerate(fields):
            if slack_len(_text_of(item)) > 2000:
                problems.append(f"{path}.fields[{i}]: longer than 2000 characters")
    elif kind == "header":
        text = block.get("text") or {}
        if text.get("type") != "plain_text" or slack_len(_text_of(text)) > 150:
            problems.append(f"{path}.text: a header is plain_text of at most 150 characters")
    elif kind == "context" and len(block.get("elements") or []) > 10:
        problems.append(f"{path}.elements: a context block holds at most 10")
    elif kind == "actions":
        elements = block.get("elements") or []
        if not 1 <= len(elements) <= 25:
            problems.append(f"{path}.elements: an actions block holds 1 to 25")
        ids = [e.get("action_id") for e in elements if isinstance(e, dict) and e.get("action_id")]
        if len(ids) != len(set(ids)):
            problems.append(f"{path}.elements: action_id used twice in one block")
    elif kind == "input" and slack_len(_text_of(block.get("label") or {})) > 2000:
        problems.append(f"{path}.label: longer than 2000 characters")
    if len(str(block.get("block_id") or "")) > 255:
        problems.append(f"{path}.block_id: longer than 255 characters")
    return problems


def _check_node(node: dict[str, Any], path: str) -> Problems:
    kind = node.get("type")
    if kind in _TEXT_TYPES and "text" in node:
        text = node.get("text")
        return [] if isinstance(text, str) and text.strip() else [f"{path}: empty text"]
    problems: Problems = []
    if kind == "button":
        if (node.get("text") or {}).get("type") != "plain_text":
            problems.append(f"{path}.text: a button label is plain_text")
        problems += _max(path, "text", _text_of(node.get("text") or {}), 75)
        problems += _max(path, "value", node.get("value") or "", 2000)
        problems += _max(path, "url", node.get("url") or "", 3000)
    if kind in _OPTION_LIMITS:
        problems += _check_options(node, path)
    if "placeholder" in node:
        problems += _max(path, "placeholder", _text_of(node["placeholder"]), 150)
    if "confirm" in node and "action_id" in node:
        problems += _check_confirm(node["confirm"], f"{path}.confirm")
    if kind == "plain_text_input":
        low, high = node.get("min_length", 0), node.get("max_length", 3000)
        if not (0 <= low <= 3000 and 1 <= high <= 3000 and low <= high):
            problems.append(f"{path}: min_length/max_length must lie in 0..3000 and 1..3000")
    if "max_selected_items" in node and node["max_selected_items"] < 1:
        problems.append(f"{path}.max_selected_items: at least 1")
    problems += _max(path, "action_id", node.get("action_id") or "", 255)
    return problems


def _check_options(node: dict[str, Any], path: str) -> Problems:
    problems: Problems = []
    limit = _OPTION_LIMITS.get(str(node.get("type")), 100)
    options = node.get("options")
    groups = node.get("option_groups")
    if options is not None and groups is not None:
        problems.append(f"{path}: options and option_groups cannot both be given")
    all_options: list[dict[str, Any]] = []
    if options is not None:
        if len(options) > limit:
            problems.append(f"{path}.options: {len(options)} options, at most {limit}")
        all_options += options
    for g, group in enumerate(groups or []):
        where = f"{path}.option_groups[{g}]"
        problems += _max(where, "label", _text_of(group.get("label") or {}), 75)
        if len(group.get("options") or []) > 100:
            problems.append(f"{where}.options: more than 100")
        all_options += group.get("options") or []
    if groups is not None and len(groups) > 100:
        problems.append(f"{path}.option_groups: more than 100 groups")
    for i, option in enumerate(all_options):
        where = f"{path}.option[{i}]"
        problems += _max(where, "text", _text_of(option.get("text") or {}), 75)
        problems += _max(where, "value", str(option.get("value") or ""), 75)
        problems += _max(where, "description", _text_of(option.get("description") or {}), 75)
        if not option.get("value"):
            problems.append(f"{where}.value: required")
    values = {json.dumps(o, sort_keys=True) for o in all_options}
    chosen = node.get("initial_options") or []
    if node.get("initial_option"):
        chosen = [node["initial_option"]]
    if node.get("type") in (*_SELECTS, "radio_buttons", "checkboxes"):
        for option in chosen:
            if json.dumps(option, sort_keys=True) not in values:
                problems.append(f"{path}: initial option {option.get('value')!r} is not an option")
    return problems


def _check_confirm(confirm: dict[str, Any], path: str) -> Problems:
    problems: Problems = []
    for key, limit in (("title", 100), ("text", 300), ("confirm", 30), ("deny", 30)):
        problems += _max(path, key, _text_of(confirm.get(key) or {}), limit)
    for key in ("title", "text", "confirm", "deny"):
        if not _text_of(confirm.get(key) or {}).strip():
            problems.append(f"{path}.{key}: required")
    return problems


def _max(path: str, key: str, value: str, limit: int) -> Problems:
    size = slack_len(value)
    return [f"{path}.{key}: {size} characters, at most {limit}"] if size > limit else []


def _text_of(obj: Any) -> str:
    if isinstance(obj, str):
        return obj
    text = obj.get("text") if isinstance(obj, dict) else None
    return text if isinstance(text, str) else ""


def _nodes(value: Any, path: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Yield every object inside a block, with its path."""
    if isinstance(value, dict):
        yield value, path
        for key, child in value.items():
            yield from _nodes(child, f"{path}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _nodes(child, f"{path}[{index}]")


def _texts(blocks: list[Any]) -> Iterator[str]:
    for node, _ in _nodes(blocks, "blocks"):
        if node.get("type") in _TEXT_TYPES and isinstance(node.get("text"), str):
            yield node["text"]
