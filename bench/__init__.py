"""The benchmark suite: `uv run python -m bench [--only NAME] [--quick] [--json PATH]`.

Every benchmark runs the real code against the in-process emulators (Graph, the Claude API, the
Slack emulator) with injected latency, by default 0.1 s per Graph request and 0.8 s
per Claude call (`--graph-latency`, `--claude-latency`), and measures a baseline in the same run
so each ratio means something:

- ingest: Graph requests and wall time to store 1,000 new emails (delta vs list + GET each);
- approval: round trips and wall time per approval, alone and 50 in a row (vs 5 sequential calls);
- classification: cached and uncached tokens per email, cost per 1,000 emails, and the time to
  triage a 1,000-email backlog (vs sequential, uncached, and vs the concurrency-limited ideal);
- slack: ack latency p50/p99 of 50 Approve clicks at once while Graph is slow (vs ack after work);
- scale: the service's memory, one sync pass and the database size with 100,000 stored emails;
- startup: `run` to Slack connected and to poll-ready (restart vs first start);
- latency: a new email's time to its Slack card, p50/p95, and the Graph requests a day of idle
  polling costs (the default 30 s poll vs the old 5 minutes), time-scaled;
- task_sync: requests per idle task-sync pass for To Do and Todoist (vs reading each of 50
  followed tasks), and a full resync's requests.
- backends: the requests one approval costs with Todoist beside To Do (Graph round trips
  plus Todoist requests).
- calendars: `today` over Outlook and Google Calendar, cold and warm (vs asking the providers one
  after the other), and free-slot search over a month of a busy calendar (requests vs reading
  every event; time per search vs a 5-minute scan).

It prints a Markdown table and writes JSON (default bench/results/latest.json). `--quick`
shrinks every size for a smoke run. A full run takes about 10 minutes, most of it the Claude
backlog (1,000 calls at 0.8 s, 4 at once: at least 200 s), the latency run (30 emails followed one
at a time: about 130 s) and the naive ingest (1,020 sequential requests).
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bench.common loads the emulators; the scale worker must not
    from bench.common import BenchResult, Options

# name -> module with `async def run(options) -> BenchResult`; imported only when run, so the
# scale worker (a service process whose memory is measured) loads none of the others.
BENCHMARKS: dict[str, str] = {
    "ingest": "bench.ingest",
    "approval": "bench.approval",
    "classification": "bench.classification",
    "slack": "bench.slack",
    "scale": "bench.scale",
    "startup": "bench.startup",
    "latency": "bench.latency",
    "task_sync": "bench.task_sync",
    "backends": "bench.task_backends",
    "calendars": "bench.calendars",
}
DEFAULT_JSON: Path = Path(__file__).resolve().parent / "results" / "latest.json"


async def run_benchmark(name: str, options: Options) -> BenchResult:
    """Run one benchmark by name; its `seconds` is set to how long it ran."""
    module = importlib.import_module(BENCHMARKS[name])
    started = time.perf_counter()
    result: BenchResult = await module.run(options)
    result.seconds = time.perf_counter() - started
    return result


async def run_suite(
    options: Options,
    names: Sequence[str] | None = None,
    *,
    progress: Callable[[str, float], None] | None = None,
) -> list[BenchResult]:
    """Run the named benchmarks (all by default) one after another; return their results."""
    chosen = list(names or BENCHMARKS)
    for name in chosen:  # all imported first: a broken one fails before minutes of work
        importlib.import_module(BENCHMARKS[name])
    results = []
    for name in chosen:
        result = await run_benchmark(name, options)
        if progress is not None:
            progress(name, result.seconds)
        results.append(result)
    return results
