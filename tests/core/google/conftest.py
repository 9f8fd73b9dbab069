"""The Google Calendar emulator (bodies checked against the discovery document) and our
provider, transport and token file pointed at it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from core.google.auth import StaticGoogleToken
from core.google.calendar import GoogleCalendarProvider
from core.google.transport import GoogleApi
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from tests.conftest import RecordingSleep


@dataclass
class ActionLog:
    """Stands in for the store's log_action: keeps each row it is given."""

    rows: list[dict[str, Any]] = field(default_factory=list)

    async def __call__(self, action: str, **fields: Any) -> int:
        self.rows.append({"action": action, **fields})
        return len(self.rows)


@pytest.fixture
def action_log() -> ActionLog:
    return ActionLog()


@pytest.fixture
def api(
    gcal: GoogleCalendarEmulator, http_session: aiohttp.ClientSession, sleeps: RecordingSleep
) -> GoogleApi:
    return GoogleApi(http_session, StaticGoogleToken(gcal.grant()), gcal.api_url, sleep=sleeps)


@pytest.fixture
def provider(api: GoogleApi, action_log: ActionLog) -> GoogleCalendarProvider:
    return GoogleCalendarProvider(api, ("primary",), log_action=action_log)


@pytest.fixture
def token_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "google_token.json"
