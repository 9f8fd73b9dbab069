"""The approval executor against the Graph emulator over HTTP: mapping, categories, round trips.

Shared fixtures for every test_approval_*.py module live here: `env` wires the real GraphClient,
MailApi, TodoApi, Store and ApprovalService to the emulator; `deliver` puts an email in the Inbox
and the store; `suggest` stores a suggestion for it. Every test ends with the autonomy check
(`check_boundaries`): no email deleted or sent, no category created, recoloured or deleted, and
no task written outside the assistant's own list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.categories import managed_categories
from core.config.settings import Settings
from core.microsoft.mail import MailApi
from core.microsoft.mail_sync import email_record
from core.microsoft.todo import TodoApi
from core.store import Store
from core.triage.approval import ApprovalService
from core.triage.classification import INBOX
from core.triage.failures import Failure, FailureKind
from core.triage.outcome_notes import NoteKind, OutcomeNote
from core.vocabulary import STATE_TODO_ENABLED, ActionType, Priority

ACTOR = "slack:U012AB3CD"
PROJECT_FOLDER = "Projects/Tradecore Steel"
AREA_FOLDER = "Areas/Sales"
AREA = "Sales & Prospects"
RECEIVED = datetime(2026, 3, 2, 22, 30, 15, tzinfo=UTC)


def make_settings(*, todo: bool = True, action_types: tuple[str, ...] | None = None) -> Settings:
    todo_section: dict[str, Any] = {"enabled": todo}
    if action_types is not None:
        todo_section["create_for_action_types"] = list(action_types)
    return Settings.model_validate(
        {
            "projects": [{"name": "Tradecore Steel Implementation", "folder": PROJECT_FOLDER}],
            "areas": [
                {"name": AREA, "folder": AREA_FOLDER},
                {"name": "Development Team", "folder": "Areas/Dev"},
            ],
            "integrations": {"todo": todo_section},
        }
    )


@dataclass
class Env:
    """Everything one approval test drives and inspects."""

    emulator: Any
    graph: Any
    store: Store
    mail: MailApi
    todo: TodoApi
    settings: Settings
    service: ApprovalService | None = None

    def new_service(self, **overrides: Any) -> ApprovalService:
        """Build a service as a fresh process would: new MailApi and TodoApi, same store."""
        self.mail = MailApi(self.graph)
        self.todo = TodoApi(self.graph, self.store)
        self.service = ApprovalService(
            graph=self.graph,
            mail=self.mail,
            todo=self.todo,
            store=self.store,
            settings=lambda: self.settings,
            **overrides,
        )
        return self.service

    @property
    def approvals(self) -> ApprovalService:
        assert self.service is not None
        return self.service

    def own_list_id(self) -> str:
        return next(x["id"] for x in self.emulator.todo_lists if x["displayName"] == "AI Assistant")

    def tasks_for(self, email_id: str) -> list[dict[str, Any]]:
        return [
            task
            for todo_list in self.emulator.todo_lists
            for task in self.emulator.tasks(todo_list["id"])
            if any(link["externalId"] == email_id for link in task["linkedResources"])
        ]

    def successes(self, method: str, pattern: str) -> list[Any]:
        regex = re.compile(pattern)
        return [
            r
            for r in self.emulator.requests
            if r.method == method and regex.search(r.path) and 200 <= r.status < 300
        ]


@pytest.fixture
async def env(emulator, graph, store):
    settings = make_settings()
    for spec in managed_categories(settings):
        emulator.add_category(spec.name, spec.color)
    environment = Env(emulator, graph, store, MailApi(graph), TodoApi(graph, store), settings)
    environment.new_service()
    yield environment
    check_boundaries(emulator)


def check_boundaries(emulator) -> None:
    """Check the autonomy boundaries against every request the emulator saw."""
    # Lists of the owner: the built-in ones and any other list that still exists.
    foreign = {x["id"] for x in emulator.todo_lists if x["displayName"] != "AI Assistant"}
    for r in emulator.requests:
        where = f"{r.method} {r.path}"
        assert not (r.method == "DELETE" and r.path.startswith("/me/messages")), where
        assert not re.search(r"/(send|sendMail|reply|replyAll|forward|createReply)$", r.path), where
        if "masterCategories" in r.path:
            assert r.method == "GET", f"categories are never created or changed here: {where}"
        task_write = re.match(r"^/me/todo/lists/([^/]+)/tasks", r.path)
        if task_write and r.method != "GET":
            assert task_write.group(1) not in foreign, f"task written outside our list: {where}"


async def deliver(
    env: Env,
    *,
    subject: str = "Steel order for Q3",
    sender_name: str = "Ana Costa",
    sender_address: str = "ana@tradecore-steel.example",
    body: str = "Can you confirm the delivery date for the Q3 coil order by Friday?",
    received: datetime = RECEIVED,
    categories: tuple[str, ...] = (),
) -> str:
    """Put an email in the Inbox and in the store; return its immutable id."""
    msg = env.emulator.add_message(
        "Inbox",
        subject=subject,
        sender_name=sender_name,
        sender_address=sender_address,
        body=body,
        received=received,
        categories=categories,
    )
    record = email_record(await env.mail.get_message(msg.immutable_id))
    await env.store.upsert_emails([record])
    return record.id


async def suggest(
    env: Env,
    email_id: str,
    *,
    folder: str = AREA_FOLDER,
    priority: Priority = Priority.P2,
    action: ActionType = ActionType.NEEDS_REPLY,
) -> int:
    return await env.store.create_suggestion(
        email_id=email_id,
        folder=folder,
        priority=priority.value,
        action_type=action.value,
        confidence=0.9,
        reason="test",
        classifier="heuristic",
    )


async def approve_new(env: Env, **kwargs: Any):
    """Deliver, suggest and approve one email; return (email id, suggestion id, outcome)."""
    email_fields = {
        k: kwargs.pop(k) for k in list(kwargs) if k not in ("folder", "priority", "action")
    }
    email_id = await deliver(env, **email_fields)
    suggestion_id = await suggest(env, email_id, **kwargs)
    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)
    return email_id, suggestion_id, outcome


def date_of(moment: datetime) -> str:
    return f"{moment.date().isoformat()}T00:00:00.0000000"


# -- task field mapping ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "status", "title"),
    [
        (ActionType.NEEDS_REPLY, "notStarted", "Reply to Ana Costa re: Steel order for Q3"),
        (
            ActionType.WAITING_FOR,
            "waitingOnOthers",
            "Follow up with Ana Costa re: Steel order for Q3",
        ),
        (ActionType.REVIEW, "notStarted", "Review Steel order for Q3 from Ana Costa"),
        (ActionType.DELEGATED, "inProgress", "Check delegated: Steel order for Q3"),
    ],
)
async def test_action_type_gives_task_status_and_title(env, action, status, title):
    email_id, _, outcome = await approve_new(env, action=action)

    [task] = env.tasks_for(email_id)
    assert outcome.status == "approved"
    assert (task["status"], task["title"]) == (status, title)
    assert outcome.task_title == title and outcome.task_id == task["id"]


async def test_a_reply_titles_its_task_by_topic_without_re_and_fw(env):
    email_id, _, outcome = await approve_new(env, subject="RE: FW: Steel order for Q3")

    [task] = env.tasks_for(email_id)
    assert task["title"] == "Reply to Ana Costa re: Steel order for Q3"
    assert task["linkedResources"][0]["displayName"] == "RE: FW: Steel order for Q3"


@pytest.mark.parametrize(
    ("priority", "importance"),
    [(Priority.P1, "high"), (Priority.P2, "high"), (Priority.P3, "normal"), (Priority.P4, "low")],
)
async def test_priority_gives_task_importance(env, priority, importance):
    email_id, _, _ = await approve_new(env, priority=priority)

    [task] = env.tasks_for(email_id)
    assert task["importance"] == importance
    assert task["categories"] == [priority.value, AREA]


async def test_due_date_reminder_body_and_link_follow_the_mapping(env):
    email_id, _, outcome = await approve_new(env)

    [task] = env.tasks_for(email_id)
    moved = await env.mail.get_message(email_id)
    assert task["dueDateTime"] == {
        "dateTime": date_of(RECEIVED + timedelta(hours=48)),
        "timeZone": "UTC",
    }
    reminder = (RECEIVED + timedelta(hours=96)).strftime("%Y-%m-%dT%H:%M:%S.0000000")
    assert task["reminderDateTime"] == {"dateTime": reminder, "timeZone": "UTC"}
    assert task["isReminderOn"] is True
    assert task["body"] == {
        "content": (
            "From: Ana Costa <ana@tradecore-steel.example>\n"
            "Can you confirm the delivery date for the Q3 coil order by Friday?\n\n"
            f"Classified: {AREA_FOLDER} | P2 - Important"
        ),
        "contentType": "text",
    }
    [link] = task["linkedResources"]
    assert link["webUrl"] == moved.web_link, "the link must be the webLink after the move"
    assert link["externalId"] == email_id
    assert link["applicationName"] == "Outlook AI Assistant"
    assert link["displayName"] == "Steel order for Q3"
    assert outcome.task_web_url and task["id"] in outcome.task_web_url.replace("%3D", "=")


async def test_thresholds_come_from_config_and_the_due_date_is_a_local_date(env):
    env.settings = env.settings.model_copy(
        update={"triage": env.settings.triage.model_copy(update={"nudge_after_hours": 24})}
    )
    env.todo = TodoApi(env.graph, env.store, time_zone="Pacific/Auckland")
    env.service = ApprovalService(
        graph=env.graph,
        mail=env.mail,
        todo=env.todo,
        store=env.store,
        settings=lambda: env.settings,
    )
    email_id, _, _ = await approve_new(env)

    [task] = env.tasks_for(email_id)
    # 22:30 UTC + 24 h is already the next morning in Auckland (UTC+13 in March).
    local_day = (RECEIVED + timedelta(hours=24, minutes=13 * 60)).date()
    assert task["dueDateTime"]["dateTime"] == f"{local_day.isoformat()}T00:00:00.0000000"


async def test_body_keeps_only_the_first_200_characters_of_the_preview(env):
    words = " ".join(f"word{n}" for n in range(80))
    email_id, _, _ = await approve_new(env, body=words)

    [task] = env.tasks_for(email_id)
    preview_line = task["body"]["content"].split("\n")[1]
    assert preview_line == words[:200]


async def test_title_is_cut_to_255_characters(env):
    email_id, _, outcome = await approve_new(env, subject="Quarterly steel " * 40)

    [task] = env.tasks_for(email_id)
    assert len(task["title"]) == 255 and task["title"].endswith("…")
    assert task["title"].startswith("Reply to Ana Costa re: Quarterly steel Quarterly")
    assert outcome.task_title == task["title"]


@pytest.mark.parametrize(
    ("action", "title"),
    [
        (ActionType.FYI_ONLY, "Read Steel order for Q3 from Ana Costa"),
        (ActionType.SCHEDULED, "Prepare for Steel order for Q3 from Ana Costa"),
    ],
)
async def test_other_action_types_get_a_task_when_configured(env, action, title):
    env.settings = make_settings(action_types=(action.value,))
    email_id, _, _ = await approve_new(env, action=action)

    [task] = env.tasks_for(email_id)
    assert (task["title"], task["status"]) == (title, "notStarted")


async def test_empty_subject_and_sender_name_still_make_a_readable_task(env):
    email_id, _, _ = await approve_new(env, subject="  ", sender_name="")

    [task] = env.tasks_for(email_id)
    assert task["title"] == "Reply to ana@tradecore-steel.example re: (no subject)"
    assert task["linkedResources"][0]["displayName"] == "(no subject)"
    assert task["body"]["content"].startswith("From: ana@tradecore-steel.example\n")


# -- categories -------------------------------------------------------------------------------


async def test_email_gets_priority_action_and_area_merged_with_its_own(env):
    email_id, _, outcome = await approve_new(env, categories=("Personal", "p2 - important"))

    msg = env.emulator.message(email_id)
    assert msg.categories == ["Personal", "p2 - important", "Needs Reply", AREA]
    assert outcome.email_categories == tuple(msg.categories)
    [task] = env.tasks_for(email_id)
    assert task["categories"] == ["P2 - Important", AREA], "no action type on the task"


async def test_project_folder_gives_no_area_category(env):
    email_id, _, _ = await approve_new(env, folder=PROJECT_FOLDER)

    assert env.emulator.message(email_id).categories == ["P2 - Important", "Needs Reply"]
    [task] = env.tasks_for(email_id)
    assert task["categories"] == ["P2 - Important"]
    assert env.emulator.folder_path(env.emulator.message(email_id).folder_id) == PROJECT_FOLDER


async def test_missing_area_category_is_applied_by_name_and_noted(emulator, env):
    emulator.category_store.delete(emulator.category_store.by_name(AREA)["id"])

    email_id, _, outcome = await approve_new(env)

    assert AREA in emulator.message(email_id).categories
    assert OutcomeNote(NoteKind.CATEGORY_APPLIED_BY_NAME, category=AREA) in outcome.notes
    assert emulator.category_store.by_name(AREA) is None, "bootstrap owns category creation"


async def test_nothing_to_patch_when_the_email_already_has_every_category(env):
    email_id, _, outcome = await approve_new(
        env, categories=("P2 - Important", "Needs Reply", AREA)
    )

    assert not env.successes("PATCH", r"^/me/messages/")
    assert outcome.email_categories == ("P2 - Important", "Needs Reply", AREA)


# -- when no task is made ---------------------------------------------------------------------


async def _assert_filed_without_task(env, email_id, outcome):
    assert outcome.status == "approved" and outcome.task_id is None
    assert env.emulator.folder_path(env.emulator.message(email_id).folder_id) == AREA_FOLDER
    assert "Needs Reply" in env.emulator.message(email_id).categories
    assert not [r for r in env.emulator.requests if r.path.startswith("/me/todo")]
    assert await env.store.task_syncs_for_email(email_id) == []


async def test_no_task_when_todo_is_off_in_config(env):
    env.settings = make_settings(todo=False)
    email_id, _, outcome = await approve_new(env)
    await _assert_filed_without_task(env, email_id, outcome)


async def test_no_task_when_the_startup_probe_found_no_todo(env):
    await env.store.set_state(STATE_TODO_ENABLED, "false")
    email_id, _, outcome = await approve_new(env)
    await _assert_filed_without_task(env, email_id, outcome)


async def test_no_task_when_the_injected_availability_says_no(env):
    async def unavailable() -> bool:
        return False

    env.new_service(todo_available=unavailable)
    email_id, _, outcome = await approve_new(env)
    await _assert_filed_without_task(env, email_id, outcome)


async def test_no_task_for_an_excluded_action_type(env):
    email_id, _, outcome = await approve_new(env, action=ActionType.FYI_ONLY)
    assert outcome.task_id is None
    assert not [r for r in env.emulator.requests if r.path.startswith("/me/todo")]
    assert env.emulator.message(email_id).categories == ["P2 - Important", "FYI Only", AREA]


async def test_no_task_when_the_owner_says_so(env):
    email_id = await deliver(env)
    suggestion_id = await suggest(env, email_id)

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR, edits={"create_task": False})

    await _assert_filed_without_task(env, email_id, outcome)
    assert (await env.store.get_suggestion(suggestion_id)).edited_create_task is False


# -- Inbox, round trips, audit ----------------------------------------------------------------


async def test_inbox_means_no_move(env):
    await env.todo.ensure_list()
    email_id, _, outcome = await approve_new(env, folder=INBOX, action=ActionType.REVIEW)

    assert not [r for r in env.emulator.requests if r.path.endswith("/move")]
    msg = env.emulator.message(email_id)
    assert env.emulator.folder_path(msg.folder_id) == "Inbox"
    assert msg.categories == ["P2 - Important", "Review"]
    [task] = env.tasks_for(email_id)
    assert task["categories"] == ["P2 - Important"]
    assert task["body"]["content"].endswith("Classified: Inbox | P2 - Important")
    assert outcome.graph_round_trips == 2


async def test_warm_approval_takes_two_round_trips(env):
    await approve_new(env)  # cold: resolves the folder and finds or creates our To Do list
    env.emulator.clear_requests()

    email_id, _, outcome = await approve_new(env, subject="Second order")

    assert outcome.graph_round_trips == 2
    outer = [
        (r.method, r.path)
        for r in env.emulator.requests
        if not r.in_batch and r.path != f"/me/messages/{email_id}"  # the test's own GET
    ]
    assert outer == [("POST", f"/me/messages/{email_id}/move"), ("POST", "/$batch")]
    inner = sorted((r.method, r.path.split("/")[-1]) for r in env.emulator.requests if r.in_batch)
    assert inner == [("GET", "masterCategories"), ("PATCH", email_id), ("POST", "tasks")]
    immutable = [r for r in env.emulator.requests if "messages" in r.path]
    assert all('IdType="ImmutableId"' in (r.header("Prefer") or "") for r in immutable)


async def test_action_log_has_before_and_after_for_every_mutation(env):
    email_id, suggestion_id, outcome = await approve_new(env, categories=("Personal",))

    actions = {a.action: a for a in await env.store.list_actions(email_id=email_id)}
    inbox_id = env.emulator.folder_id("Inbox")
    move = actions["email.move"]
    assert move.before == {"folder_id": inbox_id}
    assert move.after["folder"] == AREA_FOLDER
    assert move.after["folder_id"] == env.emulator.folder_id(AREA_FOLDER)
    categorize = actions["email.categorize"]
    assert categorize.before == {"categories": ["Personal"]}
    assert categorize.after == {"categories": ["Personal", "P2 - Important", "Needs Reply", AREA]}
    create = actions["todo.task.create"]
    assert create.target == outcome.task_id and create.after["id"] == outcome.task_id
    assert create.details["payload"]["linkedResources"][0]["externalId"] == email_id
    assert actions["suggestion.approve"].details["graph_round_trips"] == outcome.graph_round_trips
    assert {a.actor for a in actions.values()} == {ACTOR}
    assert all(a.suggestion_id == suggestion_id for a in actions.values())
    [row] = await env.store.task_syncs_for_email(email_id)
    assert (row.todo_task_id, row.task_type, row.status) == (
        outcome.task_id,
        "needs_reply",
        "active",
    )
    record = await env.store.get_suggestion(suggestion_id)
    assert record.status == "approved" and record.actor == ACTOR
    assert set(record.steps) == {
        "moved",
        "categorized",
        "task_create_started",
        "task_created",
        "task_synced",
    }


# -- edits ------------------------------------------------------------------------------------


async def test_edits_are_validated_canonicalised_and_stored_as_a_correction(env):
    email_id = await deliver(env)
    suggestion_id = await suggest(env, email_id, folder=PROJECT_FOLDER)

    outcome = await env.approvals.approve(
        suggestion_id,
        actor=ACTOR,
        edits={
            "folder": "areas/sales/",
            "priority": "p1",
            "action_type": "waiting_for",
            "note": " Ana is a customer, not the project ",
        },
    )

    record = await env.store.get_suggestion(suggestion_id)
    assert (record.suggested_folder, record.edited_folder) == (PROJECT_FOLDER, AREA_FOLDER)
    assert record.edited_priority == "P1 - Urgent Important"
    assert record.edited_action_type == "Waiting For"
    assert record.edit_note == "Ana is a customer, not the project"
    assert outcome.folder == AREA_FOLDER
    assert env.emulator.message(email_id).categories == [
        "P1 - Urgent Important",
        "Waiting For",
        AREA,
    ]
    [task] = env.tasks_for(email_id)
    assert (task["status"], task["importance"]) == ("waitingOnOthers", "high")


@pytest.mark.parametrize(
    ("edits", "field_name"),
    [
        ({"folder": "Projects/Unknown"}, "folder"),
        ({"folder": "Deleted Items"}, "folder"),
        ({"folder": 3}, "folder"),
        ({"priority": "P9"}, "priority"),
        ({"action_type": "Ignore"}, "action_type"),
        ({"create_task": "yes"}, "create_task"),
        ({"note": "x" * 2001}, "note"),
        ({"colour": "red"}, "colour"),
    ],
)
async def test_bad_edits_are_refused_before_anything_changes(env, edits, field_name):
    email_id = await deliver(env)
    suggestion_id = await suggest(env, email_id)
    env.emulator.clear_requests()

    with pytest.raises(ValueError, match=rf"^{field_name}:"):
        await env.approvals.approve(suggestion_id, actor=ACTOR, edits=edits)

    assert (await env.store.get_suggestion(suggestion_id)).status == "pending"
    assert env.emulator.requests == []


async def test_an_approval_needs_an_actor(env):
    email_id = await deliver(env)
    suggestion_id = await suggest(env, email_id)
    with pytest.raises(ValueError, match="actor"):
        await env.approvals.approve(suggestion_id, actor=" ")
    assert (await env.store.get_suggestion(suggestion_id)).status == "pending"


async def test_a_folder_that_left_the_taxonomy_fails_without_touching_mail(env):
    email_id = await deliver(env)
    suggestion_id = await suggest(env, email_id, folder="Projects/Closed Deal")
    env.emulator.clear_requests()

    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert (outcome.status, outcome.retryable) == ("failed", False)
    assert outcome.failure == Failure(
        FailureKind.FOLDER_NOT_IN_TAXONOMY, folder="Projects/Closed Deal"
    )
    assert env.emulator.requests == []
    stored = (await env.store.get_suggestion(suggestion_id)).error
    assert Failure.from_stored(stored) == outcome.failure  # a restart words it the same


async def test_unknown_suggestion_is_unchanged(env):
    outcome = await env.approvals.approve(999, actor=ACTOR)
    assert outcome.status == "unchanged"
    assert outcome.failure == Failure(FailureKind.SUGGESTION_MISSING, suggestion_id=999)


async def test_nothing_is_ever_filed_into_deleted_items_or_junk(env):
    """Moving mail to Deleted Items is deleting it; not even a taxonomy entry can ask for that."""
    settings = make_settings()
    junk = {"name": "Old junk", "folder": "Junk Email/Old"}
    env.settings = Settings.model_validate(
        {**settings.model_dump(mode="json", exclude={"auth", "storage"}), "projects": [junk]}
    )
    email_id = await deliver(env)
    suggestion_id = await suggest(env, email_id, folder="Junk Email/Old")
    env.emulator.clear_requests()

    with pytest.raises(ValueError, match="^folder:"):
        await env.approvals.approve(suggestion_id, actor=ACTOR, edits={"folder": "Junk Email/Old"})
    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)

    assert outcome.status == "failed" and not outcome.retryable
    assert env.emulator.requests == []
