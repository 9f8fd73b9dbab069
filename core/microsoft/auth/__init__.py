"""Microsoft identity: token providers for the Graph client.

The Graph client depends only on the `TokenProvider` protocol (one async method), so tests and
`GRAPH_ACCESS_TOKEN` pass a static token while production uses MSAL's device-code flow.

`MsalTokenProvider` drives MSAL's `PublicClientApplication`, which is synchronous, from asyncio:
every MSAL call runs in a worker thread, one at a time under an asyncio lock, so concurrent callers
share one refresh or one device-code sign-in. The order is: a token held in memory, then MSAL's
silent path (its cache, then the refresh token), then a device-code sign-in whose prompt goes to a
callback (a terminal printer now, a Slack DM later). A sign-in whose grant lacks a configured scope
(an upgrade added `Tasks.ReadWrite`) starts a new device-code sign-in by itself. MSAL's serialized
cache goes through a `TokenCacheBackend` and is written only when MSAL reports a change; the file
backend writes atomically and creates the file with mode 0600.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
import sys
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from json import JSONDecodeError
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

import msal
import requests

from core.errors import AuthError, ConfigError
from core.microsoft.auth.cache import FileTokenCache, MemoryTokenCache, TokenCacheBackend
from core.microsoft.auth.msal_errors import msal_error_to_auth_error

logger = logging.getLogger(__name__)

__all__ = [
    "DevicePrompt",
    "DevicePromptCallback",
    "FileTokenCache",
    "LoginResult",
    "MemoryTokenCache",
    "MsalTokenProvider",
    "StaticTokenProvider",
    "TokenCacheBackend",
    "TokenProvider",
    "build_token_provider",
    "msal_error_to_auth_error",
    "print_device_prompt",
]

RESERVED_SCOPES = frozenset({"openid", "profile", "offline_access"})
# Scopes of the sign-in itself that Entra echoes in `scope`; they are not Graph permissions.
_OIDC_SCOPES = RESERVED_SCOPES | {"email"}
# MSAL treats an access token with under 5 minutes left as expired; the in-memory fast path agrees.
_EXPIRY_MARGIN_S = 300
_PENDING_ERRORS = frozenset({"authorization_pending", "slow_down"})
_SIGN_IN_AGAIN_ERRORS = frozenset({"invalid_grant", "interaction_required"})


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


# --- prompts and results ----------------------------------------------------------------------


@dataclass(frozen=True)
class DevicePrompt:
    """What the owner needs to finish a device-code sign-in on another device."""

    message: str
    user_code: str
    verification_uri: str
    expires_at: datetime


DevicePromptCallback = Callable[[DevicePrompt], Awaitable[None] | None]


def print_device_prompt(prompt: DevicePrompt) -> None:
    """Show Microsoft's sign-in instructions on the terminal."""
    print(prompt.message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class LoginResult:
    """Who is signed in, with which Graph scopes, and until when the access token is valid."""

    username: str | None
    scopes: tuple[str, ...]
    expires_at: datetime


@dataclass(frozen=True)
class _Token:
    value: str = field(repr=False)
    expires_on: float
    use_until: float
    scopes: tuple[str, ...]


# --- MSAL logging guard -----------------------------------------------------------------------

_SECRET_JSON_FIELD = re.compile(
    r'("(?:access_token|refresh_token|id_token|device_code|code|secret|client_secret|assertion)"'
    r'\s*:\s*)"[^"]*"'
)


class _RedactSecrets(logging.Filter):
    """Mask token-bearing JSON fields in MSAL's records (its cache log shows the device code)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _SECRET_JSON_FIELD.sub(r'\1"********"', message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def _guard_msal_loggers() -> None:
    """Attach the redacting filter to every MSAL logger (filters are not inherited by children)."""
    names = {n for n in logging.root.manager.loggerDict if n == "msal" or n.startswith("msal.")}
    names.add("msal.oauth2cli.oauth2")  # created lazily by MSAL's first client
    for name in names:
        target = logging.getLogger(name)
        if not any(isinstance(f, _RedactSecrets) for f in target.filters):
            target.addFilter(_RedactSecrets())


_guard_msal_loggers()


# --- the MSAL provider ------------------------------------------------------------------------


def _request_failure(err: BaseException) -> str:
    """Say in one whole line why an HTTP call failed: the innermost cause, not the wrappers.

    requests wraps urllib3's MaxRetryError, which wraps the real reason ("Failed to resolve
    'login.example'", "Connection refused"); the outer texts repeat the URL and bury it.
    """
    cause = err
    for _ in range(5):
        inner = getattr(cause, "reason", None)
        if not isinstance(inner, BaseException) and cause.args:
            inner = cause.args[0]
        if not isinstance(inner, BaseException):
            break
        cause = inner
    text = " ".join(str(cause).split()) or "no details"
    return f"{type(cause).__name__}: {text}"


def _scope_key(scope: str) -> str:
    """Compare `Mail.Read` and `https://graph.microsoft.com/Mail.Read` as one scope."""
    return (scope.rsplit("/", 1)[-1] if "://" in scope else scope).lower()


class MsalTokenProvider:
    """Hands out Graph tokens from MSAL: memory, then cache and refresh, then device-code sign-in.

    Args:
        client_id: the Entra app registration's Application (client) ID.
        authority: https://login.microsoftonline.com/<tenant|organizations|common|consumers>.
        scopes: Graph delegated permissions (MSAL adds openid, profile and offline_access).
        cache: where MSAL's serialized cache lives (FileTokenCache, MemoryTokenCache, ...).
        prompt: receives the device-code instructions, sync or async (default: print them).
        interactive: when False, get_token raises AuthError instead of starting a device flow.
        http_client: a requests.Session-like client for MSAL (tests point it at a fake).
        instance_discovery, validate_authority: passed to MSAL (False for a fake authority).
        sleep: waits between device-code polls (tests inject a recorder).
    """

    def __init__(
        self,
        client_id: str,
        *,
        authority: str,
        scopes: Sequence[str],
        cache: TokenCacheBackend,
        prompt: DevicePromptCallback | None = None,
        interactive: bool = True,
        http_client: Any = None,
        instance_discovery: bool | None = None,
        validate_authority: bool = True,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        reserved = sorted(s for s in scopes if s.lower() in RESERVED_SCOPES)
        if reserved or not scopes:
            raise ConfigError(
                f"auth.scopes must list Microsoft Graph permissions only (got {list(scopes)}); "
                "remove openid/profile/offline_access, MSAL adds them itself"
            )
        parsed = urlparse(authority)
        if parsed.scheme != "https" or not parsed.hostname or not parsed.path.strip("/"):
            raise ConfigError(
                f"auth.authority must be an https URL with a tenant, e.g. "
                f"https://login.microsoftonline.com/organizations (got {authority!r})"
            )
        self._client_id = client_id
        self._authority = authority.rstrip("/")
        self._environment = parsed.hostname
        self._scopes = tuple(scopes)
        self._backend = cache
        self._prompt = prompt or print_device_prompt
        self._interactive = interactive
        self._http_client = http_client
        self._instance_discovery = instance_discovery
        self._validate_authority = validate_authority
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._app: Any = None
        self._token: _Token | None = None
        # Scopes a finished device sign-in still did not get; asking again would not help.
        self._withheld: frozenset[str] = frozenset()
        self._cache = msal.SerializableTokenCache()
        text = cache.load()
        if text:
            try:
                self._cache.deserialize(text)
            except ValueError:
                logger.warning(
                    "Ignoring the unreadable token cache %r; a sign-in will be needed", cache
                )

    def __repr__(self) -> str:
        return (
            f"MsalTokenProvider(client_id={self._client_id!r}, authority={self._authority!r}, "
            f"scopes={self._scopes!r}, cache={self._backend!r})"
        )

    @property
    def token_expires_at(self) -> datetime | None:
        """When the access token held in memory expires (None before the first one)."""
        token = self._token
        return datetime.fromtimestamp(token.expires_on, UTC) if token else None

    async def get_token(self) -> str:
        """Return a valid token: from memory, MSAL's cache, a refresh, or a device sign-in."""
        token = self._usable_token()
        if token is not None:
            return token
        async with self._lock:
            token = self._usable_token()
            if token is not None:
                return token
            return (await self._acquire(interactive=self._interactive, force=False)).value

    async def login(self, force: bool = False) -> LoginResult:
        """Sign in (silently when the saved sign-in suffices, unless force); report the result."""
        async with self._lock:
            token = await self._acquire(interactive=True, force=force)
        return LoginResult(
            username=await self.account_username(),
            scopes=token.scopes,
            expires_at=datetime.fromtimestamp(token.expires_on, UTC),
        )

    async def account_username(self) -> str | None:
        """Return the signed-in account's username as the token cache records it."""
        username = (self._cached_account() or {}).get("username")
        return str(username) if username else None

    def account_tenant_id(self) -> str | None:
        """Return the signed-in account's home tenant (the id token's `tid`), from the cache."""
        account = self._cached_account() or {}
        # home_account_id is "<oid>.<tid>" of the home tenant; realm is the tid of this sign-in.
        home = str(account.get("home_account_id") or "")
        tenant = home.rpartition(".")[2] if "." in home else str(account.get("realm") or "")
        return tenant or None

    def granted_scopes(self) -> tuple[str, ...]:
        """Return the Graph scopes the saved sign-in was granted (from the cache; no network)."""
        account = self._cached_account()
        if account is None:
            return ()
        query = {
            "client_id": self._client_id,
            "environment": self._environment,
            "home_account_id": account.get("home_account_id"),
        }
        kinds = msal.TokenCache.CredentialType
        found: set[str] = set()
        for kind in (kinds.REFRESH_TOKEN, kinds.ACCESS_TOKEN):
            # now=0 reads expired access tokens too, without MSAL pruning them (a cache change).
            for entry in self._cache.search(kind, query=query, now=0):
                found.update(str(entry.get("target") or "").split())
        return tuple(sorted(s for s in found if s.lower() not in _OIDC_SCOPES))

    def missing_scopes(self) -> tuple[str, ...]:
        """Return the configured scopes the saved sign-in was not granted."""
        return self._missing(self.granted_scopes())

    # -- internals --

    def _usable_token(self) -> str | None:
        token = self._token
        return token.value if token is not None and time.time() < token.use_until else None

    def _missing(self, granted: Iterable[str]) -> tuple[str, ...]:
        have = {_scope_key(s) for s in granted}
        return tuple(
            s for s in self._scopes if _scope_key(s) not in have and not s.endswith("/.default")
        )

    def _cached_account(self) -> Mapping[str, Any] | None:
        kinds = msal.TokenCache.CredentialType
        for account in self._cache.search(kinds.ACCOUNT, query={"environment": self._environment}):
            return dict(account)
        return None

    def _error(self, result: Mapping[str, Any]) -> AuthError:
        return msal_error_to_auth_error(
            result, client_id=self._client_id, authority=self._authority, scopes=self._scopes
        )

    async def _acquire(self, *, interactive: bool, force: bool) -> _Token:
        app = await self._get_app()
        if force:
            reason = "a new sign-in was requested"
        else:
            missing_before = self.missing_scopes() if self._cached_account() else ()
            result = await self._call(self._silent, app)
            if result is None:
                reason = "no saved sign-in"
            elif "error" in result:
                if result["error"] not in _SIGN_IN_AGAIN_ERRORS or not interactive:
                    raise self._error(result)
                reason = f"the saved sign-in was refused ({result['error']})"
            else:
                token = self._token_from(result)
                missing = self._missing(token.scopes)
                if not {_scope_key(s) for s in missing} - self._withheld:
                    self._token = token
                    return token
                reason = "the refreshed token lacks " + ", ".join(missing)
            if missing_before:
                reason = "the saved sign-in lacks " + ", ".join(missing_before)
        if not interactive:
            raise AuthError(f"Microsoft sign-in needed ({reason}); run `outlook-assistant login`.")
        logger.info("Starting a Microsoft device-code sign-in: %s", reason)
        self._token = await self._device_flow(app)
        return self._token

    def _silent(self, app: Any) -> dict[str, Any] | None:
        accounts = app.get_accounts()
        if not accounts:
            return None
        # Scopes a device sign-in could not get are left out, or each refresh would fail on them.
        wanted = [s for s in self._scopes if _scope_key(s) not in self._withheld]
        result: dict[str, Any] | None = app.acquire_token_silent_with_error(
            wanted, account=accounts[0]
        )
        return result

    async def _device_flow(self, app: Any) -> _Token:
        flow: dict[str, Any] = await self._call(app.initiate_device_flow, scopes=list(self._scopes))
        if "user_code" not in flow:
            raise self._error(flow)
        # An interval of 0 would make MSAL's poll loop spin instead of returning after one poll.
        flow["interval"] = max(1, int(flow.get("interval", 5)))
        code, uri = str(flow["user_code"]), str(flow.get("verification_uri") or "")
        prompt = DevicePrompt(
            message=str(flow.get("message") or f"To sign in, open {uri} and enter {code}."),
            user_code=code,
            verification_uri=uri,
            expires_at=datetime.fromtimestamp(float(flow["expires_at"]), UTC),
        )
        shown = self._prompt(prompt)
        if inspect.isawaitable(shown):
            await shown
        logger.info("Waiting for the device-code sign-in (code valid until %s)", prompt.expires_at)
        while True:
            # We pace polls with our own (injectable) sleep; MSAL's wall-clock "polled too soon"
            # warning would misfire otherwise.
            flow.pop("latest_attempt_at", None)
            # exit_condition: one poll per call; the waiting happens here, on the event loop.
            result: dict[str, Any] = await self._call(
                app.acquire_token_by_device_flow, flow, exit_condition=lambda _flow: True
            )
            if "access_token" in result:
                break
            if result.get("error") not in _PENDING_ERRORS:
                raise self._error(result)
            if time.time() >= float(flow["expires_at"]):
                raise self._error({"error": "expired_token"})
            await self._sleep(float(flow["interval"]))
        token = self._token_from(result)
        missing = self._missing(token.scopes)
        self._withheld = frozenset(_scope_key(s) for s in missing)
        if missing:
            logger.warning(
                "Signed in, but Microsoft did not grant %s; features that need them will fail "
                "until an admin grants consent in the app registration's API permissions",
                ", ".join(missing),
            )
        claims = result.get("id_token_claims") or {}
        logger.info(
            "Signed in to Microsoft as %s with scopes %s",
            claims.get("preferred_username", "?"),
            " ".join(token.scopes),
        )
        return token

    def _token_from(self, result: Mapping[str, Any]) -> _Token:
        now = time.time()
        expires_on = now + int(result.get("expires_in") or 0)
        use_until = expires_on - _EXPIRY_MARGIN_S
        if result.get("refresh_on"):
            use_until = min(use_until, float(result["refresh_on"]))
        raw = str(result["scope"]).split() if result.get("scope") else self.granted_scopes()
        scopes = tuple(sorted(s for s in raw if s.lower() not in _OIDC_SCOPES))
        return _Token(str(result["access_token"]), expires_on, use_until, scopes)

    async def _get_app(self) -> Any:
        if self._app is None:
            self._app = await self._call(self._build_app)
        return self._app

    def _build_app(self) -> Any:
        transport: dict[str, Any] = (
            {"http_client": self._http_client} if self._http_client is not None else {"timeout": 30}
        )
        try:
            return msal.PublicClientApplication(
                self._client_id,
                authority=self._authority,
                token_cache=self._cache,
                instance_discovery=self._instance_discovery,
                validate_authority=self._validate_authority,
                **transport,
            )
        except ValueError as err:
            raise AuthError(
                f"Microsoft did not accept auth.authority {self._authority!r}: check the tenant "
                "ID or domain, or use organizations, consumers or common"
            ) from err

    async def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one blocking MSAL call in a worker thread, then save the cache if it changed."""

        def work() -> Any:
            try:
                return fn(*args, **kwargs)
            finally:
                self._persist()

        try:
            return await asyncio.to_thread(work)
        except (
            requests.RequestException,
            msal.exceptions.MsalServiceError,
            JSONDecodeError,
        ) as err:
            raise AuthError(
                f"Cannot get a token from the Microsoft identity platform at {self._authority} "
                f"({_request_failure(err)}); check the network and auth.authority, then try again"
            ) from err

    def _persist(self) -> None:
        if not self._cache.has_state_changed:
            return
        text = self._cache.serialize()
        try:
            self._backend.save(text)
        except BaseException:
            self._cache.has_state_changed = True  # serialize() cleared it; retry on the next call
            raise


def build_token_provider(
    *,
    client_id: str | None,
    authority: str,
    scopes: Sequence[str],
    cache_path: Path,
    graph_access_token: str | None,
    prompt: DevicePromptCallback | None,
    interactive: bool = True,
) -> TokenProvider:
    """Return the token provider the settings ask for: GRAPH_ACCESS_TOKEN wins, else MSAL."""
    if graph_access_token and graph_access_token.strip():
        return StaticTokenProvider(graph_access_token.strip())
    if not client_id or not client_id.strip():
        raise AuthError(
            "auth.client_id is not set. Register an app in the Microsoft Entra admin center "
            "(App registrations > New registration; under Authentication set 'Allow public client "
            "flows' to Yes; under API permissions add the Microsoft Graph delegated permissions "
            f"{', '.join(scopes)}), then put its Application (client) ID under auth.client_id in "
            "config.yaml. Or set GRAPH_ACCESS_TOKEN to use a ready token."
        )
    return MsalTokenProvider(
        client_id.strip(),
        authority=authority,
        scopes=scopes,
        cache=FileTokenCache(cache_path),
        prompt=prompt,
        interactive=interactive,
    )
