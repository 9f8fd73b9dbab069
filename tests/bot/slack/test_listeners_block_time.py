"""Block 30 min through the real app against the Slack and Graph emulators: the approved card
offers it when a calendar is on, the proposal is a thread reply with Confirm / Cancel, Confirm
creates one event and says where, a slot taken meanwhile is said with the next one."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import messages
from bot.slack import ids
from tests.bot.slack import test_listeners_today
from tests.bot.slack.test_app_support import Bot, action_ids, button_value, text_of

CALENDARS = """\
integrations:
  task_backend: todo
  todo: {}
calendars:
  outlook:
  working_hours:
    days: [mon, tue, wed, thu, fri, sat, sun]
"""


# The /assistant today rig, on this module's config.
runtime = test_listeners_today.runtime
bot = test_listeners_today.bot


@pytest.fixture
def calendars_config_path(bot_config_path: Path) -> Path:
    bot_config_path.write_text(bot_config_path.read_text() + CALENDARS)
    return bot_config_path


async def approved_card(bot: Bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm by Friday.")
    await bot.send(bot.click(await bot.card_of(view), ids.APPROVE))
    return await bot.card_of(view)


def replies(bot: Bot, card) -> list:
    return [m for m in bot.slack.messages(card.channel) if m.thread_ts == card.ts]


def block_events(bot: Bot) -> list:
    return [e for e in bot.emulator.calendar.events.values() if "Dana" in e.subject]


async def test_block_30_min_proposes_then_confirm_creates_one_event(bot: Bot) -> None:
    card = await approved_card(bot)
    assert ids.BLOCK_PROPOSE in action_ids(card.blocks)

    await bot.send(bot.click(card, ids.BLOCK_PROPOSE))
    [proposal] = replies(bot, card)
    assert "in Outlook for this task?" in text_of(proposal)
    assert action_ids(proposal.blocks) == [ids.BLOCK_CONFIRM, ids.BLOCK_CANCEL]
    value = button_value(proposal.blocks, ids.BLOCK_CONFIRM)
    assert value is not None
    shown = datetime.fromtimestamp(int(value.split(":")[1]), UTC)

    await bot.send(bot.click(proposal, ids.BLOCK_CONFIRM))
    await bot.send(bot.click(proposal, ids.BLOCK_CONFIRM))  # a second click makes nothing new

    [event] = block_events(bot)
    start = bot.emulator.event(event.id)["start"]["dateTime"]
    assert datetime.fromisoformat(start[:19]).replace(tzinfo=UTC) == shown
    done = bot.slack.message(proposal.channel, proposal.ts)
    assert "Blocked" in text_of(done) and "in Outlook" in text_of(done)
    assert action_ids(done.blocks) == []
    # The approval card itself says where the time went, in place of its button.
    card_now = bot.slack.message(card.channel, card.ts)
    assert "Blocked" in text_of(card_now) and "in Outlook" in text_of(card_now)
    assert "✓" in text_of(card_now), "the approval result stays on the card"
    assert ids.BLOCK_PROPOSE not in action_ids(card_now.blocks)
    assert bot.limit_problems() == []


async def test_a_double_confirm_click_creates_one_event(bot: Bot) -> None:
    card = await approved_card(bot)
    await bot.send(bot.click(card, ids.BLOCK_PROPOSE))
    [proposal] = replies(bot, card)
    click = bot.click(proposal, ids.BLOCK_CONFIRM)

    await asyncio.gather(bot.send(click), bot.send(bot.click(proposal, ids.BLOCK_CONFIRM)))

    assert len(block_events(bot)) == 1
    blocks = await bot.runtime.store.active_task_events()
    assert len(blocks) == 1
    creates = await bot.runtime.store.list_actions(action="calendar.event.create")
    assert len(creates) == 1
    assert "Blocked" in text_of(bot.slack.message(proposal.channel, proposal.ts))


async def test_a_slot_taken_before_confirm_is_said_with_the_next_one(bot: Bot) -> None:
    card = await approved_card(bot)
    await bot.send(bot.click(card, ids.BLOCK_PROPOSE))
    [proposal] = replies(bot, card)
    value = button_value(proposal.blocks, ids.BLOCK_CONFIRM)
    assert value is not None
    shown = datetime.fromtimestamp(int(value.split(":")[1]), UTC)
    bot.emulator.add_event("Urgent call", shown, shown + timedelta(minutes=30))

    await bot.send(bot.click(proposal, ids.BLOCK_CONFIRM))

    again = bot.slack.message(proposal.channel, proposal.ts)
    assert "That slot was taken meanwhile" in text_of(again)
    assert button_value(again.blocks, ids.BLOCK_CONFIRM) != value
    assert block_events(bot) == []


async def test_cancel_writes_nothing_and_others_cannot_click(bot: Bot) -> None:
    card = await approved_card(bot)
    await bot.send(bot.click(card, ids.BLOCK_PROPOSE, user="U0STRANGER"))
    assert replies(bot, card) == []
    await bot.send(bot.click(card, ids.BLOCK_PROPOSE))
    [proposal] = replies(bot, card)

    await bot.send(bot.click(proposal, ids.BLOCK_CANCEL))

    assert messages.BLOCK_CANCELLED in text_of(bot.slack.message(proposal.channel, proposal.ts))
    assert block_events(bot) == []
