"""The mailbox itself: folders, messages, ids and the per-folder change log behind delta queries.

Plain Python with O(1) lookups: messages are indexed by immutable id, by current REST id and by
every REST id they ever had (for translateExchangeIds). Each folder keeps an append-only log of
(sequence, message, present?) entries; a delta token is just a position in that log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from .wire import IdFactory

# Well-known folders that exist from the start, under msgfolderroot.
WELL_KNOWN: dict[str, str] = {
    "inbox": "Inbox",
    "archive": "Archive",
    "deleteditems": "Deleted Items",
    "drafts": "Drafts",
    "sentitems": "Sent Items",
    "junkemail": "Junk Email",
}
ROOT = "msgfolderroot"
# Sent with every changed property of an update (delta tells the folder the item is in).
_ALWAYS_CHANGED = frozenset({"parentFolderId", "changeKey", "lastModifiedDateTime"})


@dataclass(eq=False)
class EmulatedMessage:
    """A message in the emulated mailbox; `rest_id` changes on every move, `immutable_id` never."""

    immutable_id: str
    rest_id: str
    folder_id: str
    subject: str
    sender_name: str
    sender_address: str
    body: str
    received: datetime
    conversation_id: str
    internet_message_id: str
    change_key: str
    created: datetime
    last_modified: datetime
    categories: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    is_read: bool = False
    importance: str = "normal"
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    flag: dict[str, Any] = field(default_factory=lambda: {"flagStatus": "notFlagged"})
    inference_classification: str = "focused"
    past_rest_ids: list[str] = field(default_factory=list)
    # Wire-level oddities of real mail: properties sent verbatim (None is JSON null) or left out.
    raw: dict[str, Any] = field(default_factory=dict)
    omit: frozenset[str] = frozenset()
    # A meeting invitation or cancellation: its eventMessage properties and linked event.
    event_message: dict[str, Any] = field(default_factory=dict)
    event_id: str | None = None
    # A reply draft made by createReply (in Drafts until the owner sends it).
    is_draft: bool = False


@dataclass(eq=False)
class Folder:
    """A mail folder; `messages` keeps insertion order, keyed by immutable id."""

    id: str
    display_name: str
    parent_id: str | None
    hidden: bool = False
    wellknown: str | None = None
    children: list[str] = field(default_factory=list)
    messages: dict[str, EmulatedMessage] = field(default_factory=dict)
    version: int = 0
    sorted_cache: tuple[int, list[EmulatedMessage]] | None = None

    def newest_first(self) -> list[EmulatedMessage]:
        """Return the folder's messages newest first (cached until the folder changes)."""
        if self.sorted_cache is None or self.sorted_cache[0] != self.version:
            ordered = sorted(self.messages.values(), key=lambda m: m.received, reverse=True)
            self.sorted_cache = (self.version, ordered)
        return self.sorted_cache[1]


class LogEntry(NamedTuple):
    """One change in a folder: the message arrived or changed (present) or left it.

    `changed` names the Graph properties an in-place change touched; None for an arrival or a
    departure, which delta reports as a whole item (or @removed).
    """

    seq: int
    immutable_id: str
    present: bool
    rest_id: str
    received: datetime
    changed: frozenset[str] | None = None


class Mailbox:
    """Folders, messages and change logs; the base of GraphEmulator's state API."""

    def __init__(self, seed: int = 0) -> None:
        self.ids = IdFactory(seed)
        self._folders: dict[str, Folder] = {}
        self._messages: dict[str, EmulatedMessage] = {}
        self._by_rest: dict[str, EmulatedMessage] = {}
        self._rest_history: dict[str, EmulatedMessage] = {}
        self._logs: dict[str, list[LogEntry]] = {}
        self._seq = 0
        self._delta_epoch = 0
        root = Folder(self.ids.folder(), "Top of Information Store", None, wellknown=ROOT)
        self._folders[root.id] = root
        self._wellknown: dict[str, str] = {ROOT: root.id}
        for key, name in WELL_KNOWN.items():
            self._wellknown[key] = self.create_folder(root, name, wellknown=key).id

    # ---- folders -------------------------------------------------------------------------------

    @property
    def root(self) -> Folder:
        """Return msgfolderroot."""
        return self._folders[self._wellknown[ROOT]]

    def create_folder(
        self, parent: Folder, name: str, *, hidden: bool = False, wellknown: str | None = None
    ) -> Folder:
        """Create a child folder (callers check for duplicates first)."""
        folder = Folder(self.ids.folder(), name, parent.id, hidden=hidden, wellknown=wellknown)
        self._folders[folder.id] = folder
        self._logs[folder.id] = []
        parent.children.append(folder.id)
        return folder

    def child_named(self, parent: Folder, name: str) -> Folder | None:
        """Find a child folder by display name, case-insensitively, hidden ones included."""
        wanted = name.casefold()
        for child_id in parent.children:
            child = self._folders[child_id]
            if child.display_name.casefold() == wanted:
                return child
        return None

    def add_folder(self, path: str, *, hidden: bool = False) -> str:
        """Create a folder path under msgfolderroot (parents too) and return the leaf id."""
        parent = self.root
        segments = [s for s in path.split("/") if s]
        if not segments:
            raise ValueError(f"empty folder path {path!r}")
        for i, name in enumerate(segments):
            child = self.child_named(parent, name)
            if child is None:
                leaf = i == len(segments) - 1
                child = self.create_folder(parent, name, hidden=hidden and leaf)
            parent = child
        return parent.id

    def delete_folder(self, path: str) -> None:
        """Delete an empty folder, as the owner would in Outlook (its id then answers 404)."""
        folder_id = self.folder_id(path)
        if folder_id is None:
            raise ValueError(f"no folder {path!r}")
        folder = self._folders[folder_id]
        if folder.wellknown or folder.children or folder.messages:
            raise ValueError(f"folder {path!r} is well-known or not empty")
        if folder.parent_id is not None:
            self._folders[folder.parent_id].children.remove(folder_id)
        del self._folders[folder_id]

    def folder_id(self, path: str) -> str | None:
        """Return the id of a folder path such as "Projects/Tradecore" (or a well-known name)."""
        folder = self.root
        for name in (s for s in path.split("/") if s):
            child = self.child_named(folder, name)
            if child is None:
                return self._wellknown.get(path.lower()) if "/" not in path else None
            folder = child
        return None if folder is self.root else folder.id

    def folder_path(self, folder_id: str) -> str:
        """Return the display path of a folder id, e.g. "Projects/Tradecore"."""
        names: list[str] = []
        folder = self._folders[folder_id]
        while folder.parent_id is not None:
            names.append(folder.display_name)
            folder = self._folders[folder.parent_id]
        return "/".join(reversed(names))

    def find_folder(self, ref: str) -> Folder | None:
        """Resolve a folder id or well-known name (as Graph URLs allow)."""
        folder = self._folders.get(ref)
        if folder is None and ref.lower() in self._wellknown:
            folder = self._folders[self._wellknown[ref.lower()]]
        return folder

    def resolve_folder(self, ref: str) -> Folder:
        """Resolve an id, a well-known name or a display path; KeyError if none matches."""
        folder = self.find_folder(ref)
        if folder is None:
            folder_id = self.folder_id(ref)
            folder = self._folders.get(folder_id) if folder_id else None
        if folder is None:
            raise KeyError(f"no folder {ref!r} in the emulated mailbox")
        return folder

    def folder(self, folder_id: str) -> Folder:
        """Return a folder by id."""
        return self._folders[folder_id]

    # ---- messages ------------------------------------------------------------------------------

    def add_message(
        self,
        folder: str = "Inbox",
        *,
        subject: str,
        sender_name: str,
        sender_address: str,
        body: str = "",
        received: datetime | None = None,
        categories: Sequence[str] = (),
        conversation_id: str | None = None,
        internet_message_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        is_read: bool = False,
        importance: str = "normal",
        to: Sequence[tuple[str, str]] = (),
        cc: Sequence[tuple[str, str]] = (),
        raw: Mapping[str, Any] | None = None,
        omit: Iterable[str] = (),
    ) -> EmulatedMessage:
        """Deliver a message into a folder (path, well-known name or id).

        `raw` sends properties verbatim in place of the modelled ones (``{"subject": None}`` is
        JSON null) and `omit` leaves properties out, for mail as odd as Graph can serve it.
        """
        target = self.resolve_folder(folder)
        now = datetime.now(UTC)
        immutable_id = self.ids.immutable_message()
        digest = hashlib.sha1(immutable_id.encode()).hexdigest()[:16]
        msg = EmulatedMessage(
            immutable_id=immutable_id,
            rest_id=self.ids.rest_message(),
            folder_id=target.id,
            subject=subject,
            sender_name=sender_name,
            sender_address=sender_address,
            body=body,
            received=(received or now).astimezone(UTC),
            conversation_id=conversation_id or self.ids.conversation(),
            internet_message_id=internet_message_id or f"<{digest}@emulator.local>",
            change_key=self.ids.change_key(),
            created=now,
            last_modified=now,
            categories=list(categories),
            headers=dict(headers or {}),
            is_read=is_read,
            importance=importance,
            to=list(to),
            cc=list(cc),
            raw=dict(raw or {}),
            omit=frozenset(omit),
        )
        self._messages[immutable_id] = msg
        self._by_rest[msg.rest_id] = msg
        self._rest_history[msg.rest_id] = msg
        self._place(msg, target)
        return msg

    def message(self, message_id: str) -> EmulatedMessage | None:
        """Find a message by immutable id or current REST id (case-sensitive)."""
        return self._messages.get(message_id) or self._by_rest.get(message_id)

    def message_by_immutable_id(self, immutable_id: str) -> EmulatedMessage | None:
        """Find a message by its immutable id only."""
        return self._messages.get(immutable_id)

    def message_by_any_rest_id(self, rest_id: str) -> EmulatedMessage | None:
        """Find a message by any REST id it ever had."""
        return self._rest_history.get(rest_id)

    def all_messages(self) -> list[EmulatedMessage]:
        """Return every message in the mailbox."""
        return list(self._messages.values())

    def messages_in(self, folder: str) -> list[EmulatedMessage]:
        """Return the messages of a folder (path, well-known name or id), newest first."""
        return list(self.resolve_folder(folder).newest_first())

    def _require(self, message_id: str) -> EmulatedMessage:
        msg = self.message(message_id)
        if msg is None:
            raise KeyError(f"no message {message_id!r} in the emulated mailbox")
        return msg

    def _place(self, msg: EmulatedMessage, folder: Folder) -> None:
        msg.folder_id = folder.id
        folder.messages[msg.immutable_id] = msg
        folder.version += 1
        self._log(folder.id, msg, present=True)

    def _unplace(self, msg: EmulatedMessage) -> None:
        folder = self._folders[msg.folder_id]
        del folder.messages[msg.immutable_id]
        folder.version += 1
        self._log(folder.id, msg, present=False)

    def _log(
        self,
        folder_id: str,
        msg: EmulatedMessage,
        *,
        present: bool,
        changed: frozenset[str] | None = None,
    ) -> None:
        self._seq += 1
        entry = LogEntry(self._seq, msg.immutable_id, present, msg.rest_id, msg.received, changed)
        self._logs[folder_id].append(entry)

    def relocate(self, msg: EmulatedMessage, destination: Folder) -> EmulatedMessage:
        """Move a message: new REST id, changeKey and folder; the immutable id stays."""
        self._unplace(msg)
        del self._by_rest[msg.rest_id]
        msg.past_rest_ids.append(msg.rest_id)
        msg.rest_id = self.ids.rest_message()
        self._by_rest[msg.rest_id] = msg
        self._rest_history[msg.rest_id] = msg
        msg.change_key = self.ids.change_key()
        msg.last_modified = datetime.now(UTC)
        self._place(msg, destination)
        return msg

    def touch(self, msg: EmulatedMessage, changed: Iterable[str] | None = None) -> None:
        """Record that a message changed in place (shows up as updated in delta).

        `changed` names the Graph properties that changed; delta then may send only those.
        """
        msg.change_key = self.ids.change_key()
        msg.last_modified = datetime.now(UTC)
        names = None if changed is None else frozenset(changed) | _ALWAYS_CHANGED
        self._log(msg.folder_id, msg, present=True, changed=names)

    def move_message(self, message_id: str, folder: str) -> EmulatedMessage:
        """Move a message as the owner would in Outlook (its old folder's delta sees @removed)."""
        return self.relocate(self._require(message_id), self.resolve_folder(folder))

    def update_message(
        self,
        message_id: str,
        *,
        categories: Sequence[str] | None = None,
        is_read: bool | None = None,
        flag: Mapping[str, Any] | None = None,
    ) -> EmulatedMessage:
        """Change a message as the owner would in Outlook (delta reports it as updated)."""
        msg = self._require(message_id)
        changed: list[str] = []
        if categories is not None:
            msg.categories = list(categories)
            changed.append("categories")
        if is_read is not None:
            msg.is_read = is_read
            changed.append("isRead")
        if flag is not None:
            msg.flag = dict(flag)
            changed.append("flag")
        self.touch(msg, changed)
        return msg

    def delete_message(self, message_id: str) -> None:
        """Delete a message for good (the folder's delta sees @removed)."""
        msg = self._require(message_id)
        self._unplace(msg)
        del self._messages[msg.immutable_id]
        del self._by_rest[msg.rest_id]
        for rest_id in [*msg.past_rest_ids, msg.rest_id]:
            self._rest_history.pop(rest_id, None)

    # ---- delta log -----------------------------------------------------------------------------

    @property
    def sequence(self) -> int:
        """Return the latest change sequence number."""
        return self._seq

    def changes(self, folder_id: str, since: int, upto: int) -> list[LogEntry]:
        """Return each message's last change in (since, upto], oldest change first.

        In-place changes merge: the entry names every property changed in the range, or None
        when the message also arrived in it (delta then owes the client the whole item).
        """
        log = self._logs[folder_id]
        last: dict[str, LogEntry] = {}
        # Logs are append-only and ordered by seq, so scan back from the end until `since`.
        for entry in reversed(log):
            if entry.seq <= since:
                break
            if entry.seq > upto:
                continue
            later = last.get(entry.immutable_id)
            if later is None:
                last[entry.immutable_id] = entry
            elif later.changed is not None:
                merged = None if entry.changed is None else later.changed | entry.changed
                last[entry.immutable_id] = later._replace(changed=merged)
        return sorted(last.values(), key=lambda e: e.seq)

    def expire_delta_tokens(self) -> None:
        """Make every delta and skip token issued so far answer 410 SyncStateNotFound."""
        self._delta_epoch += 1

    @property
    def delta_epoch(self) -> int:
        """Return the generation tokens must carry to stay valid."""
        return self._delta_epoch
