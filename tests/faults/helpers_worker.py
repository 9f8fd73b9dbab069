"""The child process of the kill test: the owner's whole day, run until it is done or killed.

    python -m tests.faults.helpers_worker BASE_URL DB_PATH

It builds the runtime with `build_runtime` (a static token, no Claude key), runs the start-up,
one triage pass (whose first step resumes approvals a killed predecessor left 'approving'),
then approves every pending or failed suggestion and retries failures until none is left.
Run again after a kill, it carries on from the database; exit status 0 means all done.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from core.config.settings import Secrets
from core.microsoft.auth import StaticTokenProvider
from core.runtime import build_runtime
from tests.faults.helpers_mailbox import owner_approves, sample_settings


async def owner_day(base_url: str, db_path: Path) -> None:
    """Start, triage (resuming what a killed predecessor left), approve everything waiting."""
    settings = sample_settings(base_url, db_path)
    runtime = await build_runtime(settings, Secrets(), token_provider=StaticTokenProvider("w"))
    try:
        await runtime.first_start()
        await runtime.triage.refresh()
        waiting = await runtime.triage.list_pending(10_000, statuses=("pending", "failed"))
        await owner_approves(runtime.triage, [view.suggestion_id for view in waiting])
    finally:
        await runtime.aclose()


def run(base_url: str, db_path: str) -> None:
    """Run one owner day in this process (the target of a forked child)."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    asyncio.run(owner_day(base_url, Path(db_path)))


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2])
