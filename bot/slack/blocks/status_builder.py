"""Messages of `/assistant status` and `/assistant bootstrap`.

Times are Slack date markup built from numbers, so each reader sees their own time zone. The
values are the assistant's own wording or Microsoft's (the account, To Do's state, the
classifier's name): escaped, never given look-alike characters.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot import messages as msg
from bot.slack.blocks.base_builder import fallback, header, message, say, section
from bot.slack.blocks.learning_builder import approval_band_blocks
from bot.slack.blocks.text import escape_mrkdwn, mrkdwn, mrkdwn_text, plain
from bot.slack.blocks.text import slack_date as date_markup
from core.api import BootstrapReport, StatusReport, TaskBackendHealth


def status_message(status: StatusReport) -> dict[str, Any]:
    """Return the status: pending, last and next sync, To Do, sign-in, token, today's cost."""
    labels = msg.STATUS_LABELS
    login = msg.signed_in(plain(status.account, 200)) if status.account else msg.NOT_SIGNED_IN
    if status.missing_scopes:
        login += "; " + msg.missing_scopes(plain(", ".join(status.missing_scopes), 300))
    today = status.today
    sources = ", ".join(f"{plain(k, 40)} {v}" for k, v in sorted(today.by_source.items()))
    rows = [
        (labels["pending"], msg.pending_summary(status.pending, status.failed)),
        (labels["handled"], msg.resolved_summary(status.approved, status.dismissed)),
        (labels["last_sync"], _when(status.last_sync, msg.NEVER)),
        (labels["next_sync"], _when(status.next_sync, msg.NOT_SCHEDULED)),
        *(
            ()
            if status.task_backends
            else [
                (
                    labels["todo"],
                    msg.todo_state(
                        status.todo_enabled,
                        plain(msg.todo_unavailable(status.todo_reason), 300)
                        if status.todo_reason
                        else None,
                    ),
                )
            ]
        ),
        (labels["login"], login),
        (labels["token"], _when(status.token_expires_at, "—")),
        (labels["classifier"], _classifier(status)),
        (labels["today"], msg.today_summary(today.count, today.cost_usd, sources)),
        *_budget_row(status),
    ]
    fields = [mrkdwn_text(f"*{label}*\n{value}") for label, value in rows]
    blocks = [header(msg.STATUS_TITLE), section(fields=fields)]
    if status.task_backends:
        blocks.append(section(fields=[_backend_field(h) for h in status.task_backends[:10]]))
    blocks.extend(approval_band_blocks(status.approval_bands))
    return message(fallback(msg.status_fallback(status.pending)), blocks)


def _classifier(status: StatusReport) -> str:
    """The classifier's name and, once read, how much filed mail the offline one learns from."""
    name = plain(status.classifier, 200)
    return msg.classifier_summary(name, status.filed_emails, status.filed_folders)


def _budget_row(status: StatusReport) -> list[tuple[str, str]]:
    """Claude's spend today against the daily budget, when one is set."""
    spend = status.claude_budget
    if spend is None or spend.budget_usd is None:
        return []
    resumes = _when(spend.resumes_at, "—")
    line = msg.budget_status(
        spend.spent_usd,
        spend.budget_usd,
        reached=spend.reached,
        resumes=resumes,
        parts=(spend.classification_usd, spend.conversation_usd, spend.drafts_usd),
    )
    return [(msg.BUDGET_LABEL, line)]


def _backend_field(health: TaskBackendHealth) -> Any:
    """One task backend: set up or not, where new tasks go, its last problem, open tasks."""
    problem = msg.backend_problem(
        configured=health.configured,
        off_reason=health.off_reason,
        last_failure=health.last_failure,
    )
    state = msg.backend_health(
        active=health.active,
        configured=health.configured,
        problem=mrkdwn(problem, 300) if problem else None,
        open_tasks=health.open_tasks,
    )
    return mrkdwn_text(f"*{msg.TASK_BACKENDS}: {plain(health.label, 40)}*\n{state}")


def bootstrap_message(report: BootstrapReport) -> dict[str, Any]:
    """Return the bootstrap's counts, and point at the cleanup when orphans exist."""
    parts = [msg.categories_ready(report.total, len(report.created), len(report.existed))]
    if report.kept_colors:
        parts.append(msg.colours_kept(len(report.kept_colors)))
    if report.orphans:
        parts.append(msg.orphans_found(len(report.orphans)))
    text = " ".join(parts)
    return message(fallback(text), [say(escape_mrkdwn(text))])


def _when(moment: datetime | None, missing: str) -> str:
    return date_markup(moment, "{date_short_pretty} {time}") if moment else missing
