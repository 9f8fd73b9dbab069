"""The DM assistant through Slack: answers in a thread, changes only behind Confirm, once."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.slack import ids
from sandbox.anthropic_emulator import RawText, ToolUse
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator.signed_requests import block_actions, message_im
from tests.bot.slack.test_app_support import Bot, action_ids, started_chat_bot, text_of


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client, claude) -> AsyncIterator[Bot]:
    async with started_chat_bot(runtime, emulator, fake_slack, slack_web_client, claude) as rig:
        yield rig


def in_thread(bot: Bot, thread_ts: str) -> list:
    return [c for c in bot.slack.calls("chat.postMessage") if c.get("thread_ts") == thread_ts]


async def test_a_proposal_runs_only_on_confirm_and_only_once(bot, claude):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    claude.enqueue(
        ToolUse("approve_suggestions", {"suggestion_ids": [view.suggestion_id]}),
        RawText("Press Confirm to approve it."),
    )

    await bot.send(message_im(OWNER_ID, "approve the Tradecore one", channel=bot.dm, ts="1.000001"))

    answer, proposal = in_thread(bot, "1.000001")
    assert "Press Confirm" in text_of(answer)
    assert action_ids(proposal["blocks"]) == [ids.CHAT_CONFIRM, ids.CHAT_CANCEL]
    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "pending"
    [shown] = [m for m in bot.slack.messages(bot.dm) if ids.CHAT_CONFIRM in action_ids(m.blocks)]
    confirm = block_actions(
        OWNER_ID,
        ids.CHAT_CONFIRM,
        proposal["blocks"][-1]["elements"][0]["value"],
        channel=bot.dm,
        message_ts=shown.ts,
        message=shown.echo(),
    )

    await bot.send(confirm)
    await bot.send(confirm)  # a double click

    after = await bot.runtime.triage.get(view.suggestion_id)
    assert after.status == "approved"
    shown = bot.slack.message(bot.dm, shown.ts)
    assert ids.CHAT_CONFIRM not in action_ids(shown.blocks) and "Approved" in shown.text
    actions = await bot.runtime.store.list_actions()
    assert [a.actor for a in actions if a.action == "suggestion.approve"] == [f"slack:{OWNER_ID}"]
    assert len(bot.slack.message(bot.dm, shown.ts).versions) == 1
    assert bot.limit_problems() == []


async def test_a_replied_thread_continues_the_same_conversation(bot, claude):
    claude.enqueue(RawText("Nothing is pending."), RawText("Still nothing."))

    await bot.send(message_im(OWNER_ID, "anything pending?", channel=bot.dm, ts="2.000001"))
    await bot.send(
        message_im(OWNER_ID, "and now?", channel=bot.dm, ts="2.000009", thread_ts="2.000001")
    )

    assert len(in_thread(bot, "2.000001")) == 2
    second = claude.message_bodies()[-1]["messages"]
    assert [m["role"] for m in second] == ["user", "assistant", "user"]
