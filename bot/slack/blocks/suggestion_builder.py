"""The suggestion card in its states: pending, approving, approved, failed, dismissed.

Subject, sender, preview and reason are untrusted: they appear only as escaped plain_text (in
the notification fallback they are escaped and given look-alikes for mrkdwn's formatting
characters; the fallback's own wording is only escaped). The only markup on the card is ours: the
Slack date built from a number, and links built from validated Microsoft URLs.
"""

from __future__ import annotations

from typing import Any, Literal

from bot import messages as msg
from bot.slack import ids
from bot.slack.blocks.base_builder import (
    Block,
    actions,
    button,
    context,
    fallback,
    header,
    message,
    note,
    say,
    section,
)
from bot.slack.blocks.block_builder import blocked_line
from bot.slack.blocks.text import (
    OUTLOOK_DOMAINS,
    TASK_DOMAINS,
    link,
    lookalikes,
    mrkdwn,
    mrkdwn_text,
    plain,
    plain_text,
)
from bot.slack.blocks.text import slack_date as date_markup
from core.api import INBOX, ApprovalOutcome, BlockResult, SuggestionView

CardState = Literal["pending", "approving", "approved", "failed", "dismissed"]
STATES: tuple[CardState, ...] = ("pending", "approving", "approved", "failed", "dismissed")


def needs_caution(view: SuggestionView, threshold: float) -> bool:
    """Tell whether the card warns and makes Edit the primary button."""
    return view.needs_review or view.confidence < threshold


def suggestion_message(
    view: SuggestionView,
    *,
    low_confidence_threshold: float,
    state: CardState = "pending",
    outcome: ApprovalOutcome | None = None,
    creates_task: bool = True,
    can_block: bool = False,
    blocked: BlockResult | None = None,
) -> dict[str, Any]:
    """Return the card for one suggestion in `state` (outcome details for approved/failed);
    `can_block`: a calendar is on, so an approved card with a task offers "Block 30 min";
    `blocked`: the block its task has, said on the approved card instead of that button."""
    if state not in STATES:
        raise ValueError(f"state: {state!r} is not one of {', '.join(STATES)}")
    subject = view.subject.strip() or msg.NO_SUBJECT
    top = [header(plain(subject, 150) or msg.NO_SUBJECT), _sender_line(view)]
    subject = lookalikes(subject)  # from here on only in fallbacks, beside our wording
    notes = _notes(outcome)
    if state == "dismissed":
        failure = outcome.failure if outcome else None
        problem = [plain(msg.failure_text(failure), 1000)] if failure else []
        return message(
            fallback(msg.dismissed_fallback(subject)),
            [*top, note(msg.DISMISSED_BY_YOU, *problem), *notes],
        )
    if state == "approved":
        folder = (outcome.folder if outcome else None) or view.folder
        offers_block = (
            can_block and outcome is not None and outcome.task_id is not None and blocked is None
        )
        block = [say(blocked_line(blocked))] if blocked is not None else []
        return message(
            fallback(msg.approved_fallback(subject, lookalikes(folder))),
            [
                *top,
                say(_result_line(view, outcome)),
                *notes,
                *block,
                _approved_buttons(view, offers_block),
            ],
        )
    cautious = needs_caution(view, low_confidence_threshold)
    body = [*top, *_details(view, creates_task)]
    if state == "approving":
        return message(fallback(msg.approving_fallback(subject)), [*body, note(msg.APPROVING)])
    if state == "failed":
        failure = (outcome.failure if outcome else None) or view.failure
        error = msg.failure_text(failure) if failure else msg.APPROVAL_FAILED
        retry_first = outcome is None or outcome.retryable
        return message(
            fallback(msg.failed_fallback(subject)),
            [
                *body,
                # Plain text: the error is mostly our wording, and plain text cannot format.
                section(plain_text(":x: " + plain(msg.not_done(error), 2000, multiline=True))),
                *notes,
                _buttons(view, primary=ids.RETRY if retry_first else ids.EDIT, retry=True),
            ],
        )
    warning = _warning(view, low_confidence_threshold) if cautious else []
    sender = view.sender_name.strip() or view.sender_address.strip() or msg.UNKNOWN_SENDER
    return message(
        fallback(msg.card_fallback(subject, lookalikes(sender), lookalikes(view.folder))),
        [*body, *warning, _buttons(view, primary=ids.EDIT if cautious else ids.APPROVE)],
    )


def _sender_line(view: SuggestionView) -> Block:
    name, address = view.sender_name.strip(), view.sender_address.strip()
    who = f"{name} <{address}>" if name and address else name or address or msg.UNKNOWN_SENDER
    when = date_markup(view.received_at) if view.received_at else msg.UNKNOWN_TIME
    opened = link(view.web_link, msg.OPEN_IN_OUTLOOK, OUTLOOK_DOMAINS)
    meta = " · ".join(part for part in (when, msg.addressed_note(view.addressed), opened) if part)
    return context(plain_text(plain(who, 300)), mrkdwn_text(meta))


def _meeting(view: SuggestionView) -> list[Block]:
    """The meeting's time (Slack renders it in the reader's zone), location and organizer."""
    if view.meeting is None:
        return []
    when = msg.meeting_when(
        view, lambda start: date_markup(start), lambda end: date_markup(end, "{time}")
    )
    line = mrkdwn_text(msg.meeting_line(when, cancelled=view.meeting.cancelled))
    return [context(line, *(plain_text(plain(d, 300)) for d in msg.meeting_details(view)))]


def _details(view: SuggestionView, creates_task: bool) -> list[Block]:
    blocks: list[Block] = _meeting(view)
    preview = plain(view.preview, 1000, multiline=True)
    if preview:
        blocks.append(section(plain_text(f"“{preview}”")))
    fields = [
        msg.field(msg.FOLDER, plain(view.folder, 300) or INBOX),
        msg.field(msg.PRIORITY, plain(view.priority, 100)),
        msg.field(msg.ACTION, plain(view.action_type, 100)),
        msg.field(msg.CONFIDENCE, f"{view.confidence:.2f}"),
    ]
    if not creates_task:
        fields.append(msg.field(msg.TASK, msg.no_task(plain(view.action_type, 100))))
    if view.category:
        fields.append(msg.field(msg.CATEGORY_FIELD, plain(view.category, 255)))
    blocks.append(section(fields=[plain_text(f) for f in fields]))
    source = str(view.source) if view.source else ""
    reason = view.reason.strip() or msg.REASON_BY_SOURCE.get(source, msg.REASON_BY_SOURCE["claude"])
    blocks.append(note(plain(msg.why(reason), 1500) + " · " + msg.cost(view.cost_usd)))
    if view.hidden_characters:
        blocks.append(note(":shield: " + msg.hidden_text_removed(view.hidden_characters)))
    if view.budget_pause is not None:
        pause = view.budget_pause
        resumes = date_markup(pause.resumes_at)
        line = msg.budget_card_line(pause.spent_usd, pause.budget_usd, resumes)
        blocks.append(note(":money_with_wings: " + line))
    return blocks


def _warning(view: SuggestionView, threshold: float) -> list[Block]:
    lines = []
    if view.needs_review:
        lines.append(":warning: " + msg.NEEDS_REVIEW)
    if view.confidence < threshold:
        lines.append(":warning: " + msg.low_confidence(view.confidence, threshold))
    return [say("\n".join(lines))]


_LABELS = {
    ids.APPROVE: msg.APPROVE,
    ids.EDIT: msg.EDIT,
    ids.DISMISS: msg.DISMISS,
    ids.RETRY: msg.RETRY,
}


def _buttons(view: SuggestionView, *, primary: str, retry: bool = False) -> Block:
    value = str(view.suggestion_id)
    order = (ids.RETRY if retry else ids.APPROVE, ids.EDIT, ids.DISMISS)
    return actions(
        *(button(_LABELS[a], a, value, style="primary" if a == primary else None) for a in order)
    )


def _approved_buttons(view: SuggestionView, offers_block: bool) -> Block:
    """Block 30 min (a calendar is on and there is a task) and Undo."""
    value = str(view.suggestion_id)
    block = [button(msg.BLOCK_BUTTON, ids.BLOCK_PROPOSE, value)] if offers_block else []
    return actions(*block, button(msg.UNDO_BUTTON, ids.UNDO, value))


def _result_line(view: SuggestionView, outcome: ApprovalOutcome | None) -> str:
    folder = (outcome.folder if outcome else None) or view.folder
    parts = [msg.LEFT_IN_INBOX if folder == INBOX else msg.moved_to(mrkdwn(folder, 300))]
    if outcome and outcome.email_categories:
        names = ", ".join(mrkdwn(c, 100) for c in outcome.email_categories[:12])
        parts.append(msg.categories_applied(names))
    if outcome and outcome.task_title:
        # A backend's label is its own wording, escaped all the same like anything not ours.
        where = mrkdwn(msg.backend_label(outcome.task_backend, outcome.task_backend_label), 40)
        parts.append(msg.task_created_in(where, mrkdwn(outcome.task_title, 300)))
        task_link = link(outcome.task_web_url, msg.open_task_in(where), TASK_DOMAINS)
        if task_link:
            parts.append(task_link)
    return "✓ " + " · ".join(parts)


def _notes(outcome: ApprovalOutcome | None) -> list[Block]:
    if not outcome or not outcome.notes:
        return []
    return [note(*(plain(msg.note_text(n), 500) for n in outcome.notes[:10]))]
