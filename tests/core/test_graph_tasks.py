"""To Do and master categories against the Graph emulator over HTTP, with a real Store."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from core.errors import ForeignTaskList, GraphError
from core.microsoft.graph_models import DateTimeTimeZone
from core.microsoft.master_categories import CategoryApi
from core.microsoft.todo import TodoApi, TodoUnavailable
from core.microsoft.todo_models import LinkedResource, TaskChanges, TaskDraft, TodoTask
from core.store import Store
from core.vocabulary import STATE_TODO_DISABLED_REASON, STATE_TODO_ENABLED, STATE_TODO_LIST_ID

LISTS = "/me/todo/lists"
ACTOR = "test:owner"


@pytest.fixture
def todo(graph, store: Store) -> TodoApi:
    return TodoApi(graph, store, list_name="AI Assistant", time_zone="Europe/Berlin")


def draft(external_id: str = "AAMkImmutable-1", **overrides) -> TaskDraft:
    fields: dict[str, Any] = {
        "title": "Reply to Ana re: Steel order",
        "body": "From: Ana\nCan you confirm the delivery date?",
        "status": "notStarted",
        "importance": "high",
        "categories": ("P2 - Important", "Sales & Prospects"),
        "link": LinkedResource(
            external_id=external_id,
            web_url=f"https://outlook.office365.com/owa/?ItemID={external_id}",
            display_name="Steel order",
        ),
    }
    fields.update(overrides)
    return TaskDraft(**fields)


def list_gets(emulator) -> list:
    return [r for r in emulator.requests if r.method == "GET" and r.path == LISTS]


def builtin_tasks_list_id(emulator) -> str:
    return next(x["id"] for x in emulator.todo_lists if x["wellknownListName"] == "defaultList")


async def test_finds_own_list_among_many_pages_without_filter(emulator, todo, store):
    for n in range(24):
        emulator.add_todo_list(f"Project list {n}")
    emulator.add_todo_list("AI Assistant (archive)")
    wanted = emulator.add_todo_list("ai assistant")

    list_id = await todo.ensure_list(actor=ACTOR)

    assert list_id == wanted
    assert await store.get_state(STATE_TODO_LIST_ID) == wanted
    gets = list_gets(emulator)
    assert len(gets) > 1, "27 lists fit on one page: paging was not exercised"
    assert all("$filter" not in r.query for r in emulator.requests)
    assert not [r for r in emulator.requests if r.method == "POST"]


async def test_does_not_adopt_a_builtin_list_with_our_name(emulator, todo):
    emulator.add_todo_list("AI Assistant", wellknown="flaggedEmails")

    list_id = await todo.ensure_list(actor=ACTOR)

    ours = [x for x in emulator.todo_lists if x["id"] == list_id]
    assert ours[0]["wellknownListName"] == "none"


async def test_creates_list_when_absent_and_logs_it(emulator, todo, store):
    list_id = await todo.ensure_list(actor=ACTOR)

    posts = [r for r in emulator.requests if r.method == "POST" and r.path == LISTS]
    assert [p.json for p in posts] == [{"displayName": "AI Assistant"}]
    assert any(
        x["id"] == list_id and x["displayName"] == "AI Assistant" for x in emulator.todo_lists
    )
    assert await store.get_state(STATE_TODO_LIST_ID) == list_id
    logged = await store.list_actions(action="todo.list.create")
    assert [(a.actor, a.target) for a in logged] == [(ACTOR, list_id)]


async def test_cached_list_id_is_reused_without_listing(emulator, graph, store):
    first = TodoApi(graph, store)
    list_id = await first.ensure_list(actor=ACTOR)
    emulator.clear_requests()

    task = await TodoApi(graph, store).create_task(draft(), actor=ACTOR)

    assert list_gets(emulator) == []
    assert [r.path for r in emulator.requests] == [f"{LISTS}/{list_id}/tasks"]
    assert [t["id"] for t in emulator.tasks(list_id)] == [task.id]


async def test_list_deleted_by_owner_is_found_again_and_the_call_retried(
    emulator, graph, todo, store
):
    old_id = await todo.ensure_list(actor=ACTOR)
    await graph.request("DELETE", f"{LISTS}/{old_id}")  # the owner deletes it in To Do
    emulator.clear_requests()

    task = await todo.create_task(draft(), actor=ACTOR)

    new_id = await store.get_state(STATE_TODO_LIST_ID)
    assert new_id and new_id != old_id
    assert [t["id"] for t in emulator.tasks(new_id)] == [task.id]
    steps = [(r.method, r.path, r.status) for r in emulator.requests]
    assert steps[0] == ("POST", f"{LISTS}/{old_id}/tasks", 404)
    assert ("POST", LISTS, 201) in steps
    assert steps[-1] == ("POST", f"{LISTS}/{new_id}/tasks", 201)
    assert sum(1 for s in steps if s[0] == "POST" and s[1].endswith("/tasks")) == 2


async def test_missing_task_is_not_mistaken_for_a_missing_list(emulator, todo, store):
    list_id = await todo.ensure_list(actor=ACTOR)
    emulator.clear_requests()

    assert await todo.get_task("no-such-task") is None
    assert await todo.delete_task("no-such-task", actor=ACTOR) is False

    assert await store.get_state(STATE_TODO_LIST_ID) == list_id
    assert not [r for r in emulator.requests if r.method == "POST"]


@pytest.mark.parametrize(
    ("availability", "status", "kind"),
    [
        ("forbidden", 403, TodoUnavailable.FORBIDDEN),
        ("not_enabled", 404, TodoUnavailable.NOT_LICENSED),
        ("unauthorized", 401, TodoUnavailable.UNAUTHORIZED),
    ],
)
async def test_probe_turns_todo_off_with_a_reason_and_raises_nothing(
    emulator, todo, store, caplog, availability, status, kind
):
    emulator.todo_availability = availability

    with caplog.at_level(logging.WARNING, logger="core.microsoft"):
        probe = await todo.probe()

    assert (probe.enabled, probe.unavailable, probe.status) == (False, kind, status)
    assert await store.get_state(STATE_TODO_ENABLED) == "false"
    stored = await store.get_state(STATE_TODO_DISABLED_REASON)
    assert stored == kind.value
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and str(status) in warnings[0].getMessage()
    assert [(r.path, r.query.get("$top"), r.status) for r in emulator.requests] == [
        (LISTS, "1", status)
    ]


async def test_probe_success_turns_todo_on(emulator, todo, store):
    await store.set_state(STATE_TODO_ENABLED, "false")
    await store.set_state(STATE_TODO_DISABLED_REASON, "old reason")

    assert (await todo.probe()).enabled is True

    assert await store.get_state(STATE_TODO_ENABLED) == "true"
    assert await store.get_state(STATE_TODO_DISABLED_REASON) is None


async def test_create_task_sends_one_linked_resource_and_explicit_dates(emulator, todo, store):
    reminder = datetime(2026, 3, 5, 8, 30, tzinfo=UTC)

    task = await todo.create_task(
        draft(due=date(2026, 3, 3), reminder=reminder), actor=ACTOR, email_id=None
    )

    post = next(r for r in emulator.requests if r.method == "POST" and r.path.endswith("/tasks"))
    assert post.status == 201
    assert post.json["linkedResources"] == [
        {
            "externalId": "AAMkImmutable-1",
            "webUrl": "https://outlook.office365.com/owa/?ItemID=AAMkImmutable-1",
            "applicationName": "Outlook AI Assistant",
            "displayName": "Steel order",
        }
    ]
    assert post.json["dueDateTime"] == {
        "dateTime": "2026-03-03T00:00:00",
        "timeZone": "Europe/Berlin",
    }
    assert post.json["isReminderOn"] is True
    assert post.json["reminderDateTime"] == {"dateTime": "2026-03-05T08:30:00", "timeZone": "UTC"}
    assert post.json["categories"] == ["P2 - Important", "Sales & Prospects"]
    assert (task.status, task.importance, task.due_date) == ("notStarted", "high", date(2026, 3, 3))
    assert [link.external_id for link in task.linked_resources] == ["AAMkImmutable-1"]
    stored = emulator.tasks(await store.get_state(STATE_TODO_LIST_ID))
    assert len(stored) == 1 and len(stored[0]["linkedResources"]) == 1
    logged = await store.list_actions(action="todo.task.create")
    assert [(a.actor, a.target) for a in logged] == [(ACTOR, task.id)]


async def test_emulator_rejects_two_inline_linked_resources(emulator, graph, todo):
    list_id = await todo.ensure_list(actor=ACTOR)
    links = [{"webUrl": "https://a", "externalId": "a"}, {"webUrl": "https://b", "externalId": "b"}]

    with pytest.raises(GraphError) as caught:
        await graph.request(
            "POST", f"{LISTS}/{list_id}/tasks", json={"title": "x", "linkedResources": links}
        )

    assert caught.value.status == 400
    assert emulator.tasks(list_id) == []


def test_draft_title_is_truncated_to_255_characters():
    long = draft(title="Reply to Ana re: " + "x" * 400)
    assert len(long.title) == 255 and long.title.startswith("Reply to Ana re: xxx")
    with pytest.raises(ValueError):
        draft(title="   ")
    with pytest.raises(ValueError):
        draft(reminder=datetime(2026, 1, 1, 9, 0))


async def test_update_patches_only_changed_fields(emulator, todo, store):
    task = await todo.create_task(draft(), actor=ACTOR)
    emulator.clear_requests()

    done = await todo.update_task(
        task.id, TaskChanges(status="completed", importance="high"), actor=ACTOR
    )
    unchanged = await todo.update_task(
        task.id, TaskChanges(status="completed"), actor=ACTOR, current=done
    )

    patches = [r for r in emulator.requests if r.method == "PATCH"]
    assert [p.json for p in patches] == [{"status": "completed"}]
    assert done.status == "completed" and unchanged.status == "completed"
    logged = await store.list_actions(action="todo.task.update")
    assert len(logged) == 1
    assert logged[0].before["status"] == "notStarted" and logged[0].after["status"] == "completed"


async def test_delete_task_logs_what_is_needed_to_recreate_it(emulator, todo, store):
    task = await todo.create_task(draft(), actor=ACTOR)
    list_id = await store.get_state(STATE_TODO_LIST_ID)

    assert await todo.delete_task(task.id, actor=ACTOR) is True

    assert emulator.tasks(list_id) == []
    [logged] = await store.list_actions(action="todo.task.delete")
    assert logged.target == task.id and logged.actor == ACTOR
    assert logged.before["title"] == "Reply to Ana re: Steel order"
    assert logged.before["linkedResources"][0]["externalId"] == "AAMkImmutable-1"


async def test_find_task_by_external_id_for_idempotent_retries(emulator, todo):
    assert await todo.find_task_by_external_id("AAMk-1") is None  # no list yet: no creation
    assert not [x for x in emulator.todo_lists if x["displayName"] == "AI Assistant"]
    await todo.create_task(draft("AAMk-1"), actor=ACTOR)
    second = await todo.create_task(draft("AAMk-2", title="Second"), actor=ACTOR)
    emulator.clear_requests()

    found = await todo.find_task_by_external_id("AAMk-2")

    assert found is not None and found.id == second.id and found.title == "Second"
    assert await todo.find_task_by_external_id("aamk-2") is None  # ids are case-sensitive
    assert all(r.query.get("$expand") == "linkedResources" for r in emulator.requests)


async def test_list_open_tasks_filters_completed_and_follows_pages(emulator, todo):
    tasks = [await todo.create_task(draft(f"id-{n}"), actor=ACTOR) for n in range(13)]
    await todo.update_task(tasks[0].id, TaskChanges(status="completed"), actor=ACTOR)
    emulator.clear_requests()

    open_tasks = await todo.list_open_tasks()

    assert sorted(t.id for t in open_tasks) == sorted(t.id for t in tasks[1:])
    assert emulator.requests[0].query["$filter"] == "status ne 'completed'"


async def _call(todo: TodoApi, operation: str, list_id: str):
    if operation == "create":
        return await todo.create_task(draft(), actor=ACTOR, list_id=list_id)
    if operation == "get":
        return await todo.get_task("any", list_id=list_id)
    if operation == "find":
        return await todo.find_task_by_external_id("AAMk-1", list_id=list_id)
    if operation == "list_open":
        return await todo.list_open_tasks(list_id=list_id)
    if operation == "update":
        return await todo.update_task(
            "any", TaskChanges(status="completed"), actor=ACTOR, list_id=list_id
        )
    return await todo.delete_task("any", actor=ACTOR, list_id=list_id)


@pytest.mark.parametrize("operation", ["create", "get", "find", "list_open", "update", "delete"])
async def test_every_task_call_refuses_a_foreign_list(emulator, todo, operation):
    await todo.ensure_list(actor=ACTOR)
    foreign = builtin_tasks_list_id(emulator)
    emulator.clear_requests()

    with pytest.raises(ForeignTaskList):
        await _call(todo, operation, foreign)

    assert emulator.requests == []


async def test_foreign_list_refused_before_own_list_exists(emulator, todo):
    foreign = builtin_tasks_list_id(emulator)

    with pytest.raises(ForeignTaskList):
        await todo.create_task(draft(), actor=ACTOR, list_id=foreign)

    assert all(foreign not in r.path for r in emulator.requests)
    assert emulator.tasks(foreign) == []


async def test_explicit_own_list_id_is_accepted(emulator, todo):
    own = await todo.ensure_list(actor=ACTOR)
    task = await todo.create_task(draft(), actor=ACTOR, list_id=own)
    fetched = await todo.get_task(task.id, list_id=own)
    assert fetched is not None and (fetched.id, fetched.title) == (task.id, task.title)


async def test_master_categories_create_list_delete(emulator, graph, store):
    api = CategoryApi(graph)

    outcome = await api.create("Client Support", "preset10", store=store, actor=ACTOR)
    listed = await api.list()
    deleted = await api.delete(outcome.category, store=store, actor=ACTOR)

    assert outcome.created and outcome.category.color == "preset10"
    assert [(c.display_name, c.color) for c in listed] == [("Client Support", "preset10")]
    assert deleted and emulator.categories == []
    [gone] = await store.list_actions(action="category.delete")
    assert gone.before == {
        "id": outcome.category.id,
        "displayName": "Client Support",
        "color": "preset10",
    }


@pytest.mark.parametrize(
    ("status", "message"),
    [(409, "A category with this name already exists."), (400, "Category already exists.")],
)
async def test_create_conflict_returns_the_existing_category_with_its_colour(
    emulator, graph, store, status, message
):
    existing = emulator.add_category("needs reply", "preset4")
    emulator.inject(
        "POST",
        r"^/me/outlook/masterCategories$",
        status=status,
        body={"error": {"code": "ErrorDuplicateCategory", "message": message}},
    )

    outcome = await CategoryApi(graph).create("Needs Reply", "preset3", store=store, actor=ACTOR)

    assert not outcome.created
    assert (outcome.category.id, outcome.category.color) == (existing, "preset4")
    assert await store.list_actions(action="category.create") == []


async def test_create_refuses_an_unknown_colour_before_any_request(emulator, graph, store):
    with pytest.raises(ValueError):
        await CategoryApi(graph).create("X", "red", store=store, actor=ACTOR)
    assert emulator.requests == []


async def test_other_create_errors_are_raised(emulator, graph, store):
    emulator.inject("POST", r"^/me/outlook/masterCategories$", status=400)
    with pytest.raises(GraphError):
        await CategoryApi(graph).create("X", "preset1", store=store, actor=ACTOR)


async def test_probe_survives_a_transient_failure_without_recording_a_verdict(
    emulator, todo, store, sleeps
):
    hostile = {"error": {"code": "ServiceUnavailable", "message": "<!channel> click evil.example"}}
    emulator.inject("GET", r"^/me/todo/lists$", status=503, body=hostile, times=20)

    probe = await todo.probe()

    assert (probe.enabled, probe.unavailable, probe.status) == (
        False,
        TodoUnavailable.TRANSIENT,
        503,
    )
    assert await store.get_state(STATE_TODO_ENABLED) is None
    assert sleeps.calls, "the transport retried before giving up"


async def test_update_sends_dates_body_title_and_categories_only_when_they_change(emulator, todo):
    task = await todo.create_task(draft(due=date(2026, 3, 3)), actor=ACTOR)
    reminder = datetime(2026, 3, 4, 7, 0, tzinfo=UTC)
    emulator.clear_requests()

    updated = await todo.update_task(
        task.id,
        TaskChanges(
            title="Reply to Ana re: Steel order",  # unchanged
            body="New context",
            due=date(2026, 3, 10),
            reminder=reminder,
            categories=("P1 - Urgent Important",),
        ),
        actor=ACTOR,
    )

    [patch] = [r.json for r in emulator.requests if r.method == "PATCH"]
    assert patch == {
        "body": {"content": "New context", "contentType": "text"},
        "categories": ["P1 - Urgent Important"],
        "dueDateTime": {"dateTime": "2026-03-10T00:00:00", "timeZone": "Europe/Berlin"},
        "reminderDateTime": {"dateTime": "2026-03-04T07:00:00", "timeZone": "UTC"},
        "isReminderOn": True,
    }
    assert updated.due_date == date(2026, 3, 10)
    assert updated.reminder == reminder and updated.is_reminder_on
    assert updated.body_text == "New context"


async def test_due_datetime_becomes_the_local_date_of_the_owner(emulator, todo):
    # 23:30 UTC on 3 March is already 4 March in Berlin.
    late = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)

    task = await todo.create_task(draft(due=late), actor=ACTOR)

    assert task.due_date == date(2026, 3, 4)


async def test_reads_after_the_list_was_deleted_return_nothing_and_create_nothing(
    emulator, graph, todo, store
):
    old_id = await todo.ensure_list(actor=ACTOR)
    await graph.request("DELETE", f"{LISTS}/{old_id}")
    emulator.clear_requests()

    assert await todo.list_open_tasks() == []

    assert await store.get_state(STATE_TODO_LIST_ID) is None
    assert not [r for r in emulator.requests if r.method == "POST"]


async def test_duplicate_lists_with_our_name_use_the_first_and_warn(emulator, todo, caplog):
    first = emulator.add_todo_list("AI Assistant")
    emulator.add_todo_list("AI Assistant")

    with caplog.at_level(logging.WARNING, logger="core.microsoft"):
        assert await todo.ensure_list(actor=ACTOR) == first

    assert any("Found 2 To Do lists" in m for m in caplog.messages)


async def test_malformed_graph_answer_is_a_graph_error(emulator, todo):
    emulator.inject("POST", r"^/me/todo/lists$", status=201, body={"displayName": "no id"})

    with pytest.raises(GraphError, match="malformed TodoTaskList"):
        await todo.ensure_list(actor=ACTOR)


def test_the_task_url_builder_refuses_a_list_it_never_resolved(emulator, todo):
    with pytest.raises(ForeignTaskList):
        todo._tasks_path(builtin_tasks_list_id(emulator))


def test_changes_patch_only_what_differs_from_the_current_task():
    current = TodoTask._from_graph(
        {
            "id": "t1",
            "title": "Old",
            "status": "notStarted",
            "importance": "normal",
            "isReminderOn": True,
            "reminderDateTime": {"dateTime": "2026-03-04T07:00:00.0000000", "timeZone": "UTC"},
            "dueDateTime": {"dateTime": "2026-03-03T00:00:00.0000000", "timeZone": "UTC"},
        }
    )
    same = TaskChanges(
        title=" Old ",
        status="notStarted",
        importance="normal",
        due=date(2026, 3, 3),
        reminder=datetime(2026, 3, 4, 7, 0, tzinfo=UTC),
    )
    assert same._patch_for(current, "UTC") == {}
    changed = TaskChanges(title="New  title", importance="low", reminder_on=False)
    assert changed._patch_for(current, "UTC") == {
        "title": "New title",
        "importance": "low",
        "isReminderOn": False,
    }
    with pytest.raises(ValueError):
        TaskChanges(title=" ")
    with pytest.raises(ValueError):
        TaskChanges(reminder=datetime(2026, 3, 4, 7, 0))


def test_windows_time_zone_names_are_read_in_their_iana_zone():
    when = DateTimeTimeZone(date_time="2026-03-04T07:00:00", time_zone="W. Europe Standard Time")
    assert when.as_datetime() == datetime(2026, 3, 4, 7, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert when.as_date() == date(2026, 3, 4)
    unknown = DateTimeTimeZone(date_time="2026-03-04T07:00:00", time_zone="Atlantis Time")
    assert unknown.as_datetime() == datetime(2026, 3, 4, 7, 0)  # naive: the zone is unknown
    with pytest.raises(ValueError):
        DateTimeTimeZone.for_instant(datetime(2026, 3, 4, 7, 0))


async def test_conflict_without_a_matching_category_is_raised(emulator, graph, store):
    emulator.inject("POST", r"^/me/outlook/masterCategories$", status=409)

    with pytest.raises(GraphError) as caught:
        await CategoryApi(graph).create("Ghost", "preset1", store=store, actor=ACTOR)

    assert caught.value.status == 409


async def test_deleting_a_category_that_is_already_gone_is_not_logged(emulator, graph, store):
    api = CategoryApi(graph)
    outcome = await api.create("Temp", "preset1", store=store, actor=ACTOR)
    await graph.request("DELETE", f"/me/outlook/masterCategories/{outcome.category.id}")

    assert await api.delete(outcome.category, store=store, actor=ACTOR) is False
    assert await store.list_actions(action="category.delete") == []


async def test_task_calls_after_the_list_was_deleted_report_the_task_as_gone(
    emulator, graph, todo, store
):
    task = await todo.create_task(draft(), actor=ACTOR)
    old_id = await store.get_state(STATE_TODO_LIST_ID)
    await graph.request("DELETE", f"{LISTS}/{old_id}")

    assert await todo.get_task(task.id) is None
    assert await todo.delete_task(task.id, actor=ACTOR) is False

    assert await store.get_state(STATE_TODO_LIST_ID) not in (None, old_id)


async def test_a_mailbox_without_todo_is_not_mistaken_for_a_deleted_list(emulator, todo, store):
    list_id = await todo.ensure_list(actor=ACTOR)
    emulator.inject(
        "POST",
        r"/tasks$",
        status=404,
        body={
            "error": {
                "code": "MailboxNotEnabledForRESTAPI",
                "message": "REST API is not yet supported for this mailbox.",
            }
        },
    )

    with pytest.raises(GraphError):
        await todo.create_task(draft(), actor=ACTOR)

    assert await store.get_state(STATE_TODO_LIST_ID) == list_id


def test_naive_due_datetime_keeps_its_calendar_date():
    body = draft(due=datetime(2026, 3, 3, 23, 30))._to_graph("Europe/Berlin")
    assert body["dueDateTime"] == {"dateTime": "2026-03-03T00:00:00", "timeZone": "Europe/Berlin"}
    assert "isReminderOn" not in body and "reminderDateTime" not in body


# --- creates whose answer is lost --------------------------------------------------------------


@pytest.mark.parametrize("drop", [False, True], ids=["504", "dropped connection"])
async def test_a_task_created_but_unanswered_is_found_not_created_twice(
    emulator, todo, store, drop
):
    list_id = await todo.ensure_list(actor=ACTOR)
    emulator.fail_after_applying("POST", r"/tasks$", drop=drop)

    task = await todo.create_task(draft("AAMk-lost"), actor=ACTOR, email_id="AAMk-lost")

    [made] = emulator.tasks(list_id)
    assert task.id == made["id"]
    posts = [r for r in emulator.requests if r.method == "POST" and r.path.endswith("/tasks")]
    assert len(posts) == 1
    [logged] = await store.list_actions(action="todo.task.create")
    assert logged.target == task.id and logged.details["confirmed"] is False


async def test_a_task_create_that_did_not_happen_is_posted_again_after_looking(emulator, todo):
    list_id = await todo.ensure_list(actor=ACTOR)
    emulator.inject("POST", r"/tasks$", status=504)  # this one was NOT applied

    task = await todo.create_task(draft("AAMk-retry"), actor=ACTOR)

    assert [t["id"] for t in emulator.tasks(list_id)] == [task.id]
    methods = [r.method for r in emulator.requests if "/tasks" in r.path]
    assert methods == ["POST", "GET", "POST"]


async def test_the_own_list_created_but_unanswered_is_found_not_created_twice(emulator, todo):
    emulator.fail_after_applying("POST", rf"^{LISTS}$")

    list_id = await todo.ensure_list(actor=ACTOR)

    ours = [x for x in emulator.todo_lists if x["displayName"] == "AI Assistant"]
    assert [x["id"] for x in ours] == [list_id]
