"""The assistant's state at a glance, for `/assistant status`, the DM assistant and the console."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.config.settings import Settings
from core.microsoft.auth import MsalTokenProvider
from core.runtime import Runtime
from core.store import Store
from core.store.records import ActionRecord, ClassificationTotals
from core.tasks.backend import BACKEND_NAMES, BackendName, active_backend, task_rules
from core.tasks.registry import TaskBackends
from core.triage.budget import ClaudeSpend, owner_day
from core.triage.confidence_bands import ApprovalBands, approval_bands
from core.triage.failures import Failure
from core.triage.task_fields import BACKEND_LABELS, BACKEND_PROVIDERS
from core.vocabulary import STATE_LAST_SYNC_AT, STATE_TODO_DISABLED_REASON, STATE_TODO_ENABLED

# The failed approvals looked through for a task backend's last problem (newest first).
_RECENT_FAILURES = 50


@dataclass(frozen=True)
class TaskBackendHealth:
    """One enabled task backend at a glance, from what the assistant already knows.

    `configured`: this process built it (its settings and token were good at start; False
    means it was switched on after start and needs a restart).
    `off_reason`: why To Do's start-up probe switched it off, if it did.
    `last_failure`: why the last approval it failed with a backend error failed, when no task
    was made there since (front ends word it like any approval failure); None if none.
    `open_tasks`: its task_sync rows still open.
    """

    name: BackendName
    label: str
    active: bool
    configured: bool
    open_tasks: int
    off_reason: str | None = None
    last_failure: Failure | None = None


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
    task_backends: tuple[TaskBackendHealth, ...] = ()
    approval_bands: ApprovalBands | None = None  # observed approval rates by confidence
    # Claude's spend in the owner's day against classifier.daily_budget_usd; None: no budget.
    claude_budget: ClaudeSpend | None = None
    # How many filed emails, in how many folders, the offline classifier learns from (the last
    # complete read); None: not read yet.
    filed_emails: int | None = None
    filed_folders: int = 0


async def gather_status(
    runtime: Runtime, *, next_sync: datetime | None = None, now: datetime | None = None
) -> StatusReport:
    """Collect the status from the store, the token provider and the settings (no Graph call)."""
    moment = now or datetime.now(UTC)
    counts = await runtime.store.count_suggestions()
    last_sync = await runtime.store.get_state(STATE_LAST_SYNC_AT)
    todo = await runtime.store.get_state(STATE_TODO_ENABLED)
    # "Today" is the owner's day, as the budget's is, not UTC's.
    day_start, day_end = owner_day(moment, runtime.owner_zone())
    tokens = runtime.tokens
    msal = tokens if isinstance(tokens, MsalTokenProvider) else None
    filed = runtime.filed_mail
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
        today=await runtime.store.classification_totals(since=day_start, until=day_end),
        task_backends=await task_backend_health(runtime.settings, runtime.tasks, runtime.store),
        approval_bands=await approval_bands(runtime.store),
        claude_budget=await claude_spend(runtime, moment),
        filed_emails=filed.model.size if filed else None,
        filed_folders=filed.folders if filed else 0,
    )


async def claude_spend(runtime: Runtime, now: datetime) -> ClaudeSpend | None:
    """Return Claude's spend in the owner's day around `now` against the daily budget; None
    when classifier.daily_budget_usd is off."""
    if runtime.claude_budget is None or runtime.settings.classifier.daily_budget_usd is None:
        return None
    return await runtime.claude_budget.spend(now)


async def task_backend_health(
    settings: Settings, tasks: TaskBackends, store: Store
) -> tuple[TaskBackendHealth, ...]:
    """Return each enabled backend's health from the store alone (no Graph or Todoist call)."""
    active = active_backend(settings)
    names = [n for n in BACKEND_NAMES if task_rules(settings, n).enabled]
    failures = await store.list_actions(action="suggestion.fail", limit=_RECENT_FAILURES)
    health = []
    for name in names:
        backend = tasks.get(name)
        provider = backend.provider if backend else BACKEND_PROVIDERS[name]
        rows = await store.active_task_syncs(provider)
        newest = max((r.created_at for r in rows if r.created_at), default=None)
        failed = next((a for a in failures if _details(a).get("task_backend") == name), None)
        off_reason = last_failure = None
        if name == "todo" and await store.get_state(STATE_TODO_ENABLED) == "false":
            off_reason = await store.get_state(STATE_TODO_DISABLED_REASON) or ""
        elif failed is not None and (newest is None or failed.at > newest):
            stored = _details(failed).get("task_backend_problem")
            last_failure = Failure.from_stored(stored if isinstance(stored, str) else None)
        health.append(
            TaskBackendHealth(
                name=name,
                label=backend.label if backend else BACKEND_LABELS[name],
                active=name == active,
                configured=backend is not None,
                open_tasks=len(rows),
                off_reason=off_reason,
                last_failure=last_failure,
            )
        )
    return tuple(health)


def _details(action: ActionRecord) -> dict[str, Any]:
    return action.details if isinstance(action.details, dict) else {}
