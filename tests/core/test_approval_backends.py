"""Approvals through the task-backend registry, against the Graph emulator over HTTP.

The second backend here is `OwnCallTodo`: the real To Do backend over the emulator with its
`$batch` hook hidden and registered as "todoist", so it creates with its own HTTP call the way a
backend outside Graph does. It is a stand-in for the registry's logic (which backend a run
uses, which backend a row names), not a Todoist test: Todoist is tested against its emulator.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import pytest

from core.config.settings import Settings
from core.errors import GraphError, TaskBackendError
from core.microsoft.mail import MailApi
from core.microsoft.todo import TodoApi
from core.microsoft.todo_backend import TodoBackend
from core.tasks.backend import BackendName, BackendTask, EmailTaskDraft, TaskUpdate
from core.tasks.registry import TaskBackends
from core.triage.approval import ApprovalService
from core.triage.approval_steps import STEP_TASK_STARTED
from core.triage.failures import Failure, FailureKind
from core.vocabulary import ActionType, Priority
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

TASK_POSTS = r"^/me/todo/lists/[^/]+/tasks$"


class OwnCallTodo:
    """To Do without the $batch hook, named like a backend outside Graph (see the module doc)."""

    def __init__(self, inner: TodoBackend) -> None:
        self._inner = inner

    name: BackendName = "todoist"
    provider = "todoist"
    label = "stand-in"

    def _ours(self, task: BackendTask | None) -> BackendTask | None:
        return None if task is None else replace(task, backend=self.name)

    async def available(self) -> bool:
        return True

    async def ensure_container(self, *, actor: str) -> str:
        return await self._inner.ensure_container(actor=actor)

    async def create_task(self, draft: EmailTaskDraft, *, actor: str) -> BackendTask:
        try:
            task = await self._inner.create_task(draft, actor=actor)
        except GraphError as err:  # a backend outside Graph raises its own error kind
            raise TaskBackendError(str(err), retryable=(err.status or 0) >= 500) from err
        return replace(task, backend=self.name)

    async def find_task_for_email(self, email_id: str) -> BackendTask | None:
        return self._ours(await self._inner.find_task_for_email(email_id))

    async def get_task(self, task_id: str) -> BackendTask | None:
        return self._ours(await self._inner.get_task(task_id))

    async def update_task(self, task_id: str, changes: TaskUpdate, *, actor: str) -> BackendTask:
        return await self._inner.update_task(task_id, changes, actor=actor)

    async def complete_task(self, task_id: str, *, actor: str) -> BackendTask:
        return await self._inner.complete_task(task_id, actor=actor)

    async def reopen_task(self, task_id: str, *, actor: str) -> BackendTask:
        return await self._inner.reopen_task(task_id, actor=actor)

    async def delete_task(
        self,
        task_id: str,
        *,
        actor: str,
        container_id: str | None = None,
        current: BackendTask | None = None,
    ) -> bool:
        return await self._inner.delete_task(
            task_id, actor=actor, container_id=container_id, current=current
        )

    async def list_open_tasks(self) -> list[BackendTask]:
        return await self._inner.list_open_tasks()

    def web_url(self, task_id: str) -> str:
        return f"https://stand-in.example/tasks/{task_id}"


def settings_for(backend: BackendName) -> Settings:
    """Both backends enabled; `backend` is where new approvals create tasks."""
    return Settings.model_validate(
        {
            "projects": [{"name": "Tradecore Steel Implementation", "folder": PROJECT_FOLDER}],
            "areas": [{"name": "Sales & Prospects", "folder": AREA_FOLDER}],
            "integrations": {"task_backend": backend, "todo": {}, "todoist": {}},
        }
    )


def use_backends(env: Env, backend: BackendName, *, names: tuple[str, ...] = ("todo", "todoist")):
    """Give `env` a fresh service over a registry of `names`, with `backend` configured."""
    env.settings = settings_for(backend)
    env.mail = MailApi(env.graph)
    env.todo = TodoApi(env.graph, env.store)
    todo = TodoBackend(env.todo, env.store)
    built: dict[BackendName, Any] = {"todo": todo, "todoist": OwnCallTodo(todo)}
    tasks = TaskBackends({n: b for n, b in built.items() if n in names}, lambda: env.settings)
    env.service = ApprovalService(
        graph=env.graph, mail=env.mail, store=env.store, settings=lambda: env.settings, tasks=tasks
    )
    return env.service


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


@pytest.mark.parametrize(
    ("backend", "provider", "in_batch"),
    [("todo", "microsoft_todo", True), ("todoist", "todoist", False)],
)
async def test_the_configured_backend_creates_the_task_and_its_row_names_it(
    env, backend, provider, in_batch
):
    use_backends(env, backend)
    email_id, suggestion_id = await new_suggestion(env, "Steel order")
    await env.todo.ensure_list(actor=ACTOR)  # warm, as after start-up
    await env.mail.resolve_folder(AREA_FOLDER, create=True)

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "approved" and outcome.task_backend == backend
    [post] = task_posts(env)
    assert post.in_batch is in_batch, "To Do joins the $batch; the other creates on its own"
    [row] = await env.store.task_syncs_for_email(email_id)
    assert (row.provider, row.todo_task_id) == (provider, outcome.task_id)
    steps = (await env.store.get_suggestion(suggestion_id)).steps
    assert steps[STEP_TASK_STARTED]["backend"] == steps["task_created"]["backend"] == backend
    if backend == "todo":
        assert outcome.graph_round_trips == 2
        assert outcome.task_web_url and outcome.task_web_url.startswith("https://to-do.")
    else:
        assert outcome.task_web_url == f"https://stand-in.example/tasks/{outcome.task_id}"
    recorded = await env.approvals.recorded(suggestion_id)
    assert (recorded.task_backend, recorded.task_web_url) == (backend, outcome.task_web_url)


@pytest.mark.parametrize(("started", "switched_to"), [("todo", "todoist"), ("todoist", "todo")])
async def test_a_resumed_approval_finishes_in_the_backend_that_started_it(
    env, monkeypatch, started, switched_to
):
    use_backends(env, started)
    email_id, suggestion_id = await new_suggestion(env, "Started before the switch")
    await die_after(env, monkeypatch, STEP_TASK_STARTED, suggestion_id)
    assert task_posts(env) == [], "the process died before the create went out"

    [outcome] = await use_backends(env, switched_to).resume_interrupted()

    assert outcome.status == "approved" and outcome.task_backend == started
    [post] = task_posts(env)
    assert post.in_batch is (started == "todo"), "created by the backend that started"
    assert len(env.tasks_for(email_id)) == 1, "never a task in both"
    [row] = await env.store.task_syncs_for_email(email_id)
    assert row.provider == ("microsoft_todo" if started == "todo" else "todoist")


async def test_an_unknown_create_is_adopted_in_the_backend_that_started_after_a_switch(env):
    use_backends(env, "todo")
    email_id, suggestion_id = await new_suggestion(env, "Lost answer")
    env.emulator.fail_after_applying("POST", r"/tasks$")  # made, answered 504
    env.emulator.inject("GET", r"/tasks$", status=500, times=20)  # and the look for it fails

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)
    assert failed.status == "failed" and failed.retryable
    env.emulator.clear_faults()

    retried = await use_backends(env, "todoist").retry(suggestion_id, actor=ACTOR)

    assert retried.status == "approved" and retried.task_backend == "todo"
    posts = [r for r in env.emulator.requests if r.method == "POST" and r.path.endswith("/tasks")]
    assert len(posts) == 1 and len(env.tasks_for(email_id)) == 1, "adopted, not sent again"
    actions = [a.action for a in await env.store.list_actions(email_id=email_id)]
    assert "todo.task.adopt" in actions and "todo.task.create" not in actions


async def test_steps_recorded_before_backends_had_names_resume_in_to_do(env, monkeypatch):
    use_backends(env, "todo")
    email_id, suggestion_id = await new_suggestion(env, "Interrupted by the old version")
    await die_after(env, monkeypatch, STEP_TASK_STARTED, suggestion_id)
    started = (await env.store.get_suggestion(suggestion_id)).steps[STEP_TASK_STARTED]
    old_shape = {k: v for k, v in started.items() if k != "backend"}
    await env.store.record_suggestion_step(suggestion_id, STEP_TASK_STARTED, old_shape)

    [outcome] = await use_backends(env, "todoist").resume_interrupted()

    assert outcome.status == "approved" and outcome.task_backend == "todo"
    [post] = task_posts(env)
    assert post.in_batch
    [row] = await env.store.task_syncs_for_email(email_id)
    assert row.provider == "microsoft_todo"


async def test_a_backend_this_process_did_not_build_fails_the_approval_before_mail_moves(env):
    use_backends(env, "todoist", names=("todo",))  # switched by a reload, not restarted
    email_id, suggestion_id = await new_suggestion(env, "Nowhere to put the task")

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "failed"
    assert outcome.failure == Failure(FailureKind.SUGGESTION_INVALID, field="task_backend")
    assert env.successes("POST", r"/move$") == [] and env.tasks_for(email_id) == []


async def test_a_failure_of_the_graph_batch_keeps_the_task_the_own_call_made(env):
    use_backends(env, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "Batch fails")
    env.emulator.inject("POST", r"^/\$batch$", status=400)

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert failed.status == "failed"
    assert failed.task_id is not None and failed.task_backend == "todoist"
    retried = await env.approvals.retry(suggestion_id, actor=ACTOR)
    assert retried.status == "approved" and retried.task_id == failed.task_id
    assert len(task_posts(env)) == 1 and len(env.tasks_for(email_id)) == 1


async def test_dismiss_deletes_the_task_in_the_backend_its_row_names(env):
    use_backends(env, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "Dismiss me later")
    env.emulator.inject("PATCH", r"^/me/messages/", status=400)  # categories refused
    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)
    assert failed.status == "failed" and len(env.tasks_for(email_id)) == 1

    dismissed = await use_backends(env, "todo").dismiss(suggestion_id, actor=ACTOR)

    assert dismissed.status == "dismissed" and dismissed.failure is None
    assert env.tasks_for(email_id) == []
    [row] = await env.store.task_syncs_for_email(email_id)
    assert (row.provider, row.status) == ("todoist", "deleted")


async def test_dismiss_leaves_a_row_of_a_backend_not_set_up_for_later(env):
    use_backends(env, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "Orphaned backend")
    env.emulator.inject("PATCH", r"^/me/messages/", status=400)
    await env.approvals.approve(suggestion_id, actor=ACTOR)

    dismissed = await use_backends(env, "todo", names=("todo",)).dismiss(suggestion_id, actor=ACTOR)

    assert dismissed.status == "dismissed"
    assert any("(todoist) is not set up" in note for note in dismissed.notes)
    assert len(env.tasks_for(email_id)) == 1
    [row] = await env.store.task_syncs_for_email(email_id)
    assert row.status == "active", "a later dismiss, with the backend back, can finish it"


async def test_an_own_call_create_that_fails_keeps_the_categories_and_a_retry_finishes(env):
    use_backends(env, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "Create refused")
    env.emulator.inject("POST", TASK_POSTS, status=400)

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert failed.status == "failed" and not failed.retryable
    assert failed.failure == Failure(FailureKind.UNKNOWN, error_type="TaskBackendError")
    assert "categorized" in (await env.store.get_suggestion(suggestion_id)).steps
    retried = await env.approvals.retry(suggestion_id, actor=ACTOR)
    assert retried.status == "approved" and len(env.tasks_for(email_id)) == 1


async def test_an_own_call_create_needs_no_batch_when_the_categories_are_already_set(env):
    use_backends(env, "todoist")
    categories = (Priority.P2.value, ActionType.NEEDS_REPLY.value, AREA)
    email_id = await deliver(env, subject="Already tagged", categories=categories)
    suggestion_id = await suggest(env, email_id)

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "approved" and len(env.tasks_for(email_id)) == 1
    assert env.successes("POST", r"^/\$batch$") == []


async def test_steps_naming_an_unknown_backend_fail_plainly_and_dismiss_still_works(env):
    use_backends(env, "todo")
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
