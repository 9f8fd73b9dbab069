"""Confirm on a DM assistant proposal: run the proposed change and show what it did."""

from __future__ import annotations

from bot.slack.listeners.chat_proposals import proposal_button

handle = proposal_button("confirm")
