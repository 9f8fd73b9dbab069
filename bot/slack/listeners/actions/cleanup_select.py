"""The cleanup multi-selects: Slack sends every pick; the selection is read on "Delete selected"."""

from __future__ import annotations

from slack_bolt.async_app import AsyncAck


async def handle(ack: AsyncAck) -> None:
    """Acknowledge a pick (without a listener Slack would show an error icon)."""
    await ack()
