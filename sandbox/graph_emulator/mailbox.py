"""Mailbox settings: `GET /me/mailboxSettings` (whole, `$select`ed, or one setting by path).

The shape follows Graph's v1.0 mailboxSettings type and the documented example. `timeZone` is a
Windows zone name by default in Exchange Online ("Pacific Standard Time"); an admin may set up
IANA names instead ("America/Los_Angeles"), and Graph then answers with those, so tests set
either through `emu.mailbox_settings`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .odata import parse_select
from .routing import Router
from .wire import GraphFault, GraphReply, GraphRequest

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()


def default_mailbox_settings() -> dict[str, Any]:
    """Return the settings of a new mailbox (the documented example, in UTC)."""
    return {
        "archiveFolder": "",
        "automaticRepliesSetting": {
            "status": "disabled",
            "externalAudience": "all",
            "internalReplyMessage": "",
            "externalReplyMessage": "",
            "scheduledStartDateTime": {
                "dateTime": "2026-01-01T00:00:00.0000000",
                "timeZone": "UTC",
            },
            "scheduledEndDateTime": {"dateTime": "2026-01-02T00:00:00.0000000", "timeZone": "UTC"},
        },
        "timeZone": "UTC",
        "language": {"locale": "en-US", "displayName": "English (United States)"},
        "workingHours": {
            "daysOfWeek": ["monday", "tuesday", "wednesday", "thursday", "friday"],
            "startTime": "08:00:00.0000000",
            "endTime": "17:00:00.0000000",
            "timeZone": {"name": "UTC"},
        },
        "userPurpose": "user",
        "dateFormat": "MM/dd/yyyy",
        "timeFormat": "hh:mm tt",
        "delegateMeetingMessageDeliveryOptions": "sendToDelegateOnly",
    }


@router.route("GET", "/me/mailboxSettings")
def get_mailbox_settings(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Return every mailbox setting, or those named in $select."""
    settings = emu.mailbox_settings
    chosen = parse_select(req, settings, "mailboxSettings")
    body = {name: settings[name] for name in chosen} if chosen is not None else dict(settings)
    context = req.link("/$metadata#Me/mailboxSettings")
    return GraphReply(200, {"@odata.context": context, **body})


@router.route("GET", "/me/mailboxSettings/{setting}")
def get_one_mailbox_setting(emu: GraphEmulator, req: GraphRequest, setting: str) -> GraphReply:
    """Return one setting: an object as itself, a string as {"value": ...}."""
    name = next((n for n in emu.mailbox_settings if n.lower() == setting.lower()), None)
    if name is None:
        raise GraphFault(400, "BadRequest", f"Resource not found for the segment '{setting}'.")
    value = emu.mailbox_settings[name]
    context = req.link(f"/$metadata#Me/mailboxSettings/{name}")
    body = value if isinstance(value, dict) else {"value": value}
    return GraphReply(200, {"@odata.context": context, **body})
