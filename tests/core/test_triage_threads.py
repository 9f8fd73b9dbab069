"""Thread inheritance in real triage passes: a reply files where the owner filed its thread,
without a model call, unless the topic changed or a newcomer joined.

Upstream's checks could never fire because they compared the new email with itself (it is stored
before it is classified); here the email being classified is always in the store first, so these
tests fail on that defect.
"""

from __future__ import annotations

import pytest

from core.triage.classification import Source
from core.triage.inheritance import INHERITED_CONFIDENCE
from core.vocabulary import ActionType, Priority
from tests.core.test_triage import FINANCE, PROJECT, TRADECORE, make_rig, make_settings

CONV = "AAQkThreadCutover="
SUBJECT = "Cutover plan for the rolling mill"


@pytest.fixture
def rig(emulator, graph, store):
    return make_rig(emulator, graph, store)


async def approved_thread_start(rig, **edits) -> str:
    """Deliver the thread's first email, triage it and approve it with `edits`."""
    first = rig.deliver(SUBJECT, f"dana@{TRADECORE}", hours_ago=5, conversation_id=CONV)
    await rig.triage.refresh()
    suggestion = await rig.suggestion_for(first)
    assert suggestion is not None
    await rig.triage.approve(suggestion.id, actor="owner", edits=edits or None)
    return first


async def test_a_reply_inherits_the_approved_values_without_a_model_call(rig):
    first = await approved_thread_start(
        rig, folder=FINANCE, priority=Priority.P1.value, action_type=ActionType.NEEDS_REPLY.value
    )
    calls_before = len(rig.primary.history)
    reply = rig.deliver(f"RE: [EXTERNAL] {SUBJECT}", f"li@{TRADECORE}", conversation_id=CONV)

    report = await rig.triage.refresh()

    assert len(rig.primary.history) == calls_before  # Claude was not asked
    assert report.inherited == 1 and dict(report.by_source) == {"thread": 1}
    suggestion = await rig.suggestion_for(reply)
    assert suggestion is not None
    # The owner's edits, not the original suggestion, are what the reply inherits.
    assert suggestion.suggested_folder == FINANCE
    assert suggestion.suggested_priority == Priority.P1.value
    assert suggestion.suggested_action_type == ActionType.NEEDS_REPLY.value
    assert suggestion.confidence == INHERITED_CONFIDENCE == 0.9
    assert suggestion.reason == (
        f"Inherited from the thread: you filed '{SUBJECT}' under {FINANCE}"
    )
    assert suggestion.classifier == "thread"
    assert suggestion.details["inherited_from_email"] == first
    view = rig.sink.created[-1]
    assert view.source is Source.THREAD and view.model is None and view.cost_usd == 0
    rows = await rig.store.classifications_for_suggestions([suggestion.id])
    assert rows[suggestion.id].source == "thread" and rows[suggestion.id].input_tokens == 0


@pytest.mark.parametrize(
    ("subject", "sender", "why"),
    [
        ("Invoice for the mill steel", f"dana@{TRADECORE}", "the topic changed"),
        (f"RE: {SUBJECT}", "carol@newcomer.example", "a new domain joined"),
    ],
)
async def test_no_inheritance_when_the_topic_changes_or_a_newcomer_joins(rig, subject, sender, why):
    await approved_thread_start(rig)
    email_id = rig.deliver(subject, sender, conversation_id=CONV)

    report = await rig.triage.refresh()

    stored = await rig.store.get_email(email_id)
    assert stored is not None and stored.conversation_id == CONV  # it is in its own thread...
    assert rig.primary.history[-1].email.email_id == email_id, why  # ...yet Claude was asked
    assert report.inherited == 0
    suggestion = await rig.suggestion_for(email_id)
    assert suggestion is not None and suggestion.classifier != "thread"


async def test_a_newcomer_is_judged_against_the_thread_as_the_owner_approved_it(rig):
    await approved_thread_start(rig)
    first_from_newcomer = rig.deliver(f"RE: {SUBJECT}", "li@partner.example", conversation_id=CONV)
    await rig.triage.refresh()
    # The newcomer's second email: they are in the thread now, but the owner has not approved
    # anything since they joined, so it still goes to Claude.
    second = rig.deliver(f"RE: {SUBJECT}", "li@partner.example", conversation_id=CONV)
    await rig.triage.refresh()
    assert rig.primary.history[-1].email.email_id == second

    pending = await rig.suggestion_for(first_from_newcomer)
    assert pending is not None
    await rig.triage.approve(pending.id, actor="owner")
    third = rig.deliver(f"RE: {SUBJECT}", "ana@partner.example", conversation_id=CONV)
    report = await rig.triage.refresh()

    assert report.inherited == 1
    suggestion = await rig.suggestion_for(third)
    assert suggestion is not None and suggestion.classifier == "thread"


async def test_only_approved_emails_are_inherited_from(rig):
    first = rig.deliver(SUBJECT, f"dana@{TRADECORE}", hours_ago=5, conversation_id=CONV)
    await rig.triage.refresh()
    pending = await rig.suggestion_for(first)
    assert pending is not None
    reply = rig.deliver(f"RE: {SUBJECT}", f"dana@{TRADECORE}", conversation_id=CONV)
    await rig.triage.refresh()
    assert rig.primary.history[-1].email.email_id == reply  # pending: not inherited

    await rig.triage.dismiss(pending.id, actor="owner")
    again = rig.deliver(f"RE: RE: {SUBJECT}", f"dana@{TRADECORE}", conversation_id=CONV)
    await rig.triage.refresh()
    assert rig.primary.history[-1].email.email_id == again  # dismissed: not inherited either


async def test_a_folder_gone_from_the_taxonomy_is_not_inherited(rig):
    await approved_thread_start(rig, folder=FINANCE)
    settings = make_settings()
    rig.settings = settings.model_copy(update={"areas": ()})
    reply = rig.deliver(f"RE: {SUBJECT}", f"li@{TRADECORE}", conversation_id=CONV)

    await rig.triage.refresh()

    assert rig.primary.history[-1].email.email_id == reply
    suggestion = await rig.suggestion_for(reply)
    assert suggestion is not None and suggestion.suggested_folder == PROJECT
