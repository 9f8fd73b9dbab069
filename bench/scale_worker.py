"""The service process the scale benchmark measures: `python -m bench.scale_worker CONFIG`.

It runs the real service (`run_service`: Socket Mode, scheduler, runtime) on the given config,
with the Slack tokens in its environment and neither emulators nor fakes loaded, waits until it
is poll-ready, runs the first triage pass, then prints one JSON line (`{"event": "ready", ...}`)
with its resident memory. It then waits for a line on stdin (the
parent delivers new mail meanwhile), times one triage pass (the incremental delta sync and the
classification of what is new), prints `{"event": "done", ...}` and stops. Nothing else is
written to stdout; logs go to stderr.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.process import READY_TIMEOUT, peak_rss_mb, rss_mb
from bot.slack.service import SlackService, run_service
from core.microsoft.auth import StaticTokenProvider


def _say(event: str, **figures: Any) -> None:
    print(json.dumps({"event": event, **figures}), flush=True)


async def _pass(service: SlackService) -> tuple[float, int]:
    """Run one triage pass (again if the scheduler's was running); return (seconds, new)."""
    assert service.assistant is not None
    while True:
        started = time.perf_counter()
        report = await service.assistant.triage()
        if not report.skipped:
            return time.perf_counter() - started, report.new_emails
        await asyncio.sleep(0.1)


async def main(config: Path) -> int:
    """Run the service through the two phases; return its exit status."""
    stop = asyncio.Event()

    async def measure(service: SlackService) -> None:
        try:
            async with asyncio.timeout(READY_TIMEOUT):
                await service.core_ready.wait()
            first_seconds, first_new = await _pass(service)
            _say("ready", rss_mb=rss_mb(), first_pass_seconds=first_seconds, first_new=first_new)
            await asyncio.to_thread(sys.stdin.readline)
            seconds, new = await _pass(service)
            _say("done", rss_mb=rss_mb(), peak_rss_mb=peak_rss_mb(), seconds=seconds, new=new)
        finally:
            stop.set()

    return await run_service(
        config,
        token_provider=StaticTokenProvider("b"),
        stop=stop,
        on_ready=measure,
    )


if __name__ == "__main__":
    sys.exit(asyncio.run(main(Path(sys.argv[1]))))
