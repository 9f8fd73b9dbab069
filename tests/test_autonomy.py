"""The autonomy invariants of docs/design.md §3, one test each, over the sample mailbox.

Every test drives the real runtime against the emulator through the whole life of the sample
mailbox (first start, triage, approvals, a dismissal, a failed approval and its retry) and then
reads the emulator's request log: what the assistant did to Outlook is exactly what it sent.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core import categories
from core.config.settings import Secrets, load_settings
from core.errors import ForeignTaskList
from core.microsoft.auth import StaticTokenProvider
from core.runtime import ACTOR_OWNER, Runtime, build_runtime
from core.vocabulary import ActionType, Priority
from sandbox import SAMPLE_CONFIG_PATH
from sandbox.graph_emulator import GraphEmulator

FRAMEWORK = [p.value for p in Priority] + [a.value for a in ActionType]


@pytest.fixture
async def runtime(tmp_path: Path, emulator: GraphEmulator) -> AsyncIterator[Runtime]:
    emulator.seed_sample_mailbox()
    settings = load_settings(SAMPLE_CONFIG_PATH)
    settings = settings.model_copy(
        update={
            "graph": settings.graph.model_copy(update={"base_url": emulator.base_url}),
            "storage": settings.storage.model_copy(update={"path": tmp_path / "a.db"}),
        }
    )
    runtime = await build_runtime(
        settings, Secrets(), token_provider=StaticTokenProvider("autonomy-test")
    )
    yield runtime
    await runtime.aclose()


async def live_a_day(runtime: Runtime, emulator: GraphEmulator) -> None:
    """First start, a triage pass, approvals, a dismissal, a failed approval and its retry."""
    await runtime.first_start()
    await runtime.triage.refresh()
    pending = await runtime.triage.list_pending()
    for view in pending[:3]:
        await runtime.triage.approve(view.suggestion_id, actor=ACTOR_OWNER)
    await runtime.triage.dismiss(pending[3].suggestion_id, actor=ACTOR_OWNER)
    emulator.throttle("POST", r"/move$", retry_after=600)  # above the wait cap: fails
    failed = await runtime.triage.approve(
        pending[4].suggestion_id, actor=ACTOR_OWNER, edits={"folder": "Areas/Finance"}
    )
    assert failed.status == "failed"
    await runtime.triage.dismiss(pending[5].suggestion_id, actor=ACTOR_OWNER)
    retried = await runtime.triage.retry(pending[4].suggestion_id, actor=ACTOR_OWNER)
    assert retried.status == "approved"


def writes(emulator: GraphEmulator) -> list:
    return [r for r in emulator.requests if r.method != "GET" and r.path != "/$batch"]


def message_writes(emulator: GraphEmulator) -> list:
    return [r for r in writes(emulator) if r.path.startswith("/me/messages/")]


async def test_nothing_is_done_to_an_email_without_the_owners_approval(runtime, emulator):
    await runtime.first_start()
    report = await runtime.triage.refresh()

    assert report.classified > 60
    assert message_writes(emulator) == []
    assert [r for r in writes(emulator) if "/tasks" in r.path] == []


async def test_each_approved_email_is_changed_and_no_other(runtime, emulator):
    await live_a_day(runtime, emulator)

    approved = {
        s.email_id for s in await runtime.store.list_suggestions(status="approved", limit=500)
    }
    touched = {re.sub(r"^/me/messages/([^/]+).*$", r"\1", r.path) for r in message_writes(emulator)}
    assert len(approved) == 4
    assert touched <= approved | {emulator.message(e).rest_id for e in approved}


async def test_no_email_is_ever_deleted_or_sent(runtime, emulator):
    await live_a_day(runtime, emulator)

    assert not [r for r in emulator.requests if r.method == "DELETE" and "/messages" in r.path]
    sending = re.compile(r"/(sendMail|send|reply|replyAll|forward|createReply)$", re.IGNORECASE)
    assert not [r for r in emulator.requests if sending.search(r.path)]


async def test_only_the_assistants_own_to_do_list_is_touched(runtime, emulator):
    await live_a_day(runtime, emulator)
    own = await runtime.todo.ensure_list()

    list_ids = {
        m.group(1) for r in emulator.requests if (m := re.match(r"^/me/todo/lists/([^/]+)", r.path))
    }
    assert list_ids == {own}
    builtin = next(lst["id"] for lst in emulator.todo_lists if lst["displayName"] == "Tasks")
    with pytest.raises(ForeignTaskList):
        await runtime.todo.delete_task("any", actor=ACTOR_OWNER, list_id=builtin)


async def test_no_category_is_recoloured_and_none_deleted_without_confirmation(runtime, emulator):
    colours = {c["displayName"]: c["color"] for c in emulator.categories}
    await live_a_day(runtime, emulator)

    master = [r for r in emulator.requests if r.path.startswith("/me/outlook/masterCategories")]
    assert {r.method for r in master} <= {"GET", "POST"}
    after = {c["displayName"]: c["color"] for c in emulator.categories}
    assert all(after[name] == colour for name, colour in colours.items())


async def test_framework_categories_can_never_be_deleted(runtime, emulator):
    report = await runtime.first_start()
    assert report.bootstrap is not None
    plan = report.bootstrap.cleanup

    for name in FRAMEWORK:
        with pytest.raises(ValueError, match="manages that category"):
            await categories.delete_confirmed(
                runtime.categories, plan, [name], runtime.store, ACTOR_OWNER
            )
    assert set(FRAMEWORK) <= {c["displayName"] for c in emulator.categories}


async def test_only_the_signed_in_owners_mailbox_is_read(runtime, emulator):
    await live_a_day(runtime, emulator)

    assert all(r.path.startswith(("/me/", "/me", "/$batch")) for r in emulator.requests)


async def test_every_mutation_is_in_the_action_log(runtime, emulator):
    await live_a_day(runtime, emulator)

    actions = await runtime.store.list_actions(limit=1000)
    logged = {a.action for a in actions}
    assert {
        "category.create",
        "todo.list.create",
        "todo.task.create",
        "email.move",
        "email.categorize",
        "suggestion.approve",
        "suggestion.dismiss",
        "suggestion.fail",
    } <= logged
    moves = [a for a in actions if a.action == "email.move"]
    assert len(moves) == len(
        [r for r in emulator.requests if r.path.endswith("/move") and r.status == 201]
    )
    assert all(a.before is not None and a.after is not None and a.actor for a in moves)
