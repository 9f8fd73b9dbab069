"""The task-backend registry and its configuration; To Do behind the protocol, over the emulator."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from core.config.settings import Secrets, Settings, load_settings
from core.errors import ConfigError, TaskBackendError
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.todo import TodoApi
from core.microsoft.todo_backend import TodoBackend
from core.runtime import build_runtime
from core.store import Store
from core.tasks.backend import EmailTaskDraft, TaskUpdate
from core.tasks.registry import BACKEND_FACTORIES, BackendDeps, TaskBackends, check_task_backends
from core.todoist.backend import TodoistBackend
from core.triage.failures import Failure, FailureKind, classify_failure
from core.triage.task_fields import creates_task
from core.vocabulary import STATE_TODO_ENABLED, ActionType, Priority
from sandbox.todoist_emulator import DEFAULT_TOKEN
from tests.conftest import open_runtime
from tests.core.config_helpers import error_of, load
from tests.core.task_backend_contract import update_and_complete
from tests.sandbox.todoist_fixtures import todoist

__all__ = ["todoist"]

ACTOR = "test:owner"
OUTLOOK_LINK = "https://outlook.office365.com/owa/?ItemID=AAMk1"

# --- configuration ---------------------------------------------------------------------------


def test_todo_stays_the_default_backend_and_todoist_is_off_without_its_section(tmp_path):
    settings = load(tmp_path, "integrations:\n  todo:\n    enabled: true\n")
    assert settings.integrations.task_backend == "todo"
    assert settings.integrations.todoist.enabled is False
    assert creates_task(settings, "Needs Reply") and not creates_task(settings, "FYI Only")
    assert not creates_task(settings, "not an action type")


def test_whether_an_approval_creates_a_task_follows_the_chosen_backend():
    chosen = Settings.model_validate(
        {
            "integrations": {
                "task_backend": "todoist",
                "todo": {"create_for_action_types": ["Review"]},
                "todoist": {"create_for_action_types": ["Needs Reply"]},
            }
        }
    )
    assert creates_task(chosen, "Needs Reply") and not creates_task(chosen, "Review")


def test_a_todoist_section_takes_its_defaults(tmp_path):
    text = (
        "integrations:\n  task_backend: todoist\n  todoist:\n    base_url: http://localhost:9/v1/\n"
    )
    todoist = load(tmp_path, text).integrations.todoist
    assert (todoist.enabled, todoist.project_name) == (True, "AI Assistant")
    assert todoist.base_url == "http://localhost:9/v1", "no trailing slash"
    assert ActionType.WAITING_FOR in todoist.create_for_action_types
    assert Settings().integrations.todoist.base_url == "https://api.todoist.com/api/v1"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "integrations:\n  task_backend: todoist\n",
            "integrations.task_backend: is 'todoist' but integrations.todoist is not enabled; "
            "add an integrations.todoist section (enabled: true) and set TODOIST_API_TOKEN, "
            "or use 'todo' (config.yaml:2)",
        ),
        (
            "integrations:\n  task_backend: todoist\n  todoist:\n    enabled: false\n",
            "integrations.task_backend: is 'todoist' but integrations.todoist is not enabled; "
            "add an integrations.todoist section (enabled: true) and set TODOIST_API_TOKEN, "
            "or use 'todo' (config.yaml:2)",
        ),
        (
            "integrations:\n  task_backend: todo\n",
            "integrations.task_backend: is 'todo' but integrations.todo is not enabled; add an "
            "integrations.todo section (enabled: true), or remove task_backend to create no "
            "tasks (config.yaml:2)",
        ),
        (
            "integrations:\n  task_backend: asana\n",
            "integrations.task_backend: must be one of: todo, todoist (got 'asana') "
            "(config.yaml:2)",
        ),
        (
            "integrations:\n  todoist:\n    base_url: http://api.todoist.com/api/v1\n",
            "integrations.todoist.base_url: must be an https URL (http only for localhost) "
            "(got 'http://api.todoist.com/api/v1') (config.yaml:3)",
        ),
        (
            "integrations:\n  todoist:\n    project_name: ''\n",
            "integrations.todoist.project_name: must not be empty (config.yaml:3)",
        ),
    ],
)
def test_a_backend_choice_that_cannot_work_is_a_line_numbered_error(tmp_path, text, problem):
    assert error_of(tmp_path, text) == problem


def todoist_settings() -> Settings:
    return Settings.model_validate(
        {"integrations": {"task_backend": "todoist", "todo": {}, "todoist": {}}}
    )


def test_an_enabled_todoist_without_its_token_names_the_variable():
    with pytest.raises(ConfigError) as caught:
        check_task_backends(todoist_settings(), Secrets())
    message = str(caught.value)
    assert message.startswith("integrations.todoist.enabled: Todoist needs the TODOIST_API_TOKEN")
    check_task_backends(todoist_settings(), Secrets(todoist_api_token="t0ken"))  # no error


# --- the registry ----------------------------------------------------------------------------


async def test_the_registry_builds_to_do_always_and_follows_the_current_settings(graph, store):
    current = Settings.model_validate({"integrations": {"todo": {"enabled": False}}})
    deps = BackendDeps(current, Secrets(), store, TodoApi(graph, store))
    backends = TaskBackends.build(deps, lambda: current)

    todo = backends.get("todo")
    assert backends.names() == ("todo",) and backends.get("todoist") is None
    assert todo is not None and backends.for_provider("microsoft_todo") is todo
    assert backends.for_provider("todoist") is None
    assert backends.active_name() == "todo"
    current = todoist_settings()  # a hot reload switched backends
    assert backends.active_name() == "todoist"


async def test_the_registry_builds_todoist_on_the_shared_session_with_its_token(
    graph, store, http_session, todoist
):
    settings = todoist_settings()
    secrets = Secrets(todoist_api_token=DEFAULT_TOKEN)
    deps = BackendDeps(settings, secrets, store, TodoApi(graph, store), session=http_session)
    backends = TaskBackends.build(deps, lambda: settings)

    built = backends.get("todoist")
    assert backends.names() == ("todo", "todoist") and isinstance(built, TodoistBackend)
    assert backends.for_provider("todoist") is built
    assert set(BACKEND_FACTORIES) == {"todo", "todoist"}, "adding a backend is one entry"
    with pytest.raises(ValueError, match="needs the runtime's HTTP session"):
        TaskBackends.build(replace(deps, session=None), lambda: settings)


async def test_the_runtime_refuses_todoist_without_its_token_before_it_opens_anything(
    tmp_path: Path, emulator
):
    db = tmp_path / "never.db"
    path = tmp_path / "config.yaml"
    path.write_text(
        f'graph:\n  base_url: "{emulator.base_url}"\nstorage:\n  path: "{db}"\n'
        "integrations:\n  task_backend: todoist\n  todoist:\n    enabled: true\n"
    )
    with pytest.raises(ConfigError, match="Todoist needs the TODOIST_API_TOKEN"):
        await build_runtime(load_settings(path), Secrets(), token_provider=StaticTokenProvider("t"))
    assert not db.exists()


async def test_the_runtime_builds_todoist_on_its_own_session_and_closes_it_once(
    tmp_path: Path, emulator, todoist
):
    path = tmp_path / "config.yaml"
    path.write_text(
        f'graph:\n  base_url: "{emulator.base_url}"\nstorage:\n  path: "{tmp_path / "t.db"}"\n'
        "integrations:\n  task_backend: todoist\n  todo: {}\n"
        f'  todoist:\n    base_url: "{todoist.base_url}"\n    project_name: Mail tasks\n'
    )
    secrets = Secrets(todoist_api_token=DEFAULT_TOKEN)
    runtime = await build_runtime(
        load_settings(path), secrets, token_provider=StaticTokenProvider("t")
    )
    try:
        backend = runtime.tasks.get("todoist")
        assert isinstance(backend, TodoistBackend) and runtime.tasks.names() == ("todo", "todoist")
        project_id = await backend.ensure_container(actor=ACTOR)
        assert todoist.account.project(project_id)["name"] == "Mail tasks"
        assert [r.request_id is not None for r in todoist.requests] == [True, True]
    finally:
        await runtime.aclose()
    assert runtime.session.closed


async def test_the_runtime_hands_its_registry_to_approvals(owner_runtime):
    assert owner_runtime.tasks.names() == ("todo",)
    todo = owner_runtime.tasks.get("todo")
    assert isinstance(todo, TodoBackend) and todo.api is owner_runtime.todo


# --- To Do behind the protocol ---------------------------------------------------------------


def email_draft(email_id: str = "AAMk1", **overrides: Any) -> EmailTaskDraft:
    fields: dict[str, Any] = {
        "title": "Reply to Ana re: Steel order",
        "body": "From: Ana\nCan you confirm?",
        "priority": Priority.P1,
        "action_type": ActionType.WAITING_FOR,
        "area": "Sales & Prospects",
        "email_id": email_id,
        "web_link": OUTLOOK_LINK,
        "link_title": "Steel order",
        "due": datetime(2026, 3, 4, 22, 30, tzinfo=UTC),
    }
    fields.update(overrides)
    return EmailTaskDraft(**fields)


def test_the_draft_links_only_an_outlook_address_and_wants_aware_dates():
    assert email_draft().body_with_link().endswith(f"\n\nOpen in Outlook: {OUTLOOK_LINK}")
    hostile = email_draft(web_link="javascript:alert(1)")
    assert hostile.body_with_link() == hostile.body and hostile.outlook_link is None
    with pytest.raises(ValueError, match="due must be timezone-aware"):
        email_draft(due=datetime(2026, 3, 4, 9, 0))
    with pytest.raises(ValueError, match="immutable id"):
        email_draft(email_id="")
    with pytest.raises(ValueError, match="empty"):
        TaskUpdate(title="  ")


@pytest.fixture
def backend(graph, store: Store) -> TodoBackend:
    return TodoBackend(TodoApi(graph, store, time_zone="Europe/Berlin"), store)


async def test_to_do_creates_the_same_task_through_the_protocol(emulator, backend):
    task = await backend.create_task(email_draft(), actor=ACTOR)

    [stored] = emulator.tasks(await backend.ensure_container(actor=ACTOR))
    assert (stored["status"], stored["importance"]) == ("waitingOnOthers", "high")
    assert stored["categories"] == ["P1 - Urgent Important", "Sales & Prospects"]
    assert stored["dueDateTime"]["dateTime"].startswith("2026-03-04")  # 23:30 in Berlin
    assert stored["linkedResources"][0]["externalId"] == "AAMk1"
    assert (task.backend, task.email_id, task.priority) == ("todo", "AAMk1", Priority.P1)
    assert task.container_id == await backend.ensure_container(actor=ACTOR)
    assert (await backend.find_task_for_email("AAMk1")) == task
    assert await backend.find_task_for_email("AAMk-other") is None


async def test_to_do_updates_completes_reopens_and_lists_through_the_protocol(emulator, backend):
    first, second = await update_and_complete(
        backend, lambda email_id, priority: email_draft(email_id, priority=priority)
    )
    reopened = await backend.reopen_task(second.id, actor=ACTOR)
    assert not reopened.completed
    emulator.clear_requests()
    assert (await backend.reopen_task(second.id, actor=ACTOR)).id == second.id
    assert [r.method for r in emulator.requests] == ["GET"], "open already: nothing written"
    assert {t.id for t in await backend.list_open_tasks()} == {first.id, second.id}


async def test_to_do_deletes_once_and_already_gone_is_not_an_error(backend, store):
    task = await backend.create_task(email_draft(), actor=ACTOR)

    assert await backend.delete_task(task.id, actor=ACTOR, current=task) is True
    assert await backend.delete_task(task.id, actor=ACTOR) is False
    assert await backend.get_task(task.id) is None
    assert len(await store.list_actions(action="todo.task.delete")) == 1


async def test_to_do_availability_is_the_start_up_probe_and_links_open_to_do(backend, store):
    assert await backend.available() is True, "not probed yet: try"
    await store.set_state(STATE_TODO_ENABLED, "false")
    assert await backend.available() is False
    assert backend.web_url("AAMk=1") == "https://to-do.office.com/tasks/id/AAMk%3D1/details"
    assert (backend.name, backend.provider, backend.label) == ("todo", "microsoft_todo", "To Do")


@pytest.mark.parametrize("retryable", [True, False])
def test_a_task_backend_error_fails_the_approval_as_that_error_type(retryable):
    failure = classify_failure(TaskBackendError("429 from the service", retryable=retryable))
    assert failure == Failure(
        FailureKind.UNKNOWN, retryable=retryable, error_type="TaskBackendError"
    )


async def test_a_reload_that_turns_on_an_unbuilt_backend_says_a_restart_is_needed(
    tmp_path: Path, emulator
):
    path = tmp_path / "config.yaml"
    head = f'graph:\n  base_url: "{emulator.base_url}"\nstorage:\n  path: "{tmp_path / "r.db"}"\n'
    path.write_text(head + "integrations:\n  todo:\n    enabled: true\n")
    told: list[str] = []

    async def tell(problem: str) -> None:
        told.append(problem)

    async with open_runtime(path) as runtime:
        runtime.on_config_problem = tell
        path.write_text(
            head + "integrations:\n  task_backend: todoist\n  todo: {}\n  todoist: {}\n"
        )
        assert await runtime.reload_config() is not None

        assert runtime.settings.integrations.task_backend == "todoist"
        assert told == [
            "integrations.todoist: the todoist task backend was turned on while the assistant "
            "runs; restart it to use the backend (until then approvals that need it fail)"
        ]
        assert runtime.tasks.missing(runtime.settings) == ["todoist"]
