"""Hostile text through every builder that shows it: inert, clipped after escaping, in limits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from bot.slack.blocks import (
    add_result,
    burst_message,
    chat_confirmation,
    chat_reply,
    cleanup_confirm_text,
    cleanup_message,
    cleanup_result,
    edit_modal,
    help_message,
    notice_message,
    status_message,
    suggestion_message,
    today_message,
)
from bot.slack.blocks.limits import check_message, check_view
from bot.slack.blocks.suggestion_builder import STATES
from bot.slack.blocks.text import slack_len
from core.admin import AddResult
from core.api import CalendarEvent, DayView, DueTask, FreeSlot, ProviderProblem
from core.status import StatusReport, TaskBackendHealth
from core.store.records import ClassificationTotals, MeetingFacts
from core.triage.approval import ApprovalOutcome
from core.triage.failures import Failure
from core.triage.outcome_notes import NoteKind, OutcomeNote
from tests.bot.slack.blocks import (
    HOSTILE,
    all_text,
    inert_problems,
    make_settings,
    make_view,
    text_objects,
)

Builder = Callable[[str], list[dict[str, Any]]]
MEETING_START = datetime(2026, 3, 10, 14, tzinfo=UTC)


def _cards(text: str) -> list[dict[str, Any]]:
    view = make_view(
        subject=text,
        sender_name=text,
        sender_address=text,
        preview=text,
        reason=text,
        failure=Failure.from_stored(text),
        folder=text,
        priority=text,
        action_type=text,
        confidence=0.1,
        needs_review=True,
        meeting=MeetingFacts(
            "meetingRequest", start=MEETING_START, location=text, organizer_name=text
        ),
    )
    outcome = ApprovalOutcome(
        7,
        "approved",
        folder=text,
        email_categories=(text, text),
        task_title=text,
        task_web_url=text,
        task_backend=text,
        task_backend_label=text,
        failure=Failure.from_stored(text),
        notes=(
            OutcomeNote(NoteKind.CATEGORY_APPLIED_BY_NAME, category=text),
            OutcomeNote(NoteKind.TASK_NOT_IN_OWN_LIST, task_id=text, backend=text),
        ),
    )
    return [
        suggestion_message(
            view, low_confidence_threshold=0.6, state=state, outcome=outcome, creates_task=False
        )
        for state in STATES
    ]


def _status(text: str) -> list[dict[str, Any]]:
    totals = ClassificationTotals(count=3, by_source={text: 3}, cost_usd=0.01)
    report = StatusReport(
        pending=1,
        failed=0,
        approved=0,
        dismissed=0,
        last_sync=None,
        next_sync=None,
        todo_enabled=False,
        todo_reason=text,
        account=text,
        token_expires_at=None,
        missing_scopes=(text,),
        classifier=text,
        today=totals,
        task_backends=(
            TaskBackendHealth("todoist", text, True, True, 3, off_reason=text),
            TaskBackendHealth("todo", text, False, False, 0),
        ),
    )
    return [status_message(report)]


def _today(text: str) -> list[dict[str, Any]]:
    start = datetime(2026, 12, 4, 9, tzinfo=UTC)
    events = tuple(
        CalendarEvent(
            "google" if i % 2 else "outlook",
            text,
            f"e{i}",
            text,
            start + timedelta(minutes=10 * i),
            start + timedelta(minutes=10 * i + 30),
            all_day=i == 0,
            location=text,
            organizer=text,
            cancelled=i == 1,
        )
        for i in range(60)
    )
    view = DayView(
        date(2026, 12, 4),
        "UTC",
        UTC,
        events,
        (FreeSlot(start, start + timedelta(hours=1)),),
        tuple(DueTask(text, "todoist", text) for _ in range(40)),
        (ProviderProblem("google", "Google Calendar", text),),
        ("Outlook", "Google Calendar"),
    )
    return [today_message(view)]


MESSAGE_BUILDERS: dict[str, Builder] = {
    "suggestion card": _cards,
    "burst": lambda t: [
        burst_message([make_view(subject=t, folder=t)] * 3, [make_view(subject=t)], 0.85)
    ],
    "cleanup": lambda t: [cleanup_message([t, t + "2", "Old"])],
    "cleanup result": lambda t: [cleanup_result([t, "Old"], missing=[t])],
    "chat": lambda t: [
        chat_reply(t),
        chat_confirmation("p1", t),
        chat_confirmation("p1", t, state="cancelled"),
    ],
    "add result": lambda t: [
        add_result(AddResult("area", t, t, True, t, False)),
        add_result(AddResult("project", t, t, False, None, False)),
    ],
    "status": _status,
    "today": _today,
    "help": lambda t: [help_message(unknown=t)],
    "notice": lambda t: [notice_message(t)],
}


OUR_WORDING = ("status", "notice")


@pytest.mark.parametrize("builder", MESSAGE_BUILDERS, ids=str)
@pytest.mark.parametrize("hostile", HOSTILE, ids=str)
def test_hostile_text_is_inert_and_within_limits(builder: str, hostile: str) -> None:
    for payload in MESSAGE_BUILDERS[builder](HOSTILE[hostile]):
        assert check_message(payload) == []
        # Status values and notices are our own wording (or Microsoft's), never email text:
        # escaped, but without look-alikes (callers give those to any untrusted piece).
        assert inert_problems(payload, formatting=builder not in OUR_WORDING) == []


@pytest.mark.parametrize("hostile", HOSTILE, ids=str)
def test_hostile_text_in_the_edit_modal(hostile: str) -> None:
    text = HOSTILE[hostile]
    view = make_view(subject=text, sender_name=text, folder=text, priority=text, action_type=text)
    modal = edit_modal(view, make_settings())
    assert check_view(modal) == []
    assert inert_problems(modal) == []


def test_mentions_and_links_are_escaped_everywhere() -> None:
    payloads = _cards(HOSTILE["mentions"])
    for payload in payloads:
        text = all_text(payload)
        assert "<!channel>" not in text and "<https://evil" not in text
        assert "&lt;!channel&gt; &lt;https://evil.example|click&gt;" in text


def test_a_10kb_subject_is_clipped_after_escaping() -> None:
    subject = "R&D <report> " * 800
    assert len(subject) > 10_000
    payload = suggestion_message(make_view(subject=subject), low_confidence_threshold=0.6)
    header = payload["blocks"][0]["text"]["text"]
    assert slack_len(header) <= 150 and header.endswith("…")
    assert header.startswith("R&amp;D &lt;report&gt; R&amp;D")
    assert slack_len(payload["text"]) <= 300
    assert check_message(payload) == []


def test_right_to_left_override_is_removed_and_emoji_survive() -> None:
    view = make_view(subject=HOSTILE["rtl_override"], preview=HOSTILE["emoji"])
    payload = suggestion_message(view, low_confidence_threshold=0.6)
    assert payload["blocks"][0]["text"]["text"] == "invoice gpj.exe and isolate mark"
    assert "Family 👩\u200d👩\u200d👧 flag 🇳🇱 ok ✅ :smile:" in all_text(payload)


def test_formatting_characters_are_neutralised_in_mrkdwn() -> None:
    outcome = ApprovalOutcome(7, "approved", folder="Inbox", task_title=HOSTILE["mrkdwn"])
    payload = suggestion_message(
        make_view(subject=HOSTILE["mrkdwn"]),
        low_confidence_threshold=0.6,
        state="approved",
        outcome=outcome,
    )
    mrkdwn = [t["text"] for t in text_objects(payload) if t["type"] == "mrkdwn"]
    assert any("∗bold∗ ˍitalicˍ ∼strike∼ ˋcodeˋ" in t for t in mrkdwn)
    plain = payload["blocks"][0]["text"]["text"]
    assert plain.startswith("*bold* _italic_")  # plain_text shows them as typed


def test_confirm_dialog_text_stays_within_300_with_hostile_names() -> None:
    names = [HOSTILE["ampersands"], HOSTILE["mentions"], *(f"Old {i}" for i in range(300))]
    text = cleanup_confirm_text(names)
    assert slack_len(text) <= 300
    assert inert_problems({"blocks": [{"type": "plain_text", "text": text}]}) == []
    assert "removes its colour" in text


def test_emoji_flood_is_clipped_in_utf16_units() -> None:
    payload = suggestion_message(
        make_view(subject=HOSTILE["emoji_flood"]), low_confidence_threshold=0.6
    )
    header = payload["blocks"][0]["text"]["text"]
    assert header == "😀" * 74 + "…"


def test_look_alikes_are_for_untrusted_text_never_our_wording() -> None:
    key = "ANTHROPIC_API_KEY"
    assert notice_message(f"Set {key} first")["text"] == f"Set {key} first"
    assert chat_reply(f"The DM assistant needs {key} to chat.", ours=True)["text"].count(key) == 1
    status = _status("heuristic (no_api_key)")[0]
    assert "no_api_key" in all_text(status)
    view = make_view(subject="*URGENT* _now_", folder="Areas/Fin_ance")
    failed = suggestion_message(
        view,
        low_confidence_threshold=0.6,
        state="failed",
        outcome=ApprovalOutcome(
            7, "failed", failure=Failure.from_stored(f"Claude rejected the key; check {key}")
        ),
    )
    text = all_text(failed)
    assert f"check {key}" in text  # the error line is ours: plain text, not defused
    assert failed["text"] == "Approval failed: ∗URGENT∗ ˍnowˍ"  # the subject is not ours
    pending = suggestion_message(view, low_confidence_threshold=0.6)["text"]
    assert "∗URGENT∗ ˍnowˍ" in pending and "Areas/Finˍance" in pending
    assert "ˍ" not in pending.replace("ˍnowˍ", "").replace("Finˍance", "")


@pytest.mark.parametrize("hostile", HOSTILE, ids=str)
def test_a_hostile_meeting_location_and_organizer_stay_plain_text(hostile: str) -> None:
    text = HOSTILE[hostile]
    for cancelled in ("meetingRequest", "meetingCancelled"):
        meeting = MeetingFacts(
            cancelled, start=MEETING_START, location=text, organizer_address=text
        )
        payload = suggestion_message(make_view(meeting=meeting), low_confidence_threshold=0.6)
        assert check_message(payload) == []
        assert inert_problems(payload) == []
        meeting_block = payload["blocks"][2]
        assert meeting_block["type"] == "context"
        # Only the time is ours as mrkdwn; what the organizer wrote is plain text.
        assert [e["type"] for e in meeting_block["elements"]][1:] == ["plain_text"] * (
            len(meeting_block["elements"]) - 1
        )
