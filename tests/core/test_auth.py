"""MSAL token provider against a fake Microsoft identity platform spoken to over real HTTPS."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from core.errors import AuthError, ConfigError
from core.microsoft.auth import (
    DevicePrompt,
    FileTokenCache,
    MemoryTokenCache,
    MsalTokenProvider,
    StaticTokenProvider,
    build_token_provider,
    msal_error_to_auth_error,
    print_device_prompt,
)
from sandbox.entra_emulator import (
    DECLINED,
    EXPIRED,
    PENDING,
    SLOW_DOWN,
    STALE_REFRESH,
    OAuthError,
)

SCOPES = ("Mail.ReadWrite", "MailboxSettings.ReadWrite", "User.Read")
UPGRADED = (*SCOPES, "Tasks.ReadWrite")


class Prompts:
    """Collects device-code prompts; async, like a Slack DM sender."""

    def __init__(self) -> None:
        self.shown: list[DevicePrompt] = []

    async def __call__(self, prompt: DevicePrompt) -> None:
        self.shown.append(prompt)


@pytest.fixture
def prompts() -> Prompts:
    return Prompts()


@pytest.fixture
def make(entra, sleeps, prompts):
    """Build a provider whose MSAL talks HTTPS to the fake."""

    def build(**overrides) -> MsalTokenProvider:
        options = {
            "authority": entra.authority,
            "scopes": SCOPES,
            "cache": MemoryTokenCache(),
            "prompt": prompts,
            "http_client": entra.http_client(),
            "instance_discovery": False,
            "sleep": sleeps,
        }
        options.update(overrides)
        client_id = options.pop("client_id", entra.client_id)
        return MsalTokenProvider(client_id, **options)

    return build


async def test_device_flow_hands_the_code_to_the_prompt_and_returns_the_token(
    entra, make, prompts, sleeps, caplog
):
    caplog.set_level(logging.INFO, logger="core.microsoft.auth")
    provider = make()

    token = await provider.get_token()

    assert token == entra.access_tokens[-1]
    [prompt] = prompts.shown
    issued = entra.prompts_issued[0]
    assert prompt.user_code == issued["user_code"]
    assert prompt.verification_uri == "https://microsoft.com/devicelogin"
    assert issued["user_code"] in prompt.message
    assert abs(prompt.expires_at.timestamp() - (time.time() + 900)) < 30
    # Two authorization_pending answers, each followed by one wait of `interval`.
    assert sleeps.calls == [1.0, 1.0]
    assert len(entra.token_requests("device_code")) == 3
    requested = entra.devicecode_requests()[0].form["scope"].split()
    assert set(requested) == {*SCOPES, "openid", "profile", "offline_access"}
    assert "no saved sign-in" in caplog.text
    assert provider.granted_scopes() == tuple(sorted(SCOPES))
    assert provider.missing_scopes() == ()
    assert await provider.account_username() == "owner@contoso.example"
    assert provider.token_expires_at is not None
    assert abs(provider.token_expires_at.timestamp() - (time.time() + 3600)) < 30


async def test_a_sync_prompt_callback_works_too(entra, make):
    shown: list[DevicePrompt] = []
    provider = make(prompt=shown.append)
    await provider.get_token()
    assert [p.user_code for p in shown] == [entra.prompts_issued[0]["user_code"]]


async def test_second_get_token_makes_no_request(entra, make):
    provider = make()
    first = await provider.get_token()
    seen = len(entra.requests)
    assert await provider.get_token() == first
    assert len(entra.requests) == seen


async def test_a_new_instance_uses_the_saved_cache_and_leaves_the_file_alone(
    entra, make, prompts, tmp_path
):
    cache_file = tmp_path / "data" / "token_cache.json"
    first = await make(cache=FileTokenCache(cache_file)).get_token()
    before = cache_file.stat()
    seen = len(entra.token_requests())

    again = make(cache=FileTokenCache(cache_file))
    assert await again.get_token() == first

    after = cache_file.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert len(entra.token_requests()) == seen
    assert len(prompts.shown) == 1


async def test_cache_is_saved_only_when_msal_changed_it(entra, make):
    backend = MemoryTokenCache()
    await make(cache=backend).get_token()
    assert backend.saves == 1  # the device-flow tokens
    await make(cache=backend).get_token()  # a fresh instance, served from the cache
    assert backend.saves == 1


async def test_expired_access_token_is_refreshed_silently(entra, make, prompts):
    entra.access_token_lifetime = 60  # under MSAL's 5-minute margin: already "expired"
    provider = make()
    first = await provider.get_token()

    second = await provider.get_token()

    assert second != first
    assert second == entra.access_tokens[-1]
    [refresh] = entra.token_requests("refresh_token")
    assert refresh.form["refresh_token"] in entra.issued
    assert len(entra.devicecode_requests()) == 1
    assert len(prompts.shown) == 1


async def test_refresh_hint_in_the_past_makes_msal_refresh_early(entra, make):
    entra.refresh_in = -10  # as if the access token had aged past its refresh_on
    provider = make()
    first = await provider.get_token()
    entra.refresh_in = None

    assert await provider.get_token() != first
    assert len(entra.token_requests("refresh_token")) == 1


@pytest.mark.parametrize("unconsented_refresh", ["consent_required", "drop"])
async def test_added_scope_starts_a_new_device_flow_by_itself(
    entra, make, prompts, tmp_path, caplog, unconsented_refresh
):
    entra.unconsented_refresh = unconsented_refresh
    cache_file = tmp_path / "token_cache.json"
    await make(cache=FileTokenCache(cache_file)).get_token()
    caplog.clear()
    caplog.set_level(logging.INFO, logger="core.microsoft.auth")

    upgraded = make(cache=FileTokenCache(cache_file), scopes=UPGRADED)
    assert upgraded.missing_scopes() == ("Tasks.ReadWrite",)
    token = await upgraded.get_token()

    assert token == entra.access_tokens[-1]
    assert len(prompts.shown) == 2
    assert "Tasks.ReadWrite" in entra.devicecode_requests()[-1].form["scope"].split()
    [info] = [r for r in caplog.records if "Starting a Microsoft device-code" in r.getMessage()]
    assert info.levelno == logging.INFO
    assert "Tasks.ReadWrite" in info.getMessage()
    assert upgraded.missing_scopes() == ()
    assert "Tasks.ReadWrite" in upgraded.granted_scopes()
    # The next process sees the upgraded grant in the saved cache and asks for nothing.
    assert make(cache=FileTokenCache(cache_file), scopes=UPGRADED).missing_scopes() == ()


async def test_added_scope_that_an_admin_already_granted_needs_no_new_sign_in(entra, make, prompts):
    backend = MemoryTokenCache()
    await make(cache=backend).get_token()
    entra.consent("Tasks.ReadWrite")

    upgraded = make(cache=backend, scopes=UPGRADED)
    await upgraded.get_token()

    assert len(prompts.shown) == 1
    assert len(entra.token_requests("refresh_token")) == 1
    assert upgraded.missing_scopes() == ()


async def test_a_saved_sign_in_with_more_scopes_than_configured_needs_no_new_sign_in(
    entra, make, prompts
):
    # An owner signed in when Mail.Send was a default scope; dropping it must not ask again.
    backend = MemoryTokenCache()
    entra.access_token_lifetime = 60  # every get_token below needs a refresh
    await make(cache=backend, scopes=(*SCOPES, "Mail.Send")).get_token()

    narrower = make(cache=backend, scopes=SCOPES)
    assert narrower.missing_scopes() == ()
    await narrower.get_token()
    await narrower.get_token()

    assert len(prompts.shown) == 1
    assert len(entra.devicecode_requests()) == 1
    assert len(entra.token_requests("refresh_token")) == 2


async def test_scope_withheld_after_sign_in_does_not_prompt_again(entra, make, prompts, caplog):
    entra.withheld_scopes = {"Tasks.ReadWrite"}
    entra.access_token_lifetime = 60
    provider = make(scopes=UPGRADED)
    await provider.get_token()
    assert "did not grant Tasks.ReadWrite" in caplog.text

    await provider.get_token()  # refresh: still without Tasks.ReadWrite, but no new prompt

    assert len(prompts.shown) == 1
    assert provider.missing_scopes() == ("Tasks.ReadWrite",)


async def test_cache_file_is_private_from_creation(entra, make, tmp_path):
    cache_file = tmp_path / "token_cache.json"
    cache_file.write_text("{}")
    cache_file.chmod(0o644)
    old_umask = os.umask(0)  # a plain open() would now create a world-writable file
    try:
        backend = FileTokenCache(cache_file)
        await make(cache=backend).get_token()
    finally:
        os.umask(old_umask)

    assert cache_file.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token_cache.json"]


def test_unreadable_cache_path_is_an_auth_error(tmp_path):
    with pytest.raises(AuthError, match="Cannot read the token cache .*auth.token_cache_path"):
        FileTokenCache(tmp_path).load()  # a directory


def test_terminal_prompt_prints_microsofts_message(capsys):
    print_device_prompt(
        DevicePrompt("Open the page and enter ABC", "ABC", "https://x.example", datetime.now(UTC))
    )
    assert "enter ABC" in capsys.readouterr().err


async def test_before_sign_in_nothing_is_granted(make):
    provider = make()
    assert provider.granted_scopes() == ()
    assert provider.missing_scopes() == SCOPES
    assert await provider.account_username() is None
    assert provider.token_expires_at is None


def test_loading_a_readable_cache_file_restricts_it(tmp_path, caplog):
    cache_file = tmp_path / "token_cache.json"
    cache_file.write_text("{}")
    cache_file.chmod(0o644)
    assert FileTokenCache(cache_file).load() == "{}"
    assert cache_file.stat().st_mode & 0o777 == 0o600
    assert "readable by other users" in caplog.text
    assert FileTokenCache(tmp_path / "absent.json").load() is None


async def test_unwritable_cache_path_is_an_auth_error_and_the_save_is_retried(
    entra, make, prompts, tmp_path
):
    cache_file = tmp_path / "data" / "cache.json"
    provider = make(cache=FileTokenCache(cache_file))
    (tmp_path / "data").write_text("")  # a file where the cache directory should be
    with pytest.raises(AuthError, match="Cannot write the token cache .*auth.token_cache_path"):
        await provider.get_token()

    (tmp_path / "data").unlink()
    await provider.get_token()  # from MSAL's in-memory cache; the pending save now succeeds

    assert cache_file.exists()
    assert len(prompts.shown) == 1


@pytest.mark.parametrize("interactive", [True, False])
async def test_rejected_refresh_token(entra, make, prompts, interactive):
    entra.access_token_lifetime = 60
    backend = MemoryTokenCache()
    await make(cache=backend).get_token()
    entra.refresh_error = STALE_REFRESH
    provider = make(cache=backend, interactive=interactive)

    if interactive:
        assert await provider.get_token() == entra.access_tokens[-1]
        assert len(prompts.shown) == 2
    else:
        with pytest.raises(AuthError, match=r"AADSTS700082.*outlook-assistant login"):
            await provider.get_token()
        assert len(prompts.shown) == 1
    assert len(entra.token_requests("refresh_token")) == 1


async def test_non_interactive_provider_without_sign_in_raises(entra, make):
    with pytest.raises(AuthError, match="no saved sign-in.*outlook-assistant login"):
        await make(interactive=False).get_token()
    assert entra.devicecode_requests() == []


async def test_concurrent_callers_share_one_device_flow(entra, make, prompts):
    provider = make()
    tokens = await asyncio.gather(*(provider.get_token() for _ in range(5)))
    assert len(set(tokens)) == 1
    assert len(entra.devicecode_requests()) == 1
    assert len(prompts.shown) == 1


async def test_concurrent_callers_share_one_refresh(entra, make):
    entra.access_token_lifetime = 60
    provider = make()
    await provider.get_token()
    entra.access_token_lifetime = 3600

    tokens = await asyncio.gather(*(provider.get_token() for _ in range(5)))

    assert len(set(tokens)) == 1
    assert len(entra.token_requests("refresh_token")) == 1


async def test_login_reports_account_scopes_and_expiry(entra, make, prompts):
    provider = make()
    result = await provider.login()
    assert result.username == "owner@contoso.example"
    assert result.scopes == tuple(sorted(SCOPES))
    assert abs(result.expires_at.timestamp() - (time.time() + 3600)) < 30

    again = await provider.login()  # the saved sign-in suffices
    assert len(prompts.shown) == 1
    assert again.scopes == result.scopes

    await provider.login(force=True)
    assert len(prompts.shown) == 2


async def test_slow_down_lengthens_the_wait(entra, make, sleeps):
    entra.poll_replies = [SLOW_DOWN]
    await make().get_token()
    assert sleeps.calls == [6.0]  # interval 1 + 5, as RFC 8628 asks


async def test_device_code_expiring_while_pending_stops_polling(entra, make, sleeps):
    entra.device_code_lifetime = 0
    entra.poll_replies = [PENDING] * 5
    with pytest.raises(AuthError, match="expired"):
        await make().get_token()
    assert sleeps.calls == []


async def test_no_token_reaches_logs_or_reprs(entra, make, caplog):
    caplog.set_level(logging.DEBUG)
    entra.access_token_lifetime = 60
    provider = make()
    result = await provider.login()
    await provider.get_token()  # refresh
    entra.refresh_error = STALE_REFRESH
    with pytest.raises(AuthError) as failed:
        await make(cache=MemoryTokenCache(), interactive=False).get_token()
    await provider.get_token()  # refused refresh, then a second device flow

    assert any(r.name == "msal.token_cache" for r in caplog.records)  # MSAL did log, at DEBUG
    exposed = [caplog.text, repr(provider), repr(result), str(failed.value)]
    exposed += [str(r.__dict__) for r in caplog.records]
    assert len(entra.issued) >= 10
    for secret in entra.issued:
        assert all(secret not in text for text in exposed)


async def test_graph_access_token_wins(tmp_path):
    provider = build_token_provider(
        client_id=None,
        authority="https://login.microsoftonline.com/organizations",
        scopes=SCOPES,
        cache_path=tmp_path / "cache.json",
        graph_access_token="ready-token",
        prompt=None,
    )
    assert isinstance(provider, StaticTokenProvider)
    assert await provider.get_token() == "ready-token"
    assert "ready-token" not in repr(provider)


def test_missing_client_id_says_how_to_set_it(tmp_path):
    with pytest.raises(AuthError, match="auth.client_id is not set.*GRAPH_ACCESS_TOKEN"):
        build_token_provider(
            client_id=" ",
            authority="https://login.microsoftonline.com/organizations",
            scopes=SCOPES,
            cache_path=tmp_path / "cache.json",
            graph_access_token=None,
            prompt=None,
        )


def test_client_id_builds_an_msal_provider_with_a_file_cache(tmp_path):
    provider = build_token_provider(
        client_id="app-id",
        authority="https://login.microsoftonline.com/organizations",
        scopes=SCOPES,
        cache_path=tmp_path / "cache.json",
        graph_access_token="",
        prompt=None,
    )
    assert isinstance(provider, MsalTokenProvider)
    assert str(tmp_path / "cache.json") in repr(provider)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"scopes": ("User.Read", "offline_access")}, "auth.scopes .*offline_access"),
        ({"scopes": ()}, "auth.scopes"),
        ({"authority": "http://login.microsoftonline.com/x"}, "auth.authority must be an https"),
        ({"authority": "https://login.microsoftonline.com"}, "auth.authority must be an https"),
    ],
)
def test_invalid_settings_are_config_errors(options, message):
    settings: dict[str, Any] = {
        "authority": "https://login.microsoftonline.com/organizations",
        "scopes": SCOPES,
    }
    settings.update(options)
    with pytest.raises(ConfigError, match=message):
        MsalTokenProvider("app-id", cache=MemoryTokenCache(), **settings)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_unreachable_identity_platform_is_an_auth_error_with_its_whole_cause(entra, make):
    provider = make(authority=f"https://127.0.0.1:{_closed_port()}/tenant")
    with pytest.raises(AuthError, match="Cannot get a token from the Microsoft identity platform"):
        await provider.get_token()
    with pytest.raises(AuthError) as caught:
        await provider.login()

    message = str(caught.value)
    assert "NewConnectionError: " in message and "Connection refused)" in message
    assert message.endswith("check the network and auth.authority, then try again")


async def test_identity_platform_outage_during_sign_in_is_an_auth_error(entra, make):
    entra.outage = 503
    with pytest.raises(AuthError, match="Cannot get a token .*try again"):
        await make().get_token()


async def test_identity_platform_outage_during_refresh_is_an_auth_error(entra, make):
    entra.access_token_lifetime = 60
    provider = make()
    await provider.get_token()
    entra.outage = 503
    with pytest.raises(AuthError, match="Cannot get a token .*503"):
        await provider.get_token()


async def test_unreadable_cache_text_means_a_new_sign_in(entra, make, prompts, caplog):
    await make(cache=MemoryTokenCache("{not json")).get_token()
    assert "unreadable token cache" in caplog.text
    assert len(prompts.shown) == 1


CONSENT_MISSING = OAuthError("interaction_required", 65001, "The user has not consented.")


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ({"public_client_flows": False}, ["AADSTS7000218", "'Allow public client flows' to Yes"]),
        ({"tenant": "common"}, ["AADSTS50194", "single-tenant", "auth.authority"]),
        (
            {"tenant": "consumers", "audience": "AzureADMultipleOrgs"},
            ["AADSTS9002332", "/consumers", "/organizations"],
        ),
        ({"device_outcome": DECLINED}, ["authorization_declined", "declined"]),
        ({"device_outcome": EXPIRED}, ["AADSTS70019", "expired"]),
        ({"device_outcome": CONSENT_MISSING}, ["AADSTS65001", "Consent is missing for Mail."]),
        ({"client_id": "00000000-0000-0000-0000-000000000000"}, ["AADSTS700016", "auth.client_id"]),
        ({"tenant": "no-such-tenant"}, ["auth.authority", "tenant ID or domain"]),
    ],
)
async def test_identity_platform_errors_say_what_to_change(entra, make, setup, expected):
    setup = dict(setup)
    tenant = setup.pop("tenant", None)
    client_id = setup.pop("client_id", entra.client_id)
    for name, value in setup.items():
        setattr(entra, name, value)
    authority = entra.authority_for(tenant) if tenant else entra.authority

    with pytest.raises(AuthError) as failed:
        await make(authority=authority, client_id=client_id).get_token()

    for fragment in expected:
        assert fragment in str(failed.value)


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ({"error": "invalid_grant", "error_codes": [70000]}, "saved sign-in is no longer valid"),
        ({"error": "invalid_grant", "error_codes": [50173]}, "saved sign-in is no longer valid"),
        ({"error": "interaction_required", "error_codes": [50076]}, "Multi-factor"),
        ({"error": "interaction_required", "error_codes": [53003]}, "Conditional Access"),
        ({"error": "invalid_request", "error_codes": [90094]}, "Grant admin consent"),
        ({"error": "invalid_request", "error_codes": [500208]}, "account type"),
        ({"error": "invalid_request", "error_codes": [50059]}, "which tenant"),
        ({"error": "invalid_scope", "error_codes": [70011]}, "auth.scopes"),
        ({"error": "invalid_request", "error_codes": [700022]}, "several APIs"),
        ({"error": "bad_verification_code", "error_codes": [70018]}, "did not recognise"),
        (
            {"error": "invalid_request", "error_description": "AADSTS50194: not multi-tenant."},
            "single-tenant",
        ),
        ({"error": "interaction_required"}, "requires a new sign-in"),
        ({"error": "something_new", "error_codes": [1]}, "Check auth.client_id, auth.authority"),
    ],
)
def test_error_table(result, expected):
    error = msal_error_to_auth_error(
        result, client_id="app-id", authority="https://login.microsoftonline.com/x", scopes=SCOPES
    )
    assert expected in str(error)
    assert str(error).startswith(f"Microsoft sign-in failed ({result['error']}")


def test_file_cache_survives_a_reload(tmp_path: Path):
    backend = FileTokenCache(tmp_path / "nested" / "cache.json")
    backend.save('{"a": 1}')
    assert FileTokenCache(tmp_path / "nested" / "cache.json").load() == '{"a": 1}'
    assert (tmp_path / "nested").stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    "tenant", ["aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "9188040d-6c67-4c5b-b112-36a304b66dad"]
)
async def test_the_account_tenant_comes_from_the_saved_sign_in(entra, make, tenant):
    entra.tenant_id = tenant  # the second is the consumer tenant of personal accounts
    entra.audience = "AzureADandPersonalMicrosoftAccount"
    provider = make(authority=entra.authority_for("common"))
    assert provider.account_tenant_id() is None

    await provider.get_token()

    assert provider.account_tenant_id() == tenant
