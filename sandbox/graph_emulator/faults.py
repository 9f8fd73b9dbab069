"""Injected faults: canned responses, throttling and dropped connections, matched per request."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .wire import GraphFault, GraphReply, status_fault


@dataclass
class FaultRule:
    """Let `after` matching requests through, then answer `times` of them with a canned status."""

    method: str
    pattern: re.Pattern[str]
    status: int
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1
    drop: bool = False
    after: int = 0

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
    ) -> None:
        """Queue a rule."""
        pattern = re.compile(path_regex)
        self.rules.append(
            FaultRule(method, pattern, status, body, dict(headers or {}), times, drop, after)
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
