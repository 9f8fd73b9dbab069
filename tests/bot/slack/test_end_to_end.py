"""End to end: mail arrives in the emulated mailbox, the owner decides in Slack, Outlook changes.

Everything real but the two services: the Graph emulator and the fake Slack, both over HTTP.
Every payload the fake receives is checked against Block Kit's limits.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.slack import ids
from sandbox.slack_emulator import OWNER_ID, STRANGER_ID
from sandbox.slack_emulator.signed_requests import message_im, slash_command
from tests.bot.slack.test_app_support import Bot, started_bot, text_of

HOSTILE_SUBJECT = "<!channel> <https://evil.example|click> \u202eexe.gpj 🎉🇸🇪 " + "ü" * 10_000
HOSTILE_SENDER = "<@U07OWNER001> *Bank* <https://evil.example|support>"


@pytest.fixture
def bot_config_path(bot_config_path: Path) -> Path:
    with bot_config_path.open("a") as config:
        config.write("integrations:\n  todo:\n    enabled: true\n")
    return bot_config_path


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


def tasks_for(bot: Bot, email_id: str) -> list[dict]:
    return [
        task
        for todo_list in bot.emulator.todo_lists
        for task in bot.emulator.tasks(todo_list["id"])
        if any(link.get("externalId") == email_id for link in task["linkedResources"])
    ]


async def test_an_email_goes_from_inbox_to_card_to_approved_with_its_task(bot):
    email = bot.emulator.add_message(
        subject="Tradecore cutover plan",
        sender_name="Dana Reyes",
        sender_address="dana@tradecore.example",
        body="Can you please confirm the cutover date before Thursday?",
    )

    await bot.refresh()

    [card] = bot.slack.messages(bot.dm)
    [view] = await bot.runtime.triage.list_pending()
    assert view.email_id == email.immutable_id and card.text.startswith("Suggestion:")

    stranger = await bot.send(bot.click(card, ids.APPROVE, user=STRANGER_ID))
    assert stranger.status == 200 and tasks_for(bot, view.email_id) == []
    assert (
        bot.emulator.folder_path(bot.emulator.message_by_immutable_id(view.email_id).folder_id)
        == "Inbox"
    )

    await bot.send(bot.click(card, ids.APPROVE))

    moved = bot.emulator.message_by_immutable_id(view.email_id)
    assert bot.emulator.folder_path(moved.folder_id) == "Projects/Tradecore Steel"
    # The suggested priority and action type become its categories (the priority itself is the
    # offline classifier's judgement, measured by `eval`, not pinned here).
    assert view.action_type == "Needs Reply" and view.priority.startswith("P")
    assert {view.priority, view.action_type} <= set(moved.categories)
    [task] = tasks_for(bot, view.email_id)
    card = bot.slack.message(card.channel, card.ts)
    assert card.text.startswith("Approved") and task["title"] in text_of(card)
    assert "https://to-do.office.com/" in json.dumps(card.blocks)
    assert bot.limit_problems() == []


async def test_a_hostile_email_renders_inert_and_within_limits_everywhere(bot):
    bot.emulator.add_message(
        subject=HOSTILE_SUBJECT,
        sender_name=HOSTILE_SENDER,
        sender_address="attacker@evil.example",
        body="<!here> Please reply <https://evil.example|here> ‏שלום עולם‏ 👋🏽",
    )
    await bot.refresh()
    [card] = bot.slack.messages(bot.dm)
    await bot.send(message_im(OWNER_ID, "pending", channel=bot.dm, ts="1.000001"))
    await bot.send(bot.click(card, ids.EDIT))
    await bot.send(bot.click(card, ids.APPROVE))
    await bot.send(
        slash_command(
            OWNER_ID,
            "status",
            channel_id=bot.dm,
            response_url=bot.slack.response_url(channel=bot.dm, user=OWNER_ID),
        )
    )

    assert bot.limit_problems() == []
    sent = [json.dumps(payload, ensure_ascii=False) for _, payload in bot.payloads()]
    assert len(sent) >= 4
    for text in sent:
        for live in ("<!channel>", "<!here>", "<@U07OWNER001>", "<https://evil.example"):
            assert live not in text
        assert "\u202e" not in text
    [reply] = [c for c in bot.slack.calls("chat.postMessage") if c.get("thread_ts") == "1.000001"]
    assert "&lt;!channel&gt;" in text_of(reply)  # the chat reply quotes the subject, inert
    first = json.dumps(bot.slack.message(card.channel, card.ts).versions[0], ensure_ascii=False)
    assert "&lt;!channel&gt;" in first and "🎉🇸🇪" in first and "exe.gpj" in first
    assert bot.slack.message(card.channel, card.ts).text.startswith("Approved")
    assert not any("link_names" in c or "parse" in c for c in bot.slack.calls("chat.postMessage"))
