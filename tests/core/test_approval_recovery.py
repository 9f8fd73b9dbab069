"""Approvals that race, fail, crash and resume, and dismissals; against the Graph emulator.

Failures are Graph faults injected in the emulator wherever one can stand for the event; a process
dying between two steps is a CancelledError raised right after the store recorded a step (nothing
in the service catches it, as nothing would run after a real crash), then a fresh service over
the same database resumes.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest

from core.errors import StoreError
from core.microsoft.todo import TodoApi
from core.store import Store
from core.triage.failures import Failure, FailureKind
from core.triage.outcome_notes import NoteKind, OutcomeNote
from core.vocabulary import ActionType, Priority
from tests.core.test_approval import (
    ACTOR,
    AREA,
    AREA_FOLDER,
    Env,
    approve_new,
    deliver,
    suggest,
)
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)

_VOLATILE = {
    "id",
    "@odata.etag",
    "createdDateTime",
    "lastModifiedDateTime",
    "bodyLastModifiedDateTime",
    "linkedResources",
}


async def end_state(env: Env, email_id: str, suggestion_id: int) -> dict[str, Any]:
    """Everything a clean approval leaves behind, minus ids and timestamps."""
    msg = env.emulator.message(email_id)
    web_link = (await env.mail.get_message(email_id)).web_link
    tasks = [
        {
            **{k: v for k, v in task.items() if k not in _VOLATILE},
            "links": [
                (link["applicationName"], link["displayName"], link["externalId"] == email_id)
                for link in task["linkedResources"]
            ],
            "links_to_current_web_link": [
                link["webUrl"] == web_link for link in task["linkedResources"]
            ],
        }
        for task in env.tasks_for(email_id)
    ]
    record = await env.store.get_suggestion(suggestion_id)
    assert record is not None
    task_ids = {task["id"] for task in env.tasks_for(email_id)}
    syncs = await env.store.task_syncs_for_email(email_id)
    return {
        "folder": env.emulator.folder_path(msg.folder_id),
        "categories": msg.categories,
        "tasks": tasks,
        "task_sync": [(r.status, r.task_type, r.todo_task_id in task_ids) for r in syncs],
        "status": (record.status, record.error),
        "steps": sorted(record.steps),
    }


async def twin(env: Env, subject: str, **email: Any) -> tuple[str, int]:
    email_id = await deliver(env, subject=subject, **email)
    return email_id, await suggest(env, email_id)


async def clean_reference(env: Env) -> dict[str, Any]:
    email_id, suggestion_id = await twin(env, "Same subject")
    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)
    assert outcome.status == "approved"
    return await end_state(env, email_id, suggestion_id)


def moves_of(env: Env, email_id: str) -> int:
    return len(env.successes("POST", rf"^/me/messages/{email_id}/move$"))


# -- concurrency ------------------------------------------------------------------------------


async def test_ten_concurrent_approvals_execute_once(env):
    email_id = await deliver(env)
    suggestion_id = await suggest(env, email_id)

    outcomes = await asyncio.gather(
        *(env.approvals.approve(suggestion_id, actor=ACTOR) for _ in range(10))
    )

    assert Counter(o.status for o in outcomes) == {"approved": 1, "unchanged": 9}
    assert moves_of(env, email_id) == 1
    assert len(env.successes("PATCH", rf"^/me/messages/{email_id}$")) == 1
    assert len(env.successes("POST", r"/tasks$")) == 1
    assert len(env.tasks_for(email_id)) == 1
    assert len(await env.store.task_syncs_for_email(email_id)) == 1


async def test_a_second_approval_is_unchanged_and_reports_the_first(env):
    _, suggestion_id, first = await approve_new(env)
    env.emulator.clear_requests()

    again = await env.approvals.approve(suggestion_id, actor=ACTOR)
    retried = await env.approvals.retry(suggestion_id, actor=ACTOR)

    assert again.status == retried.status == "unchanged"
    assert (again.task_id, again.email_categories) == (first.task_id, first.email_categories)
    assert again.notes == (OutcomeNote(NoteKind.NOTHING_DONE, status="approved"),)
    assert env.emulator.requests == []


# -- failures injected as Graph faults, then retry --------------------------------------------

# name -> (the fault, whether the approval settles it by itself). A move is safe to repeat, and a
# task POST or $batch without a verdict is settled by looking for the task before posting again.
GRAPH_FAULTS = {
    "move fails": (lambda emu: emu.inject("POST", r"/move$", status=500), True),
    "move's connection drops": (lambda emu: emu.drop_connection("POST", r"/move$"), True),
    "batch fails": (lambda emu: emu.inject("POST", r"^/\$batch$", status=500), True),
    "batch connection drops": (lambda emu: emu.drop_connection("POST", r"^/\$batch$"), True),
    "task create fails": (lambda emu: emu.inject("POST", r"/tasks$", status=500), True),
    "categories fail": (lambda emu: emu.inject("PATCH", r"^/me/messages/", status=500), False),
    # The emulator runs batch items in order (task first): the task is made, then the
    # connection drops, so its answer is lost.
    "task made, answer lost": (
        lambda emu: emu.drop_connection("PATCH", r"^/me/messages/"),
        True,
    ),
    "task made, item answered 504": (
        lambda emu: emu.fail_after_applying("POST", r"/tasks$"),
        True,
    ),
    "batch applied, answered 504": (
        lambda emu: emu.fail_after_applying("POST", r"^/\$batch$"),
        True,
    ),
    "task not made, item answered 504": (
        lambda emu: emu.inject("POST", r"/tasks$", status=504),
        True,
    ),
}


@pytest.mark.parametrize("fault", list(GRAPH_FAULTS))
async def test_a_graph_failure_reaches_the_clean_end_state_at_once_or_on_retry(env, fault):
    reference = await clean_reference(env)
    email_id, suggestion_id = await twin(env, "Same subject")
    inject, settles_at_once = GRAPH_FAULTS[fault]
    inject(env.emulator)

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)
    if not settles_at_once:
        assert (outcome.status, outcome.retryable) == ("failed", True)
        assert outcome.failure.kind in (FailureKind.GRAPH_UNAVAILABLE, FailureKind.WRITE_UNCERTAIN)
        assert (await env.store.get_suggestion(suggestion_id)).status == "failed"
        outcome = await env.approvals.retry(suggestion_id, actor=ACTOR)

    assert outcome.status == "approved" and outcome.failure is None
    assert await end_state(env, email_id, suggestion_id) == reference
    assert moves_of(env, email_id) == 1
    assert len(env.tasks_for(email_id)) == 1
    assert outcome.task_id == env.tasks_for(email_id)[0]["id"]


async def test_lost_task_answer_is_adopted_not_created_again(env):
    email_id, suggestion_id = await twin(env, "Adopt me")
    inject, _ = GRAPH_FAULTS["task made, answer lost"]
    inject(env.emulator)

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "approved"
    assert len(env.successes("POST", r"/tasks$")) == 1
    actions = [a.action for a in await env.store.list_actions(email_id=email_id)]
    assert "todo.task.adopt" in actions and "todo.task.create" not in actions
    assert (await env.store.get_suggestion(suggestion_id)).steps["task_created"]["adopted"]


async def test_store_failure_before_recording_the_task_is_a_bug_then_retry_adopts(env, monkeypatch):
    email_id, suggestion_id = await twin(env, "Store breaks")
    original = env.store.record_suggestion_step

    async def failing(sid: int, step: str, result: Any) -> None:
        if step == "task_created":
            raise StoreError("database is locked")
        await original(sid, step, result)

    monkeypatch.setattr(env.store, "record_suggestion_step", failing)
    with pytest.raises(StoreError):
        await env.approvals.approve(suggestion_id, actor=ACTOR)
    record = await env.store.get_suggestion(suggestion_id)
    assert record is not None
    assert record.status == "failed"
    assert Failure.from_stored(record.error) == Failure(
        FailureKind.INTERNAL_ERROR, retryable=True, error_type="StoreError"
    )
    monkeypatch.undo()

    retried = await env.approvals.retry(suggestion_id, actor=ACTOR)

    assert retried.status == "approved"
    assert len(env.tasks_for(email_id)) == 1 and retried.task_id == env.tasks_for(email_id)[0]["id"]


# -- the process dies between steps, a fresh one resumes --------------------------------------

DEATHS = ["moved", "task_create_started", "categorized", "task_created", "task_synced", "approved"]


@pytest.mark.parametrize("after", DEATHS)
async def test_resume_after_the_process_died_reaches_the_clean_end_state(env, monkeypatch, after):
    reference = await clean_reference(env)
    email_id, suggestion_id = await twin(env, "Same subject")
    store: Store = env.store
    record_step, transition = store.record_suggestion_step, store.transition_suggestion

    async def step_then_die(sid: int, step: str, result: Any) -> None:
        await record_step(sid, step, result)
        if step == after:
            raise asyncio.CancelledError

    async def die_before_approved(sid: int, **kwargs: Any) -> bool:
        if kwargs["to_status"] == "approved":
            raise asyncio.CancelledError
        return await transition(sid, **kwargs)

    if after == "approved":
        monkeypatch.setattr(store, "transition_suggestion", die_before_approved)
    else:
        monkeypatch.setattr(store, "record_suggestion_step", step_then_die)
    with pytest.raises(asyncio.CancelledError):
        await env.approvals.approve(suggestion_id, actor=ACTOR)
    monkeypatch.undo()
    interrupted = await store.get_suggestion(suggestion_id)
    assert interrupted is not None and interrupted.status == "approving"

    [outcome] = await env.new_service().resume_interrupted()

    assert outcome.status == "approved" and outcome.suggestion_id == suggestion_id
    assert await end_state(env, email_id, suggestion_id) == reference
    assert moves_of(env, email_id) == 1
    assert len(env.tasks_for(email_id)) == 1
    assert len(env.successes("POST", r"/tasks$")) == 2, "one per email, none created twice"


async def test_resume_with_nothing_interrupted_does_nothing(env):
    await approve_new(env)
    env.emulator.clear_requests()
    assert await env.new_service().resume_interrupted() == []
    assert env.emulator.requests == []


# -- plain-words failures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"), [("POST", r"/move$"), ("POST", r"/tasks$")], ids=["move", "in batch"]
)
async def test_throttling_fails_retryably_in_plain_words_then_retry_succeeds(
    env, sleeps, method, path
):
    email_id, suggestion_id = await twin(env, "Busy")
    env.emulator.throttle(method, path, retry_after=7, times=5)  # first try + 4 retries

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert failed.status == "failed" and failed.retryable
    assert failed.failure == Failure(FailureKind.THROTTLED, retryable=True, retry_after_s=7)
    assert sleeps.calls == [7, 7, 7, 7], "every Retry-After was honoured in full"
    retried = await env.approvals.retry(suggestion_id, actor=ACTOR)
    assert retried.status == "approved"
    assert len(env.tasks_for(email_id)) == 1 and moves_of(env, email_id) == 1


async def test_a_wait_above_the_cap_fails_at_once_retryably_with_the_full_wait(env, sleeps):
    email_id, suggestion_id = await twin(env, "Very busy")
    env.emulator.throttle("POST", r"/move$", retry_after=600)

    failed = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert failed.status == "failed" and failed.retryable
    assert failed.failure == Failure(FailureKind.THROTTLED, retryable=True, retry_after_s=600)
    assert sleeps.calls == [], "no approval holds the owner's click for ten minutes"
    retried = await env.approvals.retry(suggestion_id, actor=ACTOR)
    assert retried.status == "approved" and moves_of(env, email_id) == 1


async def test_a_folder_deleted_in_outlook_after_it_was_resolved_is_created_again(env):
    email_id, suggestion_id = await twin(env, "Dev question")
    old_id = await env.mail.resolve_folder("Areas/Dev", create=True)  # cached, then deleted
    env.emulator.delete_folder("Areas/Dev")

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR, edits={"folder": "Areas/Dev"})

    assert outcome.status == "approved"
    new_id = env.emulator.message(email_id).folder_id
    assert new_id != old_id and env.emulator.folder_path(new_id) == "Areas/Dev"
    moves = [r for r in env.emulator.requests if r.path.endswith("/move")]
    assert [r.status for r in moves] == [404, 201]  # the stale id, then the folder made again


async def test_a_missing_email_fails_as_no_longer_existing(env):
    email_id, suggestion_id = await twin(env, "Dev question")
    await env.mail.resolve_folder("Areas/Dev", create=True)
    env.emulator.inject("POST", r"/move$", status=404, times=2)

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR, edits={"folder": "Areas/Dev"})

    assert outcome.status == "failed" and not outcome.retryable
    assert outcome.failure == Failure(FailureKind.MAIL_NOT_FOUND)
    assert env.emulator.folder_path(env.emulator.message(email_id).folder_id) == "Inbox"
    fail = (await env.store.list_actions(action="suggestion.fail"))[0]
    assert "ErrorItemNotFound" in fail.details["cause"] and fail.actor == ACTOR


async def test_expired_sign_in_fails_retryably(env):
    _, suggestion_id = await twin(env, "Token")
    env.emulator.valid_tokens = {"a-newer-token"}

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "failed" and outcome.retryable
    assert outcome.failure == Failure(FailureKind.SIGN_IN_EXPIRED, retryable=True)
    env.emulator.valid_tokens = None
    assert (await env.approvals.retry(suggestion_id, actor=ACTOR)).status == "approved"


async def test_an_edit_after_a_failure_replaces_only_the_categories_we_added(env):
    email_id = await deliver(env, categories=("Personal",))
    suggestion_id = await suggest(env, email_id, priority=Priority.P2)
    env.emulator.inject("POST", r"/tasks$", status=400)
    assert (await env.approvals.approve(suggestion_id, actor=ACTOR)).status == "failed"

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR, edits={"priority": "P1"})

    categories = env.emulator.message(email_id).categories
    assert sorted(categories) == sorted(["Personal", "P1 - Urgent Important", "Needs Reply", AREA])
    [task] = env.tasks_for(email_id)
    assert task["categories"] == ["P1 - Urgent Important", AREA]
    assert outcome.email_categories == tuple(categories)


async def test_a_todo_list_deleted_in_todo_is_found_again_or_recreated(env):
    await approve_new(env)
    old_list = env.own_list_id()
    del env.emulator.todo.lists[old_list]

    email_id, _, outcome = await approve_new(env, subject="After the list was deleted")

    assert outcome.status == "approved"
    new_list = env.own_list_id()
    assert new_list != old_list
    [row] = await env.store.task_syncs_for_email(email_id)
    assert row.todo_list_id == new_list and row.todo_task_id == outcome.task_id


# -- dismiss ----------------------------------------------------------------------------------


async def test_dismissing_a_pending_suggestion_touches_nothing_in_outlook(env):
    email_id, suggestion_id = await twin(env, "Not for me")
    env.emulator.clear_requests()

    outcome = await env.approvals.dismiss(suggestion_id, actor=ACTOR)

    assert outcome.status == "dismissed" and outcome.graph_round_trips == 0
    assert env.emulator.requests == []
    assert (await env.store.get_suggestion(suggestion_id)).status == "dismissed"
    again = await env.approvals.approve(suggestion_id, actor=ACTOR)
    assert again.status == "unchanged"


def _task_made_and_lookups_fail(emu: Any) -> None:
    emu.drop_connection("PATCH", r"^/me/messages/")  # the batch made the task, its answer lost
    emu.inject("GET", r"/tasks$", status=500, times=5)  # and looking for it fails every retry


FAILED_WITH_A_TASK = {
    "categories fail": GRAPH_FAULTS["categories fail"][0],
    "task made, answer lost, lookups fail": _task_made_and_lookups_fail,
}


@pytest.mark.parametrize("fault", list(FAILED_WITH_A_TASK))
async def test_dismiss_deletes_the_task_of_a_failed_approval_and_leaves_the_email(env, fault):
    email_id, suggestion_id = await twin(env, "Half done")
    FAILED_WITH_A_TASK[fault](env.emulator)
    assert (await env.approvals.approve(suggestion_id, actor=ACTOR)).status == "failed"
    [task] = env.tasks_for(email_id)
    msg = env.emulator.message(email_id)
    folder, categories, change_key = msg.folder_id, list(msg.categories), msg.change_key
    mark = len(env.emulator.requests)

    outcome = await env.approvals.dismiss(suggestion_id, actor=ACTOR)

    assert outcome.status == "dismissed" and outcome.failure is None
    assert env.tasks_for(email_id) == []
    assert not [r for r in env.emulator.requests[mark:] if r.path.startswith("/me/messages")]
    assert (msg.folder_id, msg.categories, msg.change_key) == (folder, categories, change_key)
    assert all(r.status == "deleted" for r in await env.store.task_syncs_for_email(email_id))
    deletes = await env.store.list_actions(action="todo.task.delete")
    assert [d.target for d in deletes] == [task["id"]] and deletes[0].before["title"]
    dismissal = (await env.store.list_actions(action="suggestion.dismiss"))[0]
    assert dismissal.details == {"deleted_tasks": [task["id"]]} and dismissal.actor == ACTOR


async def test_dismiss_deletes_a_task_recorded_only_as_a_step(env, monkeypatch):
    email_id, suggestion_id = await twin(env, "No task_sync row")

    async def broken(**kwargs: Any) -> int:
        raise StoreError("disk full")

    monkeypatch.setattr(env.store, "add_task_sync", broken)
    with pytest.raises(StoreError):
        await env.approvals.approve(suggestion_id, actor=ACTOR)
    monkeypatch.undo()
    assert len(env.tasks_for(email_id)) == 1 and not await env.store.task_syncs_for_email(email_id)

    outcome = await env.approvals.dismiss(suggestion_id, actor=ACTOR)

    assert outcome.status == "dismissed" and env.tasks_for(email_id) == []


async def test_dismiss_never_deletes_a_task_outside_our_list(env):
    email_id, suggestion_id = await twin(env, "Owner's own task")
    await env.todo.ensure_list()
    builtin = next(
        x["id"] for x in env.emulator.todo_lists if x["wellknownListName"] == "defaultList"
    )
    owners = env.emulator.add_task(builtin, "Owner's task about this email")
    await env.store.add_task_sync(
        email_id=email_id, todo_task_id=owners["id"], todo_list_id=builtin, task_type="review"
    )

    outcome = await env.approvals.dismiss(suggestion_id, actor=ACTOR)

    assert outcome.status == "dismissed"
    assert [t["id"] for t in env.emulator.tasks(builtin)] == [owners["id"]]
    assert [(n.kind, n.task_id, n.backend) for n in outcome.notes] == [
        (NoteKind.TASK_NOT_IN_OWN_LIST, owners["id"], "todo")
    ]


async def test_a_dismiss_whose_task_delete_failed_can_be_finished_later(env):
    email_id, suggestion_id = await twin(env, "Throttled dismiss")
    FAILED_WITH_A_TASK["categories fail"](env.emulator)
    await env.approvals.approve(suggestion_id, actor=ACTOR)
    env.emulator.inject("DELETE", r"/tasks/", status=500)

    first = await env.approvals.dismiss(suggestion_id, actor=ACTOR)

    assert first.status == "dismissed" and first.retryable
    assert first.failure is not None and first.failure.during_dismiss
    assert first.failure.backend == "todo"
    assert len(env.tasks_for(email_id)) == 1
    second = await env.approvals.dismiss(suggestion_id, actor=ACTOR)
    assert second.status == "dismissed" and second.failure is None
    assert env.tasks_for(email_id) == []
    third = await env.approvals.dismiss(suggestion_id, actor=ACTOR)
    assert third.status == "unchanged"


UNANSWERED_DELETES = {
    # how the first DELETE goes unanswered; whether Graph carried it out; whether the first
    # dismiss finishes anyway (aiohttp re-sends a DELETE whose reused connection dropped)
    "504 after deleting": (
        lambda emu: emu.fail_after_applying("DELETE", r"/tasks/"),
        True,
        False,
    ),
    "dropped after deleting": (
        lambda emu: emu.fail_after_applying("DELETE", r"/tasks/", drop=True),
        True,
        True,
    ),
    "504 without deleting": (
        lambda emu: emu.inject("DELETE", r"/tasks/", status=504),
        False,
        False,
    ),
}


@pytest.mark.parametrize("fault", list(UNANSWERED_DELETES))
async def test_a_retried_dismiss_logs_an_unanswered_task_delete_once(env, fault):
    email_id, suggestion_id = await twin(env, "Unanswered delete")
    FAILED_WITH_A_TASK["categories fail"](env.emulator)
    await env.approvals.approve(suggestion_id, actor=ACTOR)
    [task] = env.tasks_for(email_id)
    inject, applied, finishes = UNANSWERED_DELETES[fault]
    inject(env.emulator)

    first = await env.approvals.dismiss(suggestion_id, actor=ACTOR)

    assert first.status == "dismissed" and first.retryable is not finishes
    assert len(env.tasks_for(email_id)) == (0 if applied else 1)
    if not finishes:
        second = await env.approvals.dismiss(suggestion_id, actor=ACTOR)
        assert second.status == "dismissed" and second.failure is None
    assert env.tasks_for(email_id) == []
    deletes = await env.store.list_actions(action="todo.task.delete")
    assert [d.target for d in deletes] == [task["id"]]
    assert deletes[0].before["title"] == task["title"] and deletes[0].actor == ACTOR
    finished = (await env.store.list_actions(action="suggestion.dismiss"))[0]
    assert finished.details == {"deleted_tasks": [task["id"]]}
    assert (await env.approvals.dismiss(suggestion_id, actor=ACTOR)).status == "unchanged"
    assert len(await env.store.list_actions(action="todo.task.delete")) == 1


async def test_approved_suggestions_cannot_be_dismissed(env):
    email_id, suggestion_id, _ = await approve_new(env, action=ActionType.REVIEW)
    outcome = await env.approvals.dismiss(suggestion_id, actor=ACTOR)
    assert outcome.status == "unchanged"
    assert len(env.tasks_for(email_id)) == 1


async def test_a_fresh_todo_api_keeps_the_foreign_list_guard(env):
    """The batched task POST uses TodoApi's guarded path builder, not a hand-made URL."""
    from core.errors import ForeignTaskList
    from core.microsoft.todo_backend import TodoBackend
    from core.triage.task_fields import build_task_draft

    email_id = await deliver(env)
    fresh = TodoApi(env.graph, env.store)
    builtin = next(
        x["id"] for x in env.emulator.todo_lists if x["wellknownListName"] == "defaultList"
    )
    draft = build_task_draft(
        await env.store.get_email(email_id),
        folder=AREA_FOLDER,
        priority=Priority.P2,
        action_type=ActionType.REVIEW,
        web_link=None,
        settings=env.settings,
    )
    with pytest.raises(ForeignTaskList):
        TodoBackend(fresh, env.store).batch_create_request(draft, container_id=builtin)
