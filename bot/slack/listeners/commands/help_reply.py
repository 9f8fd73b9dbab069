"""`/assistant help` (and any unknown subcommand): what the command can do."""

from __future__ import annotations

from typing import Any

from bot.slack.blocks import help_message


def reply(unknown: str | None) -> dict[str, Any]:
    """Return the help message, naming an unknown subcommand if there was one."""
    return {"response_type": "ephemeral", **help_message(unknown=unknown)}
