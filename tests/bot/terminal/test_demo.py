"""`outlook-assistant demo` end to end: unattended (CI), with Claude, and with scripted keys."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from rich.console import Console

from bot import messages
from bot.terminal.demo import _demo_settings, run_demo
from bot.terminal.screen import Terminal
from core.api import Assistant, Secrets, StaticTokenProvider
from core.store import Store, SuggestionRecord
from sandbox.anthropic_emulator import AnthropicEmulator
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from sandbox.graph_emulator import GraphEmulator
from sandbox.sample_calendars import SHARED_MEETING
from sandbox.sample_mailbox import SAMPLE_CONFIG, SAMPLE_EMAILS, SAMPLE_HISTORY


def terminal(answers: list[str] | None = None) -> tuple[Terminal, io.StringIO]:
    out = io.StringIO()
    return Terminal(Console(file=out, width=80, highlight=False), answers=answers), out


def said(out: io.StringIO) -> str:
    return " ".join(out.getvalue().split())


def number(text: str, label: str) -> int:
    match = re.search(rf"{label} (\d+)", text)
    assert match, f"{label!r} is not in the summary"
    return int(match.group(1))


async def suggestions(data_dir: Path) -> list[SuggestionRecord]:
    async with await Store.open(data_dir / "demo.db") as store:
        return await store.list_suggestions(limit=1000)


def folder_of(emulator: GraphEmulator, email_id: str) -> str:
    msg = emulator.message(email_id)
    assert msg is not None
    return emulator.folder_path(msg.folder_id)


def assistant_tasks(emulator: GraphEmulator) -> list[dict[str, Any]]:
    [own] = [t for t in emulator.todo_lists if t["displayName"] == "AI Assistant"]
    return emulator.tasks(own["id"])


def outer_requests(emulator: GraphEmulator) -> int:
    return len([r for r in emulator.requests if not r.in_batch])


def writes_to(emulator: GraphEmulator, email_id: str) -> list[Any]:
    msg = emulator.message(email_id)
    assert msg is not None
    ids = {msg.immutable_id, msg.rest_id, *msg.past_rest_ids}
    return [
        r
        for r in emulator.requests
        if r.method != "GET" and any(f"/me/messages/{i}" in r.path for i in ids)
    ]


def filed_at_start() -> tuple[int, int]:
    """The mail the demo mailbox holds in its project and area folders, and how many folders."""
    from core.config.settings import load_settings

    folders = load_settings(SAMPLE_CONFIG).folders()
    golden = sum(e.folder in folders for e in SAMPLE_EMAILS)
    return len(SAMPLE_HISTORY) + golden, len(folders)


def sample_category_count() -> int:
    fresh = GraphEmulator()
    fresh.seed_sample_mailbox()
    return len(fresh.categories)


async def test_auto_approve_runs_unattended_and_the_mailbox_matches_the_summary(
    tmp_path, monkeypatch
):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    emulator = GraphEmulator()
    term, out = terminal()

    assert await run_demo(term, data_dir=tmp_path, auto_approve=True, emulator=emulator) == 0

    text = said(out)
    records = await suggestions(tmp_path)
    first_pass = [s for s in records if s.classifier != "thread"]  # the finale's reply inherits
    confident = {
        s.id
        for s in first_pass
        if s.confidence >= 0.8 and not s.needs_review and s.folder != "Inbox"
    }
    approved = [s for s in records if s.status == "approved"]
    assert confident and {s.id for s in approved} == confident
    assert all(folder_of(emulator, s.email_id) == s.folder for s in approved)
    waiting = [s for s in first_pass if s.status == "pending"]
    assert waiting and all(folder_of(emulator, s.email_id) == "Inbox" for s in waiting)
    assert "heuristic classifier suggests" in text
    assert number(text, "Approved") == len(confident)
    assert number(text, "Dismissed") == 0
    tasks = len(assistant_tasks(emulator))
    assert tasks > 0 and number(text, "Tasks created") == tasks
    created = len(emulator.categories) - sample_category_count()
    assert created > 0 and number(text, "Categories created") == created
    assert number(text, "Graph requests made") == outer_requests(emulator)
    assert f"Graph requests in total: {outer_requests(emulator)}" in text
    filed, folders = filed_at_start()
    assert f"Offline classifier learned from {filed} filed emails in {folders} folders" in text
    assert "1 inherited from its thread without a model call" in text
    [(requests, noun)] = re.findall(r"Next pass: 1 new email, (\d+) (Graph requests?),", text)
    assert noun == ("Graph request" if requests == "1" else "Graph requests")


async def test_the_demo_start_up_reads_the_whole_filed_history(tmp_path, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    emulator = GraphEmulator()
    emulator.seed_sample_mailbox()
    async with emulator.serve() as base_url:
        settings = _demo_settings(base_url, tmp_path / "demo.db")
        token = StaticTokenProvider("demo-token")
        async with await Assistant.open(settings, Secrets(), token_provider=token) as assistant:
            assert assistant.filed_mail is None
            await assistant.start()
            read = assistant.filed_mail

    assert read is not None and read.missing == ()
    assert (read.model.size, read.folders) == filed_at_start()
    assert read.model.size > len(SAMPLE_HISTORY)  # the golden set's own filed mail too


async def test_without_a_terminal_the_demo_approves_unattended(tmp_path, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    term, out = terminal(None)
    assert not term.interactive

    assert await run_demo(term, data_dir=tmp_path) == 0

    text = said(out)
    assert "No terminal to ask, so this runs as --auto-approve" in text
    assert number(text, "Approved") > 0


async def test_with_an_api_key_claude_classifies_and_the_summary_counts_tokens(
    tmp_path, monkeypatch
):
    def confident(request: dict[str, Any]) -> dict[str, Any]:
        schema = request["output_config"]["format"]["schema"]
        folders = [f for f in schema["properties"]["folder"]["enum"] if f != "Inbox"]
        return {
            "folder": folders[0],
            "priority": "P2 - Important",
            "action_type": "Needs Reply",
            "confidence": 0.9,
            "reason": "Emulated answer.",
        }

    claude = AnthropicEmulator()
    claude.enqueue(*[confident] * 100)
    async with claude.serve() as claude_url:
        monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-demo-test")
        monkeypatch.setenv("ANTHROPIC_BASE_URL", claude_url)
        term, out = terminal()
        assert await run_demo(term, data_dir=tmp_path, auto_approve=True) == 0

    text = said(out)
    asked = len(claude.requests)
    assert asked > 60
    assert "Claude (claude-haiku-5-5) classifies" in text
    assert f"Classified {asked} by claude, 1 by thread" in text
    assert number(text, "Approved") == asked
    tokens = re.search(r"Claude tokens ([\d,]+) in", text)
    assert tokens and int(tokens.group(1).replace(",", "")) > 0
    cost = re.search(r"Claude cost \$(\d+\.\d+)", text)
    assert cost and float(cost.group(1)) > 0


async def test_interactive_keys_approve_two_dismiss_one_then_quit(tmp_path, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    emulator = GraphEmulator()
    term, out = terminal(["a", "a", "d", "q"])

    assert await run_demo(term, data_dir=tmp_path, emulator=emulator) == 0

    text = said(out)
    first, second, third, *rest = await suggestions(tmp_path)
    assert (first.status, second.status, third.status) == ("approved", "approved", "dismissed")
    assert folder_of(emulator, first.email_id) == first.folder
    assert folder_of(emulator, second.email_id) == second.folder
    assert folder_of(emulator, third.email_id) == "Inbox"
    assert writes_to(emulator, third.email_id) == []
    assert all(s.status == "pending" for s in rest)
    assert re.search(r"Suggestion 4 of \d+", text) and not re.search(r"Suggestion 5 of", text)
    assert (number(text, "Approved"), number(text, "Dismissed")) == (2, 1)
    assert "You quit early; the rest stay pending for next time." in text  # --data-dir kept it
    assert "1 inherited from its thread without a model call" in text


async def test_a_temporary_demo_database_promises_nothing_for_next_time(monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    term, out = terminal(["s", "q"])

    assert await run_demo(term) == 0

    text = said(out)
    assert "You quit early" in text and "next time" not in text
    assert "its database is temporary (--data-dir keeps it)" in text
    assert "Keys (one press, no Enter): a approve · e edit · d dismiss" in text


async def test_the_demo_shows_both_calendars_merged_with_a_clash_and_a_free_slot(
    tmp_path, monkeypatch
):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    google = GoogleCalendarEmulator()
    term, out = terminal(None)

    assert await run_demo(term, data_dir=tmp_path, google=google) == 0

    text = said(out)
    section = text[text.index(messages.DEMO_CALENDARS_TITLE) :]
    assert section.count(SHARED_MEETING) == 1  # on both calendars, shown once
    assert "Lunch with Sam [Google Calendar]" in section
    assert "Leadership stand-up [Outlook]" in section
    assert "Clash: Board deck prep (Outlook) overlaps School run (Google Calendar)" in section
    assert "First free 60 minutes that no calendar marks busy: 11:00–12:00" in section
    assert "could not be read" not in section
    assert any(r.path.endswith("/events") for r in google.requests)


def test_the_sample_calendars_fall_on_a_working_day() -> None:
    from datetime import date

    from sandbox.sample_calendars import next_working_day

    friday, saturday, sunday, monday = (date(2026, 12, d) for d in (4, 5, 6, 7))
    assert [next_working_day(d) for d in (friday, saturday, sunday, monday)] == [
        friday,
        monday,
        monday,
        monday,
    ]
