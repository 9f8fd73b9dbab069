"""Injected faults: canned responses, throttling and dropped connections, matched per request.

Rules (`FaultBook`) answer requests that match a method and path, in the order they were added.
A rule `after_applying` lets the request take effect first and then loses its answer (a 504 or
a dropped connection), as a gateway timing out on a write Outlook completed does.
`Chaos` adds seeded random faults on top, for storms: each matching request that no rule took
is throttled (429/503 with Retry-After) or has its connection dropped with a fixed probability.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .wire import GraphFault, GraphReply, status_fault


@dataclass
class FaultRule:
    """Let `after` matching requests through, then answer `times` of them with a canned status.

    With `after_applying` the request is carried out first and only its answer is replaced.
    """

    method: str
    pattern: re.Pattern[str]
    status: int
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1
    drop: bool = False
    after: int = 0
    after_applying: bool = False

    def matches(self, method: str, path: str) -> bool:
        """Tell whether this rule applies to a request."""
        return (
            self.times > 0
            and (self.method == "*" or self.method.upper() == method.upper())
            and self.pattern.search(path) is not None
        )


class FaultBook:
    """The list of pending fault rules, consumed in the order they were added."""

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []

    def add(
        self,
        method: str,
        path_regex: str,
        *,
        status: int,
        body: dict[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        times: int = 1,
        drop: bool = False,
        after: int = 0,
        after_applying: bool = False,
    ) -> None:
        """Queue a rule."""
        pattern = re.compile(path_regex)
        self.rules.append(
            FaultRule(
                method,
                pattern,
                status,
                body,
                dict(headers or {}),
                times,
                drop,
                after,
                after_applying,
            )
        )

    def take(self, method: str, path: str) -> FaultRule | None:
        """Return (and use up one shot of) the first rule matching a request."""
        for rule in self.rules:
            if not rule.matches(method, path):
                continue
            if rule.after > 0:
                rule.after -= 1
                continue
            rule.times -= 1
            return rule
        return None


def canned_reply(rule: FaultRule) -> GraphReply | GraphFault:
    """Turn a rule into either a literal reply or a Graph-shaped error to render."""
    if rule.body is not None or rule.status < 400:
        return GraphReply(rule.status, rule.body, dict(rule.headers))
    return status_fault(rule.status, rule.headers)


@dataclass(frozen=True)
class ChaosEvent:
    """One fault chaos mode chose; `client_request_id` is the carrying HTTP request's."""

    method: str
    path: str
    in_batch: bool
    status: int  # 0: the connection was dropped
    retry_after: int | None
    client_request_id: str


class Chaos:
    """Seeded random faults on matching requests, outer or inside a $batch."""

    def __init__(
        self,
        *,
        rate: float,
        statuses: Sequence[int],
        retry_after: tuple[int, int],
        drop_rate: float,
        seed: int,
        method: str,
        path_regex: str,
    ) -> None:
        low, high = retry_after
        if not (0 <= rate <= 1 and 0 <= drop_rate <= 1 and rate + drop_rate <= 1):
            raise ValueError(f"chaos rates must add up to at most 1: {rate} + {drop_rate}")
        if rate and not statuses:
            raise ValueError("chaos needs at least one status to answer with")
        if not 0 <= low <= high:
            raise ValueError(f"chaos retry_after needs 0 <= low <= high, not {retry_after}")
        self.rate = rate
        self.statuses = tuple(statuses)
        self.retry_after = (low, high)
        self.drop_rate = drop_rate
        self.method = method
        self.pattern = re.compile(path_regex)
        self._random = random.Random(seed)

    def draw(self, method: str, path: str) -> FaultRule | None:
        """Roll for one request: a throttling rule, a dropped connection, or None (no fault)."""
        if not (self.method == "*" or self.method.upper() == method.upper()):
            return None
        if self.pattern.search(path) is None:
            return None
        roll = self._random.random()
        if roll < self.drop_rate:
            return FaultRule(method, self.pattern, status=0, drop=True)
        if roll >= self.drop_rate + self.rate:
            return None
        status = self._random.choice(self.statuses)
        wait = self._random.randint(*self.retry_after)
        return FaultRule(method, self.pattern, status, headers={"Retry-After": str(wait)})
