"""Signed Slack requests into a real AsyncApp, shaped like the payloads Slack sends.

Each builder returns an `AsyncBoltRequest` the way Slack delivers it over HTTP, as bolt's own
scenario tests build them: interactive payloads (block_actions, view_submission,
block_suggestion) as the form field `payload=<JSON>`, slash commands as form fields, events as
a JSON body, signed with slack_sdk's `SignatureVerifier` (`v0=` HMAC-SHA256 of
`v0:{timestamp}:{body}`) under `SIGNING_SECRET` and the current time. `request.body` is the
parsed payload, so `FakeSlack.socket_deliver(kind, request.body)` can carry the same payload as a
Socket Mode envelope. `dispatch(app, request)` returns Bolt's response once the listeners it
started have finished. The ids (team, bot, owner) are the fake workspace's, from the Slack emulator.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import time
import uuid
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlencode

from slack_bolt.app.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.signature import SignatureVerifier

from bot.slack.ids import COMMAND
from sandbox.slack_emulator import (
    APP_ID,
    BOT_ID,
    BOT_USER_ID,
    TEAM_DOMAIN,
    TEAM_ID,
    new_trigger_id,
)

SIGNING_SECRET = "5f0c2d6e9a1b4c7d8e3f60a1b2c3d4e5"
VERIFICATION_TOKEN = "deprecated-verification-token"
_PLUMBING = tuple(f"{os.sep}{name}{os.sep}" for name in ("aiohttp", "aiohappyeyeballs", "asyncio"))


def new_ts(at: float | None = None) -> str:
    """Return a Slack message timestamp ("1732000000.000100" style) for `at` (default now)."""
    now = time.time() if at is None else at
    return f"{int(now)}.{int(now * 1_000_000) % 1_000_000:06d}"


def new_event_id() -> str:
    """Return an Events API event id ("Ev" + 10 characters)."""
    return "Ev" + secrets.token_hex(5).upper()


def new_view_id() -> str:
    """Return a view id."""
    return "V" + secrets.token_hex(5).upper()


def signed(
    raw_body: str,
    content_type: str,
    *,
    signing_secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    headers: dict[str, str] | None = None,
) -> AsyncBoltRequest:
    """Wrap a raw body as Slack sends it: signed, timestamped, with its content type."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(signing_secret).generate_signature(timestamp=stamp, body=raw_body)
    all_headers: dict[str, str | Sequence[str]] = {
        "content-type": [content_type],
        "x-slack-request-timestamp": [stamp],
        "x-slack-signature": [signature or ""],
    }
    all_headers |= {k.lower(): [v] for k, v in (headers or {}).items()}
    return AsyncBoltRequest(body=raw_body, headers=all_headers)


def _interactive(payload: dict[str, Any], **signing: Any) -> AsyncBoltRequest:
    raw = urlencode({"payload": json.dumps(payload)})
    return signed(raw, "application/x-www-form-urlencoded", **signing)


def _user(user_id: str) -> dict[str, Any]:
    name = user_id.lower()
    return {"id": user_id, "username": name, "name": name, "team_id": TEAM_ID}


def _team() -> dict[str, Any]:
    return {"id": TEAM_ID, "domain": TEAM_DOMAIN}


def option(text: str, value: str) -> dict[str, Any]:
    """Return an option object as Slack echoes it in payloads."""
    return {"text": {"type": "plain_text", "text": text, "emoji": True}, "value": value}


def text_input(value: str | None) -> dict[str, Any]:
    """Return the state entry of a plain_text_input."""
    return {"type": "plain_text_input", "value": value}


def static_select(value: str | None, text: str | None = None) -> dict[str, Any]:
    """Return the state entry of a static_select (None: nothing selected)."""
    chosen = None if value is None else option(text or value, value)
    return {"type": "static_select", "selected_option": chosen}


def external_select(value: str | None, text: str | None = None) -> dict[str, Any]:
    """Return the state entry of an external_select (None: nothing selected)."""
    return static_select(value, text) | {"type": "external_select"}


def multi_static_select(values: Iterable[str]) -> dict[str, Any]:
    """Return the state entry of a multi_static_select."""
    return {"type": "multi_static_select", "selected_options": [option(v, v) for v in values]}


def checkboxes(values: Iterable[str]) -> dict[str, Any]:
    """Return the state entry of a checkboxes element."""
    return {"type": "checkboxes", "selected_options": [option(v, v) for v in values]}


def radio_buttons(value: str | None, text: str | None = None) -> dict[str, Any]:
    """Return the state entry of a radio_buttons element."""
    return static_select(value, text) | {"type": "radio_buttons"}


def _block_id_of(blocks: list[dict[str, Any]], action_id: str) -> str | None:
    for block in blocks:
        elements = [
            *block.get("elements", []),
            block.get("accessory") or {},
            block.get("element") or {},
        ]
        if any(e.get("action_id") == action_id for e in elements if isinstance(e, dict)):
            return str(block.get("block_id"))
    return None


def block_actions(
    user_id: str,
    action_id: str,
    value: str | None = None,
    *,
    channel: str | None = None,
    message_ts: str | None = None,
    response_url: str | None = None,
    trigger_id: str | None = None,
    state_values: dict[str, Any] | None = None,
    block_id: str | None = None,
    action_type: str = "button",
    selected_options: list[dict[str, Any]] | None = None,
    message: dict[str, Any] | None = None,
    view: dict[str, Any] | None = None,
    is_ephemeral: bool = False,
    **signing: Any,
) -> AsyncBoltRequest:
    """Build a click on a message element (`channel`, `message_ts`) or on a modal's (`view`).

    `message` is the message clicked (e.g. `fake.message(ch, ts).echo()`); `block_id` defaults to
    the block holding `action_id` in it. `selected_options` is for multi-selects / checkboxes.
    """
    if view is None and (channel is None or message_ts is None):
        raise ValueError("block_actions needs channel and message_ts, or view")
    action: dict[str, Any] = {"action_id": action_id, "type": action_type}
    if action_type == "button":
        action["text"] = {"type": "plain_text", "text": "Button", "emoji": True}
        if value is not None:
            action["value"] = value
    elif selected_options is not None:
        action["selected_options"] = selected_options
    elif value is not None:
        action["selected_option"] = option(value, value)
    action["action_ts"] = new_ts()
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id),
        "api_app_id": APP_ID,
        "token": VERIFICATION_TOKEN,
        "trigger_id": trigger_id or new_trigger_id(),
        "team": _team(),
        "enterprise": None,
        "is_enterprise_install": False,
        "state": {"values": state_values or {}},
        "actions": [action],
    }
    if view is not None:
        payload["container"] = {"type": "view", "view_id": view["id"]}
        payload["view"] = view
        blocks = view.get("blocks", [])
    else:
        message = message or {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "ts": message_ts,
            "text": "",
            "blocks": [],
        }
        payload["container"] = {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": is_ephemeral,
        }
        payload["channel"] = {"id": channel, "name": "directmessage"}
        if not is_ephemeral:
            payload["message"] = message
        blocks = message.get("blocks", [])
    if response_url is not None:
        payload["response_url"] = response_url
    action["block_id"] = block_id or _block_id_of(blocks, action_id) or "actions"
    return _interactive(payload, **signing)


def _view(
    view: dict[str, Any] | None,
    view_id: str | None,
    callback_id: str,
    private_metadata: str,
    state_values: dict[str, Any],
) -> dict[str, Any]:
    base: dict[str, Any] = dict(view or {})
    shown_id = view_id or base.get("id") or new_view_id()
    base.setdefault("type", "modal")
    base.setdefault("blocks", [])
    base.setdefault("title", {"type": "plain_text", "text": "Modal", "emoji": True})
    base.setdefault("hash", f"{int(time.time())}.{secrets.token_hex(4)}")
    base |= {
        "id": shown_id,
        "team_id": TEAM_ID,
        "callback_id": callback_id,
        "private_metadata": private_metadata,
        "state": {"values": state_values},
        "root_view_id": base.get("root_view_id") or shown_id,
        "app_id": APP_ID,
        "bot_id": BOT_ID,
    }
    base.setdefault("previous_view_id", None)
    return base


def view_submission(
    user_id: str,
    callback_id: str,
    state_values: dict[str, Any],
    private_metadata: str = "",
    view_id: str | None = None,
    *,
    view: dict[str, Any] | None = None,
    trigger_id: str | None = None,
    **signing: Any,
) -> AsyncBoltRequest:
    """Build a modal submission; `view` is the modal as opened (e.g. `fake.views[view_id]`)."""
    payload = {
        "type": "view_submission",
        "team": _team(),
        "user": _user(user_id),
        "api_app_id": APP_ID,
        "token": VERIFICATION_TOKEN,
        "trigger_id": trigger_id or new_trigger_id(),
        "view": _view(view, view_id, callback_id, private_metadata, state_values),
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }
    return _interactive(payload, **signing)


def block_suggestion(
    user_id: str,
    action_id: str,
    value: str,
    *,
    block_id: str | None = None,
    callback_id: str = "",
    private_metadata: str = "",
    view: dict[str, Any] | None = None,
    view_id: str | None = None,
    state_values: dict[str, Any] | None = None,
    **signing: Any,
) -> AsyncBoltRequest:
    """Build the options request an external_select in a modal sends as the user types `value`."""
    shown = _view(view, view_id, callback_id, private_metadata, state_values or {})
    payload = {
        "type": "block_suggestion",
        "user": _user(user_id),
        "container": {"type": "view", "view_id": shown["id"]},
        "api_app_id": APP_ID,
        "token": VERIFICATION_TOKEN,
        "action_id": action_id,
        "block_id": block_id or _block_id_of(shown["blocks"], action_id) or "folder",
        "value": value,
        "team": _team(),
        "enterprise": None,
        "is_enterprise_install": False,
        "view": shown,
    }
    return _interactive(payload, **signing)


def slash_command(
    user_id: str,
    text: str,
    *,
    channel_id: str,
    response_url: str,
    trigger_id: str | None = None,
    command: str = COMMAND,
    **signing: Any,
) -> AsyncBoltRequest:
    """Build a slash command invocation (form fields, as Slack posts them)."""
    fields = {
        "token": VERIFICATION_TOKEN,
        "team_id": TEAM_ID,
        "team_domain": TEAM_DOMAIN,
        "channel_id": channel_id,
        "channel_name": "directmessage" if channel_id.startswith("D") else "general",
        "user_id": user_id,
        "user_name": user_id.lower(),
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id or new_trigger_id(),
    }
    return signed(urlencode(fields), "application/x-www-form-urlencoded", **signing)


def event_callback(event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
    """Wrap an event in the Events API envelope Slack posts."""
    return {
        "token": VERIFICATION_TOKEN,
        "team_id": TEAM_ID,
        "context_team_id": TEAM_ID,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or new_event_id(),
        "event_time": int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": "4-" + secrets.token_urlsafe(24),
    }


def _im_event(
    user_id: str,
    text: str,
    channel: str,
    ts: str,
    bot_id: str | None,
    subtype: str | None,
    thread_ts: str | None,
) -> dict[str, Any]:
    base = {"type": "message", "channel": channel, "event_ts": ts, "channel_type": "im"}
    said: dict[str, Any] = {
        "type": "message",
        "text": text,
        "user": user_id,
        "ts": ts,
        "team": TEAM_ID,
    }
    if bot_id is not None:
        said |= {"bot_id": bot_id, "app_id": APP_ID if bot_id == BOT_ID else "A0OTHERAPP1"}
        said["bot_profile"] = {"id": bot_id, "name": "a bot", "team_id": TEAM_ID, "deleted": False}
    else:
        said["client_msg_id"] = str(uuid.uuid4())
        said["blocks"] = [
            {
                "type": "rich_text",
                "block_id": secrets.token_urlsafe(4),
                "elements": [
                    {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}
                ],
            }
        ]
    if thread_ts is not None:
        said["thread_ts"] = thread_ts
    if subtype == "message_changed":
        edited = said | {"edited": {"user": user_id, "ts": new_ts()}}
        previous = said | {"text": "(before the edit)"}
        return base | {
            "subtype": subtype,
            "message": edited,
            "previous_message": previous,
            "hidden": True,
            "ts": new_ts(),
        }
    if subtype == "message_deleted":
        return base | {
            "subtype": subtype,
            "previous_message": said,
            "deleted_ts": ts,
            "hidden": True,
        }
    if subtype == "bot_message":
        said.pop("user")
        said |= {"bot_id": bot_id or "B0OTHERBOT1", "username": "a bot"}
    return base | said | ({"subtype": subtype} if subtype else {})


def message_im(
    user_id: str,
    text: str,
    *,
    channel: str,
    ts: str | None = None,
    event_id: str | None = None,
    bot_id: str | None = None,
    subtype: str | None = None,
    thread_ts: str | None = None,
    retry_num: int | None = None,
    **signing: Any,
) -> AsyncBoltRequest:
    """Build a `message.im` event: a DM to the bot from `user_id` (or a bot, or a subtype).

    `bot_id` makes it a modern bot post (user + bot_id, no subtype); `subtype` gives
    "message_changed", "message_deleted", "bot_message", "file_share", ...; `retry_num` adds
    Slack's retry headers (x-slack-retry-num, x-slack-retry-reason: http_timeout).
    """
    event = _im_event(user_id, text, channel, ts or new_ts(), bot_id, subtype, thread_ts)
    body = event_callback(event, event_id=event_id)
    if retry_num is not None:
        retry = {"x-slack-retry-num": str(retry_num), "x-slack-retry-reason": "http_timeout"}
        signing["headers"] = signing.get("headers", {}) | retry
    return signed(json.dumps(body), "application/json", **signing)


def _is_plumbing(task: asyncio.Task[Any]) -> bool:
    code = getattr(task.get_coro(), "cr_code", None)
    return code is not None and any(part in code.co_filename for part in _PLUMBING)


async def settle(before: set[asyncio.Task[Any]], *, within: float = 10.0) -> None:
    """Wait until every task started since `before` has finished (HTTP server plumbing aside).

    Bolt runs listeners as tasks that outlive the ack; this waits for them and for any task they
    start in turn.
    """
    current = asyncio.current_task()
    async with asyncio.timeout(within):
        while True:
            pending = [
                t
                for t in asyncio.all_tasks()
                if t not in before and t is not current and not t.done() and not _is_plumbing(t)
            ]
            if not pending:
                return
            await asyncio.wait(pending)


async def dispatch(
    app: AsyncApp, request: AsyncBoltRequest, *, wait: bool = True, within: float = 10.0
) -> BoltResponse:
    """Dispatch `request` into `app`; with `wait`, return once its listeners have finished."""
    before = asyncio.all_tasks()
    response = await app.async_dispatch(request)
    if wait:
        await settle(before, within=within)
    return response
