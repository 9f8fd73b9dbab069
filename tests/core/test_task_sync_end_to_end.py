"""Task sync through the facade, end to end: an approval makes a task in the configured backend,
the owner finishes it in that service, and the next `sync_tasks` pass brings it back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core.api import ACTOR_OWNER, Assistant
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from sandbox.graph_emulator import GraphEmulator
from sandbox.todoist_emulator import DEFAULT_TOKEN, TodoistEmulator
from tests.conftest import OWNER_CONFIG
from tests.sandbox.todoist_fixtures import todoist as todoist  # noqa: F401  (the fixture)


@pytest.fixture(params=["todo", "todoist"])
async def assistant(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    emulator: GraphEmulator,
    todoist: TodoistEmulator,
) -> AsyncIterator[Assistant]:
    path = tmp_path / "config.yaml"
    path.write_text(
        OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "owner.db")
        + f"integrations:\n  task_backend: {request.param}\n  todo: {{}}\n"
        + f'  todoist:\n    base_url: "{todoist.base_url}"\n'
    )
    opened = await Assistant.open(
        load_settings(path),
        Secrets(todoist_api_token=DEFAULT_TOKEN),
        config_path=path,
        token_provider=StaticTokenProvider("t"),
    )
    await opened.start()
    yield opened
    await opened.close()


async def test_a_task_finished_in_its_service_is_reflected_after_one_pass(
    assistant: Assistant, emulator: GraphEmulator, todoist: TodoistEmulator
) -> None:
    backend = assistant.settings.integrations.task_backend
    emulator.add_message(
        subject="Tradecore cutover plan",
        sender_name="Dana Reyes",
        sender_address="dana@tradecore.example",
        body="Please confirm the cutover date by Friday.",
    )
    await assistant.triage()
    [view] = await assistant.pending()
    outcome = await assistant.approve(view.suggestion_id, actor=ACTOR_OWNER)
    assert outcome.status == "approved" and outcome.task_backend == backend
    assert outcome.task_id is not None
    first = await assistant.sync_tasks()
    assert {r.backend for r in first.backends} == {"todo", "todoist"}

    if backend == "todoist":
        todoist.complete_outside(outcome.task_id)
    else:
        [own] = [t["id"] for t in emulator.todo_lists if t["displayName"] == "AI Assistant"]
        emulator.change_task(own, outcome.task_id, status="completed")
    report = await assistant.sync_tasks()

    [mine] = [r for r in report.backends if r.backend == backend]
    assert (mine.completed, mine.problem) == (1, None)
    again = await assistant.sync_tasks()
    assert all(r.completed == 0 for r in again.backends), "a second pass changes nothing"
