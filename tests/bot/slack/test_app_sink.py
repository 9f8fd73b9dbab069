"""The SlackSink: paced posts, burst summaries, no double posts, card updates, start-up catch-up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.slack.sink import ChannelPacer, SlackSink
from tests.bot.slack.test_app_support import Bot, FakeClock, started_bot

CARDS_CHANNEL = "C07CARDS01"


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


def deliver(bot: Bot, count: int, prefix: str = "Question") -> None:
    now = datetime.now(UTC)
    for i in range(count):
        bot.emulator.add_message(
            subject=f"{prefix} {i}",
            sender_name="Bob",
            sender_address="bob@x.example",
            body="?",
            received=now - timedelta(minutes=count - i),
        )


async def test_posts_are_at_least_a_second_apart_per_channel():
    clock = FakeClock()
    pacer = ChannelPacer(1.0, clock=clock, sleep=clock.sleep)
    stamps = []

    for channel in ("D1", "D1", "C2", "D1"):
        await pacer.wait(channel)
        stamps.append((channel, clock.now))

    assert stamps == [("D1", 1000.0), ("D1", 1001.0), ("C2", 1001.0), ("D1", 1002.0)]


async def test_a_small_batch_becomes_one_card_each_paced(bot):
    deliver(bot, 3)

    await bot.refresh()

    cards = bot.slack.messages(bot.dm)
    assert [c.text.split(" from ")[0] for c in cards] == [
        f"Suggestion: Question {i}" for i in range(3)
    ]
    assert bot.clock.sleeps == [2.0, 1.0, 1.0]  # arrivals paused, then one post per second
    assert bot.limit_problems() == []


async def test_more_than_the_threshold_become_one_summary(bot):
    deliver(bot, 6)

    await bot.refresh()

    [summary] = bot.slack.messages(bot.dm)
    assert summary.text.startswith("6 new emails triaged")


async def test_a_suggestion_is_never_posted_twice(bot, slack_web_client):
    deliver(bot, 1)
    await bot.refresh()
    [view] = await bot.runtime.triage.list_pending()

    await bot.sink.suggestion_created(view)  # a second notification
    await bot.sink.announce_unposted()
    await bot.sink.drain()
    restarted = SlackSink(slack_web_client, bot.assistant, clock=bot.clock, sleep=bot.clock.sleep)
    assert await restarted.announce_unposted() == 0
    await restarted.drain()

    assert len(bot.slack.messages(bot.dm)) == 1


async def test_suggestions_never_announced_are_posted_at_start(bot, slack_web_client):
    bot.runtime.triage.attach_sink(None)  # the service was down when these arrived
    deliver(bot, 2)
    await bot.runtime.triage.refresh()
    assert bot.slack.messages(bot.dm) == []
    restarted = SlackSink(slack_web_client, bot.assistant, clock=bot.clock, sleep=bot.clock.sleep)

    assert await restarted.announce_unposted() == 2
    await restarted.drain()

    assert len(bot.slack.messages(bot.dm)) == 2
    for view in await bot.runtime.triage.list_pending():
        assert await bot.runtime.store.posted_message(view.suggestion_id) is not None


async def test_a_change_made_elsewhere_updates_the_card(bot):
    deliver(bot, 1)
    await bot.refresh()
    [view] = await bot.runtime.triage.list_pending()

    await bot.runtime.triage.dismiss(view.suggestion_id, actor="console")  # not through Slack

    [card] = bot.slack.messages(bot.dm)
    assert card.text.startswith("Dismissed") and len(card.versions) == 1


async def test_a_failure_without_a_card_gets_one_with_retry(bot):
    bot.runtime.triage.attach_sink(None)
    deliver(bot, 1, "Tradecore cutover")
    await bot.runtime.triage.refresh()
    bot.runtime.triage.attach_sink(bot.sink)
    [view] = await bot.runtime.triage.list_pending()
    bot.emulator.throttle("POST", r"/move$", retry_after=600)  # above the wait cap: fails

    await bot.runtime.triage.approve(view.suggestion_id, actor="chat")

    [card] = bot.slack.messages(bot.dm)
    assert card.text.startswith("Approval failed")


async def test_a_rate_limited_post_is_retried_once_and_posted_once(bot, slack_retry_sleeps):
    bot.slack.rate_limit("chat.postMessage", retry_after=3)
    deliver(bot, 1)

    await bot.refresh()

    assert len(bot.slack.messages(bot.dm)) == 1
    assert [c.status for c in bot.slack.calls("chat.postMessage")] == [429, 200]
    assert 3 <= slack_retry_sleeps.calls[0] <= 4


@pytest.fixture
def bot_config_path(request, bot_config_path: Path) -> Path:
    if "channel" in request.node.name:
        text = bot_config_path.read_text().replace(
            "  mode: http\n", f"  mode: http\n  channel: {CARDS_CHANNEL}\n"
        )
        bot_config_path.write_text(text)
    return bot_config_path


async def test_cards_go_to_the_configured_channel(bot):
    bot.slack.add_channel(CARDS_CHANNEL, "mail-triage")
    deliver(bot, 1)

    await bot.refresh()

    assert len(bot.slack.messages(CARDS_CHANNEL)) == 1
    assert bot.slack.calls("conversations.open") == []


async def test_a_new_suggestion_is_posted_as_handed_over_with_only_the_posted_check(
    bot, slack_web_client
):
    bot.runtime.triage.attach_sink(None)  # announced by hand below
    deliver(bot, 1)
    await bot.runtime.triage.refresh()
    [view] = await bot.assistant.pending()
    handed = replace(view, subject="As the core announced it")
    sink = SlackSink(slack_web_client, bot.assistant, clock=bot.clock, sleep=bot.clock.sleep)
    before = bot.assistant.store_reads

    await sink.suggestion_created(handed)
    await sink.drain()

    [card] = bot.slack.messages(bot.dm)
    assert card.text.startswith("Suggestion: As the core announced it")
    assert bot.assistant.store_reads - before == 1  # "was it posted before?", nothing else
    assert (await bot.assistant.card_location(view.suggestion_id)).ts == card.ts


async def test_a_suggestion_decided_while_queued_is_not_posted(bot, slack_web_client):
    bot.runtime.triage.attach_sink(None)
    deliver(bot, 1)
    await bot.runtime.triage.refresh()
    [view] = await bot.assistant.pending()
    sink = SlackSink(slack_web_client, bot.assistant, clock=bot.clock, sleep=bot.clock.sleep)

    async with sink.hold():
        await sink.suggestion_created(view)
        await sink.suggestion_changed(replace(view, status="dismissed"))
    await sink.drain()

    assert bot.slack.messages(bot.dm) == []


def test_no_listener_draws_a_suggestion_card_itself():
    drawing = {"suggestion_message", "render_card", "render_current"}
    listeners = Path(__file__).parents[3] / "bot" / "slack" / "listeners"
    offenders = [
        str(path.relative_to(listeners))
        for path in listeners.rglob("*.py")
        if any(name in path.read_text() for name in drawing)
    ]
    assert offenders == []
