"""Events: direct messages to the assistant (every other message is ignored, not left unhandled)."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack.listeners.events import direct_message


def register(app: AsyncApp) -> None:
    """Register one listener for every message event, subtypes included (no 404s)."""
    app.event("message")(direct_message.handle)
