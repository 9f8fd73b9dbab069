"""`/assistant <subcommand>`: route to bootstrap, cleanup, add, status, today, digest, stats,
undo or help.

Bolt cannot route on a command's text, so this parses the first word. Quick answers go in the
ack; anything that talks to Graph acks first and answers through the response_url.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.answers import failure_notice
from bot.slack.context import services_of
from bot.slack.listeners.commands import (
    add,
    bootstrap,
    cleanup,
    digest,
    help_reply,
    senders,
    stats,
    status,
    today,
    undo,
)


async def handle(
    ack: AsyncAck,
    command: dict[str, Any],
    context: AsyncBoltContext,
    client: AsyncWebClient,
    respond: AsyncRespond,
) -> None:
    """Run one subcommand."""
    words = str(command.get("text") or "").split()
    name = words[0].lower() if words else "help"
    services = services_of(context)
    user_id = str(command.get("user_id") or "")
    told = failure_notice(client, user_id, respond=respond)
    if name == "bootstrap":
        await ack()
        services.background.spawn(
            bootstrap.run(services, respond, user_id),
            name="/assistant bootstrap",
            on_failure=told,
        )
    elif name == "cleanup":
        await ack()
        services.background.spawn(
            cleanup.run(services, respond), name="/assistant cleanup", on_failure=told
        )
    elif name == "add":
        await ack()
        services.background.spawn(
            add.run(client, str(command.get("trigger_id") or ""), words[1:]),
            name="/assistant add",
            on_failure=told,
        )
    elif name == "status":
        await ack()
        services.background.spawn(
            status.run(services, respond), name="/assistant status", on_failure=told
        )
    elif name == "today":
        await ack()
        services.background.spawn(
            today.run(services, respond), name="/assistant today", on_failure=told
        )
    elif name == "senders":
        await ack()
        services.background.spawn(
            senders.run(services, respond), name="/assistant senders", on_failure=told
        )
    elif name in ("digest", "stats"):
        await ack()
        work = digest.run(services, respond) if name == "digest" else stats.run(services, respond)
        services.background.spawn(work, name=f"/assistant {name}", on_failure=told)
    elif name == "undo":
        await ack()
        services.background.spawn(
            undo.run(services, respond, user_id, words[1:]), name="/assistant undo", on_failure=told
        )
    else:
        await ack(help_reply.reply(None if name == "help" else name))
