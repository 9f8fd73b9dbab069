"""The burst summary's "Show the n": post the suggestions that need a look one card each."""

from __future__ import annotations

from bot.slack.listeners.burst import burst_button

handle = burst_button("show_rest")
