"""The assistant's state at a glance, for `/assistant status`, the DM assistant and the console."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from core.microsoft.auth import MsalTokenProvider
from core.runtime import Runtime
from core.store.records import ClassificationTotals
from core.vocabulary import STATE_LAST_SYNC_AT, STATE_TODO_DISABLED_REASON, STATE_TODO_ENABLED


@dataclass(frozen=True)
class StatusReport:
    """Counts, timings, integrations, sign-in and today's classification cost."""

    pending: int
    failed: int
    approved: int
    dismissed: int
    last_sync: datetime | None
    next_sync: datetime | None
    todo_enabled: bool | None  # None: not probed yet
    todo_reason: str | None
    account: str | None
    token_expires_at: datetime | None
    missing_scopes: tuple[str, ...]
    classifier: str
    today: ClassificationTotals


async def gather_status(
    runtime: Runtime, *, next_sync: datetime | None = None, now: datetime | None = None
) -> StatusReport:
    """Collect the status from the store, the token provider and the settings (no Graph call)."""
    moment = now or datetime.now(UTC)
    counts = await runtime.store.count_suggestions()
    last_sync = await runtime.store.get_state(STATE_LAST_SYNC_AT)
    todo = await runtime.store.get_state(STATE_TODO_ENABLED)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    tokens = runtime.tokens
    msal = tokens if isinstance(tokens, MsalTokenProvider) else None
    return StatusReport(
        pending=counts.get("pending", 0),
        failed=counts.get("failed", 0),
        approved=counts.get("approved", 0),
        dismissed=counts.get("dismissed", 0),
        last_sync=datetime.fromisoformat(last_sync) if last_sync else None,
        next_sync=next_sync,
        todo_enabled=None if todo is None else todo == "true",
        todo_reason=await runtime.store.get_state(STATE_TODO_DISABLED_REASON),
        account=await msal.account_username() if msal else None,
        token_expires_at=msal.token_expires_at if msal else None,
        missing_scopes=msal.missing_scopes() if msal else (),
        classifier=runtime.classifier.name if runtime.classifier else "heuristic (no API key)",
        today=await runtime.store.classification_totals(
            since=midnight, until=midnight + timedelta(days=1)
        ),
    )
