"""Mail a colleague sends to a contact whose organisation a sender rule names.

The project lead's "week 4 report" to two people at Tradecore, with the owner in Cc, is
Tradecore's matter whatever its words say (a hypercare report speaks of incidents, a training
note of training): the owner made the rule because that organisation's mail is that work. Her
own organisation's addresses are left out (`team_lists` reads its lists by their names), and so
is a person's mail from outside it: a customer copying its bank is not telling which of her
folders holds its matter. A tool's mail is no one's choice of recipients: a tracker's weekly
digest to the client's project list reaches her because she is on that project.
"""

from __future__ import annotations

from collections.abc import Collection

from core.config.settings import Settings
from core.store.records import Recipients
from core.triage.offline.folders import sender_rule
from core.triage.offline.outreach import colleague
from core.triage.offline.team_lists import TEAM_LIST
from core.untrusted_text import clip

# A subject keyword's weight, as a team list's: below the sender's own rule.
CLIENT_RECIPIENT = TEAM_LIST
_ADDRESS_CHARS = 100


def client_recipients(
    settings: Settings,
    sender: str,
    recipients: Recipients | None,
    own: Collection[str],
    *,
    tool: bool = False,
) -> dict[str, tuple[float, str]]:
    """The folders whose sender rule names someone a colleague's mail went to, or a `tool`'s
    (a project tracker's digest to the client's project list): points and why, by folder."""
    if recipients is None or not own or not (tool or colleague(sender, own)):
        return {}
    found: dict[str, tuple[float, str]] = {}
    for _, address in (*recipients.to, *recipients.cc):
        if colleague(address, own) or (rule := sender_rule(settings, address)) is None:
            continue
        entry, pattern, _ = rule
        if entry.folder not in found:
            why = f"sent to {clip(address, _ADDRESS_CHARS)}, a {entry.name} contact ({pattern})"
            found[entry.folder] = (CLIENT_RECIPIENT, why)
    return found
