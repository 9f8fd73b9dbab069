"""`outlook-assistant bootstrap`: create the categories, then offer to clean up orphans."""

from __future__ import annotations

from bot import messages
from bot.terminal.screen import Terminal
from core.api import ACTOR_OWNER, Assistant


async def bootstrap_and_cleanup(assistant: Assistant, terminal: Terminal) -> None:
    """Bootstrap categories and, in a terminal, delete the orphans the owner confirms."""
    report = await assistant.bootstrap_categories(actor=ACTOR_OWNER)
    terminal.ok(messages.categories_ready(report.total, len(report.created), len(report.existed)))
    plan = report.cleanup
    if not plan.orphans:
        return
    names = list(plan.names)
    terminal.say(messages.found_unmanaged(len(names)))
    for name in names:
        terminal.say(f"  - '{name}'")
    if not terminal.interactive:
        terminal.say(messages.NOTHING_DELETED_NO_TERMINAL)
        return
    confirmed = choose_orphans(terminal, names)
    if not confirmed:
        terminal.say(messages.NOTHING_DELETED)
        return
    cleanup = await assistant.delete_categories(confirmed, actor=ACTOR_OWNER)
    terminal.ok(messages.deleted_orphans(cleanup.deleted))


def choose_orphans(terminal: Terminal, names: list[str]) -> list[str]:
    """Ask y / N / select individually; return exactly the names the owner confirmed."""
    answer = terminal.ask(messages.DELETE_ORPHANS).lower()
    if answer in ("y", "yes"):
        return list(names)
    if answer in ("s", "select", "select individually"):
        return [
            name
            for name in names
            if terminal.ask(messages.delete_one(name)).lower() in ("y", "yes")
        ]
    return []
