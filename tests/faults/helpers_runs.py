"""A whole owner run on a seeded emulator for the Graph write scenarios: start, triage, approve.

`owner_run` builds the real runtime over HTTP (Retry-After waits recorded, never slept), lets the
scenario arm its faults at a chosen moment, approves the first `approvals` suggestions at once
and retries what fails, then returns the end state (see `helpers_mailbox.end_state`).
`clean_reference` is that run undisturbed, and `score_approvals` scores a faulted run against it
on the scenario's scoreboard row.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp

from core.config.settings import Secrets, Settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import build_runtime
from core.triage.views import SuggestionView
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import RecordingSleep
from tests.faults.helpers_mailbox import (
    Comparison,
    OwnerRounds,
    approved_count,
    compare,
    end_state,
    owner_approves,
    sample_settings,
    seed_mailbox,
)

if TYPE_CHECKING:
    from tests.faults.scoreboard import Score, Scoreboard

NOW = datetime.now(UTC)

Arm = Callable[[GraphEmulator], None]
# Armed once the suggestions to approve are known: faults aimed at one chosen approval.
ArmChosen = Callable[[GraphEmulator, Sequence[SuggestionView]], None]


@asynccontextmanager
async def seeded_mailbox(*, latency: float = 0.0, seed: int = 11) -> AsyncIterator[GraphEmulator]:
    """Serve the sample mailbox plus 40 generated emails (bodies checked as in every test)."""
    emu = GraphEmulator(seed=seed, latency=latency)
    seed_mailbox(emu, extra=40, now=NOW)
    async with emu.serve():
        yield emu


async def owner_run(
    emu: GraphEmulator,
    db: Path,
    *,
    approvals: int,
    before_start: Arm | None = None,
    before_approvals: Arm | None = None,
    aim_at_chosen: ArmChosen | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    trace: Sequence[aiohttp.TraceConfig] = (),
    configure: Callable[[Settings], Settings] | None = None,
    secrets: Secrets | None = None,
) -> tuple[dict[str, Any], OwnerRounds]:
    """Start (bootstrap, To Do list), triage, approve `approvals` suggestions at once, retry.

    `sleep` stands in for the Graph (and Todoist) client's waits (default: recorded, never
    slept); `trace` goes to its HTTP session; `configure` changes the sample settings (another
    task backend, say) and `secrets` comes with it.
    """
    settings = sample_settings(emu.base_url, db)
    if configure is not None:
        settings = configure(settings)
    async with aiohttp.ClientSession(trace_configs=list(trace)) as session:
        runtime = await build_runtime(
            settings,
            secrets or Secrets(),
            token_provider=StaticTokenProvider("t"),
            session=session,
            graph_sleep=sleep or RecordingSleep(),
        )
        try:
            if before_start is not None:
                before_start(emu)
            await runtime.first_start()
            await runtime.triage.refresh()
            pending = await runtime.triage.list_pending(1000)
            views = sorted(pending, key=lambda view: view.suggestion_id)[:approvals]
            chosen = [view.suggestion_id for view in views]
            assert len(chosen) == approvals
            if before_approvals is not None:
                before_approvals(emu)
            if aim_at_chosen is not None:
                aim_at_chosen(emu, views)
            rounds = await owner_approves(runtime.triage, chosen)
        finally:
            await runtime.store.close()
    return end_state(emu, db, settings.integrations.todo.list_name), rounds


async def clean_reference(db: Path, *, approvals: int) -> dict[str, Any]:
    """Return the end state of an undisturbed run: what every faulted run must end as."""
    async with seeded_mailbox() as clean:
        reference, _ = await owner_run(clean, db, approvals=approvals)
    return reference


def score_approvals(
    scoreboard: Scoreboard,
    scenario: str,
    reference: dict[str, Any],
    state: dict[str, Any],
    *,
    attempted: int,
    **extra: object,
) -> tuple[Score, Comparison]:
    """Add a run's approvals, duplicates and losses against `reference` to its scoreboard row."""
    result = compare(reference, state)
    score = scoreboard.scenario(scenario).add(
        attempted=attempted,
        succeeded=approved_count(state),
        duplicated=result.duplicated,
        lost=result.lost,
        **extra,
    )
    return score, result
