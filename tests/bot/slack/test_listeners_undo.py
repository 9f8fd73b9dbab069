"""Undo from Slack through the real app, the Graph emulator and the fake Slack: the Undo button
on an approved card and `/assistant undo [ID]`."""

from __future__ import annotations

from bot import messages
from bot.slack import ids
from tests.bot.slack.test_app_support import Bot, action_ids, text_of
from tests.bot.slack.test_listeners_suggestions import bot as bot  # noqa: F401  (fixture)
from tests.bot.slack.test_listeners_suggestions import (  # noqa: F401  (To Do on)
    bot_config_path as bot_config_path,
)
from tests.bot.slack.test_listeners_suggestions import tasks_for
from tests.bot.slack.test_listeners_today import assistant_command


async def approved_card(bot: Bot, subject: str):
    view = await bot.triage(subject=subject, body="Please confirm the date")
    before = bot.emulator.message(view.email_id)
    assert before is not None
    where = (before.folder_id, list(before.categories))
    await bot.send(bot.click(await bot.card_of(view), ids.APPROVE))
    card = await bot.card_of(view)
    assert card.text.startswith("Approved") and ids.UNDO in action_ids(card.blocks)
    assert len(tasks_for(bot, view.email_id)) == 1
    return view, card, where


def last_private(bot: Bot) -> str:
    shown = bot.slack.ephemerals[-1]
    return text_of({"text": shown.text, "blocks": shown.blocks})


async def test_the_undo_button_restores_the_email_and_the_card_can_be_approved_again(bot):
    view, card, before = await approved_card(bot, "Tradecore cutover plan")

    await bot.send(bot.click(card, ids.UNDO))

    msg = bot.emulator.message(view.email_id)
    assert (msg.folder_id, list(msg.categories)) == before
    assert tasks_for(bot, view.email_id) == []
    redrawn = bot.slack.message(card.channel, card.ts)
    assert ids.APPROVE in action_ids(redrawn.blocks) and ids.UNDO not in action_ids(redrawn.blocks)
    said = last_private(bot)
    assert said.startswith(f"Undone suggestion {view.suggestion_id}")
    assert "the task made for it is deleted" in said

    await bot.send(bot.click(card, ids.UNDO, value=str(view.suggestion_id)))
    assert "already undone" in last_private(bot)
    await bot.send(bot.click(redrawn, ids.APPROVE))
    assert len(tasks_for(bot, view.email_id)) == 1


async def test_assistant_undo_takes_the_newest_approval_and_refuses_a_moved_email(bot):
    first, _, _ = await approved_card(bot, "First order")
    second, _, second_before = await approved_card(bot, "Second order")
    bot.emulator.add_folder("Archive")
    bot.emulator.move_message(first.email_id, "Archive")  # the owner filed it by hand

    await assistant_command(bot, "undo")
    assert last_private(bot).startswith(f"Undone suggestion {second.suggestion_id}")
    moved = bot.emulator.message(second.email_id)
    assert (moved.folder_id, list(moved.categories)) == second_before

    await assistant_command(bot, f"undo {first.suggestion_id}")
    assert "you moved the email since the approval" in last_private(bot)
    assert len(tasks_for(bot, first.email_id)) == 1

    await assistant_command(bot, "undo everything")
    assert messages.UNDO_BAD_ID in last_private(bot)
    help_text = (await assistant_command(bot, "help")).body
    assert "/assistant undo" in help_text
