"""The `run` service: credential checks first, HTTP and Socket Mode, sign-in by DM, clean stop."""

from __future__ import annotations

import asyncio
import io
import json
import os
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot import messages
from bot.slack.app import build_web_client
from bot.slack.service import (
    EXIT_CONFIG,
    EXIT_FAILED,
    EXIT_OK,
    SlackService,
    ask_slack,
    run_service,
)
from bot.terminal.doctor import check_slack
from core.config.settings import ConfigError, Secrets, load_settings
from core.microsoft.auth import MemoryTokenCache, MsalTokenProvider, StaticTokenProvider
from core.store import claim_database
from sandbox.entra_emulator import FakeEntra, OAuthError
from sandbox.slack_emulator import APP_TOKEN, BOT_TOKEN, OWNER_ID, FakeSlack
from sandbox.slack_emulator.signed_requests import SIGNING_SECRET, message_im, slash_command
from tests.core.test_triage import eventually

GOOD = {
    "SLACK_BOT_TOKEN": BOT_TOKEN,
    "SLACK_APP_TOKEN": APP_TOKEN,
    "SLACK_SIGNING_SECRET": SIGNING_SECRET,
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def configure(path: Path, **slack: object) -> Path:
    """Rewrite the slack section's keys (mode, port, owner_user_ids) of the test config."""
    text = path.read_text()
    for key, value in slack.items():
        line = f"  {key}: {json.dumps(value)}\n"
        start = text.find(f"  {key}:")
        if start >= 0:
            end = text.index("\n", start) + 1
            text = text[:start] + line + text[end:]
        else:
            text = text.replace("slack:\n", f"slack:\n{line}")
    path.write_text(text)
    return path


async def run_until_done(path: Path, exercise: Callable[[SlackService], Awaitable[None]]) -> int:
    """Run the service with the good tokens until `exercise` (awaited once it is up) returns."""
    stop = asyncio.Event()

    async def on_ready(service: SlackService) -> None:
        try:
            await exercise(service)
        finally:
            stop.set()

    return await run_service(
        path, environ=GOOD, token_provider=StaticTokenProvider("t"), stop=stop, on_ready=on_ready
    )


async def start_failure(path: Path, environ: dict[str, str]) -> tuple[int, str]:
    err = io.StringIO()
    status = await run_service(
        path, environ=environ, token_provider=StaticTokenProvider("t"), err=err
    )
    return status, err.getvalue()


@pytest.mark.parametrize(
    ("mode", "missing", "hint"),
    [
        ("http", "SLACK_BOT_TOKEN", "OAuth & Permissions"),
        ("http", "SLACK_SIGNING_SECRET", "Signing Secret"),
        ("socket", "SLACK_APP_TOKEN", "connections:write"),
    ],
)
async def test_a_missing_credential_stops_the_start_naming_it(
    bot_config_path, fake_slack, mode, missing, hint
):
    configure(bot_config_path, mode=mode)
    environ = {k: v for k, v in GOOD.items() if k != missing}

    status, said = await start_failure(bot_config_path, environ)

    assert status == EXIT_CONFIG
    assert missing in said and hint in said
    assert fake_slack.requests == []  # nothing else was tried
    assert not (bot_config_path.parent / "bot.db").exists()


@pytest.mark.parametrize(
    ("mode", "variable", "value", "said"),
    [
        (
            "http",
            "SLACK_BOT_TOKEN",
            "xoxb-revoked",
            "Slack rejected SLACK_BOT_TOKEN (invalid_auth)",
        ),
        (
            "socket",
            "SLACK_APP_TOKEN",
            "xapp-1-A0-wrong",
            "Slack rejected SLACK_APP_TOKEN (invalid_auth)",
        ),
    ],
)
async def test_a_wrong_credential_stops_the_start_naming_it(
    bot_config_path, fake_slack, mode, variable, value, said
):
    configure(bot_config_path, mode=mode)

    status, text = await start_failure(bot_config_path, GOOD | {variable: value})

    assert status == EXIT_CONFIG and said in text
    assert not (bot_config_path.parent / "bot.db").exists()


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        (
            "SLACK_APP_TOKEN",
            BOT_TOKEN,
            "SLACK_APP_TOKEN must be an app-level token starting with xapp-, "
            "but this one is a bot token.",
        ),
        (
            "SLACK_BOT_TOKEN",
            "xoxp-123-user",
            "SLACK_BOT_TOKEN must be a bot token starting with xoxb-, "
            "but this one is a user token.",
        ),
        (
            "SLACK_BOT_TOKEN",
            "1234-pasted-badly",
            "SLACK_BOT_TOKEN must be a bot token starting with xoxb-, but this one does not.",
        ),
    ],
)
async def test_a_token_of_the_wrong_shape_is_refused_without_asking_slack(
    bot_config_path, fake_slack, variable, value, said
):
    configure(bot_config_path, mode="socket")

    status, text = await start_failure(bot_config_path, GOOD | {variable: value})

    assert status == EXIT_CONFIG and said in text
    assert "Slack rejected" not in text and value not in text
    assert fake_slack.requests == []


async def test_a_config_without_an_owner_does_not_start(bot_config_path, fake_slack):
    configure(bot_config_path, owner_user_ids=[])

    status, said = await start_failure(bot_config_path, GOOD)

    assert status == EXIT_CONFIG and "slack.owner_user_ids" in said and "member ID" in said


async def test_an_unreachable_slack_is_reported_with_the_url(bot_config_path, fake_slack):
    url = f"http://127.0.0.1:{free_port()}/api/"
    configure(bot_config_path, api_base_url=url)

    status, said = await start_failure(bot_config_path, GOOD)

    assert status == EXIT_FAILED and url in said
    # The OS's reason helps; aiohttp's exception name and its message do not.
    assert "(Connection refused)" in said
    assert "ClientConnectorError" not in said and "Cannot connect to host" not in said
    settings = load_settings(bot_config_path)
    secrets = Secrets(
        slack_bot_token=GOOD["SLACK_BOT_TOKEN"],
        slack_signing_secret=GOOD["SLACK_SIGNING_SECRET"],
        slack_app_token=GOOD["SLACK_APP_TOKEN"],
    )
    check = await check_slack(settings, secrets)
    assert not check.ok and url in check.detail and "(Connection refused)" in check.detail
    assert "ClientConnectorError" not in check.detail


async def run_until(
    path: Path, stop: asyncio.Event, on_ready: Callable[[SlackService], Awaitable[None]]
) -> int:
    """Run the service on good credentials and a ready token until `stop` is set."""
    return await run_service(
        path, environ=GOOD, token_provider=StaticTokenProvider("t"), stop=stop, on_ready=on_ready
    )


async def test_http_mode_serves_slack_events_and_stops_cleanly(bot_config_path, fake_slack):
    port = free_port()
    configure(bot_config_path, mode="http", port=port)
    stop = asyncio.Event()
    seen: dict[str, Any] = {}

    async def exercise(service: SlackService) -> None:
        url = f"http://127.0.0.1:{port}/slack/events"
        good = slash_command(
            OWNER_ID, "help", channel_id="D07OWNER001", response_url=fake_slack.response_url()
        )
        bad = slash_command(
            OWNER_ID,
            "help",
            channel_id="D07OWNER001",
            response_url=fake_slack.response_url(),
            signing_secret="not-the-secret",
        )
        async with aiohttp.ClientSession() as http:
            for name, request in (("good", good), ("bad", bad)):
                headers = {k: v[0] for k, v in request.headers.items()}
                async with http.post(url, data=request.raw_body, headers=headers) as answer:
                    seen[name] = (answer.status, await answer.text())
        await asyncio.wait_for(service.core_ready.wait(), 10)
        seen["next_sync"] = service.next_sync()
        stop.set()

    status = await run_until(bot_config_path, stop, exercise)

    assert status == EXIT_OK
    assert seen["good"][0] == 200 and "/assistant status" in seen["good"][1]
    assert seen["bad"][0] == 401
    assert seen["next_sync"] is not None
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as http:
            await http.post(f"http://127.0.0.1:{port}/slack/events", data=b"{}")


async def test_a_second_run_on_the_same_database_is_refused_in_one_line(
    bot_config_path, fake_slack
):
    configure(bot_config_path, mode="http", port=free_port())
    stop = asyncio.Event()
    second: dict[str, object] = {}

    async def run_another(service: SlackService) -> None:
        # A second open of the lock file is refused just as another process's would be (flock).
        err = io.StringIO()
        status = await run_service(
            bot_config_path, environ=GOOD, token_provider=StaticTokenProvider("t"), err=err
        )
        second.update(status=status, err=err.getvalue())
        stop.set()

    status = await run_until(bot_config_path, stop, run_another)

    database = bot_config_path.parent / "bot.db"
    assert status == EXIT_OK
    assert second["status"] == EXIT_FAILED
    assert second["err"] == (
        f"outlook-assistant run: another assistant is already running on the database "
        f"{database}; stop it first, or give this one its own storage.path in config.yaml\n"
    )
    claim = claim_database(database)  # the first one let go when it stopped
    assert claim is not None
    claim.release()


async def test_socket_mode_answers_over_the_websocket(bot_config_path, fake_slack):
    configure(bot_config_path, mode="socket")
    stop = asyncio.Event()
    acks: list = []

    async def exercise(service: SlackService) -> None:
        request = slash_command(
            OWNER_ID, "help", channel_id="D07OWNER001", response_url=fake_slack.response_url()
        )
        acks.append(await fake_slack.socket_deliver("slash_commands", request.body))
        stop.set()

    status = await run_until(bot_config_path, stop, exercise)

    assert status == EXIT_OK
    [ack] = acks
    assert ack is not None and "/assistant status" in json.dumps(ack["payload"])
    # The start-up check's WebSocket URL is the one the handler connects with: one call, not two.
    assert len(fake_slack.calls("apps.connections.open")) == 1


class Blocked:
    """A sleep that records the wait and never returns (the service is stopped meanwhile)."""

    def __init__(self) -> None:
        self.calls: list[float] = []
        self.called = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        self.called.set()
        await asyncio.Event().wait()


def msal(entra: FakeEntra, polls, prompt) -> MsalTokenProvider:
    return MsalTokenProvider(
        entra.client_id,
        authority=entra.authority,
        scopes=("Mail.ReadWrite", "MailboxSettings.ReadWrite", "User.Read", "Tasks.ReadWrite"),
        cache=MemoryTokenCache(),
        prompt=prompt,
        interactive=True,
        http_client=entra.http_client(),
        instance_discovery=False,
        sleep=polls,
    )


async def service_on(path: Path, fake: FakeSlack, entra: FakeEntra, sleeps, **options):
    settings = load_settings(path)
    secrets = Secrets(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET)
    return SlackService(
        settings,
        secrets,
        build_web_client(settings, BOT_TOKEN),
        config_path=path,
        token_factory=lambda prompt: msal(entra, sleeps, prompt),
        http_host="127.0.0.1",
        **options,
    )


async def test_the_sign_in_prompt_reaches_the_owner_by_dm(
    bot_config_path, fake_slack, entra, sleeps
):
    configure(bot_config_path, port=free_port())
    service = await service_on(bot_config_path, fake_slack, entra, sleeps)
    try:
        await service.start()
        await asyncio.wait_for(service.core_ready.wait(), 10)
    finally:
        await service.stop()

    [code] = [p["user_code"] for p in entra.prompts_issued]
    [dm] = fake_slack.messages(fake_slack.open_dm(OWNER_ID))
    assert code in json.dumps(dm.blocks) and "microsoft.com/devicelogin" in json.dumps(dm.blocks)
    assert dm.text == messages.SIGN_IN_FALLBACK


async def test_a_failed_sign_in_is_reported_by_dm_and_the_service_keeps_answering(
    bot_config_path, fake_slack, entra, sleeps
):
    configure(bot_config_path, port=free_port())
    entra.device_outcome = OAuthError("expired_token", 70020, "The device code expired.")
    retries = Blocked()
    service = await service_on(bot_config_path, fake_slack, entra, sleeps, sleep=retries)
    try:
        await service.start()
        await asyncio.wait_for(retries.called.wait(), 10)
        channel = fake_slack.open_dm(OWNER_ID)
        answer = await service.app.async_dispatch(
            slash_command(OWNER_ID, "help", channel_id=channel, response_url="http://x/")
        )
    finally:
        await service.stop()

    assert not service.core_ready.is_set() and retries.calls == [300.0]
    texts = [m.text for m in fake_slack.messages(fake_slack.open_dm(OWNER_ID))]
    assert texts == [messages.SIGN_IN_FALLBACK, messages.SIGN_IN_FALLBACK]  # the code, the failure
    assert answer.status == 200 and "/assistant status" in answer.body


def http_service(path: Path) -> SlackService:
    """A service in HTTP mode on 127.0.0.1 with a ready Microsoft token (not started)."""
    settings = load_settings(path)
    return SlackService(
        settings,
        Secrets(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET),
        build_web_client(settings, BOT_TOKEN),
        config_path=path,
        token_provider=StaticTokenProvider("t"),
        http_host="127.0.0.1",
    )


async def test_stop_waits_for_a_click_in_flight(bot_config_path, fake_slack, emulator):
    configure(bot_config_path, port=free_port())
    service = http_service(bot_config_path)
    await service.start()
    await asyncio.wait_for(service.core_ready.wait(), 10)
    fake_slack.latency(0.2, "chat.postMessage")
    channel = fake_slack.open_dm(OWNER_ID)
    assert service.app is not None
    await service.app.async_dispatch(message_im(OWNER_ID, "status", channel=channel))
    await asyncio.sleep(0)  # bolt starts the listener, which hands its work to the background
    [answering] = service.background.pending

    await service.stop()

    assert answering.done() and not answering.cancelled()
    [reply] = fake_slack.calls("chat.postMessage")
    assert reply.ok and reply.get("thread_ts")


def replace_config(path: Path, text: str) -> None:
    """Rewrite config.yaml with a strictly newer mtime (filesystem clocks are coarse)."""
    before = path.stat().st_mtime_ns
    path.write_text(text)
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


async def test_an_invalid_config_on_hot_reload_is_told_to_the_owner_once_per_version(
    bot_config_path, fake_slack, emulator
):
    configure(bot_config_path, port=free_port())
    good = bot_config_path.read_text()
    service = http_service(bot_config_path)
    await service.start()
    try:
        await asyncio.wait_for(service.core_ready.wait(), 10)
        assert service.jobs is not None and service.jobs.config_reload is not None
        reload = service.jobs.config_reload.run
        dm = fake_slack.open_dm(OWNER_ID)

        replace_config(bot_config_path, good + "triage:\n  poll_interval_minutes: 0\n")
        assert await reload() and await reload() and await reload()  # every 30 s
        replace_config(bot_config_path, good + "log_levle: DEBUG\n")
        assert await reload() and await reload()
        replace_config(bot_config_path, good + "log_level: DEBUG\n")
        assert await reload()
    finally:
        await service.stop()

    told = [json.dumps(m.blocks, ensure_ascii=False) for m in fake_slack.messages(dm)]
    assert len(told) == 2
    assert "config.yaml changed, but the new version was not loaded" in told[0]
    assert "triage.poll_interval_minutes: must be at least 1 (got 0) (config.yaml:" in told[0]
    assert "log_levle: unknown key (config.yaml:" in told[1]
    assert service.assistant is not None and service.assistant.settings.log_level == "DEBUG"


def test_python_m_bot_runs_the_service_and_reports_a_missing_config(tmp_path, capsys):
    from bot.__main__ import main

    status = main(["--config", str(tmp_path / "missing.yaml")])

    assert status == EXIT_CONFIG
    assert "missing.yaml: file not found" in capsys.readouterr().err


async def test_a_port_in_use_is_one_clear_line_without_a_traceback(
    bot_config_path, fake_slack, caplog
):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        configure(bot_config_path, mode="http", port=port, host="127.0.0.1")

        status, said = await start_failure(bot_config_path, GOOD)

    assert status == EXIT_FAILED
    assert said.count("\n") == 1 and f"port {port} on 127.0.0.1 is already in use" in said
    assert "slack.port" in said and "Traceback" not in said
    assert [r for r in caplog.records if r.exc_info] == []


async def test_http_mode_listens_on_the_configured_address(bot_config_path, fake_slack):
    port = free_port()
    configure(bot_config_path, mode="http", port=port, host="127.0.0.2")
    reached: dict[str, object] = {}

    async def exercise(service: SlackService) -> None:
        async with aiohttp.ClientSession() as http:
            for host in ("127.0.0.2", "127.0.0.1"):
                try:
                    async with http.post(f"http://{host}:{port}/slack/events", data=b"{}") as r:
                        reached[host] = r.status
                except aiohttp.ClientConnectionError:
                    reached[host] = "refused"

    status = await run_until_done(bot_config_path, exercise)

    assert status == EXIT_OK
    assert reached == {"127.0.0.2": 401, "127.0.0.1": "refused"}


def test_the_listen_address_defaults_to_every_interface_and_is_checked(bot_config_path):
    assert load_settings(bot_config_path).slack.host == "0.0.0.0"
    configure(bot_config_path, host="0.0.0.0; rm -rf /")
    with pytest.raises(ConfigError, match="slack.host"):
        load_settings(bot_config_path)


@pytest.mark.parametrize(("age", "asked_again"), [(1.0, 0), (60.0, 1)])
async def test_the_checked_socket_url_is_reused_only_while_young(
    bot_config_path, fake_slack, age, asked_again
):
    configure(bot_config_path, mode="socket")
    settings = load_settings(bot_config_path)
    secrets = Secrets(slack_bot_token=BOT_TOKEN, slack_app_token=APP_TOKEN)
    client = build_web_client(settings, BOT_TOKEN)
    verdict = await ask_slack(client, settings, secrets)
    verdict = replace(verdict, checked_at=time.monotonic() - age)
    calls = len(fake_slack.calls("apps.connections.open"))
    service = SlackService(
        settings,
        secrets,
        client,
        config_path=bot_config_path,
        token_provider=StaticTokenProvider("t"),
        verdict=verdict,
    )
    try:
        await service.start()
        request = slash_command(
            OWNER_ID, "help", channel_id="D07OWNER001", response_url=fake_slack.response_url()
        )
        ack = await fake_slack.socket_deliver("slash_commands", request.body)
    finally:
        await service.stop()

    assert ack is not None and "/assistant status" in json.dumps(ack["payload"])
    assert len(fake_slack.calls("apps.connections.open")) - calls == asked_again


async def test_the_first_pass_runs_at_once_and_stop_lets_it_finish(
    bot_config_path, fake_slack, emulator
):
    configure(bot_config_path, port=free_port())
    emulator.latency = 0.3  # the pass is still waiting for Graph when the service stops
    settings = load_settings(bot_config_path)
    service = SlackService(
        settings,
        Secrets(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET),
        build_web_client(settings, BOT_TOKEN),
        token_provider=StaticTokenProvider("t"),
        http_host="127.0.0.1",
    )
    await service.start()
    await asyncio.wait_for(service.core_ready.wait(), 10)
    started = len(emulator.requests)
    # The first pass asks Graph at once, not a minute later.
    await eventually(lambda: any(r.path.endswith("/delta") for r in emulator.requests[started:]))

    await service.stop()

    assert service.jobs is not None and service.assistant is not None
    health = service.jobs.triage.health
    assert (health.runs, health.failures) == (1, 0) and health.last_success_at is not None
    assert service.assistant.triage_stats.passes == 1
