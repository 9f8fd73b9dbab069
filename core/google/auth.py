"""Google access tokens: the 0600 token file, refresh before expiry, the debug override.

`login google` (core.google.consent) writes the token file: the refresh token, the current
access token, its expiry and the scopes the owner granted. `RefreshingGoogleToken` hands out the
access token and refreshes it shortly before it expires, under one lock so that concurrent
calls refresh once. Google answers `invalid_grant` when the refresh token was revoked, went
unused for months, or came from an app left in "Testing" (7 days): that becomes a
`GoogleAuthError` telling the owner to sign in again; the token file and the store stay as
they were. `StaticGoogleToken` is GOOGLE_ACCESS_TOKEN, a ready bearer token for debugging.

The refresh is a plain form POST to the token endpoint (google-auth's refresh is synchronous and
its async transport is private), with the Desktop client's id and secret.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import aiohttp

from core.files import replace_atomically

from .errors import SIGN_IN_AGAIN, GoogleAuthError, GoogleUnavailable

log = logging.getLogger(__name__)

AUTH = "https://www.googleapis.com/auth/"
EVENTS_SCOPE = AUTH + "calendar.events"
FREEBUSY_SCOPE = AUTH + "calendar.freebusy"
# calendar.events alone cannot call freeBusy, hence the second scope.
SCOPES = (EVENTS_SCOPE, FREEBUSY_SCOPE)
SCOPE_PURPOSE = {
    EVENTS_SCOPE: "calendar.events (read and create events)",
    FREEBUSY_SCOPE: "calendar.freebusy (see when you are busy)",
}
# Refresh this long before the access token expires, so a request never carries a dying one.
REFRESH_MARGIN = timedelta(minutes=2)
TOKEN_TIMEOUT_SECONDS = 30.0

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def missing_scopes(granted: Collection[str]) -> list[str]:
    """The scopes the assistant needs that are not in `granted`, as the owner reads them."""
    return [SCOPE_PURPOSE[s] for s in SCOPES if s not in granted]


def missing_scope_message(granted: Collection[str]) -> str | None:
    """Say which needed scopes the owner did not grant, or None when all were."""
    missing = missing_scopes(granted)
    if not missing:
        return None
    return (
        f"Google did not grant {' and '.join(missing)}. Run `outlook-assistant login google` "
        "again and leave every calendar box ticked on Google's consent screen."
    )


@dataclass(frozen=True)
class SavedGoogleToken:
    """What the token file holds."""

    refresh_token: str
    access_token: str
    expires_at: datetime
    scopes: frozenset[str]

    def to_json(self) -> str:
        """The file's text."""
        return json.dumps(
            {
                "refresh_token": self.refresh_token,
                "access_token": self.access_token,
                "expires_at": self.expires_at.isoformat(),
                "scopes": sorted(self.scopes),
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> SavedGoogleToken:
        """Read the file's text; ValueError names what is wrong."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        try:
            expires = datetime.fromisoformat(str(data["expires_at"]))
            return cls(
                refresh_token=str(data["refresh_token"]),
                access_token=str(data["access_token"]),
                expires_at=expires if expires.tzinfo else expires.replace(tzinfo=UTC),
                scopes=frozenset(str(s) for s in data["scopes"]),
            )
        except KeyError as err:
            raise ValueError(f"missing {err.args[0]!r}") from err


class GoogleTokenFile:
    """The token file: mode 0600 from creation, replaced atomically on each save."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"GoogleTokenFile(path={str(self.path)!r})"

    def load(self) -> SavedGoogleToken | None:
        """The saved token, or None before the first sign-in."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as err:
            raise GoogleAuthError(
                f"Cannot read the Google token file {self.path}: {err.strerror}; check its "
                "permissions and calendars.google.token_cache_path"
            ) from err
        if self.path.stat().st_mode & 0o077:
            log.warning("Google token file %s was readable by others; restricting it", self.path)
            os.chmod(self.path, 0o600)
        try:
            return SavedGoogleToken.from_json(text)
        except ValueError as err:
            raise GoogleAuthError(
                f"The Google token file {self.path} is damaged ({err}). {SIGN_IN_AGAIN}"
            ) from err

    def save(self, token: SavedGoogleToken) -> None:
        """Write the token, private from the moment the file exists."""
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            replace_atomically(self.path, token.to_json().encode("utf-8"), mode=0o600)
        except OSError as err:
            raise GoogleAuthError(
                f"Cannot write the Google token file {self.path}: {err.strerror}; make its "
                "directory writable or set calendars.google.token_cache_path"
            ) from err


class GoogleTokenSource(Protocol):
    """Where the Calendar client gets its bearer token."""

    async def access_token(self) -> str:
        """A token that is valid now."""
        ...

    async def refresh(self, rejected: str) -> str:
        """A new token after Google answered 401 to `rejected`; GoogleAuthError if none."""
        ...


class StaticGoogleToken:
    """GOOGLE_ACCESS_TOKEN: a ready bearer token, never refreshed (debugging)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "StaticGoogleToken(<set>)"

    async def access_token(self) -> str:
        """The token from the environment."""
        return self._token

    async def refresh(self, rejected: str) -> str:
        """There is nothing to refresh: the owner replaces the variable."""
        raise GoogleAuthError(
            "Google refused GOOGLE_ACCESS_TOKEN. Set a fresh token, or unset the variable and "
            "run `outlook-assistant login google`."
        )


@dataclass(frozen=True)
class TokenEndpoint:
    """The token endpoint and the Desktop client that calls it."""

    url: str
    client_id: str
    client_secret: str

    async def post(self, session: aiohttp.ClientSession, form: Mapping[str, str]) -> dict[str, Any]:
        """POST a grant; the JSON reply, or GoogleAuthError saying what Google refused."""
        data = {"client_id": self.client_id, "client_secret": self.client_secret, **form}
        try:
            async with session.post(
                self.url, data=data, timeout=aiohttp.ClientTimeout(total=TOKEN_TIMEOUT_SECONDS)
            ) as response:
                status = response.status
                try:
                    reply = await response.json(content_type=None)
                except ValueError:
                    reply = {}
        except (aiohttp.ClientError, TimeoutError) as err:
            raise GoogleUnavailable(
                f"no answer from Google's token endpoint ({type(err).__name__}); try again"
            ) from err
        reply = reply if isinstance(reply, dict) else {}
        if status == 200 and isinstance(reply.get("access_token"), str):
            return reply
        error = str(reply.get("error") or f"HTTP {status}")
        description = str(reply.get("error_description") or "")
        said = f"{error}: {description}" if description else error
        if error == "invalid_grant":
            raise GoogleAuthError(
                f"Google refused the saved sign-in ({said}): it was revoked, expired after 7 "
                f"days because the Google Cloud app is still in Testing, or went unused for "
                f"months. {SIGN_IN_AGAIN}"
            )
        if error == "invalid_client":
            raise GoogleAuthError(
                f"Google refused the OAuth client ({said}): check calendars.google.client_id "
                "and GOOGLE_CLIENT_SECRET (the Desktop app client's id and secret)."
            )
        if status >= 500 or status == 429:
            raise GoogleUnavailable(f"Google's token endpoint answered {said}; try again")
        raise GoogleAuthError(f"Google's token endpoint refused the request ({said}).")


def saved_from_reply(
    reply: Mapping[str, Any], now: datetime, previous: SavedGoogleToken | None
) -> SavedGoogleToken:
    """The token to save from a token-endpoint reply (a refresh keeps the old refresh token)."""
    refresh = reply.get("refresh_token") or (previous.refresh_token if previous else None)
    if not isinstance(refresh, str) or not refresh:
        raise GoogleAuthError(
            "Google sent no refresh token, so the sign-in would not last. Remove the app's "
            "access at myaccount.google.com/permissions, then run `outlook-assistant login "
            "google` again."
        )
    scope = reply.get("scope")
    scopes = frozenset(str(scope).split()) if scope else (previous.scopes if previous else None)
    return SavedGoogleToken(
        refresh_token=refresh,
        access_token=str(reply["access_token"]),
        expires_at=now + timedelta(seconds=int(reply.get("expires_in", 3599))),
        scopes=scopes or frozenset(),
    )


class RefreshingGoogleToken:
    """The token file's access token, refreshed before it expires (one refresh at a time)."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        file: GoogleTokenFile,
        endpoint: TokenEndpoint,
        *,
        now: Clock = utc_now,
        margin: timedelta = REFRESH_MARGIN,
    ) -> None:
        self._session = session
        self._file = file
        self._endpoint = endpoint
        self._now = now
        self._margin = margin
        self._lock = asyncio.Lock()
        self._current: SavedGoogleToken | None = None
        self.refreshes = 0

    def __repr__(self) -> str:
        return f"RefreshingGoogleToken({self._file!r}, refreshes={self.refreshes})"

    async def access_token(self) -> str:
        """The saved access token, refreshed first when it expires within the margin."""
        async with self._lock:
            current = self._saved()
            if current.expires_at - self._margin <= self._now():
                current = await self._refresh(current)
            return current.access_token

    async def refresh(self, rejected: str) -> str:
        """Refresh after a 401, unless a concurrent call already replaced `rejected`."""
        async with self._lock:
            current = self._saved()
            if current.access_token != rejected:
                return current.access_token
            return (await self._refresh(current)).access_token

    def _saved(self) -> SavedGoogleToken:
        if self._current is None:
            self._current = self._file.load()
        if self._current is None:
            raise GoogleAuthError(
                f"Google Calendar is not signed in yet (no token file at {self._file.path}). "
                "Run `outlook-assistant login google`."
            )
        return self._current

    async def _refresh(self, current: SavedGoogleToken) -> SavedGoogleToken:
        form = {"grant_type": "refresh_token", "refresh_token": current.refresh_token}
        reply = await self._endpoint.post(self._session, form)
        fresh = saved_from_reply(reply, self._now(), current)
        self._file.save(fresh)
        self._current = fresh
        self.refreshes += 1
        log.debug("Google access token refreshed; valid until %s", fresh.expires_at)
        return fresh
