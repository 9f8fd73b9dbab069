"""Messages as odd as Graph can serve them: raw and missing properties, escaped lone surrogates."""

from __future__ import annotations

import json

import aiohttp

from sandbox.graph_emulator import EmulatedMessage, GraphEmulator
from tests.sandbox.helpers import IMMUTABLE, Http

DELTA = "/me/mailFolders/inbox/messages/delta"


def _odd(emu: GraphEmulator) -> EmulatedMessage:
    return emu.add_message(
        subject="modelled subject",
        sender_name="Ada",
        sender_address="ada@example.com",
        body="plain body",
        raw={"subject": None, "bodyPreview": "raw preview"},
        omit=("from", "sender", "receivedDateTime"),
    )


async def test_raw_properties_replace_the_modelled_ones_and_omitted_ones_are_absent(
    emu: GraphEmulator, http: Http
) -> None:
    msg = _odd(emu)

    single = await http.get(f"/me/messages/{msg.immutable_id}", headers=IMMUTABLE)
    delta = await http.get(DELTA, headers=IMMUTABLE)

    for body in (single.body, delta.body["value"][0]):
        assert body["id"] == msg.immutable_id
        assert body["subject"] is None and body["bodyPreview"] == "raw preview"
        assert not {"from", "sender", "receivedDateTime"} & set(body)
        assert body["body"]["content"]  # untouched properties are still modelled


async def test_select_still_decides_which_raw_properties_are_sent(
    emu: GraphEmulator, http: Http
) -> None:
    msg = _odd(emu)

    reply = await http.get(
        f"/me/messages/{msg.immutable_id}", params={"$select": "id,subject,from"}
    )

    assert {k for k in reply.body if not k.startswith("@")} == {"id", "subject"}
    assert reply.body["subject"] is None


async def test_a_lone_surrogate_goes_out_escaped_and_the_body_stays_valid_utf8(
    emu: GraphEmulator,
) -> None:
    msg = emu.add_message(
        subject="broken \ud800 subject 😀",
        sender_name="Ada",
        sender_address="ada@example.com",
    )
    url = f"{emu.base_url}/me/messages/{msg.immutable_id}"

    async with (
        aiohttp.ClientSession() as session,
        session.get(url, headers={"Authorization": "Bearer t"}) as response,
    ):
        raw = await response.read()

    raw.decode("utf-8")  # strict: no surrogate bytes on the wire
    assert b"\\ud800" in raw and b"\\ud83d\\ude00" in raw
    assert json.loads(raw)["subject"] == msg.subject
