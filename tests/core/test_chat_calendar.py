"""The DM assistant's calendar tools end to end: Claude is the Anthropic emulator driving the real
tool-use loop, the calendars are the Graph and Google Calendar emulators behind a real runtime.

Reading merges both providers in the owner's zone; a create, a move or a delete is only a
proposal until the owner confirms, runs once, and only events the assistant made are deleted.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import anthropic
import pytest

from bot.messages import chat_step_text, chat_text, proposal_text
from core.assistant.calendar_changes import CalendarAccess, EventPlan, carry_out
from core.assistant.calendar_tools import CALENDAR_TOOL_INPUTS, CalendarTools
from core.assistant.chat import ChatAssistant
from core.assistant.replies import ReplyKind, Step, StepKind
from core.assistant.tools import UNTRUSTED_CLOSE, UNTRUSTED_OPEN
from core.calendars.provider import EventChanges
from core.config.settings import Secrets
from core.errors import GraphError
from core.runtime import Runtime
from sandbox.anthropic_emulator import RawText, ToolUse
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import OWNER_CONFIG, RecordingSleep, open_runtime
from tests.core import test_chat as loop_tests
from tests.core.test_chat import answering, make_assistant, tool_results

BERLIN = ZoneInfo("Europe/Berlin")
# Monday 4 January 2027, 09:00 in Berlin.
NOW = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
CALENDARS = """\
calendars:
  outlook:
  google:
    base_url: "{google}"
  working_hours:
    start: "09:00"
    end: "17:00"
    time_zone: Europe/Berlin
"""


def berlin(hour: int, minute: int = 0, day: int = 4) -> datetime:
    return datetime(2027, 1, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
async def runtime(
    tmp_path: Path, emulator: GraphEmulator, gcal: GoogleCalendarEmulator, sleeps: RecordingSleep
) -> AsyncIterator[Runtime]:
    path = tmp_path / "config.yaml"
    path.write_text(
        OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "owner.db")
        + CALENDARS.format(google=gcal.api_url)
    )
    secrets = Secrets(google_access_token=gcal.grant())
    async with open_runtime(path, secrets=secrets, graph_sleep=sleeps) as built:
        await built.first_start()
        yield built


claude = loop_tests.claude
client = loop_tests.client


def access(runtime: Runtime) -> CalendarAccess:
    return CalendarAccess(runtime.calendar_providers, runtime.owner_hours, clock=lambda: NOW)


def chat(runtime: Runtime, client: anthropic.AsyncAnthropic | None) -> ChatAssistant:
    return make_assistant(runtime, client, calendar=CalendarTools(access(runtime)))


@pytest.fixture
def assistant(runtime: Runtime, client: anthropic.AsyncAnthropic) -> ChatAssistant:
    return chat(runtime, client)


def seed_day(emulator: GraphEmulator, gcal: GoogleCalendarEmulator) -> dict[str, str]:
    """Monday: a meeting on both calendars, a 3pm on Outlook, a dentist on Google."""
    shared = emulator.add_event("Steering committee", berlin(10), berlin(11))
    uid = emulator.calendar.find(shared).ical_uid
    gcal.add_event(summary="Steering committee", start=berlin(10), end=berlin(11), iCalUID=uid)
    three = emulator.add_event("Supplier call", berlin(15), berlin(15, 30))
    dentist = gcal.add_event(summary="Dentist", start=berlin(12), end=berlin(13))
    return {"shared": shared, "three": three, "dentist": f"primary/{dentist['id']}"}


def writes(emulator: GraphEmulator, gcal: GoogleCalendarEmulator) -> list[str]:
    """Every calendar write sent to either emulator (getSchedule only reads)."""
    graph = [
        f"{r.method} {r.path}"
        for r in emulator.requests
        if r.method != "GET" and "/events" in r.path
    ]
    google = [
        f"{c.method} {c.path}"
        for method in ("calendar.events.insert", "calendar.events.patch", "calendar.events.delete")
        for c in gcal.calls(method)
    ]
    return graph + google


def ref_of(result: str, title: str) -> str:
    """The event id show_calendar gives for a title."""
    [line] = [line for line in result.splitlines() if f'"{title}"' in line]
    return line.split(" | ", 1)[0]


def after_showing(title: str, tool: str, **arguments: Any):
    """A scripted Claude turn that reads show_calendar's result and calls `tool` on `title`."""

    def reply(body: dict[str, Any]) -> ToolUse:
        [result] = tool_results(body)
        return ToolUse(tool, {"event_id": ref_of(result["content"], title), **arguments})

    return reply


async def test_the_tools_reach_claude_and_a_day_lists_both_calendars_once(
    runtime, emulator, gcal, assistant, claude
):
    ids = seed_day(emulator, gcal)
    seen: list = []
    claude.enqueue(ToolUse("show_calendar", {}), answering("Three meetings today.", seen))

    reply = await assistant.handle("D1", "what's on my calendar?", actor="U1")

    assert chat_text(reply) == "Three meetings today." and reply.proposal is None
    offered = {t["name"] for t in claude.message_bodies()[0]["tools"]}
    assert {t.tool_name for t in CALENDAR_TOOL_INPUTS} <= offered
    [result] = tool_results(seen[0])
    text = result["content"]
    assert not result.get("is_error")
    assert text.startswith("Today is Monday 2027-01-04; times are in Europe/Berlin.")
    assert "3 event(s) on Monday 2027-01-04" in text
    rows = text.split(UNTRUSTED_OPEN, 1)[1].split(UNTRUSTED_CLOSE, 1)[0].strip().splitlines()
    assert [r.split(" | ")[1] for r in rows] == [
        "2027-01-04 10:00–11:00",
        "2027-01-04 12:00–13:00",
        "2027-01-04 15:00–15:30",
    ]
    assert f'outlook:{ids["three"]} | 2027-01-04 15:00–15:30 | outlook | "Supplier call"' in text
    assert f"google:{ids['dentist']} |" in text
    assert text.count('"Steering committee"') == 1, "a meeting on both calendars shows once"


async def test_free_time_tomorrow_skips_what_either_calendar_marks_busy(
    runtime, emulator, gcal, assistant, claude
):
    emulator.add_event("Workshop", berlin(9, day=5), berlin(10, day=5))
    gcal.add_event(summary="Gym", start=berlin(10, day=5), end=berlin(11, 15, day=5))
    seen: list = []
    claude.enqueue(
        ToolUse("find_free_time", {"day": "tomorrow", "minutes": 30}),
        answering("11:15 works.", seen),
    )

    await assistant.handle("D1", "find 30 minutes tomorrow", actor="U1")

    [result] = tool_results(seen[0])
    assert "Free for at least 30 min on Tuesday 2027-01-05" in result["content"]
    assert "earliest first: 2027-01-05 11:15–17:00 (345 min)" in result["content"]


async def test_a_move_is_proposed_then_confirmed_and_changes_exactly_one_event(
    runtime, emulator, gcal, assistant, claude
):
    ids = seed_day(emulator, gcal)
    before = {i: emulator.event(i) for i in emulator.calendar.events}
    google_before = gcal.live_events()
    claude.enqueue(
        ToolUse("show_calendar", {}),
        after_showing("Supplier call", "move_event", start="2027-01-04T16:00"),
        RawText("Confirm to move it to 4pm."),
    )

    reply = await assistant.handle("D1", "move my 3pm to 4", actor="U1")

    proposal = reply.proposal
    assert proposal is not None and proposal.kind == "calendar_move"
    assert proposal_text(proposal) == (
        'Move "Supplier call" in Outlook from Mon 4 Jan 15:00–15:30 to '
        "Mon 4 Jan 16:00–16:30 (Europe/Berlin)."
    )
    assert writes(emulator, gcal) == [], "nothing changes before Confirm"

    done = await assistant.confirm(proposal.id, actor="U1")

    assert chat_text(done) == 'Moved "Supplier call" to Mon 4 Jan 16:00–16:30 in Outlook.'
    moved = emulator.event(ids["three"])
    assert moved["start"]["dateTime"].startswith("2027-01-04T15:00:00")  # UTC
    changed = [i for i in before if emulator.event(i) != before[i]]
    assert changed == [ids["three"]]
    assert gcal.live_events() == google_before
    [logged] = await runtime.store.list_actions(action="calendar.event.update")
    assert (logged.actor, logged.target) == ("U1", ids["three"])


async def test_a_cancelled_proposal_changes_nothing(runtime, emulator, gcal, assistant, claude):
    seed_day(emulator, gcal)
    claude.enqueue(
        ToolUse(
            "create_meeting",
            {"title": "Budget review", "start": "2027-01-04T13:00", "minutes": 45},
        ),
        RawText("Confirm?"),
    )
    reply = await assistant.handle("D1", "set up a budget review at 1pm", actor="U1")
    assert reply.proposal is not None

    cancelled = await assistant.cancel(reply.proposal.id, actor="U1")
    late = await assistant.confirm(reply.proposal.id, actor="U1")

    assert cancelled.kind is ReplyKind.CANCELLED and late.kind is ReplyKind.ALREADY_CANCELLED
    assert writes(emulator, gcal) == []
    assert await runtime.store.list_actions(action="calendar.event.create") == []


async def test_a_double_confirm_creates_one_event(runtime, emulator, gcal, assistant, claude):
    claude.enqueue(
        ToolUse(
            "create_meeting",
            {
                "title": "Budget review",
                "start": "2027-01-04T13:00",
                "minutes": 45,
                "attendees": ["ana@x.example", "bo@y.example"],
            },
        ),
        RawText("Confirm?"),
    )
    reply = await assistant.handle("D1", "budget review at 1pm with Ana and Bo", actor="U1")
    proposal = reply.proposal
    assert proposal is not None
    assert proposal_text(proposal) == (
        'Create "Budget review" on Mon 4 Jan 13:00–13:45 (Europe/Berlin) in Outlook; '
        "invitations go to ana@x.example, bo@y.example."
    )

    first, second = await asyncio.gather(
        assistant.confirm(proposal.id, actor="U1"), assistant.confirm(proposal.id, actor="U1")
    )

    assert {first.kind, second.kind} == {ReplyKind.DONE, ReplyKind.ALREADY_RUNNING}
    made = [e for e in emulator.calendar.events.values() if e.subject == "Budget review"]
    assert len(made) == 1
    event = emulator.event(made[0].id)
    assert event["start"]["dateTime"].startswith("2027-01-04T12:00:00")
    assert [a["emailAddress"]["address"] for a in event["attendees"]] == [
        "ana@x.example",
        "bo@y.example",
    ]
    assert len(await runtime.store.list_actions(action="calendar.event.create")) == 1
    assert 'Created "Budget review" on Mon 4 Jan 13:00–13:45 in Outlook' in chat_text(
        first if first.kind is ReplyKind.DONE else second
    )


async def test_a_create_whose_answer_was_lost_makes_one_event(runtime, emulator, assistant, claude):
    claude.enqueue(
        ToolUse("create_meeting", {"title": "Budget review", "start": "2027-01-04T13:00"}),
        RawText("Confirm?"),
    )
    reply = await assistant.handle("D1", "budget review at 1pm", actor="U1")
    assert reply.proposal is not None
    emulator.fail_after_applying("POST", r"/events$", times=1)

    done = await assistant.confirm(reply.proposal.id, actor="U1")

    assert done.kind is ReplyKind.DONE and done.steps[0].kind is StepKind.EVENT_CREATED
    made = [e for e in emulator.calendar.events.values() if e.subject == "Budget review"]
    assert len(made) == 1


async def test_deleting_an_event_the_assistant_did_not_create_is_refused(
    runtime, emulator, gcal, assistant, claude
):
    ids = seed_day(emulator, gcal)
    seen: list = []
    claude.enqueue(
        ToolUse("show_calendar", {}),
        after_showing("Supplier call", "delete_event"),
        answering("I can't delete that one.", seen),
    )

    reply = await assistant.handle("D1", "delete my 3pm", actor="U1")

    [result] = tool_results(seen[0])
    assert result["is_error"] is True
    assert result["content"].startswith("Refused: the assistant did not create this event")
    assert reply.proposal is None
    # Even a plan that got past the tool is refused by the provider, before any delete.
    plans = [
        EventPlan(
            "delete", "outlook", "Outlook", "Foreign", berlin(15), berlin(16), "UTC", ids["three"]
        ),
        EventPlan(
            "delete", "google", "Google Calendar", "Foreign", berlin(12), berlin(13), "UTC",
            ids["dentist"],
        ),
    ]  # fmt: skip
    for plan in plans:
        done = await carry_out(access(runtime), "p1", plan, actor="U1")
        assert done.steps[0].kind is StepKind.EVENT_REFUSED
        assert chat_step_text(done.steps[0]).startswith("Not deleted: the assistant did not")
    assert writes(emulator, gcal) == []
    assert emulator.event(ids["three"])["subject"] == "Supplier call"


async def test_an_event_the_assistant_made_can_be_deleted_on_confirm(
    runtime, emulator, gcal, assistant, claude
):
    claude.enqueue(
        ToolUse(
            "create_meeting",
            {"title": "Focus time", "start": "2027-01-04T14:00", "calendar": "google"},
        ),
        RawText("Confirm?"),
    )
    created = await assistant.handle("D1", "block 2pm in Google", actor="U1")
    assert created.proposal is not None
    assert (await assistant.confirm(created.proposal.id, actor="U1")).kind is ReplyKind.DONE
    [ours] = [e for e in gcal.live_events() if e["summary"] == "Focus time"]
    claude.enqueue(
        ToolUse("show_calendar", {}),
        after_showing("Focus time", "delete_event"),
        RawText("Confirm to delete it."),
    )

    asked = await assistant.handle("D1", "remove the focus time", actor="U1")
    assert asked.proposal is not None and asked.proposal.kind == "calendar_delete"
    assert proposal_text(asked.proposal).startswith('Delete "Focus time" (Mon 4 Jan 14:00–14:30')
    assert [e["summary"] for e in gcal.live_events()] == ["Focus time"]
    done = await assistant.confirm(asked.proposal.id, actor="U1")

    assert chat_text(done) == 'Deleted "Focus time" from Google Calendar.'
    assert gcal.live_events() == []
    assert ours["extendedProperties"]["private"]  # it carried the assistant's mark
    [logged] = await runtime.store.list_actions(action="calendar.event.delete")
    assert logged.actor == "U1"


async def test_a_move_of_an_event_changed_meanwhile_does_nothing(
    runtime, emulator, gcal, assistant, claude
):
    ids = seed_day(emulator, gcal)
    claude.enqueue(
        ToolUse("show_calendar", {}),
        after_showing("Supplier call", "move_event", start="2027-01-04T16:00"),
        RawText("Confirm?"),
    )
    reply = await assistant.handle("D1", "move my 3pm to 4", actor="U1")
    assert reply.proposal is not None
    # The owner moves it in Outlook before pressing Confirm.
    [outlook, *_] = await runtime.calendar_providers()
    changes = EventChanges(start=berlin(15, 15), end=berlin(15, 45))
    await outlook.update_event(ids["three"], changes, actor="owner in Outlook")

    done = await assistant.confirm(reply.proposal.id, actor="U1")

    assert done.steps[0].kind is StepKind.EVENT_CHANGED
    assert "since I proposed this; nothing was changed" in chat_text(done)
    assert emulator.event(ids["three"])["start"]["dateTime"].startswith("2027-01-04T14:15")


@pytest.mark.parametrize(
    ("tool", "arguments", "problem"),
    [
        ("create_meeting", {"title": "Late", "start": "2027-01-03T10:00"}, "is in the past"),
        (
            "create_meeting",
            {"title": "X", "start": "2027-01-04T13:00", "attendees": ["not an address"]},
            "not an email address",
        ),
        ("move_event", {"event_id": "teams:123", "start": "2027-01-04T13:00"}, "not an event id"),
        (
            "move_event",
            {"event_id": "outlook:AAMkGone", "start": "2027-01-04T13:00"},
            "no longer exists",
        ),
        ("find_free_time", {"day": "someday"}, "Invalid input for find_free_time"),
    ],
)
async def test_a_change_that_cannot_be_made_is_never_proposed(
    runtime, emulator, gcal, assistant, claude, tool, arguments, problem
):
    seen: list = []
    claude.enqueue(ToolUse(tool, arguments), answering("Sorry.", seen))

    reply = await assistant.handle("D1", "do it", actor="U1")

    [result] = tool_results(seen[0])
    assert result["is_error"] is True and problem in result["content"], result["content"]
    assert reply.proposal is None and writes(emulator, gcal) == []


async def test_without_a_key_the_day_is_answered_from_both_calendars(runtime, emulator, gcal):
    seed_day(emulator, gcal)
    offline = chat(runtime, None)

    reply = await offline.handle("D1", "Calendar?", actor="U1")

    assert reply.kind is ReplyKind.CALENDAR and not reply.ours
    lines = chat_text(reply).splitlines()
    assert lines[0] == "Monday 4 January 2027 (Europe/Berlin)"
    assert lines[1:4] == [
        "• 10:00–11:00 Steering committee [Outlook]",
        "• 12:00–13:00 Dentist [Google Calendar]",
        "• 15:00–15:30 Supplier call [Outlook]",
    ]
    assert lines[4] == "Free: 09:00–10:00, 11:00–12:00, 13:00–15:00, 15:30–17:00"
    tomorrow = chat_text(await offline.handle("D1", "tomorrow", actor="U1"))
    assert tomorrow.startswith("Tuesday 5 January 2027") and "No meetings." in tomorrow


async def test_without_calendars_the_tools_and_the_offline_word_say_so(runtime, claude, client):
    plain = make_assistant(runtime, client)
    seen: list = []
    claude.enqueue(ToolUse("show_calendar", {}), answering("No calendar.", seen))

    await plain.handle("D1", "what's on today?", actor="U1")
    offline = await make_assistant(runtime, None).handle("D1", "today", actor="U1")

    [result] = tool_results(seen[0])
    assert result["is_error"] is True and "No calendar is on" in result["content"]
    assert chat_text(offline).startswith("No calendar is on")

    async def none_built() -> list:
        return []

    empty = CalendarTools(CalendarAccess(none_built, runtime.owner_hours))
    assert (await run_tool(empty, "show_calendar")).startswith("error: No calendar is on")
    assert await empty.day_view() is None


def test_a_failed_calendar_change_is_worded_by_kind_never_its_raw_text():
    plan = EventPlan("move", "outlook", "Outlook", "Call", berlin(9), berlin(10), "Europe/Berlin")
    raw = GraphError("<b>raw</b> upstream text", status=503, code="serviceNotAvailable")
    said = chat_step_text(Step(StepKind.EVENT_NOT_DONE, problem=raw, event=plan))
    assert said.startswith('Could not change "Call" in Outlook') and "raw" not in said
    for kind in [k for k in StepKind if k.name.startswith("EVENT_")]:
        text = chat_step_text(Step(kind, event=plan))
        assert text.strip() and "None" not in text and re.search(r'"Call"', text)


def outlook_only(runtime: Runtime) -> CalendarAccess:
    """The runtime's calendars as if Google were off."""

    async def providers():
        return [p for p in await runtime.calendar_providers() if p.name == "outlook"]

    return CalendarAccess(providers, runtime.owner_hours, clock=lambda: NOW)


async def run_tool(tools: CalendarTools, name: str, **arguments: Any) -> str:
    [model] = [m for m in CALENDAR_TOOL_INPUTS if m.tool_name == name]
    outcome = await tools.run(model.model_validate(arguments))
    return ("error: " if outcome.is_error else "") + outcome.text


async def test_each_change_that_cannot_be_made_says_why(runtime, emulator, gcal):
    ids = seed_day(emulator, gcal)
    holiday = emulator.add_event(
        "Holiday", datetime(2027, 1, 4).date(), datetime(2027, 1, 5).date()
    )
    tools = CalendarTools(access(runtime))
    without_google = CalendarTools(outlook_only(runtime))
    three = f"outlook:{ids['three']}"

    said = {
        "google off": await run_tool(
            without_google, "create_meeting", title="X", start="2027-01-04T13:00", calendar="google"
        ),
        "google id": await run_tool(
            without_google,
            "move_event",
            event_id=f"google:{ids['dentist']}",
            start="2027-01-04T13:00",
        ),
        "blank": await run_tool(tools, "create_meeting", title="  ", start="2027-01-04T13:00"),
        "all day": await run_tool(
            tools, "move_event", event_id=f"outlook:{holiday}", start="2027-01-04T13:00"
        ),
        "same": await run_tool(tools, "move_event", event_id=three, start="2027-01-04T15:00"),
        "past": await run_tool(tools, "move_event", event_id=three, start="2027-01-03T15:00"),
        "gone": await run_tool(tools, "delete_event", event_id="google:primary/oa0missing"),
    }

    assert said == {
        "google off": "error: Cannot propose that: the google calendar is not on.",
        "google id": "error: Cannot propose that: the google calendar is not on.",
        "blank": "error: Cannot propose that: the meeting needs a title.",
        "all day": "error: Cannot propose that: all-day events are not moved here.",
        "same": "error: Cannot propose that: the event is already at that time.",
        "past": "error: Cannot propose that: 2027-01-03 15:00 is in the past. "
        "Today is Monday 2027-01-04; times are in Europe/Berlin.",
        "gone": "error: Cannot propose that: the event no longer exists (or was cancelled).",
    }
    assert writes(emulator, gcal) == []


async def test_an_empty_day_a_full_day_and_a_calendar_that_fails_are_said(runtime, emulator, gcal):
    emulator.add_event("Offsite", berlin(8, day=6), berlin(18, day=6))
    gcal.fail_next("*", r"/events", 403, times=10)
    tools = CalendarTools(access(runtime))

    shown = await run_tool(tools, "show_calendar", day="2027-01-07")
    free = await run_tool(tools, "find_free_time", day="2027-01-06", minutes=60)

    assert "No events on Thursday 2027-01-07." in shown
    assert "Google Calendar could not be read (" in shown and "its events are missing" in shown
    assert "No free 60 minutes on Wednesday 2027-01-06 in working hours 09:00–17:00." in free


async def test_an_explicit_offset_is_kept_and_a_meeting_may_run_past_midnight(runtime):
    tools = CalendarTools(access(runtime))
    [model] = [m for m in CALENDAR_TOOL_INPUTS if m.tool_name == "create_meeting"]

    at_offset = await tools.run(
        model.model_validate({"title": "Call", "start": "2027-01-04T13:00+00:00"})
    )
    late = await tools.run(
        model.model_validate(
            {"title": "Launch", "start": "2027-01-04T23:30", "minutes": 60, "location": "Lab"}
        )
    )

    assert at_offset.proposal is not None and at_offset.proposal.event is not None
    assert at_offset.proposal.event.start == berlin(14)
    assert late.proposal is not None
    assert proposal_text(late.proposal) == (
        'Create "Launch" on Mon 4 Jan 23:30–Tue 5 Jan 00:30 (Europe/Berlin) in Outlook at Lab.'
    )
    assert "2027-01-04 23:30–2027-01-05 00:30" in late.text


async def test_a_confirmed_change_whose_event_or_calendar_went_away_does_nothing(
    runtime, emulator, gcal
):
    ids = seed_day(emulator, gcal)
    made = gcal.add_event(
        summary="Ours",
        start=berlin(16),
        end=berlin(17),
        id="oa0ours0000",
        extendedProperties={"private": {"outlookAssistant": "created"}},
    )
    gcal.remove_event("primary", made["id"])
    move = EventPlan(
        "move", "outlook", "Outlook", "Supplier call", berlin(16), berlin(16, 30), "Europe/Berlin",
        ids["three"], before_start=berlin(15), before_end=berlin(15, 30),
    )  # fmt: skip
    delete = EventPlan(
        "delete", "google", "Google Calendar", "Ours", berlin(16), berlin(17), "Europe/Berlin",
        f"primary/{made['id']}",
    )  # fmt: skip
    off = await carry_out(outlook_only(runtime), "p1", delete, actor="U1")
    already = await carry_out(access(runtime), "p2", delete, actor="U1")
    emulator.inject("PATCH", r"/events/", status=403, times=5)
    refused = await carry_out(access(runtime), "p3", move, actor="U1")
    emulator.calendar.events.pop(ids["three"])
    gone = await carry_out(access(runtime), "p4", move, actor="U1")

    assert [e.steps[0].kind for e in (off, already, refused, gone)] == [
        StepKind.EVENT_NOT_DONE,
        StepKind.EVENT_GONE,
        StepKind.EVENT_NOT_DONE,
        StepKind.EVENT_GONE,
    ]
    assert chat_step_text(off.steps[0]) == (
        'Could not change "Ours" in Google Calendar; nothing was changed.'
    )
    assert chat_step_text(refused.steps[0]).startswith('Could not change "Supplier call"')
