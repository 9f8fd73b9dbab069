"""Sender rules in Slack: a proposal (Confirm / Not now), what the answer did, the
`/assistant senders` list (Edit / Remove per rule) and the Edit modal.

A sender address came from an email: it is escaped like any untrusted text. Folders are the
owner's configuration but are escaped too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot import messages as msg
from bot.slack import ids
from bot.slack.blocks.base_builder import (
    Block,
    actions,
    button,
    confirm_dialog,
    fallback,
    header,
    input_block,
    message,
    note,
    option,
    say,
    selected_value,
    state_action,
)
from bot.slack.blocks.text import (
    lookalikes,
    mrkdwn,
    option_value,
    plain,
    plain_text,
    resolve_option_value,
)
from core.api import ProposalDecision, SenderRule, SenderRuleProposal

MAX_RULES_SHOWN = 20  # two blocks each, within Slack's 50 blocks per message
MAX_FOLDER_OPTIONS = 100
SENDER_BLOCK = "sender_rule_sender"
FOLDER_BLOCK = "sender_rule_folder"
_SENDER_CHARS = 254
_FOLDER_CHARS = 300


def proposal_message(proposal: SenderRuleProposal) -> dict[str, Any]:
    """Ask the owner to confirm one proposed rule change."""
    text = msg.sender_rule_proposal(
        proposal.kind,
        proposal.evidence,
        mrkdwn(proposal.pattern, _SENDER_CHARS),
        mrkdwn(proposal.folder, _FOLDER_CHARS),
        proposal.evidence_count,
    )
    value = str(proposal.id)
    return message(
        fallback(msg.SENDER_PROPOSAL_FALLBACK),
        [
            say(text),
            actions(
                button(msg.SENDER_CONFIRM, ids.SENDER_PROPOSAL_CONFIRM, value, style="primary"),
                button(msg.SENDER_NOT_NOW, ids.SENDER_PROPOSAL_DECLINE, value),
            ),
        ],
    )


def decision_message(decision: ProposalDecision) -> dict[str, Any]:
    """Replace a proposal with what the owner's answer did (no buttons left)."""
    proposal = decision.proposal
    text = msg.sender_rule_decided(
        decision.result,
        mrkdwn(proposal.pattern, _SENDER_CHARS),
        mrkdwn(proposal.folder, _FOLDER_CHARS),
        proposal.status,
    )
    said = msg.sender_rule_decided(
        decision.result, lookalikes(proposal.pattern), lookalikes(proposal.folder), proposal.status
    )
    return message(fallback(said), [say(text)])


def senders_message(rules: Sequence[SenderRule], *, done: str | None = None) -> dict[str, Any]:
    """List the rules, each with Edit and Remove (Remove asks first); `done` (our words, the
    sender in it raw) says what the last click did."""
    first = [say(mrkdwn(done, 3000))] if done else []
    if not rules:
        return message(msg.SENDERS_NONE, [*first, say(mrkdwn(msg.SENDERS_NONE, 3000))])
    blocks: list[Block] = [
        *first,
        header(msg.SENDERS_TITLE),
        note(msg.senders_summary(len(rules))),
    ]
    for rule in rules[:MAX_RULES_SHOWN]:
        sender = mrkdwn(rule.pattern, _SENDER_CHARS)
        blocks.append(
            say(msg.sender_rule_line(sender, mrkdwn(rule.folder, 300), active=rule.active))
        )
        dialog = confirm_dialog(
            msg.SENDER_REMOVE_TITLE,
            plain(msg.sender_remove_text(rule.pattern), 300),
            msg.SENDER_REMOVE_OK,
            msg.SENDER_REMOVE_DENY,
            style="danger",
        )
        blocks.append(
            actions(
                button(msg.SENDER_EDIT, ids.SENDER_RULE_EDIT, str(rule.id)),
                button(msg.SENDER_REMOVE, ids.SENDER_RULE_REMOVE, str(rule.id), confirm=dialog),
            )
        )
    if len(rules) > MAX_RULES_SHOWN:
        blocks.append(note(msg.and_more(len(rules) - MAX_RULES_SHOWN)))
    return message(fallback(msg.senders_summary(len(rules))), blocks)


def notice(text: str) -> dict[str, Any]:
    """A one-line answer of ours (a saved edit, a removal, a rule gone)."""
    return message(fallback(text), [say(mrkdwn(text, 3000))])


def rule_saved(rule: SenderRule) -> dict[str, Any]:
    """Say an edit was saved."""
    return notice(msg.sender_rule_saved(lookalikes(rule.pattern), rule.folder))


def rule_removed(rule: SenderRule) -> dict[str, Any]:
    """Say a rule was removed."""
    return notice(msg.sender_rule_removed(lookalikes(rule.pattern)))


def edit_modal(rule: SenderRule, folders: Sequence[str]) -> dict[str, Any]:
    """Return the Edit sender rule modal, prefilled (callback ids.SENDER_RULE_VIEW)."""
    options = [option(f, option_value(f)) for f in folders[:MAX_FOLDER_OPTIONS]]
    select: Block = {"type": "static_select", "action_id": "folder", "options": options}
    current = next((o for o, f in zip(options, folders, strict=False) if f == rule.folder), None)
    if current is not None:
        select["initial_option"] = current
    sender: Block = {
        "type": "plain_text_input",
        "action_id": "sender",
        "max_length": _SENDER_CHARS,
        "initial_value": rule.pattern,
    }
    return {
        "type": "modal",
        "callback_id": ids.SENDER_RULE_VIEW,
        "title": plain_text(msg.SENDER_EDIT_TITLE),
        "submit": plain_text(msg.SENDER_EDIT_SUBMIT),
        "close": plain_text(msg.CANCEL),
        "private_metadata": str(rule.id),
        "blocks": [
            input_block(SENDER_BLOCK, msg.SENDER_FIELD, sender, hint=msg.SENDER_FIELD_HINT),
            input_block(FOLDER_BLOCK, msg.SENDER_FOLDER_FIELD, select),
        ],
    }


def parse_edit(state_values: dict[str, Any], folders: Sequence[str]) -> tuple[str, str]:
    """Return (sender, folder) as typed and picked ('' for a missing or unknown pick)."""
    typed = state_action(state_values, SENDER_BLOCK).get("value")
    picked = selected_value(state_values, FOLDER_BLOCK)
    folder = resolve_option_value(picked, list(folders)) if picked else None
    return (typed if isinstance(typed, str) else ""), folder or ""
