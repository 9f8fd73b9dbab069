"""Messages over HTTP: ids across moves, $select, PATCH semantics, listing, translateExchangeIds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import IMMUTABLE, Http, add


async def test_move_without_prefer_gives_new_rest_id_and_old_id_404s(
    emu: GraphEmulator, http: Http
) -> None:
    (msg,) = add(emu)
    old_id = msg.rest_id
    archive = emu.folder_id("Archive")

    moved = await http.post(f"/me/messages/{old_id}/move", {"destinationId": "archive"})

    assert moved.status == 201
    assert moved.body["id"] != old_id
    stored = emu.message(msg.immutable_id)
    assert stored is not None and moved.body["id"] == stored.rest_id
    assert moved.body["parentFolderId"] == archive
    assert (await http.get(f"/me/messages/{old_id}")).code == "ErrorItemNotFound"
    assert (await http.get(f"/me/messages/{moved.body['id']}")).status == 200
    assert [m.immutable_id for m in emu.messages_in("Archive")] == [msg.immutable_id]


async def test_move_with_prefer_keeps_the_immutable_id(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    folder = emu.add_folder("Projects/Tradecore")
    before = await http.get(f"/me/messages/{msg.immutable_id}", headers=IMMUTABLE)

    moved = await http.post(
        f"/me/messages/{msg.immutable_id}/move", {"destinationId": folder}, headers=IMMUTABLE
    )

    assert moved.status == 201
    assert moved.body["id"] == msg.immutable_id == before.body["id"]
    assert moved.body["changeKey"] != before.body["changeKey"]
    assert moved.body["webLink"] != before.body["webLink"]
    stored = emu.message(msg.immutable_id)
    assert stored is not None and emu.folder_path(stored.folder_id) == "Projects/Tradecore"


async def test_ids_are_case_sensitive(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    assert (await http.get(f"/me/messages/{msg.rest_id.lower()}")).status == 404
    assert msg.immutable_id != msg.rest_id


async def test_select_and_text_body(emu: GraphEmulator, http: Http) -> None:
    msg = emu.add_message(
        subject="Hello",
        sender_name="Ada",
        sender_address="ada@example.com",
        body="First line\n\nOn Monday, Bob wrote:\n> quoted",
        headers={"List-Unsubscribe": "<mailto:u@example.com>"},
    )
    plain = await http.get(f"/me/messages/{msg.rest_id}", params={"$select": "subject,body"})
    assert set(plain.body) == {"@odata.context", "@odata.etag", "id", "subject", "body"}
    assert plain.body["body"]["contentType"] == "html"

    text = await http.get(
        f"/me/messages/{msg.rest_id}",
        params={"$select": "uniqueBody,internetMessageHeaders"},
        headers={"Prefer": 'outlook.body-content-type="text"'},
    )
    assert text.body["uniqueBody"] == {"contentType": "text", "content": "First line"}
    assert {"name": "List-Unsubscribe", "value": "<mailto:u@example.com>"} in text.body[
        "internetMessageHeaders"
    ]
    assert text.headers["Preference-Applied"] == 'outlook.body-content-type="text"'

    full = await http.get(f"/me/messages/{msg.rest_id}")
    assert "internetMessageHeaders" not in full.body and "uniqueBody" not in full.body
    assert full.body["from"]["emailAddress"]["address"] == "ada@example.com"

    bad = await http.get(f"/me/messages/{msg.rest_id}", params={"$select": "subjekt"})
    assert (bad.status, bad.code) == (400, "RequestBroker--ParseUri")


@pytest.mark.invalid_graph_bodies("a misspelt property is refused")
async def test_patch_replaces_categories_and_validates(emu: GraphEmulator, http: Http) -> None:
    msg = emu.add_message(
        subject="s", sender_name="a", sender_address="a@example.com", categories=["Personal"]
    )
    patched = await http.patch(f"/me/messages/{msg.rest_id}", {"categories": ["FYI Only"]})
    assert patched.status == 200
    assert patched.body["categories"] == ["FYI Only"]
    assert msg.categories == ["FYI Only"]

    rejected: list[tuple[dict[str, Any], str]] = [
        ({"importance": "urgent"}, "RequestBodyRead"),
        ({"categoriez": []}, "RequestBodyRead"),
        ({"parentFolderId": "x"}, "ErrorInvalidPropertySet"),
        (
            {"flag": {"flagStatus": "flagged", "dueDateTime": {"dateTime": "2026-01-02T00:00:00"}}},
            "ErrorInvalidArgument",
        ),
        (
            {
                "flag": {
                    "flagStatus": "flagged",
                    "startDateTime": {"dateTime": "2026-01-01T09:00:00Z", "timeZone": "UTC"},
                }
            },
            "ErrorInvalidArgument",
        ),
    ]
    for body, code in rejected:
        reply = await http.patch(f"/me/messages/{msg.rest_id}", {"isRead": True, **body})
        assert (reply.status, reply.code) == (400, code), body
    assert msg.is_read is False, "a rejected PATCH must change nothing"

    flagged = {
        "flagStatus": "flagged",
        "startDateTime": {"dateTime": "2026-01-01T09:00:00", "timeZone": "UTC"},
        "dueDateTime": {"dateTime": "2026-01-02T09:00:00", "timeZone": "UTC"},
    }
    ok = await http.patch(f"/me/messages/{msg.rest_id}", {"flag": flagged, "isRead": True})
    assert ok.body["flag"] == flagged and ok.body["isRead"] is True


async def test_folder_listing_pages_with_absolute_links(emu: GraphEmulator, http: Http) -> None:
    add(emu, n=13)
    first = await http.get("/me/mailFolders/inbox/messages", params={"$select": "subject"})
    assert len(first.body["value"]) == 10
    link = first.body["@odata.nextLink"]
    assert link.startswith(emu.base_url + "/me/mailFolders/inbox/messages?")
    second = await http.get(link)
    assert len(second.body["value"]) == 3 and "@odata.nextLink" not in second.body
    subjects = {m["subject"] for m in first.body["value"] + second.body["value"]}
    assert subjects == {f"message {i}" for i in range(13)}

    topped = await http.get("/me/mailFolders/inbox/messages", params={"$top": "5"})
    assert len(topped.body["value"]) == 5


async def test_message_filters_and_the_inefficient_filter_rule(
    emu: GraphEmulator, http: Http
) -> None:
    now = datetime.now(UTC)
    for hours, read in [(1, False), (30, False), (50, True)]:
        emu.add_message(
            subject=f"{hours}h",
            sender_name="a",
            sender_address="a@example.com",
            received=now - timedelta(hours=hours),
            is_read=read,
        )
    since = (now - timedelta(hours=40)).strftime("%Y-%m-%dT%H:%M:%SZ")
    recent = await http.get(
        "/me/messages",
        params={
            "$filter": f"receivedDateTime ge {since} and isRead eq false",
            "$orderby": "receivedDateTime desc",
        },
    )
    assert [m["subject"] for m in recent.body["value"]] == ["1h", "30h"]

    wrong_order = await http.get(
        "/me/messages",
        params={
            "$filter": f"isRead eq false and receivedDateTime ge {since}",
            "$orderby": "receivedDateTime desc",
        },
    )
    assert (wrong_order.status, wrong_order.code) == (400, "InefficientFilter")


@pytest.mark.invalid_graph_bodies("an unknown id type is refused")
async def test_translate_exchange_ids(emu: GraphEmulator, http: Http) -> None:
    first, second = add(emu, n=2)
    old_rest = first.rest_id
    emu.move_message(first.immutable_id, "Archive")
    body = {
        "inputIds": [old_rest, second.rest_id, "AAMkNeverExisted"],
        "sourceIdType": "restId",
        "targetIdType": "restImmutableEntryId",
    }
    reply = await http.post("/me/translateExchangeIds", body)
    assert reply.status == 200
    by_source = {item["sourceId"]: item for item in reply.body["value"]}
    assert by_source[old_rest]["targetId"] == first.immutable_id
    assert by_source[second.rest_id]["targetId"] == second.immutable_id
    assert by_source["AAMkNeverExisted"]["errorDetails"]["code"] == "ErrorItemNotFound"

    emu.translate_stale_ids = False
    stale = await http.post("/me/translateExchangeIds", body)
    assert "errorDetails" in stale.body["value"][0]

    too_many = await http.post("/me/translateExchangeIds", {**body, "inputIds": ["x"] * 1001})
    assert too_many.status == 400
    bad_enum = await http.post("/me/translateExchangeIds", {**body, "targetIdType": "immutableId"})
    assert bad_enum.status == 400


async def test_me_and_unknown_routes(emu: GraphEmulator, http: Http) -> None:
    me = await http.get("/me")
    assert set(me.body) >= {"id", "displayName", "mail", "userPrincipalName"}
    unknown = await http.get("/me/nothingHere")
    assert (unknown.status, unknown.code) == (400, "BadRequest")
    wrong_method = await http("DELETE", "/me/messages/whatever")
    assert wrong_method.status == 405
