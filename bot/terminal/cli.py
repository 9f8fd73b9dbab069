"""The `outlook-assistant` command line: a terminal front end over `core`.

Each command opens an `Assistant` (`core.api`), does one job and reports in plain words. `core`
errors become one-line messages here and nowhere else; exit status 0 is success, 1 a failed
check or operation, 2 a configuration problem.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from rich.console import Console

from bot import messages
from bot.messages import counted
from bot.terminal import doctor, senders
from bot.terminal.screen import Terminal, device_prompt_printer
from core.api import ACTOR_OWNER, Assistant, Secrets, UndoRefusal, load_settings
from core.errors import AppError, ConfigError
from sandbox.labelled_sets import LABELLED_SET_NAMES, SINGLE_SETS, UNSEEN_SETS

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """Describe the commands and their options."""
    parser = argparse.ArgumentParser(
        prog="outlook-assistant",
        description="Triage a Microsoft 365 mailbox; the owner approves every action.",
    )
    parser.add_argument(
        "--config", type=Path, default=Path("config.yaml"), help="config file (./config.yaml)"
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="log more (-v INFO, -vv DEBUG)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    keys = messages.review_keys_line()
    login = sub.add_parser(
        "login",
        help="sign in to Microsoft 365 (device code) or, with `login google`, to Google Calendar",
    )
    login.add_argument(
        "service",
        nargs="?",
        choices=("microsoft", "google"),
        default="microsoft",
        help="microsoft (default) or google (consent in a browser, redirect to 127.0.0.1)",
    )
    login.add_argument("--force", action="store_true", help="sign in again even with a valid token")
    login.add_argument(
        "--port",
        type=int,
        default=None,
        help="login google: wait for Google's redirect on this 127.0.0.1 port (for ssh -L)",
    )
    sub.add_parser("bootstrap", help="create the Outlook categories; offer orphan cleanup")
    migrate = sub.add_parser("migrate-ids", help="translate stored message ids to immutable ids")
    migrate.add_argument("--force", action="store_true", help="run again even if already done")
    triage = sub.add_parser("triage", help="sync the Inbox and classify new mail (one pass)")
    triage.add_argument(
        "--once", action="store_true", help="one sync + classify pass, then exit (the default)"
    )
    sub.add_parser(
        "review",
        help=f"review pending suggestions in the terminal, one key each: {keys}",
        description="Review the pending suggestions one card per screen.",
        epilog=messages.review_keys_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate = sub.add_parser("eval", help="measure the classifier on a labelled set of emails")
    evaluate.add_argument(
        "--limit", type=_positive_int, default=None, help="only the first N emails (N ≥ 1)"
    )
    evaluate.add_argument(
        "--set",
        dest="labelled_set",
        choices=LABELLED_SET_NAMES,
        default="golden",
        help=(
            f"golden (the demo mailbox, default), the development sets {_developed()},"
            f" unseen (the sets never tuned on: {' and '.join(UNSEEN_SETS)} now) or all"
        ),
    )
    evaluate.add_argument(
        "--with-learned",
        action="store_true",
        help="accuracy on the newer half without and with corrections of the older half",
    )
    tasks = sub.add_parser("tasks", help="tasks in To Do and Todoist")
    tasks_sub = tasks.add_subparsers(dest="tasks_command", required=True, metavar="ACTION")
    tasks_sub.add_parser(
        "sync", help="read what changed in To Do and Todoist now (the job does it every 15 min)"
    )
    calendar = sub.add_parser("calendar", help="your day across Outlook and Google Calendar")
    calendar_sub = calendar.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    today = calendar_sub.add_parser(
        "today", help="today's meetings from every calendar, free slots, tasks due"
    )
    today.add_argument("--json", action="store_true", help="print JSON (ISO times with offsets)")
    free = calendar_sub.add_parser(
        "free", help="free slots of N minutes on a day that no calendar marks busy"
    )
    free.add_argument("--date", type=_iso_date, required=True, help="the day, YYYY-MM-DD")
    free.add_argument(
        "--minutes", type=_positive_int, required=True, help="the slot length (N ≥ 1)"
    )
    free.add_argument("--json", action="store_true", help="print JSON (ISO times with offsets)")
    digest = sub.add_parser("digest", help="today's digest (Slack gets it once a day by DM)")
    digest.add_argument("--now", action="store_true", help="print today's digest here now")
    sub.add_parser("stats", help="the last 7 days: triaged, approved, corrected, dismissed, cost")

    undo = sub.add_parser(
        "undo", help="undo a recent approval: the email back as it was, its task deleted"
    )
    undo.add_argument(
        "suggestion_id",
        nargs="?",
        type=_positive_int,
        metavar="SUGGESTION_ID",
        help="the suggestion to undo (default: the most recent approval)",
    )

    sub.add_parser("waiting", help="list the emails waiting for a reply, and when each is nudged")
    sub.add_parser("doctor", help="check config, sign-in, Graph, To Do and categories")
    sub.add_parser("senders", help="list the sender rules you confirmed and those proposed")
    sub.add_parser("run", help="run the service: scheduler + Slack (also `python -m bot`)")
    demo = sub.add_parser(
        "demo",
        help=f"run against the built-in Graph emulator and review with the keys: {keys}",
        description="A day of the assistant against the built-in Graph emulator.",
        epilog=messages.review_keys_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo.add_argument(
        "--auto-approve",
        action="store_true",
        help="approve every confident suggestion unattended and print the summary",
    )
    demo.add_argument(
        "--data-dir", type=Path, default=None, help="keep the demo database here (default: temp)"
    )
    demo.add_argument(
        "--task-backend",
        choices=("todo", "todoist"),
        default="todo",
        help="where approvals create tasks: To Do (default) or Todoist, in a Todoist "
        "emulator run beside the Graph one",
    )
    return parser


def _developed() -> str:
    """The development sets as a span: "heldout, blind, blind2 to blind30"."""
    developed = [n for n in SINGLE_SETS if n not in ("golden", *UNSEEN_SETS)]
    return ", ".join(developed[:3]) + f" to {developed[-1]}"


def _positive_int(text: str) -> int:
    """Parse a count of at least 1; argparse prints the reason after the option name."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _iso_date(text: str) -> date:
    """Parse a day as YYYY-MM-DD; argparse prints the reason after the option name."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date as YYYY-MM-DD, got {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    terminal = Terminal(Console(highlight=False))
    return asyncio.run(run_command(args, terminal))


async def run_command(args: argparse.Namespace, terminal: Terminal) -> int:
    """Dispatch a parsed command; translate `core` errors into one line for the owner."""
    try:
        if args.command == "demo":
            from bot.terminal.demo import run_demo

            return await run_demo(
                terminal,
                data_dir=args.data_dir,
                auto_approve=args.auto_approve,
                task_backend=args.task_backend,
            )
        if args.command == "run":
            from bot.slack.service import run_service

            return await run_service(args.config)
        if args.command == "doctor":
            return await doctor.run(args.config, terminal)
        if args.command == "eval":
            from bot.terminal.evaluation import run_eval

            return await run_eval(
                args.config,
                terminal,
                limit=args.limit,
                labelled=args.labelled_set,
                with_learned=args.with_learned,
            )
        settings = load_settings(args.config)
        assistant = await Assistant.open(
            settings,
            Secrets.from_env(),
            config_path=args.config,
            device_prompt=device_prompt_printer(terminal),
        )
        async with assistant:
            return await COMMANDS[args.command](assistant, args, terminal)
    except ConfigError as err:
        terminal.error(f"config: {messages.problem_text(err, 'read the config')}")
        return EXIT_CONFIG
    except AppError as err:
        terminal.error(messages.problem_text(err, f"run {args.command}"))
        return EXIT_FAILED


async def _login(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    if args.service == "google":
        return await _login_google(assistant, args, terminal)
    if not assistant.signs_in_with_device_code:
        terminal.say("Using GRAPH_ACCESS_TOKEN from the environment; there is nothing to sign in.")
        return EXIT_OK
    result = await assistant.sign_in(force=args.force)
    terminal.ok(
        f"Signed in as {result.username}; token valid until {result.expires_at:%Y-%m-%d %H:%M} UTC"
    )
    terminal.say("Granted scopes: " + ", ".join(sorted(result.scopes)))
    return EXIT_OK


async def _login_google(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    def show(url: str) -> None:
        terminal.say("Open this URL in a browser and allow access to your calendar:")
        # soft_wrap: a URL broken over lines would not paste into a browser.
        terminal.console.print(url, soft_wrap=True, markup=False, highlight=False)
        terminal.say(
            "Waiting for Google to redirect back to 127.0.0.1 (on a server without a browser, "
            "forward the port with ssh -L first; see the README)."
        )

    result = await assistant.sign_in_google(Secrets.from_env(), show, port=args.port)
    terminal.ok(f"Signed in to Google Calendar; the token is saved in {result.token_path}")
    terminal.say("Granted scopes: " + ", ".join(sorted(result.scopes)))
    if result.refresh_token_expires_at is not None:
        terminal.warn(
            f"Google ends this sign-in on {result.refresh_token_expires_at:%Y-%m-%d %H:%M} UTC "
            "because the Google Cloud app is in Testing; publish it (README: Google Calendar) "
            "or run `outlook-assistant login google` again by then."
        )
    return EXIT_OK


async def _bootstrap(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    from bot.terminal.bootstrap_flow import bootstrap_and_cleanup

    await bootstrap_and_cleanup(assistant, terminal)
    return EXIT_OK


async def _migrate_ids(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    with terminal.progress("Migrating message ids") as advance:
        report = await assistant.migrate_ids(force=args.force, progress=advance)
    if report.skipped:
        terminal.say("Message ids were already migrated (use --force to run again).")
        return EXIT_OK
    terminal.ok(
        f"Migrated {counted(report.total, 'email')}: {report.translated} translated, "
        f"{report.matched} "
        f"matched by subject/sender/time, {report.unchanged} already immutable, "
        f"{len(report.kept)} kept unchanged (see the log)."
    )
    return EXIT_OK


async def _triage(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    from bot.terminal.cards import card_lines

    await assistant.start()
    report = await assistant.triage()
    by_source = ", ".join(f"{n} {source}" for source, n in sorted(report.by_source.items()))
    terminal.ok(
        f"Triage pass: {counted(report.new_emails, 'new email')}, {report.classified} classified"
        + (f" ({by_source})" if by_source else "")
        + f", ${report.cost_usd:.4f}, {report.elapsed_seconds:.1f} s"
    )
    if report.failures:
        terminal.warn(
            f"{counted(report.failures, 'email')} could not be classified; the next pass retries"
        )
    for view in await assistant.pending():
        terminal.console.rule()
        for line in card_lines(view):
            terminal.say(line)
    return EXIT_OK


async def _review(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    from bot.terminal.console import review_session

    await review_session(assistant, terminal)
    return EXIT_OK


async def _tasks(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    # `tasks sync` is the only action so far; argparse refuses any other.
    report = await assistant.sync_tasks()
    if not report.backends:
        terminal.say(messages.task_sync_off())
        return EXIT_OK
    for backend in report.backends:
        line = messages.task_sync_line(backend)
        if backend.problem is None:
            terminal.ok(line)
        else:
            terminal.error(line)
    return EXIT_OK if report.ok else EXIT_FAILED


async def _calendar(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    from bot.terminal import calendar

    if args.calendar_command == "today":
        return await calendar.today(assistant, terminal, as_json=args.json)
    return await calendar.free(
        assistant, terminal, day=args.date, minutes=args.minutes, as_json=args.json
    )


async def _digest(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    from bot.terminal import digest

    return await digest.digest(assistant, terminal, now=args.now)


async def _stats(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    from bot.terminal import digest

    return await digest.stats(assistant, terminal)


async def _undo(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    outcome = await assistant.undo(args.suggestion_id, actor=ACTOR_OWNER)
    text = messages.undo_text(outcome)
    if outcome.status == "undone":
        terminal.ok(text)
        return EXIT_OK
    if outcome.status == "failed":
        terminal.error(text)
        return EXIT_FAILED
    terminal.say(text)
    return EXIT_OK if outcome.refusal == UndoRefusal.ALREADY_UNDONE else EXIT_FAILED


async def _waiting(assistant: Assistant, args: argparse.Namespace, terminal: Terminal) -> int:
    from bot.terminal.waiting import list_waits

    return await list_waits(assistant, terminal)


COMMANDS = {
    "digest": _digest,
    "stats": _stats,
    "calendar": _calendar,
    "waiting": _waiting,
    "tasks": _tasks,
    "login": _login,
    "review": _review,
    "triage": _triage,
    "bootstrap": _bootstrap,
    "migrate-ids": _migrate_ids,
    "senders": senders.run,
    "undo": _undo,
}
