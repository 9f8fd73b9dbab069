"""Shared by the fault scenarios: a seeded mailbox, the runtime on it, the owner, the end state.

`seed_mailbox` fills an emulator with the demo's sample mailbox plus generated mail, identically
for the same arguments, so a faulted run and a clean run can be compared. The scenarios build
their runtime with `build_runtime(..., graph_sleep=...)`, so Retry-After waits are recorded,
never slept. `owner_approves` approves like an owner clicking, then retries
failures until none is left. `end_state` is what a run leaves behind (folders, categories,
To Do, task_sync, suggestions), keyed by internetMessageId, and `compare` scores one end state
against a reference as duplicated and lost operations.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp

from core.config.settings import Secrets, Settings, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from core.triage.approval import ApprovalOutcome
from core.triage.service import TriageService
from sandbox import SAMPLE_CONFIG_PATH
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import RecordingSleep

OWNER = "owner"

# Generated mail that the heuristic spreads over the taxonomy's folders and action types.
_TOPICS = (
    ("Invoice 4471 for March", "billing@kleinbooks.example", "Please review the attached invoice."),
    ("Ticket 8812: outage at Woodgrove", "ellen.marsh@woodgrovebank.com", "Can you reply today?"),
    ("Pricing for 40 seats", "buyer@fabrikam.com", "Could you send a quote by Friday?"),
    ("Sprint retro notes", "ci@ci.proseware.com", "Notes from the retro, for your review."),
    ("Candidate interview feedback", "recruiter@hireloop.example", "Please reply with a yes/no."),
    ("Tradecore cutover plan v3", "jonas.berg@tradecore-steel.example", "Can you approve this?"),
    ("SOC 2 evidence request 14", "auditor@halvorsenpike.example", "Please upload the evidence."),
    ("Lunch on Thursday?", "friend@example.org", "Are you free for lunch?"),
)


def seed_mailbox(emu: GraphEmulator, *, extra: int = 40, now: datetime | None = None) -> None:
    """Load the sample mailbox and `extra` generated emails (same arguments, same mailbox)."""
    # Without the filed history: its folders would already exist, and the fault runs need the
    # start-up to create taxonomy folders (lost answers to those creates are armed).
    emu.seed_sample_mailbox(history=False)
    moment = now or datetime.now(UTC)
    for i in range(extra):
        subject, sender, body = _TOPICS[i % len(_TOPICS)]
        emu.add_message(
            subject=f"{subject} (#{i})",
            sender_name=sender.split("@")[0].replace(".", " ").title(),
            sender_address=sender,
            body=f"{body}\n\nReference {i}.",
            received=moment - timedelta(minutes=10 + i),
            internet_message_id=f"<generated.{i}@faults.example>",
        )


def sample_settings(graph_url: str, db_path: Path, **classifier: Any) -> Settings:
    """Return the demo's settings on the emulator at `graph_url`, the database at `db_path`.

    Keyword arguments override `classifier` settings (base_url, max_retries, ...).
    """
    settings = load_settings(SAMPLE_CONFIG_PATH)
    update: dict[str, Any] = {
        "graph": settings.graph.model_copy(update={"base_url": graph_url}),
        "storage": settings.storage.model_copy(update={"path": db_path}),
    }
    if classifier:
        update["classifier"] = settings.classifier.model_copy(update=classifier)
    return settings.model_copy(update=update)


async def emulated_runtime(
    settings: Settings, session: aiohttp.ClientSession, **kwargs: Any
) -> Runtime:
    """Build the runtime with a static token; Graph's Retry-After waits are recorded, not slept."""
    return await build_runtime(
        settings,
        Secrets(),
        token_provider=StaticTokenProvider("t"),
        session=session,
        graph_sleep=RecordingSleep(),
        **kwargs,
    )


@dataclass
class OwnerRounds:
    """What the owner's clicks came to: the first round's outcomes, then the retries needed."""

    first: list[ApprovalOutcome] = field(default_factory=list)
    retry_rounds: int = 0
    retries: int = 0


async def owner_approves(
    triage: TriageService, suggestion_ids: Iterable[int], *, max_rounds: int = 30
) -> OwnerRounds:
    """Approve every suggestion at once, then retry the failed ones until none is left."""
    ids = set(suggestion_ids)
    rounds = OwnerRounds()
    rounds.first = list(await asyncio.gather(*(triage.approve(i, actor=OWNER) for i in ids)))
    while True:
        failed = [
            view.suggestion_id
            for view in await triage.list_pending(10_000, statuses=("failed",))
            if view.suggestion_id in ids
        ]
        if not failed:
            return rounds
        if rounds.retry_rounds >= max_rounds:
            raise AssertionError(f"{len(failed)} approvals still fail after {max_rounds} retries")
        rounds.retry_rounds += 1
        rounds.retries += len(failed)
        await asyncio.gather(*(triage.retry(i, actor=OWNER) for i in failed))


# -- the end state --------------------------------------------------------------------------


def end_state(emu: GraphEmulator, db_path: Path, list_name: str) -> dict[str, Any]:
    """Return what a run left behind, keyed by internetMessageId, without ids or timestamps."""
    key_of = {m.immutable_id: m.internet_message_id for m in emu.all_messages()}
    messages = {
        m.internet_message_id: (emu.folder_path(m.folder_id), tuple(sorted(m.categories)))
        for m in emu.all_messages()
    }
    tasks: dict[str, list[tuple[Any, ...]]] = {}
    lists = [t for t in emu.todo_lists if t["displayName"] == list_name]
    for todo_list in lists:
        for task in emu.tasks(todo_list["id"]):
            links = [link.get("externalId") for link in task.get("linkedResources") or ()]
            key = key_of.get(links[0], "?") if links else "?"
            tasks.setdefault(key, []).append(
                (
                    task["title"],
                    task["status"],
                    task["importance"],
                    tuple(sorted(task.get("categories") or ())),
                )
            )
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        syncs: dict[str, list[tuple[Any, ...]]] = {}
        for email_id, task_type, status in db.execute(
            "SELECT email_id, task_type, status FROM task_sync ORDER BY id"
        ):
            syncs.setdefault(key_of.get(email_id, "?"), []).append((task_type, status))
        suggestions: dict[str, list[tuple[Any, ...]]] = {}
        for email_id, status, folder, priority, action in db.execute(
            "SELECT email_id, status, suggested_folder, suggested_priority, "
            "suggested_action_type FROM suggestions ORDER BY id"
        ):
            suggestions.setdefault(key_of.get(email_id, "?"), []).append(
                (status, folder, priority, action)
            )
    finally:
        db.close()
    return {
        "folders": sorted(_folder_paths(emu)),
        "master categories": sorted((c["displayName"], c["color"]) for c in emu.categories),
        "todo lists": sorted(t["displayName"] for t in emu.todo_lists),
        "messages": messages,
        "tasks": {k: sorted(v) for k, v in tasks.items()},
        "task_sync": {k: sorted(v) for k, v in syncs.items()},
        "suggestions": suggestions,
    }


def _folder_paths(emu: GraphEmulator) -> list[str]:
    paths: list[str] = []
    pending = list(emu.root.children)
    while pending:
        folder_id = pending.pop()
        paths.append(emu.folder_path(folder_id))
        pending.extend(emu.folder(folder_id).children)
    return paths


@dataclass(frozen=True)
class Comparison:
    """How an end state differs from the reference: extra (duplicated) and missing (lost)."""

    duplicated: int
    lost: int
    differences: list[str]


def compare(reference: dict[str, Any], actual: dict[str, Any]) -> Comparison:
    """Score `actual` against `reference`: each surplus item is a duplicate, each gap a loss."""
    duplicated = lost = 0
    differences: list[str] = []
    for section in ("folders", "master categories", "todo lists"):
        extra = Counter(actual[section]) - Counter(reference[section])
        missing = Counter(reference[section]) - Counter(actual[section])
        duplicated += sum(extra.values())
        lost += sum(missing.values())
        if extra or missing:
            differences.append(f"{section}: extra {dict(extra)}, missing {dict(missing)}")
    for key, wanted in reference["messages"].items():
        got = actual["messages"].get(key)
        if got != wanted:
            lost += 1
            differences.append(f"message {key}: {got} instead of {wanted}")
    for section in ("tasks", "task_sync", "suggestions"):
        for key in sorted(set(reference[section]) | set(actual[section])):
            want = Counter(reference[section].get(key, ()))
            got = Counter(actual[section].get(key, ()))
            extra, missing = got - want, want - got
            # A row present in both with a different value (a failed approval) is one loss.
            changed = min(sum(extra.values()), sum(missing.values()))
            duplicated += sum(extra.values()) - changed
            lost += sum(missing.values())
            if extra or missing:
                differences.append(f"{section} {key}: extra {list(extra)}, missing {list(missing)}")
    return Comparison(duplicated, lost, differences)


def approved_count(state: dict[str, Any]) -> int:
    """Return how many suggestions in an end state are approved."""
    return sum(row[0] == "approved" for rows in state["suggestions"].values() for row in rows)


def per_email_counts(state: dict[str, Any], section: str) -> Counter[int]:
    """Return how many emails have 1, 2, ... rows in a section ("tasks", "task_sync", ...)."""
    return Counter(len(rows) for rows in state[section].values())
