"""Google Calendar's discovery document (kept in tests/schemas/) and an HTTP helper for the
Google Calendar emulator's tests.

`running()` serves an emulator that checks request bodies against the discovery document, with
an aiohttp session and a token for the product's scopes; a missing document raises (a check
that cannot run fails, it never passes).
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp

from sandbox.google_calendar_emulator import BodyRules, GoogleCalendarEmulator
from tests.sandbox import helpers

DISCOVERY_PATH = Path(__file__).resolve().parent / "schemas/google-calendar-v3.discovery.json"


class Reply(helpers.Reply):
    """What the emulator answered, with Google's error reason."""

    @property
    def reason(self) -> str | None:
        """The first `errors[].reason` of a Google error body."""
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), dict):
            return self.body["error"]["errors"][0]["reason"]
        return None


class GoogleHttp:
    """Calls the emulated API with a bearer token; paths are relative to /calendar/v3."""

    def __init__(self, session: aiohttp.ClientSession, emu: GoogleCalendarEmulator) -> None:
        self.session = session
        self.emu = emu
        self.token: str | None = emu.grant()

    async def __call__(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        token: str | None = None,
    ) -> Reply:
        bearer = token or self.token
        headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
        url = self.emu.api_url + path
        async with self.session.request(
            method, url, json=json, params=params, headers=headers
        ) as response:
            if response.status == 204:
                body = None
            elif response.content_type == "application/json":
                body = await response.json()
            else:  # Google's front end answers an unknown path with a page, not JSON
                body = await response.text()
            return Reply(response.status, response.headers, body)

    async def events(
        self, calendar: str = "primary", *, token: str | None = None, **params: str
    ) -> Reply:
        """GET calendars/{calendar}/events with query parameters (and another token)."""
        return await self("GET", f"/calendars/{calendar}/events", params=params, token=token)

    async def all_pages(self, calendar: str = "primary", **params: str) -> list[Reply]:
        """Follow nextPageToken to the end; every page's reply, in order."""
        pages = [await self.events(calendar, **params)]
        while "nextPageToken" in pages[-1].body:
            pages.append(await self.events(calendar, pageToken=pages[-1].body["nextPageToken"]))
        return pages


@functools.cache
def body_rules() -> BodyRules:
    """The vendored document, read once per process (a missing file raises)."""
    return BodyRules(DISCOVERY_PATH)


@asynccontextmanager
async def running(
    *, discovery: Path | None = DISCOVERY_PATH
) -> AsyncIterator[tuple[GoogleCalendarEmulator, GoogleHttp]]:
    """A served emulator (checking bodies against the discovery document) and a client for it."""
    emu = GoogleCalendarEmulator(
        discovery=body_rules() if discovery == DISCOVERY_PATH else discovery
    )
    async with emu.serve(), aiohttp.ClientSession() as session:
        yield emu, GoogleHttp(session, emu)
