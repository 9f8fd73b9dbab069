"""Proof that the GraphClient honoured every Retry-After: a per-task log of answers and waits.

The client's HTTP session carries an aiohttp trace that notes, in the asyncio task that sent it,
each answer (its client-request-id, status and Retry-Attempt) and each dropped connection; the
client's injected sleep notes each wait in the same task's log, without sleeping. An approval runs
in one task and never sends two requests at once, so in its log every throttled answer (the
emulator's `chaos_events` say which, by client-request-id, with the Retry-After it sent, for the
outer request or the items of a $batch) must be followed by a wait of exactly that many seconds,
unless it was the last attempt the client's retry budget allows.
"""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import aiohttp

from sandbox.graph_emulator import GraphEmulator

_THROTTLED = frozenset({429, 503, 504})


@dataclass(frozen=True)
class Answer:
    """An HTTP answer the client got."""

    client_request_id: str
    status: int
    attempt: int
    batch: bool


@dataclass(frozen=True)
class Dropped:
    """A request whose connection failed."""

    client_request_id: str


@dataclass(frozen=True)
class Wait:
    """One call of the client's sleep."""

    seconds: float


Entry = Answer | Dropped | Wait


@dataclass
class RetryAudit:
    """The verdict: throttled answers, how many were waited out exactly, problems found."""

    throttled: int = 0
    honoured: int = 0
    out_of_retries: int = 0
    backoffs: int = 0
    honoured_waits: Counter[float] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


class TaskLog:
    """Per asyncio task: what the client sent and waited, in order. Use `sleep` and `trace`."""

    def __init__(self) -> None:
        # Keyed by the task itself, which keeps it alive: an id() could be reused.
        self.by_task: dict[object, list[Entry]] = defaultdict(list)

    def _log(self) -> list[Entry]:
        return self.by_task[asyncio.current_task()]

    async def sleep(self, seconds: float) -> None:
        """Stand in for asyncio.sleep: note the wait, return at once."""
        self._log().append(Wait(seconds))

    def trace(self) -> aiohttp.TraceConfig:
        """Return the trace config to give the client's ClientSession."""
        config = aiohttp.TraceConfig()

        async def on_end(_s: Any, _c: SimpleNamespace, params: Any) -> None:
            headers = params.headers
            self._log().append(
                Answer(
                    client_request_id=headers.get("client-request-id", ""),
                    status=params.response.status,
                    attempt=int(headers.get("Retry-Attempt", "0")),
                    batch=params.url.path.endswith("/$batch"),
                )
            )

        async def on_error(_s: Any, _c: SimpleNamespace, params: Any) -> None:
            self._log().append(Dropped(params.headers.get("client-request-id", "")))

        config.on_request_end.append(on_end)
        config.on_request_exception.append(on_error)
        return config

    def audit(self, emu: GraphEmulator, *, max_retries: int, backoff_max: float) -> RetryAudit:
        """Check every task's log against the throttling the emulator's chaos log shows."""
        outer: dict[str, int] = {}
        inner: dict[str, list[int]] = defaultdict(list)
        for event in emu.chaos_events:
            if event.status == 0 or event.retry_after is None:
                continue
            if event.in_batch:
                inner[event.client_request_id].append(event.retry_after)
            else:
                # aiohttp may resend a GET after a drop under the same id; the last answer counts.
                outer[event.client_request_id] = event.retry_after
        audit = RetryAudit()
        for log in self.by_task.values():
            _audit_task(log, outer, inner, audit, max_retries, backoff_max)
        return audit


def _expected_wait(
    entry: Answer, outer: dict[str, int], inner: dict[str, list[int]]
) -> tuple[int, bool] | None:
    """Return (Retry-After to honour, whether it came from $batch items) for a throttled answer."""
    if entry.status in _THROTTLED and entry.client_request_id in outer:
        return outer[entry.client_request_id], False
    if entry.batch and 200 <= entry.status < 300 and entry.client_request_id in inner:
        return max(inner[entry.client_request_id]), True
    return None


def _audit_task(
    log: list[Entry],
    outer: dict[str, int],
    inner: dict[str, list[int]],
    audit: RetryAudit,
    max_retries: int,
    backoff_max: float,
) -> None:
    for index, entry in enumerate(log):
        before = log[index - 1] if index else None
        after = log[index + 1] if index + 1 < len(log) else None
        if isinstance(entry, Wait):
            if isinstance(before, Dropped):
                audit.backoffs += 1
                if not 0 <= entry.seconds <= backoff_max:
                    audit.problems.append(f"a backoff of {entry.seconds} s after a drop")
            elif not (isinstance(before, Answer) and _expected_wait(before, outer, inner)):
                audit.problems.append(f"a wait of {entry.seconds} s after {before}")
            continue
        if not isinstance(entry, Answer):
            continue
        expected = _expected_wait(entry, outer, inner)
        if expected is None:
            continue
        seconds, from_items = expected
        audit.throttled += 1
        if isinstance(after, Wait):
            if after.seconds == seconds:
                audit.honoured += 1
                audit.honoured_waits[after.seconds] += 1
            else:
                audit.problems.append(
                    f"waited {after.seconds} s for Retry-After {seconds}: {entry}"
                )
            continue
        attempt = _batch_attempt(log, index, outer, inner) if from_items else entry.attempt
        if attempt == max_retries:
            audit.out_of_retries += 1
        else:
            audit.problems.append(f"no wait after attempt {attempt} throttled: {entry}")


def _batch_attempt(
    log: list[Entry], index: int, outer: dict[str, int], inner: dict[str, list[int]]
) -> int:
    """Count the earlier rounds of the same $batch chunk whose items were throttled.

    A lost $batch answer is not a round: the client re-sends what is safe to repeat at once (or
    after a backoff), so a drop and the backoff after it are stepped over.
    """
    rounds = 0
    position = index - 1
    while position >= 1:
        if isinstance(log[position], Dropped):
            position -= 1
            continue
        if not isinstance(log[position], Wait):
            break
        earlier = log[position - 1]
        if isinstance(earlier, Dropped):
            position -= 2
            continue
        if not (isinstance(earlier, Answer) and earlier.batch):
            break
        expected = _expected_wait(earlier, outer, inner)
        if expected is None:
            break
        rounds += int(expected[1])
        position -= 2
    return rounds
