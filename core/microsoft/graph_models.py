"""Typed models of the Microsoft Graph JSON that `core` reads.

Graph JSON is parsed here as soon as it arrives (`Model._from_graph(data)`), so the rest of `core`
sees typed objects, never raw dicts. Field names are snake_case with Graph's camelCase as aliases;
unknown fields are ignored because Graph adds properties over time.

Delta rounds return updated messages with only the properties that changed, so every message field
but `id` is optional; `model_fields_set` tells which ones Graph actually sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic.alias_generators import to_camel
from tzlocal.windows_tz import win_tz

from core.errors import GraphError

# Graph's spellings of UTC, including the Exchange-internal one some mailboxes report.
_UTC_NAMES = frozenset({"UTC", "TZONE://MICROSOFT/UTC"})


class GraphModel(BaseModel):
    """Base for Graph payloads: camelCase aliases, immutable, extra fields ignored."""

    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, frozen=True, extra="ignore"
    )

    @classmethod
    def _from_graph(cls, data: Any) -> Self:
        """Parse Graph's JSON object; a malformed one is reported as a GraphError."""
        try:
            return cls.model_validate(data)
        except ValidationError as err:
            raise GraphError(f"Graph returned a malformed {cls.__name__}: {err}") from err

    def _to_graph(self) -> dict[str, Any]:
        """Return the camelCase wire shape, leaving out unset (None) fields."""
        return self.model_dump(by_alias=True, exclude_none=True, mode="json")


class EmailAddress(GraphModel):
    """A name and SMTP address."""

    name: str = ""
    address: str = ""

    @field_validator("name", "address", mode="before")
    @classmethod
    def _null_is_empty(cls, value: Any) -> Any:
        # A recipient with a name and no address (a JSON null) must not make the whole
        # message, and the delta page it came on, unreadable.
        return "" if value is None else value


class Recipient(GraphModel):
    """A sender or recipient of a message."""

    email_address: EmailAddress = Field(default_factory=EmailAddress)

    @property
    def address(self) -> str:
        """Return the SMTP address."""
        return self.email_address.address

    @property
    def name(self) -> str:
        """Return the display name."""
        return self.email_address.name


class DateTimeTimeZone(GraphModel):
    """Graph's dateTimeTimeZone: a wall-clock time plus the zone it is read in."""

    date_time: str
    time_zone: str = "UTC"

    @classmethod
    def for_date(cls, day: date, time_zone: str) -> DateTimeTimeZone:
        """Encode a date as midnight in an explicit zone (To Do keeps only the date)."""
        return cls(date_time=f"{day.isoformat()}T00:00:00", time_zone=time_zone)

    @classmethod
    def for_instant(cls, moment: datetime) -> DateTimeTimeZone:
        """Encode an aware datetime in UTC."""
        if moment.tzinfo is None:
            raise ValueError(f"time {moment.isoformat()} has no time zone")
        utc = moment.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        return cls(date_time=utc.isoformat(), time_zone="UTC")

    def as_date(self) -> date:
        """Return the date part only (To Do shifts or drops the time of due dates)."""
        return date.fromisoformat(self.date_time[:10])

    def as_datetime(self) -> datetime:
        """Return the instant, aware when the zone is UTC or a known IANA name."""
        naive = datetime.fromisoformat(self.date_time[:26])
        zone = zone_info(self.time_zone)
        return naive if zone is None else naive.replace(tzinfo=zone)


class FollowupFlag(GraphModel):
    """The follow-up flag of a message."""

    flag_status: str = "notFlagged"
    start_date_time: DateTimeTimeZone | None = None
    due_date_time: DateTimeTimeZone | None = None
    completed_date_time: DateTimeTimeZone | None = None


class InternetMessageHeader(GraphModel):
    """One RFC 5322 header of a received message."""

    name: str
    value: str = ""


class ItemBody(GraphModel):
    """A message body as text or HTML."""

    content_type: str = "text"
    content: str = ""


class MeetingLocation(GraphModel):
    """Where a meeting is (only its display name is read)."""

    display_name: str = ""


class Message(GraphModel):
    """An Outlook message as selected by `core.microsoft.mail.MESSAGE_SELECT`.

    A meeting invitation, update or cancellation is an eventMessage: Graph annotates it with
    `@odata.type` and, selected through the type cast, carries the meeting's type and times.
    """

    id: str
    conversation_id: str | None = None
    internet_message_id: str | None = None
    subject: str | None = None
    from_: Recipient | None = Field(default=None, alias="from")
    sender: Recipient | None = None
    to_recipients: list[Recipient] = Field(default_factory=list)
    cc_recipients: list[Recipient] = Field(default_factory=list)

    @field_validator("to_recipients", "cc_recipients", mode="before")
    @classmethod
    def _null_line_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value

    received_date_time: datetime | None = None
    is_read: bool | None = None
    importance: str | None = None
    categories: list[str] = Field(default_factory=list)
    parent_folder_id: str | None = None
    body_preview: str | None = None
    body: ItemBody | None = None
    web_link: str | None = None
    has_attachments: bool | None = None
    flag: FollowupFlag | None = None
    internet_message_headers: list[InternetMessageHeader] = Field(default_factory=list)
    odata_type: str | None = Field(default=None, alias="@odata.type")
    meeting_message_type: str | None = None
    start_date_time: DateTimeTimeZone | None = None
    end_date_time: DateTimeTimeZone | None = None
    location: MeetingLocation | None = None
    is_all_day: bool | None = None

    def header(self, name: str) -> str | None:
        """Return the first internet header called `name` (case-insensitive), if selected."""
        wanted = name.lower()
        for header in self.internet_message_headers:
            if header.name.lower() == wanted:
                return header.value
        return None

    @property
    def list_unsubscribe(self) -> str | None:
        """Return the raw List-Unsubscribe header (RFC 2369), if the message has one."""
        return self.header("List-Unsubscribe")

    @property
    def auto_submitted(self) -> str | None:
        """Return the Auto-Submitted header (RFC 3834: auto-generated, auto-replied, or no)."""
        return self.header("Auto-Submitted")


class MailFolder(GraphModel):
    """An Outlook mail folder."""

    id: str
    display_name: str = ""
    parent_folder_id: str | None = None
    child_folder_count: int | None = None
    unread_item_count: int | None = None
    total_item_count: int | None = None
    is_hidden: bool | None = None


class User(GraphModel):
    """The signed-in user's profile (GET /me)."""

    id: str
    display_name: str | None = None
    mail: str | None = None
    user_principal_name: str | None = None


class DeltaPage(GraphModel):
    """One page of a mail-folder delta round; `delta_link` is set only on the round's last page."""

    messages: list[Message] = Field(default_factory=list)
    removed_ids: list[str] = Field(default_factory=list)
    next_link: str | None = None
    delta_link: str | None = None

    @classmethod
    def _from_graph(cls, data: Mapping[str, Any]) -> Self:
        """Split a delta page into changed messages and removed ids."""
        messages: list[Message] = []
        removed: list[str] = []
        for item in data.get("value") or ():
            if "@removed" in item:
                removed.append(str(item["id"]))
            else:
                messages.append(Message._from_graph(item))
        return cls(
            messages=messages,
            removed_ids=removed,
            next_link=data.get("@odata.nextLink"),
            delta_link=data.get("@odata.deltaLink"),
        )


def zone_info(name: str) -> ZoneInfo | None:
    """Return the zone a Graph time-zone name means (IANA or Windows name), None if unknown.

    Graph answers with either form ("Pacific Standard Time" or "America/Los_Angeles"); Windows
    names go through CLDR's windowsZones table as tzlocal ships it (its "001" territory entry).
    """
    text = name.strip()
    if text.upper() in _UTC_NAMES:
        return ZoneInfo("UTC")
    iana = win_tz.get(text, text)
    try:
        return ZoneInfo(iana)
    except (ZoneInfoNotFoundError, ValueError):
        return None
