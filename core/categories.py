"""Framework and area categories: what should exist, bootstrap, cleanup and derivation.

Two tiers are managed. The ten framework categories (four priorities, six action types) always
exist, in the README's colours unless config overrides them. Areas get one category each (projects
none: they come and go, and the folder already names them). Bootstrap reads the master list once
and creates only what is missing; a category that exists keeps its colour, whatever ours would
be. Anything else in the master list is an orphan the owner may delete, one confirmed name at a
time, and never a framework or area category.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Literal

from core.config.settings import Settings
from core.errors import InvalidInput
from core.microsoft.master_categories import CategoryApi, category_key, find_category
from core.microsoft.todo_models import OutlookCategory
from core.store import Store
from core.vocabulary import STATE_CATEGORIES_BOOTSTRAPPED, ActionType, Priority

_LOG = logging.getLogger(__name__)

# The README's category table, in the order they are created.
FRAMEWORK_COLORS: dict[str, str] = {
    Priority.P1.value: "preset0",
    Priority.P2.value: "preset1",
    Priority.P3.value: "preset7",
    Priority.P4.value: "preset14",
    ActionType.NEEDS_REPLY.value: "preset3",
    ActionType.WAITING_FOR.value: "preset8",
    ActionType.DELEGATED.value: "preset5",
    ActionType.FYI_ONLY.value: "preset14",
    ActionType.SCHEDULED.value: "preset9",
    ActionType.REVIEW.value: "preset2",
}
FRAMEWORK_NAMES: tuple[str, ...] = tuple(FRAMEWORK_COLORS)


@dataclass(frozen=True)
class CategorySpec:
    """A category the assistant manages: its name, the colour it gets when created, its tier."""

    name: str
    color: str
    tier: Literal["framework", "area"]


@dataclass(frozen=True)
class CleanupPlan:
    """Master categories that are neither framework nor area: candidates for deletion."""

    orphans: tuple[OutlookCategory, ...] = ()
    managed: frozenset[str] = frozenset()  # category_key of every framework and area name

    @property
    def names(self) -> tuple[str, ...]:
        """Return the orphans' display names."""
        return tuple(c.display_name for c in self.orphans)

    def __bool__(self) -> bool:
        return bool(self.orphans)


@dataclass(frozen=True)
class BootstrapReport:
    """What a bootstrap found and did."""

    total: int
    created: tuple[str, ...]
    existed: tuple[str, ...]
    kept_colors: tuple[str, ...]
    cleanup: CleanupPlan

    @property
    def orphans(self) -> tuple[str, ...]:
        """Return the names of the categories the owner may want to clean up."""
        return self.cleanup.names


def framework_categories(settings: Settings) -> list[CategorySpec]:
    """Return the ten framework categories with their colours (config overrides applied)."""
    overrides = {category_key(k): v for k, v in settings.categories.framework_colors.items()}
    return [
        CategorySpec(name, overrides.get(category_key(name), color), "framework")
        for name, color in FRAMEWORK_COLORS.items()
    ]


def area_categories(settings: Settings) -> list[CategorySpec]:
    """Return one category per configured area, coloured by the area or categories.area_color."""
    return [
        CategorySpec(area.name, settings.color_for_area(area), "area") for area in settings.areas
    ]


def managed_categories(settings: Settings) -> list[CategorySpec]:
    """Return framework then area categories, each name once (case-insensitively)."""
    return _unique([*framework_categories(settings), *area_categories(settings)])


def missing_categories(
    existing: Iterable[OutlookCategory], settings: Settings
) -> list[CategorySpec]:
    """Return the framework and area categories the master list lacks."""
    present = {category_key(c.display_name) for c in existing}
    return [s for s in managed_categories(settings) if category_key(s.name) not in present]


def find_orphans(
    existing: Iterable[OutlookCategory], settings: Settings, *, keep: Iterable[str] = ()
) -> CleanupPlan:
    """Plan the cleanup: every existing category that is neither framework nor area, nor one
    the owner created through the assistant (`keep`: the assistant may suggest those)."""
    names = [*(spec.name for spec in managed_categories(settings)), *keep]
    managed = frozenset(category_key(name) for name in names)
    orphans = tuple(c for c in existing if category_key(c.display_name) not in managed)
    return CleanupPlan(orphans, managed)


async def bootstrap(
    api: CategoryApi, settings: Settings, store: Store, *, actor: str
) -> BootstrapReport:
    """Create every missing framework and area category with one list call; never recolour."""
    existing = await api.list()
    wanted = managed_categories(settings)
    created, existed, kept = await _create_missing(api, wanted, existing, store, actor)
    await store.set_state(STATE_CATEGORIES_BOOTSTRAPPED, "true")
    _LOG.info(
        "Bootstrapped %d categories (%d created, %d already existed)",
        len(wanted),
        len(created),
        len(existed),
    )
    return BootstrapReport(
        total=len(wanted),
        created=tuple(created),
        existed=tuple(existed),
        kept_colors=tuple(kept),
        cleanup=find_orphans(existing, settings, keep=await own_category_names(store)),
    )


async def own_category_names(store: Store) -> list[str]:
    """Return the names of the categories the owner created through the assistant."""
    return [c.name for c in await store.user_categories()]


async def delete_confirmed(
    api: CategoryApi,
    plan: CleanupPlan,
    confirmed_names: Collection[str],
    store: Store,
    actor: str,
) -> list[str]:
    """Delete exactly the confirmed orphans of `plan`; refuse anything else before deleting."""
    protected = plan.managed | {category_key(name) for name in FRAMEWORK_NAMES}
    by_key = {category_key(c.display_name): c for c in plan.orphans}
    chosen: dict[str, OutlookCategory] = {}
    for name in confirmed_names:
        key = category_key(name)
        if key in protected:
            raise InvalidInput(f"refusing to delete {name!r}: the assistant manages that category")
        if key not in by_key:
            raise InvalidInput(f"refusing to delete {name!r}: it is not in the cleanup plan")
        chosen[key] = by_key[key]
    deleted = [
        category.display_name
        for category in chosen.values()
        if await api.delete(category, store=store, actor=actor)
    ]
    if deleted:
        _LOG.info("Cleaned up %d orphaned categories", len(deleted))
    return deleted


async def sync_area_categories(
    api: CategoryApi, settings: Settings, store: Store, *, actor: str = "system"
) -> list[str]:
    """Create the categories of areas that have none yet (config reload, add-area command)."""
    wanted = area_categories(settings)
    if not wanted:
        return []
    created, _, _ = await _create_missing(api, _unique(wanted), await api.list(), store, actor)
    if created:
        _LOG.info("Created categories for new areas: %s", ", ".join(created))
    return created


def area_category_for_folder(settings: Settings, folder: str) -> str | None:
    """Return the area category for a destination folder; project folders give none."""
    area = settings.area_for_folder(folder)
    return area.name if area is not None else None


def email_categories(
    priority: Priority | None, action_type: ActionType | None, area_category: str | None
) -> list[str]:
    """Return the categories an approved email gets: priority, action type, area."""
    return _names(priority, action_type, area_category)


def task_categories(priority: Priority | None, area_category: str | None) -> list[str]:
    """Return a task's categories: priority and area (its status carries the action type)."""
    return _names(priority, area_category)


async def _create_missing(
    api: CategoryApi,
    wanted: list[CategorySpec],
    existing: list[OutlookCategory],
    store: Store,
    actor: str,
) -> tuple[list[str], list[str], list[str]]:
    created: list[str] = []
    existed: list[str] = []
    kept: list[str] = []
    for spec in wanted:
        found = find_category(existing, spec.name)
        if found is None:
            outcome = await api.create(spec.name, spec.color, store=store, actor=actor)
            found = outcome.category
            if outcome.created:
                created.append(spec.name)
                continue
        existed.append(spec.name)
        if found.color != spec.color:
            kept.append(spec.name)
            _LOG.info(
                "Category %r already exists with colour %s: kept existing colour (ours is %s)",
                found.display_name,
                found.color,
                spec.color,
            )
    return created, existed, kept


def _unique(specs: Iterable[CategorySpec]) -> list[CategorySpec]:
    seen: set[str] = set()
    unique: list[CategorySpec] = []
    for spec in specs:
        key = category_key(spec.name)
        if key not in seen:
            seen.add(key)
            unique.append(spec)
    return unique


def _names(*values: str | None) -> list[str]:
    names: list[str] = []
    for value in values:
        if value and category_key(value) not in {category_key(n) for n in names}:
            names.append(str(value))
    return names
