"""Fixtures for the calendar tests: the Outlook provider over HTTP against the Graph emulator."""

from __future__ import annotations

from typing import Any

import pytest

from core.microsoft.calendar import OutlookCalendarProvider
from core.microsoft.graph import GraphClient
from sandbox.graph_emulator import GraphEmulator, RecordedRequest

BERLIN = "Europe/Berlin"


class ActionRecorder:
    """Stands in for Store.log_action: keeps every row a provider writes."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    async def __call__(self, action: str, **fields: Any) -> int:
        self.rows.append({"action": action, **fields})
        return len(self.rows)


@pytest.fixture
def actions() -> ActionRecorder:
    return ActionRecorder()


@pytest.fixture
def outlook(graph: GraphClient, actions: ActionRecorder) -> OutlookCalendarProvider:
    """The provider for a mailbox in Berlin, reading the default calendar."""
    return OutlookCalendarProvider(graph, BERLIN, log_action=actions)


def calendar_requests(emulator: GraphEmulator, method: str = "GET") -> list[RecordedRequest]:
    """The requests our code sent to calendar routes with a method."""
    return [
        r
        for r in emulator.requests
        if r.method == method and ("/calendar" in r.path or "/events" in r.path)
    ]
