"""Mail, folder and delta operations on Microsoft Graph, built on `GraphClient`.

Every request that returns or addresses a message sends `Prefer: IdType="ImmutableId"`, so the ids
stored by the assistant survive moves between folders. Folder paths such as
"Projects/Tradecore Steel" are resolved one level at a time (Graph has no path addressing) and
cached by lower-cased path; folder ids are stable.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from yarl import URL

from core.errors import GraphConflict, GraphError, GraphNotFound, GraphThrottled, GraphUnavailable
from core.microsoft.graph import GraphClient
from core.microsoft.graph_models import DeltaPage, FollowupFlag, MailFolder, Message, User
from core.microsoft.graph_retry import create_once

MEETING_PROPERTIES = ("meetingMessageType", "startDateTime", "endDateTime", "location", "isAllDay")

# Everything later steps need, so no per-message GET is necessary. internetMessageHeaders is only
# returned when selected; delta honours it in the initial round (the selection is encoded into the
# delta token), which is how List-Unsubscribe reaches the classifier. `body` comes as plain text
# on delta requests (they send TEXT_BODY_PREFER), so classifying needs no extra GET either.
_BASE_FIELDS = (
    "id",
    "conversationId",
    "internetMessageId",
    "subject",
    "from",
    "sender",
    "toRecipients",
    "ccRecipients",
    "receivedDateTime",
    "isRead",
    "importance",
    "categories",
    "parentFolderId",
    "bodyPreview",
    "webLink",
    "hasAttachments",
    "flag",
    "internetMessageHeaders",
    "body",
)
# A meeting invitation's own facts, at no extra request: eventMessage properties must be named
# through the type cast (the plain name is a 400 on message, microsoft-graph-docs #2018); Graph
# answers with plain names, and only on eventMessages, which it also annotates with @odata.type
# under any $select. Some mailboxes are reported to refuse the cast too: for them the sync falls
# back to MESSAGE_SELECT_WITHOUT_MEETINGS (see `MailApi.delta_page`).
MESSAGE_SELECT = ",".join(
    (*_BASE_FIELDS, *(f"microsoft.graph.eventMessage/{name}" for name in MEETING_PROPERTIES))
)
MESSAGE_SELECT_WITHOUT_MEETINGS = ",".join(_BASE_FIELDS)
# What the offline classifier learns from the owner's filed mail (`core.triage.filed_mail`).
FILED_SELECT = "subject,from,bodyPreview,receivedDateTime"
FOLDER_PAGE_SIZE = 100

# Display names of the top-level well-known folders -> the name Graph accepts in place of an id.
WELL_KNOWN_FOLDERS: dict[str, str] = {
    "inbox": "inbox",
    "archive": "archive",
    "drafts": "drafts",
    "sent items": "sentitems",
    "sentitems": "sentitems",
    "deleted items": "deleteditems",
    "deleteditems": "deleteditems",
    "junk email": "junkemail",
    "junkemail": "junkemail",
}

log = logging.getLogger(__name__)

TRANSLATE_IDS_CHUNK = 1000
# "Applying $filter in a delta query returns only up to 5,000 messages" (Graph docs,
# delta-query-messages); the Inbox sync's rounds all carry a receivedDateTime filter.
DELTA_FILTER_CAP = 5000
TEXT_BODY_PREFER = 'outlook.body-content-type="text"'


class MailApi:
    """Read and change the owner's mail and folders through a `GraphClient`."""

    def __init__(self, client: GraphClient) -> None:
        self._client = client
        self._folder_ids: dict[str, str] = {}
        self._folder_lock = asyncio.Lock()
        # Set once this mailbox refused eventMessage properties in $select (for the process).
        self.meeting_select_refused = False
        self._owner: User | None = None

    @property
    def message_select(self) -> str:
        """Return the $select this mailbox accepts: with the meeting properties if it can."""
        if self.meeting_select_refused:
            return MESSAGE_SELECT_WITHOUT_MEETINGS
        return MESSAGE_SELECT

    @property
    def base_url(self) -> str:
        """Return the Graph version root this mailbox is reached at."""
        return self._client.base_url

    def is_graph_link(self, link: str) -> bool:
        """Tell whether a saved nextLink or deltaLink points at the Graph host in use.

        It does not after the owner changed graph.base_url (say from the sandbox to the real
        Graph): the client refuses to send the token anywhere else, so the link is unusable.
        """
        origin = link_origin(link)
        return origin is not None and origin == link_origin(self._client.base_url)

    async def get_me(self) -> User:
        """Return the signed-in user's profile."""
        return User._from_graph(await self._client.get_json("/me"))

    async def owner(self) -> User:
        """Return the mailbox owner's profile, read once: it does not change while we run."""
        if self._owner is None:
            self._owner = await self.get_me()
        return self._owner

    async def delta_page(
        self,
        link: str | None,
        *,
        received_since: datetime | None = None,
        page_size: int = 50,
        retry_timeouts: bool = True,
    ) -> DeltaPage:
        """Return one page of an Inbox delta round: the first (no `link`) or a next/delta link.

        The page size is asked per page (Prefer headers are not encoded in the tokens), so a
        round can change it between pages. `retry_timeouts` False raises a 504 or a timeout at
        once, for a caller that asks again with a smaller page instead.
        """
        headers = {"Prefer": f"odata.maxpagesize={page_size}, {TEXT_BODY_PREFER}"}
        params: dict[str, str] | None = None
        path = link
        if path is None:
            path = "/me/mailFolders/inbox/messages/delta"
            params = {"$select": self.message_select}
            if received_since is not None:
                params["$filter"] = f"receivedDateTime ge {_graph_utc(received_since)}"
        try:
            body = await self._client.get_json(
                path,
                params=params,
                headers=headers,
                immutable_ids=True,
                retry_timeouts=retry_timeouts,
            )
        except GraphError as err:
            if params is None or self.meeting_select_refused or not refuses_meeting_select(err):
                raise
            log.warning(
                "This mailbox refuses meeting properties in $select (%s); invitations are "
                "recognised by their type and read with one request each instead",
                err,
            )
            self.meeting_select_refused = True
            return await self.delta_page(
                link,
                received_since=received_since,
                page_size=page_size,
                retry_timeouts=retry_timeouts,
            )
        return DeltaPage._from_graph(body if isinstance(body, dict) else {})

    async def inbox_messages_since(
        self, received_since: datetime, *, page_size: int = 50
    ) -> AsyncIterator[list[Message]]:
        """Yield the Inbox's messages received since a moment, oldest first, a page at a time.

        The plain list has no 5,000-message cap, unlike a delta round with a `$filter`.
        """
        params = {
            "$filter": f"receivedDateTime ge {_graph_utc(received_since)}",
            "$orderby": "receivedDateTime asc",
            "$select": self.message_select,
            "$top": str(page_size),
        }
        async for page in self._client.pages(
            "/me/mailFolders/inbox/messages",
            params=params,
            headers={"Prefer": TEXT_BODY_PREFER},
            immutable_ids=True,
        ):
            yield [Message._from_graph(item) for item in page.get("value") or ()]

    async def recent_in_folder(self, folder_id: str, limit: int) -> list[Message]:
        """Return up to `limit` of a folder's messages, newest first: sender, subject, preview.

        Pages of at most FOLDER_PAGE_SIZE, and no page more than `limit` needs, so a big folder
        costs a few requests, not its whole history.
        """
        found: list[Message] = []
        params = {
            "$select": FILED_SELECT,
            "$orderby": "receivedDateTime desc",
            "$top": str(max(1, min(limit, FOLDER_PAGE_SIZE))),
        }
        async for page in self._client.pages(
            f"/me/mailFolders/{_seg(folder_id)}/messages", params=params, immutable_ids=True
        ):
            found += [Message._from_graph(item) for item in page.get("value") or ()]
            if len(found) >= limit:
                break
        return found[:limit]

    async def get_message(self, message_id: str) -> Message:
        """Return one message with the `MESSAGE_SELECT` fields (as far as the mailbox allows)."""
        body = await self._client.get_json(
            f"/me/messages/{_seg(message_id)}",
            params={"$select": self.message_select},
            immutable_ids=True,
        )
        return Message._from_graph(body)

    async def get_meeting(self, message_id: str) -> tuple[Message, dict[str, Any] | None]:
        """Return an eventMessage and the calendar event it is linked to (None if gone).

        One GET with Graph's `$expand` on the eventMessage's `event`; the delta cannot carry it.
        A mailbox that refuses meeting properties in $select gets the whole message, whose
        meeting properties then come from here.
        """
        params = {"$expand": "microsoft.graph.eventMessage/event"}
        if not self.meeting_select_refused:
            params["$select"] = "id"
        body = await self._client.get_json(
            f"/me/messages/{_seg(message_id)}", params=params, immutable_ids=True
        )
        if not isinstance(body, dict):
            raise GraphError(f"Graph answered a message request with {type(body).__name__}")
        event = body.get("event")
        return Message._from_graph(body), event if isinstance(event, dict) and event.get(
            "id"
        ) else None

    async def find_messages_received_at(self, received: datetime) -> list[Message]:
        """Return the messages in any folder received within the same second as `received`."""
        start = received.replace(microsecond=0)
        params = {
            "$filter": (
                f"receivedDateTime ge {_graph_utc(start)} "
                f"and receivedDateTime lt {_graph_utc(start + timedelta(seconds=1))}"
            ),
            "$select": MESSAGE_SELECT,
        }
        return [
            Message._from_graph(item)
            async for item in self._client.paginate(
                "/me/messages", params=params, immutable_ids=True
            )
        ]

    async def move(self, message_id: str, destination_folder_id: str) -> Message:
        """Move a message to a folder (id or well-known name) and return the moved message."""
        response = await self._client.request(
            "POST",
            f"/me/messages/{_seg(message_id)}/move",
            json={"destinationId": destination_folder_id},
            immutable_ids=True,
            # Moving again to the folder it is in changes nothing, and the immutable id holds.
            idempotent=True,
        )
        return Message._from_graph(response.body)

    async def get_flag(self, message_id: str) -> FollowupFlag:
        """Return a message's follow-up flag (a GET that selects only the flag)."""
        body = await self._client.get_json(
            f"/me/messages/{_seg(message_id)}", params={"$select": "flag"}, immutable_ids=True
        )
        return Message._from_graph(body).flag or FollowupFlag()

    async def set_flag_status(
        self, message_id: str, flag: FollowupFlag, status: str
    ) -> FollowupFlag:
        """Set a flag's status ("flagged", "complete"), keeping its start and due dates.

        A PATCH of `flag` replaces the whole flag, so the dates it had are sent back with it;
        the completion date is Outlook's to set. Returns the flag as Outlook now holds it.
        """
        wanted = flag.model_copy(update={"flag_status": status, "completed_date_time": None})
        return await self.set_flag(message_id, wanted)

    async def set_categories(self, message_id: str, categories: list[str]) -> Message:
        """Replace a message's categories with exactly `categories`; return the message."""
        return await self._replace(message_id, {"categories": categories})

    async def set_flag(self, message_id: str, flag: FollowupFlag) -> FollowupFlag:
        """Replace a message's whole follow-up flag (dates included); return Outlook's copy."""
        message = await self._replace(message_id, {"flag": flag._to_graph()})
        return message.flag or FollowupFlag()

    async def _replace(self, message_id: str, properties: dict[str, Any]) -> Message:
        """PATCH whole properties of a message (arrays and objects are replaced, not merged)."""
        response = await self._client.request(
            "PATCH",
            f"/me/messages/{_seg(message_id)}",
            json=properties,
            immutable_ids=True,
            idempotent=True,  # whole values, so sending them twice changes nothing more
        )
        return Message._from_graph(response.body)

    async def resolve_folder(self, path: str, *, create: bool) -> str:
        """Return the id of a folder path like "Projects/Tradecore Steel", creating levels if asked.

        A top-level well-known name ("Inbox", "Archive") resolves to its well-known id. Raises
        GraphNotFound when a level is missing and `create` is False.
        """
        parts = _folder_parts(path)
        key = "/".join(parts).lower()
        if key in self._folder_ids:
            return self._folder_ids[key]
        async with self._folder_lock:
            parent_id: str | None = None
            for depth, name in enumerate(parts, start=1):
                prefix = "/".join(parts[:depth]).lower()
                folder_id = self._folder_ids.get(prefix)
                if folder_id is None:
                    if depth == 1 and name.lower() in WELL_KNOWN_FOLDERS:
                        folder_id = WELL_KNOWN_FOLDERS[name.lower()]
                    else:
                        folder_id = await self._resolve_level(parent_id, name, create, path)
                    self._folder_ids[prefix] = folder_id
                parent_id = folder_id
            assert parent_id is not None
            return parent_id

    async def resolve_folders(self, paths: Iterable[str]) -> list[tuple[str, str]]:
        """Resolve every folder path at once, creating missing levels; return what was created.

        Level by level, the children of every parent still needed are listed once and at the
        same time, then the missing folders are created at the same time: a taxonomy two levels
        deep takes two sequential rounds of lookups however many folders it has. Paths already
        cached cost nothing. Returns (path, id) of each folder created, outermost first.
        """
        wanted = [_folder_parts(path) for path in paths]
        created: list[tuple[str, str]] = []
        async with self._folder_lock:
            for depth in range(1, max((len(p) for p in wanted), default=0) + 1):
                missing: dict[str, tuple[str | None, str]] = {}  # prefix -> (parent id, name)
                for parts in wanted:
                    if len(parts) < depth:
                        continue
                    prefix = "/".join(parts[:depth]).lower()
                    name = parts[depth - 1]
                    if prefix in self._folder_ids:
                        continue
                    if depth == 1 and name.lower() in WELL_KNOWN_FOLDERS:
                        self._folder_ids[prefix] = WELL_KNOWN_FOLDERS[name.lower()]
                        continue
                    parent = (
                        self._folder_ids["/".join(parts[: depth - 1]).lower()]
                        if depth > 1
                        else None
                    )
                    missing.setdefault(prefix, (parent, "/".join(parts[:depth])))
                if not missing:
                    continue
                parents = list(dict.fromkeys(parent for parent, _ in missing.values()))
                listings = await asyncio.gather(*(self.list_child_folders(p) for p in parents))
                found = {
                    (parent, folder.display_name.lower()): folder.id
                    for parent, listing in zip(parents, listings, strict=True)
                    for folder in listing
                }
                absent = []
                for prefix, (parent, path) in missing.items():
                    folder_id = found.get((parent, path.rsplit("/", 1)[-1].lower()))
                    if folder_id is None:
                        absent.append((prefix, parent, path))
                    else:
                        self._folder_ids[prefix] = folder_id
                made = await asyncio.gather(
                    *(
                        self._create_child(parent, path.rsplit("/", 1)[-1])
                        for _, parent, path in absent
                    )
                )
                for (prefix, _, path), (folder_id, new) in zip(absent, made, strict=True):
                    self._folder_ids[prefix] = folder_id
                    if new:
                        created.append((path, folder_id))
        return created

    def forget_folders(self) -> None:
        """Drop the cached folder ids (the next resolve asks Graph again)."""
        self._folder_ids.clear()

    async def list_child_folders(
        self, parent_id: str | None, *, include_hidden: bool = False
    ) -> list[MailFolder]:
        """List the folders directly under `parent_id` (None: the top level)."""
        params = {"includeHiddenFolders": "true"} if include_hidden else None
        return [
            MailFolder._from_graph(item)
            async for item in self._client.paginate(_children_path(parent_id), params=params)
        ]

    async def translate_ids(self, rest_ids: Sequence[str]) -> dict[str, str | None]:
        """Map mutable REST ids to immutable ids; None for ids Graph could not translate."""
        result: dict[str, str | None] = {}
        unique = list(dict.fromkeys(rest_ids))
        for start in range(0, len(unique), TRANSLATE_IDS_CHUNK):
            chunk = unique[start : start + TRANSLATE_IDS_CHUNK]
            response = await self._client.request(
                "POST",
                "/me/translateExchangeIds",
                json={
                    "inputIds": chunk,
                    "sourceIdType": "restId",
                    "targetIdType": "restImmutableEntryId",
                },
                idempotent=True,  # a pure lookup: safe to repeat after a 5xx
            )
            answered = {str(item.get("sourceId")): item for item in _value(response.body) if item}
            for rest_id in chunk:
                item = answered.get(rest_id)
                target = item.get("targetId") if item and not item.get("errorDetails") else None
                result[rest_id] = str(target) if target else None
        return result

    async def _resolve_level(
        self, parent_id: str | None, name: str, create: bool, full_path: str
    ) -> str:
        found = await self._find_child(parent_id, name)
        if found is not None:
            return found
        if not create:
            raise GraphNotFound(
                f"mail folder {name!r} of {full_path!r} does not exist",
                status=404,
                method="GET",
                path=_children_path(parent_id),
            )
        folder_id, _ = await self._create_child(parent_id, name)
        return folder_id

    async def _create_child(self, parent_id: str | None, name: str) -> tuple[str, bool]:
        """Create a folder; return its id and whether this call (or its unanswered POST) made it."""
        existed = False

        async def find() -> str | None:
            for folder in await self.list_child_folders(parent_id, include_hidden=True):
                if folder.display_name.lower() == name.lower():
                    return folder.id
            return None

        async def post() -> str:
            nonlocal existed
            try:
                response = await self._client.request(
                    "POST", _children_path(parent_id), json={"displayName": name}
                )
            except GraphConflict:
                # It exists but was not listed: hidden, or created meanwhile by someone else.
                found = await find()
                if found is None:
                    raise
                existed = True
                return found
            return MailFolder._from_graph(response.body).id

        folder_id, _ = await create_once(post, find, what="a mail folder")
        return folder_id, not existed

    async def _find_child(self, parent_id: str | None, name: str) -> str | None:
        params = {"$filter": f"displayName eq '{name.replace(chr(39), chr(39) * 2)}'"}
        async for item in self._client.paginate(_children_path(parent_id), params=params):
            folder = MailFolder._from_graph(item)
            if folder.display_name.lower() == name.lower():
                return folder.id
        return None


def link_origin(link: str) -> str | None:
    """Return a link's scheme, host and port (never its token), or None if it is not a URL."""
    try:
        url = URL(link)
        return str(url.origin()) if url.absolute and url.host else None
    except ValueError:
        return None


def page_timed_out(err: GraphError) -> bool:
    """Tell whether a GET failed the way a too-large page does: 504, or no answer in time.

    Graph answers 504 when gathering a page takes too long ("shrink $top, then retry").
    """
    if isinstance(err, GraphThrottled):
        return err.status == 504
    return isinstance(err, GraphUnavailable) and isinstance(err.__cause__, TimeoutError)


def merge_categories(
    current: Sequence[str], add: Sequence[str], remove: Sequence[str] = ()
) -> list[str]:
    """Return `current` minus `remove` plus `add`, de-duplicated case-insensitively in order."""
    removed = {name.lower() for name in remove}
    kept = [name for name in current if name.lower() not in removed]
    final: list[str] = []
    seen: set[str] = set()
    for name in [*kept, *add]:
        if name.lower() not in seen:
            seen.add(name.lower())
            final.append(name)
    return final


def _folder_parts(path: str) -> list[str]:
    parts = [part.strip() for part in path.split("/") if part.strip()]
    if not parts:
        raise ValueError(f"empty mail folder path {path!r}")
    return parts


def _children_path(parent_id: str | None) -> str:
    return (
        "/me/mailFolders"
        if parent_id is None
        else f"/me/mailFolders/{_seg(parent_id)}/childFolders"
    )


def refuses_meeting_select(err: GraphError) -> bool:
    """Tell whether a 400 is the mailbox refusing eventMessage properties in $select."""
    text = str(err.args[0] if err.args else "").lower()
    names = ("eventmessage", *(name.lower() for name in MEETING_PROPERTIES))
    return err.status == 400 and any(name in text for name in names)


def _seg(item_id: str) -> str:
    # Ids are URL-safe base64 in practice; quoting guards the path against any "/", "?" or "#".
    return quote(item_id, safe="=+")


def _value(body: Any) -> list[dict[str, Any]]:
    value = body.get("value") if isinstance(body, dict) else None
    return value if isinstance(value, list) else []


def _graph_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
