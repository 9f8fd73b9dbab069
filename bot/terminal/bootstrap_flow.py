"""`outlook-assistant bootstrap`: create the categories, then offer to clean up orphans."""

from __future__ import annotations

from bot.messages import counted
from bot.terminal.screen import Terminal
from core.api import ACTOR_OWNER, Assistant


async def bootstrap_and_cleanup(assistant: Assistant, terminal: Terminal) -> None:
    """Bootstrap categories and, in a terminal, delete the orphans the owner confirms."""
    report = await assistant.bootstrap_categories(actor=ACTOR_OWNER)
    terminal.ok(
        f"Categories ready: {report.total} ({len(report.created)} created, "
        f"{len(report.existed)} already existed)."
    )
    plan = report.cleanup
    if not plan.orphans:
        return
    names = list(plan.names)
    found = counted(len(names), "category", "categories")
    terminal.say(f"Found {found} not managed by the assistant:")
    for name in names:
        terminal.say(f"  - '{name}'")
    if not terminal.interactive:
        terminal.say(
            "Nothing deleted. Run `outlook-assistant bootstrap` in a terminal to review them."
        )
        return
    confirmed = choose_orphans(terminal, names)
    if not confirmed:
        terminal.say("Nothing deleted.")
        return
    cleanup = await assistant.delete_categories(confirmed, actor=ACTOR_OWNER)
    deleted = cleanup.deleted
    terminal.ok(
        f"Deleted {len(deleted)}: "
        + ", ".join(f"'{name}'" for name in deleted)
        + ". Items that had them keep the name without a colour."
    )


def choose_orphans(terminal: Terminal, names: list[str]) -> list[str]:
    """Ask y / N / select individually; return exactly the names the owner confirmed."""
    answer = terminal.ask("Delete these categories? (y/N/select individually) [y/N/s]").lower()
    if answer in ("y", "yes"):
        return list(names)
    if answer in ("s", "select", "select individually"):
        return [
            name
            for name in names
            if terminal.ask(f"Delete '{name}'? [y/N]").lower() in ("y", "yes")
        ]
    return []
