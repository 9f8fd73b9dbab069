"""The triage engine's store methods against a real SQLite database: what to classify, thread
history, corrections, and the per-classification cost log."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.store import BODY_TEXT_MAX_CHARS, EmailRecord, Store
from core.triage.classification import Correction, Usage
from tests.core.store_helpers import old_database

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """A settable clock."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def store(clock: Clock) -> AsyncIterator[Store]:
    async with await Store.open(":memory:", clock=clock) as s:
        yield s


def mail(email_id: str, *, hours_ago: float = 1, **changes: object) -> EmailRecord:
    base = EmailRecord(
        id=email_id,
        conversation_id=f"conv-{email_id}",
        internet_message_id=f"<{email_id}@example.com>",
        subject=f"Subject {email_id}",
        sender_name="Ada Lovelace",
        sender_address="ada@example.com",
        received_at=T0 - timedelta(hours=hours_ago),
        web_link=None,
        preview="Hello",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


async def suggest(store: Store, email_id: str, **overrides: object) -> int:
    values: dict[str, object] = {
        "folder": "Projects/Apollo",
        "priority": "P2 - Important",
        "action_type": "Review",
        "confidence": 0.8,
        "reason": "r",
        "classifier": "claude:test",
    }
    values.update(overrides)
    return await store.create_suggestion(email_id=email_id, **values)  # type: ignore[arg-type]


async def approve(store: Store, suggestion_id: int, **edits: object) -> None:
    assert await store.transition_suggestion(
        suggestion_id, from_status=["pending"], to_status="approving", actor="owner", edits=edits
    )
    assert await store.transition_suggestion(
        suggestion_id, from_status=["approving"], to_status="approved", actor="owner"
    )


# emails needing classification


async def test_emails_needing_classification_skips_removed_suggested_and_old_mail(store, clock):
    await store.upsert_emails(
        [
            mail("new-1", hours_ago=3),
            mail("new-2", hours_ago=2),
            mail("old", hours_ago=24 * 5),
            mail("suggested", hours_ago=1),
            mail("dismissed", hours_ago=1),
            mail("moved", hours_ago=1),
        ]
    )
    await suggest(store, "suggested")
    dismissed = await suggest(store, "dismissed")
    await store.transition_suggestion(
        dismissed, from_status=["pending"], to_status="dismissed", actor="owner"
    )
    await store.mark_emails_removed(["moved"], T0)

    found = await store.emails_needing_classification(since=T0 - timedelta(days=2), limit=10)

    assert [e.id for e in found] == ["new-1", "new-2"]  # oldest first


async def test_emails_needing_classification_pages_without_repeats(store):
    # Two emails share a received time: the id breaks the tie so paging never skips or repeats.
    emails = [mail(f"m{i:02d}", hours_ago=10 - i // 2) for i in range(9)]
    await store.upsert_emails(emails)
    since = T0 - timedelta(days=1)

    seen: list[str] = []
    after = None
    while page := await store.emails_needing_classification(since=since, limit=4, after=after):
        seen.extend(e.id for e in page)
        after = (page[-1].received_at, page[-1].id)

    assert seen == [e.id for e in emails]


# classifications


async def test_classification_rows_keep_tokens_cost_and_latency(store, clock):
    await store.upsert_emails([mail("a"), mail("b"), mail("c")])
    sa, sb = await suggest(store, "a"), await suggest(store, "b")
    usage = Usage(
        input_tokens=812,
        output_tokens=64,
        cache_creation_input_tokens=0,
        cache_read_input_tokens=2048,
        cost_usd=0.00123,
        latency_ms=740,
    )
    await store.record_classification(
        "a",
        suggestion_id=sa,
        source="claude",
        model="claude-haiku-5-5",
        usage=usage,
        schema_hash="f00d",
    )
    await store.record_classification("b", suggestion_id=sb, source="thread", model=None)
    clock.now = T0 + timedelta(days=1)
    await store.record_classification("c", suggestion_id=None, source="heuristic", model=None)

    rows = await store.classifications_for_suggestions([sa, sb, 999])

    assert set(rows) == {sa, sb}
    claude = rows[sa]
    assert (claude.source, claude.model, claude.schema_hash) == (
        "claude",
        "claude-haiku-5-5",
        "f00d",
    )
    assert (claude.input_tokens, claude.output_tokens) == (812, 64)
    assert (claude.cache_creation_input_tokens, claude.cache_read_input_tokens) == (0, 2048)
    assert claude.cost_usd == pytest.approx(0.00123)
    assert claude.latency_ms == 740
    assert claude.created_at == T0
    assert rows[sb].input_tokens == 0 and rows[sb].model is None


async def test_classification_totals_cover_exactly_the_given_day(store, clock):
    await store.upsert_emails([mail(x) for x in "abcd"])
    rows = (  # (email, when, source, cost): d falls on the next day
        ("a", T0, "claude", 0.002),
        ("b", T0 + timedelta(hours=14), "claude", 0.003),
        ("c", T0, "thread", 0.0),
        ("d", T0 + timedelta(days=1), "claude", 0.5),
    )
    for email_id, at, source, cost in rows:
        clock.now = at
        usage = Usage(input_tokens=100, output_tokens=10, cost_usd=cost)
        await store.record_classification(
            email_id, suggestion_id=None, source=source, model=None, usage=usage
        )
    day = datetime(2026, 3, 2, tzinfo=UTC)

    totals = await store.classification_totals(since=day, until=day + timedelta(days=1))

    assert totals.count == 3
    assert dict(totals.by_source) == {"claude": 2, "thread": 1}
    assert totals.cost_usd == pytest.approx(0.005)
    assert (totals.input_tokens, totals.output_tokens) == (300, 30)
    empty = await store.classification_totals(since=day - timedelta(days=9), until=day)
    assert empty.count == 0 and empty.cost_usd == 0


# thread history


async def thread(store: Store) -> dict[str, int]:
    """A conversation: a1 (approved, edited), a2 (approved later), p (pending), x elsewhere."""
    conv = {"conversation_id": "conv-1"}
    await store.upsert_emails(
        [
            mail("a1", hours_ago=10, sender_address="dana@tradecore.example", **conv),
            mail("a2", hours_ago=8, sender_address="li@partner.example", **conv),
            mail("p", hours_ago=6, sender_address="sam@third.example", **conv),
            mail("now", hours_ago=1, sender_address="new@fourth.example", **conv),
            mail("x", hours_ago=2, sender_address="other@else.example"),
        ]
    )
    ids = {key: await suggest(store, key) for key in ("a1", "a2", "p", "x")}
    await approve(store, ids["a1"], folder="Areas/Finance", priority="P1 - Urgent Important")
    await approve(store, ids["x"])
    return ids


async def test_latest_approved_in_thread_takes_the_newest_earlier_approval(store):
    ids = await thread(store)

    found = await store.latest_approved_in_thread(
        "conv-1", excluding="now", received_by=T0 - timedelta(hours=1)
    )
    # a2 is newer but still pending, p is pending, x is another conversation.
    assert found is not None and found.suggestion.id == ids["a1"]
    assert found.subject == "Subject a1" and found.sender_address == "dana@tradecore.example"
    # Final values: the owner's edits win over what was suggested.
    assert (found.suggestion.folder, found.suggestion.priority) == (
        "Areas/Finance",
        "P1 - Urgent Important",
    )
    assert found.suggestion.action_type == "Review"

    await approve(store, ids["a2"])
    newest = await store.latest_approved_in_thread(
        "conv-1", excluding="now", received_by=T0 - timedelta(hours=1)
    )
    assert newest is not None and newest.suggestion.id == ids["a2"]


async def test_latest_approved_in_thread_never_returns_the_email_itself_or_later_mail(store):
    ids = await thread(store)
    await approve(store, ids["a2"])

    # Classifying a2 itself: only a1 may count, never a2.
    own = await store.latest_approved_in_thread(
        "conv-1", excluding="a2", received_by=T0 - timedelta(hours=8)
    )
    assert own is not None and own.suggestion.id == ids["a1"]
    # Classifying something received before any approval: nothing earlier was approved.
    assert (
        await store.latest_approved_in_thread(
            "conv-1", excluding="zzz", received_by=T0 - timedelta(hours=11)
        )
        is None
    )
    assert await store.latest_approved_in_thread("conv-2", excluding="now", received_by=T0) is None


async def test_thread_senders_exclude_the_email_being_classified(store):
    await thread(store)

    senders = await store.thread_sender_addresses(
        "conv-1", excluding="now", received_by=T0 - timedelta(hours=1)
    )

    assert senders == ["dana@tradecore.example", "li@partner.example", "sam@third.example"]
    until_a1 = await store.thread_sender_addresses(
        "conv-1", excluding="now", received_by=T0 - timedelta(hours=10)
    )
    assert until_a1 == ["dana@tradecore.example"]


# corrections


async def test_recent_corrections_are_approved_changes_newest_first(store, clock):
    await store.upsert_emails(
        [mail(k, sender_address=f"{k}@example.com") for k in ("c1", "c2", "same", "plain", "gone")]
    )
    ids = {k: await suggest(store, k) for k in ("c1", "c2", "same", "plain", "gone")}
    clock.now = T0 + timedelta(minutes=1)
    await approve(store, ids["c1"], folder="Areas/Finance", note="Invoices go to Finance")
    clock.now = T0 + timedelta(minutes=2)
    await approve(store, ids["c2"], action_type="Needs Reply")
    await approve(store, ids["same"], folder="Projects/Apollo")  # an "edit" that changes nothing
    await approve(store, ids["plain"])
    await store.transition_suggestion(
        ids["gone"],
        from_status=["pending"],
        to_status="dismissed",
        actor="owner",
        edits={"folder": "Areas/Finance"},
    )

    corrections = await store.recent_corrections(10)

    assert corrections == [
        Correction(
            subject="Subject c2",
            sender_address="c2@example.com",
            suggested_folder="Projects/Apollo",
            suggested_priority="P2 - Important",
            suggested_action_type="Review",
            folder="Projects/Apollo",
            priority="P2 - Important",
            action_type="Needs Reply",
        ),
        Correction(
            subject="Subject c1",
            sender_address="c1@example.com",
            suggested_folder="Projects/Apollo",
            suggested_priority="P2 - Important",
            suggested_action_type="Review",
            folder="Areas/Finance",
            priority="P2 - Important",
            action_type="Review",
            note="Invoices go to Finance",
        ),
    ]
    assert [c.subject for c in await store.recent_corrections(1)] == ["Subject c2"]


# body text and schema upgrades


async def test_body_text_is_stored_capped(store):
    long_body = "word " * 10_000
    await store.upsert_emails([mail("long", body_text=long_body), mail("short", body_text="Hi\n")])

    stored = await store.get_emails(["long", "short"])

    assert stored["long"].body_text == long_body[:BODY_TEXT_MAX_CHARS]
    assert len(stored["long"].body_text) == 32_000
    assert stored["short"].body_text == "Hi\n"


async def test_a_database_from_before_m002_upgrades_in_place(tmp_path: Path):
    path = tmp_path / "old.db"
    await old_database(path, 1, "old", "Before m002")

    async with await Store.open(path) as upgraded:
        email = await upgraded.get_email("old")
        assert email is not None and email.subject == "Before m002" and email.body_text == ""
        found = await upgraded.emails_needing_classification(
            since=datetime(2026, 2, 1, tzinfo=UTC), limit=5
        )
        assert [e.id for e in found] == ["old"]


async def test_id_rewrite_merge_carries_classification_rows(store):
    await store.upsert_emails([mail("rest-id"), mail("immutable-id", internet_message_id="<n>")])
    suggestion = await suggest(store, "rest-id")
    await store.record_classification(
        "rest-id", suggestion_id=suggestion, source="claude", model="m"
    )

    assert await store.replace_email_ids({"rest-id": "immutable-id"}) == 1

    rows = await store.classifications_for_suggestions([suggestion])
    assert rows[suggestion].email_id == "immutable-id"


async def test_chat_turns_keep_order_and_a_bounded_window(store):
    for i in range(5):
        await store.add_chat_turn("D1", "user", [{"type": "text", "text": f"q{i}"}])
    await store.add_chat_turn("D2", "user", [{"type": "text", "text": "other"}])

    turns = await store.recent_chat_turns("D1", limit=3)

    assert [t.content[0]["text"] for t in turns] == ["q2", "q3", "q4"]
    assert all(t.role == "user" for t in turns)


async def test_a_posted_message_is_remembered_and_replaced(store):
    email = EmailRecord(
        id="AAkPosted=",
        conversation_id=None,
        internet_message_id=None,
        subject="s",
        sender_name="n",
        sender_address="a@b.example",
        received_at=datetime.now(UTC),
        web_link=None,
        preview="",
    )
    await store.upsert_emails([email])
    suggestion = await store.create_suggestion(
        email_id=email.id,
        folder="Inbox",
        priority="P4 - Low",
        action_type="FYI Only",
        confidence=0.5,
        reason="r",
    )
    assert await store.posted_message(suggestion) is None

    await store.set_posted_message(suggestion, front_end="slack", channel="D1", ts="1.0")
    await store.set_posted_message(suggestion, front_end="slack", channel="D1", ts="2.0")

    posted = await store.posted_message(suggestion)
    assert posted is not None and (posted.channel, posted.ts) == ("D1", "2.0")
