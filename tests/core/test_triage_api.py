"""The suggestions API front ends use: list, get, approve, dismiss, retry, the sink, start-up
recovery; with a fake ApprovalService for the triage logic and the real one end to end."""

from __future__ import annotations

import pytest

from core.microsoft.mail import MailApi
from core.microsoft.todo import TodoApi
from core.triage.approval import ApprovalOutcome, ApprovalService
from core.triage.failures import Failure, FailureKind
from core.triage.views import SuggestionView
from core.vocabulary import ActionType, Priority
from tests.core.test_triage import (
    FAKE_MODEL,
    FINANCE,
    PROJECT,
    TRADECORE,
    FakeApprovals,
    make_rig,
)


@pytest.fixture
def rig(emulator, graph, store):
    return make_rig(emulator, graph, store)


async def three_suggestions(rig) -> list[int]:
    for i in range(3):
        rig.deliver(f"Mail {i}", hours_ago=3 - i)
    report = await rig.triage.refresh()
    return report.suggestion_ids


async def test_list_pending_and_get_show_the_email_with_its_suggestion(rig):
    ids = await three_suggestions(rig)

    views = await rig.triage.list_pending()

    assert [v.suggestion_id for v in views] == sorted(ids)
    assert [v.subject for v in views] == ["Mail 0", "Mail 1", "Mail 2"]
    first = views[0]
    assert isinstance(first, SuggestionView)
    assert (first.status, first.folder, first.priority) == ("pending", PROJECT, Priority.P2.value)
    assert first.sender_address == f"dana@{TRADECORE}" and first.web_link
    assert first.received_at is not None and first.model == FAKE_MODEL
    assert first.classifier == f"claude:{FAKE_MODEL}" and not first.edited
    reads = rig.store.reads
    assert await rig.triage.get(first.suggestion_id) == first  # the joined read, as listed
    assert rig.store.reads - reads == 1
    assert await rig.triage.get(987_654) is None
    assert len(await rig.triage.list_pending(limit=2)) == 2


async def test_approve_dismiss_and_retry_delegate_and_notify_the_sink(rig):
    ids = await three_suggestions(rig)
    approvals = rig.triage._approvals
    assert isinstance(approvals, FakeApprovals)

    approved = await rig.triage.approve(
        ids[0], actor="slack:U1", edits={"folder": FINANCE, "priority": Priority.P1.value}
    )
    dismissed = await rig.triage.dismiss(ids[1], actor="slack:U1")
    again = await rig.triage.approve(ids[0], actor="slack:U1")  # already approved
    retried = await rig.triage.retry(ids[2], actor="slack:U1")

    assert approvals.calls == [
        ("approve", ids[0], "slack:U1", {"folder": FINANCE, "priority": Priority.P1.value}),
        ("dismiss", ids[1], "slack:U1", None),
        ("approve", ids[0], "slack:U1", None),
        ("retry", ids[2], "slack:U1", None),
    ]
    assert (approved.status, dismissed.status) == ("approved", "dismissed")
    assert (again.status, retried.status) == ("unchanged", "unchanged")
    # Only real changes reach the front end.
    assert [(v.suggestion_id, v.status) for v in rig.sink.changed] == [
        (ids[0], "approved"),
        (ids[1], "dismissed"),
    ]
    changed = rig.sink.changed[0]
    assert changed.outcome == approved
    assert (changed.folder, changed.priority, changed.edited) == (FINANCE, Priority.P1.value, True)
    assert changed.actor == "slack:U1" and changed.resolved_at is not None
    assert [v.suggestion_id for v in await rig.triage.list_pending()] == [ids[2]]


async def test_list_pending_can_include_failed_approvals(rig):
    ids = await three_suggestions(rig)
    await rig.store.transition_suggestion(
        ids[1], from_status=["pending"], to_status="approving", actor="owner"
    )
    await rig.store.transition_suggestion(
        ids[1], from_status=["approving"], to_status="failed", actor="owner", error="Graph down"
    )

    pending = await rig.triage.list_pending()
    both = await rig.triage.list_pending(statuses=("pending", "failed"))

    assert [v.suggestion_id for v in pending] == [ids[0], ids[2]]
    assert [(v.suggestion_id, v.status) for v in both] == [
        (ids[0], "pending"),
        (ids[1], "failed"),
        (ids[2], "pending"),
    ]
    assert both[1].failure == Failure(FailureKind.UNKNOWN, legacy_text="Graph down")


async def test_a_failing_sink_loses_no_suggestion(rig):
    rig.sink.fail = True

    ids = await three_suggestions(rig)

    report = rig.triage.stats.last_report
    assert report is not None and report.notify_failures == 3 and report.failures == 0
    assert len(ids) == 3
    assert [v.suggestion_id for v in await rig.triage.list_pending()] == ids
    assert rig.triage.stats.notify_failures == 3


async def test_interrupted_approvals_are_resumed_once_at_the_first_refresh(rig):
    approvals = rig.triage._approvals
    approvals.resume_error = ConnectionError("Graph unreachable")
    await rig.triage.refresh()
    assert approvals.resume_calls == 1

    ids = await three_suggestions(rig)  # resumes again: the first attempt failed
    approvals.resumed = [ApprovalOutcome(ids[0], "approved", folder=PROJECT)]
    approvals.resume_error = None
    await rig.triage.refresh()
    assert approvals.resume_calls == 3
    await rig.triage.refresh()
    assert approvals.resume_calls == 3  # done once it has succeeded
    assert [(v.suggestion_id, v.outcome) for v in rig.sink.changed] == [
        (ids[0], approvals.resumed[0])
    ]


# -- with the real ApprovalService -----------------------------------------------------------


def real_approvals(rig) -> ApprovalService:
    return ApprovalService(
        graph=rig.graph,
        mail=MailApi(rig.graph),
        todo=TodoApi(rig.graph, rig.store),
        store=rig.store,
        settings=lambda: rig.settings,
    )


async def test_approving_through_triage_moves_the_email_and_teaches_the_next_prompt(rig):
    rig.approvals = real_approvals(rig)
    rig.new_service()
    email_id = rig.deliver("Invoice 4411 from Tradecore")
    [suggestion_id] = (await rig.triage.refresh()).suggestion_ids

    outcome = await rig.triage.approve(
        suggestion_id,
        actor="slack:U1",
        edits={"folder": FINANCE, "action_type": ActionType.NEEDS_REPLY.value},
    )

    assert outcome.status == "approved", outcome.failure
    moved = rig.emulator.message(email_id)
    assert moved is not None and rig.emulator.folder_path(moved.folder_id) == FINANCE
    assert ActionType.NEEDS_REPLY.value in moved.categories
    view = rig.sink.changed[-1]
    assert (view.suggestion_id, view.status, view.folder) == (suggestion_id, "approved", FINANCE)
    assert view.outcome == outcome

    rig.deliver("Invoice 4412 from Tradecore", f"ap@{TRADECORE}")
    await rig.triage.refresh()
    [correction] = rig.primary.history[-1].corrections
    assert (correction.suggested_folder, correction.folder) == (PROJECT, FINANCE)
    assert correction.action_type == ActionType.NEEDS_REPLY.value


async def test_an_approval_a_crash_interrupted_is_finished_at_the_first_refresh(rig):
    rig.approvals = real_approvals(rig)
    rig.new_service()
    email_id = rig.deliver("Go-live checklist")
    [suggestion_id] = (await rig.triage.refresh()).suggestion_ids
    # The owner approved and the process died before any Graph step.
    await rig.store.transition_suggestion(
        suggestion_id, from_status=["pending"], to_status="approving", actor="slack:U1"
    )

    await rig.new_service().refresh()

    record = await rig.store.get_suggestion(suggestion_id)
    assert record is not None and record.status == "approved"
    moved = rig.emulator.message(email_id)
    assert moved is not None and rig.emulator.folder_path(moved.folder_id) == PROJECT
    assert rig.sink.changed[-1].suggestion_id == suggestion_id
