"""Claude overloaded (529) or too slow: every email still gets exactly one suggestion.

The real ClaudeClassifier (the anthropic SDK with its own retries) talks to the Anthropic API
emulator inside a real triage pass. Sporadic 529s are retried by the SDK and answered by Claude;
an email whose retries all fail falls back to the heuristic. In an outage (every call 529, or
slower than the client's timeout) the circuit breaker sends the rest of the pass to the
heuristic after three failures, and the next pass gives Claude a fresh chance.
"""

from __future__ import annotations

import random
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from core.config.settings import Secrets
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from core.triage.classifier import build_claude_classifier
from core.triage.claude_client import build_claude_client
from sandbox.anthropic_emulator import (
    AnthropicEmulator,
    ApiError,
    RecordedRequest,
    default_answer,
)
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import RecordingSleep
from tests.faults.helpers_mailbox import sample_settings

pytestmark = pytest.mark.faults

NOW = datetime.now(UTC)
CONCURRENCY = 4
BREAKER = 3  # Claude failures in a row after which the rest of a pass uses the heuristic
_TAG = re.compile(r"\[mail-(\d+)\]")


def deliver(emu: GraphEmulator, start: int, n: int) -> list[str]:
    """Deliver emails tagged [mail-N] (the tag finds each email in Claude's requests)."""
    tags = []
    for i in range(start, start + n):
        emu.add_message(
            subject=f"[mail-{i}] Quarterly figures",
            sender_name=f"Sender {i}",
            sender_address=f"sender{i}@example{i % 5}.com",
            body="Please review the attached figures and reply.",
            received=NOW - timedelta(minutes=i + 1),
        )
        tags.append(f"mail-{i}")
    return tags


@dataclass
class Pass:
    """One triage pass's outcome per email, from the store and the Claude emulator."""

    sources: dict[str, list[str]]
    reasons: dict[str, list[str]]
    calls: dict[str, list[int]]  # statuses of the Claude requests per email, in order


def outcome(db: Path, requests: list[RecordedRequest]) -> Pass:
    """Read the suggestions per email, and map Claude requests (read in full) to emails."""
    sources: dict[str, list[str]] = defaultdict(list)
    reasons: dict[str, list[str]] = defaultdict(list)
    with closing(sqlite3.connect(db)) as conn:
        for subject, classifier, reason in conn.execute(
            "SELECT e.subject, s.classifier, s.reason FROM suggestions s "
            "JOIN emails e ON e.id = s.email_id"
        ):
            found = _TAG.search(subject)
            assert found is not None, subject
            tag = f"mail-{found.group(1)}"
            sources[tag].append(classifier)
            reasons[tag].append(reason)
    calls: dict[str, list[int]] = defaultdict(list)
    for record in requests:
        if record.path == "/v1/messages" and isinstance(record.json, dict):
            found = _TAG.search(str(record.json.get("messages")))
            if found:
                calls[f"mail-{found.group(1)}"].append(record.status)
    return Pass(dict(sources), dict(reasons), dict(calls))


def tally(tags: list[str], result: Pass) -> dict[str, int]:
    per_email = Counter({tag: len(result.sources.get(tag, ())) for tag in tags})
    return {
        "attempted": len(tags),
        "succeeded": sum(n == 1 for n in per_email.values()),
        "duplicated": sum(max(0, n - 1) for n in per_email.values()),
        "lost": sum(n == 0 for n in per_email.values()),
    }


@asynccontextmanager
async def triage_with_claude(
    tmp_path: Path, claude: AnthropicEmulator, graph: GraphEmulator, **classifier: Any
) -> AsyncIterator[Runtime]:
    """A runtime whose primary classifier is the real ClaudeClassifier on the emulator."""
    async with graph.serve(), claude.serve() as claude_url, aiohttp.ClientSession() as session:
        settings = sample_settings(
            graph.base_url,
            tmp_path / "claude.db",
            base_url=claude_url,
            concurrency=CONCURRENCY,
            **classifier,
        )
        primary = build_claude_classifier(settings, build_claude_client(settings, "sk-ant-faults"))
        runtime = await build_runtime(
            settings,
            Secrets(),
            token_provider=StaticTokenProvider("t"),
            session=session,
            graph_sleep=RecordingSleep(),
            classifier=primary,
        )
        try:
            yield runtime
        finally:
            await primary.aclose()
            await runtime.store.close()


async def test_sporadic_529s_are_retried_and_no_email_is_lost(tmp_path, scoreboard):
    graph, claude = GraphEmulator(), AnthropicEmulator()
    tags = deliver(graph, 0, 40)
    rng = random.Random(529)

    def flaky(request: dict[str, Any]) -> Any:
        return ApiError.overloaded() if rng.random() < 0.35 else default_answer(request)

    claude.enqueue(*([flaky] * 500))
    async with triage_with_claude(tmp_path, claude, graph, max_retries=2) as runtime:
        report = await runtime.triage.refresh()
    result = outcome(tmp_path / "claude.db", claude.requests)

    counts = tally(tags, result)
    retried = [t for t, calls in result.calls.items() if calls[0] == 529 and calls[-1] == 200]
    fell_back = [t for t in tags if result.sources.get(t) == ["heuristic"]]
    score = scoreboard.scenario("Claude 529s (sporadic)").add(
        **counts,
        **{
            "529s served": sum(calls.count(529) for calls in result.calls.values()),
            "Claude after a retry": len(retried),
            "heuristic fallbacks": len(fell_back),
        },
    )

    assert counts["succeeded"] == len(tags) and report.failures == 0
    assert retried, "some emails were answered by Claude on the SDK's retry"
    assert all(result.calls[t] == [529, 529, 529] for t in fell_back)
    assert all("Claude unavailable" in result.reasons[t][0] for t in fell_back)
    claude_answered = [t for t in tags if result.sources.get(t, [""])[0].startswith("claude:")]
    assert all(result.calls[t][-1] == 200 for t in claude_answered)
    assert len(claude_answered) + len(fell_back) == len(tags)
    score.assert_clean()


OUTAGES: dict[str, tuple[dict[str, Any], float, bool]] = {
    # classifier settings, emulator latency (s), whether the API answers 529
    "every call 529": ({"max_retries": 1}, 0.0, True),
    "every call too slow": ({"max_retries": 0, "timeout_seconds": 0.3}, 0.8, False),
}


@pytest.mark.parametrize("outage", list(OUTAGES))
async def test_an_outage_trips_the_breaker_and_the_next_pass_asks_claude_again(
    tmp_path, scoreboard, outage
):
    classifier, latency, overloaded = OUTAGES[outage]
    graph, claude = GraphEmulator(), AnthropicEmulator(latency=latency)
    tags = deliver(graph, 0, 24)
    down = [overloaded]

    def answer(request: dict[str, Any]) -> Any:
        return ApiError.overloaded() if down[0] else default_answer(request)

    claude.enqueue(*([answer] * 100))
    async with triage_with_claude(tmp_path, claude, graph, **classifier) as runtime:
        during = await runtime.triage.refresh()
        # Recorded on arrival; a slow request's body is read once its delay has passed.
        outage_requests = len(claude.requests)
        claude.latency, down[0] = 0.0, False  # the outage is over
        later = deliver(graph, 100, 6)
        after = await runtime.triage.refresh()
    # Leaving the block waited for every request the emulator still held.
    result = outcome(tmp_path / "claude.db", claude.requests)
    in_outage = outcome(tmp_path / "claude.db", claude.requests[:outage_requests])

    counts = tally(tags + later, result)
    asked = [t for t in tags if t in in_outage.calls]
    score = scoreboard.scenario(f"Claude outage: {outage}").add(
        **counts,
        **{
            "emails Claude was asked about": len(asked),
            "Claude requests": sum(len(c) for c in in_outage.calls.values()),
            "heuristic answers": sum(result.sources.get(t) == ["heuristic"] for t in tags),
        },
    )

    assert counts["succeeded"] == len(tags) + len(later)
    assert during.by_source == {"heuristic": len(tags)}
    assert all("Claude unavailable" in result.reasons[t][0] for t in tags)
    # Three failures trip the breaker; only emails already in flight were still sent to Claude.
    assert BREAKER <= len(asked) <= BREAKER + CONCURRENCY - 1
    assert after.by_source == {"claude": len(later)}, "the next pass asks Claude again"
    score.assert_clean()
