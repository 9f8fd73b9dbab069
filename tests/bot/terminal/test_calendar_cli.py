"""`calendar today` and `calendar free`, the real commands against the Graph and Google
Calendar emulators at once: one meeting on both calendars shows once, times are right across
zones, and a provider that fails is named while the other's events still show."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from rich.console import Console

from bot.terminal.cli import EXIT_CONFIG, EXIT_FAILED, EXIT_OK, build_parser, run_command
from bot.terminal.screen import Terminal
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from sandbox.graph_emulator import GraphEmulator

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

CONFIG = """\
auth:
  client_id: "00000000-0000-0000-0000-000000000000"
graph:
  base_url: "{graph}"
storage:
  path: "{db}"
calendars:
  outlook:
  google:
    base_url: "{google}"
    token_cache_path: "{token}"
  working_hours:
    start: "09:00"
    end: "17:00"
    days: [mon, tue, wed, thu, fri, sat, sun]
"""


@pytest.fixture
def config(tmp_path: Path, emulator: GraphEmulator, gcal: GoogleCalendarEmulator, monkeypatch):
    monkeypatch.setenv("GRAPH_ACCESS_TOKEN", "cli-test-token")
    monkeypatch.setenv("GOOGLE_ACCESS_TOKEN", gcal.grant())
    emulator.mailbox_settings["timeZone"] = "W. Europe Standard Time"
    path = tmp_path / "config.yaml"
    path.write_text(
        CONFIG.format(
            graph=emulator.base_url,
            google=gcal.api_url,
            db=tmp_path / "a.db",
            token=tmp_path / "google.json",
        )
    )
    return path


async def run(config: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    term = Terminal(Console(file=out, width=200, highlight=False))
    args = build_parser().parse_args(["--config", str(config), *argv])
    return await run_command(args, term), out.getvalue()


def today_in_berlin() -> date:
    return datetime.now(BERLIN).date()


def at(day: date, hour: int, minute: int = 0, zone: ZoneInfo = BERLIN) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def seed_shared_day(emulator: GraphEmulator, gcal: GoogleCalendarEmulator, day: date) -> None:
    """A meeting on both calendars (same UID), one on each, and a Google event from New York."""
    shared_id = emulator.add_event("Steering committee", at(day, 10), at(day, 11))
    uid = emulator.calendar.find(shared_id).ical_uid
    gcal.add_event(summary="Steering committee", start=at(day, 10), end=at(day, 11), iCalUID=uid)
    emulator.add_event("Supplier call", at(day, 13), at(day, 13, 30))
    # 08:00 in New York is 14:00 in Berlin (both on standard or both on summer time but for
    # a few weeks a year; the expected time is computed, not assumed).
    gcal.add_event(
        summary="Dentist", start=at(day, 8, zone=NEW_YORK), end=at(day, 9, zone=NEW_YORK)
    )


async def test_today_json_merges_both_calendars_once_with_berlin_offsets(
    config: Path, emulator: GraphEmulator, gcal: GoogleCalendarEmulator
) -> None:
    day = today_in_berlin()
    seed_shared_day(emulator, gcal, day)

    status, out = await run(config, "calendar", "today", "--json")

    assert status == EXIT_OK, out
    view = json.loads(out)
    assert view["date"] == day.isoformat()
    assert view["time_zone"] == "Europe/Berlin", "the IANA name, not Graph's Windows one"
    titles = [e["title"] for e in view["events"]]
    assert titles.count("Steering committee") == 1
    dentist = at(day, 8, zone=NEW_YORK).astimezone(BERLIN)
    by_title = {e["title"]: e for e in view["events"]}
    assert by_title["Steering committee"]["start"] == at(day, 10).isoformat()
    assert by_title["Supplier call"]["provider"] == "outlook"
    assert by_title["Dentist"]["provider"] == "google"
    assert by_title["Dentist"]["start"] == dentist.isoformat()
    assert titles == sorted(titles, key=lambda t: by_title[t]["start"])
    assert view["problems"] == []
    assert view["providers"] == ["Outlook", "Google Calendar"]
    # Free time is working hours (09:00-17:00 Berlin) less every provider's meetings.
    free = [(s["start"], s["end"]) for s in view["free"]]
    assert (at(day, 9).isoformat(), at(day, 10).isoformat()) in free
    assert (at(day, 11).isoformat(), at(day, 13).isoformat()) in free
    assert all(not (s <= dentist.isoformat() < e) for s, e in free)


async def test_today_names_a_failing_provider_and_still_shows_the_other(
    config: Path, emulator: GraphEmulator, gcal: GoogleCalendarEmulator
) -> None:
    day = today_in_berlin()
    seed_shared_day(emulator, gcal, day)
    gcal.fail_next("*", r"/events", 403, times=10)

    status, out = await run(config, "calendar", "today")

    assert status == EXIT_OK, out
    assert "Steering committee" in out and "Supplier call" in out
    assert "Dentist" not in out
    assert "Google Calendar could not be read" in out
    assert f"{day:%A} {day.day} {day:%B %Y} (Europe/Berlin)" in out


async def test_today_exits_1_when_every_provider_failed(
    config: Path, emulator: GraphEmulator, gcal: GoogleCalendarEmulator
) -> None:
    gcal.fail_next("*", r"/events", 403, times=10)
    emulator.inject("GET", r"calendarView", status=403, times=20)

    status, out = await run(config, "calendar", "today", "--json")

    assert status == EXIT_FAILED
    problems = {p["provider"] for p in json.loads(out)["problems"]}
    assert problems == {"outlook", "google"}


async def test_free_finds_slots_no_provider_marks_busy(
    config: Path, emulator: GraphEmulator, gcal: GoogleCalendarEmulator
) -> None:
    day = today_in_berlin() + timedelta(days=1)
    emulator.add_event("Workshop", at(day, 9), at(day, 12))
    gcal.add_event(summary="Gym", start=at(day, 12), end=at(day, 13, 30))

    status, out = await run(
        config, "calendar", "free", "--date", day.isoformat(), "--minutes", "45", "--json"
    )

    assert status == EXIT_OK, out
    view: dict[str, Any] = json.loads(out)
    assert view["minutes"] == 45
    assert view["time_zone"] == "Europe/Berlin"
    first = view["slots"][0]
    assert first["start"] == at(day, 13, 30).isoformat()
    assert first["end"] == at(day, 17).isoformat()
    assert view["problems"] == []

    status, text = await run(
        config, "calendar", "free", "--date", day.isoformat(), "--minutes", "45"
    )
    assert status == EXIT_OK
    assert "13:30–17:00 (210 min free)" in text


async def test_calendar_commands_say_when_no_calendar_is_on(
    tmp_path: Path, emulator: GraphEmulator, monkeypatch
) -> None:
    monkeypatch.setenv("GRAPH_ACCESS_TOKEN", "cli-test-token")
    path = tmp_path / "config.yaml"
    path.write_text(
        f'graph:\n  base_url: "{emulator.base_url}"\nstorage:\n  path: "{tmp_path}/a.db"\n'
    )

    status, out = await run(path, "calendar", "today")

    assert status == EXIT_CONFIG
    assert "No calendar is on" in out


def test_free_refuses_a_bad_date(capsys) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["calendar", "free", "--date", "4.12.2026", "--minutes", "30"])
    assert "must be a date as YYYY-MM-DD, got '4.12.2026'" in capsys.readouterr().err


async def test_doctor_checks_each_enabled_calendar(
    config: Path, emulator: GraphEmulator, gcal: GoogleCalendarEmulator
) -> None:
    gcal.fail_next("*", r"/events", 403, times=10)

    _, out = await run(config, "doctor")

    assert "calendar: Outlook: readable; 0 events in the next 24 hours" in out
    assert "calendar: Google Calendar:" in out
    assert "outlook-assistant login google" in out


async def test_google_without_a_client_id_is_named_and_outlook_still_shows(
    config: Path, emulator: GraphEmulator, monkeypatch
) -> None:
    monkeypatch.delenv("GOOGLE_ACCESS_TOKEN")
    emulator.add_event("Supplier call", at(today_in_berlin(), 13), at(today_in_berlin(), 14))

    status, out = await run(config, "calendar", "today")

    assert status == EXIT_OK, out
    assert "Supplier call" in out
    assert "Google Calendar could not be read (calendars.google.client_id is not set" in out


async def test_turning_a_calendar_on_while_running_asks_for_a_restart(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    from core.api import Secrets, load_settings
    from core.microsoft.auth import StaticTokenProvider
    from core.runtime import build_runtime

    path = tmp_path / "config.yaml"
    path.write_text(
        f'graph:\n  base_url: "{emulator.base_url}"\nstorage:\n  path: "{tmp_path}/a.db"\n'
    )
    told: list[str] = []

    async def tell(problem: str) -> None:
        told.append(problem)

    runtime = await build_runtime(
        load_settings(path),
        Secrets(),
        config_path=path,
        token_provider=StaticTokenProvider("t"),
    )
    runtime.on_config_problem = tell
    try:
        assert await runtime.calendar_providers() == []
        path.write_text(path.read_text() + "calendars:\n  outlook:\n")
        await runtime.reload_config()
        assert told == [
            "calendars.outlook: the outlook calendar was turned on while the assistant runs; "
            "restart it to read that calendar"
        ]
        assert await runtime.calendar_providers() == []
    finally:
        await runtime.aclose()
