"""`digest --now` and `stats`, the real commands against the Graph and Google Calendar
emulators: the digest's sections with today's meetings and mail that needs a reply; the week's
numbers after decisions; email text printed inert."""

from __future__ import annotations

from pathlib import Path

from bot.terminal.cli import EXIT_OK
from core.api import ACTOR_OWNER, Assistant
from core.config.settings import Secrets, load_settings
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from sandbox.graph_emulator import GraphEmulator
from tests.bot.terminal.test_calendar_cli import at, run, today_in_berlin
from tests.bot.terminal.test_calendar_cli import config as calendar_config
from tests.core.followup.test_stats import deliver

# Both calendars (Outlook and Google emulators), the mailbox in Berlin: the calendar CLI's config.
config = calendar_config


async def triaged(config: Path, emulator: GraphEmulator, *subjects: str) -> Assistant:
    for subject in subjects:
        deliver(emulator, subject, body="Could you reply by Friday?")
    assistant = await Assistant.open(load_settings(config), Secrets.from_env())
    await assistant.triage()
    return assistant


async def test_digest_now_prints_each_section_in_order(
    config: Path, emulator: GraphEmulator, gcal: GoogleCalendarEmulator
) -> None:
    day = today_in_berlin()
    emulator.add_event("Steering committee", at(day, 10), at(day, 11))
    gcal.add_event(summary="Dentist", start=at(day, 14), end=at(day, 15))
    async with await triaged(config, emulator, "Question about \x1b[31mthe\x1b[0m cutover"):
        pass

    status, out = await run(config, "digest", "--now")

    assert status == EXIT_OK
    titles = ("Needs a reply", "Overdue waiting-fors", "Today's meetings", "Tasks due", "Yesterday")
    positions = [out.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "10:00  Steering committee" in out and "14:00  Dentist" in out
    assert "\x1b" not in out and "Question about" in out


async def test_digest_without_now_says_when_it_comes(config: Path) -> None:
    status, out = await run(config, "digest")
    assert status == EXIT_OK and "digest --now" in out


async def test_stats_counts_the_weeks_decisions(config: Path, emulator: GraphEmulator) -> None:
    async with await triaged(config, emulator, "Invoice 4411", "Lunch menu") as assistant:
        first, second = await assistant.pending()
        await assistant.approve(first.suggestion_id, actor=ACTOR_OWNER)
        await assistant.dismiss(second.suggestion_id, actor=ACTOR_OWNER)

    status, out = await run(config, "stats")

    assert status == EXIT_OK
    assert "2 triaged · 1 approved (0 corrected) · 1 dismissed" in out
    assert "By action type (" in out and "By folder (" in out
    assert "Claude: $0.0000 for 2 classifications" in out
