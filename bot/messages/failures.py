"""Access, sign-in and errors: what failed and why, Todoist failures, outcome notes."""

from __future__ import annotations

import logging
import os

from bot.messages.common import backend_label, counted
from core.api import (
    Failure,
    FailureKind,
    NoteKind,
    OutcomeNote,
    classify_failure,
)
from core.errors import GraphError, StoreError, TaskBackendError

_LOG = logging.getLogger(__name__)


_RETRY_LATER = "retry, and see the log if it happens again"


def failure_text(failure: Failure) -> str:
    """Say in plain words why an approval (or a dismissal's clean-up) did not finish."""
    text = _failure_reason(failure)
    if failure.during_dismiss:
        where = backend_label(failure.backend)
        return f"Dismissed, but its {where} task could not be deleted: {text}"
    return text


def note_text(note: OutcomeNote) -> str:
    """Say what an approval's or dismissal's note points out."""
    kind = note.kind
    if kind is NoteKind.TASKS_DELETED:
        return f"Deleted {counted(note.count or 0, 'task')} created for this email"
    if kind is NoteKind.TASK_BACKEND_NOT_SET_UP:
        return (
            f"Left task {note.task_id} alone: {backend_label(note.backend)} is not set up in "
            "this configuration; turn it on in config.yaml and dismiss again to delete it"
        )
    if kind is NoteKind.TASK_NOT_IN_OWN_LIST:
        return (
            f"Left task {note.task_id} alone: it is not in the assistant's own "
            f"{backend_label(note.backend)} list or project, and the assistant touches no other"
        )
    if kind is NoteKind.NOTHING_DONE:
        return f"The suggestion is {note.status}; nothing was done"
    return (
        f"The category '{note.category}' is not in Outlook's category list yet; it was applied "
        "by name (run `outlook-assistant bootstrap` to create it with its colour)"
    )


def _failure_reason(failure: Failure) -> str:  # noqa: PLR0911 - one answer per kind
    kind = failure.kind
    if kind is FailureKind.THROTTLED:
        return f"Outlook is throttling us; retry in {failure.retry_after_s or 60} s"
    if kind is FailureKind.SIGN_IN_EXPIRED:
        return "Microsoft sign-in expired; sign in again (outlook-assistant login), then retry"
    if kind is FailureKind.ACCESS_DENIED:
        return (
            "Outlook refused access (403): the app lacks a permission this needs; "
            "run outlook-assistant doctor"
        )
    if kind is FailureKind.MAIL_NOT_FOUND:
        return "The email or folder no longer exists in Outlook"
    if kind is FailureKind.TODO_NOT_FOUND:
        return "Microsoft To Do is not available for this mailbox any more"
    if kind is FailureKind.GRAPH_UNAVAILABLE:
        return "Outlook could not be reached; retry in a moment"
    if kind is FailureKind.WRITE_UNCERTAIN:
        return (
            "Outlook did not confirm the change; retry, and the assistant checks what was "
            "done before repeating it"
        )
    if kind is FailureKind.GRAPH_REFUSED:
        code = " ".join(str(p) for p in (failure.status, failure.code) if p)
        return f"Outlook refused the change ({code or 'no details'})"
    if kind is FailureKind.FOLDER_NOT_IN_TAXONOMY:
        return (
            f"The folder '{failure.folder}' is not in the taxonomy (config.yaml) any more; "
            "edit the suggestion to choose another folder"
        )
    if kind is FailureKind.SUGGESTION_INVALID:
        field_name = (failure.field or "content").replace("_", " ")
        return f"The suggestion cannot be carried out: its {field_name} is not valid; edit it"
    if kind is FailureKind.EMAIL_NOT_RECORDED:
        return "The email is no longer in the assistant's records"
    if kind is FailureKind.SUGGESTION_MISSING:
        return f"Suggestion {failure.suggestion_id} does not exist"
    if kind is FailureKind.STORE_ERROR:
        return f"The assistant could not save its progress to its database; {_RETRY_LATER}"
    if kind is FailureKind.INTERNAL_ERROR:
        return f"The assistant hit an internal error ({failure.error_type}); {_RETRY_LATER}"
    if kind in _TODOIST_FAILURES:
        return _todoist_failure_reason(failure)
    if failure.legacy_text:
        return failure.legacy_text
    return f"Unexpected failure ({failure.error_type or 'no details'})"


def problem_text(err: BaseException, doing: str) -> str:
    """Say that `doing` ("delete the categories") failed, for an error a front end caught.

    Shown as they are: only errors marked `owner_worded` (ConfigError names the key and line,
    AuthError says how to sign in, InvalidInput names the refused field; their text is written
    for the owner). Graph, Todoist and store errors are worded by kind, anything else says what
    failed and where the details are. The raw text, which may carry a service's own message
    with markup or email text, goes to the log.
    """
    _LOG.warning("Could not %s: %s: %s", doing, type(err).__name__, err)
    if getattr(type(err), "owner_worded", False):
        return str(err)
    if isinstance(err, (GraphError, TaskBackendError, StoreError)):
        return f"Could not {doing}: {failure_text(classify_failure(err))}"
    return (
        f"Could not {doing}: the assistant hit an unexpected error ({type(err).__name__}); "
        f"{_RETRY_LATER}"
    )


def network_reason(err: BaseException) -> str:
    """Say in a few words why a connection failed: the OS's reason where there is one."""
    if isinstance(err, TimeoutError):
        return "no answer in time"
    wrapped = getattr(err, "os_error", None)  # aiohttp's connector errors wrap the OS error
    os_error = wrapped if isinstance(wrapped, OSError) else err
    if isinstance(os_error, OSError):
        # asyncio words a refused connect "Connect call failed (...)"; the errno says it plainly.
        if os_error.errno:
            return os.strerror(os_error.errno)
        if os_error.strerror:
            return os_error.strerror
    return f"the connection failed: {type(err).__name__}"


# --- access, sign-in and errors ---

REFUSAL = "This assistant is private: only its owner can use it."
SUGGESTION_GONE = "That suggestion no longer exists."
BEING_APPROVED = (
    "This suggestion is being approved right now. Click again in a moment to see the result."
)
ERROR = "Something went wrong; the details are in the assistant's log."


def already_handled(status: str) -> str:
    """Say that a click arrived after the suggestion was handled."""
    return f"Already {status}: nothing more to do."


def sign_in_needed(code: str) -> str:
    """Ask the owner to sign in to Microsoft 365 with a device code."""
    return f"Microsoft 365 needs you to sign in again. Enter the code {code} at"


SIGN_IN_FALLBACK = "Microsoft 365 needs you to sign in again."


def config_not_loaded(problem: str) -> str:
    """Say that a changed config.yaml was not loaded, and why (core's words, line by line)."""
    return (
        "config.yaml changed, but the new version was not loaded: the assistant keeps running "
        f"with the previous settings until the file is fixed.\n{problem}"
    )


def sign_in_expires(when: str) -> str:
    """Say when the device code expires."""
    return f"The code expires {when}. The assistant keeps running meanwhile."


# How to provide each credential or setting the service checks at start.
HOW_TO_FIX = {
    "SLACK_BOT_TOKEN": (
        "Export the Bot User OAuth Token (xoxb-…) from the Slack app's OAuth & Permissions page."
    ),
    "SLACK_APP_TOKEN": (
        "Socket Mode needs an app-level token (xapp-…) with the connections:write scope: create "
        "one under Basic Information > App-Level Tokens and export it."
    ),
    "SLACK_SIGNING_SECRET": (
        "HTTP mode verifies every request: export the Signing Secret from Basic Information > "
        "App Credentials."
    ),
    "slack.owner_user_ids": (
        "Add your Slack member ID (profile > ⋮ > Copy member ID) under slack.owner_user_ids in "
        "config.yaml: only the owners may use the assistant."
    ),
}


def slack_unreachable(api_base_url: str, cause: str) -> str:
    """Say that Slack could not be reached at start-up, and where to look."""
    return (
        f"cannot reach Slack at {api_base_url} ({cause}); "
        "check the network, a proxy, or slack.api_base_url in config.yaml"
    )


def missing_token(variable: str, how: str) -> str:
    """Say which Slack credential is missing and how to provide it."""
    return f"{variable} is not set. {how}"


# What each Slack token prefix is, to tell the owner which token they pasted instead.
TOKEN_KINDS = {
    "xoxb-": "a bot token",
    "xapp-": "an app-level token",
    "xoxp-": "a user token",
    "xoxe": "a token-rotation token",
}


def malformed_token(variable: str, prefix: str, value: str) -> str:
    """Say that a Slack credential fails our own format check (Slack was not asked)."""
    pasted = next((kind for start, kind in TOKEN_KINDS.items() if value.startswith(start)), None)
    what = f"this one is {pasted}" if pasted else "this one does not"
    return (
        f"{variable} must be {TOKEN_KINDS[prefix]} starting with {prefix}, but {what}. "
        "Check that the right token is in the right variable."
    )


def rejected_token(variable: str, error: str) -> str:
    """Say which Slack credential Slack refused."""
    return f"Slack rejected {variable} ({error}). Copy it again from the app's settings page."


def cannot_listen(host: str, port: int, errno_name: str, reason: str) -> str:
    """Say why HTTP mode could not open its port, and what to change."""
    if errno_name == "EADDRINUSE":
        return (
            f"port {port} on {host} is already in use (another program, or another "
            "outlook-assistant run, is listening there); stop it or set slack.port in config.yaml"
        )
    if errno_name == "EACCES":
        return (
            f"not allowed to listen on port {port} on {host} (ports below 1024 need privileges); "
            "set slack.port in config.yaml to 1024 or above"
        )
    return f"cannot listen on {host} port {port} ({reason}); check slack.host and slack.port"


# --- Todoist as the task backend: why an approval's Todoist task was not made ---

_TODOIST_FAILURES = frozenset(
    {
        FailureKind.TODOIST_TOKEN_REFUSED,
        FailureKind.TODOIST_THROTTLED,
        FailureKind.TODOIST_UNAVAILABLE,
        FailureKind.TODOIST_WRITE_UNCERTAIN,
        FailureKind.TODOIST_REFUSED,
    }
)


def _todoist_failure_reason(failure: Failure) -> str:
    kind = failure.kind
    if kind is FailureKind.TODOIST_TOKEN_REFUSED:
        return (
            "Todoist refused the API token: renew TODOIST_API_TOKEN (Todoist Settings > "
            "Integrations > Developer), restart the assistant, then retry"
        )
    if kind is FailureKind.TODOIST_THROTTLED:
        return f"Todoist is rate limiting us; retry in {failure.retry_after_s or 60} s"
    if kind is FailureKind.TODOIST_UNAVAILABLE:
        return "Todoist could not be reached; retry in a moment"
    if kind is FailureKind.TODOIST_WRITE_UNCERTAIN:
        return (
            "Todoist did not confirm the task; retry, and the assistant looks for it before "
            "creating it again"
        )
    code = " ".join(str(p) for p in (failure.status, failure.code) if p)
    return f"Todoist refused the task ({code or 'no details'})"
