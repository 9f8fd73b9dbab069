"""Google's JSON error envelope and the errors the Calendar API answers with.

Every error body is `{"error": {"code", "message", "errors": [{"domain", "reason", "message",
...}], "status"}}`, the shape Google's APIs send (sources in the package docstring).
"""

from __future__ import annotations

from typing import Any

# The canonical gRPC status Google adds to the envelope for each HTTP status.
_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ALREADY_EXISTS",
    410: "FAILED_PRECONDITION",
    412: "FAILED_PRECONDITION",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
REALM = 'Bearer realm="https://accounts.google.com/"'


class GoogleError(Exception):
    """An error the emulator answers with, rendered in Google's envelope."""

    def __init__(
        self,
        code: int,
        reason: str,
        message: str,
        *,
        domain: str = "global",
        location: str | None = None,
        location_type: str | None = None,
        headers: dict[str, str] | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.domain = domain
        self.location = location
        self.location_type = location_type
        self.headers = dict(headers or {})
        # The inner error's message when it differs from the outer one (401, 403 scope).
        self.detail = detail

    def body(self) -> dict[str, Any]:
        """Return the JSON body Google sends for this error."""
        inner: dict[str, Any] = {
            "message": self.detail or self.message,
            "domain": self.domain,
            "reason": self.reason,
        }
        if self.location is not None:
            inner["location"] = self.location
            inner["locationType"] = self.location_type or "parameter"
        error: dict[str, Any] = {"code": self.code, "message": self.message, "errors": [inner]}
        if self.code in _STATUS_NAMES:
            error["status"] = _STATUS_NAMES[self.code]
        return {"error": error}


def bad_request(
    message: str, *, reason: str = "invalid", location: str | None = None
) -> GoogleError:
    """A 400 about the request: a parameter or a body field."""
    return GoogleError(400, reason, message, location=location)


def bad_parameter(name: str) -> GoogleError:
    """A 400 for a query parameter Google cannot parse (it says only 'Bad Request')."""
    return GoogleError(400, "badRequest", "Bad Request", location=name)


def time_range_empty(location: str = "timeMax") -> GoogleError:
    """timeMin not before timeMax, or an event that ends before it starts."""
    return GoogleError(
        400,
        "timeRangeEmpty",
        "The specified time range is empty.",
        domain="calendar",
        location=location,
    )


def not_found() -> GoogleError:
    """An unknown calendar or event."""
    return GoogleError(404, "notFound", "Not Found")


def deleted() -> GoogleError:
    """Deleting (or changing) an event that was already deleted."""
    return GoogleError(410, "deleted", "Resource has been deleted")


def full_sync_required() -> GoogleError:
    """A sync token the server no longer honours."""
    return GoogleError(
        410,
        "fullSyncRequired",
        "Sync token is no longer valid, a full sync is required.",
        domain="calendar",
    )


def login_required() -> GoogleError:
    """No credential at all."""
    return GoogleError(
        401,
        "required",
        "Request is missing required authentication credential. Expected OAuth 2 access token,"
        " login cookie or other valid authentication credential. See"
        " https://developers.google.com/identity/sign-in/web/devconsole-project.",
        detail="Login Required.",
        location="Authorization",
        location_type="header",
        headers={"WWW-Authenticate": REALM},
    )


def invalid_credentials() -> GoogleError:
    """An unknown, revoked or expired access token."""
    return GoogleError(
        401,
        "authError",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login"
        " cookie or other valid authentication credential. See"
        " https://developers.google.com/identity/sign-in/web/devconsole-project.",
        detail="Invalid Credentials",
        location="Authorization",
        location_type="header",
        headers={"WWW-Authenticate": f'{REALM}, error="invalid_token"'},
    )


def insufficient_scope(accepted: tuple[str, ...]) -> GoogleError:
    """A valid token without any scope the method accepts."""
    return GoogleError(
        403,
        "insufficientPermissions",
        "Request had insufficient authentication scopes.",
        detail="Insufficient Permission",
        headers={
            "WWW-Authenticate": f'{REALM}, error="insufficient_scope", scope="{" ".join(accepted)}"'
        },
    )


def rate_limited(status: int, reason: str, retry_after: int | None) -> GoogleError:
    """403 or 429 from the usage limits (`rateLimitExceeded` or `userRateLimitExceeded`)."""
    message = (
        "User Rate Limit Exceeded" if reason == "userRateLimitExceeded" else "Rate Limit Exceeded"
    )
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    return GoogleError(status, reason, message, domain="usageLimits", headers=headers)


def status_error(status: int) -> GoogleError:
    """A bare fault for an injected status (5xx and the like)."""
    canned = {
        500: ("backendError", "Backend Error"),
        502: ("backendError", "Bad Gateway"),
        503: ("backendError", "The service is currently unavailable."),
        504: ("backendError", "Deadline exceeded"),
        409: ("conflict", "Conflict"),
        412: ("conditionNotMet", "Precondition Failed"),
    }
    reason, message = canned.get(status, ("error", f"HTTP {status}"))
    return GoogleError(status, reason, message)
