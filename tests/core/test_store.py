"""The SQLite store against real databases (in memory and on disk), method by method."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from core.errors import StoreError
from core.store import EmailRecord, Recipients, Store, SuggestionRecord
from core.store.migrations import MIGRATIONS

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A settable clock; each read returns the current value."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def store(clock: Clock) -> AsyncIterator[Store]:
    async with await Store.open(":memory:", clock=clock) as s:
        yield s


def mail(email_id: str, **changes: object) -> EmailRecord:
    base = EmailRecord(
        id=email_id,
        conversation_id=f"conv-{email_id}",
        internet_message_id=f"<{email_id}@example.com>",
        subject=f"Subject {email_id}",
        sender_name="Ada Lovelace",
        sender_address="ada@example.com",
        received_at=T0 - timedelta(hours=1),
        web_link=f"https://outlook.office.com/?ItemID={email_id}",
        preview="Hello",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


async def pending(store: Store, email_id: str = "e1") -> int:
    await store.upsert_emails([mail(email_id)])
    return await store.create_suggestion(
        email_id=email_id,
        folder="Projects/Apollo",
        priority="P2 - Important",
        action_type="Review",
        confidence=0.82,
        reason="Design doc for review",
        classifier="claude-test",
        details={"area": "Apollo", "tool_hash": "abc"},
    )


# agent_state


async def test_state_set_get_overwrite_delete(store: Store) -> None:
    assert await store.get_state("todo_list_id") is None
    await store.set_state("todo_list_id", "L1")
    await store.set_state("todo_list_id", "L2")
    assert await store.get_state("todo_list_id") == "L2"
    await store.delete_state("todo_list_id")
    await store.delete_state("todo_list_id")
    assert await store.get_state("todo_list_id") is None


# emails


async def test_upsert_returns_only_new_ids_and_round_trips(store: Store) -> None:
    a = mail("A", sender_address="Ada@Example.COM", categories=("P2 - Important",))
    assert await store.upsert_emails([a, mail("B")]) == ["A", "B"]
    assert await store.upsert_emails([mail("B"), mail("C")]) == ["C"]
    assert await store.count_emails() == 3

    got = await store.get_email("A")
    assert got == replace(a, sender_address="ada@example.com")
    assert got is not None and got.received_at.tzinfo is not None
    assert got.received_at.utcoffset() == timedelta(0)
    assert await store.get_email("missing") is None


async def test_recipients_round_trip_and_unknown_ones_stay_unknown(store: Store) -> None:
    lines = Recipients(to=(("Oskar", "oskar@proseware.com"),), cc=(("", "maya@x.example"),), more=3)
    await store.upsert_emails([mail("A", recipients=lines), mail("B")])

    got_a, got_b = await store.get_email("A"), await store.get_email("B")

    assert got_a is not None and got_a.recipients == lines
    assert got_b is not None and got_b.recipients is None  # never "addressed to nobody"


async def test_upsert_refreshes_mutable_fields_of_known_email(store: Store) -> None:
    await store.upsert_emails([mail("A")])
    await store.mark_emails_removed(["A"], T0)
    again = mail("A", categories=("FYI Only",), folder_id="archive", is_read=True, subject="new")
    assert await store.upsert_emails([again]) == []
    got = await store.get_email("A")
    assert got is not None
    assert (got.categories, got.folder_id, got.is_read, got.removed_at) == (
        ("FYI Only",),
        "archive",
        True,
        None,
    )
    assert got.subject == "Subject A"  # immutable content is not rewritten


async def test_replay_under_new_id_with_same_internet_message_id_is_not_new(store: Store) -> None:
    await store.upsert_emails([mail("mutable-1", internet_message_id="<m1@x>")])
    replay = mail("immutable-1", internet_message_id="<m1@x>", is_read=True)
    assert await store.upsert_emails([replay]) == []
    assert await store.count_emails() == 1
    assert await store.get_email("immutable-1") is None
    stored = await store.get_email("mutable-1")
    assert stored is not None and stored.is_read is True


async def test_duplicates_within_one_batch_store_one_row(store: Store) -> None:
    first = mail("A")
    later = mail("A", is_read=True)
    twin = mail(
        "A2", internet_message_id=first.internet_message_id, is_read=True, categories=("X",)
    )
    assert await store.upsert_emails([first, later, twin]) == ["A"]
    assert await store.count_emails() == 1
    got = await store.get_email("A")
    assert got is not None and (got.is_read, got.categories) == (True, ("X",))  # last one wins


async def test_emails_without_internet_message_id_are_distinct(store: Store) -> None:
    batch = [mail("A", internet_message_id=None), mail("B", internet_message_id=None)]
    assert await store.upsert_emails(batch) == ["A", "B"]


async def test_upsert_of_a_thousand_emails(store: Store) -> None:
    batch = [mail(f"id-{n:04d}") for n in range(1000)]
    assert len(await store.upsert_emails(batch)) == 1000
    assert await store.upsert_emails(batch) == []
    assert await store.count_emails() == 1000


async def test_times_are_stored_as_utc_whatever_the_input_zone(store: Store) -> None:
    plus_two = datetime(2024, 5, 1, 11, 0, tzinfo=timezone(timedelta(hours=2)))
    await store.upsert_emails([mail("A", received_at=plus_two)])
    got = await store.get_email("A")
    assert got is not None and got.received_at == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    assert got.received_at.tzinfo == UTC


async def test_naive_datetime_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="naive datetime"):
        await store.upsert_emails([mail("A", received_at=datetime(2024, 5, 1, 9, 0))])
    assert await store.count_emails() == 0


async def test_get_emails_returns_known_ones_by_id(store: Store) -> None:
    await store.upsert_emails([mail("A"), mail("B"), mail("C")])
    got = await store.get_emails(["C", "A", "nope"])
    assert set(got) == {"A", "C"}
    assert got["C"].subject == "Subject C"
    assert await store.get_emails([]) == {}


async def test_mark_emails_removed_keeps_first_removal(store: Store) -> None:
    await store.upsert_emails([mail("A"), mail("B")])
    assert await store.mark_emails_removed(["A", "nope"], T0) == 1
    assert await store.mark_emails_removed(["A", "B"], T0 + timedelta(hours=1)) == 1
    a, b = await store.get_email("A"), await store.get_email("B")
    assert a is not None and a.removed_at == T0
    assert b is not None and b.removed_at == T0 + timedelta(hours=1)
    assert await store.count_emails() == 2


async def test_email_ids_page_walks_every_row_once(store: Store) -> None:
    await store.upsert_emails([mail(f"m{n}") for n in range(7)])
    seen: list[str] = []
    after = 0
    while page := await store.email_ids_page(after_rowid=after, limit=3):
        assert len(page) <= 3
        seen += [e.id for _, e in page]
        after = page[-1][0]
    assert seen == [f"m{n}" for n in range(7)]


# suggestions


async def test_create_and_get_suggestion(store: Store, clock: Clock) -> None:
    sid = await pending(store)
    s = await store.get_suggestion(sid)
    assert isinstance(s, SuggestionRecord)
    assert (s.email_id, s.status, s.suggested_folder, s.confidence) == (
        "e1",
        "pending",
        "Projects/Apollo",
        0.82,
    )
    assert s.details == {"area": "Apollo", "tool_hash": "abc"}
    assert (s.steps, s.edits, s.error, s.resolved_at) == ({}, {}, None, None)
    assert s.created_at == s.updated_at == T0
    assert (s.folder, s.priority, s.action_type) == ("Projects/Apollo", "P2 - Important", "Review")
    assert await store.get_suggestion(sid + 100) is None


async def test_suggestion_for_unknown_email_names_the_operation(store: Store) -> None:
    with pytest.raises(StoreError, match="FOREIGN KEY.* while creating a suggestion for email"):
        await store.create_suggestion(
            email_id="ghost", folder="f", priority="p", action_type="a", confidence=1, reason=""
        )


async def test_approval_path_keeps_edits_and_sets_resolved_at(store: Store, clock: Clock) -> None:
    sid = await pending(store)
    edits = {"folder": "Clients/Acme", "create_task": False, "note": "wrong project"}
    assert await store.transition_suggestion(
        sid, from_status={"pending"}, to_status="approving", actor="U1", edits=edits
    )
    clock.advance(5)
    assert await store.transition_suggestion(
        sid, from_status={"approving"}, to_status="failed", actor="U1", error="Graph 503"
    )
    failed = await store.get_suggestion(sid)
    assert failed is not None
    assert (failed.status, failed.error, failed.resolved_at) == ("failed", "Graph 503", None)

    clock.advance(5)
    assert await store.transition_suggestion(
        sid, from_status={"failed"}, to_status="approving", actor="U1", edits={"priority": "P1"}
    )
    assert await store.transition_suggestion(
        sid, from_status={"approving"}, to_status="approved", actor="U1"
    )
    s = await store.get_suggestion(sid)
    assert s is not None
    assert s.status == "approved" and s.error is None and s.actor == "U1"
    assert s.resolved_at == s.updated_at == T0 + timedelta(seconds=10)
    assert s.edits == {
        "folder": "Clients/Acme",
        "priority": "P1",
        "create_task": False,
        "note": "wrong project",
    }
    assert (s.suggested_folder, s.folder) == ("Projects/Apollo", "Clients/Acme")
    assert (s.suggested_priority, s.priority, s.action_type) == ("P2 - Important", "P1", "Review")


@pytest.mark.parametrize(
    ("start", "to"),
    [("pending", "dismissed"), ("failed", "dismissed")],
)
async def test_dismiss_from_pending_or_failed(store: Store, start: str, to: str) -> None:
    sid = await pending(store)
    if start == "failed":
        await store.transition_suggestion(
            sid, from_status={"pending"}, to_status="approving", actor="U"
        )
        await store.transition_suggestion(
            sid, from_status={"approving"}, to_status="failed", actor="U"
        )
    assert await store.transition_suggestion(sid, from_status={start}, to_status=to, actor="U")
    s = await store.get_suggestion(sid)
    assert s is not None and s.status == "dismissed" and s.resolved_at is not None


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [
        ({"pending"}, "approved"),
        ({"pending"}, "failed"),
        ({"approving"}, "dismissed"),
        ({"approved"}, "approving"),
        ({"dismissed"}, "pending"),
        ({"pending", "approved"}, "approving"),
        ({"bogus"}, "approving"),
        ({"pending"}, "bogus"),
        (set(), "approving"),
    ],
)
async def test_illegal_transitions_raise_and_change_nothing(
    store: Store, from_status: set[str], to_status: str
) -> None:
    sid = await pending(store)
    before = await store.get_suggestion(sid)
    with pytest.raises(StoreError, match="illegal suggestion transition"):
        await store.transition_suggestion(
            sid, from_status=from_status, to_status=to_status, actor="U"
        )
    assert await store.get_suggestion(sid) == before


async def test_transition_from_wrong_status_returns_false(store: Store) -> None:
    sid = await pending(store)
    assert not await store.transition_suggestion(
        sid, from_status={"approving"}, to_status="approved", actor="U"
    )
    assert not await store.transition_suggestion(
        sid + 1, from_status={"pending"}, to_status="approving", actor="U"
    )
    s = await store.get_suggestion(sid)
    assert s is not None and s.status == "pending" and s.actor is None


async def test_unknown_edit_field_is_refused(store: Store) -> None:
    sid = await pending(store)
    with pytest.raises(StoreError, match="unknown suggestion edit fields \\['colour'\\]"):
        await store.transition_suggestion(
            sid, from_status={"pending"}, to_status="approving", actor="U", edits={"colour": "red"}
        )


async def test_concurrent_approvals_exactly_one_wins(store: Store) -> None:
    sid = await pending(store)
    results = await asyncio.gather(
        *(
            store.transition_suggestion(
                sid, from_status={"pending", "failed"}, to_status="approving", actor=f"U{n}"
            )
            for n in range(10)
        )
    )
    assert results.count(True) == 1
    winner = f"U{results.index(True)}"
    s = await store.get_suggestion(sid)
    assert s is not None and (s.status, s.actor) == ("approving", winner)


async def test_steps_are_recorded_and_read_back(store: Store) -> None:
    sid = await pending(store)
    await store.record_suggestion_step(sid, "categories", {"applied": ["P2 - Important"]})
    await store.record_suggestion_step(sid, "move", {"new_id": "AAMk-moved"})
    await store.record_suggestion_step(sid, "categories", {"applied": ["P1"], "retry": 1})
    s = await store.get_suggestion(sid)
    assert s is not None
    assert s.steps == {
        "categories": {"applied": ["P1"], "retry": 1},
        "move": {"new_id": "AAMk-moved"},
    }
    assert list(s.steps) == ["categories", "move"]


async def test_step_for_missing_suggestion_or_bad_json_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="suggestion 99 does not exist"):
        await store.record_suggestion_step(99, "move", {})
    sid = await pending(store)
    with pytest.raises(StoreError, match="as JSON"):
        await store.record_suggestion_step(sid, "move", {"at": object()})
    s = await store.get_suggestion(sid)
    assert s is not None and s.steps == {}


async def test_list_suggestions_filters_and_limits(store: Store) -> None:
    first = await pending(store, "e1")
    second = await pending(store, "e2")
    third = await pending(store, "e3")
    await store.transition_suggestion(
        second, from_status={"pending"}, to_status="dismissed", actor="U"
    )
    assert [s.id for s in await store.list_suggestions()] == [first, second, third]
    assert [s.id for s in await store.list_suggestions(status="pending")] == [first, third]
    assert [s.id for s in await store.list_suggestions(status="pending", limit=1)] == [first]
    assert await store.list_suggestions(status="approved") == []


# task_sync


async def test_task_sync_crud(store: Store, clock: Clock) -> None:
    await store.upsert_emails([mail("A"), mail("B")])
    t1 = await store.add_task_sync(
        email_id="A", todo_task_id="T1", todo_list_id="L", task_type="review"
    )
    t2 = await store.add_task_sync(
        email_id="B",
        todo_task_id="T2",
        todo_list_id="P",
        task_type="needs_reply",
        provider="todoist",
    )
    rec = await store.get_task_sync(t1)
    assert rec is not None
    assert (rec.email_id, rec.todo_task_id, rec.todo_list_id, rec.task_type) == (
        "A",
        "T1",
        "L",
        "review",
    )
    assert (rec.status, rec.provider, rec.created_at, rec.synced_at) == (
        "active",
        "microsoft_todo",
        T0,
        None,
    )
    assert [t.id for t in await store.task_syncs_for_email("A")] == [t1]

    assert [t.id for t in await store.active_task_syncs()] == [t1, t2]
    assert [t.id for t in await store.active_task_syncs("todoist")] == [t2]

    await store.set_task_sync_status(t1, "completed", synced_at=T0 + timedelta(minutes=5))
    await store.set_task_sync_status(t1, "completed")
    done = await store.get_task_sync(t1)
    assert done is not None and (done.status, done.synced_at) == (
        "completed",
        T0 + timedelta(minutes=5),
    )
    assert [t.id for t in await store.active_task_syncs()] == [t2]

    assert await store.delete_task_sync(t2) is True
    assert await store.delete_task_sync(t2) is False
    assert await store.get_task_sync(t2) is None
    with pytest.raises(StoreError, match=f"task_sync {t2} does not exist"):
        await store.set_task_sync_status(t2, "deleted")


# action_log


async def test_action_log_round_trips_json(store: Store, clock: Clock) -> None:
    before = {"categories": ["Röntgen", "P2"], "folder": None, "n": 1.5}
    after = {"categories": ["P1"], "folder": "Archive", "nested": {"ok": [True, None]}}
    first = await store.log_action(
        "move",
        actor="U1",
        email_id="A",
        suggestion_id=7,
        target="folder:Archive",
        before=before,
        after=after,
        details={"request_id": "r-1"},
    )
    clock.advance(1)
    second = await store.log_action("category_create", actor="system", after=["P1"])
    rows = await store.list_actions()
    assert [r.id for r in rows] == [second, first]
    move = rows[1]
    assert (move.action, move.actor, move.email_id, move.suggestion_id, move.target) == (
        "move",
        "U1",
        "A",
        7,
        "folder:Archive",
    )
    assert (move.before, move.after, move.details, move.at) == (
        before,
        after,
        {"request_id": "r-1"},
        T0,
    )
    assert (rows[0].before, rows[0].after, rows[0].details) == (None, ["P1"], None)
    assert [r.id for r in await store.list_actions(action="move")] == [first]
    assert [r.id for r in await store.list_actions(email_id="A")] == [first]
    assert [r.id for r in await store.list_actions(limit=1)] == [second]


async def test_action_log_refuses_values_json_cannot_hold(store: Store) -> None:
    with pytest.raises(StoreError, match="'before' of action 'move' as JSON"):
        await store.log_action("move", actor="U", before={"when": T0})
    assert await store.list_actions() == []


# replace_email_ids


async def _linked(store: Store, email_id: str) -> tuple[int, int, int]:
    sid = await pending(store, email_id)
    tid = await store.add_task_sync(
        email_id=email_id, todo_task_id=f"T-{email_id}", todo_list_id="L", task_type="review"
    )
    wid = await store.add_waiting_for(
        email_id=email_id, waiting_since=T0, expected_from="bob@example.com", description="quote"
    )
    await store.log_action("suggest", actor="classifier", email_id=email_id, suggestion_id=sid)
    return sid, tid, wid


async def _refs(store: Store, sid: int, tid: int, wid: int) -> tuple[str | None, ...]:
    s, t = await store.get_suggestion(sid), await store.get_task_sync(tid)
    waits = {w.id: w.email_id for w in await store.list_waiting_for(status=None)}
    assert s is not None and t is not None
    return s.email_id, t.email_id, waits[wid]


async def test_replace_email_ids_rewrites_every_reference(store: Store) -> None:
    sid, tid, wid = await _linked(store, "old-1")
    await store.upsert_emails([mail("untouched")])
    assert (
        await store.replace_email_ids({"old-1": "new-1", "never-stored": "x", "same": "same"}) == 1
    )
    assert await store.get_email("old-1") is None
    moved = await store.get_email("new-1")
    assert moved is not None and moved.subject == "Subject old-1"
    assert await _refs(store, sid, tid, wid) == ("new-1", "new-1", "new-1")
    assert [a.email_id for a in await store.list_actions(action="suggest")] == ["new-1"]
    assert [t.id for t in await store.task_syncs_for_email("new-1")] == [tid]
    assert await store.count_emails() == 2


async def test_replace_email_ids_merges_into_an_already_stored_new_id(store: Store) -> None:
    sid, tid, wid = await _linked(store, "old-1")
    # The delta already stored the same message under its immutable id (different
    # internet_message_id so the upsert does not fold it into the old row).
    await store.upsert_emails([mail("new-1", internet_message_id=None, categories=("P1",))])
    assert await store.replace_email_ids({"old-1": "new-1"}) == 1
    assert await store.count_emails() == 1
    merged = await store.get_email("new-1")
    assert merged is not None
    assert merged.categories == ("P1",)
    assert merged.internet_message_id == "<old-1@example.com>"
    assert await _refs(store, sid, tid, wid) == ("new-1", "new-1", "new-1")
    assert [a.email_id for a in await store.list_actions()] == ["new-1"]


async def test_replace_email_ids_is_all_or_nothing(store: Store) -> None:
    refs_a = await _linked(store, "old-a")
    refs_b = await _linked(store, "old-b")
    with pytest.raises(StoreError, match="CHECK constraint failed.* while replacing email ids"):
        # The second rewrite violates emails.id <> '' after the first has been applied.
        await store.replace_email_ids({"old-a": "new-a", "old-b": ""})
    assert set(await store.get_emails(["old-a", "old-b", "new-a"])) == {"old-a", "old-b"}
    assert await _refs(store, *refs_a) == ("old-a",) * 3
    assert await _refs(store, *refs_b) == ("old-b",) * 3
    assert sorted(str(a.email_id) for a in await store.list_actions()) == ["old-a", "old-b"]
    # The store is still usable after the rollback.
    assert await store.replace_email_ids({"old-a": "new-a"}) == 1


async def test_replace_email_ids_refuses_chained_mappings(store: Store) -> None:
    await store.upsert_emails([mail("a"), mail("b")])
    with pytest.raises(StoreError, match="both replaced and replacements"):
        await store.replace_email_ids({"a": "b", "b": "c"})
    assert set(await store.get_emails(["a", "b", "c"])) == {"a", "b"}


# waiting_for


async def test_waiting_for_add_and_list(store: Store) -> None:
    await store.upsert_emails([mail("A")])
    wid = await store.add_waiting_for(
        email_id="A", waiting_since=T0, conversation_id="conv-A", expected_from="bob@example.com"
    )
    [w] = await store.list_waiting_for()
    assert (w.id, w.email_id, w.status, w.nudge_after_hours, w.waiting_since) == (
        wid,
        "A",
        "waiting",
        48,
        T0,
    )
    assert await store.list_waiting_for(status="received") == []


# files, locking, lifecycle


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


async def test_file_database_is_private_wal_and_persistent(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "assistant.db"
    async with await Store.open(path) as store:
        await store.set_state("k", "v")
        assert store.path == str(path)
        assert _mode(path) == 0o600
        for sidecar in ("assistant.db-wal", "assistant.db-shm"):
            assert _mode(path.parent / sidecar) == 0o600
    other = sqlite3.connect(path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert other.execute("SELECT COUNT(*) FROM _migrations").fetchone() == (len(MIGRATIONS),)
    finally:
        other.close()
    async with await Store.open(str(path)) as again:
        assert await again.get_state("k") == "v"


async def test_existing_lax_file_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "assistant.db"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    async with await Store.open(path):
        assert _mode(path) == 0o600


async def test_locked_database_names_the_operation(tmp_path: Path) -> None:
    path = tmp_path / "assistant.db"
    async with await Store.open(path, busy_timeout_ms=50) as store:
        blocker = sqlite3.connect(path, isolation_level=None)
        try:
            blocker.execute("BEGIN EXCLUSIVE")
            with pytest.raises(
                StoreError, match="^database is locked while saving emails: "
            ) as exc:
                await store.upsert_emails([mail("A")])
            assert str(path) in str(exc.value)
            assert isinstance(exc.value.__cause__, sqlite3.OperationalError)
        finally:
            blocker.close()
        assert await store.upsert_emails([mail("A")]) == ["A"]


async def test_uncreatable_path_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot create the database file"):
        await Store.open(blocker / "assistant.db")


async def test_closed_store_refuses_work(clock: Clock) -> None:
    store = await Store.open(":memory:", clock=clock)
    await store.close()
    await store.close()
    with pytest.raises(StoreError, match="the store is closed while reading state 'k'"):
        await store.get_state("k")


async def test_memory_store_enforces_foreign_keys(store: Store) -> None:
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        await store.add_task_sync(
            email_id="ghost", todo_task_id="T", todo_list_id="L", task_type="x"
        )
