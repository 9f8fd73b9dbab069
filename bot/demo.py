"""`outlook-assistant demo`: the first-start sequence against the built-in Graph emulator.

Nothing here is faked above the HTTP layer: the real runtime (Graph client, MSAL-free token,
store, categories, To Do, delta sync) talks HTTP to an in-process emulator seeded with a sample
mailbox, and the demo prints what each step did and what it cost in Graph requests.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.terminal import Terminal
from core.auth import StaticTokenProvider
from core.config import Secrets, load_settings
from core.runtime import Runtime, build_runtime
from sandbox import SAMPLE_CONFIG_PATH
from sandbox.graph_emulator import GraphEmulator


async def run_demo(terminal: Terminal, *, data_dir: Path | None = None) -> int:
    """Seed the emulator, run the first start and an Inbox sync, and report."""
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
            terminal.say(
                f"Mailbox: sample CEO mailbox at {base_url}; database: {settings.storage.path}"
            )
            runtime = await build_runtime(
                settings, Secrets.from_env(), token_provider=StaticTokenProvider("demo-token")
            )
            try:
                await _first_start(runtime, terminal)
                await _sync(runtime, emulator, terminal)
            finally:
                await runtime.aclose()
            _request_summary(emulator, terminal)
    return 0


async def _first_start(runtime: Runtime, terminal: Terminal) -> None:
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


async def _sync(runtime: Runtime, emulator: GraphEmulator, terminal: Terminal) -> None:
    before = runtime.graph.request_count
    report = await runtime.inbox.sync()
    used = runtime.graph.request_count - before
    terminal.ok(
        f"Inbox synced: {len(report.new_ids)} new emails in {report.pages} delta pages, "
        f"{used} Graph requests"
    )
    emails = await runtime.store.get_emails(report.new_ids)
    for email in sorted(emails.values(), key=lambda e: e.received_at, reverse=True)[:8]:
        terminal.say(
            f"  {email.received_at:%a %H:%M}  {email.sender_name[:24]:<24}  {email.subject[:60]}"
        )
    if len(emails) > 8:
        terminal.say(f"  … and {len(emails) - 8} more")

    emulator.add_message(
        subject="Re: Q3 pricing review for Tradecore",
        sender_name="Dana Reyes",
        sender_address="dana@tradecore.example",
        body="Thanks, the revised tiers work for us.",
        received=datetime.now(UTC),
    )
    before = runtime.graph.request_count
    again = await runtime.inbox.sync()
    terminal.ok(
        f"A new email arrived; the next sync found {len(again.new_ids)} new with "
        f"{runtime.graph.request_count - before} Graph request(s) using the stored deltaLink"
    )


def _request_summary(emulator: GraphEmulator, terminal: Terminal) -> None:
    outer = [r for r in emulator.requests if not r.in_batch]
    kinds = Counter(f"{r.method} {_route(r.path)}" for r in outer)
    terminal.say(f"Graph requests in total: {len(outer)}")
    for kind, count in kinds.most_common():
        terminal.say(f"  {count:>3}  {kind}")


def _route(path: str) -> str:
    parts = [p if len(p) < 40 else "{id}" for p in path.split("/")]
    return "/".join(parts)
