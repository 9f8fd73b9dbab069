"""Options for external selects: the edit form's folder type-ahead."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack import ids
from bot.slack.listeners.options import folder_options


def register(app: AsyncApp) -> None:
    """Register one listener per external select."""
    app.options(ids.FOLDER_OPTIONS)(folder_options.handle)
