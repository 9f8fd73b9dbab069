"""FakeSlack: the aiohttp server, the Web API methods, response_url webhooks and Socket Mode."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import WSMsgType, web
from slack_sdk.models.views import View

from sandbox.slack_emulator.records import (
    APP_ID,
    APP_TOKEN,
    APP_TOKEN_METHODS,
    BOT_ID,
    BOT_TOKEN,
    BOT_USER_ID,
    JSON_ARGS,
    MAX_TEXT,
    OWNER_ID,
    RESPONSE_URL_LIFETIME_S,
    RESPONSE_URL_USES,
    STRANGER_ID,
    TEAM_DOMAIN,
    TEAM_ID,
    TEAM_NAME,
    TRIGGER,
    TRIGGER_LIFETIME_MS,
    USER_ID,
    Ephemeral,
    Fault,
    Hold,
    SlackCall,
    SlackError,
    SlackMessage,
    Webhook,
    block_problems,
    flag,
    stamped,
)


class FakeSlack:
    """One workspace with the bot installed; change the knobs and tokens between calls."""

    def __init__(
        self,
        *,
        bot_token: str = BOT_TOKEN,
        app_token: str = APP_TOKEN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.clock = clock
        self.origin = ""
        self.base_url = ""
        self.users: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, dict[str, Any]] = {}
        self.dms: dict[str, str] = {}
        self.ephemerals: list[Ephemeral] = []
        self.views: dict[str, dict[str, Any]] = {}
        self.requests: list[SlackCall] = []
        self._messages: dict[str, list[SlackMessage]] = {}
        self._stacks: list[list[str]] = []
        self._exchanged: set[str] = set()
        self._webhooks: dict[str, Webhook] = {}
        self._faults: dict[str, list[Fault]] = {}
        self._latency: dict[str | None, float] = {}
        self._holds: dict[str, list[Hold]] = {}
        self._seq = 0
        self._sockets: list[web.WebSocketResponse] = []
        self._socket_up = asyncio.Event()
        self._acks: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.add_user(OWNER_ID, "maya", real_name="Maya Lindqvist", tz="Europe/Stockholm")
        self.add_user(STRANGER_ID, "eve", real_name="Eve Mallory", tz="America/New_York")
        self.add_user(
            BOT_USER_ID, "outlook_assistant", real_name="Outlook AI Assistant", is_bot=True
        )

    # -- serving --

    @asynccontextmanager
    async def serve(self) -> AsyncIterator[str]:
        """Serve on 127.0.0.1; yields the Web API base URL (http://127.0.0.1:PORT/api/)."""
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/webhook/{hook}", self._webhook)
        app.router.add_get("/link/", self._socket)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.origin = f"http://127.0.0.1:{runner.addresses[0][1]}"
        self.base_url = f"{self.origin}/api/"
        try:
            yield self.base_url
        finally:
            for ws in list(self._sockets):
                await ws.close()
            await runner.cleanup()

    # -- knobs --

    def add_user(
        self,
        user_id: str,
        name: str,
        *,
        real_name: str | None = None,
        tz: str = "UTC",
        is_bot: bool = False,
    ) -> None:
        """Add a workspace member."""
        real = real_name or name
        self.users[user_id] = {
            "id": user_id,
            "team_id": TEAM_ID,
            "name": name,
            "deleted": False,
            "real_name": real,
            "tz": tz,
            "tz_label": tz,
            "tz_offset": 0,
            "is_admin": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "profile": {"real_name": real, "display_name": name, "team": TEAM_ID},
        }

    def add_channel(self, channel_id: str, name: str, *, bot_member: bool = True) -> None:
        """Add a public channel; the bot can post there only if it is a member."""
        self.channels[channel_id] = {"id": channel_id, "name": name, "is_im": False}
        self.channels[channel_id]["bot_member"] = bot_member

    def open_dm(self, user_id: str) -> str:
        """Return the DM channel id between the bot and `user_id`, opening it if needed."""
        if user_id not in self.dms:
            channel_id = "D" + user_id[1:]
            self.dms[user_id] = channel_id
            self.channels[channel_id] = {"id": channel_id, "is_im": True, "user": user_id}
        return self.dms[user_id]

    def rate_limit(self, method: str, *, retry_after: int = 1, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with 429 and Retry-After."""
        headers = {"Retry-After": str(retry_after)}
        self._faults.setdefault(method, []).append(Fault(429, "ratelimited", headers, times))

    def fail(self, method: str, error: str, *, times: int = 1, status: int = 200) -> None:
        """Answer the next `times` calls of `method` with `{"ok": false, "error": error}`."""
        self._faults.setdefault(method, []).append(Fault(status, error, {}, times))

    def drop_connection(self, method: str, *, times: int = 1) -> None:
        """Close the connection without an answer on the next `times` calls ("webhook" too)."""
        self._faults.setdefault(method, []).append(Fault(0, "connection_reset", {}, times))

    def latency(self, seconds: float, method: str | None = None) -> None:
        """Delay every answer (or those of one method, "webhook" included) by `seconds`."""
        self._latency[method] = seconds

    def hold(self, method: str) -> Hold:
        """Stop the next call of `method` ("webhook" included) until the hold is released."""
        hold = Hold()
        self._holds.setdefault(method, []).append(hold)
        return hold

    def response_url(
        self, *, channel: str | None = None, message_ts: str | None = None, user: str | None = None
    ) -> str:
        """Issue a response_url tied to a message (`channel`, `message_ts`) and/or a user."""
        hook = secrets.token_hex(12)
        self._webhooks[hook] = Webhook(channel, message_ts, user, self.clock())
        return f"{self.origin}/webhook/{hook}"

    # -- inspection --

    def calls(self, method: str | None = None) -> list[SlackCall]:
        """Return the recorded requests, optionally of one method ("webhook" for response_url)."""
        return [c for c in self.requests if method is None or c.method == method]

    def messages(self, channel: str | None = None) -> list[SlackMessage]:
        """Return the bot's messages, in posting order, in one channel or all."""
        if channel is not None:
            return list(self._messages.get(channel, []))
        return sorted((m for ms in self._messages.values() for m in ms), key=lambda m: m.ts)

    def message(self, channel: str, ts: str) -> SlackMessage:
        """Return one message; KeyError if there is none."""
        for m in self._messages.get(channel, []):
            if m.ts == ts:
                return m
        raise KeyError(f"no message {ts} in {channel}")

    # -- Socket Mode --

    async def wait_for_socket(self, within: float = 5.0) -> None:
        """Wait until a Socket Mode client has connected."""
        await asyncio.wait_for(self._socket_up.wait(), within)

    async def socket_deliver(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        retry_attempt: int = 0,
        retry_reason: str = "",
        within: float = 5.0,
    ) -> dict[str, Any] | None:
        """Send an envelope ("events_api", "interactive", "slash_commands"); return its ack.

        None means no ack came `within` seconds (Bolt sends none for a non-200 result).
        """
        await self.wait_for_socket(within)
        envelope_id = str(uuid.uuid4())
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
        }
        if kind == "events_api":
            envelope |= {"retry_attempt": retry_attempt, "retry_reason": retry_reason}
        ack = self._acks[envelope_id] = asyncio.get_running_loop().create_future()
        await self._sockets[-1].send_str(json.dumps(envelope))
        try:
            return await asyncio.wait_for(ack, within)
        except TimeoutError:
            return None
        finally:
            self._acks.pop(envelope_id, None)

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": len(self._sockets),
                "debug_info": {"host": "applink-fake", "approximate_connection_time": 18060},
                "connection_info": {"app_id": APP_ID},
            }
        )
        self._socket_up.set()
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    ack = json.loads(msg.data)
                    future = self._acks.get(ack.get("envelope_id", ""))
                    if future is not None and not future.done():
                        future.set_result(ack)
        finally:
            self._sockets.remove(ws)
            if not self._sockets:
                self._socket_up.clear()
        return ws

    # -- HTTP plumbing --

    def _next_ts(self) -> str:
        self._seq += 1
        return f"{int(self.clock())}.{self._seq * 100:06d}"

    async def _arguments(self, request: web.Request) -> dict[str, Any]:
        args: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            raw = await request.text()
            body = json.loads(raw) if raw else {}
            if not isinstance(body, dict):
                raise SlackError("invalid_json")
            body.pop("token", None)  # Slack reads JSON requests' token only from the header
            args.update(body)
        elif request.can_read_body:
            args.update({k: str(v) for k, v in (await request.post()).items()})
            for name in JSON_ARGS:
                if isinstance(args.get(name), str):
                    try:
                        args[name] = json.loads(args[name])
                    except ValueError as err:
                        raise SlackError(
                            f"invalid_{name}" if name == "blocks" else "invalid_arguments"
                        ) from err
        return args

    async def _delay(self, method: str) -> None:
        seconds = self._latency.get(method, self._latency.get(None, 0.0))
        if seconds:
            await asyncio.sleep(seconds)
        holds = self._holds.get(method)
        if holds:
            hold = holds.pop(0)
            hold.arrived.set()
            await hold.released.wait()

    def _injected(self, method: str) -> Fault | None:
        faults = self._faults.get(method)
        if not faults:
            return None
        fault = faults[0]
        fault.times -= 1
        if fault.times <= 0:
            faults.pop(0)
        return fault

    def _check_token(self, method: str, token: str | None) -> None:
        wanted, other = (
            (self.app_token, self.bot_token)
            if method in APP_TOKEN_METHODS
            else (self.bot_token, self.app_token)
        )
        if not token:
            raise SlackError("not_authed")
        if token == other:
            raise SlackError("not_allowed_token_type")
        if token != wanted:
            raise SlackError("invalid_auth")

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        headers = dict(request.headers)
        call = SlackCall(method, request.method, headers)
        self.requests.append(call)
        extra_headers: dict[str, str] = {}
        try:
            call.update(await self._arguments(request))
            auth = request.headers.get("Authorization", "")
            call.token = auth.removeprefix("Bearer ").strip() or call.pop("token", None)
            await self._delay(method)
            fault = self._injected(method)
            if fault is not None and fault.status == 0:
                return self._drop(request, call)
            if fault is not None:
                call.status, extra_headers = fault.status, fault.headers
                raise SlackError(fault.error)
            handler = getattr(self, "_m_" + method.replace(".", "_"), None)
            if handler is None:
                raise SlackError("unknown_method")
            self._check_token(method, call.token)
            call.response = {"ok": True, **handler(call)}
        except SlackError as err:
            call.response = {"ok": False, "error": err.error, **err.extra}
        return web.json_response(call.response, status=call.status, headers=extra_headers)

    @staticmethod
    def _drop(request: web.Request, call: SlackCall) -> web.Response:
        """Close the connection mid-request: the client sees the server disconnect."""
        call.status = 0
        if request.transport is not None:
            request.transport.abort()
        return web.Response()

    # -- Web API methods (each returns the answer's fields after "ok") --

    def _m_auth_test(self, args: SlackCall) -> dict[str, Any]:
        return {
            "url": f"https://{TEAM_DOMAIN}.slack.com/",
            "team": TEAM_NAME,
            "user": "outlook_assistant",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _m_apps_connections_open(self, args: SlackCall) -> dict[str, Any]:
        return {"url": f"ws://{self.origin.removeprefix('http://')}/link/?ticket={uuid.uuid4()}"}

    def _m_users_info(self, args: SlackCall) -> dict[str, Any]:
        user = self.users.get(str(args.get("user", "")))
        if user is None:
            raise SlackError("user_not_found")
        return {"user": user}

    def _m_conversations_open(self, args: SlackCall) -> dict[str, Any]:
        if args.get("channel"):
            channel = self._channel(str(args["channel"]))
            return {"channel": {"id": channel["id"]}}
        users = [u.strip() for u in str(args.get("users", "")).split(",") if u.strip()]
        if not users:
            raise SlackError("users_list_not_supplied")
        if len(users) > 1:
            raise SlackError("fake_slack_supports_only_one_user_dms")
        if users[0] not in self.users:
            raise SlackError("user_not_found")
        already = users[0] in self.dms
        answer: dict[str, Any] = {"channel": {"id": self.open_dm(users[0])}}
        return answer | ({"no_op": True, "already_open": True} if already else {})

    def _channel(self, channel_id: str, *, user_ids: bool = False) -> dict[str, Any]:
        """Resolve a channel argument; a user id means the bot's DM with that user if allowed."""
        if user_ids and USER_ID.match(channel_id) and channel_id in self.users:
            return self.channels[self.open_dm(channel_id)]
        if channel_id not in self.channels:
            raise SlackError("channel_not_found")
        return self.channels[channel_id]

    def _content(self, args: SlackCall, *, required: bool) -> tuple[str | None, list[Any] | None]:
        text = args.get("text")
        blocks = args.get("blocks")
        if blocks is not None:
            problems = block_problems(blocks)
            if problems:
                raise SlackError("invalid_blocks", response_metadata={"messages": problems})
        if required and not text and not blocks and not args.get("attachments"):
            raise SlackError("no_text")
        if text is not None and len(str(text)) > MAX_TEXT:
            raise SlackError("msg_too_long")
        return (None if text is None else str(text)), blocks

    def _post(self, channel_id: str, text: str, blocks: list[Any], **kw: Any) -> SlackMessage:
        message = SlackMessage(channel_id, self._next_ts(), text, stamped(blocks), **kw)
        self._messages.setdefault(channel_id, []).append(message)
        return message

    def _m_chat_postMessage(self, args: SlackCall) -> dict[str, Any]:
        channel = self._channel(str(args.get("channel", "")), user_ids=True)
        if not channel["is_im"] and not channel.get("bot_member"):
            raise SlackError("not_in_channel")
        text, blocks = self._content(args, required=True)
        thread_ts = args.get("thread_ts") or None
        message = self._post(
            channel["id"],
            text or "",
            blocks or [],
            thread_ts=thread_ts,
            metadata=args.get("metadata"),
        )
        return {"channel": channel["id"], "ts": message.ts, "message": message.echo()}

    def _m_conversations_history(self, args: SlackCall) -> dict[str, Any]:
        """Newest first, top-level messages only; `metadata` only with include_all_metadata.

        As Slack: `limit` (default 100, at most 999), `oldest`/`latest` bounds (exclusive),
        and a cursor for the next page.
        """
        channel = self._channel(str(args.get("channel", "")))
        try:
            limit = min(999, max(1, int(args.get("limit") or 100)))
            start = int(str(args.get("cursor") or "0"))
        except ValueError as err:
            raise SlackError("invalid_arguments") from err
        oldest = float(args.get("oldest") or 0)
        latest = float(args.get("latest") or "inf")
        with_metadata = str(args.get("include_all_metadata", "")).lower() in ("true", "1")
        shown = [
            m
            for m in reversed(self._messages.get(channel["id"], []))
            if not m.deleted and not m.thread_ts and oldest < float(m.ts) < latest
        ]
        page = shown[start : start + limit]
        more = start + limit < len(shown)
        messages = []
        for message in page:
            echoed = message.echo()
            if with_metadata and message.metadata is not None:
                echoed["metadata"] = message.metadata
            messages.append(echoed)
        return {
            "messages": messages,
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    def _m_chat_update(self, args: SlackCall) -> dict[str, Any]:
        channel = self._channel(str(args.get("channel", "")))
        try:
            message = self.message(channel["id"], str(args.get("ts", "")))
        except KeyError as err:
            raise SlackError("message_not_found") from err
        if message.deleted:
            raise SlackError("message_not_found")
        if message.user != BOT_USER_ID:
            raise SlackError("cant_update_message")
        text, blocks = self._content(args, required=False)
        message.replace(text, None if blocks is None else stamped(blocks))
        return {
            "channel": channel["id"],
            "ts": message.ts,
            "text": message.text,
            "message": message.echo(),
        }

    def _m_chat_postEphemeral(self, args: SlackCall) -> dict[str, Any]:
        channel = self._channel(str(args.get("channel", "")), user_ids=True)
        user = str(args.get("user", ""))
        if user not in self.users:
            raise SlackError("user_not_found")
        if channel["is_im"] and channel["user"] != user:
            raise SlackError("user_not_in_channel")
        text, blocks = self._content(args, required=True)
        ephemeral = Ephemeral(
            channel["id"], user, text or "", stamped(blocks or []), self._next_ts()
        )
        self.ephemerals.append(ephemeral)
        return {"message_ts": ephemeral.ts}

    def _check_trigger(self, trigger_id: str) -> None:
        match = TRIGGER.match(trigger_id)
        if match is None:
            raise SlackError("invalid_trigger_id")
        if trigger_id in self._exchanged:
            raise SlackError("exchanged_trigger_id")
        if self.clock() * 1000 - int(match.group(1)) > TRIGGER_LIFETIME_MS:
            raise SlackError("expired_trigger_id")

    def _view(self, view: Any, *, view_id: str, root: str, previous: str | None) -> dict[str, Any]:
        if not isinstance(view, dict) or view.get("type") != "modal":
            raise SlackError("invalid_arguments")
        try:
            View(**view).to_dict()
        except Exception as err:  # slack_sdk raises several types for malformed views
            raise SlackError(
                "invalid_arguments", response_metadata={"messages": [str(err)]}
            ) from err
        shown = {
            "id": view_id,
            "team_id": TEAM_ID,
            "type": "modal",
            "blocks": stamped(view.get("blocks", [])),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "state": {"values": {}},
            "hash": f"{int(self.clock())}.{secrets.token_hex(4)}",
            "title": view.get("title"),
            "clear_on_close": bool(view.get("clear_on_close", False)),
            "notify_on_close": bool(view.get("notify_on_close", False)),
            "close": view.get("close"),
            "submit": view.get("submit"),
            "previous_view_id": previous,
            "root_view_id": root,
            "app_id": APP_ID,
            "external_id": view.get("external_id", ""),
            "app_installed_team_id": TEAM_ID,
            "bot_id": BOT_ID,
        }
        self.views[view_id] = shown
        return shown

    def _new_view_id(self) -> str:
        self._seq += 1
        return f"V07{self._seq:08d}"

    def _m_views_open(self, args: SlackCall) -> dict[str, Any]:
        trigger_id = str(args.get("trigger_id", ""))
        self._check_trigger(trigger_id)
        view_id = self._new_view_id()
        shown = self._view(args.get("view"), view_id=view_id, root=view_id, previous=None)
        self._exchanged.add(trigger_id)
        self._stacks.append([view_id])
        return {"view": shown}

    def _m_views_push(self, args: SlackCall) -> dict[str, Any]:
        # Pushes onto the latest modal: the fake cannot tell which modal a trigger came from.
        trigger_id = str(args.get("trigger_id", ""))
        self._check_trigger(trigger_id)
        if not self._stacks:
            raise SlackError("not_found")
        stack = self._stacks[-1]
        if len(stack) >= 3:
            raise SlackError("push_limit_reached")
        view_id = self._new_view_id()
        shown = self._view(args.get("view"), view_id=view_id, root=stack[0], previous=stack[-1])
        self._exchanged.add(trigger_id)
        stack.append(view_id)
        return {"view": shown}

    def _m_views_update(self, args: SlackCall) -> dict[str, Any]:
        view_id = args.get("view_id")
        if not view_id and args.get("external_id"):
            found = [
                v["id"] for v in self.views.values() if v["external_id"] == args["external_id"]
            ]
            view_id = found[-1] if found else None
        current = self.views.get(str(view_id))
        if current is None:
            raise SlackError("not_found")
        if args.get("hash") and args["hash"] != current["hash"]:
            raise SlackError("hash_conflict")
        shown = self._view(
            args.get("view"),
            view_id=current["id"],
            root=current["root_view_id"],
            previous=current["previous_view_id"],
        )
        return {"view": shown}

    # -- response_url --

    async def _webhook(self, request: web.Request) -> web.Response:
        call = SlackCall("webhook", request.method, dict(request.headers))
        call.url_id = request.match_info["hook"]
        self.requests.append(call)
        await self._delay("webhook")
        hook = self._webhooks.get(call.url_id)
        try:
            body = await request.json()
        except ValueError:
            body = None
        fault = self._injected("webhook")
        if fault is not None and fault.status == 0:
            return self._drop(request, call)
        if fault is not None:
            call.status, call.response = fault.status, {"ok": False, "error": fault.error}
            return web.json_response(call.response, status=call.status, headers=fault.headers)
        if hook is None:
            call.status, call.response = 404, {"ok": False, "error": "no_service"}
        elif not isinstance(body, dict):
            call.status, call.response = 400, {"ok": False, "error": "invalid_payload"}
        else:
            call.update(body)
            hook.uses += 1
            # The fake's wording for Slack's 5-uses / 30-minutes limit on a response_url.
            if self.clock() - hook.issued > RESPONSE_URL_LIFETIME_S:
                call.status, call.response = 404, {"ok": False, "error": "expired_url"}
            elif hook.uses > RESPONSE_URL_USES:
                call.status, call.response = 404, {"ok": False, "error": "used_url"}
            else:
                call.response = self._respond(hook, body)
                call.status = 200 if call.response["ok"] else 400
        return web.json_response(call.response, status=call.status)

    def _respond(self, hook: Webhook, body: dict[str, Any]) -> dict[str, Any]:
        blocks = body.get("blocks")
        if blocks is not None and block_problems(blocks):
            return {"ok": False, "error": "invalid_blocks"}
        target: SlackMessage | Ephemeral | None = None
        if hook.channel and hook.message_ts:
            try:
                target = self.message(hook.channel, hook.message_ts)
            except KeyError:
                target = next(
                    (
                        e
                        for e in self.ephemerals
                        if e.ts == hook.message_ts and e.channel == hook.channel
                    ),
                    None,
                )
        if flag(body.get("delete_original")) or flag(body.get("replace_original")):
            if target is None:
                return {"ok": False, "error": "message_not_found"}
            if flag(body.get("delete_original")):
                target.deleted = True
            else:
                target.replace(body.get("text"), None if blocks is None else stamped(blocks))
            return {"ok": True}
        if hook.channel is None:
            return {"ok": False, "error": "channel_not_found"}
        text, thread_ts = str(body.get("text", "")), body.get("thread_ts")
        if body.get("response_type") == "in_channel":
            self._post(hook.channel, text, blocks or [], thread_ts=thread_ts)
        else:
            ephemeral = Ephemeral(
                hook.channel, hook.user, text, stamped(blocks or []), self._next_ts()
            )
            self.ephemerals.append(ephemeral)
        return {"ok": True}
