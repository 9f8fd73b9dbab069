"""Block Kit builders: pure functions from core results to Slack payloads (no Slack calls).

Every message payload has a `text` fallback and `blocks`; modals are view dicts. Untrusted text
goes through `bot.slack.blocks.text`; `bot.slack.blocks.limits` checks any payload against
Slack's limits.
"""

from __future__ import annotations

from bot.slack.blocks.add_modal_builder import add_modal, add_result, parse_add_submission
from bot.slack.blocks.burst_builder import burst_message, parse_id_list
from bot.slack.blocks.chat_builder import chat_confirmation, chat_reply
from bot.slack.blocks.cleanup_builder import (
    cleanup_confirm_text,
    cleanup_message,
    cleanup_result,
    selected_cleanup_names,
)
from bot.slack.blocks.digest_builder import digest_message, stats_message
from bot.slack.blocks.edit_modal_builder import edit_modal, folder_options, parse_edit_submission
from bot.slack.blocks.help_builder import (
    help_message,
    notice_message,
    refusal_message,
    sign_in_message,
)
from bot.slack.blocks.limits import check_message, check_options, check_view
from bot.slack.blocks.queue_aging_builder import expired_card, expired_summary, reminder_message
from bot.slack.blocks.status_builder import bootstrap_message, status_message
from bot.slack.blocks.suggestion_builder import needs_caution, suggestion_message
from bot.slack.blocks.text import clip, escape_mrkdwn, plain
from bot.slack.blocks.today_builder import today_message

__all__ = [
    "add_modal",
    "add_result",
    "bootstrap_message",
    "burst_message",
    "chat_confirmation",
    "chat_reply",
    "check_message",
    "check_options",
    "check_view",
    "cleanup_confirm_text",
    "cleanup_message",
    "cleanup_result",
    "clip",
    "digest_message",
    "edit_modal",
    "escape_mrkdwn",
    "expired_card",
    "expired_summary",
    "folder_options",
    "help_message",
    "needs_caution",
    "notice_message",
    "parse_add_submission",
    "parse_edit_submission",
    "parse_id_list",
    "plain",
    "refusal_message",
    "reminder_message",
    "selected_cleanup_names",
    "sign_in_message",
    "stats_message",
    "status_message",
    "suggestion_message",
    "today_message",
]
