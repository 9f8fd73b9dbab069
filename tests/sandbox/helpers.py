"""Helpers for the emulator's own tests: an aiohttp wrapper and message factories."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp

from sandbox.graph_emulator import EmulatedMessage, GraphEmulator


@dataclass
class Reply:
    """What the emulator answered."""

    status: int
    headers: Mapping[str, str]
    body: Any

    @property
    def code(self) -> str | None:
        """Return the Graph error code, if this is an error."""
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), dict):
            return self.body["error"].get("code")
        return None


class Http:
    """Send requests to the emulator with a bearer token; paths are relative to /v1.0."""

    def __init__(self, session: aiohttp.ClientSession, emu: GraphEmulator) -> None:
        self.session = session
        self.emu = emu

    async def __call__(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        auth: bool = True,
    ) -> Reply:
        url = path if path.startswith("http") else self.emu.base_url + path
        sent = {"Authorization": "Bearer test-token"} if auth else {}
        sent.update(headers or {})
        async with self.session.request(
            method, url, json=json, headers=sent, params=params
        ) as response:
            body = await response.json() if response.status != 204 else None
            return Reply(response.status, response.headers, body)

    async def get(self, path: str, **kwargs: Any) -> Reply:
        """GET a path or absolute link."""
        return await self("GET", path, **kwargs)

    async def post(self, path: str, json: Any = None, **kwargs: Any) -> Reply:
        """POST a JSON body."""
        return await self("POST", path, json=json, **kwargs)

    async def patch(self, path: str, json: Any = None, **kwargs: Any) -> Reply:
        """PATCH a JSON body."""
        return await self("PATCH", path, json=json, **kwargs)


IMMUTABLE = {"Prefer": 'IdType="ImmutableId"'}


def add(emu: GraphEmulator, folder: str = "Inbox", n: int = 1) -> list[EmulatedMessage]:
    """Deliver `n` simple messages."""
    return [
        emu.add_message(
            folder,
            subject=f"message {i}",
            sender_name="Ada Sender",
            sender_address="ada@example.com",
            body=f"body {i}",
        )
        for i in range(n)
    ]
