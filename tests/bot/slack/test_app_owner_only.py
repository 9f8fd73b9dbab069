"""Only the owner acts: anyone else is refused politely, sees no data, changes nothing, is logged.

Also the event plumbing around the owner check: redelivered events run once, bot messages and
message subtypes are dropped without an error status (no Slack retries, no loops).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest

from bot import messages
from bot.slack import ids
from sandbox.slack_emulator import BOT_ID, BOT_USER_ID, OWNER_ID, STRANGER_ID
from sandbox.slack_emulator.signed_requests import (
    block_suggestion,
    message_im,
    new_event_id,
    slash_command,
    static_select,
    view_submission,
)
from tests.bot.slack.test_app_support import Bot, started_bot, text_of


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


def graph_writes(bot: Bot) -> list:
    return [r for r in bot.emulator.requests if r.method != "GET"]


def refusals(caplog) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING and "Refused" in r.getMessage()
    ]


async def test_a_strangers_click_changes_nothing_and_gets_an_ephemeral_refusal(bot, caplog):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    writes = len(graph_writes(bot))

    response = await bot.send(bot.click(card, ids.APPROVE, user=STRANGER_ID))

    assert response.status == 200
    assert len(graph_writes(bot)) == writes
    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "pending"
    assert bot.slack.message(card.channel, card.ts).versions == []
    [webhook] = bot.slack.calls("webhook")
    assert webhook["text"] == messages.REFUSAL and webhook["response_type"] == "ephemeral"
    [notice] = bot.slack.ephemerals
    assert notice.user == STRANGER_ID
    [line] = refusals(caplog)
    assert STRANGER_ID in line and ids.APPROVE in line


async def test_a_strangers_command_is_refused_in_the_ack_without_data(bot, caplog):
    response = await bot.send(
        slash_command(
            STRANGER_ID,
            "status",
            channel_id=bot.slack.open_dm(STRANGER_ID),
            response_url=bot.slack.response_url(user=STRANGER_ID),
        )
    )

    assert response.status == 200
    assert messages.REFUSAL in response.body and "pending" not in response.body.lower()
    assert bot.slack.calls("webhook") == []
    [line] = refusals(caplog)
    assert STRANGER_ID in line and "/assistant status" in line


async def test_a_strangers_dm_reaches_no_assistant_and_gets_a_refusal(bot, caplog):
    channel = bot.slack.open_dm(STRANGER_ID)

    response = await bot.send(message_im(STRANGER_ID, "what is pending?", channel=channel))

    assert response.status == 200
    assert bot.slack.calls("chat.postMessage") == []
    [notice] = bot.slack.ephemerals
    assert (notice.user, notice.text) == (STRANGER_ID, messages.REFUSAL)
    [line] = refusals(caplog)
    assert STRANGER_ID in line and "direct message" in line


async def test_a_strangers_modal_submission_and_options_request_are_refused(bot, caplog):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    state = {"edit_folder": {ids.FOLDER_OPTIONS: static_select("Areas/Finance")}}

    submitted = await bot.send(
        view_submission(STRANGER_ID, ids.EDIT_VIEW, state, str(view.suggestion_id))
    )
    options = await bot.send(block_suggestion(STRANGER_ID, ids.FOLDER_OPTIONS, "Fin"))

    assert submitted.status == 200 and not submitted.body
    assert options.status == 200 and options.body == '{"options": []}'
    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "pending"
    assert len(refusals(caplog)) == 2


async def test_the_owner_gets_folder_options(bot):
    response = await bot.send(block_suggestion(OWNER_ID, ids.FOLDER_OPTIONS, "fin"))

    assert response.status == 200 and "Areas/Finance" in response.body
    assert "Projects/Tradecore" not in response.body


async def test_a_redelivered_event_is_answered_once(bot):
    channel = bot.slack.open_dm(OWNER_ID)
    event_id = new_event_id()
    ts = "1732000000.000100"

    first = await bot.send(
        message_im(OWNER_ID, "status", channel=channel, ts=ts, event_id=event_id)
    )
    again = await bot.send(
        message_im(OWNER_ID, "status", channel=channel, ts=ts, event_id=event_id, retry_num=1)
    )

    assert (first.status, again.status) == (200, 200)
    assert len(bot.slack.calls("chat.postMessage")) == 1


@pytest.mark.parametrize(
    ("user", "options"),
    [
        ("U0OTHERBOT1", {"bot_id": "B0OTHERBOT1"}),  # a modern bot post: user + bot_id
        (BOT_USER_ID, {"bot_id": BOT_ID}),  # our own post
        (OWNER_ID, {"subtype": "message_changed"}),
        (OWNER_ID, {"subtype": "message_deleted"}),
        (OWNER_ID, {"subtype": "bot_message"}),
        (OWNER_ID, {"subtype": "file_share"}),
    ],
)
async def test_bot_messages_and_subtypes_are_dropped_without_an_error(bot, caplog, user, options):
    channel = bot.slack.open_dm(OWNER_ID)

    response = await bot.send(message_im(user, "status", channel=channel, **options))

    assert response.status == 200
    assert bot.slack.calls("chat.postMessage") == [] and bot.slack.ephemerals == []
    assert refusals(caplog) == []


async def test_the_owners_dm_is_answered_in_a_thread(bot):
    channel = bot.slack.open_dm(OWNER_ID)
    await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    posted = len(bot.slack.calls("chat.postMessage"))

    await bot.send(message_im(OWNER_ID, "pending", channel=channel, ts="1732000000.000200"))

    [reply] = bot.slack.calls("chat.postMessage")[posted:]
    assert reply["thread_ts"] == "1732000000.000200" and reply["channel"] == channel
    assert "Tradecore cutover plan" in text_of(reply)


async def test_offline_status_in_a_dm_is_the_status_card(bot):
    channel = bot.slack.open_dm(OWNER_ID)

    await bot.send(message_im(OWNER_ID, "status", channel=channel))
    await bot.background.drain()

    [post] = bot.slack.calls("chat.postMessage")
    assert post["text"].startswith("Assistant status: ")
    assert post["blocks"][0]["text"]["text"] == "Assistant status"
