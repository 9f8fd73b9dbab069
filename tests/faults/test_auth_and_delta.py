"""Delta tokens that expire in the middle of a sync, and a Microsoft sign-in that stops working.

Delta: the emulator expires every delta and skip token right after it served a page (the real
`expire_delta_tokens`, so the next page answers 410 SyncStateNotFound) while more mail arrives.
The pass resyncs and every email ends with exactly one suggestion.

Sign-in: the real `run` service (SlackService, the fake Slack, the scheduler's triage job)
signs in with real MSAL against the fake Entra. When the refresh token is refused
(invalid_grant), the owner gets a new device-code prompt by DM; while they do not complete it
the job records `needs_sign_in` and alerts them, the service keeps answering Slack, and the run
after they sign in triages everything that arrived meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sqlite3
from collections import Counter
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot import messages
from bot.slack.app import build_web_client
from bot.slack.service import SlackService
from core.config.settings import Secrets, load_settings
from core.errors import DeltaTokenExpired
from core.microsoft.auth import MemoryTokenCache, MsalTokenProvider
from sandbox.entra_emulator import STALE_REFRESH, FakeEntra, OAuthError
from sandbox.graph_emulator import GraphEmulator
from sandbox.graph_emulator.wire import GraphReply, GraphRequest, RecordedRequest
from sandbox.slack_emulator import BOT_TOKEN, OWNER_ID, FakeSlack
from sandbox.slack_emulator.signed_requests import SIGNING_SECRET, slash_command
from tests.faults.helpers_mailbox import emulated_runtime, sample_settings

pytestmark = pytest.mark.faults

NOW = datetime.now(UTC)


def deliver(emu: GraphEmulator, n: int, prefix: str) -> list[str]:
    """Deliver `n` recent emails; return their internetMessageIds."""
    keys = []
    for i in range(n):
        key = f"<{prefix}.{i}@faults.example>"
        emu.add_message(
            subject=f"{prefix} {i}: invoice question",
            sender_name=f"Sender {i}",
            sender_address=f"sender{i}@example{i % 7}.com",
            body=f"Could you check invoice {i} and reply?",
            received=NOW - timedelta(minutes=5 + i),
            internet_message_id=key,
        )
        keys.append(key)
    return keys


def suggestions_per_email(db: Path) -> Counter[str]:
    """Count suggestions per internetMessageId."""
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute(
            "SELECT e.internet_message_id FROM suggestions s JOIN emails e ON e.id = s.email_id"
        ).fetchall()
    return Counter(key for (key,) in rows)


def email_rows_per_message(db: Path) -> Counter[str]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT internet_message_id FROM emails").fetchall()
    return Counter(key for (key,) in rows)


def tally(keys: list[str], per_email: Counter[str], rows: Counter[str]) -> dict[str, int]:
    """Score emails: one suggestion each is a success, a second one (or row) a duplicate."""
    duplicated = sum(max(0, per_email[k] - 1) + max(0, rows[k] - 1) for k in keys)
    return {
        "attempted": len(keys),
        "succeeded": sum(per_email[k] == 1 for k in keys),
        "duplicated": duplicated,
        "lost": sum(per_email[k] == 0 for k in keys),
    }


# -- delta tokens expiring mid-round ---------------------------------------------------------


class ExpiringEmulator(GraphEmulator):
    """Expires every delta token right after serving the n-th delta page, and delivers mail."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.expire_after_page: int | None = None
        self.arrivals: list[str] = []
        self.expired = 0

    def run(
        self, req: GraphRequest, *, reject: Any = None, record: RecordedRequest | None = None
    ) -> GraphReply:
        reply = super().run(req, reject=reject, record=record)
        if req.path.endswith("/messages/delta") and reply.status == 200 and self.expire_after_page:
            self.expire_after_page -= 1
            if self.expire_after_page == 0:
                self.expire_delta_tokens()
                self.expired += 1
                # Mail that arrives while the token is dead must not be skipped.
                self.arrivals += deliver(self, 3, f"arrived-while-expired-{self.expired}")
        return reply


@pytest.mark.parametrize("round_", ["first round", "later round"])
async def test_a_delta_token_expiring_between_pages_resyncs_without_duplicates(
    tmp_path, scoreboard, round_
):
    emu = ExpiringEmulator()
    db = tmp_path / "delta.db"
    keys = deliver(emu, 120, "backlog")
    async with emu.serve(), aiohttp.ClientSession() as session:
        runtime = await emulated_runtime(sample_settings(emu.base_url, db), session)
        try:
            if round_ == "later round":
                await runtime.triage.refresh()
                keys += deliver(emu, 120, "later")
            emu.expire_after_page = 1  # 120 emails are 3 pages of 50: expire after the first
            report = await runtime.triage.refresh()
            keys += emu.arrivals
            follow_up = await runtime.triage.refresh()
        finally:
            await runtime.store.close()

    counts = tally(keys, suggestions_per_email(db), email_rows_per_message(db))
    score = scoreboard.scenario("Delta token expiry mid-round").add(
        **counts, **{f"resyncs ({round_})": int(report.sync is not None and report.sync.resynced)}
    )

    assert emu.expired == 1
    assert report.sync is not None and report.sync.resynced, "the pass resynced by itself"
    assert counts["succeeded"] == len(keys), "every email got its suggestion in that pass"
    assert follow_up.new_emails == 0 and follow_up.classified == 0
    score.assert_clean()


async def test_a_410_to_the_first_request_of_a_round_fails_the_pass_once(tmp_path, scoreboard):
    emu = GraphEmulator()
    db = tmp_path / "refused.db"
    keys = deliver(emu, 10, "refused")
    emu.inject("GET", r"/messages/delta$", status=410)
    async with emu.serve(), aiohttp.ClientSession() as session:
        runtime = await emulated_runtime(sample_settings(emu.base_url, db), session)
        try:
            with pytest.raises(DeltaTokenExpired):
                await runtime.triage.refresh()
            refused = [r for r in emu.requests if r.path.endswith("/messages/delta")]
            await runtime.triage.refresh()
        finally:
            await runtime.store.close()

    counts = tally(keys, suggestions_per_email(db), email_rows_per_message(db))
    score = scoreboard.scenario("Delta token expiry mid-round").add(**counts)

    assert len(refused) == 1, "no resync loop when the tokenless first request is refused"
    assert counts["succeeded"] == len(keys)
    score.assert_clean()


# -- the Microsoft sign-in stops working while the service runs --------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(path: Path, graph_url: str, slack_url: str, db: Path) -> Path:
    path.write_text(
        f'auth:\n  client_id: "app"\ngraph:\n  base_url: "{graph_url}"\n'
        f'storage:\n  path: "{db}"\n'
        f'slack:\n  mode: http\n  port: {free_port()}\n  owner_user_ids: ["{OWNER_ID}"]\n'
        f'  api_base_url: "{slack_url}"\n'
        "areas:\n  - name: Finance\n    folder: Areas/Finance\n    keywords: [invoice]\n"
    )
    return path


def codes_in(slack: FakeSlack, entra: FakeEntra) -> list[str]:
    """Return the device codes the owner was sent by DM, in order."""
    texts = [json.dumps(m.blocks) for m in slack.messages(slack.open_dm(OWNER_ID))]
    return [p["user_code"] for p in entra.prompts_issued if any(p["user_code"] in t for t in texts)]


async def test_a_refused_refresh_asks_the_owner_to_sign_in_and_the_service_stays_up(
    tmp_path, entra, sleeps, scoreboard
):
    emu = GraphEmulator()
    slack = FakeSlack()
    keys = deliver(emu, 6, "before")
    # Shorter than MSAL's 5-minute margin: every Graph call goes through a refresh-token grant.
    entra.access_token_lifetime = 60
    async with emu.serve(), slack.serve():
        config = write_config(
            tmp_path / "config.yaml", emu.base_url, slack.base_url, tmp_path / "s.db"
        )
        settings = load_settings(config)

        def tokens(prompt: Any) -> MsalTokenProvider:
            return MsalTokenProvider(
                entra.client_id,
                authority=entra.authority,
                scopes=settings.auth.scopes,
                cache=MemoryTokenCache(),
                prompt=prompt,
                interactive=True,
                http_client=entra.http_client(),
                instance_discovery=False,
                sleep=sleeps,
            )

        service = SlackService(
            settings,
            Secrets(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET),
            build_web_client(settings, BOT_TOKEN),
            config_path=config,
            token_factory=tokens,
            http_host="127.0.0.1",
            first_triage_delay=timedelta(hours=1),  # the test runs the triage job itself
        )
        try:
            await service.start()
            await asyncio.wait_for(service.core_ready.wait(), 10)
            assert service.jobs is not None and service.app is not None
            job = service.jobs.triage
            assert await job.run()
            refreshes_before = len(entra.token_requests("refresh_token"))

            # The refresh token is refused; the owner does not finish the prompt in time.
            entra.refresh_error = STALE_REFRESH
            entra.device_outcome = OAuthError("expired_token", 70020, "The device code expired.")
            keys += deliver(emu, 5, "during-outage")
            failed_run = await job.run()
            health_after_failure = (job.health.needs_sign_in, job.health.consecutive_failures)
            error_after_failure = job.health.last_error or ""
            channel = slack.open_dm(OWNER_ID)
            help_reply = await service.app.async_dispatch(
                slash_command(OWNER_ID, "help", channel_id=channel, response_url="http://x/")
            )

            # The owner completes the next prompt: the job works again and catches up.
            entra.device_outcome = None
            entra.access_token_lifetime = 3600
            recovered_run = await job.run()
        finally:
            await service.stop()

    counts = tally(
        keys, suggestions_per_email(tmp_path / "s.db"), email_rows_per_message(tmp_path / "s.db")
    )
    dm_texts = [m.text for m in slack.messages(slack.open_dm(OWNER_ID))]
    codes = codes_in(slack, entra)
    score = scoreboard.scenario("MSAL refresh refused (invalid_grant)").add(
        **counts,
        **{
            "job runs": job.health.runs,
            "sign-in prompts by DM": len(codes),
            "needs_sign_in recorded": int(health_after_failure[0]),
        },
    )

    assert len(entra.token_requests("refresh_token")) > refreshes_before
    assert failed_run is False and health_after_failure == (True, 1)
    assert "expired_token" in error_after_failure and "sign in again" in error_after_failure
    assert help_reply.status == 200, "Slack is answered while sign-in is pending"
    assert recovered_run is True and not job.health.needs_sign_in
    assert len(codes) == 3, "first start, the refused refresh, the sign-in that worked"
    assert dm_texts.count(messages.SIGN_IN_FALLBACK) == 4, "three prompts, one alert"
    assert counts["succeeded"] == len(keys)
    score.assert_clean()
