"""Modal submissions: the edit form and the add-project-or-area form."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack import ids
from bot.slack.listeners.views import add_submission, edit_submission, sender_rule_submission


def register(app: AsyncApp) -> None:
    """Register one listener per modal callback id."""
    app.view(ids.EDIT_VIEW)(edit_submission.handle)
    app.view(ids.ADD_VIEW)(add_submission.handle)
    app.view(ids.SENDER_RULE_VIEW)(sender_rule_submission.handle)
