"""Wire-level building blocks shared by every route: requests, replies, Graph errors, ids, times."""

from __future__ import annotations

import base64
import functools
import json
import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from multidict import CIMultiDict, CIMultiDictProxy

JSON_CONTENT_TYPE = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8"


@dataclass
class RecordedRequest:
    """One request as the emulator saw it: what our code sent and the status it got.

    `status` is 0 when the emulator dropped the connection instead of answering.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    in_batch: bool
    status: int = 0

    def header(self, name: str) -> str | None:
        """Return a header's value, matching the name case-insensitively."""
        wanted = name.lower()
        for key, value in self.headers.items():
            if key.lower() == wanted:
                return value
        return None


@dataclass
class GraphRequest:
    """A request inside the emulator, the same shape for outer HTTP and inner $batch requests."""

    method: str
    path: str
    query: dict[str, str]
    headers: CIMultiDictProxy[str]
    json: Any
    base_url: str
    in_batch: bool = False
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    client_request_id: str = ""

    def __post_init__(self) -> None:
        self.client_request_id = self.headers.get("client-request-id") or self.request_id

    def prefer(self) -> dict[str, str]:
        """Return every Prefer header as {lowercased key: unquoted value}."""
        return self._prefs

    @functools.cached_property
    def _prefs(self) -> dict[str, str]:
        prefs: dict[str, str] = {}
        for raw in self.headers.getall("Prefer", []):
            for part in raw.split(","):
                key, _, value = part.strip().partition("=")
                if key:
                    prefs[key.strip().lower()] = value.strip().strip('"')
        return prefs

    @property
    def immutable_ids(self) -> bool:
        """Tell whether this request asked for immutable ids (Prefer: IdType="ImmutableId")."""
        return self.prefer().get("idtype", "").lower() == "immutableid"

    @property
    def text_body(self) -> bool:
        """Tell whether bodies should come back as text rather than HTML."""
        return self.prefer().get("outlook.body-content-type", "").lower() == "text"

    def link(self, path: str) -> str:
        """Build an absolute link on the host this request came in on."""
        return f"{self.base_url}{path}"


@dataclass
class GraphReply:
    """A response before it is written to the wire (or into a $batch response item)."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class GraphFault(Exception):
    """Raised by a route to answer with a Graph-shaped error."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        headers: Mapping[str, str] | None = None,
        inner_code: str | None = None,
        inner_message: str | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        self.inner_code = inner_code
        self.inner_message = inner_message


class DropConnection(Exception):
    """Raised to close the client's connection without sending any response."""


def fault_reply(fault: GraphFault, request_id: str, client_request_id: str) -> GraphReply:
    """Render a GraphFault as Graph's error envelope."""
    inner: dict[str, Any] = {}
    if fault.inner_code:
        inner["code"] = fault.inner_code
    if fault.inner_message:
        inner["message"] = fault.inner_message
    inner |= {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "request-id": request_id,
        "client-request-id": client_request_id,
    }
    body = {"error": {"code": fault.code, "message": fault.message, "innerError": inner}}
    return GraphReply(fault.status, body, dict(fault.headers))


# Generic error codes for statuses injected without a body.
STATUS_CODES: dict[int, tuple[str, str]] = {
    400: ("BadRequest", "The request is malformed or incorrect."),
    401: ("InvalidAuthenticationToken", "Access token validation failure."),
    403: ("ErrorAccessDenied", "Access is denied. Check credentials and try again."),
    404: ("ErrorItemNotFound", "The specified object was not found in the store."),
    409: ("Conflict", "The request conflicts with the current state of the resource."),
    410: ("SyncStateNotFound", "The sync state generation is not found."),
    412: ("ErrorIrresolvableConflict", "The send or update operation could not be performed."),
    429: ("TooManyRequests", "Too many requests."),
    500: ("InternalServerError", "An internal server error occurred."),
    502: ("BadGateway", "The service is unreachable."),
    503: ("ServiceUnavailable", "The service is temporarily unavailable."),
    504: ("GatewayTimeout", "The request timed out."),
}


def status_fault(status: int, headers: Mapping[str, str] | None = None) -> GraphFault:
    """Build the generic Graph error for a status."""
    code, message = STATUS_CODES.get(status, ("UnknownError", f"HTTP {status}"))
    return GraphFault(status, code, message, headers=headers)


def iso(moment: datetime) -> str:
    """Format a datetime the way Graph does for DateTimeOffset values (UTC, 'Z')."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    """Parse an ISO 8601 timestamp as Graph accepts it; naive values are UTC."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def headers_of(mapping: Mapping[str, str]) -> CIMultiDictProxy[str]:
    """Wrap a plain dict of headers into a case-insensitive read-only view."""
    return CIMultiDictProxy(CIMultiDict(mapping))


def dumps(body: Any) -> bytes:
    """Serialise a JSON body compactly; lone surrogates go out escaped (\\ud800), as Graph's do."""
    try:
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return json.dumps(body, separators=(",", ":")).encode()


def b64_token(state: Mapping[str, Any]) -> str:
    """Encode opaque token state as unpadded URL-safe base64."""
    raw = json.dumps(state, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def b64_state(token: str) -> dict[str, Any] | None:
    """Decode token state; None when the token is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        state = json.loads(raw)
    except ValueError:
        return None
    return state if isinstance(state, dict) else None


class IdFactory:
    """Deterministic Graph-looking ids (case-sensitive URL-safe base64, like Exchange's)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._mailbox = self._b64(24)

    def _b64(self, n: int) -> str:
        return base64.urlsafe_b64encode(self._rng.randbytes(n)).decode().rstrip("=")

    def rest_message(self) -> str:
        """Return a new REST item id (changes on every move)."""
        return f"AAMkA{self._mailbox}BGAAAAAA{self._b64(45)}AAA="

    def immutable_message(self) -> str:
        """Return a new immutable item id (survives moves inside the mailbox)."""
        return f"AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A{self._b64(42)}AAA="

    def folder(self) -> str:
        """Return a new mail folder id."""
        return f"AAMkA{self._mailbox}AuAAAAAA{self._b64(30)}AAA="

    def conversation(self) -> str:
        """Return a new conversation id."""
        return f"AAQkA{self._mailbox}AQA{self._b64(12)}="

    def todo(self) -> str:
        """Return a new To Do list or task id."""
        return f"AAMkA{self._mailbox}ARgAA{self._b64(33)}AAA="

    def guid(self) -> str:
        """Return a GUID (category and linkedResource ids)."""
        return str(uuid.UUID(bytes=self._rng.randbytes(16), version=4))

    def change_key(self) -> str:
        """Return a new changeKey."""
        return f"CQAAABYAAAA{self._b64(18)}"


def over_concurrency() -> GraphFault:
    """Return Outlook's answer to a request beyond the mailbox's concurrent-request limit."""
    return GraphFault(
        429,
        "ApplicationThrottled",
        "Application is over its MailboxConcurrency limit.",
        headers={"Retry-After": "1"},
    )
