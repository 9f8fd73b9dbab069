"""The burst summary's "Approve all k high-confidence" (behind its confirm dialog)."""

from __future__ import annotations

from bot.slack.listeners.burst import burst_button

handle = burst_button("approve_all")
