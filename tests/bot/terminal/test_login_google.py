"""`outlook-assistant login google` end to end: the printed consent URL, opened as a browser
would, brings Google's redirect back to the command, which saves the token."""

from __future__ import annotations

import asyncio
import io
import re
import stat
from pathlib import Path

import aiohttp
from rich.console import Console

from bot.terminal.cli import EXIT_FAILED, EXIT_OK, build_parser, run_command
from bot.terminal.screen import Terminal
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from tests.google_discovery import body_rules

CONFIG = """\
graph:
  base_url: "{graph}"
storage:
  path: "{db}"
calendars:
  google:
    client_id: "{client_id}"
    auth_url: "{auth_url}"
    token_url: "{token_url}"
    base_url: "{api_url}"
    token_cache_path: "{token}"
"""


class BrowserOutput(io.StringIO):
    """The terminal's output; a consent URL printed to it is opened as the owner's browser would."""

    def __init__(self, auth_url: str, session: aiohttp.ClientSession) -> None:
        super().__init__()
        self.auth_url = auth_url
        self.session = session
        self.opened: list[asyncio.Task[int]] = []

    def write(self, text: str) -> int:
        for url in re.findall(r"\S+", text):
            if url.startswith(self.auth_url):
                self.opened.append(asyncio.create_task(self._open(url)))
        return super().write(text)

    async def _open(self, url: str) -> int:
        async with self.session.get(url) as response:
            return response.status


async def login_google(tmp_path: Path, emulator, gcal: GoogleCalendarEmulator) -> tuple[int, str]:
    config = tmp_path / "config.yaml"
    config.write_text(
        CONFIG.format(
            graph=emulator.base_url,
            db=tmp_path / "a.db",
            client_id=gcal.oauth.client_id,
            auth_url=gcal.auth_url,
            token_url=gcal.token_url,
            api_url=gcal.api_url,
            token=tmp_path / "google_token.json",
        )
    )
    async with aiohttp.ClientSession() as session:
        out = BrowserOutput(gcal.auth_url, session)
        terminal = Terminal(Console(file=out, width=80, highlight=False))
        args = build_parser().parse_args(["--config", str(config), "login", "google"])
        status = await run_command(args, terminal)
        assert [await task for task in out.opened] in ([], [200])
    return status, out.getvalue()


async def test_login_google_prints_the_url_and_saves_the_token(tmp_path, emulator, monkeypatch):
    monkeypatch.setenv("GRAPH_ACCESS_TOKEN", "cli-test-token")
    monkeypatch.setenv("GOOGLE_CLIENT_SECRET", "emulated-secret")
    gcal = GoogleCalendarEmulator(discovery=body_rules())
    async with gcal.serve():
        status, out = await login_google(tmp_path, emulator, gcal)

    assert status == EXIT_OK, out
    assert "Open this URL in a browser" in out and "ssh -L" in out
    # The URL is printed on one line even in a narrow terminal, so it pastes whole.
    assert any(
        line.startswith(gcal.auth_url) and "code_challenge=" in line for line in out.splitlines()
    )
    assert "Signed in to Google Calendar" in out and "calendar.freebusy" in out
    assert "Testing" not in out
    token = tmp_path / "google_token.json"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600


async def test_login_google_without_the_secret_says_which_variable(tmp_path, emulator, monkeypatch):
    monkeypatch.setenv("GRAPH_ACCESS_TOKEN", "cli-test-token")
    monkeypatch.delenv("GOOGLE_CLIENT_SECRET", raising=False)
    gcal = GoogleCalendarEmulator()
    async with gcal.serve():
        status, out = await login_google(tmp_path, emulator, gcal)
    assert status == EXIT_FAILED and "GOOGLE_CLIENT_SECRET is not set" in out


async def test_login_google_warns_when_the_app_is_still_in_testing(tmp_path, emulator, monkeypatch):
    monkeypatch.setenv("GRAPH_ACCESS_TOKEN", "cli-test-token")
    monkeypatch.setenv("GOOGLE_CLIENT_SECRET", "emulated-secret")
    gcal = GoogleCalendarEmulator()
    gcal.oauth.refresh_token_expires_in = 7 * 24 * 3600
    async with gcal.serve():
        status, out = await login_google(tmp_path, emulator, gcal)
    assert status == EXIT_OK
    assert "Google ends this sign-in on" in out and "Testing" in out
