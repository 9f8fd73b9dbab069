"""How the app answers a request it will not run: a stranger's, a failed listener's, an unknown one.

Every such request is still acked with 200, so Slack neither shows an error icon nor retries it
(Slack retries an event answered with anything but 2xx, or not within 3 s, three times). The
sender sees one short private message where Slack lets the bot show one: in the slash command's
answer, by `response_url` after a click, as an ephemeral message in the channel, or (for the
owner only, after a failure in a form or a type-ahead) in their DM with the bot.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import aiohttp
from slack_bolt.async_app import AsyncBoltContext, AsyncRespond
from slack_bolt.error import BoltUnhandledRequestError
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.blocks import notice_message, refusal_message

if TYPE_CHECKING:
    from bot.slack.context import BackgroundTasks

log = logging.getLogger(__name__)

ErrorHandler = Callable[..., Awaitable[BoltResponse | None]]


def describe_attempt(body: dict[str, Any]) -> str:
    """Say what a request tried to do, for the log (never its free text)."""
    kind = body.get("type")
    if "command" in body:
        verb = str(body.get("text") or "").split(maxsplit=1)
        return f"the command {body['command']} {verb[0] if verb else ''}".rstrip()
    if kind == "block_actions":
        ids = ", ".join(str(a.get("action_id")) for a in body.get("actions") or ())
        return f"the button(s) {ids}"
    if kind in ("view_submission", "view_closed"):
        return f"the form {(body.get('view') or {}).get('callback_id')}"
    if kind == "block_suggestion":
        return f"the options of {body.get('action_id')}"
    if kind == "event_callback":
        event = body.get("event") or {}
        if event.get("type") == "message" and event.get("channel_type") == "im":
            return "a direct message"
        return f"the event {event.get('type')}"
    return f"a {kind or 'request'}"


def refuse(
    body: dict[str, Any],
    context: AsyncBoltContext,
    client: AsyncWebClient,
    background: BackgroundTasks,
) -> BoltResponse:
    """Return the ack that refuses a stranger, and send the polite refusal where one belongs."""
    return answer_privately(body, context, client, background, refusal_message(), by_dm=False)


def failure_handler(
    is_owner: Callable[[str | None], bool], background: BackgroundTasks
) -> ErrorHandler:
    """Return bolt's error handler: ack whatever failed or found no listener; tell the owner."""

    async def on_error(
        error: Exception,
        body: dict[str, Any],
        context: AsyncBoltContext,
        response: BoltResponse | None,
    ) -> BoltResponse | None:
        if isinstance(error, BoltUnhandledRequestError):
            # An event we do not subscribe to, a form we never opened, an unknown select.
            log.warning("Acked a Slack request no listener handles: %s", describe_attempt(body))
            return quiet_ack(body)
        log.error(
            "A Slack listener failed on %s: %s: %s",
            describe_attempt(body),
            type(error).__name__,
            error,
            exc_info=error,
        )
        client = context.client
        if is_owner(context.user_id) and client is not None:
            answer = answer_privately(
                body,
                context,
                client,
                background,
                notice_message(messages.ERROR),
                by_dm=True,
                acked=response is None,
            )
        else:
            answer = quiet_ack(body)
        # Bolt takes a response only while the request is unacked (it has one to fill in then).
        return answer if response is not None else None

    return on_error


def quiet_ack(body: dict[str, Any]) -> BoltResponse:
    """Return the ack that runs and shows nothing (a type-ahead gets an empty list)."""
    return BoltResponse(status=200, body={"options": []} if _is_options(body) else "")


def answer_privately(
    body: dict[str, Any],
    context: AsyncBoltContext,
    client: AsyncWebClient,
    background: BackgroundTasks,
    message: dict[str, Any],
    *,
    by_dm: bool,
    acked: bool = False,
) -> BoltResponse:
    """Return the ack for a request, and show `message` to its sender where it belongs.

    `by_dm` also reaches the sender of a form or a type-ahead (nothing to answer in place) in
    their DM; `acked` says the ack has gone, so a command is answered by `response_url`.
    """
    user_id = context.user_id
    if "command" in body and not acked:
        return BoltResponse(status=200, body={"response_type": "ephemeral", **message})
    kind = body.get("type")
    in_place = "command" in body or kind == "block_actions" or _is_direct_message(body)
    if in_place and context.response_url is not None:
        background.spawn(_respond_ephemeral(context, message), name=f"answer {user_id} privately")
    elif in_place and context.channel_id is not None and user_id is not None:
        background.spawn(
            _post_ephemeral(client, context.channel_id, user_id, message),
            name=f"answer {user_id} privately",
        )
    elif by_dm and user_id is not None:
        background.spawn(tell(client, None, user_id, message), name=f"tell {user_id} by DM")
    return quiet_ack(body)


async def tell(
    client: AsyncWebClient, channel: str | None, user: str, message: dict[str, Any]
) -> None:
    """Show someone a short private message in a channel (or their DM without one)."""
    try:
        if channel is None:
            opened = await client.conversations_open(users=user)
            await client.chat_postMessage(channel=opened["channel"]["id"], **message)
        else:
            await client.chat_postEphemeral(channel=channel, user=user, **message)
    except (SlackApiError, aiohttp.ClientError, OSError) as err:
        log.warning("Could not tell %s: %s", user, err)


def failure_notice(
    client: AsyncWebClient | None,
    user_id: str,
    *,
    respond: AsyncRespond | None = None,
    channel: str | None = None,
) -> Callable[[], Awaitable[None]]:
    """Return what tells the owner that work after an ack failed: by `respond` if there is one,
    else privately in `channel`, else in their DM."""

    async def notify() -> None:
        message = notice_message(messages.ERROR)
        if respond is not None:
            try:
                await respond({**message, "response_type": "ephemeral", "replace_original": False})
            except (SlackApiError, aiohttp.ClientError, OSError) as err:
                log.warning("Could not tell %s about a failure: %s", user_id, err)
        elif client is not None:
            await tell(client, channel, user_id, message)

    return notify


def _is_options(body: dict[str, Any]) -> bool:
    return body.get("type") == "block_suggestion"


def _is_direct_message(body: dict[str, Any]) -> bool:
    event = body.get("event") or {}
    return body.get("type") == "event_callback" and event.get("channel_type") == "im"


async def _respond_ephemeral(context: AsyncBoltContext, message: dict[str, Any]) -> None:
    respond = context.respond
    assert respond is not None
    await respond({**message, "response_type": "ephemeral", "replace_original": False})


async def _post_ephemeral(
    client: AsyncWebClient, channel: str, user: str, message: dict[str, Any]
) -> None:
    await client.chat_postEphemeral(channel=channel, user=user, **message)
