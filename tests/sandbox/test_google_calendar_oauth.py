"""The Google Calendar emulator's OAuth: loopback consent with PKCE, refresh, revoke, 401s."""

from __future__ import annotations

import secrets
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import aiohttp

from sandbox.google_calendar_emulator import pkce_challenge
from tests.google_discovery import running

REDIRECT = "http://127.0.0.1:8765/"
SCOPES = (
    "https://www.googleapis.com/auth/calendar.events"
    " https://www.googleapis.com/auth/calendar.freebusy"
)


async def consent(session, emu, verifier: str, **extra: str) -> dict[str, list[str]]:
    params = {
        "client_id": emu.oauth.client_id,
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "scope": SCOPES,
        "state": "st-42",
        "code_challenge": pkce_challenge(verifier),
        "code_challenge_method": "S256",
        "access_type": "offline",
    } | extra
    async with session.get(emu.auth_url, params=params, allow_redirects=False) as response:
        assert response.status == 302, await response.text()
        location = urlsplit(response.headers["Location"])
        assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
        return parse_qs(location.query)


async def token(session, emu, **form: str) -> tuple[int, dict]:
    form = {"client_id": emu.oauth.client_id, "client_secret": emu.oauth.client_secret} | form
    async with session.post(emu.token_url, data=form) as response:
        return response.status, await response.json()


async def redeem(session, emu, code: str, verifier: str) -> tuple[int, dict]:
    return await token(
        session,
        emu,
        grant_type="authorization_code",
        code=code,
        code_verifier=verifier,
        redirect_uri=REDIRECT,
    )


async def test_loopback_consent_with_pkce_yields_tokens_that_work():
    async with running() as (emu, http), aiohttp.ClientSession() as session:
        verifier = secrets.token_urlsafe(48)
        redirect = await consent(session, emu, verifier)
        assert redirect["state"] == ["st-42"]
        status, tokens = await redeem(session, emu, redirect["code"][0], verifier)
        assert status == 200, tokens
        assert tokens["expires_in"] == 3599 and tokens["token_type"] == "Bearer"
        assert set(tokens["scope"].split()) == set(SCOPES.split())
        reply = await http.events(token=tokens["access_token"])
        assert reply.status == 200
        # A code is good once.
        status, again = await redeem(session, emu, redirect["code"][0], verifier)
        assert (status, again["error"]) == (400, "invalid_grant")
        status, refreshed = await token(
            session, emu, grant_type="refresh_token", refresh_token=tokens["refresh_token"]
        )
        assert status == 200 and "refresh_token" not in refreshed
        assert refreshed["access_token"] != tokens["access_token"]


async def test_a_wrong_code_verifier_is_invalid_grant():
    async with running() as (emu, _), aiohttp.ClientSession() as session:
        redirect = await consent(session, emu, secrets.token_urlsafe(48))
        status, body = await redeem(session, emu, redirect["code"][0], secrets.token_urlsafe(48))
        assert (status, body) == (
            400,
            {"error": "invalid_grant", "error_description": "Invalid code verifier."},
        )
        status, body = await token(
            session,
            emu,
            grant_type="authorization_code",
            code=redirect["code"][0],
            redirect_uri=REDIRECT,
        )
        assert (status, body["error_description"]) == (400, "Missing code verifier.")


async def test_consent_can_grant_fewer_scopes_or_be_declined():
    async with running() as (emu, _), aiohttp.ClientSession() as session:
        emu.oauth.consent_scopes = frozenset({"https://www.googleapis.com/auth/calendar.events"})
        verifier = secrets.token_urlsafe(48)
        redirect = await consent(session, emu, verifier)
        assert redirect["scope"] == ["https://www.googleapis.com/auth/calendar.events"]
        emu.oauth.consent_error = "access_denied"
        denied = await consent(session, emu, verifier)
        assert denied == {"error": ["access_denied"], "state": ["st-42"]}


async def test_consent_refuses_a_redirect_that_is_not_loopback_or_an_unknown_client():
    async with running() as (emu, _), aiohttp.ClientSession() as session:
        base = {"client_id": emu.oauth.client_id, "response_type": "code", "scope": SCOPES}
        for params in (
            base | {"redirect_uri": "https://evil.example.com/"},
            base | {"redirect_uri": REDIRECT, "client_id": "someone-else"},
        ):
            async with session.get(emu.auth_url, params=params, allow_redirects=False) as response:
                assert response.status in {400, 401}
                assert "Location" not in response.headers


async def test_a_revoked_refresh_token_is_invalid_grant_and_its_access_tokens_die():
    async with running() as (emu, http), aiohttp.ClientSession() as session:
        refresh = emu.issue_refresh_token()
        _, tokens = await token(session, emu, grant_type="refresh_token", refresh_token=refresh)
        async with session.post(emu.revoke_url, data={"token": refresh}) as response:
            assert response.status == 200
        status, body = await token(session, emu, grant_type="refresh_token", refresh_token=refresh)
        assert (status, body["error"]) == (400, "invalid_grant")
        assert body["error_description"] == "Token has been expired or revoked."
        assert (await http.events(token=tokens["access_token"])).status == 401


async def test_an_expired_access_token_gets_401_with_googles_challenge():
    async with running() as (emu, http):
        emu.expire_access_tokens()
        reply = await http.events()
        assert (reply.status, reply.reason) == (401, "authError")
        assert reply.headers["WWW-Authenticate"] == (
            'Bearer realm="https://accounts.google.com/", error="invalid_token"'
        )
        assert reply.body["error"]["status"] == "UNAUTHENTICATED"
        assert reply.body["error"]["errors"][0]["location"] == "Authorization"
        http.token = None
        anonymous = await http.events()
        assert (anonymous.status, anonymous.reason) == (401, "required")
        assert (
            anonymous.headers["WWW-Authenticate"] == 'Bearer realm="https://accounts.google.com/"'
        )


async def test_access_tokens_expire_on_the_emulators_clock():
    async with running() as (emu, http):
        now = emu.now()
        http.token = emu.grant()
        emu.now = lambda: now + timedelta(seconds=3598)
        assert (await http.events()).status == 200
        emu.now = lambda: now + timedelta(seconds=3600)
        assert (await http.events()).status == 401


async def test_the_token_endpoint_wants_the_desktop_clients_secret():
    async with running() as (emu, _), aiohttp.ClientSession() as session:
        refresh = emu.issue_refresh_token()
        form = {"client_id": emu.oauth.client_id, "grant_type": "refresh_token"}
        async with session.post(emu.token_url, data=form | {"refresh_token": refresh}) as response:
            assert response.status == 400
            assert (await response.json())["error_description"] == "client_secret is missing."
        status, body = await token(
            session, emu, client_secret="wrong", grant_type="refresh_token", refresh_token=refresh
        )
        assert (status, body["error"]) == (401, "invalid_client")
