"""Todoist API v1 on the wire: the error body, the 410 text of the retired APIs, opaque cursors.

The error body `{error, error_code, error_extra, error_tag, http_code}` is what Todoist sends
(see the package docstring for the sources); the `error_code` numbers the emulator uses are its
own choice, clients key on `error_tag` and the HTTP status.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import Any

# Tag -> error_code. The tags match Todoist's; the numbers are the emulator's.
ERROR_CODES: dict[str, int] = {
    "ARGUMENT_MISSING": 19,
    "INVALID_ARGUMENT_VALUE": 20,
    "AUTH_INVALID_TOKEN": 401,
    "NOT_FOUND": 404,
    "INVALID_SYNC_TOKEN": 35,
    "TOO_MANY_REQUESTS": 429,
    "SERVICE_UNAVAILABLE": 503,
    "GATEWAY_TIMEOUT": 504,
    "INTERNAL_SERVER_ERROR": 500,
    "BAD_GATEWAY": 502,
}

# What /rest/v2 and /sync/v9 answer since 2026-02-10 (HTTP 410, text/plain).
GONE_TEXT = (
    "This endpoint is deprecated.\n\n"
    "If you're using the API directly, please update your use case to rely\n"
    "on the new API endpoints, available under /api/v1/ prefixes.\n\n"
    "For more details, please see documentation at https://developer.todoist.com/\n"
)
RETIRED_PREFIXES = ("/rest/", "/sync/v")

_STATUS_TAGS = {
    401: "AUTH_INVALID_TOKEN",
    404: "NOT_FOUND",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}


@dataclass
class TodoistFault(Exception):
    """An error answer: raised by a handler, rendered once by the app."""

    status: int
    tag: str
    message: str
    extra: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        """The v1 error body."""
        return error_body(self.status, self.tag, self.message, self.extra)


def error_body(status: int, tag: str, message: str, extra: dict[str, Any]) -> dict[str, Any]:
    """Build Todoist's error object (also used per command in a sync_status)."""
    return {
        "error": message,
        "error_code": ERROR_CODES.get(tag, status),
        "error_extra": dict(extra),
        "error_tag": tag,
        "http_code": status,
    }


def status_fault(status: int, *, retry_after: int | None = None) -> TodoistFault:
    """A canned fault for an HTTP status, with Retry-After in the header and the body."""
    tag = _STATUS_TAGS.get(status, "INVALID_ARGUMENT_VALUE" if status < 500 else "SERVER_ERROR")
    extra: dict[str, Any] = {}
    headers: dict[str, str] = {}
    if retry_after is not None:
        extra["retry_after"] = retry_after
        headers["Retry-After"] = str(retry_after)
    return TodoistFault(status, tag, f"Emulated HTTP {status}", extra, headers)


def invalid_argument(argument: str, message: str) -> TodoistFault:
    """A 400 naming the argument that is wrong."""
    return TodoistFault(400, "INVALID_ARGUMENT_VALUE", message, {"argument": argument})


def missing_argument(argument: str) -> TodoistFault:
    """A 400 for a required argument that was not sent."""
    return TodoistFault(
        400, "ARGUMENT_MISSING", f"Required argument is missing: {argument}", {"argument": argument}
    )


def not_found(kind: str) -> TodoistFault:
    """A 404 for an unknown or deleted object."""
    return TodoistFault(404, "NOT_FOUND", f"{kind} not found")


def encode_cursor(offset: int, fingerprint: str) -> str:
    """An opaque cursor bound to the listing's parameters (clients must not parse it)."""
    raw = json.dumps({"o": offset, "k": fingerprint}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, fingerprint: str) -> int:
    """The offset a cursor stands for; a 400 if it is garbage or from other parameters."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        offset = int(data["o"])
        same_listing = data["k"] == fingerprint
    except (ValueError, KeyError, TypeError, binascii.Error) as err:
        raise invalid_argument("cursor", "Invalid cursor") from err
    if not same_listing or offset < 0:
        raise invalid_argument("cursor", "Cursor does not belong to these parameters")
    return offset
