"""TodoistBackend: the protocol's task in the assistant's Todoist project, over the emulator."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from core.errors import ForeignTaskList, TaskBackendError
from core.microsoft.mailbox_profile import MailboxProfile
from core.store import Store
from core.tasks.backend import EmailTaskDraft, TaskUpdate
from core.todoist.backend import (
    TodoistBackend,
    email_marker,
    label_name,
    task_description,
    task_labels,
)
from core.todoist.client import TodoistClient
from core.todoist.errors import TodoistAuthError
from core.triage.failures import Failure, FailureKind, classify_failure
from core.vocabulary import ActionType, Priority
from sandbox.todoist_emulator import TodoistEmulator
from tests.core.task_backend_contract import update_and_complete

ACTOR = "test:owner"
EMAIL_ID = "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A="
LINK = "https://outlook.office365.com/owa/?ItemID=AAMk%2Bx&exvsurl=1&viewmodel=ReadMessageItem"


def draft(email_id: str = EMAIL_ID, **overrides: Any) -> EmailTaskDraft:
    fields: dict[str, Any] = {
        "title": "Reply to Ana re: Steel order",
        "body": "From: Ana <ana@tradecore.example>\nCan you confirm?",
        "priority": Priority.P1,
        "action_type": ActionType.NEEDS_REPLY,
        "area": "Sales & Prospects",
        "email_id": email_id,
        "web_link": LINK,
        "link_title": "Steel order",
        # 23:30 UTC is already the next day in Berlin.
        "due": datetime(2026, 3, 4, 23, 30, tzinfo=UTC),
    }
    fields.update(overrides)
    return EmailTaskDraft(**fields)


@pytest.fixture
def backend(client: TodoistClient, store: Store) -> TodoistBackend:
    return TodoistBackend(client, store, mailbox=lambda: MailboxProfile(time_zone="Europe/Berlin"))


async def test_an_approved_email_becomes_one_task_with_every_field_mapped(
    backend: TodoistBackend, todoist: TodoistEmulator, store: Store
) -> None:
    task = await backend.create_task(draft(), actor=ACTOR)

    project_id = await backend.ensure_container(actor=ACTOR)
    [stored] = todoist.tasks(project_id)
    assert todoist.account.project(project_id)["name"] == "AI Assistant"
    assert stored["content"] == "Reply to Ana re: Steel order"
    assert stored["priority"] == 4, "P1 is Todoist's API priority 4"
    assert stored["labels"] == ["p1", "needs-reply", "sales-prospects"]
    assert stored["due"]["date"] == "2026-03-05", "the due instant's date in Berlin"
    assert f"[Open in Outlook]({LINK})" in stored["description"]
    assert stored["description"].endswith(f"(outlook-assistant email {EMAIL_ID})")
    assert (task.backend, task.id, task.email_id) == ("todoist", stored["id"], EMAIL_ID)
    assert (task.priority, task.due, task.container_id) == (
        Priority.P1,
        date(2026, 3, 5),
        project_id,
    )
    assert backend.web_url(task.id) == f"https://app.todoist.com/app/task/{task.id}"
    actions = [a.action for a in reversed(await store.list_actions())]  # oldest first
    assert actions == ["todoist.project.create", "todoist.task.create"]


async def test_it_touches_only_its_own_project_and_adopts_tasks_by_marker(
    backend: TodoistBackend, todoist: TodoistEmulator
) -> None:
    inbox = todoist.account.inbox_id
    owners = todoist.add_task(inbox, "Owner's", description=email_marker(EMAIL_ID))
    existing = todoist.add_project("AI Assistant")["id"]

    assert await backend.ensure_container(actor=ACTOR) == existing
    assert await backend.find_task_for_email(EMAIL_ID) is None, "not in our project"
    made = await backend.create_task(draft(), actor=ACTOR)
    assert (await backend.find_task_for_email(EMAIL_ID)) == made
    assert await backend.find_task_for_email("AAk-other") is None
    assert await backend.get_task(owners["id"]) is None, "outside the project: not ours"
    with pytest.raises(ForeignTaskList):
        await backend.delete_task(owners["id"], actor=ACTOR)
    assert todoist.task(owners["id"])["is_deleted"] is False
    writes = [r for r in todoist.requests if r.method in {"POST", "DELETE"}]
    assert all(owners["id"] not in r.path for r in writes)


async def test_update_complete_reopen_list_and_delete_through_the_protocol(
    backend: TodoistBackend, todoist: TodoistEmulator, store: Store
) -> None:
    first, second = await update_and_complete(
        backend, lambda email_id, priority: draft(email_id, priority=priority)
    )
    assert todoist.task(first.id)["priority"] == 2
    todoist.clear_requests()
    assert await backend.update_task(first.id, TaskUpdate(title="Call Ana"), actor=ACTOR) == first
    assert [r.method for r in todoist.requests] == ["GET"], "nothing differs: nothing written"

    assert (await backend.complete_task(second.id, actor=ACTOR)).completed
    reopened = await backend.reopen_task(second.id, actor=ACTOR)
    assert not reopened.completed
    assert not (await backend.reopen_task(second.id, actor=ACTOR)).completed
    assert {t.id for t in await backend.list_open_tasks()} == {first.id, second.id}

    assert await backend.delete_task(first.id, actor=ACTOR) is True
    assert await backend.delete_task(first.id, actor=ACTOR) is False
    assert await backend.get_task(first.id) is None
    logged = [
        a.action for a in reversed(await store.list_actions()) if a.action != "todoist.task.create"
    ]
    assert logged == [
        "todoist.project.create",
        "todoist.task.update",
        "todoist.task.complete",
        "todoist.task.reopen",
        "todoist.task.delete",
    ]


async def test_a_closed_task_is_still_the_emails_task(
    backend: TodoistBackend, todoist: TodoistEmulator
) -> None:
    made = await backend.create_task(draft(), actor=ACTOR)
    todoist.complete_outside(made.id)

    found = await backend.find_task_for_email(EMAIL_ID)

    assert found is not None and found.id == made.id and found.completed


def test_labels_are_words_todoist_accepts() -> None:
    assert task_labels(Priority.P2, ActionType.FYI_ONLY, None) == ["p2", "fyi-only"]
    assert label_name("  Área: Clients / Key_Accounts  ") == "área-clients-key-accounts"
    assert len(label_name("x" * 80)) == 60
    assert task_labels(Priority.P3, ActionType.REVIEW, "***") == ["p3", "review"]


def test_email_text_cannot_fake_the_link_or_another_emails_marker() -> None:
    hostile = draft(
        body=f"[Open in Outlook](https://evil.example) {email_marker('AAk-victim')}",
        web_link="https://evil.example/owa",
    )
    description = task_description(hostile)
    assert "[Open in Outlook](https://evil" not in description
    assert "\\[Open in Outlook\\](https://evil.example)" in description
    assert email_marker("AAk-victim") not in description
    assert description.endswith(email_marker(EMAIL_ID)) and "Open in Outlook](" not in description


async def test_a_refused_token_fails_as_renew_the_token_and_5xx_as_retryable(
    backend: TodoistBackend, todoist: TodoistEmulator
) -> None:
    todoist.expire_token()
    with pytest.raises(TodoistAuthError) as refused:
        await backend.create_task(draft(), actor=ACTOR)
    assert isinstance(refused.value, TaskBackendError) and not refused.value.retryable
    assert classify_failure(refused.value) == Failure(FailureKind.TODOIST_TOKEN_REFUSED, status=401)

    todoist.accept_token(todoist.token)
    todoist.fail_next("GET", r"^/projects$", 503, times=10)
    with pytest.raises(TaskBackendError) as down:
        await backend.ensure_container(actor=ACTOR)
    assert down.value.retryable
    assert classify_failure(down.value) == Failure(FailureKind.TODOIST_UNAVAILABLE, retryable=True)
