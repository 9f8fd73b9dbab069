"""A fake Slack workspace: the Web API, response_url webhooks and a Socket Mode socket over aiohttp.

`FakeSlack` serves `/api/<method>` the way slack.com does for the methods the bot calls. It takes
the arguments from the query string plus a JSON body (`application/json`, token only in the
`Authorization: Bearer` header) or a form body (token in the header or a `token` field, JSON-typed
fields such as `blocks` and `view` as JSON strings), and answers HTTP 200 with `{"ok": true, ...}`
or `{"ok": false, "error": ...}`; only injected rate limits answer 429 with `Retry-After`.
It keeps the workspace's state (DMs, messages with their earlier versions, ephemeral messages,
modal views, exchanged triggers, response_url posts), records every request as a `SlackCall`,
and injects rate limits, errors and latency per method; `hold(method)` stops the next call of a
method until the test releases it, to make a race exact.

Trigger ids carry their issue time: `new_trigger_id()` writes it (in ms) as the first field, the
fake refuses a trigger older than 3 s (`expired_trigger_id`) or used before
(`exchanged_trigger_id`), so request builders need no handle on the fake.
`response_url(...)` issues webhook URLs tied to a message or a user, which `respond()` can post
to up to 5 times; replace_original / delete_original act on the tied message.
Socket Mode: `apps.connections.open` (app token) returns a ws:// URL; `socket_deliver` sends an
envelope to the connected client and returns its ack.
"""

from __future__ import annotations

from sandbox.slack_emulator.records import (
    APP_ID,
    APP_TOKEN,
    BOT_ID,
    BOT_TOKEN,
    BOT_USER_ID,
    OWNER_ID,
    STRANGER_ID,
    TEAM_DOMAIN,
    TEAM_ID,
    TEAM_NAME,
    Ephemeral,
    Hold,
    SlackCall,
    SlackMessage,
    new_trigger_id,
)
from sandbox.slack_emulator.server import FakeSlack

__all__ = [
    "APP_ID",
    "APP_TOKEN",
    "BOT_ID",
    "BOT_TOKEN",
    "BOT_USER_ID",
    "OWNER_ID",
    "STRANGER_ID",
    "TEAM_DOMAIN",
    "TEAM_ID",
    "TEAM_NAME",
    "Ephemeral",
    "FakeSlack",
    "Hold",
    "SlackCall",
    "SlackMessage",
    "new_trigger_id",
]
