"""Button and select listeners: suggestion cards, burst summaries, cleanup, chat proposals,
waiting-for nudges."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack import ids
from bot.slack.listeners.actions import (
    approve,
    approve_all,
    block_time,
    bring_back,
    chat_cancel,
    chat_confirm,
    cleanup_delete,
    cleanup_select,
    dismiss,
    edit,
    retry,
    sender_proposal,
    sender_rules,
    show_confident,
    show_rest,
    undo,
    waiting_draft,
    waiting_received,
    waiting_snooze,
)


def register(app: AsyncApp) -> None:
    """Register one listener per action id."""
    app.action(ids.APPROVE)(approve.handle)
    app.action(ids.EDIT)(edit.handle)
    app.action(ids.DISMISS)(dismiss.handle)
    app.action(ids.RETRY)(retry.handle)
    app.action(ids.UNDO)(undo.handle)
    app.action(ids.APPROVE_ALL_CONFIDENT)(approve_all.handle)
    app.action(ids.SHOW_CONFIDENT)(show_confident.handle)
    app.action(ids.SHOW_REST)(show_rest.handle)
    app.action(ids.CLEANUP_SELECT)(cleanup_select.handle)
    app.action(ids.CLEANUP_DELETE)(cleanup_delete.handle)
    app.action(ids.CHAT_CONFIRM)(chat_confirm.handle)
    app.action(ids.CHAT_CANCEL)(chat_cancel.handle)
    app.action(ids.BLOCK_PROPOSE)(block_time.handle_propose)
    app.action(ids.BLOCK_CONFIRM)(block_time.handle_confirm)
    app.action(ids.BLOCK_CANCEL)(block_time.handle_cancel)
    app.action(ids.SENDER_PROPOSAL_CONFIRM)(sender_proposal.handle_confirm)
    app.action(ids.SENDER_PROPOSAL_DECLINE)(sender_proposal.handle_decline)
    app.action(ids.SENDER_RULE_EDIT)(sender_rules.handle_edit)
    app.action(ids.SENDER_RULE_REMOVE)(sender_rules.handle_remove)
    app.action(ids.BRING_BACK)(bring_back.handle)
    app.action(ids.WAITING_DRAFT)(waiting_draft.handle)
    app.action(ids.WAITING_RECEIVED)(waiting_received.handle)
    app.action(ids.WAITING_SNOOZE)(waiting_snooze.handle)
