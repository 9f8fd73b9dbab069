"""The Scheduled rule: what Graph says a meeting message is outranks what its words suggest.

An invitation or update (Graph's meetingMessageType `meetingRequest`) is Scheduled; a
cancellation (`meetingCancelled`) is FYI Only, its reason saying so: it asks nothing of the owner
and leaves nothing to schedule (Outlook already marked the meeting cancelled), so a Scheduled task
for it would remind the owner of a meeting that will not happen. The type comes from Graph, not
from wording, so the action type is certain, but the folder and priority may still be guesses:
the confidence is raised towards `GRAPH_TYPE_CONFIDENCE` only as far as the classification's
`certainty_besides_action` allows (the offline classifier gives it), and not at all when that is
unknown (Claude's one confidence covers its folder too) or the classification needs review.
Claude, the heuristic and thread inheritance all end with `apply_meeting_rule`; it is idempotent.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC

from core.store import MeetingFacts
from core.triage.classification import Classification
from core.vocabulary import ActionType

GRAPH_TYPE_CONFIDENCE = 0.9
INVITATION_NOTE = "Meeting invitation (Outlook) -> Scheduled"
CANCELLATION_NOTE = "Meeting cancelled by the organizer (Outlook) -> FYI Only"


def apply_meeting_rule(
    classification: Classification, meeting: MeetingFacts | None
) -> Classification:
    """Return `classification` with the action type a meeting message has, and why."""
    if meeting is None or not meeting.scheduled:
        return classification
    action, note = (
        (ActionType.FYI_ONLY, CANCELLATION_NOTE)
        if meeting.cancelled
        else (ActionType.SCHEDULED, INVITATION_NOTE)
    )
    reason = classification.reason
    if not reason.startswith(note):
        reason = f"{note}; {reason}" if reason else note
    confidence = classification.confidence
    others = classification.certainty_besides_action
    if others is not None and not classification.needs_review:
        confidence = max(confidence, round(min(others, GRAPH_TYPE_CONFIDENCE), 2))
    return replace(classification, action_type=action, reason=reason, confidence=confidence)


def meeting_lines(meeting: MeetingFacts) -> list[tuple[str, str]]:
    """Return (label, untrusted value) pairs that describe a meeting, for Claude's prompt."""
    kind = "cancellation" if meeting.cancelled else "invitation or update"
    if meeting.message_type not in ("meetingRequest", "meetingCancelled"):
        kind = f"response ({meeting.message_type})"
    lines = [("Meeting message", kind)]
    if meeting.start is not None:
        start = meeting.start.astimezone(UTC)
        when = f"{start:%Y-%m-%d} ({start:%A}), all day"
        if not meeting.all_day:
            when = f"{start:%Y-%m-%d %H:%M} UTC ({start:%A})"
            if meeting.end is not None:
                when += f" to {meeting.end.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
        lines.append(("Meeting time", when))
    if meeting.location:
        lines.append(("Meeting location", meeting.location))
    if meeting.organizer_address or meeting.organizer_name:
        lines.append(("Meeting organizer", meeting.organizer_name or meeting.organizer_address))
    return lines
