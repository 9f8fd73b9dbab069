"""`login google`: Google's consent for an installed app, loopback redirect with PKCE (S256).

Google's device flow refuses Calendar scopes, so the owner opens a consent URL in a browser and
Google redirects back to a one-shot HTTP server on 127.0.0.1. On a headless server the owner
forwards that port over SSH (`ssh -L PORT:127.0.0.1:PORT server`, the README shows it) and opens
the URL on their own machine. The redirect must carry the `state` this sign-in made (else it is
refused: it did not come from this consent); the code is redeemed with the PKCE verifier and the
Desktop client's secret, and the tokens are saved only when both needed scopes were granted.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import inspect
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

from .auth import (
    SCOPES,
    Clock,
    GoogleTokenFile,
    TokenEndpoint,
    missing_scope_message,
    saved_from_reply,
    utc_now,
)
from .errors import GoogleAuthError

LOOPBACK_HOST = "127.0.0.1"
# How long the owner has to finish the consent screen.
CONSENT_TIMEOUT_SECONDS = 600.0
_DONE_PAGE = "Google sign-in received. You can close this tab and return to the terminal."
_FAILED_PAGE = "Google sign-in failed: {reason} See the terminal."

ShowUrl = Callable[[str], Awaitable[None] | None]


@dataclass(frozen=True)
class GoogleSignIn:
    """What a completed `login google` saved."""

    scopes: frozenset[str]
    expires_at: datetime
    token_path: Path
    # Set when Google says the refresh token itself expires: an app left in "Testing" (7 days).
    refresh_token_expires_at: datetime | None = None


def pkce_pair() -> tuple[str, str]:
    """A fresh PKCE verifier (86 characters) and its S256 challenge (RFC 7636)."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def consent_url(
    auth_url: str, *, client_id: str, redirect_uri: str, state: str, challenge: str
) -> str:
    """The URL of Google's consent screen for the assistant's scopes."""
    params = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": " ".join(SCOPES),
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        # offline: a refresh token; consent: one even if this client was approved before.
        "access_type": "offline",
        "prompt": "consent",
    }
    return f"{auth_url}?{urlencode(params)}"


async def sign_in_google(
    session: aiohttp.ClientSession,
    *,
    client_id: str,
    client_secret: str,
    auth_url: str,
    token_url: str,
    token_file: GoogleTokenFile,
    show_url: ShowUrl,
    port: int = 0,
    consent_seconds: float = CONSENT_TIMEOUT_SECONDS,
    now: Clock = utc_now,
) -> GoogleSignIn:
    """Run the consent: show the URL, wait for Google's redirect, save the tokens.

    `port` 0 takes a free one. Raises GoogleAuthError for a refused consent, a redirect with
    another state, missing scopes, or no redirect within `consent_seconds`.
    """
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(24)
    answer: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    app = web.Application()
    app.router.add_get("/", _redirect_handler(state, answer))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        try:
            await web.TCPSite(runner, LOOPBACK_HOST, port).start()
        except OSError as err:
            raise GoogleAuthError(
                f"Cannot listen on {LOOPBACK_HOST}:{port} for Google's redirect ({err.strerror}); "
                "free the port or set calendars.google.loopback_port to another one."
            ) from err
        redirect_uri = f"http://{LOOPBACK_HOST}:{runner.addresses[0][1]}/"
        url = consent_url(
            auth_url,
            client_id=client_id,
            redirect_uri=redirect_uri,
            state=state,
            challenge=challenge,
        )
        shown = show_url(url)
        if inspect.isawaitable(shown):
            await shown
        try:
            code = await asyncio.wait_for(answer, consent_seconds)
        except TimeoutError as err:
            raise GoogleAuthError(
                f"No answer from Google's consent screen within {consent_seconds:g} s. Run "
                "`outlook-assistant login google` again and open the URL it prints."
            ) from err
    finally:
        await runner.cleanup()
    endpoint = TokenEndpoint(token_url, client_id, client_secret)
    reply = await endpoint.post(
        session,
        {
            "grant_type": "authorization_code",
            "code": code,
            "code_verifier": verifier,
            "redirect_uri": redirect_uri,
        },
    )
    received = now()
    saved = saved_from_reply(reply, received, None)
    problem = missing_scope_message(saved.scopes)
    if problem is not None:
        raise GoogleAuthError(problem)
    token_file.save(saved)
    lifetime = reply.get("refresh_token_expires_in")
    refresh_ends = (
        received + timedelta(seconds=lifetime) if isinstance(lifetime, int) and lifetime else None
    )
    return GoogleSignIn(saved.scopes, saved.expires_at, token_file.path, refresh_ends)


def _redirect_handler(
    state: str, answer: asyncio.Future[str]
) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handle(request: web.Request) -> web.Response:
        query = request.query
        if not {"code", "error", "state"} & query.keys():
            # A browser's probe or a stray visit: not Google's redirect; keep waiting.
            return web.Response(status=404, text="Waiting for Google's redirect.")
        if not hmac.compare_digest(query.get("state", "").encode(), state.encode()):
            failure = (
                "The redirect did not carry this sign-in's state, so it was refused (it did not "
                "come from the consent screen this command opened). Run `outlook-assistant login "
                "google` again and use the URL it prints."
            )
            return _fail(answer, failure)
        if "error" in query:
            error = query["error"]
            reason = (
                "You declined access on Google's consent screen."
                if error == "access_denied"
                else f"Google's consent screen answered {error}."
            )
            return _fail(
                answer, f"{reason} Run `outlook-assistant login google` again and choose Allow."
            )
        if not answer.done():
            answer.set_result(query.get("code", ""))
        return web.Response(text=_DONE_PAGE)

    return handle


def _fail(answer: asyncio.Future[str], reason: str) -> web.Response:
    if not answer.done():
        answer.set_exception(GoogleAuthError(reason))
    return web.Response(status=400, text=_FAILED_PAGE.format(reason=reason))
