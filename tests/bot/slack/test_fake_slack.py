"""The fake Slack against slack_sdk's real clients, and signed requests into a real AsyncApp."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable
from typing import Any

import pytest
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from sandbox.slack_emulator import BOT_USER_ID, OWNER_ID, STRANGER_ID, new_trigger_id
from sandbox.slack_emulator import signed_requests as rq

MODAL = {
    "type": "modal",
    "callback_id": "demo_view",
    "title": {"type": "plain_text", "text": "Edit"},
    "submit": {"type": "plain_text", "text": "Approve"},
    "blocks": [
        {
            "type": "input",
            "block_id": "note",
            "label": {"type": "plain_text", "text": "Note"},
            "element": {"type": "plain_text_input", "action_id": "note_input"},
        }
    ],
}


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


async def slack_error(call: Awaitable[Any]) -> SlackApiError:
    with pytest.raises(SlackApiError) as caught:
        await call
    return caught.value


# --- the Web API ---


async def test_post_to_a_user_lands_in_their_dm_and_is_echoed(fake_slack, slack_web_client):
    answer = await slack_web_client.chat_postMessage(
        channel=OWNER_ID, text="1 new email", blocks=[section("*Invoice* from Contoso")]
    )

    dm = fake_slack.open_dm(OWNER_ID)
    assert answer["channel"] == dm and dm.startswith("D")
    assert answer["message"]["bot_id"] and answer["message"]["user"] == BOT_USER_ID
    [message] = fake_slack.messages(dm)
    assert message.ts == answer["ts"] and message.text == "1 new email"
    assert message.blocks[0]["text"]["text"] == "*Invoice* from Contoso"
    assert message.blocks[0]["block_id"]  # Slack gives blocks without one a block_id
    [call] = fake_slack.calls("chat.postMessage")
    assert call["channel"] == OWNER_ID and "block_id" not in call["blocks"][0]
    assert call.headers["Authorization"] == f"Bearer {fake_slack.bot_token}"
    assert call.headers["Content-Type"].startswith("application/json") and call.ok


async def test_ts_are_unique_and_ordered(fake_slack, slack_web_client):
    stamps = [
        (await slack_web_client.chat_postMessage(channel=OWNER_ID, text=str(i)))["ts"]
        for i in range(3)
    ]

    assert len(set(stamps)) == 3 and stamps == sorted(stamps)
    assert all(len(ts.split(".")[1]) == 6 for ts in stamps)


async def test_form_bodies_carry_the_token_and_json_encoded_blocks(fake_slack):
    client = AsyncWebClient(base_url=fake_slack.base_url)  # no header: token in the form
    blocks = json.dumps([section("from a form")])

    answer = await client.api_call(
        "chat.postMessage",
        data={"token": fake_slack.bot_token, "channel": OWNER_ID, "text": "t", "blocks": blocks},
    )

    assert answer["ok"]
    [call] = fake_slack.calls("chat.postMessage")
    assert call.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert call.token == fake_slack.bot_token and "token" not in call
    assert fake_slack.messages()[0].blocks[0]["text"]["text"] == "from a form"


async def test_a_json_body_token_is_ignored_as_slack_does(fake_slack, http_session):
    body = {"token": fake_slack.bot_token, "channel": OWNER_ID, "text": "hi"}

    async with http_session.post(fake_slack.base_url + "chat.postMessage", json=body) as resp:
        answer = await resp.json()

    assert resp.status == 200 and answer == {"ok": False, "error": "not_authed"}
    assert fake_slack.messages() == []


async def test_update_keeps_the_earlier_version(fake_slack, slack_web_client):
    posted = await slack_web_client.chat_postMessage(channel=OWNER_ID, text="pending")

    updated = await slack_web_client.chat_update(
        channel=posted["channel"], ts=posted["ts"], text="approved", blocks=[section("done")]
    )

    message = fake_slack.message(posted["channel"], posted["ts"])
    assert updated["ts"] == posted["ts"] and updated["message"]["text"] == "approved"
    assert message.text == "approved" and message.blocks[0]["text"]["text"] == "done"
    assert message.versions == [{"text": "pending", "blocks": []}]


@pytest.mark.parametrize(
    ("channel", "ts", "error"),
    [
        ("dm", "1.000001", "message_not_found"),
        ("owner", "posted", "channel_not_found"),  # chat.update needs the D... id
        ("C0NOTHERE00", "posted", "channel_not_found"),
    ],
)
async def test_update_errors(fake_slack, slack_web_client, channel, ts, error):
    posted = await slack_web_client.chat_postMessage(channel=OWNER_ID, text="pending")
    channel = {"dm": posted["channel"], "owner": OWNER_ID}.get(channel, channel)
    ts = posted["ts"] if ts == "posted" else ts

    err = await slack_error(slack_web_client.chat_update(channel=channel, ts=ts, text="x"))

    assert err.response["error"] == error and err.response.status_code == 200


async def test_invalid_blocks_are_refused_like_slack(fake_slack, slack_web_client):
    long_button = {
        "type": "actions",
        "elements": [
            {"type": "button", "action_id": "a", "text": {"type": "plain_text", "text": "x" * 76}}
        ],
    }

    too_many = await slack_error(
        slack_web_client.chat_postMessage(channel=OWNER_ID, text="t", blocks=[section("s")] * 51)
    )
    too_long = await slack_error(
        slack_web_client.chat_postMessage(channel=OWNER_ID, text="t", blocks=[long_button])
    )
    empty = await slack_error(
        slack_web_client.api_call("chat.postMessage", json={"channel": OWNER_ID, "text": ""})
    )

    assert too_many.response["error"] == too_long.response["error"] == "invalid_blocks"
    assert "/blocks/0" in too_long.response["response_metadata"]["messages"][0]
    assert empty.response["error"] == "no_text"
    assert fake_slack.messages() == []


async def test_ephemeral_messages_are_kept_apart_and_cannot_be_updated(
    fake_slack, slack_web_client
):
    dm = fake_slack.open_dm(OWNER_ID)

    answer = await slack_web_client.chat_postEphemeral(channel=dm, user=OWNER_ID, text="private")
    err = await slack_error(
        slack_web_client.chat_update(channel=dm, ts=answer["message_ts"], text="x")
    )
    stranger = await slack_error(
        slack_web_client.chat_postEphemeral(channel=dm, user=STRANGER_ID, text="no")
    )

    [ephemeral] = fake_slack.ephemerals
    assert (ephemeral.user, ephemeral.text, ephemeral.ts) == (
        OWNER_ID,
        "private",
        answer["message_ts"],
    )
    assert err.response["error"] == "message_not_found" and fake_slack.messages() == []
    assert stranger.response["error"] == "user_not_in_channel"


async def test_conversations_open_and_users_info(fake_slack, slack_web_client):
    first = await slack_web_client.conversations_open(users=OWNER_ID)
    again = await slack_web_client.conversations_open(users=[OWNER_ID])
    user = await slack_web_client.users_info(user=OWNER_ID)
    missing = await slack_error(slack_web_client.users_info(user="U0NOBODY00"))

    assert first["channel"]["id"] == again["channel"]["id"] == fake_slack.open_dm(OWNER_ID)
    assert "already_open" not in first.data and again["already_open"] is True
    assert user["user"]["tz"] == "Europe/Stockholm"
    assert missing.response["error"] == "user_not_found"
    assert fake_slack.calls("users.info")[0].http_method == "GET"


async def test_a_trigger_opens_one_modal_once_and_only_within_3_seconds(
    fake_slack, slack_web_client
):
    trigger = new_trigger_id()

    opened = await slack_web_client.views_open(trigger_id=trigger, view=MODAL)
    reused = await slack_error(slack_web_client.views_open(trigger_id=trigger, view=MODAL))
    stale = await slack_error(
        slack_web_client.views_open(trigger_id=new_trigger_id(time.time() - 4), view=MODAL)
    )
    bogus = await slack_error(slack_web_client.views_open(trigger_id="12345", view=MODAL))

    view = opened["view"]
    assert view["id"] == view["root_view_id"] and view["callback_id"] == "demo_view"
    assert fake_slack.views[view["id"]]["blocks"][0]["block_id"] == "note"
    assert reused.response["error"] == "exchanged_trigger_id"
    assert stale.response["error"] == "expired_trigger_id"
    assert bogus.response["error"] == "invalid_trigger_id"


async def test_views_update_checks_the_hash_and_push_stops_at_three(fake_slack, slack_web_client):
    root = (await slack_web_client.views_open(trigger_id=new_trigger_id(), view=MODAL))["view"]
    changed = dict(MODAL, private_metadata="42")

    updated = await slack_web_client.views_update(
        view_id=root["id"], hash=root["hash"], view=changed
    )
    conflict = await slack_error(
        slack_web_client.views_update(view_id=root["id"], hash=root["hash"], view=MODAL)
    )
    for _ in range(2):
        await slack_web_client.views_push(trigger_id=new_trigger_id(), view=MODAL)
    full = await slack_error(slack_web_client.views_push(trigger_id=new_trigger_id(), view=MODAL))

    assert updated["view"]["private_metadata"] == "42" and updated["view"]["hash"] != root["hash"]
    assert conflict.response["error"] == "hash_conflict"
    assert full.response["error"] == "push_limit_reached"


async def test_a_bad_view_is_invalid_arguments(fake_slack, slack_web_client):
    title_too_long = dict(MODAL, title={"type": "plain_text", "text": "x" * 25})

    err = await slack_error(
        slack_web_client.views_open(trigger_id=new_trigger_id(), view=title_too_long)
    )

    assert err.response["error"] == "invalid_arguments" and fake_slack.views == {}


async def test_429_with_retry_after_is_honoured_by_the_retry_handler(
    fake_slack, slack_web_client, slack_retry_sleeps
):
    fake_slack.rate_limit("chat.postMessage", retry_after=3)

    answer = await slack_web_client.chat_postMessage(channel=OWNER_ID, text="after a wait")

    assert answer["ok"] and len(fake_slack.messages()) == 1
    [wait] = slack_retry_sleeps.calls
    assert 3 <= wait < 4  # Retry-After plus slack_sdk's jitter
    first, second = fake_slack.calls("chat.postMessage")
    assert (first.status, first.error, second.status) == (429, "ratelimited", 200)


async def test_429_surfaces_without_a_retry_handler(fake_slack):
    client = AsyncWebClient(token=fake_slack.bot_token, base_url=fake_slack.base_url)
    fake_slack.rate_limit("chat.update", retry_after=7, times=2)

    err = await slack_error(client.chat_update(channel="D1", ts="1.1", text="x"))

    assert err.response.status_code == 429 and err.response["error"] == "ratelimited"
    assert err.response.headers["Retry-After"] == "7"


async def test_injected_errors_and_latency_hit_only_their_method(fake_slack, slack_web_client):
    fake_slack.fail("chat.postMessage", "fatal_error")
    fake_slack.latency(0.05, "users.info")

    failed = await slack_error(slack_web_client.chat_postMessage(channel=OWNER_ID, text="x"))
    posted = await slack_web_client.chat_postMessage(channel=OWNER_ID, text="y")
    started = time.perf_counter()
    await slack_web_client.users_info(user=OWNER_ID)

    assert failed.response["error"] == "fatal_error" and posted["ok"]
    assert time.perf_counter() - started >= 0.05


@pytest.mark.parametrize(
    ("token", "error"),
    [("xoxb-1-2-wrong", "invalid_auth"), (None, "not_authed"), ("app", "not_allowed_token_type")],
)
async def test_bad_tokens(fake_slack, token, error):
    token = fake_slack.app_token if token == "app" else token
    client = AsyncWebClient(token=token, base_url=fake_slack.base_url)

    err = await slack_error(client.chat_postMessage(channel=OWNER_ID, text="x"))

    assert err.response["error"] == error and fake_slack.messages() == []
    assert fake_slack.calls("chat.postMessage")[0].token == token


async def test_auth_test_and_the_app_token(fake_slack):
    bot = AsyncWebClient(token=fake_slack.bot_token, base_url=fake_slack.base_url)

    who = await bot.auth_test()
    url = await bot.apps_connections_open(app_token=fake_slack.app_token)
    refused = await slack_error(bot.apps_connections_open(app_token=fake_slack.bot_token))

    assert (who["user_id"], who["bot_id"]) == (BOT_USER_ID, "B07BOT00001")
    assert url["url"].startswith("ws://127.0.0.1:")
    assert refused.response["error"] == "not_allowed_token_type"


# --- response_url ---


async def test_response_url_replaces_its_message_five_times_at_most(fake_slack, slack_web_client):
    posted = await slack_web_client.chat_postMessage(channel=OWNER_ID, text="card")
    url = fake_slack.response_url(channel=posted["channel"], message_ts=posted["ts"], user=OWNER_ID)
    hook = AsyncWebhookClient(url)

    statuses = [
        (await hook.send(text=f"v{i}", replace_original=True)).status_code for i in range(6)
    ]

    message = fake_slack.message(posted["channel"], posted["ts"])
    assert statuses == [200] * 5 + [404] and message.text == "v4"
    assert [v["text"] for v in message.versions] == ["card", "v0", "v1", "v2", "v3"]
    assert fake_slack.calls("webhook")[0]["replace_original"] is True


async def test_response_url_posts_ephemeral_by_default_and_in_channel_on_request(fake_slack):
    dm = fake_slack.open_dm(OWNER_ID)
    url = fake_slack.response_url(channel=dm, user=OWNER_ID)

    await AsyncWebhookClient(url).send(text="only you")
    await AsyncWebhookClient(url).send(text="everyone", response_type="in_channel")

    assert [(e.user, e.text) for e in fake_slack.ephemerals] == [(OWNER_ID, "only you")]
    assert [m.text for m in fake_slack.messages(dm)] == ["everyone"]


# --- signed requests into a real AsyncApp ---


@pytest.fixture
def app(slack_web_client: AsyncWebClient, signing_secret: str) -> AsyncApp:
    return AsyncApp(client=slack_web_client, signing_secret=signing_secret)


async def test_a_signed_click_reaches_its_listener_and_the_app_talks_to_the_fake(app, fake_slack):
    seen = []

    @app.action("approve")
    async def on_approve(ack, body, action, client, respond):
        await ack()
        seen.append((body["user"]["id"], action["value"], body["container"]["message_ts"]))
        await client.chat_update(channel=body["channel"]["id"], ts=action["value"], text="done")
        await respond(text="approved", replace_original=True)

    posted = await app.client.chat_postMessage(channel=OWNER_ID, text="card")
    channel, ts = posted["channel"], posted["ts"]
    request = rq.block_actions(
        OWNER_ID,
        "approve",
        ts,
        channel=channel,
        message_ts=ts,
        response_url=fake_slack.response_url(channel=channel, message_ts=ts),
        message=fake_slack.message(channel, ts).echo(),
    )

    response = await rq.dispatch(app, request)

    assert response.status == 200 and seen == [(OWNER_ID, ts, ts)]
    assert [v["text"] for v in fake_slack.message(channel, ts).versions] == ["card", "done"]
    assert fake_slack.message(channel, ts).text == "approved"
    assert len(fake_slack.calls("auth.test")) == 1  # Bolt's lazy token check


async def test_dispatch_returns_at_the_ack_and_settle_waits_for_the_rest(app, fake_slack):
    @app.action("approve")
    async def on_approve(ack, body, client):
        await ack()
        await client.chat_update(
            channel=body["channel"]["id"], ts=body["message"]["ts"], text="done"
        )

    posted = await app.client.chat_postMessage(channel=OWNER_ID, text="card")
    message = fake_slack.message(posted["channel"], posted["ts"])
    click = rq.block_actions(
        OWNER_ID, "approve", channel=message.channel, message_ts=message.ts, message=message.echo()
    )
    fake_slack.latency(0.2, "chat.update")  # Slack is slow; the ack must not wait for it

    before = asyncio.all_tasks()
    response = await rq.dispatch(app, click, wait=False)
    text_at_ack = message.text
    await rq.settle(before)

    assert response.status == 200 and text_at_ack == "card" and message.text == "done"


@pytest.mark.parametrize("tamper", ["secret", "stale", "body"])
async def test_a_badly_signed_request_gets_401(app, fake_slack, tamper):
    calls = []

    @app.command("/assistant")
    async def on_command(ack):
        calls.append(ack)
        await ack()

    kwargs = {"channel_id": "D1", "response_url": fake_slack.response_url()}
    if tamper == "secret":
        request = rq.slash_command(OWNER_ID, "help", signing_secret="not-the-secret", **kwargs)
    elif tamper == "stale":
        request = rq.slash_command(OWNER_ID, "help", timestamp=int(time.time()) - 301, **kwargs)
    else:
        request = rq.slash_command(OWNER_ID, "help", **kwargs)
        request.raw_body = request.raw_body.replace("help", "cleanup")

    response = await rq.dispatch(app, request)

    assert response.status == 401 and calls == []


async def test_the_builders_payloads_route_like_slacks(app, fake_slack):
    dm = fake_slack.open_dm(OWNER_ID)

    @app.command("/assistant")
    async def on_command(ack, command):
        await ack(f"ran {command['text']} in {command['channel_id']}")

    @app.view("edit")
    async def on_submit(ack, view):
        note = view["state"]["values"]["note"]["note_input"]["value"]
        await ack(response_action="errors", errors={"note": f"{note} / {view['private_metadata']}"})

    @app.options("folder")
    async def on_options(ack, payload):
        await ack(
            options=[{"text": {"type": "plain_text", "text": payload["value"]}, "value": "1"}]
        )

    @app.message()
    async def on_dm(message, say):
        await say(f"echo {message['text']}")

    command = await rq.dispatch(
        app,
        rq.slash_command(OWNER_ID, "status", channel_id=dm, response_url=fake_slack.response_url()),
    )
    submit = await rq.dispatch(
        app,
        rq.view_submission(OWNER_ID, "edit", {"note": {"note_input": rq.text_input("hi")}}, "7"),
    )
    options = await rq.dispatch(app, rq.block_suggestion(OWNER_ID, "folder", "Fin"))
    dm_message = await rq.dispatch(app, rq.message_im(OWNER_ID, "hello", channel=dm))
    edited = await rq.dispatch(
        app, rq.message_im(OWNER_ID, "hello", channel=dm, subtype="message_changed")
    )

    assert (command.status, command.body) == (200, f"ran status in {dm}")
    assert json.loads(submit.body) == {"response_action": "errors", "errors": {"note": "hi / 7"}}
    assert json.loads(options.body)["options"][0]["text"]["text"] == "Fin"
    assert dm_message.status == 200 and [m.text for m in fake_slack.messages(dm)] == ["echo hello"]
    assert edited.status == 404  # app.message() leaves message_changed unhandled, as in Slack


async def test_bolt_drops_its_own_posts_but_not_other_bots(app, fake_slack):
    seen = []

    @app.message()
    async def on_dm(message):
        seen.append(message["text"])

    dm = fake_slack.open_dm(OWNER_ID)

    own = rq.message_im(BOT_USER_ID, "my card", channel=dm, bot_id="B07BOT00001")
    other = rq.message_im("U0OTHERBOT1", "hi from a bot", channel=dm, bot_id="B0OTHERBOT1")
    statuses = [(await rq.dispatch(app, r)).status for r in (own, other)]

    # Bot posts carry bot_id and no subtype; Bolt only filters its own (slack.md gotcha 13).
    assert statuses == [200, 200] and seen == ["hi from a bot"]


# --- Socket Mode ---


async def test_socket_mode_envelopes_reach_the_app_and_are_acked(app, fake_slack, slack_web_client):
    clicks = []

    @app.command("/assistant")
    async def on_command(ack):
        await ack("socket ok")

    @app.action("approve")
    async def on_approve(ack, action):
        await ack()
        clicks.append(action["value"])

    handler = AsyncSocketModeHandler(
        app, app_token=fake_slack.app_token, web_client=slack_web_client
    )
    await handler.connect_async()
    try:
        command = rq.slash_command(
            OWNER_ID, "help", channel_id="D1", response_url=fake_slack.response_url()
        )
        click = rq.block_actions(OWNER_ID, "approve", "9", channel="D1", message_ts="1.000100")
        command_ack = await fake_slack.socket_deliver("slash_commands", command.body)
        click_ack = await fake_slack.socket_deliver("interactive", click.body)
    finally:
        await handler.close_async()

    assert command_ack["payload"] == {"text": "socket ok"}
    assert click_ack is not None and "payload" not in click_ack and clicks == ["9"]
    [connect] = fake_slack.calls("apps.connections.open")
    assert connect.token == fake_slack.app_token


async def test_socket_mode_sends_no_ack_for_an_unhandled_envelope(
    app, fake_slack, slack_web_client
):
    handler = AsyncSocketModeHandler(
        app, app_token=fake_slack.app_token, web_client=slack_web_client
    )
    await handler.connect_async()
    try:
        click = rq.block_actions(OWNER_ID, "nobody_listens", "1", channel="D1", message_ts="1.1")
        ack = await fake_slack.socket_deliver("interactive", click.body, within=0.3)
    finally:
        await handler.close_async()

    assert ack is None


async def test_the_fake_refuses_unknown_methods(fake_slack, slack_web_client):
    err = await slack_error(slack_web_client.api_call("chat.nothing"))

    assert err.response["error"] == "unknown_method"
