"""The console front end driven by scripted keys over the real runtime on the Graph emulator."""

from __future__ import annotations

import io
import os
import re
import signal
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from bot import messages
from bot.terminal.cards import card_lines
from bot.terminal.cli import build_parser, run_command
from bot.terminal.console import ConsoleFrontEnd, ReviewSummary
from bot.terminal.screen import Terminal
from core.api import Assistant
from core.config.settings import Secrets, Settings, TodoistConfig, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from core.vocabulary import ActionType, Priority
from sandbox import SAMPLE_CONFIG_PATH
from sandbox.anthropic_emulator import AnthropicEmulator, RawText
from sandbox.graph_emulator import GraphEmulator
from sandbox.todoist_emulator import DEFAULT_TOKEN, TodoistEmulator
from tests.bot.slack.blocks import make_view
from tests.sandbox.todoist_fixtures import todoist

__all__ = ["todoist"]

BUDGET = "Draft 2026 budget - please review"
CUTOVER = "Cutover plan: can you confirm the go-live date?"
HELLO = "Hello"


def sample_settings(tmp_path: Path, base_url: str, claude_url: str | None = None) -> Settings:
    settings = load_settings(SAMPLE_CONFIG_PATH)
    classifier = {"concurrency": 1} | ({"base_url": claude_url} if claude_url else {})
    return settings.model_copy(
        update={
            "graph": settings.graph.model_copy(update={"base_url": base_url}),
            "storage": settings.storage.model_copy(update={"path": tmp_path / "a.db"}),
            # One worker: suggestion ids follow arrival order, so the cards come in that order.
            "classifier": settings.classifier.model_copy(update=classifier),
        }
    )


def deliver_three(emulator: GraphEmulator) -> dict[str, str]:
    """A confident Review (Finance), a confident Needs Reply (Tradecore), an unsure hello."""
    now = datetime.now(UTC)
    mails = [
        (BUDGET, "Erik Klein", "erik@kleinbooks.example", "Please review the draft budget."),
        (CUTOVER, "Jonas Berg", "jonas.berg@tradecore-steel.example", "Can you confirm Friday?"),
        (HELLO, "Sam Doe", "sam@unknown.example", "Quick hello."),
    ]
    ids = {}
    for minutes, (subject, name, address, body) in zip((30, 20, 10), mails, strict=True):
        msg = emulator.add_message(
            subject=subject,
            sender_name=name,
            sender_address=address,
            body=body,
            received=now - timedelta(minutes=minutes),
        )
        ids[subject] = msg.immutable_id
    return ids


@pytest.fixture
async def runtime(tmp_path: Path, emulator: GraphEmulator) -> AsyncIterator[Runtime]:
    runtime = await build_runtime(
        sample_settings(tmp_path, emulator.base_url),
        Secrets(),
        token_provider=StaticTokenProvider("console-test"),
    )
    yield runtime
    await runtime.aclose()


def console_with(runtime: Runtime, answers: list[str]) -> tuple[ConsoleFrontEnd, io.StringIO]:
    out = io.StringIO()
    terminal = Terminal(Console(file=out, width=100, highlight=False), answers=answers)
    return ConsoleFrontEnd(Assistant(runtime), terminal), out


async def started(runtime: Runtime, answers: list[str]) -> tuple[ConsoleFrontEnd, io.StringIO]:
    front, out = console_with(runtime, answers)
    await front.start()
    await front.triage()
    return front, out


async def session(
    settings: Settings, secrets: Secrets, answers: list[str]
) -> tuple[io.StringIO, ReviewSummary]:
    """Start, triage, review with `answers` and print the summary on a runtime of its own."""
    runtime = await build_runtime(
        settings, secrets, token_provider=StaticTokenProvider("console-test")
    )
    try:
        front, out = await started(runtime, answers)
        summary = await front.review()
        front.print_summary(summary)
    finally:
        await runtime.aclose()
    return out, summary


def folder_of(emulator: GraphEmulator, email_id: str) -> str:
    msg = emulator.message(email_id)
    assert msg is not None
    return emulator.folder_path(msg.folder_id)


def assistant_tasks(emulator: GraphEmulator) -> list[dict]:
    [own] = [t for t in emulator.todo_lists if t["displayName"] == "AI Assistant"]
    return emulator.tasks(own["id"])


def text(out: io.StringIO) -> str:
    return " ".join(out.getvalue().split())


def message_writes(emulator: GraphEmulator, email_id: str) -> list:
    msg = emulator.message(email_id)
    assert msg is not None
    ids = {msg.immutable_id, msg.rest_id, *msg.past_rest_ids}
    return [
        r
        for r in emulator.requests
        if r.method != "GET" and any(f"/me/messages/{i}" in r.path for i in ids)
    ]


async def test_approve_moves_the_email_and_creates_its_task(runtime, emulator):
    ids = deliver_three(emulator)
    front, out = await started(runtime, ["a", "q"])

    summary = await front.review()

    assert folder_of(emulator, ids[BUDGET]) == "Areas/Finance"
    assert {"P2 - Important", "Review", "Finance"} <= set(emulator.message(ids[BUDGET]).categories)
    [task] = assistant_tasks(emulator)
    assert task["linkedResources"][0]["externalId"] == ids[BUDGET]
    assert folder_of(emulator, ids[CUTOVER]) == "Inbox"
    assert (summary.approved, summary.tasks_created, summary.still_pending) == (1, 1, 2)
    assert "✓ Moved to Areas/Finance" in text(out)


async def test_edit_approves_with_the_chosen_values_and_stores_a_correction(runtime, emulator):
    ids = deliver_three(emulator)
    folders = [*runtime.settings.folders(), "Inbox"]
    answers = [
        "e",
        str(folders.index("Areas/Sales") + 1),
        str(list(Priority).index(Priority.P1) + 1),
        str(list(ActionType).index(ActionType.WAITING_FOR) + 1),
        "1",  # No task, although Waiting For would make one in To Do
        "budgets go through sales this year",
        "q",
    ]
    front, out = await started(runtime, answers)

    summary = await front.review()

    assert folder_of(emulator, ids[BUDGET]) == "Areas/Sales"
    categories = set(emulator.message(ids[BUDGET]).categories)
    assert {"P1 - Urgent Important", "Waiting For", "Sales"} <= categories
    assert "Finance" not in categories
    assert assistant_tasks(emulator) == []
    [correction] = await runtime.store.recent_corrections()
    assert (correction.suggested_folder, correction.folder) == ("Areas/Finance", "Areas/Sales")
    assert (correction.priority, correction.action_type) == ("P1 - Urgent Important", "Waiting For")
    assert correction.note == "budgets go through sales this year"
    assert (summary.approved, summary.tasks_created) == (1, 0)
    assert "Projects 1 Projects/Tradecore Steel" in text(out)
    assert "Task (Enter keeps To Do): 1 No task · 2 To Do" in text(out)


async def test_invalid_answers_are_asked_again_naming_what_was_wrong(runtime, emulator):
    ids = deliver_three(emulator)
    answers = ["x", "e", "42", "Areas/HR", "P9", "", "", "maybe", "to do", "", "q"]
    front, out = await started(runtime, answers)

    await front.review()

    said = text(out)
    assert "'x' is not a key here: press one of a, e, d, s, q" in said
    assert "Folder: '42' is not one of the choices; type a number from 1 to 9" in said
    assert "Priority: 'P9' is not one of the choices; type a number from 1 to 4" in said
    assert "Task: 'maybe' is not one of the choices; type a number from 1 to 2" in said
    assert folder_of(emulator, ids[BUDGET]) == "Areas/HR"
    assert len(assistant_tasks(emulator)) == 1


async def test_edit_offers_each_enabled_backend_and_a_pick_of_todoist_makes_the_task_there(
    tmp_path, emulator, todoist: TodoistEmulator
):
    ids = deliver_three(emulator)
    settings = sample_settings(tmp_path, emulator.base_url)
    integrations = settings.integrations.model_copy(
        update={"todoist": TodoistConfig(base_url=todoist.base_url)}
    )
    # Keep folder, priority and action type (Review makes a task); pick Todoist; no note.
    out, _ = await session(
        settings.model_copy(update={"integrations": integrations}),
        Secrets(todoist_api_token=DEFAULT_TOKEN),
        ["e", "", "", "", "3", "", "a", "q"],
    )

    said = text(out)
    assert "Task (Enter keeps To Do): 1 No task · 2 To Do · 3 Todoist" in said
    [task] = todoist.tasks()
    assert BUDGET in task["content"]
    assert folder_of(emulator, ids[BUDGET]) == "Areas/Finance"
    # The second card (Needs Reply, approved as it stands) makes its task in To Do.
    [todo_task] = assistant_tasks(emulator)
    assert todo_task["linkedResources"][0]["externalId"] == ids[CUTOVER]
    assert "Tasks created 2 (1 in To Do, 1 in Todoist)" in said


async def test_an_edit_that_changes_nothing_goes_back_to_the_card(runtime, emulator):
    ids = deliver_three(emulator)
    front, out = await started(runtime, ["e", "", "", "", "", "", "q"])

    summary = await front.review()

    assert "Nothing changed; back to the card." in text(out)
    assert folder_of(emulator, ids[BUDGET]) == "Inbox"
    assert summary.approved == 0


async def test_dismiss_changes_nothing_in_graph(runtime, emulator):
    ids = deliver_three(emulator)
    front, out = await started(runtime, ["d", "q"])
    before = list(emulator.message(ids[BUDGET]).categories)

    summary = await front.review()

    assert message_writes(emulator, ids[BUDGET]) == []
    assert folder_of(emulator, ids[BUDGET]) == "Inbox"
    assert emulator.message(ids[BUDGET]).categories == before
    assert (await runtime.triage.get(1)).status == "dismissed"
    assert (summary.dismissed, summary.approved) == (1, 0)


async def test_quit_stops_early_with_a_correct_summary(runtime, emulator):
    deliver_three(emulator)
    front, out = await started(runtime, ["a", "s", "q"])

    summary = await front.review()
    front.print_summary(summary)

    outer = [r for r in emulator.requests if not r.in_batch]
    assert (summary.approved, summary.skipped, summary.dismissed, summary.failed) == (1, 1, 0, 0)
    assert summary.still_pending == 2 and summary.stopped_early
    assert summary.categories_created == len(emulator.categories)  # the mailbox had none
    assert summary.graph_requests == len(outer)
    assert summary.classifications == {"heuristic": 3}
    assert summary.cost_usd == 0
    said = text(out)
    assert "You quit early; the rest stay pending" in said
    for row in ("Approved 1", "Skipped 1", "Still pending 2", "Tasks created 1 in To Do"):
        assert row in said
    assert f"Graph requests made {len(outer)}" in said
    assert f"Categories created {len(emulator.categories)}" in said


async def test_a_low_confidence_card_warns_and_suggests_edit(runtime, emulator):
    deliver_three(emulator)
    front, out = await started(runtime, ["s", "s", "q"])

    await front.review()

    said = text(out)
    card_three = said[said.index("Suggestion 3 of 3") :]
    assert "! Low confidence (0.55 < 0.60)" in card_three and "(suggested: e)" in card_three
    assert "(suggested: a)" in said[: said.index("Suggestion 3 of 3")]


async def test_a_needs_review_card_shows_the_warning(tmp_path, emulator):
    emulator.add_message(subject=BUDGET, sender_name="E", sender_address="erik@kleinbooks.example")
    claude = AnthropicEmulator()
    claude.enqueue(RawText("I think this is about budgets."))
    async with claude.serve() as claude_url:
        out, summary = await session(
            sample_settings(tmp_path, emulator.base_url, claude_url),
            Secrets(anthropic_api_key="sk-test"),
            ["q"],
        )

    said = text(out)
    assert "Claude (claude-haiku-5-5) classifies" in said
    assert "! Needs review: look before approving" in said
    assert "(suggested: e)" in said
    assert summary.classifications == {"claude": 1}
    assert summary.input_tokens > 0 and summary.cost_usd > 0
    assert re.search(r"Claude tokens [\d,]+ in", said)


async def test_a_failed_approval_is_retried_with_r(runtime, emulator):
    ids = deliver_three(emulator)
    emulator.throttle("POST", r"/move$", retry_after=600)  # above the wait cap: fails
    front, out = await started(runtime, ["a", "r", "q"])

    summary = await front.review()

    said = text(out)
    assert "✗ Failed" in said and "The last approval failed" in said
    assert "(suggested: r)" in said
    assert folder_of(emulator, ids[BUDGET]) == "Areas/Finance"
    assert (summary.approved, summary.failed, summary.tasks_created) == (1, 0, 1)


async def test_blank_answers_never_approve_and_end_the_review(runtime, emulator):
    ids = deliver_three(emulator)
    front, out = await started(runtime, [])  # an exhausted script answers blank, like EOF

    summary = await front.review()

    assert "No answer; stopping the review" in text(out)
    assert all(message_writes(emulator, i) == [] for i in ids.values())
    assert summary.approved == 0 and summary.stopped_early


async def test_hostile_text_reaches_the_terminal_without_control_characters(runtime, emulator):
    emulator.add_message(
        subject="\x1b[2J\x1b]0;pwned\x07please review \u202etxt.exe",
        sender_name="Erik \x1b[31mKlein",
        sender_address="erik@kleinbooks.example",
        body="Please review.",
    )
    front, out = await started(runtime, ["a", "q"])

    summary = await front.review()

    assert summary.tasks_created == 1
    printed = out.getvalue()
    assert "Task created in To Do: " in printed
    assert not {"\x1b", "\x07", "\u202e"} & set(printed)


async def test_without_a_terminal_nothing_is_asked_or_changed(runtime, emulator):
    ids = deliver_three(emulator)
    out = io.StringIO()
    front = ConsoleFrontEnd(Assistant(runtime), Terminal(Console(file=out, width=100)))
    await front.start()
    await front.triage()

    summary = await front.review()

    assert "No terminal to ask: 3 suggestions left pending" in text(out)
    assert all(message_writes(emulator, i) == [] for i in ids.values())
    assert summary.still_pending == 3


CONFIG = """\
auth:
  client_id: "00000000-0000-0000-0000-000000000000"
graph:
  base_url: "{base_url}"
storage:
  path: "{db}"
areas:
  - name: Finance
    folder: Areas/Finance
    senders: ["@kleinbooks.example"]
integrations:
  todo:
    enabled: true
"""


async def test_python_m_bot_console_starts_triages_reviews_and_summarises(
    tmp_path, emulator, monkeypatch
):
    monkeypatch.setenv("GRAPH_ACCESS_TOKEN", "console-main-token")
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    config = tmp_path / "config.yaml"
    config.write_text(CONFIG.format(base_url=emulator.base_url, db=tmp_path / "c.db"))
    ids = deliver_three(emulator)
    out = io.StringIO()
    terminal = Terminal(Console(file=out, width=100), answers=["a", "q"])

    status = await run_command(
        build_parser().parse_args(["--config", str(config), "review"]), terminal
    )

    assert status == 0
    said = text(out)
    assert "Bootstrapped 11 categories" in said and "Approved 1" in said
    assert folder_of(emulator, ids[BUDGET]) == "Areas/Finance"


async def test_python_m_bot_console_names_a_config_problem(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("areas:\n  - name: Sales\n")
    out = io.StringIO()

    args = build_parser().parse_args(["--config", str(config), "review"])
    status = await run_command(args, Terminal(Console(file=out, width=100), answers=[]))

    assert status == 2
    assert "areas[0].folder" in out.getvalue()


@pytest.fixture
def keyboard() -> Iterator[tuple[int, int]]:
    """A pseudo-terminal: keys written to the first fd arrive as typed on the second."""
    pty = pytest.importorskip("pty", reason="a pseudo-terminal needs a POSIX system")
    master, slave = pty.openpty()

    def stuck(signum: int, frame: object) -> None:
        raise TimeoutError("the console waited for more input than the keys typed")

    # A reader that wanted Enter would wait for ever: fail the test instead of hanging.
    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(60)
    try:
        yield master, slave
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        os.close(master)
        os.close(slave)


def on_a_terminal(slave: int) -> tuple[Terminal, io.StringIO]:
    out = io.StringIO()
    console = Console(file=out, width=100, highlight=False, force_terminal=True)
    return Terminal(console, keyboard=slave), out


def test_a_single_key_press_acts_without_enter(keyboard):
    master, slave = keyboard
    term, out = on_a_terminal(slave)
    assert term.interactive

    os.write(master, b"A")  # no Enter: a line reader would wait for ever
    assert term.key("a approve >") == "a"
    os.write(master, b"\x1b")
    assert term.key("a approve >") == "esc"
    os.write(master, b"\r")
    assert term.key("a approve >") == ""  # Enter alone is a blank answer, never a key
    assert "a approve > a" in out.getvalue()


async def test_the_review_acts_on_single_key_presses(runtime, emulator, keyboard):
    ids = deliver_three(emulator)
    master, slave = keyboard
    term, out = on_a_terminal(slave)
    front = ConsoleFrontEnd(Assistant(runtime), term)
    await front.start()
    await front.triage()
    # Any key starts; then approve the budget, dismiss the cutover, quit. Not one Enter.
    os.write(master, b" adq")

    summary = await front.review()

    assert folder_of(emulator, ids[BUDGET]) == "Areas/Finance"
    assert folder_of(emulator, ids[CUTOVER]) == "Inbox"
    assert (summary.approved, summary.dismissed, summary.still_pending) == (1, 1, 1)
    assert summary.stopped_early


def test_help_lists_every_key(capsys):
    for command in ("review", "demo"):
        with pytest.raises(SystemExit):
            build_parser().parse_args([command, "--help"])
        shown = capsys.readouterr().out
        for key, word, _ in messages.REVIEW_KEYS:
            assert re.search(rf"^  {key}  {word}\b", shown, re.M), (command, key)
        assert "no Enter needed" in shown
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    top = " ".join(capsys.readouterr().out.split())
    assert "a approve · e edit · d dismiss · s skip · r retry · q quit" in top


def test_the_console_card_says_when_hidden_text_was_removed():
    lines = card_lines(make_view(subject="VAT\u200b return\U000e0041", hidden_characters=2))
    assert lines[0] == "VAT return"
    assert "! Hidden text removed: 2 invisible characters in this email never reached" in (
        "\n".join(lines)
    )
    assert not any(line.startswith("! Hidden") for line in card_lines(make_view()))
