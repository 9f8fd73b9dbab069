"""The suggestion card and its edit modal, bursts, meeting invitations and calendar blocks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.messages.common import counted
from core.api import (
    Addressed,
    SuggestionView,
)

# --- the suggestion card ---

NO_SUBJECT = "(no subject)"
UNKNOWN_SENDER = "unknown sender"
UNKNOWN_TIME = "time unknown"
OPEN_IN_OUTLOOK = "Open in Outlook"
APPROVE = "Approve"
EDIT = "Edit"
DISMISS = "Dismiss"
RETRY = "Retry"
APPROVING = "Approving…"
DISMISSED_BY_YOU = "Dismissed by you"
LEFT_IN_INBOX = "Left in Inbox"
NEEDS_REVIEW = "Needs review: the classifier was not sure. Check it, then approve or edit."
APPROVAL_FAILED = "The approval did not finish, and no reason was recorded."

# The reason shown when a classification carries none, by its source.
REASON_BY_SOURCE = {
    "claude": "no reason given",
    "heuristic": "heuristic: Claude unavailable",
    "thread": "inherited from the thread",
}


def addressed_note(addressed: Addressed | None) -> str | None:
    """Say how the email reached the owner when it was not addressed to her (Cc, a list)."""
    if addressed is Addressed.CC:
        return "you're in Cc"
    if addressed is Addressed.NEITHER:
        return "to a list you're on"
    return None


def hidden_text_removed(count: int) -> str:
    """Say that invisible characters were taken out of the email (tag, zero-width, control)."""
    noun = "character" if count == 1 else "characters"
    return (
        f"Hidden text removed: {count} invisible {noun} in this email never reached the "
        "classifier or a task."
    )


def field(label: str, value: str) -> str:
    """Return one card field, e.g. "Folder: Projects/Tradecore Steel"."""
    return f"{label}: {value}"


FOLDER = "Folder"
PRIORITY = "Priority"
ACTION = "Action"
CONFIDENCE = "Confidence"
TASK = "Task"


def no_task(action_type: str) -> str:
    """Say that approving creates no To Do task."""
    return f"none for {action_type}"


def cost(usd: float) -> str:
    """Return a classification cost the way the card shows it."""
    if usd <= 0:
        return "no cost"
    return "under $0.0001" if usd < 0.00005 else f"${usd:.4f}"


def why(reason: str) -> str:
    """Return the card's reason line (the cost is appended separately)."""
    return f"Why: {reason}"


def low_confidence(confidence: float, threshold: float) -> str:
    """Warn that the classifier's confidence is below the configured threshold."""
    return (
        f"Low confidence ({confidence:.2f}, threshold {threshold:.2f}): "
        "check it, then approve or edit."
    )


def moved_to(folder: str) -> str:
    """Return the first part of an approval's result."""
    return f"Moved to {folder}"


def categories_applied(names: str) -> str:
    """Return the categories part of an approval's result."""
    return f"categories {names}"


def not_done(error: str) -> str:
    """Say that an approval failed and why, in plain words."""
    return f"Not done: {error}"


def card_fallback(subject: str, sender: str, folder: str) -> str:
    """Return the notification text of a new suggestion."""
    return f"Suggestion: {subject} from {sender} → {folder}"


def approving_fallback(subject: str) -> str:
    """Return the notification text while an approval runs."""
    return f"Approving: {subject}"


def approved_fallback(subject: str, folder: str) -> str:
    """Return the notification text of an approved suggestion."""
    return f"Approved: {subject} → {folder}"


def failed_fallback(subject: str) -> str:
    """Return the notification text of a failed approval."""
    return f"Approval failed: {subject}"


def dismissed_fallback(subject: str) -> str:
    """Return the notification text of a dismissed suggestion."""
    return f"Dismissed: {subject}"


# --- the edit modal ---

EDIT_TITLE = "Edit suggestion"
EDIT_SUBMIT = "Approve"
CANCEL = "Cancel"
PROJECTS = "Projects"
AREAS = "Areas"
INBOX = "Inbox"
PICK_FOLDER = "Pick a folder"
SEARCH_FOLDERS = "Type to search folders"
ACTION_TYPE = "Action type"
NOTE = "Why (optional)"
NOTE_PLACEHOLDER = "e.g. invoices from this sender always go to Finance"
NOTE_HINT = "Saved as the reason for this correction; later suggestions learn from it."
FOLDER_REQUIRED = "Pick a folder."
CHOICE_REQUIRED = "Pick one of the options."


def edit_context(sender: str, folder: str, priority: str, action_type: str) -> str:
    """Describe what was suggested, above the modal's fields."""
    return f"From {sender}. Suggested: {folder} · {priority} · {action_type}"


def unknown_folder(folder: str) -> str:
    """Say that a submitted folder is not in the taxonomy."""
    return f"‘{folder}’ is not a project or area folder in config.yaml; pick one from the list."


def note_too_long(limit: int) -> str:
    """Say that the note is too long."""
    return f"Keep the note under {limit} characters."


# --- bursts ---


def burst_summary(total: int, confident: int, rest: int, threshold: float) -> str:
    """Summarise a burst of new suggestions."""
    return (
        f"{counted(total, 'new email')} triaged: {confident} high confidence (≥ {threshold:.2f}), "
        f"{rest} need a look"
    )


def burst_progress(
    total: int,
    *,
    approved: int,
    shown: int,
    elsewhere: int,
    confident: int,
    rest: int,
    threshold: float,
) -> str:
    """Summarise a burst after some of it was approved, shown or decided elsewhere."""
    done = [
        text
        for count, text in (
            (approved, f"{approved} approved"),
            (shown, f"{shown} shown below"),
            (elsewhere, f"{elsewhere} decided elsewhere"),
        )
        if count
    ]
    waiting = [
        text
        for count, text in (
            (confident, f"{confident} high confidence (≥ {threshold:.2f}) waiting"),
            (rest, f"{rest} need a look"),
        )
        if count
    ]
    parts = "; ".join(part for part in (", ".join(done), ", ".join(waiting)) if part)
    return f"{counted(total, 'new email')} triaged: {parts or 'none left'}"


def review_confident(count: int) -> str:
    """Label the button that posts the high-confidence suggestions one by one."""
    return f"Review the {count} one by one"


def approve_all(count: int) -> str:
    """Label the approve-all button."""
    return "Approve the 1 high-confidence" if count == 1 else f"Approve all {count} high-confidence"


def show_rest(count: int) -> str:
    """Label the button that posts the remaining suggestions one by one."""
    return f"Show the {count}"


def approve_all_title(count: int) -> str:
    """Title the approve-all confirm dialog."""
    return f"Approve {counted(count, 'suggestion')}?"


def approve_all_text(items: str) -> str:
    """Return the approve-all confirm text around the list of suggestions."""
    return f"Each email is moved and categorised as suggested: {items}"


def burst_capped(count: int, total: int) -> str:
    """Say that a button covers only the first suggestions."""
    return f"The button covers the first {count} of {total}; the others stay pending."


# meeting invitations

MEETING_CANCELLED = "Cancelled"
MEETING_TIME_UNKNOWN = "time not given"


def meeting_line(when: str, *, cancelled: bool) -> str:
    """Say when an invitation's meeting is, or that it was cancelled (`when` is ready text)."""
    if cancelled:
        return f":x: {MEETING_CANCELLED}: meeting {when}"
    return f":calendar: Meeting {when}"


def meeting_all_day(day: str) -> str:
    """Describe an all-day meeting's day."""
    return f"{day}, all day"


def meeting_span(start: str, end: str) -> str:
    """Describe a meeting's start and end (both ready text)."""
    return f"{start} – {end}"


def meeting_when(
    view: SuggestionView, start: Callable[[datetime], str], end: Callable[[datetime], str]
) -> str:
    """Say when the view's meeting is, its start and end written by `start` and `end`."""
    meeting = view.meeting
    if meeting is None or meeting.start is None:
        return MEETING_TIME_UNKNOWN
    if meeting.all_day:
        # An all-day meeting is a calendar day, not an instant: no zone may shift it.
        return meeting_all_day(f"{meeting.start:%a %d %b %Y}")
    when = start(meeting.start)
    return when if meeting.end is None else meeting_span(when, end(meeting.end))


def meeting_details(view: SuggestionView) -> list[str]:
    """Return the meeting's location and organizer lines: untrusted text, for callers to escape."""
    meeting = view.meeting
    if meeting is None:
        return []
    lines = [f"Location: {meeting.location}"] if meeting.location.strip() else []
    organizer = meeting.organizer_name.strip() or meeting.organizer_address.strip()
    if organizer:
        lines.append(f"Organizer: {organizer}")
    return lines


def terminal_meeting_line(when: str, *, cancelled: bool) -> str:
    """Say in the terminal when a meeting is, or that it was cancelled."""
    return f"{MEETING_CANCELLED}: meeting {when}" if cancelled else f"Meeting {when}"


# calendar blocks

BLOCK_BUTTON = "Block 30 min"
BLOCK_CONFIRM = "Confirm"
BLOCK_CANCEL = "Cancel"
BLOCK_CANCELLED = "No time blocked."
OPEN_BLOCK = "Open the event"


def block_proposal(slot: str, calendar: str) -> str:
    """Ask whether to block the proposed slot (`slot` is Slack date markup, `calendar` escaped)."""
    return f"Block {slot} in {calendar} for this task?"


def block_slot_taken(slot: str, calendar: str) -> str:
    """Say the shown slot got taken and offer the next one."""
    return f"That slot was taken meanwhile. The next free one is {slot} in {calendar}: block it?"


def block_done(slot: str, calendar: str) -> str:
    """Say which slot was blocked, where."""
    return f":calendar: Blocked {slot} in {calendar}"


def block_impossible(reason: str) -> str:
    """Say why no time can be blocked."""
    return f"No time can be blocked: {reason}."


# --- the classifier budget ---


def dollars(usd: float) -> str:
    """Return an amount of the daily budget or its spend: cents, or up to 6 places below one."""
    if usd == 0 or usd >= 0.01:
        return f"${usd:.2f}"
    return "$" + f"{usd:.6f}".rstrip("0").removesuffix(".")


def budget_card_line(spent_usd: float, budget_usd: float, resumes: str) -> str:
    """Say the offline classifier made this suggestion because Claude's daily budget is spent.

    `resumes` is when Claude is asked again (Slack date markup or a terminal time).
    """
    return (
        f"Claude's daily budget is spent ({dollars(spent_usd)} of {dollars(budget_usd)}): "
        f"the offline classifier suggested this. Claude is back from {resumes}."
    )
