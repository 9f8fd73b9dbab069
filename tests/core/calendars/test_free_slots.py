"""Free slots in working hours across busy intervals: the pure search, no I/O."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.calendars.free_slots import FreeSlot, WorkingHours, free_slots, taken_spans
from core.calendars.provider import BusyInterval, ShowAs

BERLIN = ZoneInfo("Europe/Berlin")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
NINE_TO_FIVE_UTC = WorkingHours(time(9), time(17), UTC)


def utc(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def busy(start: datetime, end: datetime, show_as: ShowAs = "busy") -> BusyInterval:
    return BusyInterval(start, end, "outlook", "default", show_as)


def pairs(slots: list[FreeSlot]) -> list[tuple[datetime, datetime]]:
    return [(s.start, s.end) for s in slots]


def test_overlapping_and_back_to_back_meetings_leave_only_real_gaps() -> None:
    taken = [
        busy(utc(2, 9), utc(2, 10)),
        busy(utc(2, 9, 30), utc(2, 10, 30), "tentative"),  # overlaps the first
        busy(utc(2, 10, 30), utc(2, 11)),  # back to back: no gap at 10:30
        busy(utc(2, 11, 20), utc(2, 12)),  # a 20-minute gap before it
        busy(utc(2, 13), utc(2, 14), "free"),  # free time takes nothing
    ]
    slots = free_slots(taken, utc(2, 0), utc(3, 0), minutes=30, hours=NINE_TO_FIVE_UTC, limit=5)
    assert pairs(slots) == [(utc(2, 12), utc(2, 17))]

    short = free_slots(taken, utc(2, 0), utc(3, 0), minutes=20, hours=NINE_TO_FIVE_UTC)
    assert pairs(short)[0] == (utc(2, 11), utc(2, 11, 20))


def test_taken_spans_join_what_touches_and_skips_free_and_empty() -> None:
    joined = taken_spans(
        [
            busy(utc(2, 11), utc(2, 12)),
            busy(utc(2, 9), utc(2, 10)),
            busy(utc(2, 10), utc(2, 10, 30)),
            busy(utc(2, 9, 15), utc(2, 9, 45)),  # inside the first
            busy(utc(2, 14), utc(2, 14)),
            busy(utc(2, 15), utc(2, 16), "free"),
            busy(utc(2, 16), utc(2, 17), "unknown"),
        ]
    )
    assert joined == [(utc(2, 9), utc(2, 10, 30)), (utc(2, 11), utc(2, 12))]


def test_only_working_days_count_and_the_limit_holds() -> None:
    # 6 March 2026 is a Friday: the weekend is skipped, Monday 9 March comes next.
    taken = [busy(utc(6, 9), utc(6, 17))]
    slots = free_slots(taken, utc(6, 0), utc(12, 0), minutes=60, hours=NINE_TO_FIVE_UTC, limit=2)
    assert pairs(slots) == [(utc(9, 9), utc(9, 17)), (utc(10, 9), utc(10, 17))]

    weekend_shift = WorkingHours(time(10), time(14), UTC, days=frozenset({5, 6}))
    weekend = free_slots([], utc(2, 0), utc(9, 0), minutes=60, hours=weekend_shift, limit=5)
    assert [s.start.weekday() for s in weekend] == [5, 6]


def test_an_all_day_event_takes_the_whole_local_day() -> None:
    hours = WorkingHours(time(9), time(17), BERLIN)
    # An all-day event in Berlin on Tuesday 3 March: 2 March 23:00Z to 3 March 23:00Z.
    taken = [busy(utc(2, 23), utc(3, 23), "oof")]
    slots = free_slots(taken, utc(3, 0), utc(5, 0), minutes=30, hours=hours)
    assert pairs(slots)[0] == (utc(4, 8), utc(4, 16))  # Wednesday 09:00-17:00 Berlin


def test_working_hours_follow_the_zone_across_utc_midnight() -> None:
    hours = WorkingHours(time(9), time(17), LOS_ANGELES)
    # 9-17 in Los Angeles on Monday 2 March is 17:00Z to 01:00Z on Tuesday. A meeting at
    # 00:30-01:00Z Tuesday is the end of the Monday there.
    taken = [busy(utc(3, 0, 30), utc(3, 1))]
    slots = free_slots(taken, utc(2, 0), utc(3, 12), minutes=30, hours=hours)
    assert pairs(slots) == [(utc(2, 17), utc(3, 0, 30))]


def test_the_dst_change_keeps_local_working_hours() -> None:
    hours = WorkingHours(time(9), time(17), BERLIN, days=frozenset(range(7)))
    # Sunday 29 March 2026 Berlin moves to summer time: 09:00 is 08:00Z on the 28th, 07:00Z on
    # the 29th.
    slots = free_slots([], utc(28, 0), utc(30, 0), minutes=60, hours=hours, limit=5)
    assert pairs(slots) == [(utc(28, 8), utc(28, 16)), (utc(29, 7), utc(29, 15))]


def test_a_night_shift_runs_past_midnight() -> None:
    night = WorkingHours(time(22), time(6), UTC, days=frozenset({0}))
    slots = free_slots([busy(utc(3, 1), utc(3, 2))], utc(2, 0), utc(4, 0), minutes=60, hours=night)
    assert pairs(slots) == [(utc(2, 22), utc(3, 1)), (utc(3, 2), utc(3, 6))]


def test_slots_start_on_round_minutes_within_the_window() -> None:
    now = utc(2, 10, 3) + timedelta(seconds=27)
    taken = [busy(utc(2, 11), utc(2, 11, 2))]
    slots = free_slots(taken, now, utc(2, 13), minutes=50, hours=NINE_TO_FIVE_UTC)
    # 10:03:27 rounds up to 10:05 (55 minutes to 11:00); after 11:02 comes 11:05.
    assert pairs(slots) == [(utc(2, 10, 5), utc(2, 11)), (utc(2, 11, 5), utc(2, 13))]
    assert slots[0].minutes == 55
    assert slots[0].first(30) == (utc(2, 10, 5), utc(2, 10, 35))


def test_a_full_day_has_no_slot() -> None:
    taken = [busy(utc(2, 8), utc(2, 18))]
    assert free_slots(taken, utc(2, 0), utc(3, 0), minutes=15, hours=NINE_TO_FIVE_UTC) == []


def test_a_busy_month_is_searched_in_one_pass() -> None:
    # Every working day of March: meetings every 30 minutes with a 5-minute gap, one free hour.
    taken = []
    for day in range(1, 32):
        for slot in range(16):
            start = utc(day, 9) + timedelta(minutes=30 * slot)
            if not (day == 27 and slot in (10, 11)):
                taken.append(busy(start, start + timedelta(minutes=25)))
    slots = free_slots(taken, utc(1, 0), utc(1, 0, month=4), minutes=60, hours=NINE_TO_FIVE_UTC)
    assert pairs(slots) == [(utc(27, 13, 55), utc(27, 15))]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"minutes": 0}, "at least one minute"),
        ({"minutes": 30, "limit": 0}, "at least 1"),
        ({"minutes": 30, "start": datetime(2026, 3, 2)}, "timezone-aware"),
    ],
)
def test_bad_arguments_say_what_is_wrong(kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = {"start": utc(2, 0), "end": utc(3, 0), "hours": NINE_TO_FIVE_UTC}
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        free_slots([], **args)  # type: ignore[arg-type]


def test_working_hours_are_checked() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        WorkingHours(time(9), time(17), UTC, days=frozenset({7}))
    with pytest.raises(ValueError, match="same time"):
        WorkingHours(time(9), time(9), UTC)
