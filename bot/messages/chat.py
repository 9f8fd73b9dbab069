"""The DM assistant: its buttons, its own replies and the changes it proposes."""

from __future__ import annotations

from bot.messages.calendars import calendar_chat_day, calendar_proposal_text, calendar_step_text
from bot.messages.cards import dollars
from bot.messages.commands import status_fallback
from bot.messages.failures import _RETRY_LATER, failure_text, problem_text
from bot.messages.senders import category_proposal_text, category_step_text
from core.api import (
    BudgetPause,
    Change,
    ChatReply,
    Proposal,
    ReplyKind,
    Step,
    StepKind,
)

# --- the DM assistant ---

CONFIRM = "Confirm"
CONFIRMED = "Confirmed by you"
CANCELLED = "Cancelled: nothing was changed"


def chat_fallback(summary: str) -> str:
    """Return the notification text of a proposal."""
    return f"Confirm? {summary}"


_OFFLINE_WORDS = (
    'I answer four words: "status", "pending", "tasks" and "calendar" (or "tomorrow"). '
    "Approve, edit and dismiss with the buttons on the suggestion cards, and use /assistant "
    "for the rest."
)

# What the assistant itself says; Claude's own answers and offline facts are shown as they come.
CHAT_WORDS: dict[ReplyKind, str] = {
    ReplyKind.NOTHING_TO_ADD: "I have nothing to add.",
    ReplyKind.TOO_MANY_ROUNDS: (
        "I stopped after too many steps; ask me again, a bit more precisely."
    ),
    ReplyKind.REFUSED: "Claude declined to answer that one.",
    ReplyKind.CLAUDE_KEY_REJECTED: "Sorry, Claude rejected the API key; check ANTHROPIC_API_KEY.",
    ReplyKind.CLAUDE_BUSY: "Sorry, Claude is busy right now. Please try again in a minute.",
    ReplyKind.CLAUDE_UNREACHABLE: "Sorry, I could not reach Claude. Please try again in a minute.",
    ReplyKind.CLAUDE_FAILED: (
        "Sorry, Claude could not answer that; the details are in the assistant's log."
    ),
    ReplyKind.EMPTY: "Say what you need: for example 'what is pending?'",
    ReplyKind.NO_KEY_HELP: (
        f"The DM assistant needs ANTHROPIC_API_KEY to chat. Without it {_OFFLINE_WORDS}"
    ),
    ReplyKind.EXPIRED: "That proposal has expired (or the assistant restarted). Ask me again.",
    ReplyKind.NOT_YOURS: "Only the person who asked for this can confirm or cancel it.",
    ReplyKind.ALREADY_RUNNING: "That is already running.",
    ReplyKind.ALREADY_DONE: "That was already done.",
    ReplyKind.ALREADY_CANCELLED: "That was cancelled; ask me again if you still want it.",
    ReplyKind.CANCELLED: "Cancelled. Nothing was changed.",
    ReplyKind.FAILED: "Something went wrong while doing that; see the assistant's log.",
}
CHAT_CUT_SHORT = "My answer was cut short; ask again."


def chat_budget_spent(pause: BudgetPause | None) -> str:
    """Say the DM answers offline because Claude's daily budget is spent (amounts if known)."""
    spent = f" ({dollars(pause.spent_usd)} of {dollars(pause.budget_usd)})" if pause else ""
    return f"Claude's daily budget is spent{spent}: I do not ask Claude until midnight."


def chat_text(reply: ChatReply) -> str:
    """Return what the DM assistant says for `reply`: Claude's words, the facts, or ours."""
    if reply.kind is ReplyKind.BUDGET_SPENT:
        return f"{chat_budget_spent(reply.budget_pause)} Until then {_OFFLINE_WORDS}"
    said = _chat_words(reply)
    if reply.budget_pause is not None:
        return f"{chat_budget_spent(reply.budget_pause)}\n{said}"
    return said


def _chat_words(reply: ChatReply) -> str:
    kind = reply.kind
    if kind is ReplyKind.ANSWER:
        return reply.text
    if kind is ReplyKind.OFFLINE:
        pending = reply.status.pending if reply.status is not None else 0
        return status_fallback(pending)
    if kind is ReplyKind.PENDING:
        return _chat_pending(reply)
    if kind is ReplyKind.TASKS:
        return _chat_tasks(reply)
    if kind is ReplyKind.CALENDAR:
        return calendar_chat_day(reply.day)
    if kind is ReplyKind.CUT_SHORT:
        return f"{reply.text} …(cut short)" if reply.text else CHAT_CUT_SHORT
    if kind is ReplyKind.DONE:
        return "\n".join(chat_step_text(step) for step in reply.steps)
    return CHAT_WORDS[kind]


def _chat_pending(reply: ChatReply) -> str:
    lines = [f"• {s.cited} → {s.values} ({s.confidence or 0:.2f})" for s in reply.listed]
    return _chat_list(reply, "Nothing is pending.", f"{reply.total} pending:", lines)


def _chat_tasks(reply: ChatReply) -> str:
    lines = [f"• {t.cited}{f' {t.link}' if t.link else ''}" for t in reply.listed]
    empty = "No open tasks: every task the assistant created is done or gone."
    return _chat_list(reply, empty, f"{reply.total} open task(s):", lines)


def _chat_list(reply: ChatReply, empty: str, head: str, lines: list[str]) -> str:
    if not lines:
        return empty
    more = reply.total - len(reply.listed)
    return "\n".join([head, *lines, *([f"… and {more} more."] if more > 0 else [])])


def chat_step_text(step: Step) -> str:
    """Say what one step of a confirmed proposal did."""
    kind, cited, number = step.kind, step.cited, step.number
    if kind is StepKind.GONE:
        return f"#{number} no longer exists."
    if kind is StepKind.ALREADY_DECIDED:
        return f"{cited} is already {step.status}; nothing was done."
    if kind is StepKind.NOT_DONE:
        if getattr(type(step.problem), "owner_worded", False):
            return f"{cited}: not done, {step.problem}."
        return f"{cited}: {_chat_problem(step.problem, 'change it')}"
    if kind is StepKind.APPROVED:
        task = f'; To Do task "{step.task_title}" created' if step.task_title else ""
        return f"Approved {cited}: filed in {step.folder}{task}."
    if kind is StepKind.DISMISSED:
        failure = f" {failure_text(step.failure)}" if step.failure else ""
        return f"Dismissed {cited}; the email stays where it is.{failure}"
    if kind is StepKind.APPROVAL_FAILED:
        reason = failure_text(step.failure) if step.failure else _RETRY_LATER
        return f"Approving {cited} failed: {reason}"
    if kind is StepKind.ALREADY_HANDLED:
        return f"{cited} was already handled; nothing was done."
    category = category_step_text(str(kind), step.category, step.color)
    if kind is StepKind.CATEGORY_NOT_CREATED:
        return _chat_problem(step.problem, f'create the category "{step.category}"')
    return _chat_task_text(step) or calendar_step_text(step) or category or _chat_added_text(step)


def _chat_task_text(step: Step) -> str:
    kind, number = step.kind, step.number
    not_completed = f"Task {number} was not completed"
    if kind is StepKind.TASK_COMPLETED:
        return f"Completed task {number} in {step.backend}."
    if kind is StepKind.TASK_MISSING:
        return f"{not_completed}: there is no task {number}."
    if kind is StepKind.TASK_ALREADY:
        return f"{not_completed}: task {number} is already {step.status}."
    if kind is StepKind.TASK_BACKEND_OFF:
        return f"{not_completed}: its backend ({step.backend}) is not set up in this configuration."
    if kind is StepKind.TASK_NOT_COMPLETED:
        return _chat_problem(step.problem, f"complete task {number} in {step.backend}")
    return ""


def _chat_added_text(step: Step) -> str:
    added = step.added
    if step.kind is StepKind.NOT_ADDED or added is None:
        return _chat_problem(step.problem, f'add {step.entry_kind} "{step.entry_name}"')
    done = [f'Added {added.kind} "{added.name}" ({added.folder}) to config.yaml']
    done.append("created its folder" if added.folder_created else "its folder already existed")
    if added.category:
        done.append(
            f'created the category "{added.category}"'
            if added.category_created
            else f'the category "{added.category}" already existed'
        )
    return "; ".join(done) + ". New mail is filed with it from the next triage pass."


def _chat_problem(err: BaseException | None, doing: str) -> str:
    """Say that `doing` failed: an owner-worded error as it is, any other by its kind."""
    if err is None:
        return f"Could not {doing}; {_RETRY_LATER}."
    if getattr(type(err), "owner_worded", False):
        return f"Could not {doing}: {err}"
    return problem_text(err, doing)


_PROPOSAL_LINES = 5


def proposal_text(proposal: Proposal) -> str:
    """Return the confirmation prompt of a change the assistant proposes."""
    kind, cited = proposal.kind, proposal.cited
    if kind == "approve":
        pairs = zip(cited, proposal.values, strict=True)
        return "Approve:\n" + _bullets([f"{c} → {v}" for c, v in pairs])
    if kind == "dismiss":
        return "Dismiss (the emails stay where they are):\n" + _bullets(list(cited))
    if kind == "reclassify":
        changes = "; ".join(_change_text(change) for change in proposal.changes)
        return f"Approve {cited[0]} with changes: {changes}."
    if kind == "complete_task":
        return f"Mark {cited[0]} done in {proposal.backend}."
    if kind == "create_category":
        return category_proposal_text(cited[0], proposal.values[0])
    if proposal.event is not None:
        return calendar_proposal_text(proposal)
    entry, name, folder = proposal.args.get("kind", "project"), cited[0], proposal.values[0]
    steps = ["writes config.yaml", f"creates the Outlook folder {folder} if missing"]
    if entry == "area":
        steps.append(f'creates the category "{name}"')
    return f'Add {entry} "{name}" in {folder} ({", ".join(steps)}).'


def _change_text(change: Change) -> str:
    if change.field == "create_task":
        return "create a task" if change.after == "yes" else "no task"
    if change.field == "task_backend":
        return "no task" if change.after == "none" else f"the task in {change.after}"
    return f"{change.field.replace('_', ' ')} {change.before} → {change.after}"


def _bullets(lines: list[str]) -> str:
    shown = lines[:_PROPOSAL_LINES]
    if len(lines) > len(shown):
        shown.append(f"… and {len(lines) - len(shown)} more")
    return "\n".join(f"• {line}" for line in shown)
