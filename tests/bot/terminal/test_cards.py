"""The console's one-line outcome names the task's backend and its link, like the Slack card."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.terminal.cards import card_lines, outcome_line
from core.api import Addressed, ApprovalOutcome, Failure, FailureKind, NoteKind, OutcomeNote
from core.store import MeetingFacts
from tests.bot.slack.blocks import make_view

TODOIST_URL = "https://app.todoist.com/app/task/6X7rM8997g3RQmvh"


def test_an_approval_names_the_backend_that_made_the_task_and_its_link() -> None:
    outcome = ApprovalOutcome(
        7,
        "approved",
        folder="Projects/Tradecore Steel",
        email_categories=("P2 - Important", "Needs Reply"),
        task_id="6X7rM8997g3RQmvh",
        task_title="Reply to Dana \x1b[31mReyes",
        task_web_url=TODOIST_URL,
        task_backend="todoist",
        task_backend_label="Todoist",
    )

    assert outcome_line(outcome) == (
        "✓ Moved to Projects/Tradecore Steel · categories P2 - Important, Needs Reply · "
        f"Task created in Todoist: Reply to Dana [31mReyes ({TODOIST_URL})"
    )


def test_an_outcome_without_a_label_or_link_falls_back_to_the_backend_name() -> None:
    outcome = ApprovalOutcome(
        7, "approved", folder="Inbox", task_id="A", task_title="Read it", task_backend="todo"
    )

    assert outcome_line(outcome) == "✓ Left in Inbox · Task created in To Do: Read it"


def test_a_dismissal_shows_its_notes_and_the_task_it_could_not_delete() -> None:
    outcome = ApprovalOutcome(
        7,
        "dismissed",
        failure=Failure(
            FailureKind.TODOIST_UNAVAILABLE, retryable=True, during_dismiss=True, backend="todoist"
        ),
        notes=(OutcomeNote(NoteKind.TASK_NOT_IN_OWN_LIST, task_id="T-1", backend="todo"),),
    )

    line = outcome_line(outcome)

    assert line.startswith("Dismissed, but its Todoist task could not be deleted")
    assert line.endswith(
        "Left task T-1 alone: it is not in the assistant's own To Do list or "
        "project, and the assistant touches no other"
    )


def test_a_meeting_card_shows_its_time_in_local_time_and_says_cancelled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        meeting = MeetingFacts(
            "meetingRequest",
            start=datetime(2026, 3, 10, 14, tzinfo=UTC),
            end=datetime(2026, 3, 10, 15, tzinfo=UTC),
            location="Room \x1b[2J2",
            organizer_name="Bo",
        )
        lines = card_lines(make_view(meeting=meeting))
        cancelled = card_lines(make_view(meeting=replace(meeting, message_type="meetingCancelled")))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()

    assert "Meeting Tue 10 Mar 15:00 – 16:00 CET · Location: Room [2J2 · Organizer: Bo" in lines
    assert any(line.startswith("Cancelled: meeting Tue 10 Mar 15:00") for line in cancelled)


def test_the_console_card_says_when_the_owner_is_only_in_cc() -> None:
    (_, sender, *_) = card_lines(make_view(addressed=Addressed.CC))
    (_, plain, *_) = card_lines(make_view())

    assert sender.endswith("· you're in Cc") and "Cc" not in plain
