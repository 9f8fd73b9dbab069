"""The suggestion card: its layout, its states after a click, and its buttons."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.slack import ids
from bot.slack.blocks.limits import check_message
from bot.slack.blocks.suggestion_builder import STATES, CardState, suggestion_message
from core.api import Addressed, creates_task
from core.triage.approval import ApprovalOutcome
from core.triage.classification import Source
from core.triage.failures import Failure, FailureKind
from core.triage.outcome_notes import NoteKind, OutcomeNote
from tests.bot.slack.blocks import WEB_LINK, all_text, buttons, make_settings, make_view

THRESHOLD = 0.6
APPROVED = ApprovalOutcome(
    suggestion_id=7,
    status="approved",
    folder="Projects/Tradecore Steel",
    email_categories=("P2 - Important", "Needs Reply"),
    task_id="AAA",
    task_title="Reply to Dana Reyes re: Q3 pricing review",
    task_web_url="https://to-do.office.com/tasks/id/AAA/details",
)


def card(state: CardState = "pending", **kwargs: Any) -> dict[str, Any]:
    view = kwargs.pop("view", None) or make_view()
    payload = suggestion_message(view, low_confidence_threshold=THRESHOLD, state=state, **kwargs)
    assert check_message(payload) == []
    return payload


def _of_type(payload: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [b for b in payload["blocks"] if b["type"] == kind]


def test_pending_card_follows_the_ux_layout() -> None:
    payload = card()
    kinds = [b["type"] for b in payload["blocks"]]
    assert kinds == ["header", "context", "section", "section", "context", "actions"]
    header, who, preview, fields, why, _ = payload["blocks"]
    assert header["text"] == {"type": "plain_text", "text": "Q3 pricing review for Tradecore"}
    assert who["elements"][0] == {
        "type": "plain_text",
        "text": "Dana Reyes &lt;dana@tradecore.example&gt;",
    }
    meta = who["elements"][1]
    assert meta["type"] == "mrkdwn" and meta["verbatim"] is True
    assert meta["text"].startswith(
        "<!date^1746522840^{date_short_pretty} {time}|2025-05-06 09:14 UTC>"
    )
    assert meta["text"].endswith(f"<{WEB_LINK.replace('&', '&amp;')}|Open in Outlook>")
    assert preview["text"] == {
        "type": "plain_text",
        "text": "“Can you confirm the revised volume tiers before Thursday's call?”",
    }
    assert [f["text"] for f in fields["fields"]] == [
        "Folder: Projects/Tradecore Steel",
        "Priority: P2 - Important",
        "Action: Needs Reply",
        "Confidence: 0.91",
    ]
    assert why["elements"][0]["text"] == (
        "Why: pricing question from the project's main contact with a Thursday deadline · $0.0002"
    )
    assert payload["text"] == (
        "Suggestion: Q3 pricing review for Tradecore from Dana Reyes → Projects/Tradecore Steel"
    )


def test_pending_buttons_approve_primary_with_the_suggestion_id() -> None:
    assert [(b["action_id"], b["value"], b.get("style")) for b in buttons(card())] == [
        (ids.APPROVE, "7", "primary"),
        (ids.EDIT, "7", None),
        (ids.DISMISS, "7", None),
    ]
    assert all("confirm" not in b for b in buttons(card()))


@pytest.mark.parametrize(
    ("changes", "warning"),
    [
        ({"confidence": 0.42}, "Low confidence (0.42, threshold 0.60)"),
        ({"needs_review": True}, "Needs review"),
    ],
)
def test_low_confidence_or_needs_review_warns_and_makes_edit_primary(
    changes: dict[str, Any], warning: str
) -> None:
    payload = card(view=make_view(**changes))
    assert warning in all_text(payload)
    styles = {b["action_id"]: b.get("style") for b in buttons(payload)}
    assert styles == {ids.APPROVE: None, ids.EDIT: "primary", ids.DISMISS: None}


def test_confident_card_has_no_warning() -> None:
    text = all_text(card(view=make_view(confidence=0.6)))
    assert "Low confidence" not in text and "Needs review" not in text


def test_no_task_is_said_in_the_fields() -> None:
    view = make_view(action_type="FYI Only")
    payload = card(view=view, creates_task=False)
    assert "Task: none for FYI Only" in [
        f["text"] for f in _of_type(payload, "section")[1]["fields"]
    ]
    assert "Task:" not in all_text(card(view=view, creates_task=True))


@pytest.mark.parametrize(
    ("todo", "action_type", "expected"),
    [
        (True, "Needs Reply", True),
        (True, "FYI Only", False),
        (True, "Scheduled", False),
        (False, "Needs Reply", False),
        (True, "nonsense", False),
    ],
)
def test_creates_task_follows_the_todo_settings(
    todo: bool, action_type: str, expected: bool
) -> None:
    assert creates_task(make_settings(todo=todo), action_type) is expected


@pytest.mark.parametrize(
    "web_link",
    [None, "https://evil.example/owa", "http://outlook.office365.com/owa", "javascript:x"],
)
def test_outlook_link_is_omitted_unless_it_is_a_microsoft_https_url(web_link: str | None) -> None:
    payload = card(view=make_view(web_link=web_link))
    assert "Open in Outlook" not in all_text(payload)
    assert "evil.example" not in all_text(payload)


def test_missing_time_sender_preview_and_reason_have_fallbacks() -> None:
    view = make_view(
        received_at=None,
        sender_name="",
        sender_address="",
        preview="  ",
        subject="\u202e",
        reason="",
        source=Source.THREAD,
        cost_usd=0.0,
    )
    payload = card(view=view)
    assert payload["blocks"][0]["text"]["text"] == "(no subject)"
    assert payload["blocks"][1]["elements"][0]["text"] == "unknown sender"
    assert payload["blocks"][1]["elements"][1]["text"].startswith("time unknown")
    assert [b["type"] for b in payload["blocks"]][2] == "section"  # no preview: fields follow
    assert "fields" in payload["blocks"][2]
    assert "Why: inherited from the thread · no cost" in all_text(payload)


def test_approving_replaces_the_buttons_with_progress() -> None:
    payload = card("approving")
    assert buttons(payload) == []
    assert payload["blocks"][-1] == {
        "type": "context",
        "elements": [{"type": "plain_text", "text": "Approving…"}],
    }
    assert payload["text"].startswith("Approving:")


def test_approved_says_what_was_done_with_the_task_link() -> None:
    payload = card("approved", outcome=APPROVED)
    assert [(b["action_id"], b["value"]) for b in buttons(payload)] == [(ids.UNDO, "7")]
    result = payload["blocks"][-2]["text"]
    assert result["type"] == "mrkdwn"
    assert result["text"] == (
        "✓ Moved to Projects/Tradecore Steel · categories P2 - Important, Needs Reply · "
        "Task created in To Do: Reply to Dana Reyes re: Q3 pricing review · "
        "<https://to-do.office.com/tasks/id/AAA/details|Open in To Do>"
    )
    assert payload["text"] == "Approved: Q3 pricing review for Tradecore → Projects/Tradecore Steel"


def test_approved_in_todoist_names_it_and_links_to_the_task() -> None:
    outcome = replace(
        APPROVED,
        task_id="6X7rM8997g3RQmvh",
        task_backend="todoist",
        task_backend_label="Todoist",
        task_web_url="https://app.todoist.com/app/task/6X7rM8997g3RQmvh",
    )
    result = card("approved", outcome=outcome)["blocks"][-2]["text"]["text"]
    assert result.endswith(
        "· Task created in Todoist: Reply to Dana Reyes re: Q3 pricing review · "
        "<https://app.todoist.com/app/task/6X7rM8997g3RQmvh|Open in Todoist>"
    )


def test_approved_into_inbox_without_task_or_trusted_link() -> None:
    outcome = ApprovalOutcome(
        7,
        "approved",
        folder="Inbox",
        email_categories=("P4 - Low", "FYI Only"),
        task_web_url="https://evil.example/task",
        notes=(OutcomeNote(NoteKind.CATEGORY_APPLIED_BY_NAME, category="Finance"),),
    )
    payload = card("approved", outcome=outcome)
    text = all_text(payload)
    assert "✓ Left in Inbox · categories P4 - Low, FYI Only" in text
    assert "Task created" not in text and "evil.example" not in text
    assert "The category 'Finance' is not in Outlook's category list yet" in text


def test_failed_shows_the_error_and_retry() -> None:
    throttled = Failure(FailureKind.THROTTLED, retryable=True, retry_after_s=30)
    payload = card("failed", outcome=ApprovalOutcome(7, "failed", failure=throttled))
    assert "Not done: Outlook is throttling us; retry in 30 s" in all_text(payload)
    assert [(b["action_id"], b.get("style")) for b in buttons(payload)] == [
        (ids.RETRY, "primary"),
        (ids.EDIT, None),
        (ids.DISMISS, None),
    ]
    assert {b["value"] for b in buttons(payload)} == {"7"}


def test_failed_without_retry_chance_makes_edit_primary() -> None:
    outcome = ApprovalOutcome(7, "failed", failure=Failure(FailureKind.MAIL_NOT_FOUND))
    payload = card("failed", outcome=outcome)
    styles = {b["action_id"]: b.get("style") for b in buttons(payload)}
    assert styles[ids.EDIT] == "primary" and styles[ids.RETRY] is None
    stored = Failure.from_stored("Graph said no")  # a row from before failures were typed
    view_error = card("failed", view=make_view(failure=stored))
    assert "Not done: Graph said no" in all_text(view_error)


def test_dismissed_is_one_grey_line_without_buttons() -> None:
    payload = card("dismissed")
    assert buttons(payload) == []
    assert _of_type(payload, "actions") == []
    assert payload["blocks"][-1] == {
        "type": "context",
        "elements": [{"type": "plain_text", "text": "Dismissed by you"}],
    }
    assert [b["type"] for b in payload["blocks"]] == ["header", "context", "context"]


def test_every_state_passes_the_limits_and_has_a_fallback() -> None:
    for state in STATES:
        payload = card(state, outcome=APPROVED if state == "approved" else None)
        assert payload["text"].strip()


def test_unknown_state_is_refused() -> None:
    with pytest.raises(ValueError, match="state"):
        suggestion_message(make_view(), low_confidence_threshold=0.6, state="bogus")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("usd", "shown"), [(0.0, "no cost"), (0.00001, "under $0.0001"), (0.01234, "$0.0123")]
)
def test_cost_is_shown_in_plain_words(usd: float, shown: str) -> None:
    why = card(view=make_view(cost_usd=usd))["blocks"][4]["elements"][0]["text"]
    assert why.endswith(f" · {shown}")


def test_the_card_says_when_hidden_text_was_removed() -> None:
    plain_card = all_text(card())
    assert "Hidden text removed" not in plain_card
    for state in ("pending", "approving", "failed"):
        text = all_text(card(state, view=make_view(hidden_characters=116)))
        assert "Hidden text removed: 116 invisible characters in this email" in text, state


@pytest.mark.parametrize(
    ("addressed", "note"),
    [(Addressed.CC, "you're in Cc"), (Addressed.NEITHER, "to a list you're on")],
)
def test_the_sender_line_says_when_the_mail_was_not_addressed_to_the_owner(addressed, note):
    copied = all_text(card(view=make_view(addressed=addressed)))
    alone = all_text(card(view=make_view(addressed=Addressed.ALONE)))
    unknown = all_text(card())

    assert note in copied
    assert "you're in Cc" not in alone + unknown and "a list you're on" not in alone + unknown
