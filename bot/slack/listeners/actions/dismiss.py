"""Dismiss on a suggestion card: the email stays where it is and the card says so."""

from __future__ import annotations

from bot.slack.listeners.decisions import decision_button

handle = decision_button("dismiss")
