"""calendars.outlook and calendars.working_hours: defaults, line-numbered errors, the scope."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from tests.core.config_helpers import error_of, load


def test_outlook_is_off_without_its_section_and_on_with_an_empty_one(tmp_path: Path) -> None:
    assert not load(tmp_path, "log_level: INFO\n").calendars.outlook.enabled
    on = load(tmp_path, "calendars:\n  outlook:\n").calendars
    assert on.outlook.enabled
    assert on.outlook.calendar_ids == ("default",)
    assert on.working_hours.start == time(9) and on.working_hours.end == time(17)
    assert on.working_hours.weekday_numbers == frozenset(range(5))
    assert on.working_hours.time_zone is None


def test_working_hours_are_read(tmp_path: Path) -> None:
    hours = load(
        tmp_path,
        "calendars:\n  working_hours:\n    start: '08:30'\n    end: '16:15'\n"
        "    days: [mon, sat]\n    time_zone: Europe/Berlin\n",
    ).calendars.working_hours
    assert (hours.start, hours.end) == (time(8, 30), time(16, 15))
    assert hours.weekday_numbers == frozenset({0, 5})
    assert hours.time_zone == "Europe/Berlin"


def test_bad_working_hours_name_the_key_and_line(tmp_path: Path) -> None:
    text = (
        "calendars:\n  working_hours:\n    start: '25:00'\n    days: [funday]\n"
        "    time_zone: Mars/Base\n"
    )
    error = error_of(tmp_path, text)
    assert "calendars.working_hours.start: is not a time of day: '25:00' (config.yaml:3)" in error
    assert "calendars.working_hours.days[0]" in error and "(config.yaml:4)" in error
    assert "calendars.working_hours.time_zone: unknown time zone 'Mars/Base'" in error
    equal = error_of(
        tmp_path, "calendars:\n  working_hours:\n    start: '09:00'\n    end: '9:00'\n"
    )
    assert "calendars.working_hours.end: must differ from start" in equal


def test_an_empty_calendar_list_is_refused(tmp_path: Path) -> None:
    error = error_of(tmp_path, "calendars:\n  outlook:\n    calendar_ids: []\n")
    assert "calendars.outlook.calendar_ids: must name at least one calendar" in error


def test_explicit_scopes_without_the_calendar_permission_are_refused(tmp_path: Path) -> None:
    text = "auth:\n  scopes: [Mail.ReadWrite, User.Read]\ncalendars:\n  outlook:\n"
    error = error_of(tmp_path, text)
    assert error.startswith("auth.scopes: add Calendars.ReadWrite: calendars.outlook is enabled")
    assert "(config.yaml:2)" in error
    # Without Outlook the same scopes are fine, and so are the defaults with Outlook.
    assert load(tmp_path, "auth:\n  scopes: [Mail.ReadWrite]\n").auth.scopes == ("Mail.ReadWrite",)
    assert "Calendars.ReadWrite" in load(tmp_path, "calendars:\n  outlook:\n").auth.scopes


def test_calendars_dumped_as_json_load_again(tmp_path: Path) -> None:
    from core.config.settings import CalendarsConfig

    calendars = load(tmp_path, "calendars:\n  working_hours:\n    start: '08:30'\n").calendars
    again = CalendarsConfig.model_validate(calendars.model_dump(mode="json"))
    assert again.working_hours.start == time(8, 30)
    assert "'08:30:15'" in error_of(
        tmp_path, "calendars:\n  working_hours:\n    start: '08:30:15'\n"
    )
