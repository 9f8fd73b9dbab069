"""Live delta noise in real traffic: partial items, duplicates, replays and stray partial items.

The emulator sends what the live service sends (an update as only its changed properties, even
under a full $select), plus items twice on a page, the end of the previous round replayed, and
partial items for old mail outside the sync window. Meanwhile the owner reads, tags, flags and
files mail in Outlook, new mail arrives, and some suggestions are approved. After every pass the
store must hold each Inbox email once, with one suggestion, and the very fields Outlook shows:
nothing lost, nothing duplicated, no field wiped, no partial item stored as a blank email.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from core.triage.service import STATE_TRIAGE_FLOOR
from sandbox.graph_emulator import GraphEmulator
from sandbox.graph_emulator.wire import GraphReply, GraphRequest, RecordedRequest
from tests.faults.helpers_mailbox import OWNER, emulated_runtime, sample_settings, seed_mailbox

pytestmark = pytest.mark.faults

PASSES = 6


class CountingEmulator(GraphEmulator):
    """Counts what delta served: items, partial ones, and exact repeats of an item."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.items = self.partial = self.repeats = 0
        self._last_served: dict[str, str] = {}

    def run(
        self, req: GraphRequest, *, reject: Any = None, record: RecordedRequest | None = None
    ) -> GraphReply:
        reply = super().run(req, reject=reject, record=record)
        if req.path.endswith("/messages/delta") and reply.status == 200:
            for item in reply.body["value"]:
                self.items += 1
                whole = "@removed" in item or "receivedDateTime" in item
                self.partial += not whole
                text = json.dumps(item, sort_keys=True)
                self.repeats += self._last_served.get(item["id"]) == text
                self._last_served[item["id"]] = text
        return reply


def owner_activity(emu: GraphEmulator, dice: random.Random, round_: int, floor: datetime) -> None:
    """A stretch of ordinary mailbox life between two passes."""
    now = datetime.now(UTC)
    for i in range(6):
        emu.add_message(
            subject=f"Round {round_} question {i}",
            sender_name=f"Client {i}",
            sender_address=f"client{i}@example{round_}.com",
            body="Could you review the attached proposal and reply?",
            received=now - timedelta(minutes=i),
            internet_message_id=f"<round{round_}.{i}@faults.example>",
        )
    inbox = emu.messages_in("Inbox")
    recent = [m for m in inbox if m.received >= floor]
    for msg in dice.sample(recent, 5):
        emu.update_message(msg.immutable_id, is_read=not msg.is_read)
    for msg in dice.sample(recent, 3):
        emu.update_message(msg.immutable_id, categories=[*msg.categories, "Personal"])
    for msg in dice.sample(recent, 2):
        emu.update_message(msg.immutable_id, flag={"flagStatus": "flagged"})
    emu.move_message(dice.choice(recent).immutable_id, "Archive")
    old = [m for m in inbox if m.received < floor]
    for msg in dice.sample(old, min(2, len(old))):
        emu.update_message(msg.immutable_id, is_read=not msg.is_read)


def stored_rows(db: Path) -> list[dict[str, Any]]:
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute("SELECT * FROM emails")]


def suggestions_per_email(db: Path) -> Counter[str]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT email_id FROM suggestions").fetchall()
    return Counter(email_id for (email_id,) in rows)


def wiped_fields(row: dict[str, Any], msg: Any, in_inbox: bool) -> list[str]:
    """Name the stored fields that differ from what Outlook shows for the message."""
    wrong = []
    if row["subject"] != msg.subject or row["sender_address"] != msg.sender_address.lower():
        wrong.append("content")
    if datetime.fromisoformat(row["received_at"]) != msg.received.replace(microsecond=0):
        wrong.append("received_at")
    if in_inbox:
        if json.loads(row["categories"]) != msg.categories:
            wrong.append("categories")
        if bool(row["is_read"]) != msg.is_read:
            wrong.append("is_read")
        if row["folder_id"] != msg.folder_id or row["removed_at"] is not None:
            wrong.append("folder")
    elif row["removed_at"] is None:
        wrong.append("removed_at")
    return wrong


async def test_partial_items_duplicates_and_replays_lose_nothing_and_wipe_nothing(
    tmp_path, scoreboard
):
    emu = CountingEmulator()
    seed_mailbox(emu, extra=40)
    for i in range(6):  # old Inbox mail, outside the sync window: its changes come as strays
        emu.add_message(
            subject=f"Old thread {i}",
            sender_name="Archive Bot",
            sender_address="old@example.com",
            received=datetime.now(UTC) - timedelta(days=20, hours=i),
        )
    emu.add_delta_noise(duplicate_rate=0.25, replay=25, stray_partials=True, seed=8)
    db = tmp_path / "partial.db"
    dice = random.Random(8)
    ever_in_inbox: set[str] = set()
    ignored_partials = 0
    floor = datetime.now(UTC)  # the triage floor, read after the first pass
    async with emu.serve(), aiohttp.ClientSession() as session:
        settings = sample_settings(emu.base_url, db)
        settings = settings.model_copy(
            update={"graph": settings.graph.model_copy(update={"delta_page_size": 10})}
        )
        runtime = await emulated_runtime(settings, session)
        try:
            for round_ in range(PASSES):
                if round_:
                    owner_activity(emu, dice, round_, floor)
                ever_in_inbox |= {m.immutable_id for m in emu.messages_in("Inbox")}
                report = await runtime.triage.refresh()
                assert report.sync is not None
                ignored_partials += report.sync.ignored_partials
                floor = datetime.fromisoformat(
                    await runtime.store.get_state(STATE_TRIAGE_FLOOR) or ""
                ) + timedelta(minutes=1)
                pending = await runtime.triage.list_pending(100)
                for view in pending[:2]:  # the owner approves two suggestions each pass
                    await runtime.triage.approve(view.suggestion_id, actor=OWNER)
            last = await runtime.triage.refresh()  # sees the last approvals' moves and tags
            assert last.sync is not None
            ignored_partials += last.sync.ignored_partials
        finally:
            await runtime.store.close()

    rows = stored_rows(db)
    rows_per_key = Counter(row["internet_message_id"] for row in rows)
    suggestions = suggestions_per_email(db)
    by_id = {msg.immutable_id: msg for msg in emu.all_messages()}
    inbox_ids = {m.immutable_id for m in emu.messages_in("Inbox")}
    expected = [by_id[i] for i in ever_in_inbox if by_id[i].received >= floor]
    row_of = {row["id"]: row for row in rows}
    wiped = {
        msg.internet_message_id: wrong
        for msg in expected
        if msg.immutable_id in row_of
        and (wrong := wiped_fields(row_of[msg.immutable_id], msg, msg.immutable_id in inbox_ids))
    }
    lost = [
        m.internet_message_id
        for m in expected
        if m.immutable_id not in row_of or suggestions[m.immutable_id] == 0
    ]
    duplicated = sum(n - 1 for n in rows_per_key.values()) + sum(
        n - 1 for n in suggestions.values()
    )
    blank = [row["id"] for row in rows if row["id"] not in by_id or not row["subject"]]
    score = scoreboard.scenario("Partial delta items, duplicates, replays").add(
        attempted=len(expected),
        succeeded=len(expected) - len(lost) - len(wiped),
        duplicated=duplicated,
        lost=len(lost),
        **{
            "fields wiped": len(wiped),
            "partial items": emu.partial,
            "repeated items": emu.repeats,
            "stray partials ignored": ignored_partials,
        },
    )

    assert emu.partial > 50 and emu.repeats > 20 and ignored_partials > 0, "the noise was real"
    assert wiped == {}, "no stored field differs from Outlook"
    assert blank == [], "no partial item became an email"
    assert lost == []
    score.assert_clean()
