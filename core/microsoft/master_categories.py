"""Outlook master categories: list, create, delete. There is deliberately no colour update.

Names compare case-insensitively. A create that collides (409, or a 400 saying "already
exists") means someone made the category first: it is re-listed and returned with ITS colour.
A create that got no verdict (504, timeout) is looked for before it is sent again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from core.errors import GraphConflict, GraphError, GraphNotFound
from core.microsoft.graph import GraphClient
from core.microsoft.graph_retry import create_once
from core.microsoft.todo_models import OutlookCategory, url_segment
from core.store import Store
from core.vocabulary import CATEGORY_COLORS

_LOG = logging.getLogger(__name__)

_CATEGORIES = "/me/outlook/masterCategories"


@dataclass(frozen=True)
class CategoryOutcome:
    """The result of asking for a category: the master entry and whether we created it."""

    category: OutlookCategory
    created: bool


class CategoryApi:
    """List, create and delete Outlook master categories; never recolour one."""

    def __init__(self, graph: GraphClient) -> None:
        self._graph = graph

    async def list(self) -> list[OutlookCategory]:
        """Return the whole master category list."""
        return [
            OutlookCategory._from_graph(item) async for item in self._graph.paginate(_CATEGORIES)
        ]

    async def create(self, name: str, color: str, *, store: Store, actor: str) -> CategoryOutcome:
        """Create a category; an existing one (409, or 400 "already exists") is returned as is."""
        if color not in CATEGORY_COLORS:
            raise ValueError(f"category colour {color!r} is not one of none, preset0..preset24")

        async def find() -> OutlookCategory | None:
            return find_category(await self.list(), name)

        async def post() -> OutlookCategory:
            response = await self._graph.request(
                "POST", _CATEGORIES, json={"displayName": name, "color": color}
            )
            return OutlookCategory._from_graph(response.body)

        try:
            # The caller saw no such category, so one found after an unconfirmed create is ours.
            category, confirmed = await create_once(post, find, what="a category")
        except GraphError as err:
            if not _means_exists(err):
                raise
            existing = await find()
            if existing is None:
                raise
            _LOG.info(
                "Category %r already exists (created meanwhile); keeping its colour %s",
                existing.display_name,
                existing.color,
            )
            return CategoryOutcome(existing, created=False)
        await store.log_action(
            "category.create",
            actor=actor,
            target=category.id,
            after=category._to_graph(),
            details={"confirmed": confirmed},
        )
        return CategoryOutcome(category, created=True)

    async def delete(self, category: OutlookCategory, *, store: Store, actor: str) -> bool:
        """Delete a category by id, logging name and colour; False when it was already gone."""
        try:
            await self._graph.request("DELETE", f"{_CATEGORIES}/{url_segment(category.id)}")
        except GraphNotFound:
            _LOG.info("Category %r was already gone", category.display_name)
            return False
        await store.log_action(
            "category.delete", actor=actor, target=category.id, before=category._to_graph()
        )
        return True


def category_key(name: str) -> str:
    """Return the form category names are compared in (Outlook ignores case)."""
    return name.strip().casefold()


def find_category(categories: list[OutlookCategory], name: str) -> OutlookCategory | None:
    """Return the category named `name` (case-insensitively), if present."""
    key = category_key(name)
    return next((c for c in categories if category_key(c.display_name) == key), None)


def _means_exists(err: GraphError) -> bool:
    if isinstance(err, GraphConflict) or err.status == 409:
        return True
    return err.status == 400 and "already exists" in str(err).lower()
