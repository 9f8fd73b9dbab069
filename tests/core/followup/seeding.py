"""Emails and suggestions seeded straight into a store, at the times its clock says."""

from __future__ import annotations

from datetime import datetime

from core.store import EmailRecord, Store
from core.triage.classification import Usage
from core.vocabulary import ActionType


async def seed(
    store: Store,
    name: str,
    *,
    action: ActionType = ActionType.REVIEW,
    folder: str = "Projects/Apollo",
    received: datetime,
    cost_usd: float = 0.0,
) -> int:
    """Store an email and a pending suggestion for it (with its classification's cost)."""
    await store.upsert_emails(
        [
            EmailRecord(
                id=f"email-{name}",
                conversation_id=f"conv-{name}",
                internet_message_id=f"<{name}@example.com>",
                subject=f"Subject {name}",
                sender_name="Dana Reyes",
                sender_address="dana@tradecore.example",
                received_at=received,
                web_link=f"https://outlook.example/{name}",
                preview="Hello",
            )
        ]
    )
    suggestion = await store.create_suggestion(
        email_id=f"email-{name}",
        folder=folder,
        priority="P2 - Important",
        action_type=str(action),
        confidence=0.9,
        reason="r",
        classifier="claude:test",
    )
    await store.record_classification(
        f"email-{name}",
        suggestion_id=suggestion,
        source="claude",
        model="claude-haiku-5-5",
        usage=Usage(cost_usd=cost_usd),
    )
    return suggestion


async def decide(store: Store, suggestion_id: int, status: str, **edits: object) -> None:
    """Approve (with edits) or dismiss a pending suggestion, as the approval would."""
    if status == "dismissed":
        assert await store.transition_suggestion(
            suggestion_id, from_status=["pending"], to_status="dismissed", actor="owner"
        )
        return
    assert await store.transition_suggestion(
        suggestion_id, from_status=["pending"], to_status="approving", actor="owner", edits=edits
    )
    assert await store.transition_suggestion(
        suggestion_id, from_status=["approving"], to_status="approved", actor="owner"
    )
