"""Microsoft identity: token providers for the Graph client.

The Graph client depends only on the `TokenProvider` protocol (one async method), so tests and
`GRAPH_ACCESS_TOKEN` pass a static token while production uses MSAL's device-code flow.
"""

from __future__ import annotations

from typing import Protocol


class TokenProvider(Protocol):
    """Hands out a bearer token for Microsoft Graph."""

    async def get_token(self) -> str:
        """Return a currently valid access token, refreshing or signing in as needed."""
        ...


class StaticTokenProvider:
    """A ready bearer token (GRAPH_ACCESS_TOKEN, sandboxes, tests); never refreshed."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "StaticTokenProvider(token=<redacted>)"

    async def get_token(self) -> str:
        """Return the fixed token."""
        return self._token
