"""Approve on a suggestion card: ack, show "Approving…", run the approval, show the outcome."""

from __future__ import annotations

from bot.slack.listeners.decisions import decision_button

handle = decision_button("approve")
