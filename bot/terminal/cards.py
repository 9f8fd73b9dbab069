"""Plain-text suggestion cards for the terminal (CLI and demo); the Slack card's parts, a line each.

Everything taken from the email is untrusted: callers print these lines without interpreting
markup (`Terminal.say` escapes them), and control characters are removed here so an email cannot
move the cursor or clear the screen.
"""

from __future__ import annotations

from bot import messages
from core.api import ApprovalOutcome, SuggestionView
from core.untrusted_text import clip, strip_hidden

_WIDTH = 78


def card_lines(view: SuggestionView) -> list[str]:
    """Return the lines of one pending suggestion: subject, sender, preview, proposal, why."""
    received = f"{view.received_at:%a %d %b %H:%M}" if view.received_at else "unknown time"
    note = messages.addressed_note(view.addressed)
    received += f" · {note}" if note else ""
    lines = [
        clip(_plain(view.subject) or "(no subject)", _WIDTH),
        clip(f"{_plain(view.sender_name)} <{_plain(view.sender_address)}> · {received}", _WIDTH),
    ]
    lines.extend(_meeting_lines(view))
    preview = _plain(view.preview)
    if preview:
        lines.append(clip(f'"{preview}"', _WIDTH))
    lines.append(
        f"Folder: {view.folder} · Priority: {view.priority} · Action: {view.action_type} · "
        f"Confidence: {view.confidence:.2f}"
    )
    if view.needs_review:
        lines.append("! Needs review: look before approving")
    if view.hidden_characters:
        lines.append("! " + messages.hidden_text_removed(view.hidden_characters))
    if view.budget_pause is not None:
        pause = view.budget_pause
        resumes = f"{pause.resumes_at.astimezone():%a %H:%M}"  # this machine's zone, as above
        lines.append("! " + messages.budget_card_line(pause.spent_usd, pause.budget_usd, resumes))
    cost = f" · ${view.cost_usd:.4f}" if view.cost_usd else ""
    lines.append(clip(f"Why: {_plain(view.reason)}{cost}", _WIDTH * 2))
    return lines


def _meeting_lines(view: SuggestionView) -> list[str]:
    # Shown in this machine's zone: the terminal runs where the owner is.
    if view.meeting is None:
        return []
    when = messages.meeting_when(
        view,
        lambda start: f"{start.astimezone():%a %d %b %H:%M}",
        lambda end: f"{end.astimezone():%H:%M %Z}",
    )
    parts = [messages.terminal_meeting_line(when, cancelled=view.meeting.cancelled)]
    parts += [_plain(detail) for detail in messages.meeting_details(view)]
    return [clip(" · ".join(parts), _WIDTH * 2)]


def outcome_line(outcome: ApprovalOutcome) -> str:
    """Say in one line what an approval, dismissal or failure did, with its notes."""
    notes = [_plain(messages.note_text(note)) for note in outcome.notes]
    return " · ".join([_result(outcome), *notes])


def _result(outcome: ApprovalOutcome) -> str:
    if outcome.status == "approved":
        parts = [f"Moved to {outcome.folder}" if outcome.folder != "Inbox" else "Left in Inbox"]
        if outcome.email_categories:
            parts.append("categories " + ", ".join(outcome.email_categories))
        if outcome.task_title:
            where = messages.backend_label(outcome.task_backend, outcome.task_backend_label)
            task = messages.task_created_in(_plain(where), _plain(outcome.task_title))
            url = _plain(outcome.task_web_url or "")
            parts.append(f"{task} ({url})" if url else task)
        return "✓ " + " · ".join(parts)
    if outcome.status == "dismissed":
        problem = _failure(outcome)  # "Dismissed, but its task could not be deleted: ..."
        return _plain(problem) if problem else "Dismissed"
    if outcome.status == "failed":
        retry = " (retry possible)" if outcome.retryable else ""
        return f"✗ Failed: {_plain(_failure(outcome) or 'unknown error')}{retry}"
    return f"No change: {_plain(_failure(outcome) or 'already handled')}"


def _failure(outcome: ApprovalOutcome) -> str | None:
    return messages.failure_text(outcome.failure) if outcome.failure else None


def _plain(text: str) -> str:
    # One line, no hidden characters (no terminal escapes, no bidi overrides to spoof text).
    cleaned = "".join(c if c.isprintable() else " " for c in strip_hidden(text))
    return " ".join(cleaned.split())
