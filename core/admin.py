"""Owner operations on the taxonomy that every front end offers (Slack, DM assistant, console).

`add_project_or_area` does the whole of `/assistant add` (README: In Slack): write the
entry into config.yaml (keeping the owner's comments), reload the settings, create the Outlook
folder, create the area's category, and log each change.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from core.config.settings import Area, Project, add_taxonomy_entry
from core.errors import ConfigError, GraphNotFound
from core.microsoft.master_categories import find_category
from core.runtime import Runtime

Kind = Literal["project", "area"]


@dataclass(frozen=True)
class AddResult:
    """What adding a project or area changed."""

    kind: Kind
    name: str
    folder: str
    folder_created: bool
    category: str | None  # areas only: projects get no category (their folder names them)
    category_created: bool


async def add_project_or_area(
    runtime: Runtime,
    kind: Kind,
    *,
    name: str,
    folder: str,
    description: str = "",
    keywords: Sequence[str] = (),
    senders: Sequence[str] = (),
    actor: str,
) -> AddResult:
    """Add a project or area: config.yaml, settings, Outlook folder, area category, action_log.

    Raises ConfigError (invalid or duplicate entry, no config file) before anything changes.
    """
    if runtime.config_path is None:
        raise ConfigError("there is no config.yaml to add to (the demo runs on built-in settings)")
    fields = {
        "name": name.strip(),
        "folder": folder.strip().strip("/"),
        "description": description.strip(),
        "keywords": tuple(k.strip() for k in keywords if k.strip()),
        "senders": tuple(s.strip() for s in senders if s.strip()),
    }
    try:
        entry: Project | Area = Project(**fields) if kind == "project" else Area(**fields)
    except ValueError as err:
        raise ConfigError(f"{kind}: {err}") from err
    existed_before = kind == "area" and (
        find_category(await runtime.categories.list(), entry.name) is not None
    )
    await asyncio.to_thread(add_taxonomy_entry, runtime.config_path, kind, entry)
    await runtime.store.log_action(
        f"config.{kind}.add",
        actor=actor,
        target=entry.name,
        after={"name": entry.name, "folder": entry.folder, "keywords": list(entry.keywords)},
        details={"config": str(runtime.config_path)},
    )
    # The folder first, so it is created (and logged) as the owner's change; the reload then
    # finds it resolved, picks the entry up and creates a new area's category.
    folder_created = await _ensure_folder(runtime, entry.folder, actor)
    await runtime.reload_config()
    category = entry.name if kind == "area" else None
    return AddResult(
        kind=kind,
        name=entry.name,
        folder=entry.folder,
        folder_created=folder_created,
        category=category,
        category_created=category is not None and not existed_before,
    )


async def _ensure_folder(runtime: Runtime, path: str, actor: str) -> bool:
    try:
        await runtime.mail.resolve_folder(path, create=False)
        return False
    except GraphNotFound:
        folder_id = await runtime.mail.resolve_folder(path, create=True)
        await runtime.store.log_action(
            "mail.folder.create", actor=actor, target=folder_id, after={"path": path}
        )
        return True
