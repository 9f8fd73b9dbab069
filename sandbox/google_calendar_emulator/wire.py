"""What a route receives and returns, and what the request log keeps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Reply:
    """A successful (or canned) answer: status, JSON body (None: empty) and headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Call:
    """One API request as a route sees it: path parameters, query, JSON body, granted scopes."""

    method: str
    params: dict[str, str]
    query: dict[str, str]
    body: Any


@dataclass
class RecordedRequest:
    """One request as the emulator saw it and the status it answered (0: connection dropped)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    form: dict[str, str] | None = None
    status: int = 0
    method_id: str | None = None

    def header(self, name: str) -> str | None:
        """Return a header's value, matching the name case-insensitively."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)
