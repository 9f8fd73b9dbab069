"""Conversations: createReply drafts, the owner's Sent Items, and replies from others.

Facts (Microsoft Graph v1.0, message: createReply): ``POST /me/messages/{id}/createReply``
creates a draft reply to the sender of the message (or to its replyTo) and answers 201 Created
with the draft; the draft is saved in Drafts, in the same conversation, and is only sent by a
later ``/send``. The JSON body may carry a ``Comment`` or a ``Message`` (with its own
properties), and a Comment together with ``Message.body`` is 400 Bad Request. Parameters are
PascalCase in the CSDL and matched case-insensitively. A message the owner sends lands in Sent
Items (well-known name ``sentitems``) with the owner as sender, in the conversation it replies to.

The test API: `reply_from` delivers another person's reply into the Inbox (the delta shows it);
`owner_sends` puts the owner's own message in Sent Items; `owner_sends_draft` sends a draft the
way Outlook would when the owner clicks Send.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .mail import json_object, params_ci, reply_message, require_message
from .routing import Router
from .state import EmulatedMessage
from .wire import GraphFault, GraphReply, GraphRequest

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

_REPLY_PARAMETERS = frozenset({"comment", "message"})
# Properties of the Message parameter the emulator applies to the draft; others are refused.
_MESSAGE_PROPERTIES = frozenset({"body", "torecipients", "ccrecipients", "subject"})


def _reply_subject(subject: str) -> str:
    return subject if subject.lower().startswith("re:") else f"RE: {subject}"


def _owner(emu: GraphEmulator) -> tuple[str, str]:
    return str(emu.profile.get("displayName") or ""), str(emu.profile.get("mail") or "")


@router.route("POST", "/me/messages/{message_id}/createReply")
def create_reply(emu: GraphEmulator, req: GraphRequest, message_id: str) -> GraphReply:
    """Create a reply draft in Drafts: 201 with the draft, addressed to the original sender."""
    original = require_message(emu, message_id)
    params = params_ci(json_object(req)) if req.json is not None else {}
    unknown = set(params) - _REPLY_PARAMETERS
    if unknown:
        raise GraphFault(
            400, "ErrorInvalidParameter", f"The parameter '{sorted(unknown)[0]}' is not valid."
        )
    comment = params.get("comment")
    if comment is not None and not isinstance(comment, str):
        raise GraphFault(400, "RequestBodyRead", "'Comment' must be a string.")
    message = params.get("message") or {}
    if not isinstance(message, dict):
        raise GraphFault(400, "RequestBodyRead", "'Message' must be a message object.")
    extra = {k.lower() for k in message} - _MESSAGE_PROPERTIES
    if extra:
        raise GraphFault(
            400, "ErrorInvalidPropertySet", f"The property '{sorted(extra)[0]}' is not supported."
        )
    if comment and any(k.lower() == "body" for k in message):
        raise GraphFault(
            400,
            "ErrorInvalidRequest",
            "Specifying both a comment and the body property of the message parameter is not "
            "allowed.",
        )
    name, address = _owner(emu)
    quoted = f"\n\nFrom: {original.sender_name} <{original.sender_address}>\n{original.body}"
    draft = emu.add_message(
        "drafts",
        subject=_reply_subject(original.subject),
        sender_name=name,
        sender_address=address,
        body=html.escape(comment or "") + html.escape(quoted),
        received=datetime.now(UTC),
        conversation_id=original.conversation_id,
        to=[(original.sender_name, original.sender_address)],
        is_read=True,
    )
    draft.is_draft = True
    emu.drafts_created += 1
    return reply_message(req, draft, 201)


def reply_from(
    emu: GraphEmulator,
    original: EmulatedMessage,
    *,
    sender_name: str,
    sender_address: str,
    body: str = "Here is the answer you were waiting for.",
    received: datetime | None = None,
) -> EmulatedMessage:
    """Deliver someone's reply to `original` into the Inbox, in its conversation."""
    return emu.add_message(
        "inbox",
        subject=_reply_subject(original.subject),
        sender_name=sender_name,
        sender_address=sender_address,
        body=body,
        received=received,
        conversation_id=original.conversation_id,
        to=[_owner(emu)],
    )


def owner_sends(
    emu: GraphEmulator,
    original: EmulatedMessage,
    *,
    body: str = "Any news on this?",
    sent: datetime | None = None,
    folder: str = "sentitems",
) -> EmulatedMessage:
    """Put the owner's own reply to `original` in Sent Items (or `folder`, e.g. the Inbox)."""
    name, address = _owner(emu)
    return emu.add_message(
        folder,
        subject=_reply_subject(original.subject),
        sender_name=name,
        sender_address=address,
        body=body,
        received=sent,
        conversation_id=original.conversation_id,
        to=[(original.sender_name, original.sender_address)],
        is_read=True,
    )


def owner_sends_draft(emu: GraphEmulator, draft: EmulatedMessage, *, sent: datetime) -> None:
    """Send a draft as Outlook does on the owner's click: it leaves Drafts for Sent Items."""
    if not draft.is_draft:
        raise ValueError("only a draft can be sent")
    draft.is_draft = False
    draft.received = sent
    emu.relocate(draft, emu.resolve_folder("sentitems"))


def drafts(emu: GraphEmulator) -> list[EmulatedMessage]:
    """Return the drafts in Drafts, newest first."""
    return [m for m in emu.messages_in("drafts") if m.is_draft]
