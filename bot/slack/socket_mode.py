"""Socket Mode's front door: every envelope is checked, and acked, before bolt reads it.

Slack authenticates the WebSocket, so there is no signature to check, but an odd payload (from
Slack, a bug or an old client) would still raise inside bolt's or slack_sdk's parsing, before
any middleware runs: a traceback and no ack, so Slack retries the envelope three times and shows
the owner an error. Here a payload of the wrong shape (`bot.slack.payload_shape`), or an envelope
over HTTP mode's size limit, is acked empty, costs one short WARNING naming the field (never a byte
of the payload), and runs nothing, just as HTTP mode answers 400 or 413 before bolt sees it.
Envelopes bolt answers with a non-200 status are acked too (empty), so Slack never retries them.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.adapter.socket_mode.internals import build_headers
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.socket_mode.async_client import AsyncBaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.slack.payload_shape import shape_problem
from bot.slack.slack_http import MAX_BODY_BYTES

log = logging.getLogger(__name__)


class CheckedSocketModeHandler(AsyncSocketModeHandler):
    """Bolt's aiohttp Socket Mode handler with the payload-shape check in front of the app.

    It reads the raw envelopes itself (a message listener) instead of slack_sdk's parsed
    requests: slack_sdk raises on a payload that is not an object or text, before any request
    listener could ack it.
    """

    def __init__(self, app: AsyncApp, app_token: str | None = None, **kwargs: Any) -> None:
        super().__init__(app, app_token, **kwargs)
        self.client.socket_mode_request_listeners.clear()
        self.client.message_listeners.append(self.receive)

    async def receive(
        self, client: AsyncBaseSocketModeClient, message: dict[str, Any], raw_message: str | None
    ) -> None:
        """Check one envelope, dispatch it to bolt if it is sound, and always ack it."""
        envelope_id = message.get("envelope_id")
        if not isinstance(envelope_id, str):
            return  # hello and other messages that are not deliveries: nothing to ack
        size = len(raw_message.encode()) if raw_message else 0
        problem = (
            f"the envelope is over {MAX_BODY_BYTES} bytes"
            if size > MAX_BODY_BYTES
            else shape_problem(message.get("payload"))
        )
        bolt_request = None if problem else _bolt_request(message)
        if bolt_request is None:
            reason = problem or "bolt cannot read the payload"
            log.warning("Refused a Socket Mode %s envelope: %s", _kind(message.get("type")), reason)
            await client.send_socket_mode_response(SocketModeResponse(envelope_id))
            return
        response = await self.app.async_dispatch(bolt_request)
        await client.send_socket_mode_response(_ack(envelope_id, response))


def _bolt_request(message: dict[str, Any]) -> AsyncBoltRequest | None:
    try:
        request = SocketModeRequest.from_dict(message)
        if request is None:
            return None
        return AsyncBoltRequest(
            mode="socket_mode", body=request.payload, headers=build_headers(request)
        )
    except (AttributeError, TypeError, KeyError, IndexError, ValueError):
        return None  # a shape payload_shape does not know yet: still a refusal, not a traceback


def _ack(envelope_id: str, response: BoltResponse) -> SocketModeResponse:
    """Return the ack carrying bolt's answer (a 200's body; nothing for any other status)."""
    body = response.body if response.status == 200 else ""
    if not body:
        return SocketModeResponse(envelope_id)
    content_type = (response.headers.get("content-type") or [""])[0]
    payload: Any = json.loads(body) if content_type.startswith("application/json") else None
    return SocketModeResponse(envelope_id, payload if payload is not None else {"text": body})


def _kind(envelope_type: object) -> str:
    """Name the envelope type for the log, only if it is one of Slack's (never quote junk)."""
    known = ("events_api", "interactive", "slash_commands")
    return envelope_type if isinstance(envelope_type, str) and envelope_type in known else "unknown"
