"""Every Slack identifier the app registers: action ids, view callback ids, the command.

manifests/ and the listeners both refer to these names; a test checks they match one to one.
"""

from __future__ import annotations

import re

_ROW_ID = re.compile(r"[0-9]{1,18}")

COMMAND = "/assistant"

# Suggestion card buttons (value = the suggestion id).
APPROVE = "suggestion_approve"
EDIT = "suggestion_edit"
DISMISS = "suggestion_dismiss"
RETRY = "suggestion_retry"
UNDO = "suggestion_undo"  # on an approved card

# Burst summary.
APPROVE_ALL_CONFIDENT = "burst_approve_confident"
SHOW_CONFIDENT = "burst_show_confident"
SHOW_REST = "burst_show_rest"

# Category cleanup message (one multi-select per 100 orphans: CLEANUP_SELECT_BLOCK + index).
CLEANUP_SELECT = "cleanup_select"
CLEANUP_SELECT_BLOCK = "cleanup_orphans_"
CLEANUP_DELETE = "cleanup_delete"

# DM assistant confirmations (value = the proposal id).
CHAT_CONFIRM = "chat_confirm"
CHAT_CANCEL = "chat_cancel"

# Calendar block under an approved card (propose/cancel: the suggestion id; confirm: the
# suggestion id and the slot's start, "17:1767603600").
BLOCK_PROPOSE = "task_block_propose"
BLOCK_CONFIRM = "task_block_confirm"
BLOCK_CANCEL = "task_block_cancel"

# Sender rules: a proposal's Confirm / Not now (value = the proposal id) and a listed rule's
# Edit / Remove (value = the rule id).
SENDER_PROPOSAL_CONFIRM = "sender_rule_proposal_confirm"
SENDER_PROPOSAL_DECLINE = "sender_rule_proposal_decline"
SENDER_RULE_EDIT = "sender_rule_edit"
SENDER_RULE_REMOVE = "sender_rule_remove"
# An expired suggestion's card (value = the suggestion id).
BRING_BACK = "suggestion_bring_back"
# Waiting-for nudges and escalations (value = the wait id).
WAITING_DRAFT = "waiting_draft"
WAITING_RECEIVED = "waiting_received"
WAITING_SNOOZE = "waiting_snooze"

# Modals.
EDIT_VIEW = "edit_suggestion"
ADD_VIEW = "add_taxonomy_entry"
SENDER_RULE_VIEW = "edit_sender_rule"
FOLDER_OPTIONS = "edit_folder"  # external_select options when the taxonomy has > 100 folders


def parse_row_id(text: str) -> int | None:
    """Return the positive database id a button value or form carries, or None.

    Only ASCII digits count: "²" passes `str.isdigit` but `int()` refuses it.
    """
    text = text.strip()
    number = int(text) if _ROW_ID.fullmatch(text) else 0
    return number if number > 0 else None
