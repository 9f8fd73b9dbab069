"""`outlook-assistant demo`: the assistant end to end against the built-in Graph emulator.

Nothing here is faked above the HTTP layer: the real assistant (Graph client, store, categories,
To Do, delta sync, classifiers, approvals) talks HTTP to an in-process emulator seeded with a
sample mailbox. The demo runs the first start and one triage pass (Claude when
ANTHROPIC_API_KEY is set, else the offline heuristic), then hands the suggestions to the console
front end: in a terminal the owner reviews them with a / e / d; with `--auto-approve`, or
without a terminal (CI), it approves the confident ones unattended. Then a reply arrives in
an approved thread and files itself without a model call, and the day's calendars are shown
merged from Outlook (the Graph emulator) and Google Calendar (its emulator, served beside it):
a meeting on both once, a clash, a free slot found. The summary says what it all did.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from contextlib import AsyncExitStack
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from bot import messages
from bot.messages import counted
from bot.terminal.console import AUTO_APPROVE_CONFIDENCE, ConsoleFrontEnd, say_plain
from bot.terminal.screen import Terminal
from core.api import Assistant, Secrets, Settings, StaticTokenProvider, load_settings
from sandbox import SAMPLE_CONFIG_PATH
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from sandbox.graph_emulator import GraphEmulator
from sandbox.sample_calendars import DEMO_SLOT_MINUTES, next_working_day, seed_sample_calendars
from sandbox.todoist_emulator import TodoistEmulator

TaskBackendChoice = Literal["todo", "todoist"]


async def run_demo(
    terminal: Terminal,
    *,
    data_dir: Path | None = None,
    auto_approve: bool = False,
    emulator: GraphEmulator | None = None,
    task_backend: TaskBackendChoice = "todo",
    todoist: TodoistEmulator | None = None,
    google: GoogleCalendarEmulator | None = None,
) -> int:
    """Seed the emulator, start, triage, review (or auto-approve), then show a thread reply.

    Args:
        terminal: where the demo talks; without an interactive one it runs unattended.
        data_dir: keep the demo database here (default: a temporary directory).
        auto_approve: approve every suggestion with confidence >= 0.8 that needs no review and
            leaves the Inbox, leave the rest pending, and ask nothing.
        emulator: the (not yet serving) emulator to seed and use; tests inspect it afterwards.
        task_backend: where approvals create tasks: To Do (in the Graph emulator) or Todoist
            (in a Todoist emulator served beside it).
        todoist: the (not yet serving) Todoist emulator for `task_backend="todoist"`.
        google: the (not yet serving) Google Calendar emulator for the sample calendars.
    """
    emulator = emulator or GraphEmulator()
    emulator.seed_sample_mailbox()
    google = google or GoogleCalendarEmulator()
    # The sample mailbox is in UTC: the calendars' day is a working day there.
    day = next_working_day(datetime.now(UTC).date())
    seed_sample_calendars(emulator, google, day, UTC)
    if task_backend == "todoist":
        todoist = todoist or TodoistEmulator()
    else:
        todoist = None
    with tempfile.TemporaryDirectory(prefix="outlook-assistant-demo-") as tmp:
        directory = data_dir or Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        async with AsyncExitStack() as served:
            base_url = await served.enter_async_context(emulator.serve())
            todoist_url = await served.enter_async_context(todoist.serve()) if todoist else None
            await served.enter_async_context(google.serve())
            terminal.console.rule("Outlook AI Assistant: demo against the Graph emulator")
            terminal.say(f"Mailbox: sample CEO mailbox at {base_url}")
            terminal.say(messages.demo_task_backend(todoist_url))
            secrets = replace(Secrets.from_env(), google_access_token=google.grant())
            if todoist is not None:
                secrets = replace(secrets, todoist_api_token=todoist.token)
            assistant = await Assistant.open(
                _demo_settings(base_url, directory / "demo.db", todoist_url, google.api_url),
                secrets,
                token_provider=StaticTokenProvider("demo-token"),
            )
            async with assistant:
                console = ConsoleFrontEnd(assistant, terminal)
                terminal.console.rule("1. First start")
                await console.start()
                terminal.console.rule("2. Triage")
                await console.triage()
                if auto_approve or not terminal.interactive:
                    terminal.console.rule("3. Unattended: approve the confident suggestions")
                    if not auto_approve:
                        terminal.say("No terminal to ask, so this runs as --auto-approve.")
                    await console.approve_confident(AUTO_APPROVE_CONFIDENCE)
                else:
                    terminal.console.rule("3. Your turn: review the suggestions")
                    terminal.say(
                        f"One card per screen. Keys (one press, no Enter): "
                        f"{messages.review_keys_line()}. Nothing changes in the mailbox "
                        "without your key."
                    )
                    await console.review()
                await _thread_reply(assistant, emulator, terminal)
                await _calendars(assistant, terminal, day)
                console.print_summary(await console.summary(), database_kept=data_dir is not None)
            _where_tasks_went(emulator, todoist, terminal)
            _request_summary(emulator, terminal)
            if todoist is not None:
                terminal.say(messages.demo_todoist_requests(len(todoist.requests)))
    return 0


def _demo_settings(
    base_url: str,
    database: Path,
    todoist_url: str | None = None,
    google_url: str | None = None,
) -> Settings:
    settings = load_settings(SAMPLE_CONFIG_PATH)
    update = {
        "graph": settings.graph.model_copy(update={"base_url": base_url}),
        "storage": settings.storage.model_copy(update={"path": database}),
    }
    if google_url is not None:
        calendars = settings.calendars
        update["calendars"] = calendars.model_copy(
            update={
                "outlook": calendars.outlook.model_copy(update={"enabled": True}),
                "google": calendars.google.model_copy(
                    update={"enabled": True, "base_url": google_url}
                ),
            }
        )
    if todoist_url is not None:
        integrations = settings.integrations
        todoist = integrations.todoist.model_copy(update={"enabled": True, "base_url": todoist_url})
        update["integrations"] = integrations.model_copy(
            update={"task_backend": "todoist", "todoist": todoist}
        )
    return settings.model_copy(update=update)


def _where_tasks_went(
    emulator: GraphEmulator, todoist: TodoistEmulator | None, terminal: Terminal
) -> None:
    """Show where the approvals' tasks landed: the To Do list, or the Todoist project."""
    terminal.console.rule("Where the tasks went")
    in_todo = [
        task
        for todo_list in emulator.todo_lists
        if todo_list["displayName"] == messages.DEMO_TODO_LIST
        for task in emulator.tasks(todo_list["id"])
    ]
    if todoist is None:
        terminal.say(messages.demo_tasks_in_todo(len(in_todo)))
        return
    projects = {p["id"]: p["name"] for p in todoist.account.active_projects()}
    tasks = [t for t in todoist.tasks() if not t["is_deleted"]]
    terminal.say(
        messages.demo_tasks_in_todoist(
            len(tasks), sorted({projects[t["project_id"]] for t in tasks}), len(in_todo)
        )
    )
    for task in tasks:
        due = task["due"]["date"] if task["due"] else None
        say_plain(
            terminal,
            messages.demo_todoist_task(task["content"], task["priority"], task["labels"], due),
            indent=2,
        )


async def _thread_reply(assistant: Assistant, emulator: GraphEmulator, terminal: Terminal) -> None:
    """Deliver a reply in an approved thread and show that it files itself by inheritance."""
    approved = await assistant.suggestions_in("approved", limit=1)
    original = emulator.message(approved[0].email_id) if approved else None
    if original is None:
        return
    terminal.console.rule("4. A reply arrives in an approved thread")
    emulator.add_message(
        subject=f"RE: {original.subject}",
        sender_name=original.sender_name,
        sender_address=original.sender_address,
        body="Thanks, that works for us. One more question before Thursday.",
        received=datetime.now(UTC),
        conversation_id=original.conversation_id,
    )
    before = assistant.graph_requests
    report = await assistant.triage()
    reply = await assistant.suggestion(report.suggestion_ids[0]) if report.suggestion_ids else None
    terminal.ok(
        f"Next pass: {counted(report.new_emails, 'new email')}, "
        f"{counted(assistant.graph_requests - before, 'Graph request')}, "
        f"{report.inherited} inherited from its thread without a model call"
    )
    if reply is not None:
        say_plain(terminal, f"Why: {reply.reason}", indent=2)


async def _calendars(assistant: Assistant, terminal: Terminal, day: date) -> None:
    """Show the sample day merged from both calendars, its clash and a free slot found."""
    from bot.terminal.calendar import agenda_lines

    terminal.console.rule(messages.DEMO_CALENDARS_TITLE)
    view = await assistant.calendar_day(day)
    for line in agenda_lines(view):
        say_plain(terminal, line)
    for first, second in view.clashes:
        terminal.warn(
            messages.calendar_clash(
                first.title,
                messages.calendar_label(first.provider),
                second.title,
                messages.calendar_label(second.provider),
            )
        )
    for problem in view.problems:
        terminal.warn(messages.calendar_problem(problem.label, problem.message))
    found = await assistant.free_slots(day, DEMO_SLOT_MINUTES, limit=1)
    for slot in found.slots:
        start, end = slot.first(DEMO_SLOT_MINUTES)
        terminal.ok(
            messages.calendar_first_slot(
                DEMO_SLOT_MINUTES,
                start.astimezone(found.zone).strftime("%H:%M"),
                end.astimezone(found.zone).strftime("%H:%M"),
            )
        )


def _request_summary(emulator: GraphEmulator, terminal: Terminal) -> None:
    terminal.console.rule("Graph requests by kind")
    outer = [r for r in emulator.requests if not r.in_batch]
    kinds = Counter(f"{r.method} {_route(r.path)}" for r in outer)
    terminal.say(f"Graph requests in total: {len(outer)}")
    for kind, count in kinds.most_common():
        terminal.say(f"  {count:>3}  {kind}")


def _route(path: str) -> str:
    parts = [p if len(p) < 40 else "{id}" for p in path.split("/")]
    return "/".join(parts)
