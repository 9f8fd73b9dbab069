"""`outlook-assistant doctor`: the core checks and Claude (through `core.api`), plus Slack."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import aiohttp
from slack_sdk.errors import SlackApiError

from bot import messages
from bot.slack.app import build_web_client
from bot.slack.service import check_credentials, verify_credentials
from bot.terminal.screen import Terminal
from core.api import Check as CoreCheck
from core.api import Secrets, Settings, check_claude, load_settings, run_doctor
from core.errors import AppError


@dataclass(frozen=True)
class Check:
    """One worded doctor line: what a check found and, when it failed, how to fix it."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    warning: bool = False


def worded(check: CoreCheck) -> Check:
    """Word one core check (its kind and facts) for the owner."""
    return Check(
        check.name,
        check.ok,
        messages.doctor_detail(check),
        messages.doctor_fix(check),
        check.warning,
    )


async def run(config_path: Path, terminal: Terminal) -> int:
    """Run the checks, print them, and return 0 only if every one passed."""
    secrets = Secrets.from_env()
    found = await run_doctor(config_path, secrets)
    checks = [worded(check) for check in found]
    if checks and checks[0].ok:  # the config loaded: the front-end checks can run too
        settings = load_settings(config_path)
        slack = await check_slack(settings, secrets)
        checks += [slack, await check_owners(settings, secrets, slack_ok=slack.ok)]
        checks.append(worded(await check_claude(settings, secrets)))
    for check in checks:
        if check.ok and check.warning:
            terminal.warn(f"{check.name}: {check.detail}")
        elif check.ok:
            terminal.ok(f"{check.name}: {check.detail}")
        else:
            terminal.error(f"{check.name}: {check.detail}")
            if check.fix:
                terminal.say(f"    fix: {check.fix}")
    return 0 if all(check.ok for check in checks) else 1


async def check_slack(settings: Settings, secrets: Secrets) -> Check:
    """Check the Slack tokens `run` needs are set and accepted by Slack."""
    try:
        check_credentials(settings, secrets)
        client = build_web_client(settings, secrets.slack_bot_token or "")
        bot_user = await verify_credentials(client, settings, secrets)
    except AppError as err:
        return Check(
            "slack",
            False,
            messages.problem_text(err, "check the Slack tokens"),
            "See README 'Connect Slack'; `run` needs this to start.",
        )
    return Check("slack", True, f"tokens accepted ({settings.slack.mode} mode, bot {bot_user})")


async def check_owners(settings: Settings, secrets: Secrets, *, slack_ok: bool) -> Check:
    """Check every slack.owner_user_ids entry is a real, active person Slack knows (users.info)."""
    owners = settings.slack.owner_user_ids
    if messages.EXAMPLE_OWNER_ID in owners:
        return Check(
            "slack owners",
            False,
            messages.example_owner(messages.EXAMPLE_OWNER_ID),
            messages.OWNER_ID_FIX,
        )
    if not owners:
        return Check("slack owners", False, messages.NO_OWNERS, messages.OWNER_ID_FIX)
    if not slack_ok:
        return Check("slack owners", False, messages.OWNERS_UNCHECKED, messages.FIX_SLACK_FIRST)
    client = build_web_client(settings, secrets.slack_bot_token or "")
    names = []
    for user_id in owners:
        try:
            answer = await client.users_info(user=user_id)
        except SlackApiError as err:
            error = str(err.response.get("error"))
            fix = messages.MISSING_SCOPE_FIX if error == "missing_scope" else messages.OWNER_ID_FIX
            return Check("slack owners", False, messages.unknown_owner(user_id, error), fix)
        except (aiohttp.ClientError, OSError, TimeoutError) as err:
            return Check(
                "slack owners",
                False,
                messages.slack_unreachable(
                    settings.slack.api_base_url, messages.network_reason(err)
                ),
                "Run doctor again once Slack is reachable.",
            )
        user = answer.get("user") or {}
        why = "deactivated" if user.get("deleted") else "a bot" if user.get("is_bot") else None
        if why:
            return Check(
                "slack owners", False, messages.inactive_owner(user_id, why), messages.OWNER_ID_FIX
            )
        names.append(f"{user.get('real_name') or user.get('name') or '?'} ({user_id})")
    return Check("slack owners", True, messages.owners_found(names))
