"""Sender rules and the owner's own categories: proposals, `/assistant senders`, `senders`.

Senders and folders reach these functions raw; callers escape them first (a sender address
came from an email).
"""

from __future__ import annotations

from bot.messages.common import counted

# proposals (Confirm / Not now)

SENDER_CONFIRM = "Confirm"
SENDER_NOT_NOW = "Not now"
SENDER_PROPOSAL_FALLBACK = "A sender rule to confirm"


def sender_rule_proposal(kind: str, evidence: str, sender: str, folder: str, count: int) -> str:
    """Ask the owner to confirm a rule to add or remove, saying what it was learned from."""
    if kind == "remove" and evidence == "stale":
        return (
            f"No mail from {sender} for {counted(count, 'day')}. Remove the rule that files it "
            f"in {folder}?"
        )
    if kind == "remove":
        return (
            f"You filed mail from {sender} somewhere other than {folder} "
            f"{counted(count, 'time')} since its rule was set. Remove the rule?"
        )
    if evidence == "corrections":
        return (
            f"You moved mail from {sender} to {folder} {counted(count, 'time')}. "
            "File it there from now on?"
        )
    return (
        f"You approved the last {counted(count, 'email')} from {sender} into {folder}. "
        "File its mail there from now on?"
    )


def sender_rule_decided(result: str, sender: str, folder: str, status: str = "") -> str:
    """Say what the owner's answer to a proposal did."""
    if result == "added":
        return f"✓ Mail from {sender} now goes to {folder}. Change it with /assistant senders."
    if result == "removed":
        return f"✓ Removed the rule for {sender}; its mail is classified as usual again."
    if result == "declined":
        return f"Not now: I will not propose this for {sender} again for 30 days."
    if result == "withdrawn":
        return f"This can no longer be done for {sender}: the folder {folder} or the rule is gone."
    return f"Already answered ({status})."


# the owner's own categories (the DM assistant's manage_category)

COLOUR_NAMES = dict(
    zip(
        [f"preset{n}" for n in range(25)],
        "red, orange, brown, yellow, green, teal, olive, blue, purple, cranberry, steel, dark "
        "steel, grey, dark grey, black, dark red, dark orange, dark brown, dark yellow, dark "
        "green, dark teal, dark olive, dark blue, dark purple, dark cranberry".split(", "),
        strict=True,
    )
)


CATEGORY_FIELD = "Category"


def colour_name(preset: str) -> str:
    """Name an Outlook colour preset ("preset4" is green)."""
    return COLOUR_NAMES.get(preset, "no colour" if preset in ("", "none") else preset)


def category_proposal_text(name: str, preset: str) -> str:
    """The confirmation prompt of a new category."""
    return (
        f'Create the Outlook category "{name}" in {colour_name(preset)}; triage may then add it '
        "to matching emails. An existing category of that name keeps its own colour."
    )


def category_step_text(kind: str, name: str, preset: str) -> str:
    """Say what confirming a new category did ('' for a kind that is not about categories)."""
    if kind == "category_created":
        return f'Created the category "{name}" in {colour_name(preset)}; triage may now suggest it.'
    if kind == "category_adopted":
        return (
            f'The category "{name}" already existed; it keeps its colour '
            f"({colour_name(preset)}) and triage may now suggest it."
        )
    return ""


# /assistant senders and the CLI

SENDERS_TITLE = "Sender rules"
SENDERS_NONE = (
    "No sender rules yet. When you file one sender's mail the same way a few times, "
    "I propose one here."
)
SENDER_EDIT = "Edit"
SENDER_REMOVE = "Remove"
SENDER_REMOVE_TITLE = "Remove this rule?"
SENDER_REMOVE_OK = "Remove"
SENDER_REMOVE_DENY = "Keep"
SENDER_EDIT_TITLE = "Edit sender rule"
SENDER_EDIT_SUBMIT = "Save"
SENDER_FIELD = "Sender"
SENDER_FIELD_HINT = "An address (dana@example.com) or a whole domain (@example.com)."
SENDER_FOLDER_FIELD = "Folder"
SENDER_RULE_GONE = "That sender rule no longer exists."


def sender_rule_line(sender: str, folder: str, *, active: bool) -> str:
    """One rule in a list: "dana@x.com → Projects/X" (waiting when the folder left)."""
    line = f"{sender} → {folder}"
    return line if active else line + " (waiting: no project or area has this folder now)"


def senders_summary(count: int) -> str:
    """Head the list of rules."""
    return f"{counted(count, 'sender rule')}; the newest decision wins over config.yaml senders."


def sender_remove_text(sender: str) -> str:
    """The confirm dialog of Remove."""
    return f"Mail from {sender} will be classified as usual again."


def sender_rule_saved(sender: str, folder: str) -> str:
    """Say an edit was saved."""
    return f"✓ Saved: mail from {sender} goes to {folder}."


def sender_rule_removed(sender: str) -> str:
    """Say a rule was removed from the list."""
    return f"✓ Removed the rule for {sender}."


def sender_rule_origin(origin: str) -> str:
    """Say where a rule came from, for the CLI list."""
    return {
        "history": "from your approvals",
        "corrections": "from your corrections",
        "owner": "edited by you",
    }.get(origin, origin)
