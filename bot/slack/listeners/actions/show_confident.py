"""The burst summary's "Review the k one by one": post the confident suggestions one card each,
so the owner can inspect or edit any of them before approving it."""

from __future__ import annotations

from bot.slack.listeners.burst import burst_button

handle = burst_button("show_confident")
