"""The fake workspace's ids and tokens, and what FakeSlack records: calls, messages, ephemerals."""

from __future__ import annotations

import asyncio
import copy
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from slack_sdk.models.blocks import Block

TEAM_ID = "T07TEAM0001"
TEAM_NAME = "Contoso"
TEAM_DOMAIN = "contoso"
APP_ID = "A07APP00001"
BOT_USER_ID = "U07BOT00001"
BOT_ID = "B07BOT00001"
OWNER_ID = "U07OWNER001"
STRANGER_ID = "U07STRANGE1"
BOT_TOKEN = "xoxb-fake-bot"  # short on purpose: real-token scanners must not match test data
APP_TOKEN = "xapp-fake-app"

TRIGGER_LIFETIME_MS = 3000
RESPONSE_URL_USES = 5
RESPONSE_URL_LIFETIME_S = 30 * 60
MAX_MESSAGE_BLOCKS = 50
MAX_TEXT = 40_000
TRIGGER = re.compile(r"^(\d+)\.(\d+)\.([0-9a-f]{32})$")
USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
JSON_ARGS = ("blocks", "attachments", "view", "metadata")
APP_TOKEN_METHODS = {"apps.connections.open"}


def new_trigger_id(issued_at: float | None = None) -> str:
    """Return a trigger id issued at `issued_at` (epoch seconds, default now)."""
    issued = time.time() if issued_at is None else issued_at
    return f"{int(issued * 1000)}.{secrets.randbelow(10**10):010d}.{secrets.token_hex(16)}"


class SlackCall(dict[str, Any]):
    """One request the fake received: its parsed arguments (the dict) plus how it went."""

    def __init__(self, method: str, http_method: str, headers: dict[str, str]) -> None:
        super().__init__()
        self.method = method
        self.http_method = http_method
        self.headers = headers
        self.token: str | None = None
        self.url_id: str | None = None  # the response_url a "webhook" call posted to
        self.status = 200
        self.response: dict[str, Any] = {}

    @property
    def ok(self) -> bool:
        """Whether Slack answered ok: true."""
        return self.status == 200 and bool(self.response.get("ok"))

    @property
    def error(self) -> str | None:
        """Slack's error code, if any."""
        return self.response.get("error")


class Editable:
    """Text and blocks that chat.update or a response_url can replace, keeping earlier versions."""

    text: str
    blocks: list[dict[str, Any]]
    versions: list[dict[str, Any]]

    def replace(self, text: str | None, blocks: list[dict[str, Any]] | None) -> None:
        """Keep the current version in `versions` (oldest first), then apply text and blocks."""
        self.versions.append({"text": self.text, "blocks": self.blocks})
        self.text = self.text if text is None else text
        self.blocks = self.blocks if blocks is None else blocks


@dataclass
class SlackMessage(Editable):
    """A message the bot posted, with its earlier versions (oldest first)."""

    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]]
    thread_ts: str | None = None
    metadata: dict[str, Any] | None = None
    user: str = BOT_USER_ID
    bot_id: str | None = BOT_ID
    versions: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False

    def echo(self) -> dict[str, Any]:
        """Return the message object as Slack echoes it."""
        message: dict[str, Any] = {"type": "message", "ts": self.ts, "text": self.text}
        message["user"] = self.user
        if self.bot_id:
            message |= {"bot_id": self.bot_id, "app_id": APP_ID, "team": TEAM_ID}
            message["bot_profile"] = {
                "id": self.bot_id,
                "app_id": APP_ID,
                "name": "Outlook AI Assistant",
                "deleted": False,
                "team_id": TEAM_ID,
            }
        if self.blocks:
            message["blocks"] = self.blocks
        if self.thread_ts:
            message["thread_ts"] = self.thread_ts
        if self.versions:
            message["edited"] = {"user": self.user, "ts": self.ts}
        return message


@dataclass
class Ephemeral(Editable):
    """An ephemeral message shown to one user (None: a response_url issued without a user)."""

    channel: str
    user: str | None
    text: str
    blocks: list[dict[str, Any]]
    ts: str
    versions: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False


@dataclass
class Webhook:
    """A response_url the fake issued: what it is tied to, when, how often used."""

    channel: str | None
    message_ts: str | None
    user: str | None
    issued: float
    uses: int = 0


@dataclass
class Fault:
    """An injected answer for the next `times` calls of a method."""

    status: int
    error: str
    headers: dict[str, str]
    times: int


@dataclass
class Hold:
    """The next call of a method, stopped before it is answered until `release()`.

    Makes a race exact: a test waits for `arrived`, changes the world (another front end
    decides, the config reloads), then releases the call.
    """

    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def release(self) -> None:
        """Let the held call be answered."""
        self.released.set()


class SlackError(Exception):
    """Ends a method with `{"ok": false, "error": error, **extra}`."""

    def __init__(self, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.error = error
        self.extra = extra


def flag(value: Any) -> bool:
    """Read a boolean argument the way Slack does (JSON true, "true" or "1")."""
    return value in (True, 1, "1", "true", "True")


def stamped(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copy blocks, giving each one without a block_id a random one as Slack does."""
    blocks = copy.deepcopy(blocks)
    for block in blocks:
        block.setdefault("block_id", secrets.token_urlsafe(4))
    return blocks


def block_problems(blocks: Any) -> list[str]:
    """Return what Slack would reject in a message's blocks, checked with slack_sdk's models."""
    if not isinstance(blocks, list):
        return ["[ERROR] must be an array [json-pointer:/blocks]"]
    problems = []
    if len(blocks) > MAX_MESSAGE_BLOCKS:
        problems.append(
            f"[ERROR] no more than {MAX_MESSAGE_BLOCKS} items allowed [json-pointer:/blocks]"
        )
    for i, block in enumerate(blocks):
        try:
            parsed = Block.parse(block)
            if parsed is None:
                raise ValueError(f"unsupported block type {block.get('type')!r}")
            parsed.to_dict()
        except Exception as err:  # slack_sdk raises several types for malformed dicts
            problems.append(f"[ERROR] {err} [json-pointer:/blocks/{i}]")
    return problems
