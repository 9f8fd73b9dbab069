"""`/assistant today` through the real app against the Graph emulator: the day's meetings,
free slots and tasks due; a calendar that cannot be read is named; titles stay inert."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from bot import messages
from core.runtime import Runtime
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator.signed_requests import slash_command
from tests.bot.slack.test_app_support import Bot, started_bot, text_of
from tests.conftest import open_runtime

CALENDARS = """\
calendars:
  outlook:
  google:
  working_hours:
    days: [mon, tue, wed, thu, fri, sat, sun]
"""


@pytest.fixture
def calendars_config_path(bot_config_path: Path) -> Path:
    bot_config_path.write_text(bot_config_path.read_text() + CALENDARS)
    return bot_config_path


@pytest.fixture
async def runtime(calendars_config_path: Path) -> AsyncIterator[Runtime]:
    async with open_runtime(calendars_config_path) as built:
        yield built


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


async def assistant_command(bot: Bot, text: str):
    """Run `/assistant <text>` as the owner in their DM; return the ack response."""
    return await bot.send(
        slash_command(
            OWNER_ID,
            text,
            channel_id=bot.dm,
            response_url=bot.slack.response_url(channel=bot.dm, user=OWNER_ID),
        )
    )


async def today(bot: Bot) -> str:
    before = len(bot.slack.ephemerals)
    response = await assistant_command(bot, "today")
    assert response.status == 200
    [shown] = bot.slack.ephemerals[before:]
    return text_of({"text": shown.text, "blocks": shown.blocks})


async def test_today_shows_the_meetings_free_time_tasks_and_a_failed_calendar(bot, runtime):
    day = datetime.now(UTC).date()  # the emulator's mailbox is in UTC
    at = lambda hour: datetime.combine(day, time(hour), tzinfo=UTC)  # noqa: E731
    bot.emulator.add_event("<!channel> *Board* review", at(10), at(11))
    mine = await bot.triage(subject="Renew the <@U999> contract", body="Due today")
    later = await bot.triage(subject="Quarterly numbers", body="Next week")
    row = await runtime.store.add_task_sync(
        email_id=mine.email_id, todo_task_id="t1", todo_list_id="l1", task_type="Needs Reply"
    )
    await runtime.store.save_task_sync_state(
        row,
        status="active",
        remote_state={"completed": False, "due": day.isoformat(), "priority": None},
        synced_at=None,
    )
    tomorrow = (day + timedelta(days=1)).isoformat()
    other = await runtime.store.add_task_sync(
        email_id=later.email_id, todo_task_id="t2", todo_list_id="l1", task_type="Review"
    )
    await runtime.store.save_task_sync_state(
        other, status="active", remote_state={"due": tomorrow}, synced_at=None
    )

    text = await today(bot)

    assert "&lt;!channel&gt; ∗Board∗ review" in text and "<!channel>" not in text
    assert "_Outlook_" in text
    assert f"<!date^{int(at(9).timestamp())}^{{time}}" in text  # free from 09:00
    assert messages.calendar_tasks_due(1) in text
    assert "Renew the &lt;@U999&gt; contract" in text and "Quarterly numbers" not in text
    assert "Google Calendar could not be read (calendars.google.client" in text
    assert bot.limit_problems() == []


async def test_help_lists_today(bot):
    response = await assistant_command(bot, "help")
    assert "/assistant today" in response.body
