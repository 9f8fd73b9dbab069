"""The `/assistant` commands: cleanup, add, status, bootstrap and help."""

from __future__ import annotations

from bot.messages.cards import cost, dollars
from bot.messages.common import counted, filed_mail_size
from bot.messages.undo import UNDO_HELP

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


def classifier_summary(name: str, filed: int | None, folders: int) -> str:
    """Name the classifier and what the offline one learns from (None: not read yet)."""
    if filed is None:
        return name
    return f"{name}; offline it learns from {filed_mail_size(filed, folders)}"


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
    ("/assistant digest", "today's digest now (it also comes by DM once a day)"),
    ("/assistant stats", "the last 7 days: triaged, approved, corrected, per type and folder"),
    ("/assistant bootstrap", "create the priority, action and area categories that are missing"),
    ("/assistant cleanup", "review orphaned categories and delete the ones you pick"),
    ("/assistant add", "add a project or area (opens a form)"),
    ("/assistant undo", UNDO_HELP),
    ("/assistant senders", "the sender rules you confirmed, to edit or remove"),
    ("/assistant help", "this list"),
)
HELP_DM = "Or send me a direct message, e.g. “what is pending?” or “explain the Tradecore email”."
HELP_FALLBACK = (
    "/assistant status · today · digest · stats · bootstrap · cleanup · add · undo · senders · help"
)


def unknown_subcommand(name: str) -> str:
    """Say that a subcommand does not exist."""
    return f"There is no `/assistant {name}`."


# --- the classifier budget in the status ---

BUDGET_LABEL = "Claude budget today"


def budget_status(
    spent_usd: float,
    budget_usd: float,
    *,
    reached: bool,
    resumes: str,
    parts: tuple[float, float, float],
) -> str:
    """Say Claude's spend today against the daily budget, whether it is spent, and what it
    went on (`parts`: classification, conversation, drafts)."""
    spent = f"{dollars(spent_usd)} of {dollars(budget_usd)}"
    classification, conversation, drafts = (dollars(part) for part in parts)
    split = f"classification {classification} · conversation {conversation} · drafts {drafts}"
    if reached:
        return f"{spent}: spent, Claude is not asked until {resumes}\n{split}"
    return f"{spent} ({spent_usd / budget_usd:.0%})\n{split}"
