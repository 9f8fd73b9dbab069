"""Each enabled task backend's health for `/assistant status`, from the store alone.

The second backend is the stand-in of `tests.core.test_approval_backends` registered as
"todoist" (its own-call create raises TaskBackendError like a backend outside Graph); with the
real Todoist backend in the registry this should use it against the Todoist emulator (a 401).
"""

from __future__ import annotations

from core.status import task_backend_health
from core.tasks.registry import TaskBackends
from core.vocabulary import STATE_TODO_DISABLED_REASON, STATE_TODO_ENABLED
from tests.core.test_approval import ACTOR, make_settings
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)
from tests.core.test_approval_backends import new_suggestion, settings_for, use_backends


def registry(env) -> TaskBackends:
    return env.approvals._tasks  # the registry the approvals use


async def test_each_enabled_backend_shows_its_open_tasks_and_last_problem(env) -> None:
    use_backends(env, "todoist")
    await new_suggestion(env, "Made in To Do")
    first = await env.approvals.approve(1, actor=ACTOR, edits={"task_backend": "todo"})
    assert first.task_backend == "todo"
    env.emulator.inject("POST", r"/tasks$", status=400, times=1)  # the stand-in's own call
    _, failing = await new_suggestion(env, "Todoist refuses")
    failed = await env.approvals.approve(failing, actor=ACTOR)
    assert failed.status == "failed"
    requests = len(env.emulator.requests)

    todo, todoist = await task_backend_health(env.settings, registry(env), env.store)

    assert len(env.emulator.requests) == requests, "status asks no service"
    assert (todo.name, todo.label, todo.active, todo.configured) == ("todo", "To Do", False, True)
    assert (todo.open_tasks, todo.problem) == (1, None)
    assert (todoist.label, todoist.active, todoist.open_tasks) == ("stand-in", True, 0)
    assert todoist.problem is not None and "400" in todoist.problem

    retried = await env.approvals.retry(failing, actor=ACTOR)
    assert retried.status == "approved" and retried.task_backend == "todoist"
    _, todoist = await task_backend_health(env.settings, registry(env), env.store)
    assert (todoist.open_tasks, todoist.problem) == (1, None), "a task made since clears it"


async def test_to_do_switched_off_by_its_probe_and_a_backend_not_built_say_why(env) -> None:
    use_backends(env, "todo", names=("todo",))  # Todoist enabled later, not restarted
    env.settings = settings_for("todo")
    await env.store.set_state(STATE_TODO_ENABLED, "false")
    await env.store.set_state(STATE_TODO_DISABLED_REASON, "the mailbox has no To Do licence")

    todo, todoist = await task_backend_health(env.settings, registry(env), env.store)

    assert todo.problem == "the mailbox has no To Do licence"
    assert (todoist.label, todoist.configured) == ("Todoist", False)
    assert todoist.problem is not None and "restart" in todoist.problem


async def test_only_enabled_backends_are_shown(env) -> None:
    use_backends(env, "todo")
    shown = await task_backend_health(make_settings(), registry(env), env.store)
    assert [h.name for h in shown] == ["todo"]
    assert await task_backend_health(make_settings(todo=False), registry(env), env.store) == ()
