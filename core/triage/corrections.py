"""Corrections become labelled examples: the hooks approval and Inbox sync call, and the reads.

Two things count as the owner correcting a suggestion:
- an approval with edits: the folder, priority or action type the owner chose differs from the
  suggestion (`note_approval`, called once an approval has finished);
- an approved email the assistant filed in a folder that the Inbox delta shows in the Inbox
  again: the owner moved it back in Outlook (`note_returns`, called after each sync). The Inbox
  delta only sees the Inbox, so a move from the assistant's folder to a third folder is not seen.

Each hook stores at most one example per suggestion and kind (the store ignores a repeat), so a
resumed approval or a replayed delta page records nothing twice. A hook never fails the approval
or the sync it follows: a store error is logged and the correction is skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from core.errors import StoreError
from core.store import Store
from core.store.records import EmailRecord, SuggestionRecord
from core.triage.classification import INBOX
from core.triage.examples import ExampleSource, LabelledExample, excerpt
from core.vocabulary import ActionType, Priority

log = logging.getLogger(__name__)

EXAMPLES_READ = 200
"""The newest examples read for a prompt; the token budget then picks among them."""


def _changed(record: SuggestionRecord) -> bool:
    return (record.folder, record.priority, record.action_type) != (
        record.suggested_folder,
        record.suggested_priority,
        record.suggested_action_type,
    )


async def note_approval(
    store: Store, record: SuggestionRecord, email: EmailRecord, *, at: datetime
) -> bool:
    """Record an approved suggestion the owner edited as an example; return True if recorded."""
    if not _changed(record):
        return False
    example = LabelledExample(
        sender_address=email.sender_address,
        subject=email.subject,
        text=excerpt(email.body_text or email.preview),
        folder=record.folder,
        priority=Priority(record.priority),
        action_type=ActionType(record.action_type),
        source=ExampleSource.EDIT,
        recorded_at=at,
        note=record.edit_note or "",
    )
    try:
        return await store.record_labelled_example(record.id, example)
    except StoreError:
        log.exception("Could not record the correction of suggestion %d", record.id)
        return False


async def note_returns(
    store: Store, returned_ids: Sequence[str], *, synced_from: datetime, at: datetime
) -> int:
    """Record approved emails the owner moved back to the Inbox; return how many were new.

    `returned_ids` are emails the delta had reported gone from the Inbox and now shows in it.
    Only approvals that finished before this sync started (`synced_from`) count, so a page read
    just before an approval moved the email cannot pass for the owner's move.
    """
    if not returned_ids:
        return 0
    recorded = 0
    try:
        for approval in await store.approved_outside_inbox(
            returned_ids, resolved_before=synced_from
        ):
            example = LabelledExample(
                sender_address=approval.sender_address,
                subject=approval.subject,
                text=excerpt(approval.body),
                folder=INBOX,
                priority=Priority(approval.priority),
                action_type=ActionType(approval.action_type),
                source=ExampleSource.MOVED,
                recorded_at=at,
            )
            recorded += await store.record_labelled_example(approval.suggestion_id, example)
    except StoreError:
        log.exception("Could not record emails moved back to the Inbox")
    if recorded:
        log.info("%d approved email(s) were moved back to the Inbox: kept as corrections", recorded)
    return recorded


async def learned_examples(store: Store) -> list[LabelledExample]:
    """Return the examples classifiers learn from: the newest per sender and topic."""
    return await store.learned_examples(EXAMPLES_READ)
