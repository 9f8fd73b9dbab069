"""Approve, Edit, Dismiss and Retry on real cards: signed clicks into the app, Graph emulated."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.slack import ids
from bot.slack.blocks.edit_modal_builder import (
    FOLDER_BLOCK,
)
from core.runtime import ACTOR_OWNER, Runtime
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator.signed_requests import view_submission
from tests.bot.slack.test_app_support import (
    Bot,
    action_ids,
    edit_state,
    open_runtime,
    started_bot,
    text_of,
)


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


def moves(bot: Bot) -> list:
    return [r for r in bot.emulator.requests if r.method == "POST" and r.path.endswith("/move")]


async def test_a_new_email_becomes_one_card_in_the_owners_dm(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Cutover next week?")

    [card] = bot.slack.messages(bot.dm)
    assert "Tradecore cutover plan" in card.text
    assert {ids.APPROVE, ids.EDIT, ids.DISMISS} <= set(action_ids(card.blocks))
    posted = await bot.runtime.store.posted_message(view.suggestion_id)
    assert (posted.channel, posted.ts) == (card.channel, card.ts)
    assert bot.limit_problems() == []


async def test_approve_moves_the_email_creates_the_task_and_updates_the_card(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)

    response = await bot.send(bot.click(card, ids.APPROVE))

    assert response.status == 200
    email = bot.emulator.message_by_immutable_id(view.email_id)
    assert bot.emulator.folder_path(email.folder_id) == "Projects/Tradecore Steel"
    assert {view.priority, view.action_type} <= set(email.categories)
    [task] = tasks_for(bot, view.email_id)
    card = bot.slack.message(card.channel, card.ts)
    assert [v["text"].split(":")[0] for v in card.versions] == ["Suggestion", "Approving"]
    assert card.text.startswith("Approved")
    assert task["title"] in text_of(card) and "Moved to Projects/Tradecore Steel" in text_of(card)
    assert ids.APPROVE not in action_ids(card.blocks)
    assert bot.limit_problems() == []


async def test_a_double_click_approves_once_and_updates_the_result_once(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    bot.emulator.latency = 0.05  # the first click is still running when the second arrives

    await asyncio.gather(
        bot.send(bot.click(card, ids.APPROVE)), bot.send(bot.click(card, ids.APPROVE))
    )
    await bot.send(bot.click(card, ids.APPROVE))  # a third one, after the first finished

    assert len(tasks_for(bot, view.email_id)) == 1
    assert len(moves(bot)) == 1
    updates = [c for c in bot.slack.calls("chat.update") if c.get("ts") == card.ts]
    assert [c["text"].split(":")[0] for c in updates] == ["Approving", "Approved"]


async def test_edit_opens_the_prefilled_modal_at_once_and_once(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)

    await asyncio.gather(bot.send(bot.click(card, ids.EDIT)), bot.send(bot.click(card, ids.EDIT)))

    [opened] = bot.slack.calls("views.open")
    assert opened.ok
    modal = opened["view"]
    assert modal["callback_id"] == ids.EDIT_VIEW
    assert modal["private_metadata"] == str(view.suggestion_id)
    assert bot.limit_problems() == []


async def test_an_edit_with_an_unknown_folder_is_refused_on_the_field(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")

    response = await bot.send(
        view_submission(
            OWNER_ID, ids.EDIT_VIEW, edit_state("Areas/Nowhere"), str(view.suggestion_id)
        )
    )

    assert response.status == 200
    assert response.body and '"response_action": "errors"' in response.body
    assert FOLDER_BLOCK in response.body
    assert moves(bot) == []
    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "pending"


async def test_a_valid_edit_approves_with_the_edits_and_stores_a_correction(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)

    response = await bot.send(
        view_submission(
            OWNER_ID,
            ids.EDIT_VIEW,
            edit_state("Areas/Finance", note="Invoices go to Finance"),
            str(view.suggestion_id),
        )
    )

    assert response.status == 200 and not response.body
    email = bot.emulator.message_by_immutable_id(view.email_id)
    assert bot.emulator.folder_path(email.folder_id) == "Areas/Finance"
    assert {"P1 - Urgent Important", "Review", "Finance"} <= set(email.categories)
    after = await bot.runtime.triage.get(view.suggestion_id)
    assert (after.status, after.folder, after.edited) == ("approved", "Areas/Finance", True)
    [correction] = await bot.runtime.store.recent_corrections()
    assert correction.folder == "Areas/Finance"
    card = bot.slack.message(card.channel, card.ts)
    assert "Areas/Finance" in card.text


async def test_dismiss_leaves_the_email_and_says_so(bot):
    view = await bot.triage(subject="Lunch on Friday?", body="Anyone up for lunch")
    card = await bot.card_of(view)

    await bot.send(bot.click(card, ids.DISMISS))

    email = bot.emulator.message_by_immutable_id(view.email_id)
    assert bot.emulator.folder_path(email.folder_id) == "Inbox" and email.categories == []
    card = bot.slack.message(card.channel, card.ts)
    assert card.text.startswith("Dismissed") and action_ids(card.blocks) == []
    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "dismissed"


async def test_a_failed_approval_shows_retry_and_retry_finishes_it(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    bot.emulator.throttle("POST", r"/move$", retry_after=600)  # above the wait cap: fails

    await bot.send(bot.click(card, ids.APPROVE))

    card = bot.slack.message(card.channel, card.ts)
    assert card.text.startswith("Approval failed")
    assert ids.RETRY in action_ids(card.blocks)
    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "failed"

    await bot.send(bot.click(card, ids.RETRY))

    email = bot.emulator.message_by_immutable_id(view.email_id)
    assert bot.emulator.folder_path(email.folder_id) == "Projects/Tradecore Steel"
    assert len(tasks_for(bot, view.email_id)) == 1
    assert bot.slack.message(card.channel, card.ts).text.startswith("Approved")
    assert bot.limit_problems() == []


async def test_a_click_on_a_handled_suggestion_redraws_its_card_and_does_nothing_else(bot):
    view = await bot.triage(subject="Lunch on Friday?", body="Anyone up for lunch")
    card = await bot.card_of(view)
    await bot.send(bot.click(card, ids.DISMISS))
    calls = len(bot.slack.requests)

    await bot.send(bot.click(card, ids.APPROVE, value=str(view.suggestion_id)))

    assert moves(bot) == []
    [redraw] = bot.slack.requests[calls:]
    assert redraw.method == "chat.update" and redraw["ts"] == card.ts
    assert redraw["text"].startswith("Dismissed")


@pytest.fixture
async def review_process(bot_config_path: Path) -> AsyncIterator[Runtime]:
    """A second runtime on the same database, as `outlook-assistant review` runs: no Slack."""
    other = await open_runtime(bot_config_path)
    yield other
    await other.aclose()


@pytest.mark.parametrize("button", [ids.APPROVE, ids.EDIT, ids.DISMISS])
async def test_a_card_approved_elsewhere_is_redrawn_with_the_result_on_any_click(
    bot, review_process, button
):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    outcome = await review_process.triage.approve(view.suggestion_id, actor=ACTOR_OWNER)
    assert outcome.status == "approved" and outcome.task_title
    assert bot.slack.calls("chat.update") == []  # the other process cannot touch the card
    calls = len(bot.slack.requests)

    await bot.send(bot.click(card, button))

    assert len(moves(bot)) == 1 and len(tasks_for(bot, view.email_id)) == 1
    after = [c.method for c in bot.slack.requests[calls:] if c.method != "auth.test"]
    assert after == ["chat.update"]  # no "Approving…", no modal, no second result
    card = bot.slack.message(card.channel, card.ts)
    assert card.text.startswith("Approved")
    assert "Moved to Projects/Tradecore Steel" in text_of(card)
    assert outcome.task_title in text_of(card)
    assert action_ids(card.blocks) == [ids.UNDO]
    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "approved"


async def test_a_click_during_an_approval_elsewhere_says_so_and_changes_nothing(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    # Another process won the compare-and-set and is still at work.
    await bot.runtime.store.transition_suggestion(
        view.suggestion_id, from_status=("pending",), to_status="approving", actor="review"
    )

    await bot.send(bot.click(card, ids.APPROVE))

    assert moves(bot) == [] and bot.slack.calls("chat.update") == []
    [notice] = bot.slack.ephemerals
    assert notice.user == OWNER_ID and "being approved right now" in notice.text


async def test_a_click_on_a_suggestion_that_does_not_exist_says_so(bot):
    view = await bot.triage(subject="Lunch on Friday?", body="Anyone up for lunch")
    card = await bot.card_of(view)

    await bot.send(bot.click(card, ids.APPROVE, value="999999"))

    [notice] = bot.slack.ephemerals
    assert notice.user == OWNER_ID and "no longer exists" in notice.text
    assert moves(bot) == []


async def test_one_approve_click_on_a_posted_card_costs_a_handful_of_store_reads(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)
    store = bot.runtime.store
    before = store.reads

    await bot.send(bot.click(card, ids.APPROVE))

    reads = store.reads - before
    print(f"store reads per Approve click: {reads}")
    assert bot.slack.message(card.channel, card.ts).text.startswith("Approved")
    assert reads <= 6
