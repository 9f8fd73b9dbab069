"""Clicks that name a message the suggestion's card is not: only the real card is ever redrawn."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.slack import ids
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator.signed_requests import block_actions
from tests.bot.slack.test_app_support import Bot, button_value, started_bot

ELSEWHERE = "C0ELSEWHERE1"


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


async def test_a_click_from_a_channel_the_card_is_not_in_redraws_only_the_card(
    bot, slack_web_client
):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    bot.slack.add_channel(ELSEWHERE, "elsewhere")
    other = await slack_web_client.chat_postMessage(channel=ELSEWHERE, text="Weekly digest")
    value = button_value(card.blocks, ids.APPROVE)

    for action_id in (ids.APPROVE, ids.EDIT):  # Edit after the approval redraws the card too
        click = block_actions(
            OWNER_ID,
            action_id,
            value,
            channel=ELSEWHERE,
            message_ts=other["ts"],
            response_url=bot.slack.response_url(channel=ELSEWHERE, user=OWNER_ID),
        )
        assert (await bot.send(click)).status == 200

    assert bot.slack.message(ELSEWHERE, other["ts"]).text == "Weekly digest"
    assert [c["channel"] for c in bot.slack.calls("chat.update")] == [card.channel] * len(
        bot.slack.calls("chat.update")
    )
    assert bot.slack.message(card.channel, card.ts).text.startswith("Approved")
