"""The DM assistant's category abilities: list the owner's own categories, and create one.

Creating is a proposal like every change: `check_new_category` refuses a bad name or colour at
once (a framework or area name, one the owner already has, a colour outside Outlook's presets),
and `create_user_category` runs only on the owner's Confirm. It re-checks, then asks Outlook
through `CategoryApi.create`, which logs the creation to action_log; a category that already
exists in Outlook is adopted as it is, keeping its colour (the assistant never recolours one).
Nothing here deletes a category. Once recorded, the classifier may suggest the category
(`core.triage.user_categories`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.assistant.replies import Step, StepKind
from core.categories import own_category_names
from core.config.settings import Settings
from core.errors import AuthError, GraphError, InvalidInput, StoreError
from core.microsoft.master_categories import CategoryApi, category_key
from core.store import Store
from core.untrusted_text import one_line
from core.vocabulary import ActionType, Priority

COLOR_PRESETS: tuple[str, ...] = tuple(f"preset{n}" for n in range(25))
# Outlook's names for its presets (Graph categoryColor), for Claude to map "green" to a preset.
PRESET_NAMES: tuple[str, ...] = tuple(
    "Red, Orange, Brown, Yellow, Green, Teal, Olive, Blue, Purple, Cranberry, Steel, DarkSteel, "
    "Gray, DarkGray, Black, DarkRed, DarkOrange, DarkBrown, DarkYellow, DarkGreen, DarkTeal, "
    "DarkOlive, DarkBlue, DarkPurple, DarkCranberry".split(", ")
)
MAX_NAME_CHARS = 255


@dataclass(frozen=True)
class CategoryCreation:
    """What confirming a new category did: `step` for the owner, `text` for the history."""

    step: Step
    text: str


def preset_guide() -> str:
    """Return "preset0 Red, preset1 Orange, ..." for the tool's description."""
    return ", ".join(f"{p} {n}" for p, n in zip(COLOR_PRESETS, PRESET_NAMES, strict=True))


def check_new_category(
    name: str, color: str, settings: Settings, existing: Sequence[str]
) -> str | None:
    """Return why the owner cannot create this category, or None."""
    if not name or len(name) > MAX_NAME_CHARS:
        return f"a category name has 1 to {MAX_NAME_CHARS} characters"
    if color not in COLOR_PRESETS:
        return f"{color!r} is not a colour preset; use preset0 to preset24"
    key = category_key(name)
    if key in {category_key(n) for n in (*Priority, *ActionType)}:
        return f"{name!r} is one of the built-in priority or action categories"
    if key in {category_key(a.name) for a in settings.areas}:
        return f"{name!r} is the category of an area already"
    if key in {category_key(n) for n in existing}:
        return f"{name!r} is already one of the owner's categories"
    return None


def clean_name(name: str) -> str:
    """Return a category name on one line, without hidden characters."""
    return one_line(name, MAX_NAME_CHARS + 1)


async def create_user_category(
    store: Store,
    categories: CategoryApi,
    settings: Settings,
    name: str,
    color: str,
    *,
    actor: str,
) -> CategoryCreation:
    """Create (or adopt, colour kept) the category in Outlook and record it as the owner's."""
    problem = check_new_category(name, color, settings, await own_category_names(store))
    if problem is not None:
        return CategoryCreation(
            Step(StepKind.CATEGORY_NOT_CREATED, category=name, problem=InvalidInput(problem)),
            f"The category {name!r} was not created: {problem}.",
        )
    try:
        outcome = await categories.create(name, color, store=store, actor=actor)
        made = outcome.category
        await store.add_user_category(made.display_name, made.color or color)
    except (GraphError, AuthError, StoreError) as err:
        return CategoryCreation(
            Step(StepKind.CATEGORY_NOT_CREATED, category=name, problem=err),
            f"The category {name!r} was not created: {one_line(str(err), 300)}",
        )
    if outcome.created:
        step = Step(StepKind.CATEGORY_CREATED, category=made.display_name, color=made.color)
        return CategoryCreation(step, f"Created the category {made.display_name!r}.")
    step = Step(StepKind.CATEGORY_ADOPTED, category=made.display_name, color=made.color)
    return CategoryCreation(
        step, f"The category {made.display_name!r} already existed; its colour was kept."
    )
