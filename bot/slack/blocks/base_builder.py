"""Small constructors for the Block Kit pieces every builder uses.

The convention every builder follows: untrusted pieces are escaped and clipped first (`plain` /
`mrkdwn`), then put into our wording from `bot.messages`, whose templates contain no `&`, `<` or
`>`; the result is used as is. Labels and titles that are purely ours are escaped here, never
given look-alike characters (those are for untrusted text only).
"""

from __future__ import annotations

from typing import Any, Literal

from bot.slack.blocks.text import (
    clip,
    escape_mrkdwn,
    mrkdwn_text,
    plain,
    plain_text,
    sanitize,
    unquote,
)

Block = dict[str, Any]
Style = Literal["primary", "danger"] | None


def message(text: str, blocks: list[Block]) -> dict[str, Any]:
    """Return a chat.postMessage / chat.update payload: notification fallback plus blocks."""
    return {"text": text, "blocks": blocks}


def fallback(text: str) -> str:
    """Return a notification fallback: one line, escaped, short.

    `text` is our wording: untrusted pieces inside it must have passed `lookalikes` already.
    """
    return clip(unquote(escape_mrkdwn(sanitize(text))), 300)


def header(text: str) -> Block:
    """Return a header block for safe plain text."""
    return {"type": "header", "text": plain_text(text)}


def section(text: Block | None = None, *, fields: list[Block] | None = None) -> Block:
    """Return a section block with a text object and/or fields."""
    block: Block = {"type": "section"}
    if text is not None:
        block["text"] = text
    if fields:
        block["fields"] = fields
    return block


def say(safe: str) -> Block:
    """Return a section of verbatim mrkdwn built from our wording and already-escaped pieces."""
    return section(mrkdwn_text(safe))


def note(*safe: str) -> Block:
    """Return a grey context line of plain text built from already-escaped pieces."""
    return context(*(plain_text(t) for t in safe))


def context(*elements: Block) -> Block:
    """Return a context block of text objects."""
    return {"type": "context", "elements": list(elements[:10])}


def actions(*elements: Block, block_id: str | None = None) -> Block:
    """Return an actions block."""
    block: Block = {"type": "actions", "elements": list(elements)}
    if block_id:
        block["block_id"] = block_id
    return block


def button(
    label: str,
    action_id: str,
    value: str,
    *,
    style: Style = None,
    confirm: Block | None = None,
) -> Block:
    """Return a button; `label` is our wording, clipped to Slack's 75 characters."""
    element: Block = {
        "type": "button",
        "text": plain_text(plain(label, 75)),
        "action_id": action_id,
        "value": value,
    }
    if style:
        element["style"] = style
    if confirm:
        element["confirm"] = confirm
    return element


def confirm_dialog(title: str, text: str, ok: str, deny: str, *, style: Style = None) -> Block:
    """Return a confirm object; `text` must already be safe and within 300 characters."""
    dialog: Block = {
        "title": plain_text(plain(title, 100)),
        "text": plain_text(text),
        "confirm": plain_text(plain(ok, 30)),
        "deny": plain_text(plain(deny, 30)),
    }
    if style:
        dialog["style"] = style
    return dialog


def option(text: str, value: str, *, description: str | None = None) -> Block:
    """Return an option object; `text` is raw and gets escaped and clipped to 75 here."""
    result: Block = {"text": plain_text(plain(text, 75) or "—"), "value": value}
    if description:
        result["description"] = plain_text(plain(description, 75))
    return result


def input_block(
    block_id: str,
    label: str,
    element: Block,
    *,
    optional: bool = False,
    hint: str | None = None,
) -> Block:
    """Return an input block; `label` and `hint` are our wording, escaped here."""
    block: Block = {
        "type": "input",
        "block_id": block_id,
        "label": plain_text(plain(label, 2000)),
        "element": element,
    }
    if optional:
        block["optional"] = True
    if hint:
        block["hint"] = plain_text(plain(hint, 2000))
    return block


def state_action(state_values: dict[str, Any], block_id: str) -> dict[str, Any]:
    """Return the state of the one element in an input block (empty dict if absent)."""
    # Read whatever element the block holds: the folder select is static or external.
    elements = state_values.get(block_id) or {}
    first = next(iter(elements.values()), None) if isinstance(elements, dict) else None
    return first if isinstance(first, dict) else {}


def selected_value(state_values: dict[str, Any], block_id: str) -> str | None:
    """Return the value of a block's selected option, or None."""
    chosen = state_action(state_values, block_id).get("selected_option")
    value = chosen.get("value") if isinstance(chosen, dict) else None
    return value if isinstance(value, str) and value else None
