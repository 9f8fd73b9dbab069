"""`login` and the doctor's sign-in checks with real MSAL against the fake identity platform."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from bot.terminal.cli import EXIT_OK, _login, build_parser
from bot.terminal.doctor import Check, worded
from bot.terminal.screen import Terminal
from core.api import Assistant
from core.config.settings import Secrets, load_settings
from core.doctor import run_checks
from core.microsoft.auth import DevicePrompt, MemoryTokenCache, MsalTokenProvider
from core.runtime import build_runtime

OLD_SCOPES = ("Mail.ReadWrite", "MailboxSettings.ReadWrite", "User.Read")
ALL_SCOPES = (*OLD_SCOPES, "Tasks.ReadWrite")


@pytest.fixture
def config(tmp_path: Path, emulator) -> Path:
    path = tmp_path / "config.yaml"
    scopes = "".join(f"\n    - {s}" for s in ALL_SCOPES)
    path.write_text(
        f'auth:\n  client_id: "app"\n  scopes:{scopes}\n'
        f'graph:\n  base_url: "{emulator.base_url}"\nstorage:\n  path: "{tmp_path / "d.db"}"\n'
    )
    return path


def provider(entra, sleeps, cache, scopes, *, interactive: bool, shown=None) -> MsalTokenProvider:
    async def prompt(p: DevicePrompt) -> None:
        (shown if shown is not None else []).append(p)

    return MsalTokenProvider(
        entra.client_id,
        authority=entra.authority,
        scopes=scopes,
        cache=cache,
        prompt=prompt,
        interactive=interactive,
        http_client=entra.http_client(),
        instance_discovery=False,
        sleep=sleeps,
    )


async def doctor(config: Path, tokens: MsalTokenProvider) -> dict[str, Check]:
    """Run the core checks and word them as the doctor prints them."""
    checks = await run_checks(
        config,
        Secrets(),
        runtime_factory=lambda s: build_runtime(s, Secrets(), token_provider=tokens),
    )
    return {c.name: c for c in map(worded, checks)}


async def test_login_runs_the_device_flow_and_reports_the_account(config, entra, sleeps):
    shown: list[DevicePrompt] = []
    tokens = provider(entra, sleeps, MemoryTokenCache(), ALL_SCOPES, interactive=True, shown=shown)
    runtime = await build_runtime(load_settings(config), Secrets(), token_provider=tokens)
    out = io.StringIO()
    try:
        status = await _login(
            Assistant(runtime),
            build_parser().parse_args(["login"]),
            Terminal(Console(file=out, width=200)),
        )
    finally:
        await runtime.aclose()

    assert status == EXIT_OK
    assert len(shown) == 1 and shown[0].user_code
    assert "Signed in as" in out.getvalue() and "Tasks.ReadWrite" in out.getvalue()


async def test_doctor_reports_a_missing_sign_in_without_starting_one(config, entra, sleeps):
    tokens = provider(entra, sleeps, MemoryTokenCache(), ALL_SCOPES, interactive=False)

    checks = await doctor(config, tokens)

    assert not checks["sign-in"].ok
    assert "not signed in" in checks["sign-in"].detail
    assert "outlook-assistant login" in checks["sign-in"].fix
    assert not entra.devicecode_requests()


async def test_doctor_names_the_scope_an_upgrade_added(config, entra, sleeps):
    cache = MemoryTokenCache()
    await provider(entra, sleeps, cache, OLD_SCOPES, interactive=True).get_token()
    upgraded = provider(entra, sleeps, cache, ALL_SCOPES, interactive=False)

    checks = await doctor(config, upgraded)

    assert not checks["sign-in"].ok
    assert "Tasks.ReadWrite" in checks["sign-in"].detail


async def test_doctor_passes_sign_in_and_graph_with_every_scope(config, entra, emulator, sleeps):
    cache = MemoryTokenCache()
    await provider(entra, sleeps, cache, ALL_SCOPES, interactive=True).get_token()

    checks = await doctor(config, provider(entra, sleeps, cache, ALL_SCOPES, interactive=False))

    assert checks["sign-in"].ok and checks["graph"].ok
    assert emulator.requests[0].header("Authorization") == f"Bearer {entra.access_tokens[-1]}"
