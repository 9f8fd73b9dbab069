"""POST /api/v1/sync: commands with uuids run at most once, then a full or incremental read.

A request carries `sync_token` ("*" for everything), `resource_types` (["items"], ["projects"],
["all"]) and optionally `commands`, as JSON or as form fields holding JSON. Commands run first,
in order; each uuid is remembered, so a repeated uuid answers its first status and changes
nothing. The read returns, for a full sync, every open item (or live project); for an
incremental one, each item stamped after the token, closed (`checked: true`) and deleted
(`is_deleted: true`) ones included.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from .rest import ApiRequest, Reply, route
from .state import SyncLedger, TodoistAccount
from .wire import TodoistFault, error_body, invalid_argument

MAX_COMMANDS = 100
RESOURCE_TYPES = ("items", "projects")


def _decoded(body: Any, name: str, default: Any) -> Any:
    if not isinstance(body, dict) or name not in body:
        return default
    value = body[name]
    if isinstance(value, str) and name != "sync_token":
        try:
            return json.loads(value)
        except ValueError as err:
            raise invalid_argument(name, f"{name} is not valid JSON") from err
    return value


@route("POST", "/sync")
def sync(account: TodoistAccount, request: ApiRequest, _: re.Match[str]) -> Reply:
    ledger = account.ledger
    token = _decoded(request.body, "sync_token", "*")
    resource_types = _decoded(request.body, "resource_types", [])
    commands = _decoded(request.body, "commands", [])
    if not isinstance(resource_types, list) or not isinstance(commands, list):
        raise invalid_argument("resource_types", "resource_types and commands must be lists")
    if len(commands) > MAX_COMMANDS:
        raise invalid_argument("commands", f"At most {MAX_COMMANDS} commands per request")
    if token != "*" and token not in ledger.tokens:
        raise TodoistFault(
            400, "INVALID_SYNC_TOKEN", "Invalid sync token", {"argument": "sync_token"}
        )
    statuses: dict[str, Any] = {}
    temp_ids: dict[str, str] = {}
    for command in commands:
        uuid, status, mapping = _run_once(account, ledger, command)
        statuses[uuid] = status
        temp_ids.update(mapping)
    full = token == "*"
    since = 0 if full else ledger.tokens[token]
    reply: dict[str, Any] = {
        "full_sync": full,
        "sync_status": statuses,
        "temp_id_mapping": temp_ids,
    }
    wanted = set(RESOURCE_TYPES) if "all" in resource_types else set(resource_types)
    if "items" in wanted:
        changed = account.changed_since(account.tasks, since)
        reply["items"] = account.active_tasks() if full else changed
    if "projects" in wanted:
        changed = account.changed_since(account.projects, since)
        reply["projects"] = account.active_projects() if full else changed
    if full:
        ledger.full_syncs += 1
        reply["full_sync_date_utc"] = account.now()[:19] + "Z"
    reply["sync_token"] = ledger.issue(account)
    return 200, reply


def _run_once(
    account: TodoistAccount, ledger: SyncLedger, command: Any
) -> tuple[str, Any, dict[str, str]]:
    if not isinstance(command, dict) or not isinstance(command.get("uuid"), str):
        raise invalid_argument("commands", "Each command needs a string uuid")
    uuid = command["uuid"]
    if uuid in ledger.applied:  # already run: answer as the first time, change nothing
        first_status, first_mapping = ledger.applied[uuid]
        return uuid, first_status, first_mapping
    mapping: dict[str, str] = {}
    try:
        runner = _COMMANDS.get(command.get("type", ""))
        if runner is None:
            raise invalid_argument("type", f"Unknown command type: {command.get('type')!r}")
        args = command.get("args") or {}
        if not isinstance(args, dict):
            raise invalid_argument("args", "args must be an object")
        created = runner(account, args)
        if created is not None and isinstance(command.get("temp_id"), str):
            mapping[command["temp_id"]] = created
        status: Any = "ok"
    except TodoistFault as fault:
        status = error_body(fault.status, fault.tag, fault.message, fault.extra)
    ledger.applied[uuid] = (status, mapping)
    return uuid, status, mapping


def _item_add(account: TodoistAccount, args: dict[str, Any]) -> str | None:
    return str(account.add_task(account.checked_fields(args, creating=True))["id"])


def _item_update(account: TodoistAccount, args: dict[str, Any]) -> str | None:
    changes = {k: v for k, v in args.items() if k != "id"}
    account.update_task(_item_id(args), account.checked_fields(changes, creating=False))
    return None


def _item_id(args: dict[str, Any]) -> str:
    item_id = args.get("id")
    if not isinstance(item_id, str):
        raise invalid_argument("id", "id must be the task's string id")
    return item_id


def _item_close(account: TodoistAccount, args: dict[str, Any]) -> str | None:
    account.close_task(_item_id(args))
    return None


def _item_uncomplete(account: TodoistAccount, args: dict[str, Any]) -> str | None:
    account.reopen_task(_item_id(args))
    return None


def _item_delete(account: TodoistAccount, args: dict[str, Any]) -> str | None:
    account.delete_task(_item_id(args))
    return None


_COMMANDS: dict[str, Callable[[TodoistAccount, dict[str, Any]], str | None]] = {
    "item_add": _item_add,
    "item_update": _item_update,
    "item_close": _item_close,
    "item_complete": _item_close,
    "item_uncomplete": _item_uncomplete,
    "item_delete": _item_delete,
}
