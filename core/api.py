"""The one door into core: `Assistant`, and the value types that pass through it.

Both front ends (bot/slack, bot/terminal) hold an `Assistant` and nothing else from core: they
never see the runtime, the store or a Graph client. Everything going in or out is a plain typed
value (the dataclasses and pydantic models re-exported below); failures are `core.errors`.
`tests/test_structure.py` holds bot/ to importing only this module, `core.errors` and the value
modules `core.vocabulary` and `core.untrusted_text`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

import aiohttp

from core import admin, categories
from core.admin import AddResult, EntryCheck, EntryProblem
from core.assistant.chat import ChatAssistant, ChatReply, build_chat_assistant
from core.assistant.replies import ReplyKind, Step, StepKind
from core.assistant.tools import Change, Proposal
from core.calendars.blocks import (
    BlockCheck,
    BlockProposal,
    BlockResult,
    CalendarBlocks,
    NoBlockPossible,
    SlotTaken,
    check_blocks,
)
from core.calendars.day import DayView, FreeSlotsView, calendar_day, free_slots_on
from core.calendars.free_slots import FreeSlot
from core.calendars.merged import ProviderProblem
from core.calendars.provider import CalendarEvent
from core.categories import BootstrapReport, CleanupPlan
from core.config.settings import Area, Project, Secrets, Settings, load_settings
from core.config.watcher import TaxonomyDiff
from core.doctor import Check, CheckKind, check_claude
from core.doctor import run_checks as _run_checks
from core.errors import AuthError
from core.files import FileLock
from core.followup.digest import DailyDigest, Digest, DigestFinder, DigestPoster, OverdueWait
from core.followup.stats import PeriodNumbers, PeriodStats, week_stats
from core.followup.undo import UndoOutcome, UndoRefusal, UndoService
from core.followup.waiting import WaitingTracker
from core.followup.waiting_draft import BodyTemplate
from core.followup.waiting_views import (
    WaitingCheck,
    WaitingNotifier,
    WaitNotice,
    WaitOutcome,
    WaitView,
)
from core.google.consent import GoogleSignIn, ShowUrl
from core.google.setup import sign_in as _sign_in_google
from core.jobs import (
    FIRST_TRIAGE_DELAY,
    TRIAGE_JOB_ID,
    ScheduledJobs,
    SignInCallback,
    every,
    schedule_filed_mail_job,
    schedule_sender_rules_job,
)
from core.jobs import schedule_followup_jobs as _schedule_followup_jobs
from core.jobs import schedule_jobs as _schedule_jobs
from core.microsoft.auth import (
    DevicePrompt,
    DevicePromptCallback,
    LoginResult,
    MsalTokenProvider,
    StaticTokenProvider,
    TokenProvider,
)
from core.microsoft.id_migration import MigrationReport, migrate_ids
from core.microsoft.mail_replies import ReplyDraft
from core.microsoft.mailbox_profile import MailboxProblem
from core.microsoft.master_categories import category_key
from core.microsoft.todo import TodoUnavailable
from core.microsoft.todo_models import OutlookCategory
from core.runtime import ACTOR_OWNER, ACTOR_SYSTEM, Runtime, StartupReport, build_runtime
from core.status import StatusReport, TaskBackendHealth, claude_spend, gather_status
from core.store import ClassificationTotals, PostedMessage, claim_database
from core.store.digest_queries import NeedsReplyItem, TaskDue
from core.store.task_sync_queries import DueTask
from core.tasks.sync import (
    BackendSyncReport,
    SyncProblem,
    SyncProblemKind,
    TaskSync,
    TaskSyncReport,
    enabled_feeds,
)
from core.triage.addressing import Addressed
from core.triage.approval import ApprovalOutcome
from core.triage.budget import BudgetPause, ClaudeSpend
from core.triage.calibration import HIGH_CONFIDENCE, CalibrationBand
from core.triage.classification import INBOX, Classifier
from core.triage.classifier import build_claude_classifier as _claude_classifier
from core.triage.claude_client import build_claude_client as _claude_client
from core.triage.confidence_bands import ActionBands, ApprovalBands, BandRate, approval_bands
from core.triage.corrections import learned_examples
from core.triage.evaluation import ALL, FIELDS, Confusion, EvalReport, LabelledEmail
from core.triage.evaluation import evaluate as _evaluate
from core.triage.evaluation_learned import LearnedComparison, compare_with_learned
from core.triage.examples import ExampleSource, LabelledExample, SenderCorrections
from core.triage.failures import Failure, FailureKind, classify_failure
from core.triage.filed_mail import FiledMailRead
from core.triage.heuristic import HeuristicClassifier as _HeuristicClassifier
from core.triage.outcome_notes import NoteKind, OutcomeNote
from core.triage.queue_aging import AgingReminder, AgingReport, QueueAging, QueueAgingSink
from core.triage.sender_rule_proposals import (
    ProposalDecision,
    SenderRuleProposal,
    SenderRuleProposer,
)
from core.triage.sender_rules import (
    SenderRule,
    SenderRuleRefused,
    edit_rule,
    remove_rule,
    rule_view,
)
from core.triage.sender_rules import list_rules as list_sender_rules
from core.triage.service import TriageStats
from core.triage.task_fields import (
    MAX_NOTE_CHARS,
    NO_TASK,
    EditCheck,
    TaskChoices,
    check_edits,
    creates_task,
    task_choices,
    task_title,
)
from core.triage.views import SuggestionSink, SuggestionView, TriageReport
from core.vocabulary import STATE_TODO_ENABLED, ActionType

_LOG = logging.getLogger(__name__)

__all__ = [
    "ACTOR_OWNER",
    "ACTOR_SYSTEM",
    "ALL",
    "FIELDS",
    "FIRST_TRIAGE_DELAY",
    "HIGH_CONFIDENCE",
    "INBOX",
    "MAX_NOTE_CHARS",
    "NO_TASK",
    "NoBlockPossible",
    "TRIAGE_JOB_ID",
    "ActionBands",
    "AddResult",
    "Addressed",
    "AgingReminder",
    "AgingReport",
    "ApprovalBands",
    "ApprovalOutcome",
    "Area",
    "Assistant",
    "BackendSyncReport",
    "BandRate",
    "BlockCheck",
    "BlockProposal",
    "BlockResult",
    "BootstrapReport",
    "BudgetPause",
    "CalendarEvent",
    "CalibrationBand",
    "CategoryCleanup",
    "ChatAssistant",
    "ChatReply",
    "ClaudeSpend",
    "Check",
    "CheckKind",
    "ClassificationTotals",
    "CleanupPlan",
    "Confusion",
    "DevicePrompt",
    "DayView",
    "DevicePromptCallback",
    "Digest",
    "DigestFinder",
    "DigestPoster",
    "DueTask",
    "EditCheck",
    "EntryCheck",
    "EntryProblem",
    "EvalReport",
    "ExampleSource",
    "Failure",
    "FailureKind",
    "FileLock",
    "FiledMailRead",
    "FreeSlot",
    "FreeSlotsView",
    "GoogleSignIn",
    "LabelledEmail",
    "LabelledExample",
    "LearnedComparison",
    "LoginResult",
    "MailboxProblem",
    "MigrationReport",
    "NeedsReplyItem",
    "NoteKind",
    "OutcomeNote",
    "OverdueWait",
    "PeriodNumbers",
    "PeriodStats",
    "PostedMessage",
    "Project",
    "ProviderProblem",
    "ProposalDecision",
    "SenderRule",
    "SenderRuleProposal",
    "SenderRuleRefused",
    "QueueAgingSink",
    "ScheduledJobs",
    "Secrets",
    "Settings",
    "SenderCorrections",
    "SignInCallback",
    "StartupReport",
    "StaticTokenProvider",
    "StatusReport",
    "SuggestionSink",
    "SuggestionView",
    "SlotTaken",
    "SyncProblem",
    "SyncProblemKind",
    "TaskSyncReport",
    "TaskBackendHealth",
    "TaskDue",
    "TaskChoices",
    "TaxonomyDiff",
    "TodoUnavailable",
    "TokenProvider",
    "TriageReport",
    "TriageStats",
    "UndoOutcome",
    "UndoRefusal",
    "check_claude",
    "classify_failure",
    "creates_task",
    "evaluate_classifier",
    "evaluate_with_learned",
    "every",
    "load_settings",
    "run_doctor",
    "Change",
    "Proposal",
    "ReplyKind",
    "Step",
    "StepKind",
    "ReplyDraft",
    "WaitNotice",
    "WaitOutcome",
    "WaitView",
    "WaitingCheck",
    "WaitingNotifier",
]

Kind = Literal["project", "area"]


@dataclass(frozen=True)
class CategoryCleanup:
    """What deleting the owner's picks did: deleted, and picks that no longer exist."""

    deleted: tuple[str, ...]
    already_gone: tuple[str, ...]


class Assistant:
    """Everything a front end may ask of core, over one runtime built by `open`."""

    def __init__(self, runtime: Runtime) -> None:
        """Wrap a built runtime (front ends call `open`; tests may build the runtime)."""
        self._runtime = runtime
        self._task_sync: TaskSync | None = None
        self._sender_rules = SenderRuleProposer(runtime.store, lambda: runtime.settings)
        self._digest: DailyDigest | None = None
        self._queue_aging: QueueAging | None = None

    @classmethod
    async def open(
        cls,
        settings: Settings,
        secrets: Secrets,
        *,
        config_path: Path | None = None,
        token_provider: TokenProvider | None = None,
        device_prompt: DevicePromptCallback | None = None,
        interactive: bool = True,
        session: aiohttp.ClientSession | None = None,
        classifier: Classifier | None = None,
    ) -> Self:
        """Build the assistant: store, Graph client, triage, approvals (see `build_runtime`)."""
        runtime = await build_runtime(
            settings,
            secrets,
            config_path=config_path,
            token_provider=token_provider,
            device_prompt=device_prompt,
            interactive=interactive,
            session=session,
            classifier=classifier,
        )
        return cls(runtime)

    async def close(self) -> None:
        """Close the Claude client, the HTTP session and the database."""
        await self._runtime.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- configuration and start-up -------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The settings in force (hot reload replaces them)."""
        return self._runtime.settings

    @property
    def has_config_file(self) -> bool:
        """Whether the settings came from a config.yaml that taxonomy changes can be written to."""
        return self._runtime.config_path is not None

    def on_config_problem(self, callback: Callable[[str], Awaitable[object]] | None) -> None:
        """Be told (once per bad version) why a changed config.yaml was not loaded."""
        self._runtime.on_config_problem = callback

    async def reload_config(self) -> TaxonomyDiff | None:
        """Pick up config.yaml changes; None when nothing changed."""
        return await self._runtime.reload_config()

    async def start(self) -> StartupReport:
        """Run the start-up sequence: id migration, To Do probe, categories, folders."""
        return await self._runtime.first_start()

    async def migrate_ids(
        self, *, force: bool = False, progress: Callable[[int, int], None] | None = None
    ) -> MigrationReport:
        """Translate stored message ids to immutable ones (once, unless `force`)."""
        return await migrate_ids(
            self._runtime.store, self._runtime.mail, force=force, progress=progress
        )

    # -- sign-in --------------------------------------------------------------------------------

    @property
    def signs_in_with_device_code(self) -> bool:
        """Whether sign-in is Microsoft's device code (False: a fixed token, as in the demo)."""
        return isinstance(self._runtime.tokens, MsalTokenProvider)

    async def sign_in(self, *, force: bool = False) -> LoginResult:
        """Sign in to Microsoft 365 (silently if the saved sign-in suffices, unless `force`)."""
        tokens = self._runtime.tokens
        if not isinstance(tokens, MsalTokenProvider):
            raise AuthError("sign-in is not needed: a fixed Graph token is configured")
        return await tokens.login(force=force)

    # -- suggestions ----------------------------------------------------------------------------

    def attach_sink(self, sink: SuggestionSink | None) -> None:
        """Announce new and changed suggestions to `sink` from now on."""
        self._runtime.triage.attach_sink(sink)

    async def triage(self) -> TriageReport:
        """Run one triage pass: sync the Inbox, classify new mail, announce suggestions."""
        return await self._runtime.triage.refresh()

    async def pending(self, limit: int = 100, *, with_failed: bool = False) -> list[SuggestionView]:
        """Return up to `limit` suggestions awaiting the owner, oldest first."""
        statuses = ("pending", "failed") if with_failed else ("pending",)
        return await self._runtime.triage.list_pending(limit, statuses=statuses)

    async def suggestion(
        self, suggestion_id: int, *, with_outcome: bool = False
    ) -> SuggestionView | None:
        """Return one suggestion (with what its decision did, if `with_outcome`), or None."""
        return await self._runtime.triage.get(suggestion_id, with_outcome=with_outcome)

    async def approve(
        self, suggestion_id: int, *, actor: str, edits: dict[str, Any] | None = None
    ) -> ApprovalOutcome:
        """Approve (with the owner's edits) and carry out the compound action.

        Raises ValueError naming the field for an edit that is not valid.
        """
        return await self._runtime.triage.approve(suggestion_id, actor=actor, edits=edits)

    async def retry(self, suggestion_id: int, *, actor: str) -> ApprovalOutcome:
        """Resume a failed approval from its first unfinished step."""
        return await self._runtime.triage.retry(suggestion_id, actor=actor)

    async def dismiss(self, suggestion_id: int, *, actor: str) -> ApprovalOutcome:
        """Dismiss a suggestion; the email stays where it is."""
        return await self._runtime.triage.dismiss(suggestion_id, actor=actor)

    def creates_task(self, action_type: str) -> bool:
        """Whether approving a suggestion of this action type would create a task (any backend)."""
        return creates_task(self.settings, action_type)

    async def tasks_enabled(self) -> bool:
        """Whether approvals create tasks (configured on and the To Do probe did not say off)."""
        if not self.settings.integrations.todo.enabled:
            return False
        return await self._runtime.store.get_state(STATE_TODO_ENABLED) != "false"

    # -- where each card was posted -------------------------------------------------------------

    async def card_location(self, suggestion_id: int) -> PostedMessage | None:
        """Return where a front end posted the suggestion's card, or None."""
        return await self._runtime.store.posted_message(suggestion_id)

    async def remember_card(
        self, suggestion_id: int, *, front_end: str, channel: str, ts: str
    ) -> None:
        """Record where the suggestion's card was posted (it is never posted twice)."""
        await self._runtime.store.set_posted_message(
            suggestion_id, front_end=front_end, channel=channel, ts=ts
        )

    # -- categories -----------------------------------------------------------------------------

    async def bootstrap_categories(self, *, actor: str) -> BootstrapReport:
        """Create every missing framework and area category; never recolour one."""
        runtime = self._runtime
        return await categories.bootstrap(
            runtime.categories, runtime.settings, runtime.store, actor=actor
        )

    async def cleanup_plan(self) -> CleanupPlan:
        """Return the categories the assistant does not manage (candidates for deletion)."""
        existing = await self._runtime.categories.list()
        return categories.find_orphans(existing, self.settings, keep=await self._own_categories())

    async def delete_categories(self, picked: Collection[str], *, actor: str) -> CategoryCleanup:
        """Delete exactly the orphans the owner picked, re-read now; refuse managed ones.

        Raises ValueError (before deleting anything) if a pick is a category the assistant
        manages. A pick that no longer exists is reported as already gone.
        """
        existing = await self._runtime.categories.list()
        return await self._delete_picked(existing, picked, actor)

    async def _delete_picked(
        self, existing: Sequence[OutlookCategory], picked: Collection[str], actor: str
    ) -> CategoryCleanup:
        runtime = self._runtime
        plan = categories.find_orphans(
            existing, runtime.settings, keep=await self._own_categories()
        )
        known = {category_key(c.display_name): c.display_name for c in existing}
        chosen = [known[category_key(name)] for name in picked if category_key(name) in known]
        gone = [name for name in picked if category_key(name) not in known]
        deleted = await categories.delete_confirmed(
            runtime.categories, plan, chosen, runtime.store, actor
        )
        # A pick deleted by someone else between the listing and its DELETE is gone as well.
        gone += [name for name in chosen if name not in deleted]
        return CategoryCleanup(tuple(deleted), tuple(gone))

    # -- taxonomy -------------------------------------------------------------------------------

    async def add_project_or_area(
        self,
        kind: Kind,
        *,
        name: str,
        folder: str,
        description: str = "",
        keywords: Sequence[str] = (),
        senders: Sequence[str] = (),
        actor: str,
    ) -> AddResult:
        """Add a project or area to config.yaml, with its folder (and an area's category).

        Raises ConfigError (invalid or duplicate entry, no config file) before anything changes.
        """
        return await admin.add_project_or_area(
            self._runtime,
            kind,
            name=name,
            folder=folder,
            description=description,
            keywords=keywords,
            senders=senders,
            actor=actor,
        )

    # -- status, the DM assistant and counters ----------------------------------------------------

    async def status(self, *, next_sync: datetime | None = None) -> StatusReport:
        """Return the assistant's state at a glance (no Graph call)."""
        return await gather_status(self._runtime, next_sync=next_sync)

    def chat_assistant(
        self, word_failure: Callable[[Failure], str] = Failure.summary
    ) -> ChatAssistant:
        """Build the DM assistant (Claude when an API key is set, else offline answers)."""
        return build_chat_assistant(self._runtime, self._runtime.claude, word_failure)

    @property
    def classifier_name(self) -> str | None:
        """The primary classifier's name, or None when only the offline heuristic runs."""
        classifier = self._runtime.classifier
        return classifier.name if classifier is not None else None

    @property
    def filed_mail(self) -> FiledMailRead | None:
        """The last complete read of the owner's filed mail (None: not read yet)."""
        return self._runtime.filed_mail

    @property
    def graph_requests(self) -> int:
        """How many HTTP requests went to Microsoft Graph so far (batches count once)."""
        return self._runtime.graph.request_count

    @property
    def store_reads(self) -> int:
        """How many queries read the database so far."""
        return self._runtime.store.reads

    # -- tasks for the front ends ----------------------------------------------------------------

    # The Edit form's task choice ("none" or an enabled backend) and its preselection, from a
    # snapshot of the settings like the other form checks.
    task_choices = staticmethod(task_choices)

    # -- calendars ---------------------------------------------------------------------------------

    @property
    def calendars_enabled(self) -> bool:
        """Whether any calendar provider is on (calendars.outlook / calendars.google)."""
        return bool(self._runtime.calendars_built)

    async def owner_today(self) -> date:
        """Return today's date in the owner's zone (working hours' zone, else the mailbox's)."""
        _, hours = await self._runtime.owner_hours()
        return datetime.now(hours.time_zone).date()

    async def calendar_day(self, day: date) -> DayView:
        """Return `day` (a date in the owner's zone) across every enabled calendar: the
        meetings (each once), the free slots in working hours, the tasks due, and each provider
        that could not answer. Never raises for a provider's failure: `problems` names it."""
        runtime = self._runtime
        providers = await runtime.calendar_providers()
        zone_name, hours = await runtime.owner_hours()
        due = await runtime.store.tasks_due_on(day)
        return await calendar_day(providers, day, zone_name=zone_name, hours=hours, tasks_due=due)

    async def free_slots(self, day: date, minutes: int, limit: int = 5) -> FreeSlotsView:
        """Return the first `limit` slots of `minutes` in the working hours of `day` that no
        provider marks busy; a provider that could not answer is named in `problems`."""
        runtime = self._runtime
        providers = await runtime.calendar_providers()
        zone_name, hours = await runtime.owner_hours()
        return await free_slots_on(
            providers, day, minutes=minutes, limit=limit, zone_name=zone_name, hours=hours
        )

    # -- calendar blocks ---------------------------------------------------------------------------

    async def _calendar_blocks(self) -> CalendarBlocks:
        runtime = self._runtime
        providers = await runtime.calendar_providers()
        _, hours = await runtime.owner_hours()
        return CalendarBlocks(runtime.store, providers, hours)

    async def propose_block(self, suggestion_id: int, minutes: int = 30) -> BlockProposal:
        """Return the first free slot of `minutes` in working hours across every calendar for
        the suggestion's task, up to its due date; NoBlockPossible says why there is none."""
        runtime = self._runtime
        record = await runtime.store.get_suggestion(suggestion_id)
        email = None if record is None else await runtime.store.get_email(record.email_id)
        if record is None or email is None:
            raise NoBlockPossible(f"suggestion {suggestion_id} does not exist")
        action = ActionType(record.edited_action_type or record.suggested_action_type)
        blocks = await self._calendar_blocks()
        return await blocks.propose(suggestion_id, task_title(action, email), minutes=minutes)

    async def live_block(self, suggestion_id: int) -> BlockResult | None:
        """Return the block a suggestion already has (None: none, or it was deleted)."""
        return await (await self._calendar_blocks()).live(suggestion_id)

    async def confirm_block(self, proposal: BlockProposal, *, actor: str) -> BlockResult:
        """Create the proposal's event once (SlotTaken with the next slot when it got taken)."""
        return await (await self._calendar_blocks()).confirm(proposal, actor=actor)

    # -- running as a service: the database claim, the jobs, form checks ---------------------------

    @staticmethod
    def claim_database(path: Path | str) -> FileLock | None:
        """Take the lock that lets one long-running process use the database (None: in memory).

        Raises StoreError naming the database when another process holds it.
        """
        return claim_database(path)

    def schedule_jobs(
        self,
        scheduler: Any,
        *,
        on_sign_in_needed: SignInCallback | None = None,
        first_run_delay: timedelta = FIRST_TRIAGE_DELAY,
    ) -> ScheduledJobs:
        """Add the triage pass, the config reload, task sync, the waiting-for check, the
        filed-mail read and the sender rule proposer to an AsyncIOScheduler."""
        runtime = self._runtime
        jobs = _schedule_jobs(
            scheduler,
            runtime.triage,
            settings=runtime.settings,
            reload=runtime.reload_config,
            on_sign_in_needed=on_sign_in_needed,
            first_run_delay=first_run_delay,
            sync_tasks=self.sync_tasks,
            check_waits=self.check_waits,
        )
        schedule_filed_mail_job(
            scheduler, jobs, runtime.refresh_filed_mail, on_sign_in_needed=on_sign_in_needed
        )
        return schedule_sender_rules_job(
            scheduler, jobs, self.propose_sender_rules, first_run_delay=first_run_delay
        )

    async def delete_picked_categories(
        self, pick: Callable[[Sequence[str]], Collection[str]], *, actor: str
    ) -> CategoryCleanup:
        """`delete_categories`, the picks read by `pick` from every existing category's name.

        For a front end whose picks must be resolved against the names (Slack sends long ones
        as digests); the categories are listed once.
        """
        existing = await self._runtime.categories.list()
        return await self._delete_picked(existing, pick([c.display_name for c in existing]), actor)

    @property
    def triage_stats(self) -> TriageStats:
        """How many triage passes ran, were skipped or failed since start-up."""
        return self._runtime.triage.stats

    def offline_chat_assistant(self) -> ChatAssistant:
        """Build the DM assistant without Claude (it answers with its help text)."""
        return build_chat_assistant(self._runtime, None)

    # Pure checks of a form against given settings (a modal is drawn from a snapshot of them).
    check_edits = staticmethod(check_edits)
    check_new_entry = staticmethod(admin.check_new_entry)

    # -- task sync -------------------------------------------------------------------------------

    async def sync_tasks(self) -> TaskSyncReport:
        """Run one task-sync pass: what the owner did in To Do or Todoist flows back.

        Never raises for a backend that cannot be read: its report names the problem. The
        calendar blocks are checked right after, so a finished task is seen by its block.
        """
        if self._task_sync is None:
            runtime = self._runtime
            self._task_sync = TaskSync(
                runtime.store,
                runtime.mail,
                lambda: enabled_feeds(
                    runtime.settings, runtime.tasks, runtime.graph, runtime.store
                ),
            )
        report = await self._task_sync.run()
        if self.calendars_enabled:
            await self.check_blocks()
        return report

    async def check_blocks(self) -> BlockCheck:
        """Follow every calendar block: moved or deleted events and finished tasks are noted
        in task_events and action_log (one get_event per active block); no event is removed."""
        providers = await self._runtime.calendar_providers()
        found = await check_blocks(self._runtime.store, providers, actor=ACTOR_SYSTEM)
        _LOG.info(
            "Calendar blocks: %d checked in %d requests, %d moved, %d gone, %d task changes",
            found.checked,
            found.requests,
            found.moved,
            found.gone,
            found.task_changed,
        )
        for problem in found.problems:
            _LOG.warning("Calendar block check: %s", problem)
        return found

    # -- listings and counts for reports ---------------------------------------------------------

    async def suggestions_in(self, status: str, limit: int = 100) -> list[SuggestionView]:
        """Return up to `limit` suggestions in one status ("approved", ...), oldest first."""
        return await self._runtime.triage.list_pending(limit, statuses=(status,))

    async def suggestion_counts(self) -> dict[str, int]:
        """Return how many suggestions are in each status ("pending": 3, "approved": 5...)."""
        return await self._runtime.store.count_suggestions()

    async def classification_totals(
        self, *, since: datetime, until: datetime
    ) -> ClassificationTotals:
        """Return the count, sources, tokens and cost of the classifications in [since, until)."""
        return await self._runtime.store.classification_totals(since=since, until=until)

    # -- Google sign-in ---------------------------------------------------------------------------

    async def sign_in_google(
        self, secrets: Secrets, show_url: ShowUrl, *, port: int | None = None
    ) -> GoogleSignIn:
        """`login google`: show the consent URL, wait for Google's redirect on 127.0.0.1, save
        the tokens (0600). `port` overrides calendars.google.loopback_port (0: a free one)."""
        config = self._runtime.settings.calendars.google
        return await _sign_in_google(config, secrets, self._runtime.session, show_url, port=port)

    # -- classifier budget -------------------------------------------------------------------------

    async def claude_spend_today(self) -> ClaudeSpend | None:
        """Return Claude's spend in the owner's day against classifier.daily_budget_usd, None
        when no budget is set (cards carry `SuggestionView.budget_pause` when it was spent)."""
        return await claude_spend(self._runtime, datetime.now(UTC))

    # -- digest, stats and queue aging -------------------------------------------------------------

    def _daily_digest(self) -> DailyDigest:
        if self._digest is None:
            runtime = self._runtime

            async def zone() -> tzinfo:
                return (await runtime.owner_hours())[1].time_zone

            self._digest = DailyDigest(
                runtime.store,
                lambda: runtime.settings,
                zone=zone,
                calendar_day=self.calendar_day if self.calendars_enabled else None,
            )
        return self._digest

    async def digest(self) -> Digest:
        """Build today's digest now, on demand (it does not count as the day's scheduled one)."""
        return await self._daily_digest().build()

    async def send_digest_if_due(
        self, post: DigestPoster, find: DigestFinder | None = None
    ) -> bool:
        """Send today's scheduled digest through `post` when it is due and nobody sent it yet
        (exactly once a day across restarts: `find` tells whether the front end already holds
        it, so a post whose answer was lost is not repeated); return whether this call sent it."""
        return await self._daily_digest().tick(post, find)

    async def week_stats(self) -> PeriodStats:
        """Return the last seven days: triaged, approved, corrected, dismissed (in total, per
        action type and per folder) and Claude's cost."""
        _, hours = await self._runtime.owner_hours()
        return await week_stats(self._runtime.store, now=datetime.now(UTC), zone=hours.time_zone)

    def _aging(self) -> QueueAging:
        if self._queue_aging is None:
            runtime = self._runtime
            self._queue_aging = QueueAging(
                runtime.store, lambda: runtime.settings, runtime.triage.get
            )
        return self._queue_aging

    async def age_queue(self, sink: QueueAgingSink) -> AgingReport:
        """Remind once about, then expire, suggestions pending too long (triage.pending_*)."""
        return await self._aging().tick(sink)

    async def bring_back(self, suggestion_id: int) -> SuggestionView | None:
        """Put an expired suggestion back in the queue (its aging restarts); return it as it
        stands (None: no such suggestion; a decided one is returned unchanged)."""
        return await self._aging().bring_back(suggestion_id)

    async def expired_suggestions(self) -> list[int]:
        """Return the ids of pending suggestions that left the queue unanswered."""
        return await self._runtime.store.expired_suggestion_ids()

    def schedule_followup_jobs(
        self,
        scheduler: Any,
        jobs: ScheduledJobs,
        *,
        post_digest: DigestPoster | None = None,
        find_digest: DigestFinder | None = None,
        aging_sink: QueueAgingSink | None = None,
        first_run_delay: timedelta = FIRST_TRIAGE_DELAY,
    ) -> ScheduledJobs:
        """Add the daily digest (posted by `post_digest` and looked for by `find_digest`, when
        followup.digest is enabled) and queue aging (told to `aging_sink`) to the jobs
        `schedule_jobs` made."""

        async def send_digest() -> None:
            assert post_digest is not None
            await self.send_digest_if_due(post_digest, find_digest)

        async def age_queue() -> None:
            assert aging_sink is not None
            await self.age_queue(aging_sink)

        return _schedule_followup_jobs(
            scheduler,
            jobs,
            send_digest=send_digest if post_digest is not None else None,
            age_queue=age_queue if aging_sink is not None else None,
            first_run_delay=first_run_delay,
        )

    # -- undo and flags ---------------------------------------------------------------------------

    @functools.cached_property
    def _undo_service(self) -> UndoService:
        runtime = self._runtime
        return UndoService(
            mail=runtime.mail,
            tasks=runtime.tasks,
            store=runtime.store,
            settings=lambda: runtime.settings,
        )

    async def undo(self, suggestion_id: int | None = None, *, actor: str) -> UndoOutcome:
        """Undo an approval (None: the newest within followup.undo_window_hours).

        The email goes back to its folder with its categories and flag as they were, the task
        the approval created is deleted, and the suggestion is pending again. Refused with a
        reason when the owner changed the email since; a Graph failure is reported in the
        outcome (run it again to finish). Raises InvalidInput for a blank actor.
        """
        return await self._undo_service.undo(suggestion_id, actor=actor)

    @property
    def undo_window_hours(self) -> int:
        """How long after an approval it can be undone (followup.undo_window_hours)."""
        return self.settings.followup.undo_window_hours

    # -- waiting-for ----------------------------------------------------------------------------

    @property
    def _waiting(self) -> WaitingTracker:
        tracker = self._runtime.waiting
        assert tracker is not None, "the runtime was built without the waiting-for tracker"
        return tracker

    def attach_waiting_notifier(self, notifier: WaitingNotifier | None) -> None:
        """Send nudges and escalations to `notifier` (the front end) from now on."""
        self._waiting.attach_notifier(notifier)

    async def check_waits(self) -> WaitingCheck:
        """Run one waiting-for check: replies close waits, Sent Items, nudges and escalations."""
        return await self._waiting.check()

    async def open_waits(self) -> list[WaitView]:
        """Return every open wait (Waiting For approvals not yet answered), oldest first."""
        return await self._waiting.open_waits()

    async def wait(self, wait_id: int) -> WaitView | None:
        """Return one wait, open or closed, or None."""
        return await self._waiting.view(wait_id)

    async def mark_received(self, wait_id: int, *, actor: str) -> WaitOutcome:
        """Close a wait because the owner says the reply came; its task is completed."""
        return await self._waiting.mark_received(wait_id, actor=actor)

    async def snooze_wait(self, wait_id: int, *, actor: str) -> WaitOutcome:
        """Hold a wait's next nudge for one day."""
        return await self._waiting.snooze(wait_id, actor=actor)

    async def draft_nudge(
        self, wait_id: int, template: BodyTemplate, *, actor: str
    ) -> tuple[WaitOutcome, ReplyDraft | None]:
        """Put a reply draft for the wait in Outlook's Drafts (never sent); `template` writes
        the body when Claude cannot."""
        return await self._waiting.draft_nudge(wait_id, template, actor=actor)

    # -- learning from corrections ---------------------------------------------------------------

    async def learned_examples(self) -> list[LabelledExample]:
        """Return the owner's corrections as the classifiers see them: newest per sender/topic."""
        return await learned_examples(self._runtime.store)

    async def corrections_by_sender(self, *, min_count: int = 2) -> list[SenderCorrections]:
        """Return every correction grouped by sender, for senders corrected `min_count` times."""
        return await self._runtime.store.corrections_by_sender(min_count=min_count)

    async def approval_bands(self) -> ApprovalBands:
        """Return how often suggestions were approved unedited, by action type and confidence."""
        return await approval_bands(self._runtime.store)

    # -- sender rules and user categories ---------------------------------------------------------

    def on_sender_rule_proposal(
        self, callback: Callable[[SenderRuleProposal], Awaitable[object]] | None
    ) -> None:
        """Be handed each new sender rule proposal to put to the owner (Confirm / Not now).

        A proposal the callback raised for is handed over again on the next run.
        """
        self._sender_rules.announce = callback

    async def propose_sender_rules(self) -> list[SenderRuleProposal]:
        """Find rules to add or remove from the owner's decisions; return those announced."""
        return await self._sender_rules.run()

    async def sender_rule_proposals(self) -> list[SenderRuleProposal]:
        """Return the proposals waiting for the owner, oldest first."""
        return await self._sender_rules.open_proposals()

    async def confirm_sender_rule_proposal(
        self, proposal_id: int, *, actor: str
    ) -> ProposalDecision:
        """Add or remove the proposed rule, once (InvalidInput: no such proposal)."""
        return await self._sender_rules.confirm(proposal_id, actor=actor)

    async def decline_sender_rule_proposal(
        self, proposal_id: int, *, actor: str
    ) -> ProposalDecision:
        """Set a proposal aside; the same one is not made again for a while."""
        return await self._sender_rules.decline(proposal_id, actor=actor)

    async def _own_categories(self) -> list[str]:
        """The owner's own categories: never offered for cleanup."""
        return await categories.own_category_names(self._runtime.store)

    async def sender_rules(self) -> list[SenderRule]:
        """Return the confirmed sender rules, by pattern."""
        return await list_sender_rules(self._runtime.store, self._runtime.settings)

    async def edit_sender_rule(
        self, rule_id: int, *, pattern: str, folder: str, actor: str
    ) -> SenderRule:
        """Rewrite a rule (InvalidInput naming what is wrong: pattern, folder, a clash)."""
        runtime = self._runtime
        return await edit_rule(
            runtime.store, runtime.settings, rule_id, pattern, folder, actor=actor
        )

    async def remove_sender_rule(self, rule_id: int, *, actor: str) -> SenderRule:
        """Delete a rule the owner asked to remove (InvalidInput when it is already gone)."""
        runtime = self._runtime
        removed = await remove_rule(runtime.store, rule_id, actor=actor, why="owner")
        return rule_view(removed, runtime.settings)


async def evaluate_with_learned(
    settings: Settings, samples: Sequence[LabelledEmail], *, anthropic_api_key: str | None
) -> LearnedComparison:
    """`eval --with-learned`: accuracy without and with learned examples, as
    `core.triage.evaluation_learned` measures it, for the classifier triage would use."""
    if not anthropic_api_key:
        return await compare_with_learned(_HeuristicClassifier(), samples, settings)
    classifier = _claude_classifier(settings, _claude_client(settings, anthropic_api_key))
    try:
        return await compare_with_learned(classifier, samples, settings)
    finally:
        await classifier.aclose()


# -- not tied to one runtime ------------------------------------------------------------------


async def run_doctor(config_path: Path, secrets: Secrets) -> list[Check]:
    """Run the core health checks (config, sign-in, Graph, To Do, categories) in order."""
    return await _run_checks(config_path, secrets)


async def evaluate_classifier(
    settings: Settings, samples: Sequence[LabelledEmail], *, anthropic_api_key: str | None
) -> EvalReport:
    """Score the classifier triage would use (Claude with a key, else the heuristic) on `samples`.

    The caller picks the taxonomy and the labelled emails; the classifier is built for this
    run only and closed afterwards.
    """
    if not anthropic_api_key:
        return await _evaluate(_HeuristicClassifier(), samples, settings)
    classifier = _claude_classifier(settings, _claude_client(settings, anthropic_api_key))
    try:
        return await _evaluate(classifier, samples, settings)
    finally:
        await classifier.aclose()
