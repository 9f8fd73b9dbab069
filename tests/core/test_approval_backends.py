"""Approvals through the task-backend registry: To Do against the Graph emulator, Todoist against
the Todoist emulator, both over HTTP, and the mail always in Graph.

To Do's create rides in the approval's `$batch`; Todoist's is its own call beside the batch.
Which backend a run uses, which backend a row names, and that a resumed approval (after a
crash before the create, after a create applied but unanswered, or after the create but
before it was recorded) makes exactly one task, are checked here end to end.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest

from core.config.settings import Settings
from core.microsoft.mail import MailApi
from core.microsoft.todo import TodoApi
from core.microsoft.todo_backend import TodoBackend
from core.tasks.backend import BackendName
from core.tasks.registry import TaskBackends
from core.todoist.backend import TodoistBackend, email_marker
from core.todoist.client import TodoistClient
from core.triage.approval import ApprovalService
from core.triage.approval_steps import STEP_TASK_CREATED, STEP_TASK_STARTED
from core.triage.failures import Failure, FailureKind
from core.triage.outcome_notes import NoteKind, OutcomeNote
from core.vocabulary import ActionType, Priority
from sandbox.todoist_emulator import DEFAULT_TOKEN, DROPPED, TodoistEmulator
from tests.conftest import RecordingSleep
from tests.core.test_approval import (
    ACTOR,
    AREA,
    AREA_FOLDER,
    PROJECT_FOLDER,
    Env,
    deliver,
    suggest,
)
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)
from tests.sandbox.todoist_fixtures import todoist

__all__ = ["todoist"]

TASK_POSTS = r"^/me/todo/lists/[^/]+/tasks$"


@dataclass
class Services:
    """The Graph-side test environment and the Todoist emulator beside it."""

    env: Env
    todoist: TodoistEmulator
    session: aiohttp.ClientSession
    sleeps: RecordingSleep


@pytest.fixture
def both(env, todoist, http_session, sleeps) -> Services:  # noqa: F811
    return Services(env, todoist, http_session, sleeps)


def settings_for(backend: BackendName) -> Settings:
    """Both backends enabled; `backend` is where new approvals create tasks."""
    return Settings.model_validate(
        {
            "projects": [{"name": "Tradecore Steel Implementation", "folder": PROJECT_FOLDER}],
            "areas": [{"name": "Sales & Prospects", "folder": AREA_FOLDER}],
            "integrations": {"task_backend": backend, "todo": {}, "todoist": {}},
        }
    )


def use_backends(
    both: Services, backend: BackendName, *, names: tuple[str, ...] = ("todo", "todoist")
) -> ApprovalService:
    """Give the env a fresh service (a new process) over a registry of `names`."""
    env = both.env
    env.settings = settings_for(backend)
    env.mail = MailApi(env.graph)
    env.todo = TodoApi(env.graph, env.store)
    client = TodoistClient(both.session, DEFAULT_TOKEN, both.todoist.base_url, sleep=both.sleeps)
    built: dict[BackendName, Any] = {
        "todo": TodoBackend(env.todo, env.store),
        "todoist": TodoistBackend(client, env.store),
    }
    tasks = TaskBackends({n: b for n, b in built.items() if n in names}, lambda: env.settings)
    env.service = ApprovalService(
        graph=env.graph, mail=env.mail, store=env.store, settings=lambda: env.settings, tasks=tasks
    )
    return env.service


def todoist_tasks(both: Services, email_id: str) -> list[dict[str, Any]]:
    """The Todoist tasks (open or closed, any project) whose marker names this email."""
    return [t for t in both.todoist.tasks() if email_marker(email_id) in t["description"]]


def todoist_posts(both: Services) -> int:
    return both.todoist.count("POST", r"/api/v1/tasks$")


def task_posts(env: Env) -> list[Any]:
    return env.successes("POST", TASK_POSTS)


async def new_suggestion(env: Env, subject: str) -> tuple[str, int]:
    email_id = await deliver(env, subject=subject)
    return email_id, await suggest(env, email_id)


async def die_after(env: Env, monkeypatch, step: str, suggestion_id: int) -> None:
    """Approve, and let the process die right after `step` is recorded."""
    record_step = env.store.record_suggestion_step

    async def step_then_die(sid: int, name: str, result: Any) -> None:
        await record_step(sid, name, result)
        if name == step:
            raise asyncio.CancelledError

    monkeypatch.setattr(env.store, "record_suggestion_step", step_then_die)
    with pytest.raises(asyncio.CancelledError):
        await env.approvals.approve(suggestion_id, actor=ACTOR)
    monkeypatch.undo()


async def test_an_approval_makes_exactly_one_todoist_task_with_every_field(both):
    env = both.env
    use_backends(both, "todoist")
    email_id = await deliver(env, subject="RE: Steel order")
    suggestion_id = await suggest(env, email_id, priority=Priority.P2, action=ActionType.REVIEW)

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "approved" and outcome.task_backend == "todoist"
    [task] = todoist_tasks(both, email_id)
    [project] = [p for p in both.todoist.account.active_projects() if p["name"] == "AI Assistant"]
    assert (task["id"], task["project_id"]) == (outcome.task_id, project["id"])
    assert task["content"] == "Review Steel order from Ana Costa"
    assert task["priority"] == 3, "P2 is Todoist's API priority 3"
    assert task["labels"] == ["p2", "review", "sales-prospects"]
    moved = env.emulator.message_by_immutable_id(email_id)
    assert moved is not None
    web_link = "https://outlook.office365.com/owa/?ItemID=" + quote(moved.rest_id, safe="")
    assert f"[Open in Outlook]({web_link}&" in task["description"], "the moved email's link"
    assert task["description"].endswith(email_marker(email_id))
    # Received 2026-03-02 22:30 UTC, nudged after the default 48 hours, as a UTC date.
    assert task["due"]["date"] == date(2026, 3, 4).isoformat()
    assert todoist_posts(both) == 1 and env.tasks_for(email_id) == []
    assert outcome.task_web_url == f"https://app.todoist.com/app/task/{task['id']}"
    [row] = await env.store.task_syncs_for_email(email_id)
    assert (row.provider, row.todo_task_id, row.todo_list_id) == (
        "todoist",
        task["id"],
        project["id"],
    )


@pytest.mark.parametrize(
    ("backend", "provider", "in_batch"),
    [("todo", "microsoft_todo", True), ("todoist", "todoist", False)],
)
async def test_the_configured_backend_creates_the_task_and_its_row_names_it(
    both, backend, provider, in_batch
):
    env = both.env
    use_backends(both, backend)
    email_id, suggestion_id = await new_suggestion(env, "Steel order")
    await env.todo.ensure_list(actor=ACTOR)  # warm, as after start-up
    await env.mail.resolve_folder(AREA_FOLDER, create=True)

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "approved" and outcome.task_backend == backend
    assert outcome.graph_round_trips == 2, "move, then one $batch, whichever backend"
    graph_posts = task_posts(env)
    assert [p.in_batch for p in graph_posts] == ([True] if in_batch else [])
    assert todoist_posts(both) == (0 if in_batch else 1)
    [row] = await env.store.task_syncs_for_email(email_id)
    assert (row.provider, row.todo_task_id) == (provider, outcome.task_id)
    steps = (await env.store.get_suggestion(suggestion_id)).steps
    assert steps[STEP_TASK_STARTED]["backend"] == steps["task_created"]["backend"] == backend
    host = "https://to-do." if backend == "todo" else "https://app.todoist.com/app/task/"
    assert outcome.task_web_url and outcome.task_web_url.startswith(host)
    recorded = await env.approvals.recorded(suggestion_id)
    assert (recorded.task_backend, recorded.task_web_url) == (backend, outcome.task_web_url)


@pytest.mark.parametrize(("started", "switched_to"), [("todo", "todoist"), ("todoist", "todo")])
async def test_a_resumed_approval_finishes_in_the_backend_that_started_it(
    both, monkeypatch, started, switched_to
):
    env = both.env
    use_backends(both, started)
    email_id, suggestion_id = await new_suggestion(env, "Started before the switch")
    await die_after(env, monkeypatch, STEP_TASK_STARTED, suggestion_id)
    assert task_posts(env) == [] and todoist_posts(both) == 0, "died before the create"

    [outcome] = await use_backends(both, switched_to).resume_interrupted()

    assert outcome.status == "approved" and outcome.task_backend == started
    in_todo, in_todoist = env.tasks_for(email_id), todoist_tasks(both, email_id)
    assert (len(in_todo), len(in_todoist)) == ((1, 0) if started == "todo" else (0, 1))
    [row] = await env.store.task_syncs_for_email(email_id)
    assert row.provider == ("microsoft_todo" if started == "todo" else "todoist")


@pytest.mark.parametrize("lost", [503, DROPPED])
async def test_a_todoist_create_applied_but_unanswered_is_adopted_on_retry(both, lost):
    env = both.env
    use_backends(both, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "Lost answer")
    both.todoist.fail_next("POST", r"^/tasks$", lost, after_applying=True)
    both.todoist.fail_next("GET", r"^/tasks$", 503, times=20)  # and the look for it fails

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)
    assert failed.status == "failed" and failed.retryable
    assert failed.failure == Failure(FailureKind.TODOIST_UNAVAILABLE, retryable=True)
    both.todoist.faults.clear()
    [made] = todoist_tasks(both, email_id)
    both.todoist.complete_outside(made["id"])  # the owner already ticked it off

    retried = await use_backends(both, "todoist").retry(suggestion_id, actor=ACTOR)

    assert retried.status == "approved" and retried.task_id == made["id"]
    assert todoist_posts(both) == 1 and len(todoist_tasks(both, email_id)) == 1
    actions = [a.action for a in await env.store.list_actions(email_id=email_id)]
    assert "todoist.task.adopt" in actions and "todoist.task.create" not in actions


async def test_a_crash_after_the_todoist_create_before_it_was_recorded_duplicates_nothing(
    both, monkeypatch
):
    env = both.env
    use_backends(both, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "Made, then the process died")
    record_step = env.store.record_suggestion_step

    async def die_instead(sid: int, name: str, result: Any) -> None:
        if name == STEP_TASK_CREATED:
            raise asyncio.CancelledError
        await record_step(sid, name, result)

    monkeypatch.setattr(env.store, "record_suggestion_step", die_instead)
    with pytest.raises(asyncio.CancelledError):
        await env.approvals.approve(suggestion_id, actor=ACTOR)
    monkeypatch.undo()
    assert len(todoist_tasks(both, email_id)) == 1
    assert STEP_TASK_CREATED not in (await env.store.get_suggestion(suggestion_id)).steps

    [outcome] = await use_backends(both, "todoist").resume_interrupted()

    assert outcome.status == "approved"
    [task] = todoist_tasks(both, email_id)
    assert outcome.task_id == task["id"] and todoist_posts(both) == 1
    [row] = await env.store.task_syncs_for_email(email_id)
    assert (row.provider, row.todo_task_id) == ("todoist", task["id"])


async def test_an_unknown_create_is_adopted_in_the_backend_that_started_after_a_switch(both):
    env = both.env
    use_backends(both, "todo")
    email_id, suggestion_id = await new_suggestion(env, "Lost answer")
    env.emulator.fail_after_applying("POST", r"/tasks$")  # made, answered 504
    env.emulator.inject("GET", r"/tasks$", status=500, times=20)  # and the look for it fails

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)
    assert failed.status == "failed" and failed.retryable
    env.emulator.clear_faults()

    retried = await use_backends(both, "todoist").retry(suggestion_id, actor=ACTOR)

    assert retried.status == "approved" and retried.task_backend == "todo"
    posts = [r for r in env.emulator.requests if r.method == "POST" and r.path.endswith("/tasks")]
    assert len(posts) == 1 and len(env.tasks_for(email_id)) == 1, "adopted, not sent again"
    assert todoist_posts(both) == 0
    actions = [a.action for a in await env.store.list_actions(email_id=email_id)]
    assert "todo.task.adopt" in actions and "todo.task.create" not in actions


async def test_steps_recorded_before_backends_had_names_resume_in_to_do(both, monkeypatch):
    env = both.env
    use_backends(both, "todo")
    email_id, suggestion_id = await new_suggestion(env, "Interrupted by the old version")
    await die_after(env, monkeypatch, STEP_TASK_STARTED, suggestion_id)
    started = (await env.store.get_suggestion(suggestion_id)).steps[STEP_TASK_STARTED]
    old_shape = {k: v for k, v in started.items() if k != "backend"}
    await env.store.record_suggestion_step(suggestion_id, STEP_TASK_STARTED, old_shape)

    [outcome] = await use_backends(both, "todoist").resume_interrupted()

    assert outcome.status == "approved" and outcome.task_backend == "todo"
    [post] = task_posts(env)
    assert post.in_batch
    [row] = await env.store.task_syncs_for_email(email_id)
    assert row.provider == "microsoft_todo"


async def test_a_backend_this_process_did_not_build_fails_the_approval_before_mail_moves(both):
    env = both.env
    use_backends(both, "todoist", names=("todo",))  # switched by a reload, not restarted
    email_id, suggestion_id = await new_suggestion(env, "Nowhere to put the task")

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "failed"
    assert outcome.failure == Failure(FailureKind.SUGGESTION_INVALID, field="task_backend")
    assert env.successes("POST", r"/move$") == [] and env.tasks_for(email_id) == []


async def test_a_failure_of_the_graph_batch_keeps_the_task_the_own_call_made(both):
    env = both.env
    use_backends(both, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "Batch fails")
    env.emulator.inject("POST", r"^/\$batch$", status=400)

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert failed.status == "failed"
    assert failed.task_id is not None and failed.task_backend == "todoist"
    retried = await env.approvals.retry(suggestion_id, actor=ACTOR)
    assert retried.status == "approved" and retried.task_id == failed.task_id
    assert todoist_posts(both) == 1 and len(todoist_tasks(both, email_id)) == 1


async def failed_with_a_todoist_task(both: Services, subject: str) -> tuple[str, int]:
    """Return a suggestion whose approval made its Todoist task, then failed (categories)."""
    use_backends(both, "todoist")
    email_id, suggestion_id = await new_suggestion(both.env, subject)
    both.env.emulator.inject("PATCH", r"^/me/messages/", status=400)  # categories refused
    failed = await both.env.approvals.approve(suggestion_id, actor=ACTOR)
    assert failed.status == "failed"
    return email_id, suggestion_id


async def test_dismiss_deletes_the_task_in_the_backend_its_row_names(both):
    env = both.env
    email_id, suggestion_id = await failed_with_a_todoist_task(both, "Dismiss me later")
    assert len(todoist_tasks(both, email_id)) == 1

    dismissed = await use_backends(both, "todo").dismiss(suggestion_id, actor=ACTOR)

    assert dismissed.status == "dismissed" and dismissed.failure is None
    assert todoist_tasks(both, email_id) == []
    [row] = await env.store.task_syncs_for_email(email_id)
    assert (row.provider, row.status) == ("todoist", "deleted")


async def test_a_dismissal_whose_todoist_delete_failed_names_todoist(both):
    email_id, suggestion_id = await failed_with_a_todoist_task(both, "Dismiss me, Todoist says no")
    both.todoist.fail_next("DELETE", r"^/tasks/", 400)

    dismissed = await use_backends(both, "todo").dismiss(suggestion_id, actor=ACTOR)

    assert dismissed.status == "dismissed" and dismissed.failure is not None
    assert (dismissed.failure.during_dismiss, dismissed.failure.backend) == (True, "todoist")
    assert len(todoist_tasks(both, email_id)) == 1


async def test_dismiss_leaves_a_row_of_a_backend_not_set_up_for_later(both):
    env = both.env
    email_id, suggestion_id = await failed_with_a_todoist_task(both, "Orphaned backend")

    dismissed = await use_backends(both, "todo", names=("todo",)).dismiss(
        suggestion_id, actor=ACTOR
    )

    assert dismissed.status == "dismissed"
    assert len(todoist_tasks(both, email_id)) == 1
    [row] = await env.store.task_syncs_for_email(email_id)
    assert (
        OutcomeNote(NoteKind.TASK_BACKEND_NOT_SET_UP, task_id=row.todo_task_id, backend="todoist")
        in dismissed.notes
    )
    assert row.status == "active", "a later dismiss, with the backend back, can finish it"


async def test_a_refused_todoist_create_keeps_the_categories_and_a_retry_finishes(both):
    env = both.env
    use_backends(both, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "Create refused")
    both.todoist.fail_next("POST", r"^/tasks$", 400)

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert failed.status == "failed" and not failed.retryable
    assert failed.failure == Failure(
        FailureKind.TODOIST_REFUSED, status=400, code="INVALID_ARGUMENT_VALUE"
    )
    assert "categorized" in (await env.store.get_suggestion(suggestion_id)).steps
    retried = await env.approvals.retry(suggestion_id, actor=ACTOR)
    assert retried.status == "approved" and len(todoist_tasks(both, email_id)) == 1


async def test_a_refused_todoist_token_tells_the_owner_to_renew_it_and_loses_nothing(both):
    env = both.env
    use_backends(both, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "Token expired")
    both.todoist.expire_token()

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert failed.status == "failed"
    assert failed.failure == Failure(FailureKind.TODOIST_TOKEN_REFUSED, status=401)
    assert env.successes("POST", r"/move$") == [], "refused before the mail moved"
    both.todoist.accept_token(DEFAULT_TOKEN)  # the owner renewed it
    retried = await env.approvals.retry(suggestion_id, actor=ACTOR)
    assert retried.status == "approved" and len(todoist_tasks(both, email_id)) == 1


async def test_an_own_call_create_needs_no_batch_when_the_categories_are_already_set(both):
    env = both.env
    use_backends(both, "todoist")
    categories = (Priority.P2.value, ActionType.NEEDS_REPLY.value, AREA)
    email_id = await deliver(env, subject="Already tagged", categories=categories)
    suggestion_id = await suggest(env, email_id)

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "approved" and len(todoist_tasks(both, email_id)) == 1
    assert env.successes("POST", r"^/\$batch$") == []


async def test_steps_naming_an_unknown_backend_fail_plainly_and_dismiss_still_works(both):
    env = both.env
    use_backends(both, "todo")
    email_id, suggestion_id = await new_suggestion(env, "Tampered steps")
    await env.store.record_suggestion_step(suggestion_id, STEP_TASK_STARTED, {"backend": "asana"})

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.failure == Failure(FailureKind.SUGGESTION_INVALID, field="task_backend")
    assert env.successes("POST", r"/move$") == []
    dismissed = await env.approvals.dismiss(suggestion_id, actor=ACTOR)
    assert dismissed.status == "dismissed" and dismissed.failure is None


def test_the_service_needs_task_backends_or_a_to_do_client(env):
    with pytest.raises(ValueError, match="task backends or a To Do client"):
        ApprovalService(graph=env.graph, mail=env.mail, store=env.store, settings=Settings)
