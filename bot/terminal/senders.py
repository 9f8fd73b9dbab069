"""`outlook-assistant senders`: the confirmed sender rules, and the proposals still waiting."""

from __future__ import annotations

import argparse

from bot import messages
from bot.terminal.screen import Terminal
from core.api import Assistant
from core.untrusted_text import one_line

EXIT_OK = 0


async def run(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    """List each rule (sender, folder, where it came from) and any open proposal."""
    rules = await assistant.sender_rules()
    if not rules:
        terminal.say(messages.SENDERS_NONE)
    else:
        terminal.say(messages.senders_summary(len(rules)))
    for rule in rules:
        # The sender came from an email: one clean line, no control characters.
        line = messages.sender_rule_line(
            one_line(rule.pattern, 254), rule.folder, active=rule.active
        )
        terminal.say(f"  {line} ({messages.sender_rule_origin(rule.origin)})")
    for proposal in await assistant.sender_rule_proposals():
        terminal.warn(
            messages.sender_rule_proposal(
                proposal.kind,
                proposal.evidence,
                one_line(proposal.pattern, 254),
                proposal.folder,
                proposal.evidence_count,
            )
        )
    return EXIT_OK
