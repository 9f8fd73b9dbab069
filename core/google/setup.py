"""Building the Google pieces from the settings and the environment: the token source, the
provider, and `login google`."""

from __future__ import annotations

import asyncio

import aiohttp

from core.calendars.provider import ActionLog
from core.config.settings import GoogleCalendarConfig, Secrets

from .auth import (
    GoogleTokenFile,
    GoogleTokenSource,
    RefreshingGoogleToken,
    StaticGoogleToken,
    TokenEndpoint,
)
from .calendar import GoogleCalendarProvider
from .consent import GoogleSignIn, ShowUrl, sign_in_google
from .errors import GoogleAuthError
from .transport import GoogleApi, Sleep


def _client(config: GoogleCalendarConfig, secrets: Secrets) -> TokenEndpoint:
    if not config.client_id:
        raise GoogleAuthError(
            "calendars.google.client_id is not set. Create a 'Desktop app' OAuth client in "
            "Google Cloud (README: Google Calendar) and put its client ID there, or set "
            "GOOGLE_ACCESS_TOKEN to use a ready token."
        )
    if not secrets.google_client_secret:
        raise GoogleAuthError(
            "GOOGLE_CLIENT_SECRET is not set: put the Desktop app OAuth client's secret in that "
            "environment variable (README: Google Calendar)."
        )
    return TokenEndpoint(config.token_url, config.client_id, secrets.google_client_secret)


def google_tokens(
    config: GoogleCalendarConfig, secrets: Secrets, session: aiohttp.ClientSession
) -> GoogleTokenSource:
    """GOOGLE_ACCESS_TOKEN when set, else the token file kept fresh with the Desktop client."""
    if secrets.google_access_token and secrets.google_access_token.strip():
        return StaticGoogleToken(secrets.google_access_token.strip())
    endpoint = _client(config, secrets)
    return RefreshingGoogleToken(session, GoogleTokenFile(config.token_cache_path), endpoint)


def build_google_calendar(
    config: GoogleCalendarConfig,
    secrets: Secrets,
    session: aiohttp.ClientSession,
    *,
    log_action: ActionLog | None = None,
    sleep: Sleep = asyncio.sleep,
) -> GoogleCalendarProvider:
    """The provider over `calendar_ids`; GoogleAuthError names a missing client id or secret."""
    api = GoogleApi(session, google_tokens(config, secrets, session), config.base_url, sleep=sleep)
    return GoogleCalendarProvider(api, config.calendar_ids, log_action=log_action)


async def sign_in(
    config: GoogleCalendarConfig,
    secrets: Secrets,
    session: aiohttp.ClientSession,
    show_url: ShowUrl,
    *,
    port: int | None = None,
) -> GoogleSignIn:
    """Run `login google` with the configured client, endpoints and loopback port."""
    endpoint = _client(config, secrets)
    return await sign_in_google(
        session,
        client_id=endpoint.client_id,
        client_secret=endpoint.client_secret,
        auth_url=config.auth_url,
        token_url=config.token_url,
        token_file=GoogleTokenFile(config.token_cache_path),
        show_url=show_url,
        port=config.loopback_port if port is None else port,
    )
