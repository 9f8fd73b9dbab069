"""`login google` against the emulator's consent screen and token endpoint: loopback redirect,
PKCE S256, state, refused consent, missing scopes, the 0600 token file."""

from __future__ import annotations

import asyncio
import socket
import stat
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import aiohttp
import pytest

from core.errors import AuthError
from core.google.auth import SCOPES, GoogleTokenFile
from core.google.consent import GoogleSignIn, sign_in_google
from core.google.errors import GoogleAuthError
from sandbox.google_calendar_emulator import GoogleCalendarEmulator, pkce_challenge, scope


class Browser:
    """Opens the consent URL the way the owner's browser would, redirects followed."""

    def __init__(
        self, session: aiohttp.ClientSession, rewrite: Callable[[str], str] = lambda u: u
    ) -> None:
        self.session = session
        self.rewrite = rewrite
        self.urls: list[str] = []
        self.pages: list[tuple[int, str]] = []
        self._tasks: list[asyncio.Task[None]] = []

    def __call__(self, url: str) -> None:
        self.urls.append(url)
        self._tasks.append(asyncio.create_task(self._open(self.rewrite(url))))

    async def _open(self, url: str) -> None:
        async with self.session.get(url) as response:
            self.pages.append((response.status, await response.text()))

    async def settle(self) -> None:
        await asyncio.gather(*self._tasks)


async def login(
    gcal: GoogleCalendarEmulator,
    session: aiohttp.ClientSession,
    token_path: Path,
    browser: Browser,
    **overrides: object,
) -> GoogleSignIn:
    arguments: dict[str, object] = {
        "client_id": gcal.oauth.client_id,
        "client_secret": gcal.oauth.client_secret,
        "auth_url": gcal.auth_url,
        "token_url": gcal.token_url,
        "token_file": GoogleTokenFile(token_path),
        "show_url": browser,
        "consent_seconds": 10,
    } | overrides
    try:
        return await sign_in_google(session, **arguments)  # type: ignore[arg-type]
    finally:
        await browser.settle()


async def test_consent_with_pkce_saves_a_private_token_that_works(gcal, http_session, token_path):
    browser = Browser(http_session)
    result = await login(gcal, http_session, token_path, browser)

    assert result.scopes == frozenset(SCOPES) and result.token_path == token_path
    asked = parse_qs(urlsplit(browser.urls[0]).query)
    assert asked["code_challenge_method"] == ["S256"] and asked["access_type"] == ["offline"]
    assert set(asked["scope"][0].split()) == set(SCOPES)
    assert urlsplit(asked["redirect_uri"][0]).hostname == "127.0.0.1"
    # The code went back with the verifier whose S256 challenge the consent URL carried.
    redeemed = gcal.oauth.token_requests[-1]
    assert redeemed["grant_type"] == "authorization_code"
    assert pkce_challenge(redeemed["code_verifier"]) == asked["code_challenge"][0]
    assert redeemed["client_secret"] == gcal.oauth.client_secret
    assert browser.pages == [(200, browser.pages[0][1])] and "close this tab" in browser.pages[0][1]
    assert stat.S_IMODE(token_path.stat().st_mode) == 0o600
    saved = GoogleTokenFile(token_path).load()
    assert saved is not None and saved.scopes == frozenset(SCOPES)
    assert saved.refresh_token in gcal.oauth.refresh_tokens
    assert gcal.oauth.scopes_for(f"Bearer {saved.access_token}") == frozenset(SCOPES)


async def test_a_redirect_with_another_state_is_refused_and_nothing_is_saved(
    gcal, http_session, token_path
):
    def forged(url: str) -> str:
        parts = urlsplit(url)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()} | {"state": "forged"}
        return parts._replace(query=urlencode(query)).geturl()

    browser = Browser(http_session, rewrite=forged)
    with pytest.raises(GoogleAuthError, match="state") as caught:
        await login(gcal, http_session, token_path, browser)

    assert "login google" in str(caught.value)
    assert browser.pages[0][0] == 400
    assert not token_path.exists()
    assert gcal.oauth.token_requests == []  # the code was never redeemed


async def test_a_declined_consent_tells_the_owner_to_allow_access(gcal, http_session, token_path):
    gcal.oauth.consent_error = "access_denied"
    with pytest.raises(AuthError, match="declined access.*login google"):
        await login(gcal, http_session, token_path, Browser(http_session))
    assert not token_path.exists()


async def test_an_unticked_scope_is_named_and_the_token_not_saved(gcal, http_session, token_path):
    gcal.oauth.consent_scopes = frozenset({scope("calendar.events")})
    with pytest.raises(GoogleAuthError, match=r"calendar\.freebusy") as caught:
        await login(gcal, http_session, token_path, Browser(http_session))
    assert "calendar.events" not in str(caught.value)
    assert not token_path.exists()


async def test_a_wrong_client_secret_is_named(gcal, http_session, token_path):
    with pytest.raises(GoogleAuthError, match="GOOGLE_CLIENT_SECRET"):
        await login(gcal, http_session, token_path, Browser(http_session), client_secret="wrong")
    assert not token_path.exists()


async def test_no_redirect_in_time_says_so(gcal, http_session, token_path):
    urls: list[str] = []
    with pytest.raises(GoogleAuthError, match="No answer from Google's consent screen"):
        await login(
            gcal,
            http_session,
            token_path,
            Browser(http_session),
            show_url=urls.append,
            consent_seconds=0.01,
        )
    assert len(urls) == 1


async def test_a_stray_request_does_not_end_the_sign_in(gcal, http_session, token_path):
    class Prober(Browser):
        async def _open(self, url: str) -> None:
            redirect = parse_qs(urlsplit(url).query)["redirect_uri"][0]
            async with self.session.get(redirect + "favicon.ico") as response:
                assert response.status == 404
            async with self.session.get(redirect) as response:
                assert response.status == 404
            await super()._open(url)

    result = await login(gcal, http_session, token_path, Prober(http_session))
    assert result.scopes == frozenset(SCOPES)


async def test_the_configured_port_is_used_for_the_redirect(
    gcal, http_session, token_path, unused_tcp_port
):
    browser = Browser(http_session)
    await login(gcal, http_session, token_path, browser, port=unused_tcp_port)
    redirect = parse_qs(urlsplit(browser.urls[0]).query)["redirect_uri"][0]
    assert redirect == f"http://127.0.0.1:{unused_tcp_port}/"


async def test_a_port_in_use_is_named_with_the_key_to_change(gcal, http_session, token_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        urls: list[str] = []
        with pytest.raises(GoogleAuthError, match=f"127.0.0.1:{port}.*loopback_port"):
            await login(
                gcal,
                http_session,
                token_path,
                Browser(http_session),
                port=port,
                show_url=urls.append,
            )
    assert urls == []
