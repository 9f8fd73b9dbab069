"""The calendars.google section of config.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config.settings import ConfigError, Settings, load_settings


def load(tmp_path: Path, text: str) -> Settings:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return load_settings(path, environ={})


def test_google_is_off_without_its_section_and_on_with_it(tmp_path):
    assert not load(tmp_path, "log_level: INFO\n").calendars.google.enabled
    google = load(tmp_path, "calendars:\n  google:\n    client_id: abc\n").calendars.google
    assert google.enabled and google.calendar_ids == ("primary",)
    assert google.token_cache_path == tmp_path.resolve() / "data/google_token.json"
    assert google.base_url == "https://www.googleapis.com/calendar/v3"
    assert google.loopback_port == 0
    assert load(tmp_path, "calendars:\n  google:\n").calendars.google.enabled


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("calendar_ids: []", "calendars.google.calendar_ids: must name at least one calendar"),
        (
            "calendar_ids: [primary, primary]",
            "calendars.google.calendar_ids: names a calendar twice",
        ),
        ("base_url: http://example.com", "calendars.google.base_url: must be an https URL"),
        ("loopback_port: 70000", "calendars.google.loopback_port: must be at most 65535"),
    ],
)
def test_bad_google_settings_name_the_key(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message):
        load(tmp_path, f"calendars:\n  google:\n    {text}\n")
