"""Health checks behind `outlook-assistant doctor`: each says what is wrong and how to fix it.

Checks run in dependency order and stop early where a later check could only repeat an earlier
failure (no Graph check without a token). They never start an interactive sign-in and never
change the mailbox.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anthropic

from core import categories
from core.config.settings import Secrets, Settings, load_settings
from core.errors import AppError, ConfigError, GraphAuthError, GraphError
from core.microsoft.auth import MsalTokenProvider
from core.microsoft.graph_models import zone_info
from core.microsoft.mail import link_origin
from core.microsoft.mailbox_profile import AccountKind, read_mailbox_profile
from core.runtime import Runtime, build_runtime
from core.tasks.registry import check_task_backends
from core.todoist.client import TodoistClient
from core.todoist.errors import TodoistApiGone, TodoistAuthError, TodoistError
from core.triage.claude_client import build_claude_client
from core.vocabulary import (
    STATE_CATEGORIES_BOOTSTRAPPED,
    STATE_IMMUTABLE_IDS_MIGRATED,
    STATE_INBOX_DELTA_LINK,
    STATE_LAST_SYNC_AT,
)


@dataclass(frozen=True)
class Check:
    """The outcome of one check; `fix` says what to do when it failed.

    A `warning` passes (the assistant copes by itself) but is worth the owner's attention.
    """

    name: str
    ok: bool
    detail: str
    fix: str = ""
    warning: bool = False


async def run_checks(
    config_path: Path,
    secrets: Secrets,
    *,
    runtime_factory: Callable[[Settings], Awaitable[Runtime]] | None = None,
) -> list[Check]:
    """Run every check and return the outcomes in order."""
    try:
        settings = load_settings(config_path)
    except ConfigError as err:
        return [Check("config", False, str(err), f"Edit {config_path} (see config.yaml.example).")]
    checks = [
        Check(
            "config",
            True,
            f"{config_path} is valid: {len(settings.projects)} projects, "
            f"{len(settings.areas)} areas",
        )
    ]
    if secrets.graph_access_token is None and not settings.auth.client_id:
        checks.append(
            Check(
                "sign-in",
                False,
                "auth.client_id is not set",
                "Register an app in Microsoft Entra ID (README, 'Setting it up') and put its "
                "Application (client) ID in auth.client_id.",
            )
        )
        return checks
    try:
        check_task_backends(settings, secrets)
    except ConfigError as err:
        checks.append(Check("todoist", False, str(err), _TODOIST_TOKEN_FIX))
        return checks
    factory = runtime_factory or (lambda s: build_runtime(s, secrets, interactive=False))
    runtime = await factory(settings)
    try:
        checks.extend(await _runtime_checks(runtime, secrets))
        if settings.integrations.todoist.enabled:
            checks.append(await _check_todoist(runtime, secrets))
    finally:
        await runtime.aclose()
    return checks


async def _runtime_checks(runtime: Runtime, secrets: Secrets) -> list[Check]:
    checks: list[Check] = []
    sign_in = await _check_sign_in(runtime, secrets)
    checks.append(sign_in)
    if not sign_in.ok:
        return checks
    try:
        me = await runtime.mail.get_me()
    except GraphAuthError as err:
        checks.append(
            Check(
                "graph",
                False,
                _refusal("Microsoft Graph refused the sign-in", err),
                "Run `outlook-assistant login --force` to sign in again.",
            )
        )
        return checks
    except GraphError as err:
        checks.append(
            Check(
                "graph",
                False,
                _refusal("cannot reach Microsoft Graph", err),
                f"Check the network and graph.base_url ({runtime.settings.graph.base_url}).",
            )
        )
        return checks
    checks.append(
        Check(
            "graph",
            True,
            f"reachable; signed in as {me.display_name} <{me.mail or me.user_principal_name}>",
        )
    )
    checks.append(await _check_mailbox(runtime))
    checks.append(await _check_todo(runtime))
    checks.append(await _check_categories(runtime))
    migrated = await runtime.store.get_state(STATE_IMMUTABLE_IDS_MIGRATED) == "true"
    checks.append(
        Check(
            "immutable ids",
            True,
            "stored message ids are immutable"
            if migrated
            else "migration pending: it runs by itself at the next start "
            "(or now with `outlook-assistant migrate-ids`)",
        )
    )
    checks.append(await _check_inbox_sync(runtime))
    checks.extend(await _check_calendars(runtime))
    return checks


_CALENDAR_FIXES = {
    "outlook": "Run `outlook-assistant login --force` and accept the calendar permission "
    "(Calendars.ReadWrite); check calendars.outlook.calendar_ids.",
    "google": "Run `outlook-assistant login google`; check calendars.google (client_id, "
    "calendar_ids, base_url) and GOOGLE_CLIENT_SECRET.",
}


async def _check_calendars(runtime: Runtime) -> list[Check]:
    """Read the next day of each enabled calendar, as `calendar today` would."""
    checks: list[Check] = []
    now = datetime.now(UTC)
    for provider in await runtime.calendar_providers():
        name = f"calendar: {provider.label}"
        try:
            found = await provider.events(now, now + timedelta(days=1))
        except AppError as err:
            checks.append(Check(name, False, str(err), _CALENDAR_FIXES[provider.name]))
            continue
        checks.append(Check(name, True, f"readable; {len(found)} events in the next 24 hours"))
    return checks


async def _check_sign_in(runtime: Runtime, secrets: Secrets) -> Check:
    if secrets.graph_access_token is not None:
        return Check("sign-in", True, "using GRAPH_ACCESS_TOKEN from the environment")
    login = "Run `outlook-assistant login`"
    tokens = runtime.tokens
    if isinstance(tokens, MsalTokenProvider):
        if await tokens.account_username() is None:
            return Check("sign-in", False, "not signed in yet", f"{login}.")
        lacking = tokens.missing_scopes()
        if lacking:
            return Check(
                "sign-in",
                False,
                "the saved sign-in lacks " + ", ".join(lacking),
                f"{login} and consent to the new permissions.",
            )
    try:
        await tokens.get_token()
    except AppError as err:
        return Check("sign-in", False, str(err), f"{login}.")
    return Check("sign-in", True, "token present with every configured scope")


async def _check_inbox_sync(runtime: Runtime) -> Check:
    days = runtime.settings.triage.backfill_days
    link = await runtime.store.get_state(STATE_INBOX_DELTA_LINK)
    if link is None:
        return Check(
            "inbox sync", True, f"not synced yet: the first pass takes the last {days} days"
        )
    if not runtime.mail.is_graph_link(link):
        return Check(
            "inbox sync",
            True,
            f"the saved sync position is for {link_origin(link) or 'an unreadable address'}, "
            f"not graph.base_url ({runtime.settings.graph.base_url}): the next pass starts a "
            f"fresh sync of the last {days} days",
            warning=True,
        )
    last = await runtime.store.get_state(STATE_LAST_SYNC_AT)
    return Check("inbox sync", True, f"last synced {last or 'never'}")


_ACCOUNT_KINDS = {
    AccountKind.WORK: "work or school account (To Do links open to-do.office.com)",
    AccountKind.PERSONAL: "personal Microsoft account (To Do links open to-do.live.com)",
}


async def _check_mailbox(runtime: Runtime) -> Check:
    """Show the time zone and account kind `run` reads at start, as it will read them."""
    reading = await read_mailbox_profile(runtime.graph, runtime.tokens)
    profile = reading.profile
    zone = zone_info(profile.time_zone)
    iana = zone.key if zone is not None and zone.key != profile.time_zone else ""
    detail = f"time zone {profile.time_zone}" + (f" ({iana})" if iana else "")
    detail += f", {_ACCOUNT_KINDS[profile.account]}"
    if reading.problems:
        detail += "; " + "; ".join(reading.problems)
    return Check("mailbox", True, detail, warning=bool(reading.problems))


async def _check_todo(runtime: Runtime) -> Check:
    if not runtime.settings.integrations.todo.enabled:
        return Check("to do", True, "off in config (integrations.todo.enabled)")
    probe = await runtime.todo.probe()
    if probe.enabled:
        return Check("to do", True, "available")
    return Check(
        "to do",
        False,
        probe.reason or "unavailable",
        "Grant Tasks.ReadWrite and run `outlook-assistant login`; or set "
        "integrations.todo.enabled: false to silence this.",
    )


_TODOIST_TOKEN_FIX = (
    "Copy the API token from Todoist (Settings > Integrations > Developer), export it as "
    "TODOIST_API_TOKEN and restart; or set integrations.todoist.enabled: false."
)


async def _check_todoist(runtime: Runtime, secrets: Secrets) -> Check:
    """Check the token is accepted and the project can be read, creating nothing."""
    section = runtime.settings.integrations.todoist
    # One attempt, no backoff: the doctor reports an unreachable Todoist at once.
    client = TodoistClient(
        runtime.session,
        secrets.todoist_api_token or "",
        section.base_url,
        max_retries=0,
        project_name=section.project_name,
    )
    use = (
        " (new approvals create their tasks here)"
        if runtime.tasks.active_name() == "todoist"
        else ""
    )
    try:
        project_id = await client.find_project()
    except TodoistAuthError:
        return Check("todoist", False, "Todoist refused TODOIST_API_TOKEN", _TODOIST_TOKEN_FIX)
    except TodoistApiGone as err:
        return Check("todoist", False, str(err), "Set integrations.todoist.base_url to .../api/v1.")
    except TodoistError as err:
        return Check(
            "todoist",
            False,
            _refusal("cannot reach Todoist", err),
            f"Check the network and integrations.todoist.base_url ({section.base_url}).",
        )
    if project_id is None:
        return Check(
            "todoist",
            True,
            f"token accepted; the project {section.project_name!r} does not exist yet: the "
            f"first approval creates it{use}",
        )
    return Check("todoist", True, f"token accepted; project {section.project_name!r} found{use}")


async def _check_categories(runtime: Runtime) -> Check:
    existing = await runtime.categories.list()
    missing = categories.missing_categories(existing, runtime.settings)
    orphans = categories.find_orphans(existing, runtime.settings).orphans
    bootstrapped = await runtime.store.get_state(STATE_CATEGORIES_BOOTSTRAPPED) == "true"
    detail = (
        f"{len(existing)} in Outlook, {len(missing)} of ours missing, "
        f"{len(orphans)} orphaned" + ("" if bootstrapped else "; not bootstrapped yet")
    )
    ok = not missing
    return Check(
        "categories",
        ok,
        detail,
        "" if ok else "Run `outlook-assistant bootstrap`.",
    )


async def check_claude(settings: Settings, secrets: Secrets) -> Check:
    """Check the Anthropic key works with the configured model (a free token count)."""
    if not secrets.anthropic_api_key:
        return Check("claude", True, "no ANTHROPIC_API_KEY: the offline heuristic classifies")
    client = build_claude_client(settings, secrets.anthropic_api_key, max_retries=1)
    try:
        await client.messages.count_tokens(
            model=settings.classifier.model, messages=[{"role": "user", "content": "ping"}]
        )
    except anthropic.AuthenticationError:
        return Check("claude", False, "Anthropic rejected ANTHROPIC_API_KEY", "Export a valid key.")
    except anthropic.NotFoundError:
        return Check(
            "claude",
            False,
            f"model {settings.classifier.model!r} is not available to this key",
            "Set classifier.model to a model your account can use.",
        )
    except anthropic.APIError as err:
        return Check(
            "claude",
            False,
            f"cannot reach the Claude API: {type(err).__name__}",
            "Check the network or classifier.base_url; triage falls back to the heuristic.",
        )
    finally:
        await client.close()
    return Check("claude", True, f"key accepted for {settings.classifier.model}")


def _refusal(what: str, err: GraphError | TodoistError) -> str:
    """Say `what` with the service's status and error code, never its message (it may carry
    anything, markup or email text included)."""
    code = getattr(err, "code", None) or getattr(err, "tag", None)
    shaped = isinstance(code, str) and code.replace("_", "").replace(".", "").isalnum()
    answer = " ".join(str(p) for p in (err.status, code if shaped else None) if p)
    return f"{what} ({answer or 'no answer'})"
