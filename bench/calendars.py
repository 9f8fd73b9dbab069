"""Calendars: `today` over Outlook and Google Calendar, cold and warm; free-slot search over a
month of a busy calendar.

`today` runs `Assistant.calendar_day` against the Graph and Google Calendar emulators (both with
the Graph latency), each seeded with a busy day. Cold is the first call of a fresh assistant
(it reads the mailbox's time zone first); warm is the next call. The baseline asks the two
providers one after the other instead of together.

Free-slot search: a month in which every half hour of the working day holds a 25-minute meeting,
alternately on each calendar, with one free hour on the last working day. End to end
(`merged_free_slots` over both providers: getSchedule and freeBusy, one request each, and the
owner's address read once for getSchedule) its requests are set beside reading the month's
events page by page. The search itself (`free_slots`, pure) is timed per
search beside a scan that tests every 5-minute start against every busy interval.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from bench.common import BenchResult, Options, Row, workspace
from core.api import Assistant, Secrets, StaticTokenProvider, load_settings
from core.calendars.free_slots import WorkingHours, free_slots
from core.calendars.merged import merged_events, merged_free_slots
from core.calendars.provider import BusyInterval, CalendarProvider
from core.runtime import Runtime, build_runtime
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from sandbox.graph_emulator import GraphEmulator

DAY = date(2026, 12, 7)  # a Monday
MONTH_DAYS, QUICK_MONTH_DAYS = 31, 5
SEARCHES, QUICK_SEARCHES = 200, 5
HOURS = WorkingHours(clock(8), clock(18), UTC)
CONFIG = """\
graph:
  base_url: "{graph}"
storage:
  path: "{db}"
calendars:
  outlook:
  google:
    base_url: "{google}"
  working_hours:
    start: "08:00"
    end: "18:00"
"""


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, clock(hour, minute), tzinfo=UTC)


def _working_days(first: date, count: int) -> list[date]:
    days = [first + timedelta(days=n) for n in range(count)]
    return [d for d in days if d.weekday() < 5]


def _seed_busy(graph: GraphEmulator, google: GoogleCalendarEmulator, days: Sequence[date]) -> None:
    """Every half hour 08-18 taken by a 25-minute meeting, on the hour on Outlook, at half past
    on Google; the last day keeps 15:00-16:00 free."""
    for day in days:
        for hour in range(8, 18):
            if day == days[-1] and hour == 15:
                continue
            graph.add_event(f"Meeting {hour}:00", _at(day, hour), _at(day, hour, 25))
            google.add_event(
                summary=f"Meeting {hour}:30", start=_at(day, hour, 30), end=_at(day, hour, 55)
            )


def _requests(graph: GraphEmulator, google: GoogleCalendarEmulator) -> int:
    """HTTP requests sent to both (a $batch counts once, not its parts)."""
    return sum(not r.in_batch for r in graph.requests) + len(google.requests)


async def _open(directory: Path, graph: GraphEmulator, google: GoogleCalendarEmulator) -> Runtime:
    path = directory / "config.yaml"
    path.write_text(
        CONFIG.format(graph=graph.base_url, google=google.api_url, db=directory / "bench.db")
    )
    secrets = Secrets(google_access_token=google.grant())
    return await build_runtime(
        load_settings(path), secrets, token_provider=StaticTokenProvider("bench")
    )


async def _one_after_the_other(providers: Sequence[CalendarProvider]) -> float:
    start, end = _at(DAY, 0), _at(DAY + timedelta(days=1), 0)
    started = time.perf_counter()
    for provider in providers:
        await merged_events([provider], start, end)
    return time.perf_counter() - started


def _naive_search(
    busy: Sequence[BusyInterval], start: datetime, end: datetime, minutes: int
) -> datetime | None:
    length, step = timedelta(minutes=minutes), timedelta(minutes=5)
    for span_start, span_end in HOURS.spans(start, end):
        candidate = span_start
        while candidate + length <= span_end:
            if all(b.end <= candidate or b.start >= candidate + length for b in busy):
                return candidate
            candidate += step
    return None


def _per_search(search: Callable[[], object], repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        search()
    return (time.perf_counter() - started) / repeat * 1000


async def run(options: Options) -> BenchResult:
    """Measure `today` cold and warm and the month's free-slot search; return the figures."""
    month_days = QUICK_MONTH_DAYS if options.quick else MONTH_DAYS
    searches = QUICK_SEARCHES if options.quick else SEARCHES
    graph, google = GraphEmulator(latency=options.graph_latency), GoogleCalendarEmulator()
    google.latency = options.graph_latency
    days = _working_days(DAY, month_days)
    _seed_busy(graph, google, days)
    month_start, month_end = _at(DAY, 0), _at(DAY + timedelta(days=month_days), 0)
    async with workspace() as directory, graph.serve(), google.serve():
        runtime = await _open(directory, graph, google)
        async with Assistant(runtime) as assistant:
            mark, started = _requests(graph, google), time.perf_counter()
            cold_view = await assistant.calendar_day(DAY)
            cold_s, cold_requests = time.perf_counter() - started, _requests(graph, google) - mark
            mark, started = _requests(graph, google), time.perf_counter()
            await assistant.calendar_day(DAY)
            warm_s, warm_requests = time.perf_counter() - started, _requests(graph, google) - mark
            providers = await runtime.calendar_providers()
            sequential_s = await _one_after_the_other(providers)
            mark, started = _requests(graph, google), time.perf_counter()
            found = await merged_free_slots(
                providers, month_start, month_end, minutes=60, hours=HOURS, limit=1
            )
            month_s, month_requests = time.perf_counter() - started, _requests(graph, google) - mark
            mark, started = _requests(graph, google), time.perf_counter()
            month_events = await merged_events(providers, month_start, month_end)
            events_requests = _requests(graph, google) - mark
            events_s = time.perf_counter() - started
    if cold_view.problems or found.problems or not found.slots:
        raise RuntimeError(f"the calendar bench did not run clean: {cold_view.problems}")
    busy = [BusyInterval(e.start, e.end, e.provider, e.calendar_id) for e in month_events.events]
    ours_ms = _per_search(
        lambda: free_slots(busy, month_start, month_end, minutes=60, hours=HOURS, limit=1),
        searches,
    )
    naive_ms = _per_search(
        lambda: _naive_search(busy, month_start, month_end, 60), max(1, searches // 50)
    )
    rows = [
        Row("time, today over 2 providers, cold", cold_s, sequential_s, "s", "one after the other"),
        Row("time, today over 2 providers, warm", warm_s, sequential_s, "s", "one after the other"),
        Row("requests, today, cold", cold_requests, warm_requests, "requests", "warm", "none"),
        Row("requests, today, warm", warm_requests, cold_requests, "requests", "cold", "none"),
        Row(
            f"requests per free-slot search, {month_days} days",
            month_requests,
            events_requests,
            "requests",
            "read every event",
        ),
        Row(
            f"time per free-slot search, {month_days} days end to end",
            month_s,
            events_s,
            "s",
            "read every event",
        ),
        Row(
            f"time per free-slot search, {len(busy)} busy intervals",
            ours_ms,
            naive_ms,
            "ms",
            "scan every 5 min",
        ),
    ]
    return BenchResult(
        name="calendars",
        title=f"Calendars (Outlook + Google Calendar; a month of {len(busy)} meetings)",
        rows=rows,
        notes=[
            "today: Assistant.calendar_day, both providers asked together; cold is a fresh "
            "assistant's first call (it reads the mailbox time zone first)",
            "free-slot search: getSchedule + freeBusy for the month, one free hour on its last "
            "working day; the pure search is timed over the month's busy intervals",
        ],
        details={
            "days": month_days,
            "busy_intervals": len(busy),
            "slot_found": found.slots[0].start.isoformat(),
            "cold_requests": cold_requests,
            "warm_requests": warm_requests,
        },
    )
