"""Pages of a list reply: a snapshot cut into pages, the sync token on the last one."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from .errors import bad_request


@dataclass
class Snapshot:
    """A list's full result, taken at the first page so later pages stay stable."""

    envelope: dict[str, Any]
    items: list[dict[str, Any]]
    page_size: int
    next_sync_token: str | None


@dataclass
class Pager:
    """Issued page tokens and the cap that makes pages short (as Google's may be)."""

    # Serve at most this many items a page whatever maxResults says (None: maxResults rules).
    page_size_cap: int | None = None
    cursors: dict[str, tuple[Snapshot, int]] = field(default_factory=dict)

    def first(self, snapshot: Snapshot) -> dict[str, Any]:
        """The first page of a new snapshot."""
        return self._page(snapshot, 0)

    def next(self, page_token: str) -> dict[str, Any]:
        """The page a token points to (tokens stay valid, so a retried page is the same)."""
        if page_token not in self.cursors:
            raise bad_request("Invalid page token value.", location="pageToken")
        snapshot, offset = self.cursors[page_token]
        return self._page(snapshot, offset)

    def _page(self, snapshot: Snapshot, offset: int) -> dict[str, Any]:
        size = snapshot.page_size
        if self.page_size_cap is not None:
            size = min(size, self.page_size_cap)
        end = offset + size
        reply = dict(snapshot.envelope)
        reply["items"] = snapshot.items[offset:end]
        if end < len(snapshot.items):
            token = secrets.token_urlsafe(16)
            self.cursors[token] = (snapshot, end)
            reply["nextPageToken"] = token
        elif snapshot.next_sync_token is not None:
            reply["nextSyncToken"] = snapshot.next_sync_token
        return reply


def page_size(query: dict[str, str], *, default: int, maximum: int) -> int:
    """maxResults: a positive integer, silently capped at the method's maximum."""
    text = query.get("maxResults")
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError as exc:
        raise bad_request(
            f"Invalid value '{text}'. Values must match the following regular expression: '-?\\d+'",
            location="maxResults",
        ) from exc
    if value < 1:
        raise bad_request("Invalid value for: maxResults", location="maxResults")
    return min(value, maximum)
