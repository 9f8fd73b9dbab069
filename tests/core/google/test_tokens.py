"""The token file kept fresh: refresh before expiry (once for concurrent calls), 401 -> one
refresh, invalid_grant -> sign in again with nothing lost, GOOGLE_ACCESS_TOKEN."""

from __future__ import annotations

import asyncio
import os
import stat
from datetime import timedelta

import pytest

from core.config.settings import GoogleCalendarConfig, Secrets
from core.errors import AuthError
from core.google.auth import (
    SCOPES,
    GoogleTokenFile,
    RefreshingGoogleToken,
    SavedGoogleToken,
    StaticGoogleToken,
    TokenEndpoint,
)
from core.google.calendar import GoogleCalendarProvider
from core.google.errors import GoogleAuthError
from core.google.setup import build_google_calendar, google_tokens
from core.google.transport import GoogleApi


def saved_token(gcal, path, *, expires_in: timedelta = timedelta(hours=1)) -> SavedGoogleToken:
    refresh = gcal.issue_refresh_token()
    saved = SavedGoogleToken(
        refresh_token=refresh,
        access_token=gcal.oauth.grant(frozenset(SCOPES), refresh_token=refresh),
        expires_at=gcal.now() + expires_in,
        scopes=frozenset(SCOPES),
    )
    GoogleTokenFile(path).save(saved)
    return saved


def refreshing(gcal, http_session, path) -> RefreshingGoogleToken:
    endpoint = TokenEndpoint(gcal.token_url, gcal.oauth.client_id, gcal.oauth.client_secret)
    return RefreshingGoogleToken(http_session, GoogleTokenFile(path), endpoint, now=gcal.now)


def refresh_requests(gcal) -> list[dict[str, str]]:
    return [r for r in gcal.oauth.token_requests if r["grant_type"] == "refresh_token"]


async def test_a_token_about_to_expire_is_refreshed_once_for_concurrent_calls(
    gcal, http_session, token_path
):
    saved = saved_token(gcal, token_path, expires_in=timedelta(seconds=30))
    tokens = refreshing(gcal, http_session, token_path)

    handed = await asyncio.gather(*(tokens.access_token() for _ in range(5)))

    assert len(set(handed)) == 1 and handed[0] != saved.access_token
    assert len(refresh_requests(gcal)) == 1 and tokens.refreshes == 1
    on_disk = GoogleTokenFile(token_path).load()
    assert on_disk is not None and on_disk.access_token == handed[0]
    assert on_disk.refresh_token == saved.refresh_token  # Google sends no new one on refresh
    assert stat.S_IMODE(token_path.stat().st_mode) == 0o600


async def test_a_fresh_token_is_used_as_saved(gcal, http_session, token_path):
    saved = saved_token(gcal, token_path)
    tokens = refreshing(gcal, http_session, token_path)
    assert await tokens.access_token() == saved.access_token
    assert refresh_requests(gcal) == []


async def test_a_401_refreshes_once_and_the_call_goes_through(gcal, http_session, token_path):
    saved_token(gcal, token_path)
    tokens = refreshing(gcal, http_session, token_path)
    provider = GoogleCalendarProvider(GoogleApi(http_session, tokens, gcal.api_url))
    gcal.expire_access_tokens()  # Google revoked it early; our clock still thinks it is fine

    assert await provider.events(gcal.now(), gcal.now() + timedelta(days=1)) == []
    statuses = [r.status for r in gcal.calls("calendar.events.list")]
    assert statuses == [401, 200] and tokens.refreshes == 1


async def test_a_revoked_refresh_token_asks_to_sign_in_again_and_keeps_the_file(
    gcal, http_session, token_path
):
    saved = saved_token(gcal, token_path)
    gcal.oauth.revoke(saved.refresh_token)
    before = token_path.read_bytes()
    provider = GoogleCalendarProvider(
        GoogleApi(http_session, refreshing(gcal, http_session, token_path), gcal.api_url)
    )

    with pytest.raises(AuthError) as caught:
        await provider.events(gcal.now(), gcal.now() + timedelta(days=1))

    assert isinstance(caught.value, GoogleAuthError)
    message = str(caught.value)
    assert "Token has been expired or revoked." in message
    assert "outlook-assistant login google" in message and "7 days" in message
    assert token_path.read_bytes() == before
    assert [r.status for r in gcal.calls("calendar.events.list")] == [401]


async def test_no_token_file_says_to_sign_in(gcal, http_session, token_path):
    with pytest.raises(GoogleAuthError, match="not signed in yet.*login google"):
        await refreshing(gcal, http_session, token_path).access_token()


async def test_a_damaged_token_file_says_to_sign_in_again(gcal, http_session, token_path):
    token_path.parent.mkdir(parents=True)
    token_path.write_text('{"access_token": "x"}')
    with pytest.raises(GoogleAuthError, match="damaged.*expires_at.*login google"):
        await refreshing(gcal, http_session, token_path).access_token()


async def test_a_token_file_others_can_read_is_made_private(gcal, http_session, token_path):
    saved_token(gcal, token_path)
    os.chmod(token_path, 0o644)
    await refreshing(gcal, http_session, token_path).access_token()
    assert stat.S_IMODE(token_path.stat().st_mode) == 0o600


async def test_google_access_token_overrides_the_sign_in(gcal, http_session, tmp_path):
    config = GoogleCalendarConfig(enabled=True, base_url=gcal.api_url)
    secrets = Secrets(google_access_token=gcal.grant())
    provider = build_google_calendar(config, secrets, http_session)
    assert await provider.events(gcal.now(), gcal.now() + timedelta(days=1)) == []
    gcal.expire_access_tokens()
    with pytest.raises(GoogleAuthError, match="GOOGLE_ACCESS_TOKEN"):
        await provider.events(gcal.now(), gcal.now() + timedelta(days=1))
    assert gcal.oauth.token_requests == []


def test_the_sign_in_needs_the_client_id_and_secret(http_session, tmp_path):
    with pytest.raises(GoogleAuthError, match="client_id is not set"):
        google_tokens(GoogleCalendarConfig(), Secrets(google_client_secret="s"), http_session)
    with pytest.raises(GoogleAuthError, match="GOOGLE_CLIENT_SECRET is not set"):
        google_tokens(GoogleCalendarConfig(client_id="c"), Secrets(), http_session)
    tokens = google_tokens(
        GoogleCalendarConfig(client_id="c"), Secrets(google_client_secret="s"), http_session
    )
    assert isinstance(tokens, RefreshingGoogleToken)
    assert isinstance(
        google_tokens(GoogleCalendarConfig(), Secrets(google_access_token="t"), http_session),
        StaticGoogleToken,
    )


async def test_concurrent_401s_refresh_once(gcal, http_session, token_path):
    saved_token(gcal, token_path)
    tokens = refreshing(gcal, http_session, token_path)
    provider = GoogleCalendarProvider(GoogleApi(http_session, tokens, gcal.api_url))
    gcal.expire_access_tokens()

    window = (gcal.now(), gcal.now() + timedelta(days=1))
    await asyncio.gather(*(provider.events(*window) for _ in range(4)))

    assert tokens.refreshes == 1 and len(refresh_requests(gcal)) == 1
    assert sorted(r.status for r in gcal.calls("calendar.events.list")) == [200] * 4 + [401] * 4


class RefusedEverywhere:
    """A token source whose every token Google refuses (revoked on Google's side)."""

    def __init__(self) -> None:
        self.refreshed: list[str] = []

    async def access_token(self) -> str:
        return "ya29.revoked"

    async def refresh(self, rejected: str) -> str:
        self.refreshed.append(rejected)
        return "ya29.also-revoked"


async def test_a_second_401_after_the_refresh_asks_to_sign_in_again(gcal, http_session):
    tokens = RefusedEverywhere()
    provider = GoogleCalendarProvider(GoogleApi(http_session, tokens, gcal.api_url))
    with pytest.raises(GoogleAuthError, match="refused the access token twice.*login google"):
        await provider.events(gcal.now(), gcal.now() + timedelta(days=1))
    assert tokens.refreshed == ["ya29.revoked"]
    assert [r.status for r in gcal.calls("calendar.events.list")] == [401, 401]
