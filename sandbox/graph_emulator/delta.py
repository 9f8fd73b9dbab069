"""Mail folder delta: paged rounds over a folder's change log, with tokens that carry the query.

A round covers the log entries in (since, upto]; `upto` is fixed when the round starts, so paging
through a round is stable while new changes wait for the next round. Skip and delta tokens carry
the original $select/$filter/$top and the emulator's token generation; `expire_delta_tokens()` bumps
the generation, so every earlier token answers 410 SyncStateNotFound.

As the live service does, a message changed in place since the last round comes back with only
the changed properties (plus id and parentFolderId), even under a full $select
(`GraphEmulator.delta_partial_updates`). `DeltaNoise` adds what clients must also survive:
items sent twice, the end of the previous round replayed, and partial items for messages the
round's receivedDateTime window left out. `GraphEmulator.limit_delta_pages` makes pages above a
size fail with 504 (or stall first), as large pages with full bodies do live.

A round with a `$filter` (the tokens carry it to every later round) serves at most
`GraphEmulator.delta_filter_cap` messages, 5,000 as documented for the live service ("Applying
$filter in a delta query returns only up to 5,000 messages", delta-query-messages): the newest
by receivedDateTime, and the round ends with a deltaLink as if that were all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .mail import MESSAGE_PROPERTIES, SELECTABLE, refuse_cast_select, require_folder, serialize
from .odata import page_size, parse_filter, parse_select, query_string
from .routing import Router
from .state import LogEntry
from .wire import GraphFault, GraphReply, GraphRequest, b64_state, b64_token, iso, parse_iso

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

DEFAULT_PAGE = 10
# Graph's cap on the messages of a delta round that uses $filter.
DELTA_FILTER_CAP = 5000
_CACHE_LIMIT = 64
# Sent with every partial item, as the live service does for a read toggle or a category change.
_PARTIAL_ALWAYS = ("id", "parentFolderId")


@dataclass(frozen=True)
class DeltaNoise:
    """Duplicates, replays and stray partial items mixed into delta pages, seeded.

    `duplicate_rate`: the share of items sent a second time on the same page. `replay`: how many
    change-log positions before a delta token are served again at the start of its round (in
    their current state: a message gone since comes back as @removed). `stray_partials`: in
    rounds after the first, in-place changes to messages outside the round's receivedDateTime
    window come as partial items, for ids the client never received.
    """

    duplicate_rate: float = 0.0
    replay: int = 0
    stray_partials: bool = False
    seed: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.duplicate_rate <= 1 or self.replay < 0:
            raise ValueError(f"delta noise needs 0 <= duplicate_rate <= 1 and replay >= 0: {self}")


def _expired() -> GraphFault:
    return GraphFault(
        410,
        "SyncStateNotFound",
        "The sync state generation is not found. Please resync with an empty sync state.",
    )


def _round_entries(
    emu: GraphEmulator, folder_id: str, since: int, upto: int, initial: bool, ge: str | None
) -> list[LogEntry]:
    key = (folder_id, since, upto, initial, ge)
    cached = emu.delta_cache.get(key)
    if cached is not None:
        return cached
    entries = emu.changes(folder_id, since, upto)
    if initial:
        entries = [e for e in entries if e.present]
    if ge is not None:
        floor = parse_iso(ge)
        stray = emu.delta_noise.stray_partials and not initial
        entries = [
            e
            for e in entries
            if not e.present or e.received >= floor or (stray and e.changed is not None)
        ]
        if len(entries) > emu.delta_filter_cap:
            newest = sorted(entries, key=lambda e: e.received)[-emu.delta_filter_cap :]
            kept = {e.seq for e in newest}
            entries = [e for e in entries if e.seq in kept]
    if not initial and since > 0 and emu.delta_noise.replay:
        # The previous round's last changes again, first: a replay of what the client has.
        replayed = emu.changes(folder_id, max(0, since - emu.delta_noise.replay), since)
        entries = [e for e in replayed if ge is None or e.received >= parse_iso(ge)] + entries
    if len(emu.delta_cache) >= _CACHE_LIMIT:
        emu.delta_cache.clear()
    emu.delta_cache[key] = entries
    return entries


def _received_floor(raw: str | None) -> str | None:
    """Accept only `receivedDateTime ge|gt <iso>`, as Graph's message delta does."""
    if raw is None:
        return None
    clauses = parse_filter(raw)
    if (
        clauses is None
        or len(clauses) != 1
        or clauses[0][0].lower() != "receiveddatetime"
        or clauses[0][1] not in ("ge", "gt")
        or not isinstance(clauses[0][2], datetime)
    ):
        raise GraphFault(
            400,
            "ErrorInvalidUrlQueryFilter",
            "Delta queries support only '$filter=receivedDateTime ge {value}'.",
        )
    return iso(clauses[0][2])


@router.route("GET", "/me/mailFolders/{folder_ref}/messages/delta")
def message_delta(emu: GraphEmulator, req: GraphRequest, folder_ref: str) -> GraphReply:
    """Serve one page of a delta round (initial, continued by $skiptoken, or from a $deltatoken)."""
    folder = require_folder(emu, folder_ref)
    token = req.query.get("$deltatoken") or req.query.get("$skiptoken")
    if token is not None:
        state = b64_state(token)
        if not state or state.get("e") != emu.delta_epoch or state.get("f") != folder.id:
            raise _expired()
        select = state.get("s")
        ge = state.get("g")
        top = state.get("t")
        if "$deltatoken" in req.query:
            since, upto, offset, initial = int(state["a"]), emu.sequence, 0, False
        else:
            since, upto = int(state["a"]), int(state["b"])
            offset, initial = int(state["o"]), bool(state["i"])
    else:
        refuse_cast_select(emu, req)
        chosen = parse_select(req, SELECTABLE, "message")
        select = ",".join(chosen) if chosen is not None else None
        ge = _received_floor(req.query.get("$filter"))
        top = req.query.get("$top")
        since, upto, offset, initial = 0, emu.sequence, 0, True

    size = page_size(req, top, DEFAULT_PAGE)
    if emu.delta_page_limit is not None and size > emu.delta_page_limit:
        raise GraphFault(504, "GatewayTimeout", "The request timed out.")

    entries = _round_entries(emu, folder.id, since, upto, initial, ge)
    select_list = select.split(",") if select else None
    items: list[dict[str, Any]] = []
    for entry in entries[offset : offset + size]:
        msg = folder.messages.get(entry.immutable_id)
        if entry.present and msg is not None:
            items.append(_item(emu, req, msg, select_list, None if initial else entry.changed))
        elif not initial:
            removed_id = entry.immutable_id if req.immutable_ids else entry.rest_id
            items.append({"id": removed_id, "@removed": {"reason": "deleted"}})
    items = _with_duplicates(emu.delta_noise, items, (token or "", offset))

    base = {"f": folder.id, "s": select, "g": ge, "t": top, "e": emu.delta_epoch}
    link = req.link(f"/me/mailFolders/{folder.id}/messages/delta") + "?"
    body: dict[str, Any] = {"@odata.context": req.link("/$metadata#Collection(message)")}
    body["value"] = items
    if offset + size < len(entries):
        state = base | {"a": since, "b": upto, "o": offset + size, "i": initial}
        body["@odata.nextLink"] = link + query_string({"$skiptoken": b64_token(state)})
    else:
        body["@odata.deltaLink"] = link + query_string(
            {"$deltatoken": b64_token(base | {"a": upto})}
        )
    return GraphReply(200, body)


def _item(
    emu: GraphEmulator,
    req: GraphRequest,
    msg: Any,
    select: list[str] | None,
    changed: frozenset[str] | None,
) -> dict[str, Any]:
    """Serialize a whole item, or (for an in-place change) only what changed."""
    if changed is None or not emu.delta_partial_updates:
        return serialize(req, msg, select)
    wanted = set(select) if select is not None else set(MESSAGE_PROPERTIES)
    names = [
        n for n in MESSAGE_PROPERTIES if n in wanted and (n in changed or n in _PARTIAL_ALWAYS)
    ]
    return serialize(req, msg, names)


def _with_duplicates(
    noise: DeltaNoise, items: list[dict[str, Any]], page: tuple[str, int]
) -> list[dict[str, Any]]:
    if not noise.duplicate_rate or not items:
        return items
    dice = random.Random(f"{noise.seed}:{page[0]}:{page[1]}")
    doubled: list[dict[str, Any]] = []
    for item in items:
        doubled.append(item)
        if dice.random() < noise.duplicate_rate:
            doubled.append(dict(item))
    return doubled


def requested_page_size(req: GraphRequest) -> int | None:
    """Return the page size a delta request asks for, or None if it is not a delta request."""
    if not req.path.endswith("/messages/delta"):
        return None
    token = req.query.get("$deltatoken") or req.query.get("$skiptoken")
    state = b64_state(token) if token is not None else None
    top = state.get("t") if state else req.query.get("$top")
    try:
        return page_size(req, top, DEFAULT_PAGE)
    except GraphFault:
        return None
