"""The task-backend registry: which backends exist, which are configured, which one is active.

`BACKEND_FACTORIES` maps each `integrations.task_backend` value to the function that builds it
from `BackendDeps`; adding a backend is one entry there. `TaskBackends` builds every enabled
backend once, up front, so a missing token or an unavailable backend is a `ConfigError` at
start-up naming the key, not a failed approval later. To Do is always built (it only needs the
Graph client the assistant has anyway), so an approval or dismissal that started in To Do can
finish there after the owner switched to Todoist; `integrations.todo.enabled` decides only
whether new approvals create To Do tasks.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import aiohttp

from core.config.settings import Secrets, Settings
from core.errors import ConfigError
from core.microsoft.mailbox_profile import MailboxProfile
from core.microsoft.todo import TodoApi
from core.microsoft.todo_backend import TodoBackend
from core.store import Store
from core.tasks.backend import BACKEND_NAMES, BackendName, TaskBackend, active_backend, task_rules
from core.todoist.backend import TodoistBackend
from core.todoist.client import TodoistClient


@dataclass(frozen=True)
class BackendDeps:
    """What a backend factory may use: the settings and secrets at start, and shared clients."""

    settings: Settings
    secrets: Secrets
    store: Store
    todo: TodoApi
    session: aiohttp.ClientSession | None = None
    mailbox: Callable[[], MailboxProfile] = MailboxProfile
    todo_available: Callable[[], Awaitable[bool]] | None = field(default=None)
    # How retries wait (fault tests record the waits instead), and the time now.
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


def _todo(deps: BackendDeps) -> TaskBackend:
    return TodoBackend(deps.todo, deps.store, mailbox=deps.mailbox, available=deps.todo_available)


def _todoist(deps: BackendDeps) -> TaskBackend:
    if deps.session is None:
        raise ValueError("the Todoist backend needs the runtime's HTTP session")
    section = deps.settings.integrations.todoist
    client = TodoistClient(
        deps.session,
        deps.secrets.todoist_api_token or "",
        section.base_url,
        sleep=deps.sleep,
        project_name=section.project_name,
        clock=deps.clock,
    )
    return TodoistBackend(client, deps.store, mailbox=deps.mailbox)


BACKEND_FACTORIES: dict[BackendName, Callable[[BackendDeps], TaskBackend]] = {
    "todo": _todo,
    "todoist": _todoist,
}


def backend_config_problem(name: BackendName, settings: Settings, secrets: Secrets) -> str | None:
    """Say why an enabled backend cannot be built from these settings and secrets, or None."""
    if name == "todoist" and not secrets.todoist_api_token:
        return (
            "integrations.todoist.enabled: Todoist needs the TODOIST_API_TOKEN environment "
            "variable (Todoist: Settings > Integrations > Developer > API token)"
        )
    return None


def check_task_backends(settings: Settings, secrets: Secrets) -> None:
    """Raise one ConfigError listing every enabled backend that cannot be built, by key."""
    problems = [
        problem
        for name in _wanted(settings)
        if (problem := backend_config_problem(name, settings, secrets)) is not None
    ]
    if problems:
        raise ConfigError("\n".join(problems))


def _wanted(settings: Settings) -> list[BackendName]:
    # To Do always: finishing or cleaning up a task it holds needs only the Graph client.
    return [name for name in BACKEND_NAMES if name == "todo" or task_rules(settings, name).enabled]


class TaskBackends:
    """The backends this process can use, by name and by task_sync provider."""

    def __init__(
        self, backends: Mapping[BackendName, TaskBackend], settings: Callable[[], Settings]
    ) -> None:
        """Hold ready backends; `settings` is read on every call (hot reload)."""
        self._backends = dict(backends)
        self._settings = settings

    @classmethod
    def build(cls, deps: BackendDeps, settings: Callable[[], Settings]) -> TaskBackends:
        """Build To Do and every other enabled backend; ConfigError naming the key if one can't."""
        check_task_backends(deps.settings, deps.secrets)
        built: dict[BackendName, TaskBackend] = {}
        for name in _wanted(deps.settings):
            built[name] = BACKEND_FACTORIES[name](deps)
        return cls(built, settings)

    def get(self, name: BackendName) -> TaskBackend | None:
        """Return the backend of this name, or None if this process has not built it."""
        return self._backends.get(name)

    def for_provider(self, provider: str) -> TaskBackend | None:
        """Return the backend whose task_sync rows carry `provider`, or None."""
        return next((b for b in self._backends.values() if b.provider == provider), None)

    def active_name(self) -> BackendName:
        """Return where new approvals create tasks, from the current settings."""
        return active_backend(self._settings())

    def missing(self, settings: Settings) -> list[BackendName]:
        """Return the backends `settings` turn on or choose that this process has not built.

        A config reload cannot build one (its token and client are set up at start): it needs a
        restart, and until then an approval that needs it fails.
        """
        wanted = {*_wanted(settings), active_backend(settings)}
        return [name for name in BACKEND_NAMES if name in wanted and name not in self._backends]

    def names(self) -> tuple[BackendName, ...]:
        """Return the names of the backends built, in registry order."""
        return tuple(name for name in BACKEND_NAMES if name in self._backends)
