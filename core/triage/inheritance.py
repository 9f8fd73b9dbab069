"""Thread inheritance: a reply files where the owner filed the thread, without a model call.

A reply inherits the folder, priority and action type the owner approved (after their edits) for
the newest earlier email of its conversation, unless the topic changed (the normalised subject
differs from that email's) or a newcomer joined (the sender's domain sent none of the thread's
emails up to that approved one, i.e. the owner never saw them in this thread). Both checks look
only at emails other than the one being classified: comparing the email with itself would make
them always pass.
"""

from __future__ import annotations

import logging

from core.config.settings import Settings
from core.store import EmailRecord, Store, ThreadApproval
from core.triage.classification import INBOX, Classification, Source
from core.triage.classification_meetings import apply_meeting_rule
from core.triage.email_text import normalize_subject, truncate
from core.triage.task_fields import canonical_folder, parse_action_type, parse_priority

log = logging.getLogger(__name__)

INHERITED_CONFIDENCE = 0.9
_SUBJECT_IN_REASON = 80


async def inherit_from_thread(
    email: EmailRecord, store: Store, settings: Settings
) -> tuple[Classification, ThreadApproval] | None:
    """Return the classification `email` inherits from its thread, or None if it inherits none."""
    if not email.conversation_id:
        return None
    earlier = await store.latest_approved_in_thread(
        email.conversation_id, excluding=email.id, received_by=email.received_at
    )
    if earlier is None:
        return None
    if normalize_subject(email.subject) != normalize_subject(earlier.subject):
        log.debug("Email %s changes the topic of its thread; not inheriting", email.id)
        return None
    senders = await store.thread_sender_addresses(
        email.conversation_id, excluding=email.id, received_by=earlier.received_at
    )
    domain = sender_domain(email.sender_address)
    if not domain or domain not in {sender_domain(address) for address in senders}:
        log.debug("Email %s comes from a domain new to its thread; not inheriting", email.id)
        return None
    approved = earlier.suggestion
    folder = canonical_folder(approved.folder, settings)
    if folder is None:
        # The taxonomy changed since the owner approved it; let a classifier decide afresh.
        log.info(
            "Email %s: its thread's folder %r is no longer in the taxonomy; not inheriting",
            email.id,
            approved.folder,
        )
        return None
    try:
        priority = parse_priority(approved.priority)
        action_type = parse_action_type(approved.action_type)
    except ValueError:
        log.warning("Suggestion %d holds an unknown priority or action type", approved.id)
        return None
    inherited = Classification(
        folder=folder,
        priority=priority,
        action_type=action_type,
        confidence=INHERITED_CONFIDENCE,
        reason=_reason(earlier.subject, folder),
        source=Source.THREAD,
    )
    # An update in a thread is still an invitation, whatever the owner made of the first mail.
    return apply_meeting_rule(inherited, email.meeting), earlier


def sender_domain(address: str) -> str:
    """Return the domain of an email address, lower-cased ("" if it has none)."""
    local, at, domain = address.strip().rpartition("@")
    return domain.lower() if at and local else ""


def _reason(subject: str, folder: str) -> str:
    shown = truncate(" ".join(subject.split()), _SUBJECT_IN_REASON) or "(no subject)"
    if folder == INBOX:
        return f"Inherited from the thread: you kept '{shown}' in the Inbox"
    return f"Inherited from the thread: you filed '{shown}' under {folder}"
