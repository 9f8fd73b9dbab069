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

from pydantic import ValidationError

from core.categories import FRAMEWORK_NAMES
from core.config.settings import Area, Project, Settings, add_taxonomy_entry
from core.config.writer import describe_error
from core.errors import ConfigError, GraphNotFound
from core.microsoft.master_categories import find_category
from core.runtime import Runtime
from core.triage.classification import INBOX
from core.triage.task_fields import is_disposal_folder

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


@dataclass(frozen=True)
class EntryProblem:
    """Why one field of a new project or area is refused.

    `reason` is "invalid" (`detail` says how), "name_reserved" (`detail`: the framework name),
    "name_taken" (`detail`: the existing entry's name), "folder_taken" (`detail`: the existing
    folder, `owner`: its entry's name), "inbox" or "disposal" (a Deleted Items or Junk folder).
    """

    field: str
    reason: str
    detail: str = ""
    owner: str = ""


@dataclass(frozen=True)
class EntryCheck:
    """A new project or area checked as config.yaml would: its clean fields and the problems."""

    name: str
    folder: str
    senders: tuple[str, ...]
    problems: tuple[EntryProblem, ...]


def check_new_entry(
    kind: Kind,
    *,
    name: str,
    folder: str,
    description: str,
    keywords: Sequence[str],
    senders: Sequence[str],
    settings: Settings,
) -> EntryCheck:
    """Check a new project or area as config.yaml would, before anything is written.

    The entry itself must be a valid `Project` / `Area`; its name must not be a framework
    category's nor another entry's, its folder not another entry's, the Inbox, or a Deleted
    Items / Junk folder.
    """
    model = Project if kind == "project" else Area
    try:
        entry = model(
            name=name,
            folder=folder,
            description=description,
            keywords=list(keywords),
            senders=list(senders),
        )
    except ValidationError as err:
        problems = tuple(
            EntryProblem(str(e["loc"][0]) if e["loc"] else "name", "invalid", describe_error(e))
            for e in err.errors(include_url=False)
        )
        return EntryCheck(name, folder, tuple(senders), problems)
    return EntryCheck(entry.name, entry.folder, tuple(entry.senders), _clashes(entry, settings))


def _clashes(entry: Project | Area, settings: Settings) -> tuple[EntryProblem, ...]:
    problems: list[EntryProblem] = []
    framework = {n.casefold(): n for n in FRAMEWORK_NAMES}
    if entry.name.casefold() in framework:
        problems.append(EntryProblem("name", "name_reserved", framework[entry.name.casefold()]))
    for other in (*settings.projects, *settings.areas):
        if other.name.casefold() == entry.name.casefold():
            problems.append(EntryProblem("name", "name_taken", other.name))
        if other.folder.casefold() == entry.folder.casefold():
            problems.append(EntryProblem("folder", "folder_taken", other.folder, other.name))
    if entry.folder.casefold() == INBOX.casefold():
        problems.append(EntryProblem("folder", "inbox"))
    elif is_disposal_folder(entry.folder):
        problems.append(EntryProblem("folder", "disposal"))
    return tuple(problems)
