"""The owner's own categories in triage: named to Claude, carried by a suggestion, applied on
approval.

The owner creates them through the DM assistant (`core.assistant.category_tools`); they live in
the database (`user_categories`), not in config.yaml. Once per triage pass
`settings_for_triage` reads them (and the sender rules) into a `TriageSettings`: the settings
in force plus what the database adds, never written anywhere. With at least one user category,
Claude's fixed prompt lists them and its answer schema gets a `category` field (one of them, or
"none"); without any, prompt and schema are byte for byte what they were, so the cached prefix
changes only when the categories do. The chosen category rides in the suggestion's `details`;
approval adds it to the categories it applies (merged with the email's own, like the others).
The offline classifier never picks one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from core.config.settings import Settings
from core.store import Store
from core.triage.classification import Classification
from core.triage.sender_rules import with_sender_rules
from core.untrusted_text import one_line

NO_CATEGORY = "none"
"""What Claude answers in `category` when none of the owner's categories fits."""

DETAILS_KEY = "category"
_MAX_NAME_CHARS = 255


class TriageSettings(Settings):
    """The settings in force plus what the database adds for one triage pass (not config)."""

    user_categories: tuple[str, ...] = ()


def with_user_categories(settings: Settings, names: Sequence[str]) -> Settings:
    """Return `settings` carrying the owner's categories (itself when there are none)."""
    if not names:
        return settings
    fields = {name: getattr(settings, name) for name in Settings.model_fields}
    return TriageSettings.model_construct(
        _fields_set=set(settings.model_fields_set),
        **fields,
        user_categories=tuple(one_line(n, _MAX_NAME_CHARS) for n in names),
    )


def user_categories_of(settings: Settings) -> tuple[str, ...]:
    """Return the owner's categories a triage pass carries (none for plain settings)."""
    return settings.user_categories if isinstance(settings, TriageSettings) else ()


async def settings_for_triage(store: Store, settings: Settings) -> Settings:
    """Return the settings one triage pass classifies with: sender rules and categories in."""
    ruled = with_sender_rules(settings, await store.sender_rules())
    return with_user_categories(ruled, [c.name for c in await store.user_categories()])


def prompt_lines(settings: Settings) -> list[str]:
    """Return the fixed prompt's section on the owner's categories (empty without any)."""
    names = user_categories_of(settings)
    if not names:
        return []
    return [
        "\n# The owner's own categories",
        "Besides the folder, you may add one of these Outlook categories in `category` when the "
        f'email clearly belongs to it; otherwise answer "{NO_CATEGORY}":',
        *(f"- {name}" for name in names),
    ]


def schema_with_category(schema: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """Add the required `category` field to an answer schema when the owner has categories."""
    names = user_categories_of(settings)
    if not names:
        return schema
    schema["properties"][DETAILS_KEY] = {
        "type": "string",
        "enum": [*names, NO_CATEGORY],
        "description": 'One of the owner\'s own categories, or "none".',
    }
    schema["required"] = [*schema.get("required", []), DETAILS_KEY]
    return schema


def chosen_category(answer: str | None, settings: Settings) -> str | None:
    """Return the owner's category an answer names (None for "none" or anything unknown)."""
    wanted = (answer or "").casefold()
    return next((n for n in user_categories_of(settings) if n.casefold() == wanted), None)


def details_with_category(
    details: Mapping[str, Any], classification: Classification
) -> dict[str, Any]:
    """Return a suggestion's details, with the chosen category when there is one."""
    if classification.category is None:
        return dict(details)
    return {**details, DETAILS_KEY: classification.category}


def suggested_category(details: Mapping[str, Any]) -> list[str]:
    """Return the owner's category a suggestion carries, as a list for approval to add."""
    name = details.get(DETAILS_KEY)
    return [name] if isinstance(name, str) and name.strip() else []
