"""The digest, stats and queue aging in Slack, through the real app and the fake Slack: the
scheduled digest reaches the owner's DM once, `/assistant digest` and `stats` answer, an
expired card says so and Bring back restores it; email text stays inert throughout."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]
from slack_sdk.errors import SlackApiError

from bot.slack import ids
from bot.slack.followup import SlackFollowup
from bot.slack.sink import OwnerChannel
from core.api import AgingReminder, Assistant
from core.runtime import Runtime
from sandbox.slack_emulator import OWNER_ID
from tests.bot.slack.test_app_support import Bot, action_ids, button_value, started_bot, text_of
from tests.bot.slack.test_listeners_today import assistant_command
from tests.conftest import open_runtime

HOSTILE = "<!channel> *Pay* <https://evil.example|now>"


@pytest.fixture
def digest_config_path(bot_config_path: Path) -> Path:
    # Due from local midnight: the scheduled digest is due whenever the test runs.
    bot_config_path.write_text(
        bot_config_path.read_text() + 'followup:\n  digest:\n    time: "00:00"\n'
    )
    return bot_config_path


@pytest.fixture
async def runtime(digest_config_path: Path) -> AsyncIterator[Runtime]:
    async with open_runtime(digest_config_path) as built:
        yield built


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


def followup_of(bot: Bot, assistant: Assistant) -> SlackFollowup:
    owner = OwnerChannel(bot.sink._client, lambda: assistant.settings)
    return SlackFollowup(bot.sink._client, bot.sink, owner)


async def answer(bot: Bot, text: str) -> str:
    before = len(bot.slack.ephemerals)
    response = await assistant_command(bot, text)
    assert response.status == 200
    [shown] = bot.slack.ephemerals[before:]
    return text_of({"text": shown.text, "blocks": shown.blocks})


async def test_the_scheduled_digest_reaches_the_owners_dm_once(bot: Bot) -> None:
    await bot.triage(subject=HOSTILE, body="Can you reply by Friday?")
    followup = followup_of(bot, bot.assistant)
    scheduler = AsyncIOScheduler()  # never started: the test runs the job itself
    jobs = bot.assistant.schedule_jobs(scheduler, first_run_delay=timedelta(hours=1))
    bot.assistant.schedule_followup_jobs(
        scheduler, jobs, post_digest=followup.post_digest, aging_sink=followup
    )
    assert jobs.digest is not None and jobs.queue_aging is not None
    before = len(bot.slack.messages(bot.dm))

    assert await jobs.digest.run() and await jobs.digest.run()
    assert await jobs.queue_aging.run()  # nothing is old enough: nothing said

    [digest] = bot.slack.messages(bot.dm)[before:]
    shown = text_of(digest)
    order = [shown.index(s) for s in ("Needs a reply", "Overdue waiting-fors", "Today's meetings")]
    assert order == sorted(order)
    assert "Tasks due" in shown and "Yesterday" in shown and "No calendar is on." in shown
    assert "<!channel>" not in shown and "<https://evil" not in shown
    assert "Asked for now" not in shown  # the scheduled one
    assert not bot.limit_problems()


async def test_a_digest_slack_refused_is_sent_on_the_next_tick(bot: Bot) -> None:
    followup = followup_of(bot, bot.assistant)
    bot.slack.fail("chat.postMessage", "internal_error")
    before = len(bot.slack.messages(bot.dm))

    with pytest.raises(SlackApiError):
        await bot.assistant.send_digest_if_due(followup.post_digest)
    assert await bot.assistant.send_digest_if_due(followup.post_digest)
    assert not await bot.assistant.send_digest_if_due(followup.post_digest)

    assert len(bot.slack.messages(bot.dm)) - before == 1


async def test_digest_and_stats_on_demand(bot: Bot) -> None:
    first = await bot.triage(subject=HOSTILE, body="Please see the attached.")
    await bot.triage(subject="Quarterly numbers", body="FYI")
    await bot.assistant.dismiss(first.suggestion_id, actor="owner")

    digest = await answer(bot, "digest")
    stats = await answer(bot, "stats")

    assert "Your day" in digest and "Asked for now" in digest
    assert "The last 7 days" in stats
    assert "2 triaged · 0 approved (0 corrected) · 1 dismissed" in stats
    assert "By action type" in stats and "By folder" in stats and "Claude: $0.0000" in stats
    assert "<!channel>" not in digest + stats
    assert not bot.limit_problems()


async def test_an_expired_card_says_so_and_bring_back_restores_it(bot: Bot) -> None:
    view = await bot.triage(subject=HOSTILE, body="Old news")
    followup = followup_of(bot, bot.assistant)

    await followup.suggestions_expired([view])
    card = await bot.card_of(view)
    assert "Expired" in text_of(card) and "nothing changed in Outlook" in text_of(card)
    assert action_ids(card.blocks) == [ids.BRING_BACK, ids.DISMISS]
    assert "<!channel>" not in text_of(card)

    await bot.send(bot.click(card, ids.BRING_BACK))

    card = await bot.card_of(view)
    assert ids.APPROVE in action_ids(card.blocks) and "Expired" not in text_of(card)
    assert await bot.assistant.expired_suggestions() == []


async def test_expired_suggestions_without_a_card_are_listed_and_can_come_back(bot: Bot) -> None:
    view = await bot.triage(subject="Badge renewal", body="Renew by March")
    posted = await bot.runtime.store.posted_message(view.suggestion_id)
    assert posted is not None
    bot.slack.fail("chat.update", "message_not_found")  # the card is gone
    followup = followup_of(bot, bot.assistant)

    await followup.suggestions_expired([view])
    summary = bot.slack.messages(bot.dm)[-1]
    assert "left the queue without a decision" in text_of(summary)
    assert button_value(summary.blocks, ids.BRING_BACK) == str(view.suggestion_id)


async def test_the_reminder_lists_what_will_expire_inertly(bot: Bot) -> None:
    view = await bot.triage(subject=HOSTILE, body="Waiting")
    followup = followup_of(bot, bot.assistant)
    assert view.created_at is not None

    await followup.suggestions_reminded([AgingReminder(view, view.created_at + timedelta(days=3))])

    reminder = bot.slack.messages(bot.dm)[-1]
    shown = text_of(reminder)
    assert "1 suggestion still waits for your decision" in shown and "<!date^" in shown
    assert "<!channel>" not in shown and OWNER_ID not in shown


async def test_bring_back_from_the_list_posts_the_card_a_burst_never_gave(bot: Bot) -> None:
    for n in range(6):  # more than the burst threshold: one summary, no cards of their own
        bot.emulator.add_message(
            subject=f"Newsletter {n}", sender_name="News", sender_address="news@x.example"
        )
    await bot.refresh()
    view = (await bot.assistant.pending())[0]
    assert await bot.sink.own_card(view.suggestion_id) is None
    followup = followup_of(bot, bot.assistant)

    await followup.suggestions_expired([view])
    summary = bot.slack.messages(bot.dm)[-1]
    await bot.send(bot.click(summary, ids.BRING_BACK))
    await bot.send(bot.click(summary, ids.BRING_BACK, value="999999"))  # gone: nothing happens
    await bot.send(bot.click(summary, ids.BRING_BACK, value="not-an-id"))

    card = await bot.card_of(view)
    assert ids.APPROVE in action_ids(card.blocks)
    assert bot.slack.messages(bot.dm)[-1].ts == card.ts  # nothing posted after the card


async def test_the_posted_digest_is_found_again_by_its_day(bot: Bot) -> None:
    followup = followup_of(bot, bot.assistant)
    digest = await bot.assistant.digest()
    assert not await followup.find_digest(digest.day)

    await followup.post_digest(digest)

    assert await followup.find_digest(digest.day)
    assert not await followup.find_digest(digest.day - timedelta(days=1))
    # A run that lost the answer asks before posting: the DM keeps one digest.
    before = len(bot.slack.messages(bot.dm))
    assert not await bot.assistant.send_digest_if_due(followup.post_digest, followup.find_digest)
    assert len(bot.slack.messages(bot.dm)) == before
