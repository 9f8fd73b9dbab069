"""The digest's time against the Graph calendar emulator: brought forward before an early first
meeting, unmoved by a later one, and kept when no calendar is on (which reads no calendar)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

import pytest

from core.api import Assistant
from core.config.settings import Secrets, load_settings
from core.followup.digest import DailyDigest, Digest
from core.microsoft.auth import StaticTokenProvider
from core.runtime import build_runtime
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import OWNER_CONFIG, RecordingSleep
from tests.core.calendars.conftest import calendar_requests
from tests.core.followup.conftest import VirtualClock
from tests.core.followup.test_digest import BERLIN, MONDAY, Poster, at


@pytest.fixture
def open_assistant(tmp_path: Path, emulator: GraphEmulator, sleeps: RecordingSleep):
    async def opened(*, calendar: bool) -> AsyncIterator[Assistant]:
        path = tmp_path / "config.yaml"
        path.write_text(
            OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "owner.db")
            + "calendars:\n"
            + ("  outlook: {}\n" if calendar else "")
            + "  working_hours:\n    time_zone: Europe/Berlin\n"
            + 'followup:\n  digest:\n    time: "08:00"\n    before_first_meeting_minutes: 15\n'
        )
        runtime = await build_runtime(
            load_settings(path),
            Secrets(),
            config_path=path,
            token_provider=StaticTokenProvider("t"),
            graph_sleep=sleeps,
        )
        try:
            yield Assistant(runtime)
        finally:
            await runtime.aclose()

    return opened


def digest_for(assistant: Assistant, clock: VirtualClock) -> DailyDigest:
    async def zone() -> tzinfo:
        return BERLIN

    calendar = assistant.calendar_day if assistant.calendars_enabled else None
    return DailyDigest(
        assistant._runtime.store,
        lambda: assistant.settings,
        zone=zone,
        calendar_day=calendar,
        clock=clock,
    )


async def ticks_until_sent(digest: DailyDigest, clock: VirtualClock, post: Poster) -> datetime:
    """Tick every minute from 05:00 until the digest goes out; return when it did."""
    clock.set(at(5))
    while not await digest.tick(post):
        clock.advance(minutes=1)
        assert clock.now < at(9), "the digest never went out"
    return clock.now


async def test_an_early_first_meeting_brings_the_digest_forward(
    open_assistant, emulator: GraphEmulator
) -> None:
    emulator.add_event("Board call", at(7), at(8), time_zone="Europe/Berlin")
    emulator.add_event("Lunch", at(12), at(13), time_zone="Europe/Berlin")
    emulator.add_event("Offsite", MONDAY.date(), (MONDAY + timedelta(days=1)).date())
    async for assistant in open_assistant(calendar=True):
        clock, post = VirtualClock(at(5)), Poster()
        sent = await ticks_until_sent(digest_for(assistant, clock), clock, post)
        reads = len(calendar_requests(emulator))

    assert sent == at(6, 45)
    digest: Digest = post.posted[0]
    assert [e.title for e in digest.meetings] == ["Offsite", "Board call", "Lunch"]
    assert digest.calendars == ("Outlook",) and digest.calendar_problems == ()
    # 105 ticks read the calendar once per quarter hour, plus once for the digest itself.
    assert reads <= 105 // 15 + 2


async def test_a_first_meeting_after_the_digest_time_moves_nothing(
    open_assistant, emulator: GraphEmulator
) -> None:
    emulator.add_event("Standup", at(9), at(9, 15), time_zone="Europe/Berlin")
    async for assistant in open_assistant(calendar=True):
        clock, post = VirtualClock(at(5)), Poster()
        assert await ticks_until_sent(digest_for(assistant, clock), clock, post) == at(8)
    assert [e.title for e in post.posted[0].meetings] == ["Standup"]


async def test_with_calendars_off_the_digest_comes_at_its_time_and_reads_no_calendar(
    open_assistant, emulator: GraphEmulator
) -> None:
    emulator.add_event("Board call", at(7), at(8), time_zone="Europe/Berlin")
    async for assistant in open_assistant(calendar=False):
        clock, post = VirtualClock(at(5)), Poster()
        assert await ticks_until_sent(digest_for(assistant, clock), clock, post) == at(8)

    assert calendar_requests(emulator) == []
    assert post.posted[0].meetings == () and post.posted[0].calendars == ()
