"""Message routes: get, list, PATCH, move, translateExchangeIds, plus /me and the message shape."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from datetime import timedelta
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .odata import collection, compare, paginate, parse_filter, parse_select
from .routing import Router
from .state import EmulatedMessage, Folder
from .wire import GraphFault, GraphReply, GraphRequest, iso, parse_iso

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

MESSAGE_PROPERTIES: tuple[str, ...] = (
    "id",
    "createdDateTime",
    "lastModifiedDateTime",
    "changeKey",
    "categories",
    "receivedDateTime",
    "sentDateTime",
    "hasAttachments",
    "internetMessageId",
    "subject",
    "bodyPreview",
    "importance",
    "parentFolderId",
    "conversationId",
    "conversationIndex",
    "isDeliveryReceiptRequested",
    "isReadReceiptRequested",
    "isRead",
    "isDraft",
    "webLink",
    "inferenceClassification",
    "body",
    "uniqueBody",
    "sender",
    "from",
    "toRecipients",
    "ccRecipients",
    "bccRecipients",
    "replyTo",
    "flag",
    "internetMessageHeaders",
)
# eventMessage properties a $select may name through the type cast, as the live service accepts
# (`$select=microsoft.graph.eventMessage/meetingMessageType`; the plain name is a 400 on message).
# The reply carries them under their plain names, and only on messages of that type.
EVENT_MESSAGE_CAST = "microsoft.graph.eventMessage/"
EVENT_MESSAGE_SELECTABLE: tuple[str, ...] = tuple(
    EVENT_MESSAGE_CAST + name
    for name in (
        "meetingMessageType",
        "startDateTime",
        "endDateTime",
        "location",
        "isAllDay",
        "isOutOfDate",
        "type",
        "recurrence",
    )
)
SELECTABLE = MESSAGE_PROPERTIES + EVENT_MESSAGE_SELECTABLE


def refuse_cast_select(emu: GraphEmulator, req: GraphRequest) -> None:
    """Answer 400 to a cast $select when the mailbox is one that refuses it."""
    selected = req.query.get("$select", "")
    if emu.refuse_event_message_cast and EVENT_MESSAGE_CAST.lower() in selected.lower():
        raise GraphFault(
            400,
            "RequestBroker--ParseUri",
            "Could not find a property named 'meetingMessageType' on type "
            "'Microsoft.OutlookServices.Message'.",
        )


# Returned only when $select names them, as in Graph.
SELECT_ONLY = frozenset({"uniqueBody", "internetMessageHeaders"})

IMPORTANCE = ("low", "normal", "high")
INFERENCE = ("focused", "other")
FLAG_STATUS = ("notFlagged", "flagged", "complete")
EXCHANGE_ID_FORMATS = ("entryId", "ewsId", "immutableEntryId", "restId", "restImmutableEntryId")

_TAG = re.compile(r"<[^>]+>")
_QUOTE_START = re.compile(r"^(On .+ wrote:|From: .+|-----Original Message-----|>)", re.MULTILINE)
_FILTERABLE: dict[str, str] = {
    "receiveddatetime": "received",
    "isread": "is_read",
    "internetmessageid": "internet_message_id",
    "conversationid": "conversation_id",
    "subject": "subject",
    "importance": "importance",
}


def message_id_for(req: GraphRequest, msg: EmulatedMessage) -> str:
    """Return the id form this request asked for (Prefer: IdType applies per request)."""
    return msg.immutable_id if req.immutable_ids else msg.rest_id


def body_text(msg: EmulatedMessage) -> str:
    """Return the body as plain text."""
    if msg.body.lstrip().startswith("<"):
        return html.unescape(_TAG.sub("", msg.body)).strip()
    return msg.body


def _body_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f"<body>{paragraphs.replace(chr(10), '<br>')}</body></html>"
    )


def _item_body(req: GraphRequest, text: str, raw: str) -> dict[str, str]:
    if req.text_body:
        return {"contentType": "text", "content": text}
    return {
        "contentType": "html",
        "content": raw if raw.lstrip().startswith("<") else _body_html(text),
    }


def _recipient(name: str, address: str) -> dict[str, Any]:
    return {"emailAddress": {"name": name, "address": address}}


def _headers(msg: EmulatedMessage) -> list[dict[str, str]]:
    standard = {
        "Received": "from mail.protection.outlook.com by emulator.local with HTTPS",
        "Message-ID": msg.internet_message_id,
        "Date": format_datetime(msg.received),
        "From": f"{msg.sender_name} <{msg.sender_address}>",
        "To": ", ".join(f"{n} <{a}>" for n, a in msg.to),
        **({"Cc": ", ".join(f"{n} <{a}>" for n, a in msg.cc)} if msg.cc else {}),
        "Subject": msg.subject,
        "MIME-Version": "1.0",
        "Content-Type": "text/html; charset=utf-8",
    }
    lowered = {k.lower() for k in msg.headers}
    merged = [{"name": k, "value": v} for k, v in standard.items() if k.lower() not in lowered]
    return merged + [{"name": k, "value": v} for k, v in msg.headers.items()]


def serialize(req: GraphRequest, msg: EmulatedMessage, select: list[str] | None) -> dict[str, Any]:
    """Render a message in Graph's JSON shape, honouring $select and the request's Prefer header."""
    wanted = set(select) if select is not None else set(MESSAGE_PROPERTIES) - SELECT_ONLY
    wanted.add("id")
    text = body_text(msg)
    sender = _recipient(msg.sender_name, msg.sender_address)
    values: dict[str, Any] = {
        "id": lambda: message_id_for(req, msg),
        "createdDateTime": lambda: iso(msg.created),
        "lastModifiedDateTime": lambda: iso(msg.last_modified),
        "changeKey": lambda: msg.change_key,
        "categories": lambda: list(msg.categories),
        "receivedDateTime": lambda: iso(msg.received),
        "sentDateTime": lambda: iso(msg.received - timedelta(seconds=30)),
        "hasAttachments": lambda: False,
        "internetMessageId": lambda: msg.internet_message_id,
        "subject": lambda: msg.subject,
        "bodyPreview": lambda: " ".join(text.split())[:255],
        "importance": lambda: msg.importance,
        "parentFolderId": lambda: msg.folder_id,
        "conversationId": lambda: msg.conversation_id,
        "conversationIndex": lambda: base64.b64encode(
            hashlib.sha256(msg.conversation_id.encode()).digest()[:22]
        ).decode(),
        "isDeliveryReceiptRequested": lambda: False,
        "isReadReceiptRequested": lambda: False,
        "isRead": lambda: msg.is_read,
        "isDraft": lambda: msg.is_draft,
        "webLink": lambda: (
            "https://outlook.office365.com/owa/?ItemID="
            f"{quote(msg.rest_id, safe='')}&exvsurl=1&viewmodel=ReadMessageItem"
        ),
        "inferenceClassification": lambda: msg.inference_classification,
        "body": lambda: _item_body(req, text, msg.body),
        "uniqueBody": lambda: _item_body(req, _unique(text), _unique(text)),
        "sender": lambda: sender,
        "from": lambda: sender,
        "toRecipients": lambda: [_recipient(n, a) for n, a in msg.to],
        "ccRecipients": lambda: [_recipient(n, a) for n, a in msg.cc],
        "bccRecipients": list,
        "replyTo": list,
        "flag": lambda: dict(msg.flag),
        "internetMessageHeaders": lambda: _headers(msg),
    }
    out: dict[str, Any] = {"@odata.etag": f'W/"{msg.change_key}"'}
    for name in MESSAGE_PROPERTIES:
        if name in msg.raw and name in wanted:
            out[name] = msg.raw[name]
        elif name in wanted and name not in msg.omit:
            out[name] = values[name]()
    if select is None:
        out |= msg.event_message
    elif msg.event_message:
        # A derived type is annotated even under $select; its own properties need the cast.
        out["@odata.type"] = msg.event_message["@odata.type"]
        for name in wanted & set(EVENT_MESSAGE_SELECTABLE):
            plain = name.removeprefix(EVENT_MESSAGE_CAST)
            if plain in msg.event_message:
                out[plain] = msg.event_message[plain]
    return out


def _unique(text: str) -> str:
    match = _QUOTE_START.search(text)
    return text[: match.start()].rstrip() if match else text


def require_message(emu: GraphEmulator, message_id: str) -> EmulatedMessage:
    """Look a message up by immutable or current REST id; anything else is 404."""
    msg = emu.message(message_id)
    if msg is None:
        raise GraphFault(
            404, "ErrorItemNotFound", "The specified object was not found in the store."
        )
    return msg


def require_folder(emu: GraphEmulator, ref: str) -> Folder:
    """Look a folder up by id or well-known name; anything else is 404."""
    folder = emu.find_folder(ref)
    if folder is None:
        raise GraphFault(
            404, "ErrorItemNotFound", "The specified object was not found in the store."
        )
    return folder


def json_object(req: GraphRequest) -> dict[str, Any]:
    """Return the request body as a JSON object, or answer 400."""
    if not isinstance(req.json, dict):
        raise GraphFault(400, "BadRequest", "Empty Payload. JSON content expected.")
    return req.json


def reply_message(req: GraphRequest, msg: EmulatedMessage, status: int = 200) -> GraphReply:
    """Answer with one message honouring $select."""
    body = serialize(req, msg, parse_select(req, SELECTABLE, "message"))
    body = {"@odata.context": req.link("/$metadata#users('me')/messages/$entity"), **body}
    return GraphReply(status, body)


@router.route("GET", "/me")
def get_me(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Return the signed-in user's profile."""
    return GraphReply(200, {"@odata.context": req.link("/$metadata#users/$entity"), **emu.profile})


@router.route("GET", "/me/messages/{message_id}")
def get_message(emu: GraphEmulator, req: GraphRequest, message_id: str) -> GraphReply:
    """Return one message (with its meeting, for $expand=microsoft.graph.eventMessage/event)."""
    # Imported here: the calendar modules read dateTimeTimeZone values with this module's help.
    from .calendar_invitations import expand_event

    refuse_cast_select(emu, req)
    msg = require_message(emu, message_id)
    reply = reply_message(req, msg)
    expand_event(emu, req, msg, reply.body)
    return reply


@router.route("GET", "/me/mailFolders/{folder_ref}/messages/{message_id}")
def get_folder_message(
    emu: GraphEmulator, req: GraphRequest, folder_ref: str, message_id: str
) -> GraphReply:
    """Return one message addressed through its folder."""
    msg = require_message(emu, message_id)
    if msg.folder_id != require_folder(emu, folder_ref).id:
        raise GraphFault(
            404, "ErrorItemNotFound", "The specified object was not found in the store."
        )
    return reply_message(req, msg)


@router.route("GET", "/me/messages")
def list_all_messages(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """List messages across the mailbox, newest first."""
    refuse_cast_select(emu, req)
    every = sorted(emu.all_messages(), key=lambda m: m.received, reverse=True)
    return _list(req, every)


@router.route("GET", "/me/mailFolders/{folder_ref}/messages")
def list_folder_messages(emu: GraphEmulator, req: GraphRequest, folder_ref: str) -> GraphReply:
    """List a folder's messages, newest first."""
    refuse_cast_select(emu, req)
    return _list(req, require_folder(emu, folder_ref).newest_first())


def _list(req: GraphRequest, messages: list[EmulatedMessage]) -> GraphReply:
    select = parse_select(req, SELECTABLE, "message")
    clauses = []
    if "$filter" in req.query:
        parsed = parse_filter(req.query["$filter"])
        if parsed is None or any(p.lower() not in _FILTERABLE for p, _, _ in parsed):
            raise GraphFault(
                400,
                "ErrorInvalidUrlQueryFilter",
                "The query filter contains one or more invalid nodes.",
            )
        clauses = [(_FILTERABLE[p.lower()], op, value) for p, op, value in parsed]
    order = req.query.get("$orderby", "").strip()
    if order:
        prop, _, direction = order.partition(" ")
        if prop.lower() != "receiveddatetime" or direction.strip().lower() not in (
            "",
            "asc",
            "desc",
        ):
            raise GraphFault(400, "ErrorInvalidProperty", f"Sorting by '{order}' is not supported.")
        if clauses and clauses[0][0] != "received":
            raise GraphFault(
                400,
                "InefficientFilter",
                "The restriction or sort order is too complex for this operation.",
            )
        if direction.strip().lower() == "asc":
            messages = list(reversed(messages))
    if clauses:
        messages = [
            m for m in messages if all(compare(getattr(m, a), op, v) for a, op, v in clauses)
        ]
    chunk, next_link = paginate(req, messages)
    items = [serialize(req, m, select) for m in chunk]
    return GraphReply(200, collection(req, "users('me')/messages", items, next_link))


@router.route("PATCH", "/me/messages/{message_id}")
def patch_message(emu: GraphEmulator, req: GraphRequest, message_id: str) -> GraphReply:
    """Update categories, isRead, flag, importance or inferenceClassification; arrays replace."""
    msg = require_message(emu, message_id)
    # Validate everything before changing anything: a rejected PATCH leaves the message alone.
    updates = [_validated(name, value) for name, value in json_object(req).items()]
    for attribute, value in updates:
        setattr(msg, attribute, value)
    emu.touch(msg, json_object(req))
    return reply_message(req, msg)


def _validated(name: str, value: Any) -> tuple[str, Any]:
    if name == "categories":
        if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
            raise GraphFault(400, "RequestBodyRead", "'categories' must be an array of strings.")
        return "categories", list(value)
    if name == "isRead":
        if not isinstance(value, bool):
            raise GraphFault(400, "RequestBodyRead", "'isRead' must be a boolean.")
        return "is_read", value
    if name == "importance":
        return "importance", _enum(value, IMPORTANCE, "importance")
    if name == "inferenceClassification":
        return "inference_classification", _enum(value, INFERENCE, "inferenceClassificationType")
    if name == "subject":
        if not isinstance(value, str):
            raise GraphFault(400, "RequestBodyRead", "'subject' must be a string.")
        return "subject", value
    if name == "flag":
        return "flag", _flag(value)
    if name in MESSAGE_PROPERTIES:
        raise GraphFault(400, "ErrorInvalidPropertySet", f"The property '{name}' is read-only.")
    raise GraphFault(
        400,
        "RequestBodyRead",
        f"The property '{name}' does not exist on type 'microsoft.graph.message'.",
    )


def _enum(value: Any, members: tuple[str, ...], type_name: str) -> str:
    if value not in members:
        raise GraphFault(
            400,
            "RequestBodyRead",
            f"Requested value '{value}' was not found in enum type 'microsoft.graph.{type_name}'.",
        )
    return str(value)


def date_time_time_zone(value: Any, name: str) -> dict[str, str]:
    """Validate a dateTimeTimeZone object."""
    if not isinstance(value, dict) or not isinstance(value.get("dateTime"), str):
        raise GraphFault(400, "RequestBodyRead", f"'{name}' must be a dateTimeTimeZone object.")
    extra = set(value) - {"dateTime", "timeZone"}
    if extra:
        raise GraphFault(
            400,
            "RequestBodyRead",
            f"The property '{sorted(extra)[0]}' does not exist on type "
            "'microsoft.graph.dateTimeTimeZone'.",
        )
    try:
        parse_iso(value["dateTime"])
    except ValueError as err:
        raise GraphFault(
            400, "RequestBodyRead", f"'{name}.dateTime' is not a valid date: {value['dateTime']!r}."
        ) from err
    return {"dateTime": value["dateTime"], "timeZone": str(value.get("timeZone") or "UTC")}


def _flag(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise GraphFault(400, "RequestBodyRead", "'flag' must be a followupFlag object.")
    flag: dict[str, Any] = {"flagStatus": "notFlagged"}
    for name, item in value.items():
        if name == "flagStatus":
            flag[name] = _enum(item, FLAG_STATUS, "followupFlagStatus")
        elif name in ("startDateTime", "dueDateTime", "completedDateTime"):
            if item is not None:
                flag[name] = date_time_time_zone(item, f"flag.{name}")
                _no_own_offset(item)
        else:
            raise GraphFault(
                400,
                "RequestBodyRead",
                f"The property '{name}' does not exist on type 'microsoft.graph.followupFlag'.",
            )
    if "dueDateTime" in flag and "startDateTime" not in flag:
        raise GraphFault(
            400, "ErrorInvalidArgument", "A flag with a dueDateTime must also have a startDateTime."
        )
    return flag


def _no_own_offset(value: dict[str, Any]) -> None:
    # Outlook reads a flag's dateTime in its timeZone: one that carries its own offset ("Z",
    # "+02:00") beside it is refused with a bare 400 (seen live; littlebearapps/outlook-assistant
    # issue 81).
    if "timeZone" in value and re.search(r"(Z|[+-]\d\d:?\d\d)$", value["dateTime"], re.I):
        raise GraphFault(400, "ErrorInvalidArgument", "The request is invalid.")


def params_ci(body: dict[str, Any]) -> dict[str, Any]:
    """Action parameters are matched case-insensitively (the CSDL spells them PascalCase)."""
    return {key.lower(): value for key, value in body.items()}


@router.route("POST", "/me/messages/{message_id}/move")
def move_message(emu: GraphEmulator, req: GraphRequest, message_id: str) -> GraphReply:
    """Move a message: 201 with the moved copy, which has a new REST id."""
    msg = require_message(emu, message_id)
    params = params_ci(json_object(req))
    destination = params.get("destinationid")
    if not isinstance(destination, str) or not destination:
        raise GraphFault(400, "ErrorInvalidParameter", "The parameter 'DestinationId' is missing.")
    target = require_folder(emu, destination)
    if target.wellknown == "msgfolderroot":
        raise GraphFault(400, "ErrorMoveCopyFailed", "Cannot move items to the root folder.")
    emu.relocate(msg, target)
    return reply_message(req, msg, 201)


@router.route("POST", "/me/translateExchangeIds")
def translate_ids(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Translate REST ids to immutable ids (and back); unknown ids get errorDetails."""
    params = params_ci(json_object(req))
    inputs = params.get("inputids")
    source = _enum(params.get("sourceidtype"), EXCHANGE_ID_FORMATS, "exchangeIdFormat")
    target = _enum(params.get("targetidtype"), EXCHANGE_ID_FORMATS, "exchangeIdFormat")
    if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
        raise GraphFault(400, "ErrorInvalidParameter", "'inputIds' must be an array of strings.")
    if len(inputs) > 1000:
        raise GraphFault(
            400, "ErrorInvalidParameter", f"At most 1000 ids per request ({len(inputs)} given)."
        )
    supported = {"restId", "restImmutableEntryId"}
    if source not in supported or target not in supported:
        raise GraphFault(
            400,
            "ErrorInvalidParameter",
            "The emulator translates only restId <-> restImmutableEntryId.",
        )
    results: list[dict[str, Any]] = []
    for source_id in inputs:
        if source == "restId":
            msg = emu.message_by_any_rest_id(source_id)
            if msg is not None and not emu.translate_stale_ids and msg.rest_id != source_id:
                msg = None
        else:
            msg = emu.message_by_immutable_id(source_id)
        if msg is None:
            error = {"code": "ErrorItemNotFound", "message": "The object was not found."}
            results.append({"sourceId": source_id, "errorDetails": error})
        else:
            target_id = msg.immutable_id if target == "restImmutableEntryId" else msg.rest_id
            results.append({"sourceId": source_id, "targetId": target_id})
    context = req.link("/$metadata#Collection(microsoft.graph.convertIdResult)")
    return GraphReply(200, {"@odata.context": context, "value": results})
