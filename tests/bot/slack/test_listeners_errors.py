"""What the Slack listeners do when things go wrong: signed requests into the real app.

Decisions that lose a race or fail unexpectedly, commands whose Graph call is refused, and DM
answers that cannot be stored or posted. The races are made exact with the fake Slack's `hold`
(the "Approving…" redraw waits while the world changes); failures are real: Graph answers 403
from the emulator, the SQLite file is locked by another connection, Slack refuses a post.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import messages
from bot.slack import ids
from core.runtime import Runtime
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator.signed_requests import (
    message_im,
    signed,
    slash_command,
    view_submission,
)
from tests.bot.slack.test_app_support import (
    Bot,
    action_ids,
    edit_state,
    started_bot,
    started_chat_bot,
)
from tests.sqlite_lock import SqliteLock, fail_at_once


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


@pytest.fixture
async def chat_bot(runtime, emulator, fake_slack, slack_web_client, claude) -> AsyncIterator[Bot]:
    async with started_chat_bot(runtime, emulator, fake_slack, slack_web_client, claude) as rig:
        yield rig


@pytest.fixture
async def locked(runtime: Runtime) -> AsyncIterator[SqliteLock]:
    """Another connection that can take the store's write lock; the store fails at once."""
    await fail_at_once(runtime.store)
    lock = SqliteLock(runtime.store.path)
    yield lock
    lock.release()


def drop_area(config: Path, name: str, folder: str) -> None:
    """Remove an area from config.yaml, as the owner editing the file would."""
    entry = f"  - name: {name}\n    folder: {folder}\n"
    text = config.read_text()
    assert entry in text
    config.write_text(text.replace(entry, ""))


def moves(bot: Bot) -> list:
    return [r for r in bot.emulator.requests if r.method == "POST" and r.path.endswith("/move")]


def card_texts(bot: Bot, ts: str) -> list[str]:
    return [c["text"].split(":")[0] for c in bot.slack.calls("chat.update") if c.get("ts") == ts]


async def command(bot: Bot, text: str) -> list:
    before = len(bot.slack.ephemerals)
    await bot.send(
        slash_command(
            OWNER_ID,
            text,
            channel_id=bot.dm,
            response_url=bot.slack.response_url(channel=bot.dm, user=OWNER_ID),
        )
    )
    return bot.slack.ephemerals[before:]


# -- decisions ------------------------------------------------------------------------------------


async def test_an_edit_the_reloaded_config_no_longer_allows_is_refused_and_said(
    bot, bot_config_path: Path
):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    approving = bot.slack.hold("chat.update")
    submitted = asyncio.create_task(
        bot.send(
            view_submission(
                OWNER_ID, ids.EDIT_VIEW, edit_state("Areas/Finance"), str(view.suggestion_id)
            )
        )
    )
    await approving.arrived.wait()  # the form was valid; the approval has not started yet
    drop_area(bot_config_path, "Finance", "Areas/Finance")
    assert await bot.runtime.reload_config() is not None
    approving.release()
    await submitted

    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "pending"
    assert moves(bot) == []
    assert card_texts(bot, card.ts) == ["Approving", "Suggestion"]
    assert ids.APPROVE in action_ids(bot.slack.message(card.channel, card.ts).blocks)
    told = [c for c in bot.slack.calls("chat.postMessage") if c["channel"] == bot.dm][-1]
    assert "folder: 'Areas/Finance' is not a folder of the taxonomy" in told["text"]


async def test_an_approval_made_elsewhere_meanwhile_shows_on_the_card(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    approving = bot.slack.hold("chat.update")
    clicked = asyncio.create_task(bot.send(bot.click(card, ids.APPROVE)))
    await approving.arrived.wait()  # the click saw a pending suggestion
    elsewhere = await bot.runtime.triage.approve(view.suggestion_id, actor="console")
    approving.release()
    await clicked

    assert elsewhere.status == "approved" and len(moves(bot)) == 1
    shown = bot.slack.message(card.channel, card.ts)
    assert shown.text.startswith("Approved") and ids.APPROVE not in action_ids(shown.blocks)
    actors = [a.actor for a in await bot.runtime.store.list_actions() if a.suggestion_id]
    assert f"slack:{OWNER_ID}" not in actors


async def test_an_approval_the_store_cannot_record_redraws_the_card_as_it_was(bot, locked, caplog):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    locked.take()

    with caplog.at_level(logging.ERROR, logger="bot.slack.listeners.decisions"):
        response = await bot.send(bot.click(card, ids.APPROVE))
    locked.release()

    assert response.status == 200
    assert moves(bot) == []
    assert card_texts(bot, card.ts) == ["Approving", "Suggestion"]
    assert ids.APPROVE in action_ids(bot.slack.message(card.channel, card.ts).blocks)
    [failure] = [r for r in caplog.records if "failed unexpectedly" in r.getMessage()]
    assert "database is locked" in str(failure.exc_info[1])
    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "pending"

    await bot.send(bot.click(card, ids.APPROVE))  # the lock is gone: a new click works

    assert bot.slack.message(card.channel, card.ts).text.startswith("Approved")


# -- commands whose Graph call is refused ---------------------------------------------------------


@pytest.mark.parametrize("subcommand", ["bootstrap", "cleanup"])
async def test_a_category_command_graph_refuses_says_why(bot, subcommand, caplog):
    bot.emulator.add_category("Old project")  # an orphan cleanup would offer
    bot.emulator.faults.add("GET", r"/outlook/masterCategories$", status=403)
    before = len(bot.emulator.requests)

    with caplog.at_level(logging.WARNING):
        [shown] = await command(bot, subcommand)

    # Our words with the status; Graph's own message stays in the log.
    assert "Outlook refused access (403)" in shown.text and "Access is denied" not in shown.text
    assert ids.CLEANUP_DELETE not in action_ids(shown.blocks)
    assert [r for r in caplog.records if "Access is denied" in r.getMessage()]
    assert [r.method for r in bot.emulator.requests[before:]] == ["GET"]


# -- the DM assistant -----------------------------------------------------------------------------


async def test_a_dm_the_store_cannot_keep_gets_the_error_reply_in_its_thread(
    chat_bot, claude, locked, caplog
):
    locked.take()

    with caplog.at_level(logging.ERROR, logger="bot.slack.listeners.events.direct_message"):
        response = await chat_bot.send(
            message_im(OWNER_ID, "anything pending?", channel=chat_bot.dm, ts="5.000001")
        )
    locked.release()

    assert response.status == 200
    thread = [c for c in chat_bot.slack.calls("chat.postMessage") if c.get("thread_ts")]
    assert [(c["thread_ts"], c["text"]) for c in thread] == [("5.000001", messages.ERROR)]
    [failure] = [r for r in caplog.records if "failed to answer" in r.getMessage()]
    assert "database is locked" in str(failure.exc_info[1])
    assert claude.requests == []  # nothing was asked that could not be remembered


async def test_a_dm_answer_slack_refuses_is_logged_not_raised(bot, caplog):
    bot.slack.fail("chat.postMessage", "channel_not_found")

    with caplog.at_level(logging.WARNING, logger="bot.slack.listeners.events.direct_message"):
        response = await bot.send(message_im(OWNER_ID, "status", channel=bot.dm, ts="6.000001"))

    assert response.status == 200
    [refused] = bot.slack.calls("chat.postMessage")
    assert refused.error == "channel_not_found" and refused["thread_ts"] == "6.000001"
    warned = [r.getMessage() for r in caplog.records]
    assert "Could not answer in the DM thread: channel_not_found" in warned
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_dm_event_without_a_timestamp_is_dropped(bot):
    body = json.loads(message_im(OWNER_ID, "status", channel=bot.dm).raw_body)
    del body["event"]["ts"]

    response = await bot.send(signed(json.dumps(body), "application/json"))

    assert response.status == 200
    assert bot.slack.calls("chat.postMessage") == []


async def test_a_graph_error_with_hostile_text_never_reaches_the_card(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    hostile = "<!channel> *pwned* <https://evil.example|click>\nmore"
    bot.emulator.faults.add(
        "POST",
        r"/move$",
        status=400,
        body={"error": {"code": "ErrorInvalidRequest\n<!here>", "message": hostile}},
    )

    await bot.send(bot.click(card, ids.APPROVE))

    shown = bot.slack.message(card.channel, card.ts)
    text = shown.text + repr(shown.blocks)
    assert "Outlook refused the change (400)" in text
    assert "evil.example" not in text and "pwned" not in text and "<!here>" not in text
