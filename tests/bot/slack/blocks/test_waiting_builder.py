"""The waiting-for message: hostile text stays inert, each state shows what it should."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bot import messages
from bot.slack import ids
from bot.slack.blocks.limits import check_message
from bot.slack.blocks.waiting_builder import waiting_message, waiting_note
from core.api import WaitView

NOW = datetime(2026, 12, 4, 9, tzinfo=UTC)


def view(**changes: object) -> WaitView:
    base = WaitView(
        id=7,
        subject="<!channel> *urgent* <https://evil.example|click>",
        sender_name="<@U999> Eve",
        waiting_on=("eve@x.example",),
        since=NOW - timedelta(hours=50),
        clock_from=NOW - timedelta(hours=50),
        hours=50,
        nudge_due=NOW - timedelta(hours=2),
        escalate_due=NOW + timedelta(hours=46),
        escalated=False,
        snoozed_until=None,
        open=True,
        closed_by=None,
        email_link="https://outlook.office365.com/owa/?ItemID=x",
        draft_link=None,
        task_backend="todo",
        task_id="t1",
        skip_weekends=True,
    )
    return WaitView(**{**base.__dict__, **changes})


def action_ids(payload: dict) -> list[str]:
    return [
        e["action_id"] for b in payload["blocks"] for e in b.get("elements", []) if "action_id" in e
    ]


def test_hostile_subjects_and_names_never_ping_or_link() -> None:
    payload = waiting_message(view())
    text = json.dumps(payload)
    assert "<!channel>" not in text and "<@U999>" not in text and "<https://evil" not in text
    assert check_message(payload) == []
    assert action_ids(payload) == [ids.WAITING_DRAFT, ids.WAITING_RECEIVED, ids.WAITING_SNOOZE]
    assert messages.WAITING_WEEKENDS_SKIPPED in text and "2 days" in text


def test_each_state_says_what_it_is() -> None:
    escalated = json.dumps(waiting_message(view(escalated=True, task_id=None)))
    assert messages.WAITING_IMPORTANCE_NOT_RAISED in escalated
    drafted = json.dumps(waiting_message(view(draft_link="https://outlook.office365.com/d")))
    assert messages.WAITING_OPEN_DRAFT in drafted
    foreign = json.dumps(waiting_message(view(draft_link="https://evil.example/d")))
    assert messages.WAITING_OPEN_DRAFT not in foreign
    snoozed = waiting_message(view(snoozed_until=NOW + timedelta(days=1)), state="snoozed")
    assert "Snoozed" in json.dumps(snoozed) and action_ids(snoozed)
    by_reply = waiting_message(view(open=False, closed_by="reply"), state="closed")
    assert messages.WAITING_CLOSED_BY_REPLY in json.dumps(by_reply) and action_ids(by_reply) == []
    assert messages.WAITING_TASK_COMPLETED in json.dumps(by_reply)
    no_task = waiting_message(view(open=False, closed_by="marked", task_id=None), state="closed")
    assert messages.WAITING_TASK_COMPLETED not in json.dumps(no_task)
    nobody = waiting_message(view(sender_name="", waiting_on=()))
    assert messages.WAITING_NOBODY in json.dumps(nobody)
    assert messages.WAITING_MISSING in json.dumps(waiting_note(messages.WAITING_MISSING))
