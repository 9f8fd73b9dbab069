"""Short messages: `/assistant help`, the refusal for non-owners, notices and the sign-in prompt."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot import messages as msg
from bot.slack.blocks.base_builder import context, fallback, message, say, section
from bot.slack.blocks.text import (
    SIGN_IN_DOMAINS,
    escape_mrkdwn,
    link,
    mrkdwn,
    mrkdwn_text,
    plain,
    plain_text,
)
from bot.slack.blocks.text import slack_date as date_markup


def help_message(unknown: str | None = None) -> dict[str, Any]:
    """Return the subcommand list with one example each; name an unknown subcommand first."""
    lines = [f"*{escape_mrkdwn(msg.HELP_TITLE)}*"]
    lines += [f"• `{command}` — {escape_mrkdwn(what)}" for command, what in msg.HELP_LINES]
    lines.append(escape_mrkdwn(msg.HELP_DM))
    blocks = [say("\n".join(lines))]
    if unknown is not None:
        blocks.insert(0, say(msg.unknown_subcommand(mrkdwn(unknown, 50) or "…")))
    return message(fallback(msg.HELP_FALLBACK), blocks)


def refusal_message() -> dict[str, Any]:
    """Return the polite refusal shown to anyone but the owner (no data in it)."""
    return message(fallback(msg.REFUSAL), [section(plain_text(plain(msg.REFUSAL, 300)))])


def notice_message(text: str) -> dict[str, Any]:
    """Return a one-line message; `text` is raw (ours or core's) and gets escaped here."""
    safe = plain(text, 2900, multiline=True) or plain(msg.ERROR, 300)
    return message(fallback(text or msg.ERROR), [section(plain_text(safe))])


def sign_in_message(
    verification_uri: str, user_code: str, expires_at: datetime | None = None
) -> dict[str, Any]:
    """Return the device-code prompt sent to the owner by DM when Graph needs a new sign-in."""
    code = mrkdwn(user_code, 40)
    target = link(verification_uri, escape_mrkdwn(verification_uri), SIGN_IN_DOMAINS)
    blocks = [say(f"{msg.sign_in_needed(f'*{code}*')} {target or mrkdwn(verification_uri, 200)}")]
    if expires_at is not None:
        blocks.append(context(mrkdwn_text(msg.sign_in_expires(date_markup(expires_at, "{time}")))))
    return message(fallback(msg.SIGN_IN_FALLBACK), blocks)
