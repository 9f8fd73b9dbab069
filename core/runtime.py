"""The runtime: every long-lived piece built once, passed explicitly, torn down once.

Front ends (CLI, demo, the Slack service) call `build_runtime`, then `first_start` on start-up, and
`aclose` at the end; nothing in `core` keeps module-level singletons.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import anthropic

from core import categories
from core.calendars.free_slots import WorkingHours
from core.calendars.provider import CalendarProvider, ProviderName
from core.calendars.wiring import build_google, build_outlook, enabled_names
from core.categories import BootstrapReport
from core.config.settings import Secrets, Settings
from core.config.watcher import ConfigWatcher, TaxonomyDiff
from core.errors import AppError, GraphError
from core.followup.waiting import WaitingTracker
from core.followup.waiting_draft import NudgeDrafts
from core.microsoft.auth import DevicePromptCallback, TokenProvider, build_token_provider
from core.microsoft.calendar import OutlookCalendarProvider
from core.microsoft.graph import GraphClient
from core.microsoft.graph_models import zone_info
from core.microsoft.id_migration import MigrationReport, migrate_ids
from core.microsoft.mail import MailApi
from core.microsoft.mail_sync import InboxSync
from core.microsoft.mailbox_profile import MailboxProfile, load_mailbox_profile
from core.microsoft.master_categories import CategoryApi
from core.microsoft.todo import TodoApi, TodoProbe
from core.store import Store
from core.tasks.registry import BackendDeps, TaskBackends, check_task_backends
from core.triage.approval import ApprovalService
from core.triage.budget import ClaudeBudget
from core.triage.classification import Classifier
from core.triage.classifier import ClaudeClassifier, build_claude_classifier
from core.triage.claude_client import build_claude_client
from core.triage.filed_mail import FiledMailRead, read_filed_mail
from core.triage.heuristic import HeuristicClassifier
from core.triage.service import TriageService
from core.vocabulary import STATE_CATEGORIES_BOOTSTRAPPED

log = logging.getLogger(__name__)

ACTOR_SYSTEM = "system"
ACTOR_OWNER = "owner"


@dataclass
class StartupReport:
    """What `first_start` found and did."""

    migration: MigrationReport
    todo: TodoProbe
    todo_list_id: str | None
    bootstrap: BootstrapReport | None
    mailbox: MailboxProfile = field(default_factory=MailboxProfile)
    folders_created: tuple[str, ...] = ()


@dataclass
class Runtime:
    """Everything a front end needs, built once by `build_runtime`."""

    settings: Settings
    session: aiohttp.ClientSession
    tokens: TokenProvider
    graph: GraphClient
    mail: MailApi
    todo: TodoApi
    tasks: TaskBackends
    categories: CategoryApi
    store: Store
    inbox: InboxSync
    approvals: ApprovalService
    triage: TriageService
    classifier: Classifier | None = None
    # The one Claude client (one HTTP pool) shared by the classifier and the DM assistant;
    # None without ANTHROPIC_API_KEY.
    claude: anthropic.AsyncAnthropic | None = None
    watcher: ConfigWatcher | None = field(default=None)
    config_path: Path | None = None
    # Told (once per bad version) why a changed config.yaml was not loaded; the front end
    # passes it on to the owner.
    on_config_problem: Callable[[str], Awaitable[object]] | None = None
    mailbox: MailboxProfile = field(default_factory=MailboxProfile)
    # Whether `mailbox` was read from Graph (not the defaults).
    mailbox_read: bool = False
    # The calendar providers of the config the runtime was built with: Google built with the
    # runtime, Outlook on first use (it needs the mailbox's time zone). Both ride on `session`.
    google_calendar: CalendarProvider | None = None
    outlook_calendar: OutlookCalendarProvider | None = None
    calendars_built: frozenset[ProviderName] = frozenset()
    # Claude's spend today against classifier.daily_budget_usd; shared with triage.
    claude_budget: ClaudeBudget | None = None
    # The waiting-for tracker (started by Waiting For approvals; its check is a job).
    waiting: WaitingTracker | None = None
    # The offline classifier triage falls back on; the filed-mail job keeps what it learns fresh.
    heuristic: HeuristicClassifier = field(default_factory=HeuristicClassifier)
    filed_mail: FiledMailRead | None = None  # the last complete read of the filed mail

    async def aclose(self) -> None:
        """Close the Claude client(s), the HTTP session and the database."""
        if isinstance(self.classifier, ClaudeClassifier):
            await self.classifier.aclose()
        if self.claude is not None:
            await self.claude.close()
        await self.session.close()
        await self.store.close()

    async def first_start(self) -> StartupReport:
        """Run the start-up sequence: mailbox profile, id migration, To Do probe and list,
        category bootstrap, and the taxonomy's folders (so no approval has to look one up)."""
        # Sign in first and alone, so the steps below, which run side by side, never race to.
        await self.tokens.get_token()
        # The mailbox profile and the folders depend on nothing else here; resolving them
        # alongside keeps a restart close to one sequential folder lookup.
        side = asyncio.gather(self.refresh_mailbox(), self.resolve_folders())
        try:
            migration = await migrate_ids(self.store, self.mail)
            todo = await self.todo.probe()
            todo_list_id = None
            if self.settings.integrations.todo.enabled and todo.enabled:
                todo_list_id = await self.todo.ensure_list()
            bootstrap = None
            if await self.store.get_state(STATE_CATEGORIES_BOOTSTRAPPED) != "true":
                bootstrap = await categories.bootstrap(
                    self.categories, self.settings, self.store, actor=ACTOR_SYSTEM
                )
            mailbox, folders = await side
        finally:
            if not side.done():
                side.cancel()
                await asyncio.gather(side, return_exceptions=True)
        try:
            # Before the first triage pass, so its offline suggestions know the owner's filing.
            await self.refresh_filed_mail()
        except Exception as err:  # the filed-mail job tries again; start-up goes on without it
            log.warning("Could not read the filed mail yet (%s: %s)", type(err).__name__, err)
        return StartupReport(migration, todo, todo_list_id, bootstrap, mailbox, folders)

    async def refresh_filed_mail(self) -> FiledMailRead:
        """Read the owner's filed mail again and teach the offline classifier from it."""
        read = await read_filed_mail(self.mail, self.settings, datetime.now(UTC))
        self.heuristic.filed = read.model
        self.filed_mail = read
        return read

    async def refresh_mailbox(self) -> MailboxProfile:
        """Read the mailbox's time zone and account kind; due dates and task links follow."""
        self.mailbox = await load_mailbox_profile(self.graph, self.tokens, self.mailbox)
        self.mailbox_read = True
        self.todo.time_zone = self.mailbox.time_zone
        log.info("Mailbox time zone %s, %s account", self.mailbox.time_zone, self.mailbox.account)
        return self.mailbox

    async def calendar_providers(self) -> list[CalendarProvider]:
        """Return the enabled calendar providers, Outlook first (built on first use).

        The mailbox's time zone is read first if nothing has read it yet; a failure to read it
        leaves UTC (the Outlook provider then reports its own failure beside Google's answer).
        """
        await self._read_mailbox_once()
        found: list[CalendarProvider] = []
        if "outlook" in self.calendars_built:
            zone = self.mailbox.time_zone
            if self.outlook_calendar is None or self.outlook_calendar.time_zone != zone:
                self.outlook_calendar = build_outlook(
                    self.settings.calendars, self.graph, zone, log_action=self.store.log_action
                )
            if self.outlook_calendar is not None:
                found.append(self.outlook_calendar)
        if self.google_calendar is not None:
            found.append(self.google_calendar)
        return found

    async def owner_hours(self) -> tuple[str, WorkingHours]:
        """Return the owner's IANA zone name and working hours (calendars.working_hours).

        Graph names the mailbox's zone the Windows way ("W. Europe Standard Time"); front ends
        and JSON get the IANA name of the zone it maps to ("Europe/Berlin").
        """
        await self._read_mailbox_once()
        config = self.settings.calendars.working_hours
        zone = self.owner_zone()
        hours = WorkingHours(config.start, config.end, zone, config.weekday_numbers)
        return zone.key, hours

    def owner_zone(self) -> ZoneInfo:
        """Return the owner's zone as known now: working hours' zone, else the mailbox's (UTC
        when neither names a zone this machine knows)."""
        name = self.settings.calendars.working_hours.time_zone or self.mailbox.time_zone
        return zone_info(name) or ZoneInfo("UTC")

    async def _read_mailbox_once(self) -> None:
        if self.mailbox_read:
            return
        try:
            await self.refresh_mailbox()
        except AppError as err:
            log.warning("Could not read the mailbox time zone (%s); calendars use UTC", err)

    async def resolve_folders(self) -> tuple[str, ...]:
        """Find or create every taxonomy folder now, so approvals never wait on a lookup.

        A failure is logged and left to the approval that needs the folder (it resolves it then).
        """
        try:
            created = await self.mail.resolve_folders(self.settings.folders())
        except GraphError as err:
            log.warning("Could not resolve the taxonomy's mail folders at start (%s)", err)
            return ()
        for path, folder_id in created:
            await self.store.log_action(
                "mail.folder.create", actor=ACTOR_SYSTEM, target=folder_id, after={"path": path}
            )
            log.info("Created the mail folder %s", path)
        return tuple(path for path, _ in created)

    async def reload_config(self) -> TaxonomyDiff | None:
        """Pick up config.yaml changes; create categories for newly added areas.

        The Inbox sync's delta page size and backfill window apply from its next pass.

        A changed file that does not load keeps the current settings and is reported to
        `on_config_problem`, once per version of the file.
        """
        if self.watcher is None:
            return None
        change = self.watcher.check()
        problem = self.watcher.take_problem()
        if problem is not None and self.on_config_problem is not None:
            await self.on_config_problem(problem)
        if change is None:
            return None
        self.settings, diff = change
        restart = [
            f"integrations.{name}: the {name} task backend was turned on while the assistant "
            "runs; restart it to use the backend (until then approvals that need it fail)"
            for name in self.tasks.missing(self.settings)
        ] + [
            f"calendars.{name}: the {name} calendar was turned on while the assistant runs; "
            "restart it to read that calendar"
            for name in sorted(enabled_names(self.settings.calendars) - self.calendars_built)
        ]
        for problem in restart:
            log.warning("%s", problem)
            if self.on_config_problem is not None:
                await self.on_config_problem(problem)
        self.inbox.configure(
            page_size=self.settings.graph.delta_page_size,
            backfill_days=self.settings.triage.backfill_days,
        )
        for kind, entries in (
            ("project added", diff.added_projects),
            ("project removed", diff.removed_projects),
            ("area added", diff.added_areas),
            ("area removed", diff.removed_areas),
        ):
            for entry in entries:
                log.info("Config reloaded: %s: %s (%s)", kind, entry.name, entry.folder)
        if diff.added_areas:
            await categories.sync_area_categories(
                self.categories, self.settings, self.store, actor=ACTOR_SYSTEM
            )
        await self.refresh_mailbox()
        if diff.added_projects or diff.added_areas:
            await self.resolve_folders()
        return diff


async def build_runtime(
    settings: Settings,
    secrets: Secrets,
    *,
    config_path: Path | None = None,
    token_provider: TokenProvider | None = None,
    device_prompt: DevicePromptCallback | None = None,
    interactive: bool = True,
    session: aiohttp.ClientSession | None = None,
    graph_sleep: Callable[[float], Awaitable[None]] | None = None,
    classifier: Classifier | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Runtime:
    """Build the runtime; ConfigError (naming the key) for a task backend that cannot be built.

    Args:
        settings: validated configuration.
        secrets: secrets from the environment.
        config_path: the file `settings` came from; enables hot reload.
        token_provider: overrides sign-in (demo, tests); else GRAPH_ACCESS_TOKEN or MSAL.
        device_prompt: callback that shows the device-code sign-in prompt to the owner.
        interactive: False refuses to start a device-code sign-in (doctor, background jobs).
        session: an HTTP session to use (closed by `aclose`); default: a new one.
        graph_sleep: how the Graph and Todoist clients wait between retries (fault tests
            record the waits).
        classifier: the primary classifier; default: Claude when secrets has an API key.
        clock: the current UTC time for the waiting-for tracker (tests move it by days).
    """
    check_task_backends(settings, secrets)  # before anything is opened that needs closing
    tokens = token_provider or build_token_provider(
        client_id=settings.auth.client_id,
        authority=settings.auth.authority,
        scopes=settings.auth.scopes,
        cache_path=settings.auth.token_cache_path,
        graph_access_token=secrets.graph_access_token,
        prompt=device_prompt,
        interactive=interactive,
    )
    store = await Store.open(settings.storage.path)
    session = session or aiohttp.ClientSession()
    runtime: Runtime
    graph = GraphClient(
        session,
        tokens,
        base_url=settings.graph.base_url,
        max_concurrency=settings.graph.max_concurrency,
        max_retries=settings.graph.max_retries,
        timeout=settings.graph.timeout_seconds,
        sleep=graph_sleep or asyncio.sleep,
    )
    mail = MailApi(graph)
    todo = TodoApi(graph, store, settings.integrations.todo.list_name)
    tasks = TaskBackends.build(
        BackendDeps(
            settings,
            secrets,
            store,
            todo,
            # Todoist's client rides on this session too: `aclose` closes it once, for both.
            session=session,
            mailbox=lambda: runtime.mailbox,
            sleep=graph_sleep or asyncio.sleep,
        ),
        lambda: runtime.settings,
    )
    inbox = InboxSync(
        mail,
        store,
        backfill_days=settings.triage.backfill_days,
        page_size=settings.graph.delta_page_size,
    )
    claude = None
    if secrets.anthropic_api_key:
        claude = build_claude_client(settings, secrets.anthropic_api_key)
    if classifier is None and claude is not None:
        classifier = build_claude_classifier(settings, claude)

    def current_settings() -> Settings:
        # Hot reload replaces runtime.settings; services read it through this on every use.
        return runtime.settings

    budget = ClaudeBudget(store, current_settings, lambda: runtime.owner_zone())
    heuristic = HeuristicClassifier()
    waiting = WaitingTracker(
        store=store,
        graph=graph,
        mail=mail,
        tasks=tasks,
        settings=current_settings,
        zone=lambda: runtime.owner_zone(),
        drafts=NudgeDrafts(
            graph,
            store,
            claude=lambda: runtime.claude,
            model=lambda: runtime.settings.classifier.model,
            budget=budget,
        ),
        clock=clock or (lambda: datetime.now(UTC)),
    )
    approvals = ApprovalService(
        graph=graph,
        mail=mail,
        store=store,
        settings=current_settings,
        tasks=tasks,
        mailbox=lambda: runtime.mailbox,
        on_approved=waiting.on_approved,
    )
    runtime = Runtime(
        settings=settings,
        session=session,
        tokens=tokens,
        graph=graph,
        mail=mail,
        todo=todo,
        tasks=tasks,
        categories=CategoryApi(graph),
        store=store,
        inbox=inbox,
        approvals=approvals,
        triage=TriageService(
            inbox=inbox,
            store=store,
            approvals=approvals,
            settings=current_settings,
            primary=classifier,
            fallback=heuristic,
            budget=budget,
            on_synced=waiting.on_inbox_synced,
        ),
        classifier=classifier,
        claude=claude,
        watcher=ConfigWatcher(config_path, settings) if config_path else None,
        config_path=config_path,
        google_calendar=build_google(
            settings.calendars,
            secrets,
            session,
            log_action=store.log_action,
            sleep=graph_sleep or asyncio.sleep,
        ),
        calendars_built=enabled_names(settings.calendars),
        claude_budget=budget,
        waiting=waiting,
        heuristic=heuristic,
    )
    return runtime
