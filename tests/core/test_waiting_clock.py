"""Counting a wait's hours: weekends in the owner's zone left out when asked, DST included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.followup.waiting_clock import counted_hours, due_at

SYDNEY = ZoneInfo("Australia/Sydney")
BERLIN = ZoneInfo("Europe/Berlin")


def test_without_skipping_every_hour_counts() -> None:
    start = datetime(2026, 12, 4, 9, tzinfo=UTC)  # a Friday
    assert counted_hours(start, start + timedelta(hours=72), UTC, skip_weekends=False) == 72
    assert counted_hours(start, start - timedelta(hours=1), UTC, skip_weekends=False) == 0
    assert due_at(start, 48, UTC, skip_weekends=False) == start + timedelta(hours=48)


def test_a_weekend_in_utc_counts_nothing() -> None:
    friday = datetime(2026, 12, 4, 9, tzinfo=UTC)
    monday = datetime(2026, 12, 7, 9, tzinfo=UTC)
    assert counted_hours(friday, monday, UTC, skip_weekends=True) == 24
    assert due_at(friday, 48, UTC, skip_weekends=True) == datetime(2026, 12, 8, 9, tzinfo=UTC)


def test_weekends_are_the_owners_not_utcs() -> None:
    # Friday 22:00 UTC is already Saturday 09:00 in Sydney: nothing counts until Monday there.
    start = datetime(2026, 12, 4, 22, tzinfo=UTC)
    sunday_noon_utc = datetime(2026, 12, 6, 12, tzinfo=UTC)  # Sunday 23:00 in Sydney
    assert counted_hours(start, sunday_noon_utc, SYDNEY, skip_weekends=True) == 0
    # Monday 00:00 in Sydney is Sunday 13:00 UTC; 48 counted hours end Wednesday 00:00 there.
    assert due_at(start, 48, SYDNEY, skip_weekends=True) == datetime(2026, 12, 8, 13, tzinfo=UTC)


@pytest.mark.parametrize("hours", [1, 24, 48, 96, 130])
def test_due_at_and_counted_hours_agree_across_a_dst_change(hours: int) -> None:
    start = datetime(2026, 3, 27, 8, tzinfo=UTC)  # Friday; Berlin moves clocks on the 29th
    due = due_at(start, hours, BERLIN, skip_weekends=True)
    assert counted_hours(start, due, BERLIN, skip_weekends=True) == pytest.approx(hours)
    assert counted_hours(start, due - timedelta(minutes=1), BERLIN, skip_weekends=True) < hours
