"""Task backends in Slack: the card names where the task went, Edit picks it, status shows both.

Signed requests into the real app; Graph and Todoist are emulated, and the real Todoist backend
talks to its emulator over HTTP.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import messages
from bot.slack import ids
from bot.slack.blocks.edit_modal_builder import TASK_ACTION, TASK_BLOCK
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator.signed_requests import radio_buttons, view_submission
from sandbox.todoist_emulator import DEFAULT_TOKEN, TodoistEmulator
from tests.bot.slack.test_app_support import Bot, edit_state, started_bot, text_of
from tests.bot.slack.test_listeners_commands import command
from tests.sandbox.todoist_fixtures import todoist as todoist  # noqa: F401  (the fixture)

TODOIST_TASKS = "https://app.todoist.com/app/task/"


@pytest.fixture
def bot_config_path(bot_config_path: Path, todoist: TodoistEmulator) -> Path:
    with bot_config_path.open("a") as config:
        config.write(
            "integrations:\n  task_backend: todoist\n  todo:\n    enabled: true\n"
            f"  todoist:\n    enabled: true\n    base_url: {todoist.base_url}\n"
        )
    return bot_config_path


@pytest.fixture
async def runtime(bot_config_path: Path) -> AsyncIterator[Runtime]:
    built = await build_runtime(
        load_settings(bot_config_path),
        Secrets(todoist_api_token=DEFAULT_TOKEN),
        config_path=bot_config_path,
        token_provider=StaticTokenProvider("test-token"),
    )
    yield built
    await built.aclose()


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


def task_posts(bot: Bot) -> list:
    return [
        r
        for r in bot.emulator.requests
        if r.method == "POST" and r.path.endswith("/tasks") and 200 <= r.status < 300
    ]


async def approve_with_choice(bot: Bot, view, choice: str):
    state = edit_state(view.folder, priority=view.priority, action=view.action_type)
    state[TASK_BLOCK] = {TASK_ACTION: radio_buttons(choice)}
    return await bot.send(view_submission(OWNER_ID, ids.EDIT_VIEW, state, str(view.suggestion_id)))


async def test_approving_says_the_task_was_created_in_todoist_with_its_link(bot, todoist):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)

    await bot.send(bot.click(card, ids.APPROVE))

    [row] = await bot.runtime.store.task_syncs_for_email(view.email_id)
    assert row.provider == "todoist"
    [task] = todoist.tasks()
    assert task["id"] == row.todo_task_id
    shown = text_of(bot.slack.message(card.channel, card.ts))
    assert "Task created in Todoist: Reply to " in shown
    assert f"<{TODOIST_TASKS}{row.todo_task_id}|Open in Todoist>" in shown
    assert "To Do task" not in shown
    assert bot.limit_problems() == []


async def test_edit_offers_no_task_to_do_and_todoist_preselecting_the_active_one(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)

    await bot.send(bot.click(card, ids.EDIT))

    [opened] = bot.slack.calls("views.open")
    [block] = [b for b in opened["view"]["blocks"] if b.get("block_id") == TASK_BLOCK]
    element = block["element"]
    assert [(o["text"]["text"], o["value"]) for o in element["options"]] == [
        ("No task", "none"),
        ("To Do", "todo"),
        ("Todoist", "todoist"),
    ]
    assert element["initial_option"]["value"] == "todoist"
    assert bot.limit_problems() == []


async def test_a_submitted_to_do_choice_creates_the_task_in_to_do_and_the_card_says_so(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)

    response = await approve_with_choice(bot, view, "todo")

    assert response.status == 200 and not response.body
    [post] = task_posts(bot)
    assert post.in_batch, "To Do's create rides in the approval's $batch"
    [row] = await bot.runtime.store.task_syncs_for_email(view.email_id)
    assert row.provider == "microsoft_todo"
    shown = text_of(bot.slack.message(card.channel, card.ts))
    assert "Task created in To Do: Reply to " in shown and "|Open in To Do>" in shown
    after = await bot.runtime.store.get_suggestion(view.suggestion_id)
    assert after is not None and after.steps["task_backend_chosen"] == {"backend": "todo"}


async def test_a_submitted_no_task_choice_creates_none(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    card = await bot.card_of(view)

    await approve_with_choice(bot, view, "none")

    assert task_posts(bot) == []
    shown = text_of(bot.slack.message(card.channel, card.ts))
    assert shown.startswith("Approved") and "Task created" not in shown


async def test_a_choice_that_is_not_offered_is_refused_on_the_field(bot):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")

    response = await approve_with_choice(bot, view, "asana")

    assert response.body and '"response_action": "errors"' in response.body
    assert TASK_BLOCK in response.body and messages.TASK_CHOICE_REFUSED in response.body
    assert (await bot.runtime.triage.get(view.suggestion_id)).status == "pending"


async def test_status_shows_each_backend_with_open_tasks_and_its_last_problem(bot, todoist):
    view = await bot.triage(subject="Tradecore cutover plan", body="Please confirm the date")
    await approve_with_choice(bot, view, "todo")
    todoist.fail_next("POST", r"/tasks$", 400)  # Todoist refuses the create
    failing = await bot.triage(subject="Tradecore go-live", body="Please confirm the date")
    await bot.send(bot.click(await bot.card_of(failing), ids.APPROVE))
    assert (await bot.runtime.triage.get(failing.suggestion_id)).status == "failed"
    requests = len(bot.emulator.requests), len(todoist.requests)

    _, [shown] = await command(bot, "status")

    backends = [b for b in shown.blocks if "fields" in b][-1]  # after the status fields
    to_do_line, todoist_line = [f["text"] for f in backends["fields"]]
    assert to_do_line == "*Tasks: To Do*\nset up · 1 open task"
    assert todoist_line.startswith("*Tasks: Todoist*\nset up, new tasks go here · 0 open tasks\n")
    assert "Last problem: " in todoist_line and "400" in todoist_line
    assert (len(bot.emulator.requests), len(todoist.requests)) == requests, (
        "status asks neither Graph nor Todoist"
    )
    assert bot.limit_problems() == []
