"""Health checks behind `outlook-assistant doctor`: each says what is wrong and how to fix it.

Checks run in dependency order and stop early where a later check could only repeat an earlier
failure (no Graph check without a token). They never start an interactive sign-in and never
change the mailbox.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

import anthropic

from core import categories
from core.config.settings import Secrets, Settings, load_settings
from core.errors import AppError, ConfigError, GraphAuthError, GraphError
from core.microsoft.auth import MsalTokenProvider
from core.microsoft.graph_models import zone_info
from core.microsoft.mail import link_origin
from core.microsoft.mailbox_profile import MailboxProblem, read_mailbox_profile
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


class CheckKind(StrEnum):
    """What one check found; bot/messages/ words each kind from the check's facts."""

    CONFIG_VALID = "config_valid"
    CONFIG_INVALID = "config_invalid"
    NO_CLIENT_ID = "no_client_id"
    TODOIST_UNSET = "todoist_unset"
    SIGN_IN_ENV_TOKEN = "sign_in_env_token"
    NOT_SIGNED_IN = "not_signed_in"
    SCOPES_MISSING = "scopes_missing"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGNED_IN = "signed_in"
    GRAPH_REFUSED = "graph_refused"
    GRAPH_UNREACHABLE = "graph_unreachable"
    GRAPH_OK = "graph_ok"
    MAILBOX = "mailbox"
    TODO_OFF_IN_CONFIG = "todo_off_in_config"
    TODO_AVAILABLE = "todo_available"
    TODO_UNAVAILABLE = "todo_unavailable"
    CATEGORIES = "categories"
    IDS_MIGRATED = "ids_migrated"
    IDS_PENDING = "ids_pending"
    INBOX_NOT_SYNCED = "inbox_not_synced"
    INBOX_OTHER_ORIGIN = "inbox_other_origin"
    INBOX_SYNCED = "inbox_synced"
    CALENDAR_OK = "calendar_ok"
    CALENDAR_FAILED = "calendar_failed"
    TODOIST_REFUSED = "todoist_refused"
    TODOIST_API_GONE = "todoist_api_gone"
    TODOIST_UNREACHABLE = "todoist_unreachable"
    TODOIST_NO_PROJECT = "todoist_no_project"
    TODOIST_FOUND = "todoist_found"
    CLAUDE_OFFLINE = "claude_offline"
    CLAUDE_KEY_REJECTED = "claude_key_rejected"
    CLAUDE_MODEL_MISSING = "claude_model_missing"
    CLAUDE_UNREACHABLE = "claude_unreachable"
    CLAUDE_OK = "claude_ok"


Fact = str | int | bool | tuple[str, ...] | tuple[MailboxProblem, ...] | None


@dataclass(frozen=True)
class Check:
    """The outcome of one check: its kind and the plain facts the words need.

    `error` is the caught error where one explains the failure (the front end words it by kind,
    never by the service's own message). A `warning` passes (the assistant copes by itself) but
    is worth the owner's attention.
    """

    name: str
    ok: bool
    kind: CheckKind
    facts: Mapping[str, Fact] = field(default_factory=dict)
    warning: bool = False
    error: AppError | None = None


async def run_checks(
    config_path: Path,
    secrets: Secrets,
    *,
    runtime_factory: Callable[[Settings], Awaitable[Runtime]] | None = None,
) -> list[Check]:
    """Run every check and return the outcomes in order."""
    path = str(config_path)
    try:
        settings = load_settings(config_path)
    except ConfigError as err:
        return [Check("config", False, CheckKind.CONFIG_INVALID, {"path": path}, error=err)]
    facts: dict[str, Fact] = {
        "path": path,
        "projects": len(settings.projects),
        "areas": len(settings.areas),
    }
    checks = [Check("config", True, CheckKind.CONFIG_VALID, facts)]
    if secrets.graph_access_token is None and not settings.auth.client_id:
        checks.append(Check("sign-in", False, CheckKind.NO_CLIENT_ID))
        return checks
    try:
        check_task_backends(settings, secrets)
    except ConfigError as err:
        checks.append(Check("todoist", False, CheckKind.TODOIST_UNSET, error=err))
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
        checks.append(Check("graph", False, CheckKind.GRAPH_REFUSED, _refusal(err)))
        return checks
    except GraphError as err:
        facts = _refusal(err) | {"base_url": runtime.settings.graph.base_url}
        checks.append(Check("graph", False, CheckKind.GRAPH_UNREACHABLE, facts))
        return checks
    address = me.mail or me.user_principal_name
    checks.append(
        Check("graph", True, CheckKind.GRAPH_OK, {"name": me.display_name, "address": address})
    )
    checks.append(await _check_mailbox(runtime))
    checks.append(await _check_todo(runtime))
    checks.append(await _check_categories(runtime))
    migrated = await runtime.store.get_state(STATE_IMMUTABLE_IDS_MIGRATED) == "true"
    kind = CheckKind.IDS_MIGRATED if migrated else CheckKind.IDS_PENDING
    checks.append(Check("immutable ids", True, kind))
    checks.append(await _check_inbox_sync(runtime))
    checks.extend(await _check_calendars(runtime))
    return checks


async def _check_calendars(runtime: Runtime) -> list[Check]:
    """Read the next day of each enabled calendar, as `calendar today` would."""
    checks: list[Check] = []
    now = datetime.now(UTC)
    for provider in await runtime.calendar_providers():
        name = f"calendar: {provider.label}"
        facts: dict[str, Fact] = {"provider": provider.name, "label": provider.label}
        try:
            found = await provider.events(now, now + timedelta(days=1))
        except AppError as err:
            checks.append(Check(name, False, CheckKind.CALENDAR_FAILED, facts, error=err))
            continue
        facts["events"] = len(found)
        checks.append(Check(name, True, CheckKind.CALENDAR_OK, facts))
    return checks


async def _check_sign_in(runtime: Runtime, secrets: Secrets) -> Check:
    if secrets.graph_access_token is not None:
        return Check("sign-in", True, CheckKind.SIGN_IN_ENV_TOKEN)
    tokens = runtime.tokens
    if isinstance(tokens, MsalTokenProvider):
        if await tokens.account_username() is None:
            return Check("sign-in", False, CheckKind.NOT_SIGNED_IN)
        lacking = tokens.missing_scopes()
        if lacking:
            return Check("sign-in", False, CheckKind.SCOPES_MISSING, {"scopes": tuple(lacking)})
    try:
        await tokens.get_token()
    except AppError as err:
        return Check("sign-in", False, CheckKind.SIGN_IN_FAILED, error=err)
    return Check("sign-in", True, CheckKind.SIGNED_IN)


async def _check_inbox_sync(runtime: Runtime) -> Check:
    days = runtime.settings.triage.backfill_days
    link = await runtime.store.get_state(STATE_INBOX_DELTA_LINK)
    if link is None:
        return Check("inbox sync", True, CheckKind.INBOX_NOT_SYNCED, {"days": days})
    if not runtime.mail.is_graph_link(link):
        facts: dict[str, Fact] = {
            "days": days,
            "origin": link_origin(link),
            "base_url": runtime.settings.graph.base_url,
        }
        return Check("inbox sync", True, CheckKind.INBOX_OTHER_ORIGIN, facts, warning=True)
    last = await runtime.store.get_state(STATE_LAST_SYNC_AT)
    return Check("inbox sync", True, CheckKind.INBOX_SYNCED, {"last": last})


async def _check_mailbox(runtime: Runtime) -> Check:
    """Show the time zone and account kind `run` reads at start, as it will read them."""
    reading = await read_mailbox_profile(runtime.graph, runtime.tokens)
    profile = reading.profile
    zone = zone_info(profile.time_zone)
    iana = zone.key if zone is not None and zone.key != profile.time_zone else ""
    facts: dict[str, Fact] = {
        "time_zone": profile.time_zone,
        "iana": iana,
        "account": profile.account.value,
        "problems": tuple(reading.problems),
    }
    return Check("mailbox", True, CheckKind.MAILBOX, facts, warning=bool(reading.problems))


async def _check_todo(runtime: Runtime) -> Check:
    if not runtime.settings.integrations.todo.enabled:
        return Check("to do", True, CheckKind.TODO_OFF_IN_CONFIG)
    probe = await runtime.todo.probe()
    if probe.enabled:
        return Check("to do", True, CheckKind.TODO_AVAILABLE)
    unavailable = probe.unavailable.value if probe.unavailable else None
    facts: dict[str, Fact] = {"unavailable": unavailable, "status": probe.status}
    return Check("to do", False, CheckKind.TODO_UNAVAILABLE, facts)


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
    facts: dict[str, Fact] = {
        "project": section.project_name,
        "base_url": section.base_url,
        "active": runtime.tasks.active_name() == "todoist",
    }
    try:
        project_id = await client.find_project()
    except TodoistAuthError:
        return Check("todoist", False, CheckKind.TODOIST_REFUSED, facts)
    except TodoistApiGone as err:
        return Check("todoist", False, CheckKind.TODOIST_API_GONE, facts | _refusal(err))
    except TodoistError as err:
        return Check("todoist", False, CheckKind.TODOIST_UNREACHABLE, facts | _refusal(err))
    kind = CheckKind.TODOIST_NO_PROJECT if project_id is None else CheckKind.TODOIST_FOUND
    return Check("todoist", True, kind, facts)


async def _check_categories(runtime: Runtime) -> Check:
    existing = await runtime.categories.list()
    missing = categories.missing_categories(existing, runtime.settings)
    own = await categories.own_category_names(runtime.store)
    orphans = categories.find_orphans(existing, runtime.settings, keep=own).orphans
    bootstrapped = await runtime.store.get_state(STATE_CATEGORIES_BOOTSTRAPPED) == "true"
    facts: dict[str, Fact] = {
        "existing": len(existing),
        "missing": len(missing),
        "orphans": len(orphans),
        "bootstrapped": bootstrapped,
    }
    return Check("categories", not missing, CheckKind.CATEGORIES, facts)


async def check_claude(settings: Settings, secrets: Secrets) -> Check:
    """Check the Anthropic key works with the configured model (a free token count)."""
    if not secrets.anthropic_api_key:
        return Check("claude", True, CheckKind.CLAUDE_OFFLINE)
    model = settings.classifier.model
    client = build_claude_client(settings, secrets.anthropic_api_key, max_retries=1)
    try:
        await client.messages.count_tokens(
            model=model, messages=[{"role": "user", "content": "ping"}]
        )
    except anthropic.AuthenticationError:
        return Check("claude", False, CheckKind.CLAUDE_KEY_REJECTED)
    except anthropic.NotFoundError:
        return Check("claude", False, CheckKind.CLAUDE_MODEL_MISSING, {"model": model})
    except anthropic.APIError as err:
        facts: dict[str, Fact] = {"error_type": type(err).__name__}
        return Check("claude", False, CheckKind.CLAUDE_UNREACHABLE, facts)
    finally:
        await client.close()
    return Check("claude", True, CheckKind.CLAUDE_OK, {"model": model})


def _refusal(err: GraphError | TodoistError) -> dict[str, Fact]:
    """The service's status and error code, never its message (it may carry anything, markup
    or email text included)."""
    code = getattr(err, "code", None) or getattr(err, "tag", None)
    shaped = isinstance(code, str) and code.replace("_", "").replace(".", "").isalnum()
    return {"status": err.status, "code": code if shaped else None}
