"""Every sentence the Slack bot says, in one catalogue (docs/design.md §5).

Builders in `bot/slack/blocks/` and the listeners take their wording from here and never inline it.
Functions that take values return raw text: callers escape whatever came from an email, the
model or Outlook before it reaches Slack (`bot.slack.blocks.text`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from core.api import (
    NO_TASK,
    BackendSyncReport,
    Change,
    ChatReply,
    Check,
    CheckKind,
    Failure,
    FailureKind,
    NoteKind,
    OutcomeNote,
    Proposal,
    ReplyKind,
    Step,
    StepKind,
    SuggestionView,
    SyncProblemKind,
    TodoUnavailable,
    classify_failure,
)
from core.errors import GraphError, StoreError, TaskBackendError

_LOG = logging.getLogger(__name__)


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """Return a count with its noun in the right number: "1 email", "0 emails", "2 categories"."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


# --- the suggestion card ---

NO_SUBJECT = "(no subject)"
UNKNOWN_SENDER = "unknown sender"
UNKNOWN_TIME = "time unknown"
OPEN_IN_OUTLOOK = "Open in Outlook"
APPROVE = "Approve"
EDIT = "Edit"
DISMISS = "Dismiss"
RETRY = "Retry"
APPROVING = "Approving…"
DISMISSED_BY_YOU = "Dismissed by you"
LEFT_IN_INBOX = "Left in Inbox"
NEEDS_REVIEW = "Needs review: the classifier was not sure. Check it, then approve or edit."
APPROVAL_FAILED = "The approval did not finish, and no reason was recorded."

# The reason shown when a classification carries none, by its source.
REASON_BY_SOURCE = {
    "claude": "no reason given",
    "heuristic": "heuristic: Claude unavailable",
    "thread": "inherited from the thread",
}


def hidden_text_removed(count: int) -> str:
    """Say that invisible characters were taken out of the email (tag, zero-width, control)."""
    noun = "character" if count == 1 else "characters"
    return (
        f"Hidden text removed: {count} invisible {noun} in this email never reached the "
        "classifier or a task."
    )


def field(label: str, value: str) -> str:
    """Return one card field, e.g. "Folder: Projects/Tradecore Steel"."""
    return f"{label}: {value}"


FOLDER = "Folder"
PRIORITY = "Priority"
ACTION = "Action"
CONFIDENCE = "Confidence"
TASK = "Task"


def no_task(action_type: str) -> str:
    """Say that approving creates no To Do task."""
    return f"none for {action_type}"


def cost(usd: float) -> str:
    """Return a classification cost the way the card shows it."""
    if usd <= 0:
        return "no cost"
    return "under $0.0001" if usd < 0.00005 else f"${usd:.4f}"


def why(reason: str) -> str:
    """Return the card's reason line (the cost is appended separately)."""
    return f"Why: {reason}"


def low_confidence(confidence: float, threshold: float) -> str:
    """Warn that the classifier's confidence is below the configured threshold."""
    return (
        f"Low confidence ({confidence:.2f}, threshold {threshold:.2f}): "
        "check it, then approve or edit."
    )


def moved_to(folder: str) -> str:
    """Return the first part of an approval's result."""
    return f"Moved to {folder}"


def categories_applied(names: str) -> str:
    """Return the categories part of an approval's result."""
    return f"categories {names}"


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


def not_done(error: str) -> str:
    """Say that an approval failed and why, in plain words."""
    return f"Not done: {error}"


def card_fallback(subject: str, sender: str, folder: str) -> str:
    """Return the notification text of a new suggestion."""
    return f"Suggestion: {subject} from {sender} → {folder}"


def approving_fallback(subject: str) -> str:
    """Return the notification text while an approval runs."""
    return f"Approving: {subject}"


def approved_fallback(subject: str, folder: str) -> str:
    """Return the notification text of an approved suggestion."""
    return f"Approved: {subject} → {folder}"


def failed_fallback(subject: str) -> str:
    """Return the notification text of a failed approval."""
    return f"Approval failed: {subject}"


def dismissed_fallback(subject: str) -> str:
    """Return the notification text of a dismissed suggestion."""
    return f"Dismissed: {subject}"


# --- the edit modal ---

EDIT_TITLE = "Edit suggestion"
EDIT_SUBMIT = "Approve"
CANCEL = "Cancel"
PROJECTS = "Projects"
AREAS = "Areas"
INBOX = "Inbox"
PICK_FOLDER = "Pick a folder"
SEARCH_FOLDERS = "Type to search folders"
ACTION_TYPE = "Action type"
NOTE = "Why (optional)"
NOTE_PLACEHOLDER = "e.g. invoices from this sender always go to Finance"
NOTE_HINT = "Saved as the reason for this correction; later suggestions learn from it."
FOLDER_REQUIRED = "Pick a folder."
CHOICE_REQUIRED = "Pick one of the options."


def edit_context(sender: str, folder: str, priority: str, action_type: str) -> str:
    """Describe what was suggested, above the modal's fields."""
    return f"From {sender}. Suggested: {folder} · {priority} · {action_type}"


def unknown_folder(folder: str) -> str:
    """Say that a submitted folder is not in the taxonomy."""
    return f"‘{folder}’ is not a project or area folder in config.yaml; pick one from the list."


def note_too_long(limit: int) -> str:
    """Say that the note is too long."""
    return f"Keep the note under {limit} characters."


# --- /assistant cleanup ---

NO_ORPHANS = "No orphaned categories: every category belongs to the framework or to an area."
CLEANUP_PLACEHOLDER = "Pick categories to delete"
DELETE_SELECTED = "Delete selected"
CLEANUP_CONFIRM_TITLE = "Delete the selected categories?"
CLEANUP_CONFIRM = "Delete"
CLEANUP_DENY = "Keep them"
NOTHING_SELECTED = "Nothing deleted: no category was selected."
COLOUR_WARNING = "Deleting a category removes its colour from every item that has it."


def cleanup_intro(count: int) -> str:
    """Introduce the cleanup message."""
    noun = "category is" if count == 1 else "categories are"
    return (
        f"{count} Outlook {noun} neither a framework nor an area category. "
        "Pick the ones to delete; nothing is preselected."
    )


def cleanup_names(names: str) -> str:
    """List the orphans above the selects."""
    return f"Orphaned: {names}"


def cleanup_select_label(first: int, last: int, total: int) -> str:
    """Label one multi-select of the cleanup message."""
    return f"Categories {first}–{last} of {total}"


def cleanup_partial(shown: int, total: int) -> str:
    """Say that only some orphans fit in one message."""
    return (
        f"Showing {shown} of {total}: Slack limits how much one message holds. "
        "Delete these, then run `/assistant cleanup` again for the rest."
    )


def cleanup_confirm(names: str) -> str:
    """Return the confirm dialog's text around the list of candidate names."""
    return f"Deletes only the ones you picked from: {names}. {COLOUR_WARNING}"


def and_more(count: int) -> str:
    """Close a clipped list."""
    return f"and {count} more"


def deleted_categories(names: str, count: int) -> str:
    """Report a cleanup."""
    noun = "category" if count == 1 else "categories"
    return f"Deleted {count} {noun}: {names}."


def not_deleted(names: str) -> str:
    """Report categories that were picked but not deleted (already gone)."""
    return f"Not deleted (already gone): {names}."


# --- /assistant add ---

ADD_TITLE = "Add project or area"
ADD_SUBMIT = "Add"
KIND = "Type"
PROJECT = "Project"
AREA = "Area"
PROJECT_HINT = "Time-bound work with its own folder"
AREA_HINT = "Ongoing responsibility; gets an Outlook category"
NAME = "Name"
NAME_PLACEHOLDER = "e.g. Tradecore Steel"
FOLDER_PATH = "Folder path"
FOLDER_PATH_PLACEHOLDER = "Areas/<Name> or Projects/<Name>"
FOLDER_PATH_HINT = "Leave empty to use Areas/<Name> for an area or Projects/<Name> for a project."
KEYWORDS = "Keywords (optional)"
KEYWORDS_HINT = "Comma-separated, e.g. invoice, VAT, budget"
SENDERS = "Senders (optional)"
SENDERS_HINT = (
    "Comma-separated addresses or @domains, e.g. dana@tradecore.example, @tradecore.example"
)
DESCRIPTION = "Description (optional)"
DESCRIPTION_HINT = "A sentence or two that helps the classifier recognise this mail."
NAME_REQUIRED = "Enter a name."
INBOX_RESERVED = "Inbox is where unsorted mail stays; choose another folder."
DISPOSAL_FOLDER = "Deleted Items, Junk Email and Recoverable Items cannot hold a project or area."


def name_taken(other: str) -> str:
    """Say that the name is already used."""
    return f"‘{other}’ already exists in config.yaml; choose another name."


def name_reserved(framework: str) -> str:
    """Say that the name is a framework category."""
    return f"‘{framework}’ is a framework category; choose another name."


def folder_taken(folder: str, owner: str) -> str:
    """Say that another entry already uses the folder."""
    return f"{folder} already belongs to ‘{owner}’; choose another folder."


def added(kind: str, name: str) -> str:
    """Headline of the add result."""
    return f"Added {kind} {name}."


def written_to_config(section: str) -> str:
    """Say where the entry went."""
    return f"Written to config.yaml under {section} (comments kept)."


def folder_result(folder: str, created: bool) -> str:
    """Say what happened to the folder."""
    return f"Folder {folder}: " + ("created in Outlook." if created else "already existed.")


def category_result(name: str | None, created: bool) -> str:
    """Say what happened to the area's category."""
    if name is None:
        return "No category: projects use their folder only."
    return f"Category {name}: " + ("created." if created else "already existed.")


# --- /assistant status ---

STATUS_TITLE = "Assistant status"
NEVER = "never"
NOT_SCHEDULED = "not scheduled"
TODO_UNKNOWN = "not checked yet"
NOT_SIGNED_IN = "not signed in: the next sync asks for a sign-in"


def pending_summary(pending: int, failed: int) -> str:
    """Say how many suggestions wait for the owner."""
    extra = f" ({failed} failed, waiting for a retry)" if failed else ""
    return f"{pending} pending{extra}"


def resolved_summary(approved: int, dismissed: int) -> str:
    """Say how many suggestions were handled so far."""
    return f"{approved} approved, {dismissed} dismissed"


def todo_state(enabled: bool | None, reason: str | None) -> str:
    """Say whether To Do tasks are created, and why not."""
    if enabled is None:
        return TODO_UNKNOWN
    if enabled:
        return "on"
    return "off" + (f": {reason}" if reason else "")


def signed_in(account: str) -> str:
    """Say who the assistant is signed in as."""
    return f"signed in as {account}"


def missing_scopes(scopes: str) -> str:
    """Say which permissions the sign-in lacks."""
    return f"missing permissions: {scopes}"


def today_summary(count: int, usd: float, sources: str) -> str:
    """Say what classification cost today."""
    by = f" ({sources})" if sources else ""
    return f"{counted(count, 'classification')}{by}, {cost(usd)}"


STATUS_LABELS = {
    "pending": "Pending",
    "handled": "Handled",
    "last_sync": "Last sync",
    "next_sync": "Next sync",
    "todo": "To Do",
    "login": "Microsoft 365",
    "token": "Token expires",
    "classifier": "Classifier",
    "today": "Today",
}


def status_fallback(pending: int) -> str:
    """Return the notification text of the status message."""
    return f"Assistant status: {pending} pending"


# --- /assistant bootstrap ---


def categories_ready(total: int, created: int, existed: int) -> str:
    """Report a bootstrap's counts."""
    return f"Categories ready: {total} ({created} created, {existed} already existed)."


def orphans_found(count: int) -> str:
    """Point at the cleanup when orphans exist."""
    noun = "category" if count == 1 else "categories"
    return f"{count} orphaned {noun} found — run `/assistant cleanup` to review them."


def colours_kept(count: int) -> str:
    """Say that existing categories kept the owner's colours."""
    noun = "category keeps" if count == 1 else "categories keep"
    return f"{count} existing {noun} your colour."


# --- help ---

HELP_TITLE = "What `/assistant` can do"
HELP_LINES = (
    ("/assistant status", "pending count, last sync, To Do, sign-in and today's cost"),
    ("/assistant today", "today's meetings from every calendar, free slots and tasks due"),
    ("/assistant bootstrap", "create the priority, action and area categories that are missing"),
    ("/assistant cleanup", "review orphaned categories and delete the ones you pick"),
    ("/assistant add", "add a project or area (opens a form)"),
    ("/assistant help", "this list"),
)
HELP_DM = "Or send me a direct message, e.g. “what is pending?” or “explain the Tradecore email”."
HELP_FALLBACK = "/assistant status · today · bootstrap · cleanup · add · help"


def unknown_subcommand(name: str) -> str:
    """Say that a subcommand does not exist."""
    return f"There is no `/assistant {name}`."


# --- bursts ---


def burst_summary(total: int, confident: int, rest: int, threshold: float) -> str:
    """Summarise a burst of new suggestions."""
    return (
        f"{counted(total, 'new email')} triaged: {confident} high confidence (≥ {threshold:.2f}), "
        f"{rest} need a look"
    )


def burst_progress(
    total: int,
    *,
    approved: int,
    shown: int,
    elsewhere: int,
    confident: int,
    rest: int,
    threshold: float,
) -> str:
    """Summarise a burst after some of it was approved, shown or decided elsewhere."""
    done = [
        text
        for count, text in (
            (approved, f"{approved} approved"),
            (shown, f"{shown} shown below"),
            (elsewhere, f"{elsewhere} decided elsewhere"),
        )
        if count
    ]
    waiting = [
        text
        for count, text in (
            (confident, f"{confident} high confidence (≥ {threshold:.2f}) waiting"),
            (rest, f"{rest} need a look"),
        )
        if count
    ]
    parts = "; ".join(part for part in (", ".join(done), ", ".join(waiting)) if part)
    return f"{counted(total, 'new email')} triaged: {parts or 'none left'}"


def review_confident(count: int) -> str:
    """Label the button that posts the high-confidence suggestions one by one."""
    return f"Review the {count} one by one"


def approve_all(count: int) -> str:
    """Label the approve-all button."""
    return "Approve the 1 high-confidence" if count == 1 else f"Approve all {count} high-confidence"


def show_rest(count: int) -> str:
    """Label the button that posts the remaining suggestions one by one."""
    return f"Show the {count}"


def approve_all_title(count: int) -> str:
    """Title the approve-all confirm dialog."""
    return f"Approve {counted(count, 'suggestion')}?"


def approve_all_text(items: str) -> str:
    """Return the approve-all confirm text around the list of suggestions."""
    return f"Each email is moved and categorised as suggested: {items}"


def burst_capped(count: int, total: int) -> str:
    """Say that a button covers only the first suggestions."""
    return f"The button covers the first {count} of {total}; the others stay pending."


# --- the DM assistant ---

CONFIRM = "Confirm"
CONFIRMED = "Confirmed by you"
CANCELLED = "Cancelled: nothing was changed"


def chat_fallback(summary: str) -> str:
    """Return the notification text of a proposal."""
    return f"Confirm? {summary}"


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


# --- the console (`review`, `demo`) ---

# Each key acts on one press, no Enter: (key, word, what it does).
REVIEW_KEYS = (
    ("a", "approve", "move, categorise and create the task as suggested"),
    ("e", "edit", "change folder, priority, action type, task or note, then approve"),
    ("d", "dismiss", "leave the email as it is; nothing changes in Outlook"),
    ("s", "skip", "leave it pending and go to the next"),
    ("r", "retry", "retry an approval that failed (shown on failed ones)"),
    ("q", "quit", "stop; the rest stay pending"),
)


def review_keys_line() -> str:
    """Return the keys on one line, e.g. for a command's one-line help."""
    return " · ".join(f"{key} {word}" for key, word, _ in REVIEW_KEYS)


def review_keys_help() -> str:
    """Return every key with what it does, for `--help`."""
    lines = [f"  {key}  {word:<8} {what}" for key, word, what in REVIEW_KEYS]
    return (
        "Keys (a single press acts, no Enter needed):\n"
        + "\n".join(lines)
        + "\nAfter e, the folder, priority and action type are picked by number and the note"
        "\nis typed, each ended with Enter (Enter alone keeps the current value)."
    )


def quit_early(database_kept: bool) -> str:
    """Say what happens to the suggestions left when the owner quit early."""
    if database_kept:
        return "You quit early; the rest stay pending for next time."
    return (
        "You quit early; the rest stay pending only until the demo ends: its database is "
        "temporary (--data-dir keeps it)."
    )


# --- task sync (`outlook-assistant tasks sync`, the task-sync job) ---

_SYNC_PROBLEMS: dict[SyncProblemKind, str] = {
    "sign_in": "Microsoft 365 refused the sign-in; run `outlook-assistant login`",
    "todoist_token": (
        "Todoist refused the API token; renew TODOIST_API_TOKEN (Todoist: Settings > "
        "Integrations > Developer), set it in the environment and restart"
    ),
    "throttled": "the service is throttling requests",
    "unavailable": "the service could not be reached",
    "failed": "the service answered with an error (see the log)",
}


def task_sync_line(report: BackendSyncReport) -> str:
    """Say what one backend's task-sync pass did, on one line."""
    if report.problem is not None:
        return (
            f"{report.label}: not synced: {_SYNC_PROBLEMS[report.problem.kind]}; "
            "nothing was lost, the next pass picks up from the same place"
        )
    if report.no_container:
        return f"{report.label}: no tasks yet (the assistant's list is made on the first task)"
    done = [
        counted(n, word, word)
        for n, word in (
            (report.completed, "completed"),
            (report.reopened, "reopened"),
            (report.edited, "edited"),
            (report.deleted, "deleted"),
        )
        if n
    ]
    what = ", ".join(done) if done else "nothing changed"
    extras = [counted(report.requests, "request")]
    if report.full_resync:
        extras.append("full resync")
    if report.dismissed:
        extras.append(f"{counted(report.dismissed, 'suggestion')} dismissed")
    if report.flags_updated:
        extras.append(f"{counted(report.flags_updated, 'email flag')} updated")
    return f"{report.label}: {what} ({', '.join(extras)})"


def task_sync_off() -> str:
    """Say that no task backend is on, so there is nothing to sync."""
    return "No task backend is on (integrations.todo or integrations.todoist); nothing to sync."


# task backends in the front ends

# What the owner calls each task backend (its `TaskBackend.label` says the same).
BACKEND_LABELS = {"todo": "To Do", "todoist": "Todoist"}
NO_TASK_CHOICE = "No task"
TASK_CHOICE = "Task"
TASK_BACKENDS = "Tasks"
TASK_CHOICE_REFUSED = "Pick No task or one of the task services offered."


def backend_label(name: str | None, label: str | None = None) -> str:
    """Return a backend's name for the owner: its own label, else ours for its config name."""
    return label or BACKEND_LABELS.get(name or "todo", name or "To Do")


def task_choice_label(choice: str) -> str:
    """Return what the Edit form calls a task choice: "No task", "To Do", "Todoist"."""
    return NO_TASK_CHOICE if choice == NO_TASK else backend_label(choice)


TASKS_CREATED = "Tasks created"


def tasks_created(by_backend: Mapping[str, int]) -> str:
    """Say how many tasks a session created, per backend: "2 (1 in To Do, 1 in Todoist)"."""
    total = sum(by_backend.values())
    if len(by_backend) < 2:
        where = "".join(f" in {name}" for name in by_backend)
        return f"{total}{where}"
    parts = ", ".join(f"{count} in {name}" for name, count in sorted(by_backend.items()))
    return f"{total} ({parts})"


def task_created_in(backend: str, title: str) -> str:
    """Return the task part of an approval's result, e.g. "Task created in Todoist: Reply …"."""
    return f"Task created in {backend}: {title}"


def open_task_in(backend: str) -> str:
    """Return the label of the link that opens the task in its service."""
    return f"Open in {backend}"


def task_choice_hint(action_types: Sequence[str]) -> str:
    """Explain the preselected task choice: it follows the action type, the owner may override."""
    made = ", ".join(action_types) if action_types else "no action type"
    return (
        f"Preselected from the action type (config.yaml creates tasks for: {made}). "
        "Your pick here wins."
    )


def backend_problem(
    *, configured: bool, off_reason: str | None, last_failure: Failure | None
) -> str | None:
    """Say what is wrong with one task backend, if anything."""
    if not configured:
        return "not set up in this process: restart the assistant to use it"
    if off_reason is not None:
        return f"switched off at start: {todo_unavailable(off_reason)}"
    if last_failure is not None:
        return failure_text(last_failure)
    return None


def backend_health(*, active: bool, configured: bool, problem: str | None, open_tasks: int) -> str:
    """Say how one task backend is: set up or not, where new tasks go, its problem, open tasks."""
    state = "set up" if configured else "not set up"
    where = ", new tasks go here" if active else ""
    trouble = f"\nLast problem: {problem}" if problem else ""
    return f"{state}{where} · {counted(open_tasks, 'open task')}{trouble}"


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


# --- the demo's task backend: where approvals create their tasks ---


def demo_task_backend(todoist_url: str | None) -> str:
    """Say where the demo's approvals create their tasks."""
    if todoist_url is None:
        return "Tasks: Microsoft To Do, in the Graph emulator (--task-backend todoist for Todoist)"
    return f"Tasks: Todoist, in the Todoist emulator at {todoist_url}"


DEMO_TODO_LIST = "AI Assistant"  # the sample config's integrations.todo.list_name


def demo_tasks_in_todo(count: int) -> str:
    """Say how many tasks the demo's approvals made in To Do."""
    return f"{counted(count, 'task')} in the To Do list '{DEMO_TODO_LIST}'"


def demo_tasks_in_todoist(count: int, projects: list[str], in_todo: int) -> str:
    """Say how many tasks the demo's approvals made in Todoist, where, and none in To Do."""
    where = ", ".join(f"'{name}'" for name in projects) or "no project"
    return (
        f"{counted(count, 'task')} in the Todoist project {where}; "
        f"{counted(in_todo, 'task')} in To Do"
    )


def demo_todoist_task(content: str, api_priority: int, labels: list[str], due: str | None) -> str:
    """Describe one Todoist task the demo made (priority as the Todoist app shows it)."""
    tags = " ".join(f"@{label}" for label in labels)
    return f"P{5 - api_priority} {content}  {tags}" + (f"  due {due}" if due else "")


def demo_todoist_requests(count: int) -> str:
    """Say how many requests the demo sent Todoist."""
    return f"Todoist requests in total: {count}"


# meeting invitations

MEETING_CANCELLED = "Cancelled"
MEETING_TIME_UNKNOWN = "time not given"


def meeting_line(when: str, *, cancelled: bool) -> str:
    """Say when an invitation's meeting is, or that it was cancelled (`when` is ready text)."""
    if cancelled:
        return f":x: {MEETING_CANCELLED}: meeting {when}"
    return f":calendar: Meeting {when}"


def meeting_all_day(day: str) -> str:
    """Describe an all-day meeting's day."""
    return f"{day}, all day"


def meeting_span(start: str, end: str) -> str:
    """Describe a meeting's start and end (both ready text)."""
    return f"{start} – {end}"


def meeting_when(
    view: SuggestionView, start: Callable[[datetime], str], end: Callable[[datetime], str]
) -> str:
    """Say when the view's meeting is, its start and end written by `start` and `end`."""
    meeting = view.meeting
    if meeting is None or meeting.start is None:
        return MEETING_TIME_UNKNOWN
    if meeting.all_day:
        # An all-day meeting is a calendar day, not an instant: no zone may shift it.
        return meeting_all_day(f"{meeting.start:%a %d %b %Y}")
    when = start(meeting.start)
    return when if meeting.end is None else meeting_span(when, end(meeting.end))


def meeting_details(view: SuggestionView) -> list[str]:
    """Return the meeting's location and organizer lines: untrusted text, for callers to escape."""
    meeting = view.meeting
    if meeting is None:
        return []
    lines = [f"Location: {meeting.location}"] if meeting.location.strip() else []
    organizer = meeting.organizer_name.strip() or meeting.organizer_address.strip()
    if organizer:
        lines.append(f"Organizer: {organizer}")
    return lines


def terminal_meeting_line(when: str, *, cancelled: bool) -> str:
    """Say in the terminal when a meeting is, or that it was cancelled."""
    return f"{MEETING_CANCELLED}: meeting {when}" if cancelled else f"Meeting {when}"


# --- the terminal console (`review`, `demo`, `bootstrap`): what the console says ---

START_TITLE = "Start"
TRIAGE_TITLE = "Triage"
SUMMARY_TITLE = "Summary"
IDS_ALREADY_MIGRATED = "Immutable ids: already migrated"
IDS_NOTHING_TO_MIGRATE = "Immutable ids: nothing to migrate (new database)"
HEURISTIC_CLASSIFIES = "ANTHROPIC_API_KEY is not set: the offline heuristic classifier suggests."
SYNC_THE_INBOX = "sync the inbox"  # what failed, for `problem_text`
APPLY_THE_EDIT = "apply the edit"
NOTHING_TO_REVIEW = "Nothing to review: no suggestion is pending."
NOTHING_CHANGED = "Nothing changed; back to the card."
GONE = "gone"
UNKNOWN_ERROR = "unknown error"
NO_ANSWER = "No answer; stopping the review. Nothing else was changed."
NOTE_PROMPT = "Note for the record (optional, Enter for none):"


def ids_translated(total: int, translated: int) -> str:
    """Report the immutable-id migration's counts."""
    return f"Immutable ids: {total} checked, {translated} translated"


def todo_available(list_name: str) -> str:
    """Say that To Do works and which list is the assistant's."""
    return f"To Do available; the assistant's list is '{list_name}'"


def todo_off(reason: str | None) -> str:
    """Say why To Do is switched off."""
    return f"To Do off: {reason}"


def bootstrapped(total: int, created: int, existed: int) -> str:
    """Report the start-up's category bootstrap."""
    return (
        f"Bootstrapped {counted(total, 'category', 'categories')} "
        f"({created} created, {existed} already existed, colours kept)"
    )


def unmanaged_categories(names: Sequence[str]) -> str:
    """Name the categories the assistant does not manage, and that none is deleted unasked."""
    listed = ", ".join(f"'{name}'" for name in names)
    return (
        f"{counted(len(names), 'category', 'categories')} the assistant does not manage; "
        "nothing is deleted without your confirmation (`outlook-assistant bootstrap`): "
        f"{listed}"
    )


def start_up_took(requests: int) -> str:
    """Say how many Graph requests the start-up made."""
    return f"start-up took {counted(requests, 'Graph request')}"


def claude_classifies(model: str) -> str:
    """Say that Claude classifies, with which model."""
    return f"ANTHROPIC_API_KEY is set: Claude ({model}) classifies."


def reviewing_stored(reason: str) -> str:
    """Say that the sync failed and the review goes on with what is stored."""
    return f"{reason}; reviewing what is already stored"


def by_source(counts: Mapping[str, int]) -> str:
    """List how many classifications each source made, e.g. "3 by claude, 1 by thread"."""
    return ", ".join(f"{n} by {source}" for source, n in sorted(counts.items()))


def triaged(new_emails: int, classified: int, sources: str, requests: int, cost_usd: float) -> str:
    """Report a triage pass: emails synced, classified (by whom), Graph requests, Claude cost."""
    return (
        f"{counted(new_emails, 'new email')} synced, {classified} classified"
        + (f" ({sources})" if sources else "")
        + f", {counted(requests, 'Graph request')}"
        + (f", ${cost_usd:.4f} of Claude" if cost_usd else "")
    )


def not_classified(failures: int) -> str:
    """Say how many emails could not be classified."""
    return f"{counted(failures, 'email')} could not be classified; the next pass retries"


def no_terminal_to_ask(pending: int) -> str:
    """Say that without a terminal the suggestions stay pending."""
    return (
        f"No terminal to ask: {counted(pending, 'suggestion')} left pending. "
        "Run this in a terminal to review them."
    )


def review_start(count: int) -> str:
    """Say how many suggestions wait, before the first card."""
    return f"{counted(count, 'suggestion')} to review. Press any key to start."


def approving_confident(chosen: int, total: int, min_confidence: float) -> str:
    """Say which suggestions the unattended run approves and that the rest stay pending."""
    return (
        f"{chosen} of {counted(total, 'suggestion')} "
        f"{'has' if chosen == 1 else 'have'} confidence >= {min_confidence:.2f}, "
        "need no review and leave the Inbox: approving them. The rest stay pending."
    )


# The summary's row labels.
SUMMARY_APPROVED = "Approved"
SUMMARY_DISMISSED = "Dismissed"
SUMMARY_SKIPPED = "Skipped"
SUMMARY_FAILED = "Failed"
SUMMARY_STILL_PENDING = "Still pending"
SUMMARY_CATEGORIES_CREATED = "Categories created"
SUMMARY_GRAPH_REQUESTS = "Graph requests made"
SUMMARY_CLAUDE_TOKENS = "Claude tokens"
SUMMARY_CLAUDE_COST = "Claude cost"
SUMMARY_CLASSIFIED = "Classified"
CLAUDE_NOT_ASKED = "0 (Claude was not asked)"


def session_cost(usd: float) -> str:
    """Give what Claude cost this session, to the hundredth of a cent."""
    return f"${usd:.4f}"


def claude_tokens(input_tokens: int, cache_read_tokens: int, output_tokens: int) -> str:
    """Give the session's Claude tokens: in (of which from cache) and out."""
    return f"{input_tokens:,} in ({cache_read_tokens:,} from cache), {output_tokens:,} out"


def changed_meanwhile(suggestion_id: int, status: str) -> str:
    """Say that a suggestion was decided elsewhere while the console showed others."""
    return f"Suggestion {suggestion_id} is {status} meanwhile; next."


def with_requests(outcome: str, requests: int) -> str:
    """Follow an outcome with the Graph requests it took."""
    return f"→ {outcome} · {counted(requests, 'Graph request')}"


def previous(line: str) -> str:
    """Repeat the last outcome on top of a fresh screen."""
    return f"Previous: {line}"


def suggestion_heading(index: int, total: int) -> str:
    """Head one card: which of how many."""
    return f"Suggestion {index} of {total}"


def console_low_confidence(confidence: float, threshold: float) -> str:
    """Warn that the confidence is below the threshold, and that e edits."""
    return f"Low confidence ({confidence:.2f} < {threshold:.2f}): check it, or press e"


def last_approval_failed(reason: str) -> str:
    """Say why the last approval failed and that r retries it."""
    return f"The last approval failed: {reason}; r retries it"


def key_prompt(keys: Sequence[str], suggested: str) -> str:
    """Offer the keys that act on this card, with the suggested one."""
    words = {key: word for key, word, _ in REVIEW_KEYS}
    menu = " · ".join(f"{key} {words[key]}" for key in keys)
    return f"{menu} (suggested: {suggested}) >"


def not_a_key(answer: str, keys: Sequence[str]) -> str:
    """Refuse an answer that is no key here, naming the keys."""
    return f"'{answer}' is not a key here: press one of {', '.join(keys)}"


def press_a_key(suggested: str) -> str:
    """Answer a blank answer: one press is enough."""
    return f"Press a key; no Enter needed (suggested: {suggested})."


def choice_intro(label: str, current: str) -> str:
    """Introduce numbered choices and what Enter keeps."""
    return f"{label} (Enter keeps {current}):"


def choice_prompt(label: str) -> str:
    """Ask for the number of a choice."""
    return f"{label} number:"


def not_a_choice(label: str, answer: str, count: int, current: str) -> str:
    """Refuse an answer that names no choice, saying what would do."""
    return (
        f"{label}: '{answer}' is not one of the choices; type a number from 1 to "
        f"{count}, or Enter to keep {current}"
    )


def console_note_too_long(length: int, limit: int) -> str:
    """Say how long the note is and how long it may be."""
    return f"The note has {length} characters; keep it to {limit}"


def found_unmanaged(count: int) -> str:
    """Introduce the list of categories the assistant does not manage."""
    return f"Found {counted(count, 'category', 'categories')} not managed by the assistant:"


NOTHING_DELETED = "Nothing deleted."
NOTHING_DELETED_NO_TERMINAL = (
    "Nothing deleted. Run `outlook-assistant bootstrap` in a terminal to review them."
)
DELETE_ORPHANS = "Delete these categories? (y/N/select individually) [y/N/s]"


def delete_one(name: str) -> str:
    """Ask about one category when the owner selects individually."""
    return f"Delete '{name}'? [y/N]"


def deleted_orphans(names: Sequence[str]) -> str:
    """Report the deleted categories and what happens to the items that had them."""
    listed = ", ".join(f"'{name}'" for name in names)
    return f"Deleted {len(names)}: {listed}. Items that had them keep the name without a colour."


# calendars in the front ends

CALENDARS_OFF = (
    "No calendar is on: add a calendars.outlook or calendars.google section to config.yaml "
    "(README: Calendars)."
)
CALENDAR_TODAY_TITLE = "Today"
CALENDAR_NO_MEETINGS = "No meetings."
CALENDAR_NO_FREE = "No free half hour in working hours."
CALENDAR_FREE_TITLE = "Free"
CALENDAR_TASKS_TITLE = "Tasks due"
CALENDAR_ALL_DAY = "all day"
CALENDAR_CANCELLED = "cancelled"
CALENDAR_UNTITLED = "(no title)"
CALENDAR_TASK_UNTITLED = "(a task whose email is gone)"
CALENDAR_LABELS = {"outlook": "Outlook", "google": "Google Calendar"}


def calendar_label(provider: str) -> str:
    """The name a front end gives an event's provider."""
    return CALENDAR_LABELS.get(provider, provider)


def calendar_day_heading(day: str, time_zone: str) -> str:
    """Name the day an agenda shows ("Friday 4 December 2026") and the zone of its times."""
    return f"{day} ({time_zone})"


def calendar_problem(label: str, message: str) -> str:
    """Say that one calendar could not answer, so what is shown may miss its events."""
    return f"{label} could not be read ({message}); its events are missing here."


def calendar_all_failed(count: int) -> str:
    """Say that no calendar answered."""
    if count == 1:
        return "The calendar could not be read."
    return f"None of the {count} calendars could be read."


def calendar_free_heading(minutes: int, day: str, time_zone: str) -> str:
    """Head the free-slot list of `calendar free` (`day` as "Friday 4 December 2026")."""
    return f"Free {minutes} min on {day} ({time_zone}):"


def calendar_no_slot(minutes: int) -> str:
    """Say that no slot of that length is free in working hours."""
    return f"No free {minutes} minutes in working hours that day."


def calendar_slot_line(start: str, end: str, minutes: int) -> str:
    """One free stretch: its clock times and its length."""
    return f"{start}–{end} ({minutes} min free)"


def calendar_more(count: int) -> str:
    """End a cut list of meetings."""
    return f"…and {counted(count, 'more meeting')}"


def calendar_tasks_due(count: int) -> str:
    """Head the tasks due today."""
    return f"{counted(count, 'task')} due"


def calendar_today_fallback(meetings: int, free: int) -> str:
    """The notification text of `/assistant today`."""
    return f"Today: {counted(meetings, 'meeting')}, {counted(free, 'free slot')}"


def calendar_clash(first: str, first_label: str, second: str, second_label: str) -> str:
    """Say that two meetings take the same time."""
    return f"Clash: {first} ({first_label}) overlaps {second} ({second_label})"


def calendar_first_slot(minutes: int, start: str, end: str) -> str:
    """Name the first free slot of a length the search found."""
    return f"First free {minutes} minutes that no calendar marks busy: {start}–{end}"


DEMO_CALENDARS_TITLE = "5. Your calendars: Outlook and Google Calendar, merged"


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
        detail += "; " + "; ".join(str(p) for p in problems)
    return detail


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


# --- the DM assistant ---

# What the assistant itself says; Claude's own answers and offline facts are shown as they come.
CHAT_WORDS: dict[ReplyKind, str] = {
    ReplyKind.NOTHING_TO_ADD: "I have nothing to add.",
    ReplyKind.TOO_MANY_ROUNDS: (
        "I stopped after too many steps; ask me again, a bit more precisely."
    ),
    ReplyKind.REFUSED: "Claude declined to answer that one.",
    ReplyKind.CLAUDE_KEY_REJECTED: "Sorry, Claude rejected the API key; check ANTHROPIC_API_KEY.",
    ReplyKind.CLAUDE_BUSY: "Sorry, Claude is busy right now. Please try again in a minute.",
    ReplyKind.CLAUDE_UNREACHABLE: "Sorry, I could not reach Claude. Please try again in a minute.",
    ReplyKind.CLAUDE_FAILED: (
        "Sorry, Claude could not answer that; the details are in the assistant's log."
    ),
    ReplyKind.EMPTY: "Say what you need: for example 'what is pending?'",
    ReplyKind.NO_KEY_HELP: (
        "The DM assistant needs ANTHROPIC_API_KEY to chat. Without it I answer three words: "
        '"status", "pending" and "tasks". Approve, edit and dismiss with the buttons on the '
        "suggestion cards, and use /assistant for the rest."
    ),
    ReplyKind.EXPIRED: "That proposal has expired (or the assistant restarted). Ask me again.",
    ReplyKind.NOT_YOURS: "Only the person who asked for this can confirm or cancel it.",
    ReplyKind.ALREADY_RUNNING: "That is already running.",
    ReplyKind.ALREADY_DONE: "That was already done.",
    ReplyKind.ALREADY_CANCELLED: "That was cancelled; ask me again if you still want it.",
    ReplyKind.CANCELLED: "Cancelled. Nothing was changed.",
    ReplyKind.FAILED: "Something went wrong while doing that; see the assistant's log.",
}
CHAT_CUT_SHORT = "My answer was cut short; ask again."


def chat_text(reply: ChatReply) -> str:
    """Return what the DM assistant says for `reply`: Claude's words, the facts, or ours."""
    kind = reply.kind
    if kind in (ReplyKind.ANSWER, ReplyKind.OFFLINE):
        return reply.text
    if kind is ReplyKind.PENDING:
        return _chat_pending(reply)
    if kind is ReplyKind.TASKS:
        return _chat_tasks(reply)
    if kind is ReplyKind.CUT_SHORT:
        return f"{reply.text} …(cut short)" if reply.text else CHAT_CUT_SHORT
    if kind is ReplyKind.DONE:
        return "\n".join(chat_step_text(step) for step in reply.steps)
    return CHAT_WORDS[kind]


def _chat_pending(reply: ChatReply) -> str:
    lines = [f"• {s.cited} → {s.values} ({s.confidence or 0:.2f})" for s in reply.listed]
    return _chat_list(reply, "Nothing is pending.", f"{reply.total} pending:", lines)


def _chat_tasks(reply: ChatReply) -> str:
    lines = [f"• {t.cited}{f' {t.link}' if t.link else ''}" for t in reply.listed]
    empty = "No open tasks: every task the assistant created is done or gone."
    return _chat_list(reply, empty, f"{reply.total} open task(s):", lines)


def _chat_list(reply: ChatReply, empty: str, head: str, lines: list[str]) -> str:
    if not lines:
        return empty
    more = reply.total - len(reply.listed)
    return "\n".join([head, *lines, *([f"… and {more} more."] if more > 0 else [])])


def chat_step_text(step: Step) -> str:
    """Say what one step of a confirmed proposal did."""
    kind, cited, number = step.kind, step.cited, step.number
    if kind is StepKind.GONE:
        return f"#{number} no longer exists."
    if kind is StepKind.ALREADY_DECIDED:
        return f"{cited} is already {step.status}; nothing was done."
    if kind is StepKind.NOT_DONE:
        if getattr(type(step.problem), "owner_worded", False):
            return f"{cited}: not done, {step.problem}."
        return f"{cited}: {_chat_problem(step.problem, 'change it')}"
    if kind is StepKind.APPROVED:
        task = f'; To Do task "{step.task_title}" created' if step.task_title else ""
        return f"Approved {cited}: filed in {step.folder}{task}."
    if kind is StepKind.DISMISSED:
        failure = f" {failure_text(step.failure)}" if step.failure else ""
        return f"Dismissed {cited}; the email stays where it is.{failure}"
    if kind is StepKind.APPROVAL_FAILED:
        reason = failure_text(step.failure) if step.failure else _RETRY_LATER
        return f"Approving {cited} failed: {reason}"
    if kind is StepKind.ALREADY_HANDLED:
        return f"{cited} was already handled; nothing was done."
    return _chat_task_text(step) or _chat_added_text(step)


def _chat_task_text(step: Step) -> str:
    kind, number = step.kind, step.number
    not_completed = f"Task {number} was not completed"
    if kind is StepKind.TASK_COMPLETED:
        return f"Completed task {number} in {step.backend}."
    if kind is StepKind.TASK_MISSING:
        return f"{not_completed}: there is no task {number}."
    if kind is StepKind.TASK_ALREADY:
        return f"{not_completed}: task {number} is already {step.status}."
    if kind is StepKind.TASK_BACKEND_OFF:
        return f"{not_completed}: its backend ({step.backend}) is not set up in this configuration."
    if kind is StepKind.TASK_NOT_COMPLETED:
        return _chat_problem(step.problem, f"complete task {number} in {step.backend}")
    return ""


def _chat_added_text(step: Step) -> str:
    added = step.added
    if step.kind is StepKind.NOT_ADDED or added is None:
        return _chat_problem(step.problem, f'add {step.entry_kind} "{step.entry_name}"')
    done = [f'Added {added.kind} "{added.name}" ({added.folder}) to config.yaml']
    done.append("created its folder" if added.folder_created else "its folder already existed")
    if added.category:
        done.append(
            f'created the category "{added.category}"'
            if added.category_created
            else f'the category "{added.category}" already existed'
        )
    return "; ".join(done) + ". New mail is filed with it from the next triage pass."


def _chat_problem(err: BaseException | None, doing: str) -> str:
    """Say that `doing` failed: an owner-worded error as it is, any other by its kind."""
    if err is None:
        return f"Could not {doing}; {_RETRY_LATER}."
    if getattr(type(err), "owner_worded", False):
        return f"Could not {doing}: {err}"
    return problem_text(err, doing)


_PROPOSAL_LINES = 5


def proposal_text(proposal: Proposal) -> str:
    """Return the confirmation prompt of a change the assistant proposes."""
    kind, cited = proposal.kind, proposal.cited
    if kind == "approve":
        pairs = zip(cited, proposal.values, strict=True)
        return "Approve:\n" + _bullets([f"{c} → {v}" for c, v in pairs])
    if kind == "dismiss":
        return "Dismiss (the emails stay where they are):\n" + _bullets(list(cited))
    if kind == "reclassify":
        changes = "; ".join(_change_text(change) for change in proposal.changes)
        return f"Approve {cited[0]} with changes: {changes}."
    if kind == "complete_task":
        return f"Mark {cited[0]} done in {proposal.backend}."
    entry, name, folder = proposal.args.get("kind", "project"), cited[0], proposal.values[0]
    steps = ["writes config.yaml", f"creates the Outlook folder {folder} if missing"]
    if entry == "area":
        steps.append(f'creates the category "{name}"')
    return f'Add {entry} "{name}" in {folder} ({", ".join(steps)}).'


def _change_text(change: Change) -> str:
    if change.field == "create_task":
        return "create a task" if change.after == "yes" else "no task"
    if change.field == "task_backend":
        return "no task" if change.after == "none" else f"the task in {change.after}"
    return f"{change.field.replace('_', ' ')} {change.before} → {change.after}"


def _bullets(lines: list[str]) -> str:
    shown = lines[:_PROPOSAL_LINES]
    if len(lines) > len(shown):
        shown.append(f"… and {len(lines) - len(shown)} more")
    return "\n".join(f"• {line}" for line in shown)


# calendar blocks

BLOCK_BUTTON = "Block 30 min"
BLOCK_CONFIRM = "Confirm"
BLOCK_CANCEL = "Cancel"
BLOCK_CANCELLED = "No time blocked."
OPEN_BLOCK = "Open the event"


def block_proposal(slot: str, calendar: str) -> str:
    """Ask whether to block the proposed slot (`slot` is Slack date markup, `calendar` escaped)."""
    return f"Block {slot} in {calendar} for this task?"


def block_slot_taken(slot: str, calendar: str) -> str:
    """Say the shown slot got taken and offer the next one."""
    return f"That slot was taken meanwhile. The next free one is {slot} in {calendar}: block it?"


def block_done(slot: str, calendar: str) -> str:
    """Say which slot was blocked, where."""
    return f":calendar: Blocked {slot} in {calendar}"


def block_impossible(reason: str) -> str:
    """Say why no time can be blocked."""
    return f"No time can be blocked: {reason}."
