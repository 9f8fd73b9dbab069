"""The `run` service: the core (`Assistant`), the scheduler and the Slack app on one asyncio loop.

Start-up order: check the Slack credentials (presence, then Slack's own verdict, before anything
else is built), open the core (`Assistant`), connect to Slack (Socket Mode, or HTTP on
`slack.port`), then bring the Microsoft side up in the background. Sign-in never blocks the
service: the device-code prompt goes to the owner by DM, and a failed sign-in is retried later
while Slack keeps answering. SIGINT and SIGTERM stop it gracefully: no new work, in-flight
clicks and a triage pass in flight finish (for a while), then everything is closed.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

import aiohttp
from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.app import build_web_client, create_app
from bot.slack.blocks import notice_message, sign_in_message
from bot.slack.context import BackgroundTasks
from bot.slack.followup import SlackFollowup
from bot.slack.log_policy import quiet_libraries
from bot.slack.sender_rule_posts import sender_rule_poster
from bot.slack.sink import OwnerChannel, SlackSink
from bot.slack.slack_http import HTTP_PATH, serve_http
from bot.slack.socket_mode import CheckedSocketModeHandler
from bot.slack.waiting_notifier import SlackWaitingNotifier
from core.api import (
    FIRST_TRIAGE_DELAY,
    TRIAGE_JOB_ID,
    Assistant,
    ChatAssistant,
    DevicePrompt,
    DevicePromptCallback,
    FileLock,
    ScheduledJobs,
    Secrets,
    Settings,
    TokenProvider,
    every,
    load_settings,
)
from core.errors import AppError, AuthError, ConfigError, GraphAuthError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2
SHUTDOWN_GRACE_SECONDS = 10.0
START_RETRY_SECONDS = 300.0
SIGN_IN_ALERT_INTERVAL = 3600.0  # at most one "sign in again" DM per hour
# The start-up check's Socket Mode URL is used for the first connection while this young (the
# core is opened in between); an older one is left to expire and the handler asks anew.
SOCKET_URL_REUSE_SECONDS = 10.0

TOKEN_PREFIX = {"SLACK_BOT_TOKEN": "xoxb-", "SLACK_APP_TOKEN": "xapp-"}


class SlackUnreachable(AppError):
    """Raised when the Slack Web API cannot be reached at start-up (worded by bot/messages)."""

    owner_worded = True


def check_credentials(settings: Settings, secrets: Secrets) -> None:
    """Raise ConfigError naming the first missing or malformed Slack credential and the fix."""
    wanted: dict[str, str | None] = {"SLACK_BOT_TOKEN": secrets.slack_bot_token}
    if settings.slack.mode == "socket":
        wanted["SLACK_APP_TOKEN"] = secrets.slack_app_token
    else:
        wanted["SLACK_SIGNING_SECRET"] = secrets.slack_signing_secret
    for variable, value in wanted.items():
        if not value:
            raise ConfigError(messages.missing_token(variable, messages.HOW_TO_FIX[variable]))
        prefix = TOKEN_PREFIX.get(variable)
        if prefix and not value.startswith(prefix):
            raise ConfigError(
                messages.malformed_token(variable, prefix, value)
                + " "
                + messages.HOW_TO_FIX[variable]
            )
    if not settings.slack.owner_user_ids:
        raise ConfigError(
            messages.missing_token(
                "slack.owner_user_ids", messages.HOW_TO_FIX["slack.owner_user_ids"]
            )
        )


@dataclass(frozen=True)
class SlackVerdict:
    """What Slack answered to the credential check."""

    bot_user_id: str
    socket_url: str | None = None  # apps.connections.open's WebSocket URL (Socket Mode)
    checked_at: float = 0.0  # time.monotonic() of the answer


async def verify_credentials(client: AsyncWebClient, settings: Settings, secrets: Secrets) -> str:
    """Ask Slack whether the tokens work; return the bot's user id (see `ask_slack`)."""
    return (await ask_slack(client, settings, secrets)).bot_user_id


async def ask_slack(client: AsyncWebClient, settings: Settings, secrets: Secrets) -> SlackVerdict:
    """Ask Slack whether the tokens work (auth.test; apps.connections.open in Socket Mode).

    Raises ConfigError naming the variable Slack refused, or SlackUnreachable when Slack cannot
    be reached at all. The Socket Mode URL it returns serves the first connection, so `run`
    asks for one only once.
    """
    variable = "SLACK_BOT_TOKEN"
    socket_url = None
    try:
        answer = await client.auth_test()
        if settings.slack.mode == "socket":
            variable = "SLACK_APP_TOKEN"
            opened = await client.apps_connections_open(app_token=secrets.slack_app_token or "")
            socket_url = str(opened.get("url") or "") or None
    except SlackApiError as err:
        raise ConfigError(
            messages.rejected_token(variable, str(err.response.get("error")))
        ) from err
    except (aiohttp.ClientError, OSError, TimeoutError) as err:
        raise SlackUnreachable(
            messages.slack_unreachable(settings.slack.api_base_url, messages.network_reason(err))
        ) from err
    return SlackVerdict(str(answer.get("user_id") or ""), socket_url, time.monotonic())


class SlackService:
    """One running assistant: the core, Slack connection, sink, scheduler and start-up work."""

    def __init__(
        self,
        settings: Settings,
        secrets: Secrets,
        client: AsyncWebClient,
        *,
        config_path: Path | None = None,
        token_provider: TokenProvider | None = None,
        token_factory: Callable[[DevicePromptCallback], TokenProvider] | None = None,
        http_host: str | None = None,
        verdict: SlackVerdict | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        first_triage_delay: timedelta = FIRST_TRIAGE_DELAY,
    ) -> None:
        """Prepare the service; `start` builds and connects everything.

        Args:
            settings: the configuration.
            secrets: the Slack tokens (already checked) and the other secrets.
            client: the Web API client.
            config_path: config.yaml, for hot reload and `/assistant add`.
            token_provider: a ready Microsoft token provider (tests, sandboxes).
            token_factory: builds the token provider around the service's device-code prompt.
            http_host: the address HTTP mode listens on (default: `slack.host`).
            verdict: the credential check's answer; its fresh Socket Mode URL is used once.
            sleep: waits between start-up attempts.
            clock: monotonic seconds, to space out sign-in reminders.
            first_triage_delay: how long after the Microsoft 365 start-up the first triage
                pass runs (default: at once; tests that run the job themselves delay it).
        """
        self.settings = settings
        self.secrets = secrets
        self.client = client
        self.config_path = config_path
        self.token_provider = token_provider
        self.token_factory = token_factory
        self.http_host = http_host
        self.verdict = verdict
        self._sleep = sleep
        self._clock = clock
        self._first_triage_delay = first_triage_delay
        self.background = BackgroundTasks()
        self.owner = OwnerChannel(client, self._current_settings)
        self.scheduler = AsyncIOScheduler()
        self.assistant: Assistant | None = None
        self.chat: ChatAssistant | None = None
        self.sink: SlackSink | None = None
        self.app: AsyncApp | None = None
        self.jobs: ScheduledJobs | None = None
        self.http: web.AppRunner | None = None
        self.socket: CheckedSocketModeHandler | None = None
        self.core_ready = asyncio.Event()
        self._core_start: asyncio.Task[None] | None = None
        self._last_alert: float | None = None
        self._database_claim: FileLock | None = None

    def _current_settings(self) -> Settings:
        return self.assistant.settings if self.assistant is not None else self.settings

    async def start(self) -> None:
        """Open the core, connect to Slack, and start the Microsoft side in the background."""
        quiet_libraries()
        # StoreError if another process runs on this database
        self._database_claim = Assistant.claim_database(self.settings.storage.path)
        tokens = self.token_provider
        if tokens is None and self.token_factory is not None:
            tokens = self.token_factory(self.device_prompt)
        self.assistant = assistant = await Assistant.open(
            self.settings,
            self.secrets,
            config_path=self.config_path,
            token_provider=tokens,
            device_prompt=self.device_prompt,
        )
        assistant.on_config_problem(self.config_problem)
        self.chat = assistant.chat_assistant(messages.failure_text)
        self.sink = SlackSink(self.client, assistant, channel_resolver=self.owner)
        assistant.attach_sink(self.sink)
        assistant.on_sender_rule_proposal(sender_rule_poster(self.client, self.owner))
        assistant.attach_waiting_notifier(SlackWaitingNotifier(self.client, self.owner))
        self.app = create_app(
            assistant,
            bot_token=self.secrets.slack_bot_token or "",
            signing_secret=self.secrets.slack_signing_secret,
            web_client=self.client,
            chat=self.chat,
            sink=self.sink,
            background=self.background,
            next_sync=self.next_sync,
        )
        if self.settings.slack.mode == "socket":
            self.socket = CheckedSocketModeHandler(
                self.app, self.secrets.slack_app_token, web_client=self.client
            )
            self.socket.client.wss_uri = self._fresh_socket_url()
            await self.socket.connect_async()  # type: ignore[no-untyped-call]
            log.info("Connected to Slack in Socket Mode")
        else:
            host, port = self.http_host or self.settings.slack.host, self.settings.slack.port
            signing_secret = self.secrets.slack_signing_secret or ""
            self.http = await serve_http(self.app, signing_secret, host=host, port=port)
            log.info("Serving Slack at POST %s on %s port %d", HTTP_PATH, host, port)
        self.scheduler.start()
        await self.sink.announce_unposted()
        self._core_start = asyncio.create_task(self._start_core(), name="start Microsoft 365")

    def _fresh_socket_url(self) -> str | None:
        """Return the checked Socket Mode URL while it is young (None: the handler asks anew)."""
        verdict = self.verdict
        if verdict is None or verdict.socket_url is None:
            return None
        young = time.monotonic() - verdict.checked_at < SOCKET_URL_REUSE_SECONDS
        return verdict.socket_url if young else None

    def next_sync(self) -> datetime | None:
        """Return when the next triage pass is due (None before the jobs are scheduled)."""
        if self.jobs is None:
            return None
        job = self.scheduler.get_job(TRIAGE_JOB_ID)
        when = getattr(job, "next_run_time", None)
        return when if isinstance(when, datetime) else None

    async def _start_core(self) -> None:
        """Run first_start until it succeeds (sign-in may be pending), then schedule the jobs."""
        assistant = self.assistant
        assert assistant is not None
        while True:
            try:
                await assistant.start()
                break
            except (GraphAuthError, AuthError) as err:
                log.error("Microsoft 365 sign-in is needed before the assistant can start: %s", err)
                await self._sign_in_needed(err)
            except Exception:
                log.exception("Start-up against Microsoft 365 failed")
            log.info("Trying the Microsoft 365 start-up again in %g s", START_RETRY_SECONDS)
            await self._sleep(START_RETRY_SECONDS)
        self.jobs = assistant.schedule_jobs(
            self.scheduler,
            on_sign_in_needed=self._sign_in_needed,
            first_run_delay=self._first_triage_delay,
        )
        assert self.sink is not None
        followup = SlackFollowup(self.client, self.sink, self.owner)
        assistant.schedule_followup_jobs(
            self.scheduler,
            self.jobs,
            post_digest=followup.post_digest,
            find_digest=followup.find_digest,
            aging_sink=followup,
            first_run_delay=self._first_triage_delay,
        )
        self.core_ready.set()
        log.info("Microsoft 365 is ready; triage runs %s", every(self.jobs.interval))

    async def device_prompt(self, prompt: DevicePrompt) -> None:
        """Send Microsoft's device-code sign-in to the owner by DM."""
        await self._dm(
            sign_in_message(prompt.verification_uri, prompt.user_code, prompt.expires_at)
        )

    async def _sign_in_needed(self, err: Exception) -> None:
        """Tell the owner by DM that sign-in is needed (at most once an hour)."""
        now = self._clock()
        if self._last_alert is not None and now - self._last_alert < SIGN_IN_ALERT_INTERVAL:
            return
        self._last_alert = now
        await self._dm(notice_message(messages.SIGN_IN_FALLBACK))

    async def config_problem(self, problem: str) -> None:
        """Tell the owner by DM that a changed config.yaml was not loaded, and why."""
        await self._dm(notice_message(messages.config_not_loaded(problem)))

    async def _dm(self, message: dict[str, Any]) -> None:
        try:
            channel = await self.owner.owner_dm()
            await self.client.chat_postMessage(channel=channel, **message)
        except (SlackApiError, aiohttp.ClientError, OSError) as err:
            log.error("Could not send the owner a DM: %s", err)

    async def stop(self, grace: float = SHUTDOWN_GRACE_SECONDS) -> None:
        """Stop taking work, let in-flight work finish for up to `grace` s, close everything."""
        if self._core_start is not None:
            self._core_start.cancel()
            await asyncio.gather(self._core_start, return_exceptions=True)
        if self.scheduler.running:
            # Paused, not shut down: shutting down cancels a triage pass in flight.
            self.scheduler.pause()
        if self.socket is not None:
            await self.socket.close_async()  # type: ignore[no-untyped-call]
        if self.http is not None:
            await self.http.cleanup()
        try:
            async with asyncio.timeout(grace):
                await self.background.drain()
                if self.jobs is not None:
                    await self.jobs.triage.wait_idle()
        except TimeoutError:
            log.warning("Stopping with %d tasks unfinished", len(self.background.pending))
            await self.background.cancel()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if self.sink is not None:
            await self.sink.aclose()
        if self.assistant is not None:
            await self.assistant.close()
        if self._database_claim is not None:
            self._database_claim.release()


async def run_service(
    config_path: Path,
    *,
    environ: Mapping[str, str] | None = None,
    token_provider: TokenProvider | None = None,
    stop: asyncio.Event | None = None,
    on_ready: Callable[[SlackService], Awaitable[None]] | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the assistant until SIGINT/SIGTERM (or `stop`); return the exit status.

    Args:
        config_path: config.yaml.
        environ: where secrets come from (default: the process environment).
        token_provider: overrides the Microsoft sign-in (tests, sandboxes).
        stop: set it to stop the service (tests); signals set it too.
        on_ready: awaited once the service is up.
        err: where a start-up failure is reported (default: stderr).
    """
    out = err or sys.stderr
    try:
        settings = load_settings(config_path, environ=environ)
        _raise_log_level(settings.log_level)
        secrets = Secrets.from_env(environ)
        check_credentials(settings, secrets)
        client = build_web_client(settings, secrets.slack_bot_token or "")
        verdict = await ask_slack(client, settings, secrets)
    except ConfigError as problem:
        print(f"outlook-assistant run: {messages.problem_text(problem, 'start')}", file=out)
        return EXIT_CONFIG
    except SlackUnreachable as problem:
        print(f"outlook-assistant run: {messages.problem_text(problem, 'start')}", file=out)
        return EXIT_FAILED
    service = SlackService(
        settings,
        secrets,
        client,
        config_path=config_path,
        token_provider=token_provider,
        verdict=verdict,
    )
    stopping = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    handled = _handle_signals(loop, stopping)
    try:
        await service.start()
        if on_ready is not None:
            await on_ready(service)
        await stopping.wait()
        log.info("Stopping")
        return EXIT_OK
    except AppError as problem:
        print(f"outlook-assistant run: {messages.problem_text(problem, 'start')}", file=out)
        return EXIT_FAILED
    finally:
        await service.stop()
        for sig in handled:
            loop.remove_signal_handler(sig)


def _handle_signals(
    loop: asyncio.AbstractEventLoop, stopping: asyncio.Event
) -> list[signal.Signals]:
    handled: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stopping.set)
        except (NotImplementedError, RuntimeError):  # Windows, or not the main thread
            continue
        handled.append(sig)
    return handled


def _raise_log_level(level: str) -> None:
    """Log at least as much as config.yaml asks (the CLI's -v may already ask for more)."""
    root = logging.getLogger()
    wanted = logging.getLevelName(level)
    if isinstance(wanted, int) and (root.level == logging.NOTSET or wanted < root.level):
        root.setLevel(wanted)
