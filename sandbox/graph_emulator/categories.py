"""Outlook master categories: state and routes (colour enum, case-insensitive uniqueness)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .mail import json_object
from .routing import Router
from .wire import GraphFault, GraphReply, GraphRequest, IdFactory

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

CATEGORY_COLORS: tuple[str, ...] = ("none", *(f"preset{n}" for n in range(25)))


class CategoryStore:
    """The master category list, in creation order."""

    def __init__(self, ids: IdFactory) -> None:
        self._ids = ids
        self._items: dict[str, dict[str, str]] = {}

    def add(self, name: str, color: str = "preset0") -> str:
        """Create a category and return its id (ValueError on a bad colour or a duplicate)."""
        if color not in CATEGORY_COLORS:
            raise ValueError(f"colour {color!r} is not one of none, preset0..preset24")
        if self.by_name(name) is not None:
            raise ValueError(f"category {name!r} already exists")
        category_id = self._ids.guid()
        self._items[category_id] = {"id": category_id, "displayName": name, "color": color}
        return category_id

    def by_name(self, name: str) -> dict[str, str] | None:
        """Find a category by displayName, case-insensitively."""
        wanted = name.casefold()
        return next(
            (c for c in self._items.values() if c["displayName"].casefold() == wanted), None
        )

    def get(self, category_id: str) -> dict[str, str] | None:
        """Find a category by id."""
        return self._items.get(category_id)

    def delete(self, category_id: str) -> None:
        """Remove a category."""
        del self._items[category_id]

    def all(self) -> list[dict[str, str]]:
        """Return copies of every category in wire shape."""
        return [dict(c) for c in self._items.values()]


def _require(emu: GraphEmulator, category_id: str) -> dict[str, str]:
    category = emu.category_store.get(category_id)
    if category is None:
        raise GraphFault(
            404, "ErrorItemNotFound", "The specified object was not found in the store."
        )
    return category


def _color(value: Any) -> str:
    if value not in CATEGORY_COLORS:
        raise GraphFault(
            400,
            "RequestBodyRead",
            f"Requested value '{value}' was not found in enum type "
            "'microsoft.graph.categoryColor'.",
        )
    return str(value)


def _unknown(body: dict[str, Any], allowed: set[str]) -> None:
    extra = set(body) - allowed
    if extra:
        raise GraphFault(
            400,
            "RequestBodyRead",
            f"The property '{sorted(extra)[0]}' does not exist on type "
            "'microsoft.graph.outlookCategory'.",
        )


def _context(req: GraphRequest, suffix: str = "") -> str:
    return req.link(f"/$metadata#users('me')/outlook/masterCategories{suffix}")


@router.route("GET", "/me/outlook/masterCategories")
def list_categories(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """List every master category."""
    return GraphReply(200, {"@odata.context": _context(req), "value": emu.categories})


@router.route("POST", "/me/outlook/masterCategories")
def create_category(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Create a category: 201; bad colour 400; duplicate name (any case) 409."""
    body = json_object(req)
    _unknown(body, {"displayName", "color"})
    name = body.get("displayName")
    if not isinstance(name, str) or not name.strip():
        raise GraphFault(400, "ErrorInvalidArgument", "The category displayName is required.")
    color = _color(body.get("color", "none"))
    if emu.category_store.by_name(name) is not None:
        raise GraphFault(
            409, "ErrorDuplicateCategory", f"A category with the name '{name}' already exists."
        )
    category = _require(emu, emu.category_store.add(name, color))
    return GraphReply(201, {"@odata.context": _context(req, "/$entity"), **category})


@router.route("GET", "/me/outlook/masterCategories/{category_id}")
def get_category(emu: GraphEmulator, req: GraphRequest, category_id: str) -> GraphReply:
    """Return one category."""
    return GraphReply(
        200, {"@odata.context": _context(req, "/$entity"), **_require(emu, category_id)}
    )


@router.route("PATCH", "/me/outlook/masterCategories/{category_id}")
def update_category(emu: GraphEmulator, req: GraphRequest, category_id: str) -> GraphReply:
    """Change a category's colour; its displayName is immutable."""
    category = _require(emu, category_id)
    body = json_object(req)
    if "displayName" in body:
        raise GraphFault(
            400, "ErrorInvalidArgument", "The displayName of a category cannot be changed."
        )
    _unknown(body, {"color"})
    if "color" in body:
        category["color"] = _color(body["color"])
    return GraphReply(200, {"@odata.context": _context(req, "/$entity"), **category})


@router.route("DELETE", "/me/outlook/masterCategories/{category_id}")
def delete_category(emu: GraphEmulator, req: GraphRequest, category_id: str) -> GraphReply:
    """Delete a category (items keep the string; Outlook just stops colouring it)."""
    _require(emu, category_id)
    emu.category_store.delete(category_id)
    return GraphReply(204)
