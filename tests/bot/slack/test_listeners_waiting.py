"""Waiting-for nudges through the real app, against the Slack and Graph emulators.

A Waiting For approval is made, a virtual clock moves the tracker past the thresholds, the check
posts the nudge to the owner's DM (tagged with message metadata) and the three buttons are
clicked as the owner would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack import ids
from bot.slack.sink import OwnerChannel
from bot.slack.waiting_notifier import SlackWaitingNotifier, parse_location
from core.api import WaitNotice
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from sandbox.graph_emulator import GraphEmulator
from sandbox.graph_emulator.replies import drafts
from sandbox.slack_emulator import STRANGER_ID, FakeSlack
from tests.bot.slack.test_app_support import Bot, action_ids, started_bot, text_of
from tests.core.test_waiting_for import VirtualClock

Clock = VirtualClock


@pytest.fixture
def clock() -> Clock:
    return VirtualClock(datetime.now(UTC))


@pytest.fixture
def todo_config_path(bot_config_path: Path) -> Path:
    bot_config_path.write_text(bot_config_path.read_text() + "integrations:\n  todo: {}\n")
    return bot_config_path


@pytest.fixture
async def runtime(todo_config_path: Path, clock: Clock) -> AsyncIterator[Runtime]:
    built = await build_runtime(
        load_settings(todo_config_path),
        Secrets(),
        token_provider=StaticTokenProvider("test-token"),
        clock=clock,
    )
    yield built
    await built.aclose()


@pytest.fixture
async def bot(
    runtime: Runtime,
    emulator: GraphEmulator,
    fake_slack: FakeSlack,
    slack_web_client: AsyncWebClient,
) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        channel = OwnerChannel(slack_web_client, lambda: rig.assistant.settings)
        rig.assistant.attach_waiting_notifier(SlackWaitingNotifier(slack_web_client, channel))
        yield rig


async def nudged(bot: Bot, clock: Clock, hours: float = 48):
    """Approve a Waiting For email, let `hours` pass, run the check; return the nudge."""
    view = await bot.triage(subject="Signed <@U0001> contract", body="Legal is on it.")
    outcome = await bot.runtime.triage.approve(
        view.suggestion_id, actor="owner", edits={"action_type": "Waiting For"}
    )
    assert outcome.task_id is not None
    before = len(bot.slack.messages(bot.dm))
    clock.now += timedelta(hours=hours)
    await bot.assistant.check_waits()
    posted = bot.slack.messages(bot.dm)[before:]
    return posted


async def test_the_nudge_names_who_and_what_with_three_buttons_and_is_posted_once(
    bot: Bot, clock: Clock
) -> None:
    [nudge] = await nudged(bot, clock)
    assert action_ids(nudge.blocks) == [ids.WAITING_DRAFT, ids.WAITING_RECEIVED, ids.WAITING_SNOOZE]
    text = text_of(nudge)
    assert messages.WAITING_HEADER_NUDGE in text and "Dana Reyes" in text and "2 days" in text
    assert "<@U0001>" not in text  # the subject stays inert
    assert nudge.metadata is not None and nudge.metadata["event_type"] == "waiting_notice"
    await bot.assistant.check_waits()
    clock.now += timedelta(hours=1)
    await bot.assistant.check_waits()
    assert [m.ts for m in bot.slack.messages(bot.dm)][-1] == nudge.ts
    assert bot.limit_problems() == []


async def test_the_escalation_says_the_task_importance_was_raised(bot: Bot, clock: Clock) -> None:
    [escalation] = await nudged(bot, clock, hours=96)
    text = text_of(escalation)
    assert messages.WAITING_HEADER_ESCALATION in text
    assert messages.WAITING_IMPORTANCE_RAISED in text
    tasks = [t for lst in bot.emulator.todo.lists.values() for t in lst.tasks.values()]
    assert [t["importance"] for t in tasks] == ["high"]


async def test_draft_a_nudge_links_an_outlook_draft_and_sends_nothing(
    bot: Bot, clock: Clock
) -> None:
    [nudge] = await nudged(bot, clock)
    await bot.send(bot.click(nudge, ids.WAITING_DRAFT))
    [draft] = drafts(bot.emulator)
    assert draft.to == [("Dana Reyes", "dana@tradecore.example")]
    assert "I wanted to follow up on" in draft.body  # the template: Claude is not configured
    shown = bot.slack.message(nudge.channel, nudge.ts)
    assert messages.WAITING_OPEN_DRAFT in text_of(shown) and "outlook.office365.com" in text_of(
        shown
    )
    assert bot.emulator.messages_in("sentitems") == []
    await bot.send(bot.click(shown, ids.WAITING_DRAFT))
    assert len(drafts(bot.emulator)) == 1


async def test_snooze_then_mark_received_closes_it_and_completes_the_task(
    bot: Bot, clock: Clock
) -> None:
    [nudge] = await nudged(bot, clock)
    await bot.send(bot.click(nudge, ids.WAITING_SNOOZE))
    shown = bot.slack.message(nudge.channel, nudge.ts)
    assert "Snoozed" in text_of(shown)
    await bot.send(bot.click(shown, ids.WAITING_RECEIVED))
    closed = bot.slack.message(nudge.channel, nudge.ts)
    assert messages.WAITING_CLOSED_BY_YOU in text_of(closed)
    assert action_ids(closed.blocks) == []
    tasks = [t for lst in bot.emulator.todo.lists.values() for t in lst.tasks.values()]
    assert [t["status"] for t in tasks] == ["completed"]
    assert await bot.assistant.open_waits() == []


async def test_a_strangers_click_changes_nothing(bot: Bot, clock: Clock) -> None:
    [nudge] = await nudged(bot, clock)
    await bot.send(bot.click(nudge, ids.WAITING_RECEIVED, user=STRANGER_ID))
    assert len(await bot.assistant.open_waits()) == 1
    assert bot.slack.message(nudge.channel, nudge.ts).versions == []


async def test_the_notifier_finds_a_nudge_it_posted_by_its_key(bot: Bot, clock: Clock) -> None:
    [nudge] = await nudged(bot, clock)
    notifier = SlackWaitingNotifier(
        AsyncWebClient(token=bot.slack.bot_token, base_url=bot.slack.base_url),
        OwnerChannel(
            AsyncWebClient(token=bot.slack.bot_token, base_url=bot.slack.base_url),
            lambda: bot.assistant.settings,
        ),
    )
    [wait] = await bot.assistant.open_waits()
    posted = (await bot.runtime.store.notices_of([wait.id]))[0]
    key_notice = WaitNotice(posted.id, "", "nudge", 0, wait)
    assert await notifier.find_notice(key_notice) is None  # no message carries an empty key
    assert posted.location is not None
    where = parse_location(posted.location)
    assert where is not None and where.ts == nudge.ts
    assert nudge.metadata is not None
    real_key = nudge.metadata["event_payload"]["key"]
    found = await notifier.find_notice(WaitNotice(posted.id, real_key, "nudge", 0, wait))
    assert found == posted.location


async def test_a_history_the_app_may_not_read_means_not_found(bot: Bot, clock: Clock) -> None:
    [nudge] = await nudged(bot, clock)
    assert nudge.metadata is not None
    [wait] = await bot.assistant.open_waits()
    client = AsyncWebClient(token=bot.slack.bot_token, base_url=bot.slack.base_url)

    async def channel() -> str:
        return nudge.channel

    notifier = SlackWaitingNotifier(client, channel)
    key = nudge.metadata["event_payload"]["key"]
    bot.slack.fail("conversations.history", "missing_scope")
    assert await notifier.find_notice(WaitNotice(1, key, "nudge", 0, wait)) is None
    assert await notifier.find_notice(WaitNotice(1, key, "nudge", 0, wait)) is not None
