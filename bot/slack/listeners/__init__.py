"""Every Slack listener, one module per handler, grouped by kind (Slack's sample app layout)."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack.listeners import actions, commands, events, options, views


def register_all(app: AsyncApp) -> None:
    """Register the listeners of every kind."""
    for kind in (actions, commands, views, events, options):
        kind.register(app)
