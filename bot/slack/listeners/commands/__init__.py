"""The `/assistant` slash command."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack import ids
from bot.slack.listeners.commands import assistant


def register(app: AsyncApp) -> None:
    """Register the command listener (it routes the subcommands itself)."""
    app.command(ids.COMMAND)(assistant.handle)
