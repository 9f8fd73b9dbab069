"""Retry on a failed card: resume the approval from its first unfinished step."""

from __future__ import annotations

from bot.slack.listeners.decisions import decision_button

handle = decision_button("retry")
