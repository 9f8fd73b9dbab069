"""The demo mailbox: Maya Lindqvist, CEO of Proseware, and ~70 emails labelled for a golden set.

The emails live in `sample_emails.yaml`, each with the label a careful assistant should suggest
(folder from `sample_config.yaml` or "Inbox", priority, action type), so `eval` can score a
classifier on the same data the demo shows. `seed(emu)` loads them, the owner's existing folders,
categories and To Do lists into a GraphEmulator, and her history: older mail she already filed in
her project and area folders (`sample_history.yaml`, unlabelled), which the offline classifier
learns her filing from. `load_sample_emails` reads any file in the labelled format:
`sandbox.labelled_sets` uses it for the held-out set, which the demo never loads.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ruamel.yaml import YAML

from core.vocabulary import ActionType, Priority

if TYPE_CHECKING:
    from sandbox.graph_emulator import GraphEmulator

SAMPLE_CONFIG = Path(__file__).with_name("sample_config.yaml")
SAMPLE_EMAILS_FILE = Path(__file__).with_name("sample_emails.yaml")
SAMPLE_HISTORY_FILE = Path(__file__).with_name("sample_history.yaml")

_T = TypeVar("_T")

OWNER_NAME = "Maya Lindqvist"
OWNER_ADDRESS = "maya@proseware.com"
INBOX = "Inbox"
# Message-ID prefix of the history's emails, which tells them from the golden set's.
HISTORY_MESSAGE_ID_PREFIX = "filed-history."

# Folders the owner already has; the other taxonomy folders are created by the assistant.
PREEXISTING_FOLDERS = (
    "Projects/Tradecore Steel",
    "Areas/Finance",
    "Receipts",
    "Old Project Falcon",
)

# (displayName, color): orphans for the cleanup prompt, a framework category the owner already
# recoloured, and an area category with its own colour (the assistant must not recolour either).
PREEXISTING_CATEGORIES = (
    ("Old Project Falcon", "preset7"),
    ("Personal", "preset1"),
    ("Receipts 2023", "preset12"),
    (ActionType.NEEDS_REPLY.value, "preset4"),
    ("Finance", "preset5"),
)


@dataclass(frozen=True)
class SampleEmail:
    """One demo email and the triage a careful assistant should suggest for it."""

    key: str
    subject: str
    sender_name: str
    sender_address: str
    body: str
    hours_ago: float
    expected_folder: str
    expected_priority: Priority
    expected_action: ActionType
    thread: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    categories: tuple[str, ...] = ()
    is_read: bool = False
    importance: str = "normal"
    to: tuple[tuple[str, str], ...] = ((OWNER_NAME, OWNER_ADDRESS),)
    cc: tuple[tuple[str, str], ...] = ()
    owner: tuple[str, str] = (OWNER_NAME, OWNER_ADDRESS)  # whose mailbox it arrives in
    folder: str = INBOX
    note: str = ""


def _address(text: str) -> tuple[str, str]:
    name, address = parseaddr(text)
    if not address:
        raise ValueError(f"{text!r} is not 'Name <address>'")
    return name, address


def _recipients(
    item: Mapping[str, Any],
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """Return an email's To and Cc: `to` lists the whole To line (the owner may be absent, as on
    mail to a distribution list or with the owner in Cc); `also_to` adds people beside the owner."""
    if "to" in item and "also_to" in item:
        raise ValueError("give either 'to' (the whole To line) or 'also_to', not both")
    cc = tuple(_address(a) for a in item.get("cc", ()))
    if "to" in item:
        to = tuple(_address(a) for a in item["to"])
        if not to:
            raise ValueError("'to' is empty: an email has at least one To recipient")
        return to, cc
    return ((OWNER_NAME, OWNER_ADDRESS), *(_address(a) for a in item.get("also_to", ()))), cc


def _email(item: Mapping[str, Any]) -> SampleEmail:
    name, address = _address(item["from"])
    expected = item["expected"]
    to, cc = _recipients(item)
    return SampleEmail(
        key=item["key"],
        subject=item["subject"],
        sender_name=name,
        sender_address=address,
        body=item["body"],
        hours_ago=float(item["hours_ago"]),
        expected_folder=expected["folder"],
        expected_priority=Priority(expected["priority"]),
        expected_action=ActionType(expected["action"]),
        thread=item.get("thread"),
        headers=dict(item.get("headers") or {}),
        categories=tuple(item.get("categories", ())),
        is_read=bool(item.get("is_read", False)),
        importance=item.get("importance", "normal"),
        to=to,
        cc=cc,
        folder=item.get("folder", INBOX),
        note=item.get("note", ""),
    )


def _load(path: Path, build: Callable[[Mapping[str, Any]], _T]) -> tuple[_T, ...]:
    """Read a YAML list of emails; ValueError names the file, the email and what is wrong."""
    stat = path.stat()
    # Parsed once per version of the file: the labelled sets are read by many tests and tools.
    return _parsed(path, stat.st_mtime_ns, stat.st_size, build)


@functools.cache
def _parsed(
    path: Path, _mtime: int, _size: int, build: Callable[[Mapping[str, Any]], _T]
) -> tuple[_T, ...]:
    items = YAML(typ="safe").load(path.read_text())
    if not isinstance(items, list):
        raise ValueError(f"{path.name}: expected a list of emails, found {type(items).__name__}")
    emails = []
    for index, item in enumerate(items, start=1):
        where = f"{path.name}, email {index}"
        if isinstance(item, Mapping) and "key" in item:
            where += f" ({item['key']})"
        try:
            emails.append(build(item))
        except KeyError as err:
            raise ValueError(f"{where}: the field {err.args[0]!r} is missing") from err
        except (TypeError, ValueError) as err:
            raise ValueError(f"{where}: {err}") from err
    return tuple(emails)


def load_sample_emails(path: Path = SAMPLE_EMAILS_FILE) -> tuple[SampleEmail, ...]:
    """Read labelled sample emails; ValueError names the file, the email and what is wrong."""
    return _load(path, _email)


SAMPLE_EMAILS: tuple[SampleEmail, ...] = load_sample_emails()


@dataclass(frozen=True)
class FiledHistoryEmail:
    """An older email the owner already filed in one of her folders (read, no label)."""

    folder: str
    sender_name: str
    sender_address: str
    subject: str
    body: str
    days_ago: float


def _filed(item: Mapping[str, Any]) -> FiledHistoryEmail:
    folder = item["folder"]
    if not isinstance(folder, str) or folder.strip("/").casefold() in ("", INBOX.casefold()):
        raise ValueError("filed mail belongs in a project or area folder, not Inbox")
    return FiledHistoryEmail(
        folder=folder,
        sender_name=item["sender_name"],
        sender_address=item["sender_address"],
        subject=item["subject"],
        body=item["body"],
        days_ago=float(item["days_ago"]),
    )


def load_history(path: Path = SAMPLE_HISTORY_FILE) -> tuple[FiledHistoryEmail, ...]:
    """Read the filed history; ValueError names the file, the email and what is wrong."""
    return _load(path, _filed)


SAMPLE_HISTORY: tuple[FiledHistoryEmail, ...] = load_history()


def seed(emu: GraphEmulator, *, history: bool = True) -> None:
    """Load the demo mailbox into an emulator; `history=False` leaves out the filed history
    (and with it the taxonomy folders only the history needs)."""
    emu.profile.update(
        displayName=OWNER_NAME,
        mail=OWNER_ADDRESS,
        userPrincipalName=OWNER_ADDRESS,
        jobTitle="Chief Executive Officer",
    )
    for path in PREEXISTING_FOLDERS:
        emu.add_folder(path)
    for name, color in PREEXISTING_CATEGORIES:
        emu.add_category(name, color)
    board = emu.add_todo_list("Board prep")
    emu.add_task(board, "Draft Q4 board narrative", status="inProgress", importance="high")
    now = datetime.now(UTC)
    conversations: dict[str, str] = {}
    # Oldest first, so the change log (and a first delta round) runs in arrival order.
    for index, email in enumerate(sorted(SAMPLE_EMAILS, key=lambda e: -e.hours_ago)):
        conversation = None
        if email.thread is not None:
            conversation = conversations.setdefault(email.thread, emu.ids.conversation())
        domain = email.sender_address.rpartition("@")[2]
        emu.add_message(
            email.folder,
            subject=email.subject,
            sender_name=email.sender_name,
            sender_address=email.sender_address,
            body=email.body,
            received=now - timedelta(hours=email.hours_ago),
            categories=email.categories,
            conversation_id=conversation,
            internet_message_id=f"<{email.key}.{index}@{domain}>",
            headers=email.headers,
            is_read=email.is_read,
            importance=email.importance,
            to=email.to,
            cc=email.cc,
        )
    # After the Inbox mail and in other folders, so the Inbox's change log stays as it was.
    filed_history = SAMPLE_HISTORY if history else ()
    for index, filed in enumerate(sorted(filed_history, key=lambda e: -e.days_ago)):
        folder_id = emu.add_folder(filed.folder)  # the existing folder, or the path made now
        domain = filed.sender_address.rpartition("@")[2]
        emu.add_message(
            folder_id,
            subject=filed.subject,
            sender_name=filed.sender_name,
            sender_address=filed.sender_address,
            body=filed.body,
            received=now - timedelta(days=filed.days_ago),
            internet_message_id=f"<{HISTORY_MESSAGE_ID_PREFIX}{index}@{domain}>",
            is_read=True,
            to=((OWNER_NAME, OWNER_ADDRESS),),
        )
