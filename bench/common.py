"""What every benchmark shares: options and sizes, result rows, the config, emails, counters.

Benchmarks build the real pieces (`build_runtime`, `run_service`, the Slack app) from a copy of
`sandbox/sample_config.yaml` pointed at in-process emulators, so the taxonomy, the prompt and the
model are the ones the demo uses. The fake Slack comes from sandbox/slack_emulator, the same one
the tests use, rather than a second copy of it here.
"""

from __future__ import annotations

import math
import statistics
import tempfile
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from ruamel.yaml import YAML

from sandbox.graph_emulator import EmulatedMessage, GraphEmulator
from sandbox.sample_mailbox import SAMPLE_CONFIG, SAMPLE_EMAILS, SampleEmail

REPO_ROOT = Path(__file__).resolve().parents[1]
ANTHROPIC_KEY = "sk-ant-bench"
ACTOR = "bench"

Compare = Literal["times", "overhead", "none"]


class BenchError(RuntimeError):
    """Raised when a benchmark's work did not do what it should (so its figures mean nothing)."""


@dataclass(frozen=True)
class Sizes:
    """How much work each benchmark does."""

    ingest_emails: int = 1000
    approvals: int = 50
    backlog: int = 1000
    naive_backlog: int = 100  # the sequential baseline runs on this many, then scales up
    clicks: int = 50
    scale_emails: int = 100_000
    scale_new: int = 5
    latency_emails: int = 30
    idle_polls: int = 10


FULL = Sizes()
QUICK = Sizes(
    ingest_emails=20,
    approvals=3,
    backlog=8,
    naive_backlog=4,
    clicks=3,
    scale_emails=300,
    scale_new=2,
    latency_emails=2,
    idle_polls=2,
)


@dataclass(frozen=True)
class Options:
    """One run's settings: emulator latencies and sizes."""

    graph_latency: float = 0.1
    claude_latency: float = 0.8
    quick: bool = False

    @property
    def sizes(self) -> Sizes:
        """Return the sizes for this run (`--quick` shrinks every one)."""
        return QUICK if self.quick else FULL


@dataclass(frozen=True)
class Row:
    """One figure: ours beside its baseline (`kind` says what the baseline is)."""

    measure: str
    ours: float
    baseline: float | None
    unit: str
    kind: str = "naive"
    compare: Compare = "times"

    @property
    def ratio(self) -> float | None:
        """Return baseline / ours ("times"), ours / baseline - 1 ("overhead"), or None."""
        if self.baseline is None or self.compare == "none":
            return None
        if self.compare == "overhead":
            return self.ours / self.baseline - 1 if self.baseline else None
        return self.baseline / self.ours if self.ours else None


@dataclass
class BenchResult:
    """What one benchmark measured: table rows, notes for the reader, raw details for JSON."""

    name: str
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


# ---- config and workspace -------------------------------------------------------------------


@asynccontextmanager
async def workspace() -> AsyncIterator[Path]:
    """Yield a temporary directory for a config and a database, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="bench-") as path:
        yield Path(path)


def write_config(
    directory: Path,
    *,
    graph_url: str,
    slack_url: str | None = None,
    claude_url: str | None = None,
    owner: str = "U0123ABCDEF",
    db_name: str = "bench.db",
    triage: Mapping[str, Any] | None = None,
) -> Path:
    """Write the sample config pointed at the emulators into `directory`; return its path.

    `triage` overrides keys of the triage section (None writes null: the key is not set).
    """
    yaml = YAML(typ="safe")
    data: dict[str, Any] = yaml.load(SAMPLE_CONFIG.read_text())
    data["graph"]["base_url"] = graph_url
    data["storage"]["path"] = str(directory / db_name)
    data["auth"]["token_cache_path"] = str(directory / "token_cache.json")
    data["slack"]["owner_user_ids"] = [owner]
    if slack_url is not None:
        data["slack"]["api_base_url"] = slack_url
    if claude_url is not None:
        data["classifier"]["base_url"] = claude_url
    data["triage"].update(triage or {})
    data["log_level"] = "WARNING"
    path = directory / "config.yaml"
    with path.open("w") as out:
        yaml.dump(data, out)
    return path


# ---- emails ---------------------------------------------------------------------------------

INBOX_SAMPLES: tuple[SampleEmail, ...] = tuple(e for e in SAMPLE_EMAILS if e.folder == "Inbox")


def deliver(
    graph: GraphEmulator,
    count: int,
    *,
    newest: datetime | None = None,
    spacing: timedelta = timedelta(seconds=20),
    tag: str = "",
) -> list[EmulatedMessage]:
    """Deliver `count` Inbox emails cycled from the sample mailbox, newest first in time.

    Each gets its own conversation and a numbered subject, so no two are the same email and
    none inherits another's triage.
    """
    start = newest or datetime.now(UTC)
    return [
        deliver_sample(graph, i, f"({tag}{i})", received=start - spacing * (i + 1))
        for i in range(count)
    ]


def deliver_sample(
    graph: GraphEmulator, index: int, suffix: str, *, received: datetime | None = None
) -> EmulatedMessage:
    """Deliver the `index`-th Inbox sample (cycled) with `suffix` after its subject."""
    sample = INBOX_SAMPLES[index % len(INBOX_SAMPLES)]
    return graph.add_message(
        subject=f"{sample.subject} {suffix}",
        sender_name=sample.sender_name,
        sender_address=sample.sender_address,
        body=sample.body,
        received=received,
        headers=sample.headers,
        importance=sample.importance,
        to=sample.to,
    )


def segment(item_id: str) -> str:
    """Quote a Graph id for a URL path, as core.microsoft.mail does."""
    return quote(item_id, safe="=+")


# ---- measuring ------------------------------------------------------------------------------


def round_trips(graph: GraphEmulator, since: int) -> int:
    """Count the HTTP requests Graph received after log position `since` ($batch counts once)."""
    return sum(1 for r in graph.requests[since:] if not r.in_batch)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Return the nearest-rank percentile (0 < fraction <= 1) of `values`."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    """Return the median, 0.0 for no values."""
    return float(statistics.median(values)) if values else 0.0
