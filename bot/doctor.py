"""`outlook-assistant doctor`: print each health check with its fix."""

from __future__ import annotations

from pathlib import Path

from bot.terminal import Terminal
from core.config import Secrets
from core.doctor import run_checks


async def run(config_path: Path, terminal: Terminal) -> int:
    """Run the checks, print them, and return 0 only if every one passed."""
    checks = await run_checks(config_path, Secrets.from_env())
    for check in checks:
        if check.ok:
            terminal.ok(f"{check.name}: {check.detail}")
        else:
            terminal.error(f"{check.name}: {check.detail}")
            if check.fix:
                terminal.say(f"    fix: {check.fix}")
    return 0 if all(check.ok for check in checks) else 1
