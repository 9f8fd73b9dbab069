"""The store's side of learning from corrections: examples kept once, read newest per sender and
topic, grouped by sender for sender rules, and the approval rates by confidence band."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from core.store import EmailRecord, Store
from core.triage.confidence_bands import BandRate, approval_bands
from core.triage.corrections import note_approval, note_returns
from core.triage.examples import ExampleSource, LabelledExample
from core.vocabulary import ActionType, Priority

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def example(sender: str, subject: str, hours: int, **fields: Any) -> LabelledExample:
    base: dict[str, Any] = {
        "sender_address": sender,
        "subject": subject,
        "text": "text",
        "folder": "Areas/Finance",
        "priority": Priority.P2,
        "action_type": ActionType.REVIEW,
        "source": ExampleSource.EDIT,
        "recorded_at": T0 + timedelta(hours=hours),
    }
    return LabelledExample(**{**base, **fields})


async def suggestion(
    store: Store,
    n: int,
    *,
    sender: str = "a@x.example",
    action: str = "Review",
    confidence: float = 0.5,
    status: str = "approved",
    edits: dict[str, Any] | None = None,
) -> int:
    email = EmailRecord(
        id=f"e{n}",
        conversation_id=None,
        internet_message_id=f"<{n}@x>",
        subject=f"Subject {n}",
        sender_name="A",
        sender_address=sender,
        received_at=T0,
        web_link=None,
        preview="preview",
    )
    await store.upsert_emails([email])
    made = await store.create_suggestion(
        email_id=email.id,
        folder="Projects/Tradecore Steel",
        priority="P3 - Urgent Low",
        action_type=action,
        confidence=confidence,
        reason="r",
    )
    if status in ("approved", "failed"):  # through 'approving', as an approval goes
        await store.transition_suggestion(
            made, from_status=("pending",), to_status="approving", actor="owner", edits=edits
        )
        await store.transition_suggestion(
            made, from_status=("approving",), to_status=status, actor="owner"
        )
    elif status == "dismissed":
        await store.transition_suggestion(
            made, from_status=("pending",), to_status=status, actor="owner"
        )
    return made


async def test_a_correction_is_kept_once_and_read_newest_per_sender_and_topic(store: Store):
    first = await suggestion(store, 1)
    second = await suggestion(store, 2)
    assert await store.record_labelled_example(first, example("a@x", "VAT return", 1))
    assert not await store.record_labelled_example(first, example("a@x", "VAT return", 5))
    await store.record_labelled_example(
        second, example("a@x", "RE: vat  RETURN", 3, folder="Inbox")
    )
    third = await suggestion(store, 3)
    await store.record_labelled_example(third, example("a@x", "Invoice", 2))

    learned = await store.learned_examples()

    assert [(e.subject, e.folder) for e in learned] == [
        ("RE: vat  RETURN", "Inbox"),  # the newest of topic "vat return" replaces the older
        ("Invoice", "Areas/Finance"),
    ]


async def test_corrections_are_grouped_by_sender_for_sender_rules(store: Store):
    ids = [await suggestion(store, n) for n in range(6)]
    for n, sender in enumerate(["a@x", "a@x", "a@x", "b@x", "b@x", "c@x"]):
        # Repeats of one topic count here: each is evidence for a rule.
        await store.record_labelled_example(ids[n], example(sender, "Same topic", n))

    grouped = await store.corrections_by_sender(min_count=2)

    assert [(g.sender_address, g.count) for g in grouped] == [("a@x", 3), ("b@x", 2)]
    assert [e.recorded_at for e in grouped[0].examples] == [
        T0 + timedelta(hours=h) for h in (2, 1, 0)
    ]
    recent = await store.corrections_by_sender(min_count=2, since=T0 + timedelta(hours=2))
    assert [(g.sender_address, g.count) for g in recent] == [("b@x", 2)]


async def test_the_approval_hook_records_only_real_edits_and_the_return_hook_only_old_approvals(
    store: Store,
):
    email = EmailRecord(
        id="e1",
        conversation_id=None,
        internet_message_id="<1@x>",
        subject="VAT",
        sender_name="A",
        sender_address="a@x.example",
        received_at=T0,
        web_link=None,
        preview="See the \u200breturn",
    )
    unchanged = await suggestion(store, 1, edits={"create_task": False})
    edited = await suggestion(store, 2, edits={"folder": "Areas/Finance", "note": "tax"})
    records = {s.id: s for s in await store.list_suggestions(limit=10)}

    assert not await note_approval(store, records[unchanged], email, at=T0)
    assert await note_approval(store, records[edited], email, at=T0)
    [learned] = await store.learned_examples()
    assert (learned.folder, learned.note, learned.text) == (
        "Areas/Finance",
        "tax",
        "See the return",
    )

    resolved = records[edited].resolved_at
    assert resolved is not None
    # A sync that started before the approval finished proves nothing about the owner.
    assert (
        await note_returns(store, ["e2"], synced_from=resolved - timedelta(seconds=1), at=T0) == 0
    )
    later = resolved + timedelta(seconds=1)
    # An undo under way moves the email back itself: not the owner's correction.
    await store.set_state(f"undo:{edited}", "{}")
    assert await note_returns(store, ["e2"], synced_from=later, at=T0) == 0
    await store.delete_state(f"undo:{edited}")
    assert await note_returns(store, ["e1", "e2"], synced_from=later, at=T0) == 2
    assert await note_returns(store, ["e1", "e2"], synced_from=later, at=T0) == 0, "recorded once"
    moved = [e for e in await store.learned_examples() if e.source is ExampleSource.MOVED]
    assert {e.folder for e in moved} == {"Inbox"}


async def test_the_band_table_counts_seeded_decisions(store: Store):
    n = iter(range(100))
    seeded = [
        # (action, confidence, status, edits)
        ("Review", 0.3, "approved", None),  # low band: approved unedited
        ("Review", 0.59, "dismissed", None),  # low band: decided, not approved
        ("Review", 0.6, "approved", None),  # middle band starts at 0.6
        ("Review", 0.84, "approved", {"priority": "P1 - Urgent Important"}),  # edited
        ("Review", 0.85, "approved", None),  # high band starts at 0.85
        ("Review", 0.95, "approved", {"create_task": False}),  # a task choice is no correction
        ("Review", 0.99, "pending", None),  # not decided
        ("Needs Reply", 0.9, "approved", None),  # later moved back to the Inbox
        ("Needs Reply", 0.9, "failed", None),  # not decided
    ]
    ids = [
        await suggestion(store, next(n), action=a, confidence=c, status=s, edits=e)
        for a, c, s, e in seeded
    ]
    await store.record_labelled_example(ids[7], example("a@x", "t", 0, folder="Inbox"))

    table = await approval_bands(store)

    assert table.edges == (0.6, 0.85)
    rows = {row.action_type: row.bands for row in table.by_action}
    assert list(rows) == [ActionType.NEEDS_REPLY, ActionType.REVIEW]  # enum order, decided only
    assert rows[ActionType.REVIEW] == (BandRate(2, 1), BandRate(2, 1), BandRate(2, 2))
    assert rows[ActionType.NEEDS_REPLY] == (BandRate(), BandRate(), BandRate(1, 0))
    assert rows[ActionType.REVIEW][2].rate == 1.0 and BandRate().rate is None
    assert table.decided == 7
