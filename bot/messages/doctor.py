"""`outlook-assistant doctor`: the owner ids and each check's detail and fix."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.messages.failures import problem_text
from core.api import (
    Check,
    CheckKind,
    MailboxProblem,
    TodoUnavailable,
)

# --- doctor: the owner ids ---

# The member ID config.yaml.example ships with; nobody's real id.
EXAMPLE_OWNER_ID = "U012AB3CD"
OWNER_ID_FIX = (
    "Put your own Slack member ID (profile > ⋮ > Copy member ID) in slack.owner_user_ids "
    "in config.yaml."
)
OWNERS_UNCHECKED = "not checked with Slack: the Slack tokens were not accepted"
FIX_SLACK_FIRST = "Fix the slack check above first."
NO_OWNERS = "slack.owner_user_ids is empty: nobody may use the assistant"


def example_owner(user_id: str) -> str:
    """Say that slack.owner_user_ids still holds the example's id."""
    return f"{user_id} is the example ID from config.yaml.example, not a member of your workspace"


def unknown_owner(user_id: str, error: str) -> str:
    """Say that Slack does not know an owner id (users.info's error)."""
    reasons = {
        "user_not_found": "Slack knows no member with this ID in the app's workspace",
        "user_not_visible": "the bot may not see this member (another workspace?)",
        "missing_scope": "the bot lacks the users:read scope to look it up",
    }
    return f"{user_id}: {reasons.get(error, 'Slack could not look it up')} ({error})"


def inactive_owner(user_id: str, why: str) -> str:
    """Say that an owner id belongs to an account that cannot be the owner."""
    return f"{user_id} is {why}, so nobody can act as the owner through it"


def owners_found(names: Sequence[str]) -> str:
    """List the owners Slack confirmed."""
    return "members of the workspace: " + ", ".join(names)


MISSING_SCOPE_FIX = (
    "Reinstall the Slack app from manifests/slack.json (or slack-http.json): it asks for "
    "users:read."
)


# doctor


_TODO_DEFAULT_STATUS = {
    TodoUnavailable.NOT_LICENSED: 404,
    TodoUnavailable.UNAUTHORIZED: 401,
    TodoUnavailable.FORBIDDEN: 403,
}


def todo_unavailable(stored: str | None, status: int | None = None) -> str:
    """Say why To Do is unavailable, from the probe's kind (as agent_state keeps it).

    A value that is no kind (an older version stored its English sentence) is shown as stored.
    """
    if not stored:
        return "unavailable"
    try:
        kind = TodoUnavailable(stored)
    except ValueError:
        return stored
    if kind is TodoUnavailable.TRANSIENT:
        answer = f"HTTP {status}" if status else "no answer"
        return f"could not reach To Do ({answer}); the check runs again at the next start"
    status = status or _TODO_DEFAULT_STATUS[kind]
    if kind is TodoUnavailable.NOT_LICENSED:
        return (
            f"this mailbox has no Microsoft To Do over Graph ({status}): it is not an Exchange "
            "Online mailbox, or it is on-premises, hybrid or a guest account. Email triage and "
            "categories keep working; set integrations.todo.enabled: false to stop this check."
        )
    if kind is TodoUnavailable.UNAUTHORIZED:
        return (
            f"Microsoft rejected the token for To Do ({status}). With a personal account this "
            "usually means the app registration or authority does not allow personal accounts "
            "(use the 'consumers' authority); otherwise sign in again with "
            "`outlook-assistant login`."
        )
    return (
        f"Microsoft refused access to To Do ({status}); the sign-in probably lacks the "
        "Tasks.ReadWrite permission. Add it to auth.scopes and the app registration, then sign "
        "in again with `outlook-assistant login`."
    )


_LOGIN = "Run `outlook-assistant login`"
_TODOIST_TOKEN_FIX = (
    "Copy the API token from Todoist (Settings > Integrations > Developer), export it as "
    "TODOIST_API_TOKEN and restart; or set integrations.todoist.enabled: false."
)
_CALENDAR_FIXES = {
    "outlook": "Run `outlook-assistant login --force` and accept the calendar permission "
    "(Calendars.ReadWrite); check calendars.outlook.calendar_ids.",
    "google": "Run `outlook-assistant login google`; check calendars.google (client_id, "
    "calendar_ids, base_url) and GOOGLE_CLIENT_SECRET.",
}
_ACCOUNT_KINDS = {
    "work": "work or school account (To Do links open to-do.office.com)",
    "personal": "personal Microsoft account (To Do links open to-do.live.com)",
}


def _refusal(what: str, facts: Mapping[str, object]) -> str:
    """Say `what` with the service's status and error code (never its message)."""
    answer = " ".join(str(facts[k]) for k in ("status", "code") if facts.get(k))
    return f"{what} ({answer or 'no answer'})"


def _mailbox_detail(facts: Mapping[str, object]) -> str:
    iana = facts.get("iana")
    detail = f"time zone {facts['time_zone']}" + (f" ({iana})" if iana else "")
    detail += f", {_ACCOUNT_KINDS[str(facts['account'])]}"
    problems = facts.get("problems") or ()
    if isinstance(problems, tuple) and problems:
        detail += "; " + "; ".join(mailbox_problem(p) for p in problems)
    return detail


def mailbox_problem(problem: object) -> str:
    """Say what about the mailbox could not be read, and what is used instead."""
    if not isinstance(problem, MailboxProblem):
        return str(problem)  # a sentence from an older version, as it was
    status = problem.status if problem.status is not None else "no answer"
    if problem.kind == "settings_unreadable":
        return (
            f"Could not read the mailbox settings ({status}); due dates stay in {problem.fallback}"
        )
    if problem.kind == "zone_unreadable":
        return f"Could not read the mailbox time zone ({status}); due dates use {problem.fallback}"
    if problem.kind == "no_zone":
        return f"The mailbox has no time zone set; due dates use {problem.fallback}"
    if problem.kind == "unknown_zone":
        return (
            f"The mailbox time zone {problem.zone!r} is not a known Windows or IANA zone; "
            f"due dates use {problem.fallback}"
        )
    return (
        "Could not tell the account kind from /me; "
        f"To Do links stay those of a {problem.fallback} account"
    )


def _todoist_detail(kind: CheckKind, facts: Mapping[str, object]) -> str:
    use = " (new approvals create their tasks here)" if facts.get("active") else ""
    if kind is CheckKind.TODOIST_NO_PROJECT:
        return (
            f"token accepted; the project {facts['project']!r} does not exist yet: the first "
            f"approval creates it{use}"
        )
    return f"token accepted; project {facts['project']!r} found{use}"


def _inbox_detail(kind: CheckKind, facts: Mapping[str, object]) -> str:
    if kind is CheckKind.INBOX_NOT_SYNCED:
        return f"not synced yet: the first pass takes the last {facts['days']} days"
    if kind is CheckKind.INBOX_OTHER_ORIGIN:
        return (
            f"the saved sync position is for {facts.get('origin') or 'an unreadable address'}, "
            f"not graph.base_url ({facts['base_url']}): the next pass starts a fresh sync of "
            f"the last {facts['days']} days"
        )
    return f"last synced {facts.get('last') or 'never'}"


def _categories_detail(facts: Mapping[str, object]) -> str:
    return (
        f"{facts['existing']} in Outlook, {facts['missing']} of ours missing, "
        f"{facts['orphans']} orphaned" + ("" if facts["bootstrapped"] else "; not bootstrapped yet")
    )


_DOCTOR_DOINGS = {
    CheckKind.CONFIG_INVALID: "load the config",
    CheckKind.TODOIST_UNSET: "set up Todoist",
    CheckKind.SIGN_IN_FAILED: "get a token",
}


def _failed(error: BaseException | None, doing: str) -> str:
    """Word the error a check caught by kind (owner-worded errors as they are)."""
    return problem_text(error, doing) if error is not None else f"could not {doing}"


def doctor_detail(check: Check) -> str:
    """Say what one doctor check found."""
    kind, facts, error = check.kind, check.facts, check.error
    match kind:
        case CheckKind.CONFIG_VALID:
            return f"{facts['path']} is valid: {facts['projects']} projects, {facts['areas']} areas"
        case CheckKind.CONFIG_INVALID | CheckKind.TODOIST_UNSET | CheckKind.SIGN_IN_FAILED:
            return _failed(error, _DOCTOR_DOINGS[kind])
        case CheckKind.CALENDAR_FAILED:
            return _failed(error, f"read {facts['label']}")
        case CheckKind.GRAPH_REFUSED:
            return _refusal("Microsoft Graph refused the sign-in", facts)
        case CheckKind.GRAPH_UNREACHABLE:
            return _refusal("cannot reach Microsoft Graph", facts)
        case CheckKind.GRAPH_OK:
            return f"reachable; signed in as {facts['name']} <{facts['address']}>"
        case CheckKind.MAILBOX:
            return _mailbox_detail(facts)
        case CheckKind.TODO_UNAVAILABLE:
            status = facts.get("status")
            return todo_unavailable(
                str(facts.get("unavailable") or ""), status if isinstance(status, int) else None
            )
        case CheckKind.CATEGORIES:
            return _categories_detail(facts)
        case CheckKind.INBOX_NOT_SYNCED | CheckKind.INBOX_OTHER_ORIGIN | CheckKind.INBOX_SYNCED:
            return _inbox_detail(kind, facts)
        case CheckKind.CALENDAR_OK:
            return f"readable; {facts['events']} events in the next 24 hours"
        case CheckKind.TODOIST_NO_PROJECT | CheckKind.TODOIST_FOUND:
            return _todoist_detail(kind, facts)
        case CheckKind.TODOIST_API_GONE:
            return _refusal(
                f"Todoist has shut down the API at {facts['base_url']}; use its v1 API", facts
            )
        case CheckKind.TODOIST_UNREACHABLE:
            return _refusal("cannot reach Todoist", facts)
        case CheckKind.SCOPES_MISSING:
            scopes = facts.get("scopes") or ()
            listed = ", ".join(str(s) for s in scopes) if isinstance(scopes, tuple) else ""
            return "the saved sign-in lacks " + listed
        case CheckKind.CLAUDE_MODEL_MISSING:
            return f"model {facts['model']!r} is not available to this key"
        case CheckKind.CLAUDE_UNREACHABLE:
            return f"cannot reach the Claude API: {facts['error_type']}"
        case CheckKind.CLAUDE_OK:
            return f"key accepted for {facts['model']}"
    return _DOCTOR_DETAILS[kind]


_DOCTOR_DETAILS = {
    CheckKind.NO_CLIENT_ID: "auth.client_id is not set",
    CheckKind.SIGN_IN_ENV_TOKEN: "using GRAPH_ACCESS_TOKEN from the environment",
    CheckKind.NOT_SIGNED_IN: "not signed in yet",
    CheckKind.SIGNED_IN: "token present with every configured scope",
    CheckKind.TODO_OFF_IN_CONFIG: "off in config (integrations.todo.enabled)",
    CheckKind.TODO_AVAILABLE: "available",
    CheckKind.IDS_MIGRATED: "stored message ids are immutable",
    CheckKind.IDS_PENDING: "migration pending: it runs by itself at the next start "
    "(or now with `outlook-assistant migrate-ids`)",
    CheckKind.TODOIST_REFUSED: "Todoist refused TODOIST_API_TOKEN",
    CheckKind.CLAUDE_OFFLINE: "no ANTHROPIC_API_KEY: the offline heuristic classifies",
    CheckKind.CLAUDE_KEY_REJECTED: "Anthropic rejected ANTHROPIC_API_KEY",
}


def doctor_fix(check: Check) -> str:
    """Say what to do about a failed doctor check ("" when it passed)."""
    if check.ok:
        return ""
    facts = check.facts
    match check.kind:
        case CheckKind.CONFIG_INVALID:
            return f"Edit {facts['path']} (see config.yaml.example)."
        case CheckKind.GRAPH_UNREACHABLE:
            return f"Check the network and graph.base_url ({facts['base_url']})."
        case CheckKind.CALENDAR_FAILED:
            return _CALENDAR_FIXES[str(facts["provider"])]
        case CheckKind.TODOIST_UNREACHABLE:
            return f"Check the network and integrations.todoist.base_url ({facts['base_url']})."
    return _DOCTOR_FIXES.get(check.kind, "")


_DOCTOR_FIXES = {
    CheckKind.NO_CLIENT_ID: "Register an app in Microsoft Entra ID (README, 'Setting it up') and "
    "put its Application (client) ID in auth.client_id.",
    CheckKind.TODOIST_UNSET: _TODOIST_TOKEN_FIX,
    CheckKind.NOT_SIGNED_IN: f"{_LOGIN}.",
    CheckKind.SCOPES_MISSING: f"{_LOGIN} and consent to the new permissions.",
    CheckKind.SIGN_IN_FAILED: f"{_LOGIN}.",
    CheckKind.GRAPH_REFUSED: "Run `outlook-assistant login --force` to sign in again.",
    CheckKind.TODO_UNAVAILABLE: "Grant Tasks.ReadWrite and run `outlook-assistant login`; or set "
    "integrations.todo.enabled: false to silence this.",
    CheckKind.CATEGORIES: "Run `outlook-assistant bootstrap`.",
    CheckKind.TODOIST_REFUSED: _TODOIST_TOKEN_FIX,
    CheckKind.TODOIST_API_GONE: "Set integrations.todoist.base_url to .../api/v1.",
    CheckKind.CLAUDE_KEY_REJECTED: "Export a valid key.",
    CheckKind.CLAUDE_MODEL_MISSING: "Set classifier.model to a model your account can use.",
    CheckKind.CLAUDE_UNREACHABLE: "Check the network or classifier.base_url; triage falls back "
    "to the heuristic.",
}
