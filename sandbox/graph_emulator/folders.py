"""Mail folder routes: list (top level or children), get, create with ErrorFolderExists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .mail import json_object, require_folder
from .odata import collection, compare, paginate, parse_filter, parse_select
from .routing import Router
from .state import Folder
from .wire import GraphFault, GraphReply, GraphRequest

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

FOLDER_PROPERTIES = (
    "id",
    "displayName",
    "parentFolderId",
    "childFolderCount",
    "unreadItemCount",
    "totalItemCount",
    "isHidden",
)


def serialize_folder(folder: Folder, select: list[str] | None = None) -> dict[str, Any]:
    """Render a mail folder in Graph's shape."""
    full: dict[str, Any] = {
        "id": folder.id,
        "displayName": folder.display_name,
        "parentFolderId": folder.parent_id,
        "childFolderCount": len(folder.children),
        "unreadItemCount": sum(1 for m in folder.messages.values() if not m.is_read),
        "totalItemCount": len(folder.messages),
        "isHidden": folder.hidden,
    }
    if select is None:
        return full
    return {k: v for k, v in full.items() if k == "id" or k in select}


def _list_children(emu: GraphEmulator, req: GraphRequest, parent: Folder) -> GraphReply:
    select = parse_select(req, FOLDER_PROPERTIES, "mailFolder")
    include_hidden = req.query.get("includeHiddenFolders", "").lower() == "true"
    children = [emu.folder(child_id) for child_id in parent.children]
    if not include_hidden:
        children = [f for f in children if not f.hidden]
    if "$filter" in req.query:
        clauses = parse_filter(req.query["$filter"])
        if clauses is None or any(p.lower() != "displayname" for p, _, _ in clauses):
            raise GraphFault(
                400,
                "ErrorInvalidUrlQueryFilter",
                "The query filter contains one or more invalid nodes.",
            )
        children = [
            f for f in children if all(compare(f.display_name, op, v) for _, op, v in clauses)
        ]
    chunk, next_link = paginate(req, children)
    items = [serialize_folder(f, select) for f in chunk]
    return GraphReply(200, collection(req, "users('me')/mailFolders", items, next_link))


@router.route("GET", "/me/mailFolders")
def list_top_folders(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """List the folders directly under msgfolderroot (hidden ones only when asked)."""
    return _list_children(emu, req, emu.root)


@router.route("GET", "/me/mailFolders/{folder_ref}/childFolders")
def list_child_folders(emu: GraphEmulator, req: GraphRequest, folder_ref: str) -> GraphReply:
    """List a folder's direct children."""
    return _list_children(emu, req, require_folder(emu, folder_ref))


@router.route("GET", "/me/mailFolders/{folder_ref}")
def get_folder(emu: GraphEmulator, req: GraphRequest, folder_ref: str) -> GraphReply:
    """Return one folder by id or well-known name."""
    folder = require_folder(emu, folder_ref)
    select = parse_select(req, FOLDER_PROPERTIES, "mailFolder")
    context = req.link("/$metadata#users('me')/mailFolders/$entity")
    return GraphReply(200, {"@odata.context": context, **serialize_folder(folder, select)})


def _create(emu: GraphEmulator, req: GraphRequest, parent: Folder) -> GraphReply:
    body = json_object(req)
    unknown = set(body) - {"displayName", "isHidden"}
    if unknown:
        raise GraphFault(
            400,
            "RequestBodyRead",
            f"The property '{sorted(unknown)[0]}' does not exist on type "
            "'microsoft.graph.mailFolder'.",
        )
    name = body.get("displayName")
    hidden = body.get("isHidden", False)
    if not isinstance(name, str) or not name.strip():
        raise GraphFault(400, "ErrorInvalidRequest", "The displayName of a folder is required.")
    if not isinstance(hidden, bool):
        raise GraphFault(400, "RequestBodyRead", "'isHidden' must be a boolean.")
    if emu.child_named(parent, name) is not None:
        raise GraphFault(
            emu.folder_exists_status,
            "ErrorFolderExists",
            "A folder with the specified name already exists.",
        )
    folder = emu.create_folder(parent, name, hidden=hidden)
    context = req.link("/$metadata#users('me')/mailFolders/$entity")
    return GraphReply(201, {"@odata.context": context, **serialize_folder(folder)})


@router.route("POST", "/me/mailFolders")
def create_top_folder(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Create a folder under msgfolderroot."""
    return _create(emu, req, emu.root)


@router.route("POST", "/me/mailFolders/{folder_ref}/childFolders")
def create_child_folder(emu: GraphEmulator, req: GraphRequest, folder_ref: str) -> GraphReply:
    """Create a folder under another folder."""
    return _create(emu, req, require_folder(emu, folder_ref))
