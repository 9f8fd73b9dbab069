"""`/assistant` subcommands and the forms and buttons they lead to, against the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot import messages
from bot.slack import ids
from bot.slack.blocks.add_modal_builder import FOLDER_BLOCK, KEYWORDS_BLOCK, KIND_BLOCK, NAME_BLOCK
from core.config.settings import load_settings
from sandbox.slack_emulator import OWNER_ID, Ephemeral
from sandbox.slack_emulator.signed_requests import (
    block_actions,
    dispatch,
    multi_static_select,
    radio_buttons,
    slash_command,
    text_input,
    view_submission,
)
from tests.bot.slack.test_app_support import Bot, action_ids, started_bot, text_of

ORPHANS = ("Old project", "Travel 2019", "Misc & stuff")


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


async def command(bot: Bot, text: str):
    """Run `/assistant <text>` as the owner in their DM; return (ack response, what it posted)."""
    before = len(bot.slack.ephemerals)
    response = await bot.send(
        slash_command(
            OWNER_ID,
            text,
            channel_id=bot.dm,
            response_url=bot.slack.response_url(channel=bot.dm, user=OWNER_ID),
        )
    )
    return response, bot.slack.ephemerals[before:]


def category_names(bot: Bot) -> set[str]:
    return {c["displayName"] for c in bot.emulator.categories}


def click_ephemeral(bot: Bot, shown: Ephemeral, action_id: str, state: dict):
    return block_actions(
        OWNER_ID,
        action_id,
        "delete",
        channel=shown.channel,
        message_ts=shown.ts,
        is_ephemeral=True,
        state_values=state,
        response_url=bot.slack.response_url(channel=shown.channel, message_ts=shown.ts),
        message={"blocks": shown.blocks},
    )


async def test_help_and_unknown_subcommands_answer_in_the_ack(bot):
    helped, _ = await command(bot, "help")
    unknown, _ = await command(bot, "frobnicate now")
    empty, _ = await command(bot, "")

    for response in (helped, unknown, empty):
        assert response.status == 200 and "/assistant status" in response.body
    assert "frobnicate" in unknown.body and "frobnicate" not in helped.body


async def test_status_reports_the_pending_count(bot):
    await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")

    response, [shown] = await command(bot, "status")

    assert response.status == 200
    assert messages.pending_summary(1, 0) in text_of({"text": shown.text, "blocks": shown.blocks})
    assert bot.limit_problems() == []


async def test_bootstrap_reports_the_counts_and_points_at_the_orphans(bot):
    for name in ORPHANS:
        bot.emulator.add_category(name)

    _, [shown] = await command(bot, "bootstrap")

    assert "Categories ready" in shown.text
    assert messages.orphans_found(3) in text_of({"text": shown.text, "blocks": shown.blocks})


async def test_cleanup_deletes_exactly_the_selected_orphans(bot):
    for name in ORPHANS:
        bot.emulator.add_category(name)
    managed = category_names(bot) - set(ORPHANS)

    _, [shown] = await command(bot, "cleanup")
    assert ids.CLEANUP_DELETE in action_ids(shown.blocks)
    selected = {
        f"{ids.CLEANUP_SELECT_BLOCK}0": {ids.CLEANUP_SELECT: multi_static_select(ORPHANS[:2])}
    }
    picked = await bot.send(
        block_actions(
            OWNER_ID,
            ids.CLEANUP_SELECT,
            channel=shown.channel,
            message_ts=shown.ts,
            is_ephemeral=True,
            action_type="multi_static_select",
            selected_options=[],
            state_values=selected,
        )
    )
    response = await bot.send(click_ephemeral(bot, shown, ids.CLEANUP_DELETE, selected))

    assert (picked.status, response.status) == (200, 200)
    assert category_names(bot) == managed | {ORPHANS[2]}
    assert "Deleted 2 categories" in shown.text
    assert ids.CLEANUP_DELETE not in action_ids(shown.blocks)
    logged = [a for a in await bot.runtime.store.list_actions() if a.action == "category.delete"]
    assert len(logged) == 2 and {a.actor for a in logged} == {f"slack:{OWNER_ID}"}
    assert bot.limit_problems() == []


async def test_cleanup_refuses_a_managed_category_smuggled_into_the_selection(bot):
    bot.emulator.add_category(ORPHANS[0])
    before = category_names(bot)
    _, [shown] = await command(bot, "cleanup")
    picks = multi_static_select([ORPHANS[0], "P1 - Urgent Important"])
    state = {f"{ids.CLEANUP_SELECT_BLOCK}0": {ids.CLEANUP_SELECT: picks}}

    await bot.send(click_ephemeral(bot, shown, ids.CLEANUP_DELETE, state))

    assert category_names(bot) == before
    assert "refusing to delete 'P1 - Urgent Important'" in bot.slack.ephemerals[-1].text


async def test_add_opens_the_form_and_a_submission_adds_the_area(bot):
    await command(bot, "add")
    [opened] = bot.slack.calls("views.open")
    assert opened.ok and opened["view"]["callback_id"] == ids.ADD_VIEW
    state = {
        KIND_BLOCK: {"kind": radio_buttons("area")},
        NAME_BLOCK: {"name": text_input("Client Support")},
        FOLDER_BLOCK: {"folder": text_input("")},
        KEYWORDS_BLOCK: {"keywords": text_input("ticket, SLA")},
    }

    response = await bot.send(view_submission(OWNER_ID, ids.ADD_VIEW, state))

    assert response.status == 200 and not response.body
    assert bot.emulator.folder_id("Areas/Client Support") is not None
    assert "Client Support" in category_names(bot)
    assert "Client Support" in bot.runtime.config_path.read_text()
    [result] = bot.slack.calls("chat.postMessage")
    assert result["channel"] == bot.dm and "Client Support" in text_of(result)
    assert bot.limit_problems() == []


async def test_six_add_submissions_at_once_all_reach_config_yaml(bot):
    names = [f"Client {n}" for n in range(6)]
    submissions = [
        view_submission(
            OWNER_ID,
            ids.ADD_VIEW,
            {
                KIND_BLOCK: {"kind": radio_buttons("area")},
                NAME_BLOCK: {"name": text_input(name)},
                FOLDER_BLOCK: {"folder": text_input("")},
            },
        )
        for name in names
    ]

    responses = await asyncio.gather(*(dispatch(bot.app, s, wait=False) for s in submissions))
    await bot.background.drain()

    assert [r.status for r in responses] == [200] * 6
    assert {a.name for a in load_settings(bot.runtime.config_path).areas} >= set(names)
    assert {a.name for a in bot.runtime.settings.areas} >= set(names)
    told = [text_of(c) for c in bot.slack.calls("chat.postMessage")]
    assert sorted(n for n in names for t in told if messages.added("area", n) in t) == names


async def test_an_add_that_clashes_is_refused_on_the_field(bot):
    before = bot.runtime.config_path.read_text()
    state = {
        KIND_BLOCK: {"kind": radio_buttons("area")},
        NAME_BLOCK: {"name": text_input("Finance")},
        FOLDER_BLOCK: {"folder": text_input("Areas/Money")},
    }

    response = await bot.send(view_submission(OWNER_ID, ids.ADD_VIEW, state))

    assert '"response_action": "errors"' in response.body and NAME_BLOCK in response.body
    assert bot.runtime.config_path.read_text() == before


async def test_today_without_a_calendar_says_how_to_turn_one_on(bot):
    _, [shown] = await command(bot, "today")

    assert "No calendar is on" in text_of({"text": shown.text, "blocks": shown.blocks})
