"""Conversations in the emulator: createReply drafts, Sent Items, replies from others."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sandbox.graph_emulator import GraphEmulator
from sandbox.graph_emulator.replies import drafts, owner_sends, owner_sends_draft, reply_from
from tests.sandbox.helpers import IMMUTABLE, Http, add


async def test_create_reply_makes_a_draft_in_drafts_addressed_to_the_sender(
    emu: GraphEmulator, http: Http
) -> None:
    (msg,) = add(emu)
    answer = await http.post(
        f"/me/messages/{msg.immutable_id}/createReply",
        {"comment": "Any news?"},
        headers=IMMUTABLE,
    )
    assert answer.status == 201
    assert answer.body["isDraft"] is True
    assert answer.body["conversationId"] == msg.conversation_id
    assert answer.body["subject"] == f"RE: {msg.subject}"
    assert answer.body["toRecipients"] == [
        {"emailAddress": {"name": msg.sender_name, "address": msg.sender_address}}
    ]
    assert answer.body["parentFolderId"] == emu.folder_id("drafts")
    [draft] = drafts(emu)
    assert "Any news?" in draft.body and emu.drafts_created == 1
    assert emu.messages_in("sentitems") == []
    listed = await http.get(
        "/me/mailFolders/drafts/messages",
        params={"$filter": f"conversationId eq '{msg.conversation_id}'"},
    )
    assert [m["id"] for m in listed.body["value"]] == [draft.rest_id]


@pytest.mark.invalid_graph_bodies("refusals of bodies Graph refuses")
@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"comment": "x", "message": {"body": {"content": "y"}}}, "ErrorInvalidRequest"),
        ({"text": "x"}, "ErrorInvalidParameter"),
        ({"comment": 3}, "RequestBodyRead"),
        ({"message": {"isRead": True}}, "ErrorInvalidPropertySet"),
    ],
)
async def test_create_reply_refuses_what_graph_refuses(
    emu: GraphEmulator, http: Http, body: dict[str, object], code: str
) -> None:
    (msg,) = add(emu)
    answer = await http.post(f"/me/messages/{msg.immutable_id}/createReply", body)
    assert (answer.status, answer.code) == (400, code)
    assert drafts(emu) == []


async def test_create_reply_to_an_unknown_message_is_404(emu: GraphEmulator, http: Http) -> None:
    answer = await http.post("/me/messages/nope/createReply", {"comment": "x"})
    assert answer.status == 404


async def test_replies_and_sent_items_stay_in_the_conversation(
    emu: GraphEmulator, http: Http
) -> None:
    (msg,) = add(emu)
    reply = reply_from(emu, msg, sender_name="Dana", sender_address="dana@x.example")
    mine = owner_sends(emu, msg, sent=datetime(2026, 12, 1, tzinfo=UTC))
    assert reply.conversation_id == mine.conversation_id == msg.conversation_id
    assert reply.folder_id == emu.folder_id("inbox")
    sent = await http.get(
        "/me/mailFolders/sentitems/messages",
        params={"$filter": "receivedDateTime ge 2026-11-30T00:00:00Z"},
    )
    [item] = sent.body["value"]
    assert item["from"]["emailAddress"]["address"] == emu.profile["mail"]
    assert item["conversationId"] == msg.conversation_id


async def test_sending_a_draft_moves_it_to_sent_items(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    await http.post(f"/me/messages/{msg.immutable_id}/createReply", {"comment": "x"})
    [draft] = drafts(emu)
    owner_sends_draft(emu, draft, sent=datetime(2026, 12, 2, tzinfo=UTC))
    assert drafts(emu) == []
    assert [m.immutable_id for m in emu.messages_in("sentitems")] == [draft.immutable_id]
    with pytest.raises(ValueError):
        owner_sends_draft(emu, draft, sent=datetime(2026, 12, 2, tzinfo=UTC))
