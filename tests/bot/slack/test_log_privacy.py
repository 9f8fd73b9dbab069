"""Nothing secret or private at INFO: a whole approval flow through the running service, logged.

The service runs in HTTP mode at log level INFO; an email is triaged, its card approved over
signed HTTP, `/assistant status` answered through a response_url whose first POST loses its
connection (slack_sdk retries it), and the triage job runs on the scheduler. The log then holds
no email text, no response_url or webhook, no token or secret, and no APScheduler per-run lines.
"""

from __future__ import annotations

import asyncio
import io
import logging
from datetime import UTC, datetime

import aiohttp
from apscheduler.events import EVENT_JOB_EXECUTED  # type: ignore[import-untyped]

from bot.slack import ids
from bot.slack.service import EXIT_OK, SlackService
from core.jobs import TRIAGE_JOB_ID
from sandbox.slack_emulator import APP_TOKEN, BOT_TOKEN, OWNER_ID
from sandbox.slack_emulator.signed_requests import SIGNING_SECRET, block_actions, slash_command
from tests.bot.slack.test_app_support import button_value
from tests.bot.slack.test_service import configure, free_port, run_until_done
from tests.core.test_triage import eventually

SUBJECT = "Merger terms for Tradecore KX7Q"
BODY = "The undisclosed price is 4711 ZETA per share."
SENDER = "insider.kx7q@tradecore.example"


async def test_an_approval_flow_at_info_logs_nothing_secret_or_private(
    bot_config_path, fake_slack, emulator, caplog
):
    port = free_port()
    configure(bot_config_path, mode="http", port=port, host="127.0.0.1")
    caplog.set_level(logging.INFO)
    urls: list[str] = []
    seen: dict[str, object] = {}

    async def exercise(service: SlackService) -> None:
        await asyncio.wait_for(service.core_ready.wait(), 10)
        assert service.assistant is not None and service.sink is not None
        assistant = service.assistant
        assert service.jobs is not None
        jobs = service.jobs
        # The first scheduled pass runs at start; let it end so the refresh below is not skipped.
        await eventually(lambda: jobs.triage.health.last_success_at is not None)
        emulator.add_message(
            subject=SUBJECT, body=BODY, sender_name="K. Insider", sender_address=SENDER
        )
        await assistant.triage()
        await service.sink.drain()
        [view] = await assistant.pending()
        posted = await assistant.card_location(view.suggestion_id)
        assert posted is not None
        card = fake_slack.message(posted.channel, posted.ts)
        click_url = fake_slack.response_url(channel=card.channel, message_ts=card.ts)
        status_url = fake_slack.response_url(user=OWNER_ID)
        urls.extend([click_url, status_url])
        click = block_actions(
            OWNER_ID,
            ids.APPROVE,
            button_value(card.blocks, ids.APPROVE),
            channel=card.channel,
            message_ts=card.ts,
            message=card.echo(),
            response_url=click_url,
        )
        status = slash_command(OWNER_ID, "status", channel_id=card.channel, response_url=status_url)
        fake_slack.drop_connection("webhook")  # the first response_url POST is retried
        async with aiohttp.ClientSession() as http:
            for request in (click, status):
                headers = {k: v[0] for k, v in request.headers.items()}
                body = io.BytesIO(request.raw_body.encode())
                url = f"http://127.0.0.1:{port}/slack/events"
                async with http.post(url, data=body, headers=headers) as answer:
                    assert answer.status == 200
        await service.background.drain()
        await service.sink.drain()
        approved = await assistant.suggestion(view.suggestion_id)
        assert approved is not None
        seen["approved"] = approved.status
        seen["webhook_posts"] = len(fake_slack.calls("webhook"))
        await run_job_now(service, TRIAGE_JOB_ID)

    status = await run_until_done(bot_config_path, exercise)

    assert status == EXIT_OK
    assert seen == {"approved": "approved", "webhook_posts": 2}  # the retry happened
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    private = [SUBJECT, "KX7Q", "4711 ZETA", SENDER, *urls, "/webhook/"]
    secrets = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]
    assert [text for text in private + secrets if text in logged] == []
    assert [r.getMessage() for r in caplog.records if r.name.startswith("apscheduler.exec")] == []


async def run_job_now(service: SlackService, job_id: str) -> None:
    """Run a scheduled job now and return once APScheduler reports it executed."""
    done = asyncio.Event()
    loop = asyncio.get_running_loop()

    def executed(event: object) -> None:
        if getattr(event, "job_id", None) == job_id:
            loop.call_soon_threadsafe(done.set)

    service.scheduler.add_listener(executed, EVENT_JOB_EXECUTED)
    service.scheduler.modify_job(job_id, next_run_time=datetime.now(UTC))
    await asyncio.wait_for(done.wait(), 10)
