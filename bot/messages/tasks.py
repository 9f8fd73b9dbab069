"""Task sync, the task backends in the front ends and the demo's task backend."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.messages.common import backend_label, counted
from bot.messages.doctor import todo_unavailable
from bot.messages.failures import failure_text
from core.api import (
    NO_TASK,
    BackendSyncReport,
    Failure,
    SyncProblemKind,
)

# --- task sync (`outlook-assistant tasks sync`, the task-sync job) ---

_SYNC_PROBLEMS: dict[SyncProblemKind, str] = {
    "sign_in": "Microsoft 365 refused the sign-in; run `outlook-assistant login`",
    "todoist_token": (
        "Todoist refused the API token; renew TODOIST_API_TOKEN (Todoist: Settings > "
        "Integrations > Developer), set it in the environment and restart"
    ),
    "throttled": "the service is throttling requests",
    "unavailable": "the service could not be reached",
    "failed": "the service answered with an error (see the log)",
}


def task_sync_line(report: BackendSyncReport) -> str:
    """Say what one backend's task-sync pass did, on one line."""
    if report.problem is not None:
        return (
            f"{report.label}: not synced: {_SYNC_PROBLEMS[report.problem.kind]}; "
            "nothing was lost, the next pass picks up from the same place"
        )
    if report.no_container:
        return f"{report.label}: no tasks yet (the assistant's list is made on the first task)"
    done = [
        counted(n, word, word)
        for n, word in (
            (report.completed, "completed"),
            (report.reopened, "reopened"),
            (report.edited, "edited"),
            (report.deleted, "deleted"),
        )
        if n
    ]
    what = ", ".join(done) if done else "nothing changed"
    extras = [counted(report.requests, "request")]
    if report.full_resync:
        extras.append("full resync")
    if report.dismissed:
        extras.append(f"{counted(report.dismissed, 'suggestion')} dismissed")
    if report.flags_updated:
        extras.append(f"{counted(report.flags_updated, 'email flag')} updated")
    return f"{report.label}: {what} ({', '.join(extras)})"


def task_sync_off() -> str:
    """Say that no task backend is on, so there is nothing to sync."""
    return "No task backend is on (integrations.todo or integrations.todoist); nothing to sync."


# task backends in the front ends


NO_TASK_CHOICE = "No task"
TASK_CHOICE = "Task"
TASK_BACKENDS = "Tasks"
TASK_CHOICE_REFUSED = "Pick No task or one of the task services offered."


def task_choice_label(choice: str) -> str:
    """Return what the Edit form calls a task choice: "No task", "To Do", "Todoist"."""
    return NO_TASK_CHOICE if choice == NO_TASK else backend_label(choice)


TASKS_CREATED = "Tasks created"


def tasks_created(by_backend: Mapping[str, int]) -> str:
    """Say how many tasks a session created, per backend: "2 (1 in To Do, 1 in Todoist)"."""
    total = sum(by_backend.values())
    if len(by_backend) < 2:
        where = "".join(f" in {name}" for name in by_backend)
        return f"{total}{where}"
    parts = ", ".join(f"{count} in {name}" for name, count in sorted(by_backend.items()))
    return f"{total} ({parts})"


def task_created_in(backend: str, title: str) -> str:
    """Return the task part of an approval's result, e.g. "Task created in Todoist: Reply …"."""
    return f"Task created in {backend}: {title}"


def open_task_in(backend: str) -> str:
    """Return the label of the link that opens the task in its service."""
    return f"Open in {backend}"


def task_choice_hint(action_types: Sequence[str]) -> str:
    """Explain the preselected task choice: it follows the action type, the owner may override."""
    made = ", ".join(action_types) if action_types else "no action type"
    return (
        f"Preselected from the action type (config.yaml creates tasks for: {made}). "
        "Your pick here wins."
    )


def backend_problem(
    *, configured: bool, off_reason: str | None, last_failure: Failure | None
) -> str | None:
    """Say what is wrong with one task backend, if anything."""
    if not configured:
        return "not set up in this process: restart the assistant to use it"
    if off_reason is not None:
        return f"switched off at start: {todo_unavailable(off_reason)}"
    if last_failure is not None:
        return failure_text(last_failure)
    return None


def backend_health(*, active: bool, configured: bool, problem: str | None, open_tasks: int) -> str:
    """Say how one task backend is: set up or not, where new tasks go, its problem, open tasks."""
    state = "set up" if configured else "not set up"
    where = ", new tasks go here" if active else ""
    trouble = f"\nLast problem: {problem}" if problem else ""
    return f"{state}{where} · {counted(open_tasks, 'open task')}{trouble}"


# --- the demo's task backend: where approvals create their tasks ---


def demo_task_backend(todoist_url: str | None) -> str:
    """Say where the demo's approvals create their tasks."""
    if todoist_url is None:
        return "Tasks: Microsoft To Do, in the Graph emulator (--task-backend todoist for Todoist)"
    return f"Tasks: Todoist, in the Todoist emulator at {todoist_url}"


DEMO_TODO_LIST = "AI Assistant"  # the sample config's integrations.todo.list_name


def demo_tasks_in_todo(count: int) -> str:
    """Say how many tasks the demo's approvals made in To Do."""
    return f"{counted(count, 'task')} in the To Do list '{DEMO_TODO_LIST}'"


def demo_tasks_in_todoist(count: int, projects: list[str], in_todo: int) -> str:
    """Say how many tasks the demo's approvals made in Todoist, where, and none in To Do."""
    where = ", ".join(f"'{name}'" for name in projects) or "no project"
    return (
        f"{counted(count, 'task')} in the Todoist project {where}; "
        f"{counted(in_todo, 'task')} in To Do"
    )


def demo_todoist_task(content: str, api_priority: int, labels: list[str], due: str | None) -> str:
    """Describe one Todoist task the demo made (priority as the Todoist app shows it)."""
    tags = " ".join(f"@{label}" for label in labels)
    return f"P{5 - api_priority} {content}  {tags}" + (f"  due {due}" if due else "")


def demo_todoist_requests(count: int) -> str:
    """Say how many requests the demo sent Todoist."""
    return f"Todoist requests in total: {count}"
