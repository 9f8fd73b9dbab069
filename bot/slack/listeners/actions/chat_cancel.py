"""Cancel on a DM assistant proposal: drop it; nothing changes."""

from __future__ import annotations

from bot.slack.listeners.chat_proposals import proposal_button

handle = proposal_button("cancel")
