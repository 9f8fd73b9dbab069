"""A burst of new mail: one summary card, "Approve all" for the confident ones, "Show the rest"."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.slack import ids
from bot.slack.sink import BURST_FRONT_END, FRONT_END, SlackSink
from tests.bot.slack.test_app_support import Bot, action_ids, button_value, started_bot

CONFIDENT = 0.65  # the heuristic gives newsletters 0.7 and unknown senders 0.3 or less


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    options = {"high_confidence": CONFIDENT}
    async with started_bot(
        runtime, emulator, fake_slack, slack_web_client, sink_options=options
    ) as rig:
        yield rig


async def burst(bot: Bot, newsletters: int = 6, others: int = 2) -> None:
    start = datetime.now(UTC) - timedelta(hours=1)
    for i in range(newsletters):
        bot.emulator.add_message(
            subject=f"Weekly digest {i}",
            sender_name="Digest",
            sender_address=f"news{i}@letters.example",
            body="This week in steel",
            headers={"List-Unsubscribe": "<mailto:unsubscribe@letters.example>"},
            received=start + timedelta(minutes=i),
        )
    for i in range(others):
        bot.emulator.add_message(
            subject=f"Question {i}",
            sender_name="Bob",
            sender_address="bob@x.example",
            body="?",
            received=start + timedelta(minutes=30 + i),
        )
    await bot.refresh()


async def test_more_than_the_threshold_at_once_become_one_summary(bot):
    await burst(bot)

    [summary] = bot.slack.messages(bot.dm)
    assert summary.text.startswith("8 new emails triaged: 6 high confidence")
    assert action_ids(summary.blocks) == [
        ids.APPROVE_ALL_CONFIDENT,
        ids.SHOW_CONFIDENT,
        ids.SHOW_REST,
    ]
    for view in await bot.runtime.triage.list_pending():
        posted = await bot.runtime.store.posted_message(view.suggestion_id)
        assert (posted.front_end, posted.ts) == (BURST_FRONT_END, summary.ts)
    assert bot.limit_problems() == []


async def test_approve_all_approves_exactly_the_confident_ones_and_says_so(bot):
    await burst(bot)
    [summary] = bot.slack.messages(bot.dm)

    await bot.send(bot.click(summary, ids.APPROVE_ALL_CONFIDENT))

    statuses = {
        v.subject: v.status
        for v in await bot.runtime.triage.list_pending(statuses=("pending", "approved"))
    }
    assert sorted(s for s, status in statuses.items() if status == "approved") == [
        f"Weekly digest {i}" for i in range(6)
    ]
    summary = bot.slack.message(summary.channel, summary.ts)
    assert summary.text.startswith("8 new emails triaged: 6 approved; 2 need a look")
    assert summary.text.count("Approved: Weekly digest") == 6
    assert action_ids(summary.blocks) == [ids.SHOW_REST]
    assert len(bot.slack.messages(bot.dm)) == 1  # no card per approval
    assert bot.limit_problems() == []

    await bot.send(bot.click(summary, ids.SHOW_REST))

    summary = bot.slack.message(summary.channel, summary.ts)
    assert summary.text == "8 new emails triaged: 6 approved, 2 shown below"
    assert action_ids(summary.blocks) == []


async def test_show_the_rest_posts_them_one_by_one_and_their_cards_work(bot):
    await burst(bot)
    [summary] = bot.slack.messages(bot.dm)
    paced_before = list(bot.clock.sleeps)

    await bot.send(bot.click(summary, ids.SHOW_REST))

    _, *cards = bot.slack.messages(bot.dm)
    assert [c.text.split(" from ")[0] for c in cards] == [
        "Suggestion: Question 0",
        "Suggestion: Question 1",
    ]
    assert bot.clock.sleeps[len(paced_before) :] == [1.0, 1.0]  # each post waited its turn
    summary = bot.slack.message(summary.channel, summary.ts)
    # The counts stay true (it once read "0 new emails triaged: 0 high confidence").
    assert summary.text == (
        "8 new emails triaged: 2 shown below; 6 high confidence (≥ 0.65) waiting"
    )
    assert action_ids(summary.blocks) == [ids.APPROVE_ALL_CONFIDENT, ids.SHOW_CONFIDENT]
    value = button_value(cards[0].blocks, ids.DISMISS)
    assert value is not None
    view_id = int(value)
    assert (await bot.runtime.store.posted_message(view_id)).front_end == FRONT_END

    await bot.send(bot.click(cards[0], ids.DISMISS))

    assert bot.slack.message(cards[0].channel, cards[0].ts).text.startswith("Dismissed")


async def test_a_restart_does_not_announce_a_burst_again(bot, slack_web_client):
    await burst(bot)
    restarted = SlackSink(slack_web_client, bot.assistant, clock=bot.clock, sleep=bot.clock.sleep)

    assert await restarted.announce_unposted() == 0
    await restarted.drain()

    assert len(bot.slack.messages(bot.dm)) == 1


async def test_a_summary_of_only_unsure_ones_keeps_its_count_after_show(bot):
    await burst(bot, newsletters=0, others=7)
    [summary] = bot.slack.messages(bot.dm)
    assert summary.text == "7 new emails triaged: 0 high confidence (≥ 0.65), 7 need a look"

    await bot.send(bot.click(summary, ids.SHOW_REST))

    summary = bot.slack.message(summary.channel, summary.ts)
    assert summary.text == "7 new emails triaged: 7 shown below"
    assert len(bot.slack.messages(bot.dm)) == 8


async def test_the_confident_ones_can_be_reviewed_and_edited_one_by_one(bot):
    await burst(bot)
    [summary] = bot.slack.messages(bot.dm)

    await bot.send(bot.click(summary, ids.SHOW_CONFIDENT))

    _, *cards = bot.slack.messages(bot.dm)
    assert [c.text.split(" from ")[0] for c in cards] == [
        f"Suggestion: Weekly digest {i}" for i in range(6)
    ]
    assert all(ids.EDIT in action_ids(c.blocks) for c in cards)  # each one can be edited
    summary = bot.slack.message(summary.channel, summary.ts)
    assert summary.text == "8 new emails triaged: 6 shown below; 2 need a look"
    assert action_ids(summary.blocks) == [ids.SHOW_REST]

    await bot.send(bot.click(cards[0], ids.APPROVE))

    statuses = {
        v.subject: v.status
        for v in await bot.runtime.triage.list_pending(statuses=("pending", "approved"))
    }
    assert statuses["Weekly digest 0"] == "approved"
    assert sum(status == "approved" for status in statuses.values()) == 1
