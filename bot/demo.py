"""`outlook-assistant demo`: the assistant end to end against the built-in Graph emulator.

Nothing here is faked above the HTTP layer: the real runtime (Graph client, store, categories,
To Do, delta sync, classifiers, approvals) talks HTTP to an in-process emulator seeded with a
sample mailbox. The demo runs the first start, one triage pass, approves the most confident
suggestions as the owner would, dismisses one, then lets a reply arrive in an approved thread,
and prints what each step did and what it cost in Graph requests.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.cards import card_lines, outcome_line
from bot.terminal import Terminal
from core.auth import StaticTokenProvider
from core.config import Secrets, load_settings
from core.runtime import ACTOR_OWNER, Runtime, build_runtime
from core.triage import SuggestionView
from sandbox import SAMPLE_CONFIG_PATH
from sandbox.graph_emulator import GraphEmulator

APPROVALS = 3


async def run_demo(terminal: Terminal, *, data_dir: Path | None = None) -> int:
    """Seed the emulator and walk through start-up, triage, approvals and a thread reply."""
    emulator = GraphEmulator()
    emulator.seed_sample_mailbox()
    with tempfile.TemporaryDirectory(prefix="outlook-assistant-demo-") as tmp:
        directory = data_dir or Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        async with emulator.serve() as base_url:
            settings = load_settings(SAMPLE_CONFIG_PATH)
            settings = settings.model_copy(
                update={
                    "graph": settings.graph.model_copy(update={"base_url": base_url}),
                    "storage": settings.storage.model_copy(update={"path": directory / "demo.db"}),
                }
            )
            terminal.console.rule("Outlook AI Assistant: demo against the Graph emulator")
            terminal.say(f"Mailbox: sample CEO mailbox at {base_url}")
            runtime = await build_runtime(
                settings, Secrets.from_env(), token_provider=StaticTokenProvider("demo-token")
            )
            try:
                await _first_start(runtime, terminal)
                pending = await _triage(runtime, terminal)
                approved = await _approve_some(runtime, terminal, pending)
                await _thread_reply(runtime, emulator, terminal, approved)
            finally:
                await runtime.aclose()
            _request_summary(emulator, terminal)
    return 0


async def _first_start(runtime: Runtime, terminal: Terminal) -> None:
    terminal.console.rule("1. First start")
    before = runtime.graph.request_count
    report = await runtime.first_start()
    migration = report.migration
    if migration.skipped:
        terminal.ok("Immutable ids: already migrated")
    else:
        terminal.ok(
            f"Immutable ids: {migration.total} checked, {migration.translated} translated"
            if migration.total
            else "Immutable ids: nothing to migrate (new database)"
        )
    if report.todo.enabled:
        list_name = runtime.settings.integrations.todo.list_name
        terminal.ok(f"To Do available; the assistant's list is '{list_name}'")
    else:
        terminal.warn(f"To Do off: {report.todo.reason}")
    if report.bootstrap is not None:
        b = report.bootstrap
        terminal.ok(
            f"Bootstrapped {b.total} categories ({len(b.created)} created, "
            f"{len(b.existed)} already existed, colours kept)"
        )
        if b.orphans:
            names = ", ".join(f"'{name}'" for name in b.orphans)
            terminal.say(
                f"  {len(b.orphans)} orphaned categories the owner would be asked about "
                f"(nothing is deleted without confirmation): {names}"
            )
    terminal.say(f"  start-up took {runtime.graph.request_count - before} Graph requests")


async def _triage(runtime: Runtime, terminal: Terminal) -> list[SuggestionView]:
    terminal.console.rule("2. Triage")
    if runtime.classifier is None:
        terminal.say("ANTHROPIC_API_KEY is not set: the offline heuristic classifier suggests.")
    before = runtime.graph.request_count
    report = await runtime.triage.refresh()
    sources = ", ".join(f"{n} by {source}" for source, n in sorted(report.by_source.items()))
    terminal.ok(
        f"{report.new_emails} new emails synced and {report.classified} classified ({sources}) "
        f"with {runtime.graph.request_count - before} Graph requests"
        + (f", ${report.cost_usd:.4f} of Claude" if report.cost_usd else "")
    )
    pending = await runtime.triage.list_pending()
    review = sum(view.needs_review for view in pending)
    terminal.say(f"  {len(pending)} suggestions await the owner ({review} flagged for review)")
    return pending


async def _approve_some(
    runtime: Runtime, terminal: Terminal, pending: list[SuggestionView]
) -> list[SuggestionView]:
    terminal.console.rule(f"3. The owner approves the {APPROVALS} most confident, dismisses one")
    ranked = sorted(
        (v for v in pending if not v.needs_review and v.folder != "Inbox"),
        key=lambda v: v.confidence,
        reverse=True,
    )
    chosen = ranked[:APPROVALS]
    for view in chosen:
        terminal.console.print()
        for line in card_lines(view):
            terminal.say(f"  {line}")
        before = runtime.graph.request_count
        outcome = await runtime.triage.approve(view.suggestion_id, actor=ACTOR_OWNER)
        used = runtime.graph.request_count - before
        terminal.say(f"  → {outcome_line(outcome)} [{used} Graph requests]")
    rest = [v for v in pending if v not in chosen]
    if rest:
        dismissed = await runtime.triage.dismiss(rest[-1].suggestion_id, actor=ACTOR_OWNER)
        terminal.console.print()
        terminal.say(f"  '{rest[-1].subject[:60]}' → {outcome_line(dismissed)}: Outlook untouched")
    return chosen


async def _thread_reply(
    runtime: Runtime, emulator: GraphEmulator, terminal: Terminal, approved: list[SuggestionView]
) -> None:
    threaded = [v for v in approved if v.email_id and emulator.message(v.email_id)]
    if not threaded:
        return
    terminal.console.rule("4. A reply arrives in an approved thread")
    original = emulator.message(threaded[0].email_id)
    assert original is not None
    emulator.add_message(
        subject=f"RE: {original.subject}",
        sender_name=threaded[0].sender_name,
        sender_address=threaded[0].sender_address,
        body="Thanks, that works for us. One more question before Thursday.",
        received=datetime.now(UTC),
        conversation_id=original.conversation_id,
    )
    before = runtime.graph.request_count
    report = await runtime.triage.refresh()
    reply = await runtime.triage.get(report.suggestion_ids[0]) if report.suggestion_ids else None
    terminal.ok(
        f"Next pass: {report.new_emails} new email, {runtime.graph.request_count - before} Graph "
        f"request, {report.inherited} inherited from its thread without a model call"
    )
    if reply is not None:
        terminal.say(f"  Why: {reply.reason}")


def _request_summary(emulator: GraphEmulator, terminal: Terminal) -> None:
    terminal.console.rule("Graph requests")
    outer = [r for r in emulator.requests if not r.in_batch]
    kinds = Counter(f"{r.method} {_route(r.path)}" for r in outer)
    terminal.say(f"Graph requests in total: {len(outer)}")
    for kind, count in kinds.most_common():
        terminal.say(f"  {count:>3}  {kind}")


def _route(path: str) -> str:
    parts = [p if len(p) < 40 else "{id}" for p in path.split("/")]
    return "/".join(parts)
