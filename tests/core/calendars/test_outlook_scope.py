"""The calendar permission joins the default Microsoft sign-in scopes, and an owner signed in
before it existed consents once, by the existing automatic re-consent (real MSAL, fake Entra)."""

from __future__ import annotations

from core.config.settings import Settings
from core.microsoft.auth import DevicePrompt, MemoryTokenCache, MsalTokenProvider
from sandbox.entra_emulator import FakeEntra
from tests.conftest import RecordingSleep

CALENDAR_SCOPE = "Calendars.ReadWrite"


def provider(
    entra: FakeEntra,
    cache: MemoryTokenCache,
    scopes: tuple[str, ...],
    prompts: list[DevicePrompt],
    sleeps: RecordingSleep,
) -> MsalTokenProvider:
    return MsalTokenProvider(
        entra.client_id,
        authority=entra.authority,
        scopes=scopes,
        cache=cache,
        prompt=prompts.append,
        http_client=entra.http_client(),
        instance_discovery=False,
        sleep=sleeps,
    )


async def test_an_owner_signed_in_without_the_calendar_scope_consents_once(
    entra: FakeEntra, sleeps: RecordingSleep
) -> None:
    defaults = Settings().auth.scopes
    assert CALENDAR_SCOPE in defaults
    before_calendars = tuple(s for s in defaults if s != CALENDAR_SCOPE)
    cache, prompts = MemoryTokenCache(), list[DevicePrompt]()
    await provider(entra, cache, before_calendars, prompts, sleeps).get_token()

    upgraded = provider(entra, cache, defaults, prompts, sleeps)
    assert upgraded.missing_scopes() == (CALENDAR_SCOPE,)
    await upgraded.get_token()

    assert len(prompts) == 2
    assert CALENDAR_SCOPE in entra.devicecode_requests()[-1].form["scope"].split()
    assert CALENDAR_SCOPE in upgraded.granted_scopes()
    # The next start finds the grant in the cache and asks for nothing.
    again = provider(entra, cache, defaults, prompts, sleeps)
    assert again.missing_scopes() == ()
    await again.get_token()
    assert len(prompts) == 2
