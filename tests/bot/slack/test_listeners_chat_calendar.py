"""Calendar changes from the DM through the real app: the Slack, Graph and Anthropic emulators.

A meeting Claude proposes shows Confirm / Cancel in the thread; a double Confirm click creates
one event in Outlook, and the proposal then says what was made.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.slack import ids
from sandbox.anthropic_emulator import RawText, ToolUse
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator.signed_requests import block_actions, message_im
from tests.bot.slack import test_listeners_today
from tests.bot.slack.test_app_support import Bot, action_ids, started_chat_bot, text_of

# The /assistant today rig: Outlook on (Google without a sign-in, so new events go to Outlook).
runtime = test_listeners_today.runtime
calendars_config_path = test_listeners_today.calendars_config_path


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client, claude) -> AsyncIterator[Bot]:
    async with started_chat_bot(runtime, emulator, fake_slack, slack_web_client, claude) as rig:
        yield rig


async def test_a_double_confirm_click_on_a_meeting_creates_one_event(bot, claude) -> None:
    # The mailbox is on UTC: tomorrow 10:00 is always ahead of the real clock the DM uses.
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    start = datetime.combine(tomorrow, time(10), tzinfo=UTC)
    claude.enqueue(
        ToolUse(
            "create_meeting",
            {"title": "Cutover review", "start": start.strftime("%Y-%m-%dT%H:%M")},
        ),
        RawText("Press Confirm to create it."),
    )

    await bot.send(message_im(OWNER_ID, "cutover review tomorrow at 10", channel=bot.dm))

    [shown] = [m for m in bot.slack.messages(bot.dm) if ids.CHAT_CONFIRM in action_ids(m.blocks)]
    assert '"Cutover review"' in text_of(shown) and "in Outlook" in text_of(shown)
    assert list(bot.emulator.calendar.events.values()) == []
    value = shown.blocks[-1]["elements"][0]["value"]

    def confirm():
        return block_actions(
            OWNER_ID,
            ids.CHAT_CONFIRM,
            value,
            channel=bot.dm,
            message_ts=shown.ts,
            message=shown.echo(),
        )

    await asyncio.gather(bot.send(confirm()), bot.send(confirm()))

    made = [e for e in bot.emulator.calendar.events.values() if e.subject == "Cutover review"]
    assert len(made) == 1
    done = bot.slack.message(bot.dm, shown.ts)
    assert 'Created "Cutover review"' in text_of(done)
    assert ids.CHAT_CONFIRM not in action_ids(done.blocks)
    creates = await bot.runtime.store.list_actions(action="calendar.event.create")
    assert [a.actor for a in creates] == [f"slack:{OWNER_ID}"]
    assert bot.limit_problems() == []
