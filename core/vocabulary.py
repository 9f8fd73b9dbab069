"""The fixed words of the product: priorities, action types and Outlook colour presets.

Their values are exactly the Outlook category names the assistant applies, so a value can be
used as a category displayName without translation.
"""

from __future__ import annotations

from enum import StrEnum


class Priority(StrEnum):
    """Eisenhower priority of an email; each value is also a framework category name."""

    P1 = "P1 - Urgent Important"
    P2 = "P2 - Important"
    P3 = "P3 - Urgent Low"
    P4 = "P4 - Low"


class ActionType(StrEnum):
    """What the owner has to do about an email; each value is also a framework category name."""

    NEEDS_REPLY = "Needs Reply"
    WAITING_FOR = "Waiting For"
    REVIEW = "Review"
    DELEGATED = "Delegated"
    FYI_ONLY = "FYI Only"
    SCHEDULED = "Scheduled"


# Graph's categoryColor enum (CSDL): "none" and preset0..preset24, lowercase on the wire.
CATEGORY_COLORS: tuple[str, ...] = ("none", *(f"preset{n}" for n in range(25)))

# The colour Outlook desktop draws for each preset (Microsoft's outlookCategory table).
COLOR_NAMES: dict[str, str] = {
    "none": "no colour",
    "preset0": "Red",
    "preset1": "Orange",
    "preset2": "Brown",
    "preset3": "Yellow",
    "preset4": "Green",
    "preset5": "Teal",
    "preset6": "Olive",
    "preset7": "Blue",
    "preset8": "Purple",
    "preset9": "Cranberry",
    "preset10": "Steel",
    "preset11": "DarkSteel",
    "preset12": "Gray",
    "preset13": "DarkGray",
    "preset14": "Black",
    "preset15": "DarkRed",
    "preset16": "DarkOrange",
    "preset17": "DarkBrown",
    "preset18": "DarkYellow",
    "preset19": "DarkGreen",
    "preset20": "DarkTeal",
    "preset21": "DarkOlive",
    "preset22": "DarkBlue",
    "preset23": "DarkPurple",
    "preset24": "DarkCranberry",
}

# The delegated permissions in the README's table (MSAL adds openid/profile/offline_access).
DEFAULT_SCOPES: tuple[str, ...] = (
    "Mail.ReadWrite",
    "MailboxSettings.ReadWrite",
    "User.Read",
    "Tasks.ReadWrite",
    "Calendars.ReadWrite",
)

# agent_state keys: the assistant's own settings and the sync's position.
STATE_TODO_LIST_ID = "todo_list_id"
STATE_TODO_ENABLED = "todo_enabled"
STATE_TODO_DISABLED_REASON = "todo_disabled_reason"
STATE_CATEGORIES_BOOTSTRAPPED = "categories_bootstrapped"
STATE_IMMUTABLE_IDS_MIGRATED = "immutable_ids_migrated"
STATE_INBOX_DELTA_LINK = "inbox_delta_link"
STATE_LAST_SYNC_AT = "last_sync_at"
# Where a delta round without a token starts (receivedDateTime ge): the start of the last round
# that completed, less an overlap, so a resync after any failure or outage skips nothing.
STATE_INBOX_RESYNC_FROM = "inbox_resync_from"
