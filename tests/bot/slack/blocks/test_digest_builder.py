"""The digest, stats and aging builders as pure functions: every section filled, long lists cut
with a true count, untrusted text inert, and every payload within Block Kit's limits."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from bot.slack import ids
from bot.slack.blocks import digest_message, expired_summary, stats_message
from bot.slack.blocks.limits import check_message
from core.api import (
    CalendarEvent,
    Digest,
    NeedsReplyItem,
    OverdueWait,
    PeriodNumbers,
    PeriodStats,
    ProviderProblem,
    SuggestionView,
    TaskDue,
)

DAY = date(2027, 1, 4)
NOW = datetime(2027, 1, 4, 7, tzinfo=UTC)
HOSTILE = "<!channel> *Pay* <https://evil.example|now>"


def reply(n: int, status: str = "pending") -> NeedsReplyItem:
    return NeedsReplyItem(
        n, status, f"{HOSTILE} {n}", "Dana", "dana@x.example", NOW, "https://outlook.office.com/m"
    )


def full_digest(replies: int = 3) -> Digest:
    return Digest(
        day=DAY,
        zone=UTC,
        needs_reply=(reply(1, "approved"), *(reply(n) for n in range(2, replies + 1))),
        overdue_waits=(OverdueWait(HOSTILE, "<@U999>", NOW - timedelta(days=3)),),
        meetings=(
            CalendarEvent(
                "outlook", "c", "e1", HOSTILE, NOW + timedelta(hours=2), NOW + timedelta(hours=3)
            ),
        ),
        calendars=("Outlook", "Google Calendar"),
        calendar_problems=(ProviderProblem("google", "Google Calendar", "token refused"),),
        tasks_due=(
            TaskDue("Reply to Dana", "microsoft_todo", DAY),
            TaskDue(HOSTILE, "todoist", DAY - timedelta(days=2)),
        ),
        yesterday=PeriodNumbers(12, 9, 2, 1),
        yesterday_cost_usd=0.0123,
        expired=3,
        scheduled=True,
    )


def test_every_section_filled_and_inert() -> None:
    payload = digest_message(full_digest())
    shown = json.dumps(payload, ensure_ascii=False)

    assert check_message(payload) == []
    for part in (
        "approved, task open",
        "waiting on",
        "Google Calendar could not be read",
        "· To Do · due today",
        "· Todoist · overdue since Sat 2 Jan",
        "12 triaged · 9 approved (2 corrected) · 1 dismissed · Claude $0.0123",
        "3 suggestions left the queue",
        "<https://outlook.office.com/m|Open in Outlook>",
    ):
        assert part in shown, part
    assert "<!channel>" not in shown and "<@U999>" not in shown and "<https://evil" not in shown


def test_a_long_list_is_cut_with_a_true_count() -> None:
    payload = digest_message(full_digest(replies=40))
    shown = json.dumps(payload, ensure_ascii=False)

    assert check_message(payload) == []
    assert "*Needs a reply* (40)" in shown and "and 25 more" in shown


def test_empty_digest_says_so_per_section() -> None:
    empty = replace(
        full_digest(),
        needs_reply=(),
        overdue_waits=(),
        meetings=(),
        calendars=(),
        calendar_problems=(),
        tasks_due=(),
        expired=0,
        scheduled=False,
    )
    shown = json.dumps(digest_message(empty), ensure_ascii=False)
    for part in (
        "Nothing is waiting",
        "Nobody you wait on",
        "No calendar is on.",
        "No task is due.",
    ):
        assert part in shown
    assert "Asked for now" in shown and "left the queue" not in shown


def test_stats_without_anything_to_count() -> None:
    stats = PeriodStats(NOW - timedelta(days=6), NOW, PeriodNumbers(), 0.0, 0)
    shown = json.dumps(stats_message(stats), ensure_ascii=False)
    assert (
        "Nothing was triaged or decided" in shown
        and "Claude: $0.0000 for 0 classifications" in shown
    )


def test_many_expired_without_cards_stay_within_limits() -> None:
    view = SuggestionView(
        1,
        "e",
        "pending",
        "F",
        "P2",
        "Review",
        0.9,
        "r",
        False,
        HOSTILE,
        "Dana",
        "d@x",
        NOW,
        None,
        "",
        "claude",
    )
    views = [replace(view, suggestion_id=n) for n in range(1, 31)]
    payload = expired_summary(views)

    assert check_message(payload) == []
    assert (
        sum(
            1
            for b in payload["blocks"]
            if b.get("accessory", {}).get("action_id") == ids.BRING_BACK
        )
        == 20
    )
    assert "and 10 more" in json.dumps(payload)
