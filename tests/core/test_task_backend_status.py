"""Each enabled task backend's health for `/assistant status`, from the store alone.

Both backends are real: To Do over the Graph emulator, Todoist over its emulator.
"""

from __future__ import annotations

from core.status import task_backend_health
from core.tasks.registry import TaskBackends
from core.triage.failures import Failure, FailureKind
from core.vocabulary import STATE_TODO_DISABLED_REASON, STATE_TODO_ENABLED
from sandbox.todoist_emulator import DEFAULT_TOKEN
from tests.core.test_approval import ACTOR, make_settings
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)
from tests.core.test_approval_backends import Services, new_suggestion, settings_for, use_backends
from tests.core.test_approval_backends import both as both  # noqa: F401  (the fixture)
from tests.sandbox.todoist_fixtures import todoist as todoist  # noqa: F401  (the fixture)


def registry(both: Services) -> TaskBackends:
    return both.env.approvals._tasks  # the registry the approvals use


async def test_each_enabled_backend_shows_its_open_tasks_and_last_problem(both: Services) -> None:
    env = both.env
    use_backends(both, "todoist")
    await new_suggestion(env, "Made in To Do")
    first = await env.approvals.approve(1, actor=ACTOR, edits={"task_backend": "todo"})
    assert first.task_backend == "todo"
    both.todoist.expire_token()  # the owner revoked the Todoist token
    _, failing = await new_suggestion(env, "Todoist refuses")
    failed = await env.approvals.approve(failing, actor=ACTOR)
    assert failed.status == "failed"
    requests = len(env.emulator.requests), len(both.todoist.requests)

    todo, todoist = await task_backend_health(env.settings, registry(both), env.store)

    assert (len(env.emulator.requests), len(both.todoist.requests)) == requests, "no requests"
    assert (todo.name, todo.label, todo.active, todo.configured) == ("todo", "To Do", False, True)
    assert (todo.open_tasks, todo.off_reason, todo.last_failure) == (1, None, None)
    assert (todoist.label, todoist.active, todoist.open_tasks) == ("Todoist", True, 0)
    assert todoist.last_failure == Failure(FailureKind.TODOIST_TOKEN_REFUSED, status=401)

    both.todoist.accept_token(DEFAULT_TOKEN)  # renewed
    retried = await env.approvals.retry(failing, actor=ACTOR)
    assert retried.status == "approved" and retried.task_backend == "todoist"
    _, todoist = await task_backend_health(env.settings, registry(both), env.store)
    assert (todoist.open_tasks, todoist.last_failure) == (1, None), "a task made since clears it"


async def test_to_do_switched_off_by_its_probe_and_a_backend_not_built_say_why(
    both: Services,
) -> None:
    env = both.env
    use_backends(both, "todo", names=("todo",))  # Todoist enabled later, not restarted
    env.settings = settings_for("todo")
    await env.store.set_state(STATE_TODO_ENABLED, "false")
    await env.store.set_state(STATE_TODO_DISABLED_REASON, "the mailbox has no To Do licence")

    todo, todoist = await task_backend_health(env.settings, registry(both), env.store)

    assert todo.off_reason == "the mailbox has no To Do licence"
    assert (todoist.label, todoist.configured) == ("Todoist", False)


async def test_only_enabled_backends_are_shown(both: Services) -> None:
    env = both.env
    use_backends(both, "todo")
    shown = await task_backend_health(make_settings(), registry(both), env.store)
    assert [h.name for h in shown] == ["todo"]
    assert await task_backend_health(make_settings(todo=False), registry(both), env.store) == ()
