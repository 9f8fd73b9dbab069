"""The owner's task choice (No task / To Do / Todoist): validated as an edit, honoured, resumed.

The approvals run over both real backends: To Do against the Graph emulator, Todoist against
its own emulator (`tests.core.test_approval_backends.use_backends`).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from core.triage.approval_steps import STEP_TASK_CHOSEN
from core.triage.task_fields import check_edits, task_choices, validate_edits
from core.vocabulary import ActionType
from tests.core.test_approval import ACTOR, make_settings, suggest
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)
from tests.core.test_approval_backends import (
    Services,
    new_suggestion,
    settings_for,
    task_posts,
    todoist_posts,
    use_backends,
)
from tests.core.test_approval_backends import both as both  # noqa: F401  (the fixture)
from tests.sandbox.todoist_fixtures import todoist as todoist  # noqa: F401  (the fixture)


def test_the_task_choice_is_validated_like_the_other_edits() -> None:
    settings = settings_for("todo")
    assert validate_edits({"task_backend": " Todoist "}, settings) == {"task_backend": "todoist"}
    assert validate_edits({"task_backend": "none"}, settings) == {"task_backend": "none"}
    with pytest.raises(ValueError, match=r"^task_backend: 'asana' is not one of 'none', 'todo'"):
        validate_edits({"task_backend": "asana"}, settings)
    with pytest.raises(ValueError, match=r"^task_backend: None is not one of"):
        validate_edits({"task_backend": None}, settings)
    only_todo = make_settings()
    with pytest.raises(ValueError, match=r"integrations\.todoist\.enabled is false"):
        validate_edits({"task_backend": "todoist"}, only_todo)
    checked = check_edits({"task_backend": "todoist", "priority": "P1"}, only_todo)
    assert checked.refused == {"task_backend"} and checked.edits == {
        "priority": "P1 - Urgent Important"
    }


def test_the_choices_are_no_task_and_the_enabled_backends_preselecting_what_approving_does() -> (
    None
):
    both = settings_for("todoist")
    assert task_choices(both, "Needs Reply").options == ("none", "todo", "todoist")
    assert task_choices(both, "Needs Reply").preselected == "todoist"
    assert task_choices(both, "FYI Only").preselected == "none"
    assert task_choices(make_settings(), "Review").options == ("none", "todo")


@pytest.mark.parametrize("active", ["todo", "todoist"])
async def test_the_chosen_backend_gets_the_task_whatever_is_active(both: Services, active) -> None:
    env = both.env
    use_backends(both, active)
    other = "todoist" if active == "todo" else "todo"
    email_id, suggestion_id = await new_suggestion(env, "Pick the other one")

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR, edits={"task_backend": other})

    assert outcome.status == "approved" and outcome.task_backend == other
    assert outcome.task_backend_label == ("Todoist" if other == "todoist" else "To Do")
    where = "app.todoist.com/app/task/" if other == "todoist" else "to-do.office.com/tasks/id/"
    assert (outcome.task_web_url or "").startswith(f"https://{where}")
    if other == "todo":
        [post] = task_posts(env)
        assert post.in_batch, "To Do's create rides in the approval's $batch"
        assert todoist_posts(both) == 0
    else:
        assert task_posts(env) == [] and todoist_posts(both) == 1
    record = await env.store.get_suggestion(suggestion_id)
    assert record is not None
    assert record.steps[STEP_TASK_CHOSEN] == {"backend": other}
    assert record.edited_create_task is True, "stored as a correction like the other edits"
    [row] = await env.store.task_syncs_for_email(email_id)
    assert row.provider == ("todoist" if other == "todoist" else "microsoft_todo")
    [approve] = await env.store.list_actions(action="suggestion.approve")
    assert approve.details["task_choice"] == {"backend": other}


async def test_a_chosen_backend_creates_a_task_even_for_an_action_type_without_one(
    both: Services,
) -> None:
    env = both.env
    use_backends(both, "todo")
    email_id = (await new_suggestion(env, "FYI but I want a task"))[0]
    suggestion_id = await suggest(env, email_id, action=ActionType.FYI_ONLY)

    outcome = await env.approvals.approve(
        suggestion_id, actor=ACTOR, edits={"task_backend": "todoist"}
    )

    assert outcome.status == "approved" and outcome.task_backend == "todoist"
    assert todoist_posts(both) == 1 and task_posts(env) == []


async def test_no_task_creates_none_and_is_stored_as_the_owners_correction(
    both: Services,
) -> None:
    env = both.env
    use_backends(both, "todoist")
    email_id, suggestion_id = await new_suggestion(env, "No task please")

    outcome = await env.approvals.approve(
        suggestion_id, actor=ACTOR, edits={"task_backend": "none"}
    )

    assert outcome.status == "approved" and outcome.task_id is None
    assert outcome.task_backend is None and outcome.task_backend_label is None
    assert task_posts(env) == [] and todoist_posts(both) == 0
    assert await env.store.task_syncs_for_email(email_id) == []
    record = await env.store.get_suggestion(suggestion_id)
    assert record is not None
    assert record.edited_create_task is False
    assert record.steps[STEP_TASK_CHOSEN] == {"backend": None}


async def test_an_invalid_choice_changes_nothing(both: Services) -> None:
    env = both.env
    use_backends(both, "todo")
    _, suggestion_id = await new_suggestion(env, "Bad pick")
    with pytest.raises(ValueError, match="task_backend"):
        await env.approvals.approve(suggestion_id, actor=ACTOR, edits={"task_backend": "asana"})
    record = await env.store.get_suggestion(suggestion_id)
    assert record is not None
    assert record.status == "pending" and record.steps == {}


async def test_a_resumed_approval_keeps_the_owners_choice(both: Services, monkeypatch) -> None:
    env = both.env
    use_backends(both, "todo")
    email_id, suggestion_id = await new_suggestion(env, "Interrupted after the pick")
    record_step = env.store.record_suggestion_step

    async def step_then_die(sid: int, name: str, result: Any) -> None:
        await record_step(sid, name, result)
        if name == STEP_TASK_CHOSEN:
            raise asyncio.CancelledError

    monkeypatch.setattr(env.store, "record_suggestion_step", step_then_die)
    with pytest.raises(asyncio.CancelledError):
        await env.approvals.approve(suggestion_id, actor=ACTOR, edits={"task_backend": "todoist"})
    monkeypatch.undo()
    assert task_posts(env) == [] and env.successes("POST", r"/move$") == []
    assert todoist_posts(both) == 0

    [outcome] = await use_backends(both, "todo").resume_interrupted()

    assert outcome.status == "approved" and outcome.task_backend == "todoist"
    assert todoist_posts(both) == 1, "created by the chosen backend, not the active one"
    assert task_posts(env) == []
    [row] = await env.store.task_syncs_for_email(email_id)
    assert row.provider == "todoist"
