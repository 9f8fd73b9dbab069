"""The one door into core: `Assistant`, and the value types that pass through it.

Both front ends (bot/slack, bot/terminal) hold an `Assistant` and nothing else from core: they
never see the runtime, the store or a Graph client. Everything going in or out is a plain typed
value (the dataclasses and pydantic models re-exported below); failures are `core.errors`.
`tests/test_structure.py` holds bot/ to importing only this module, `core.errors` and the value
modules `core.vocabulary` and `core.untrusted_text`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
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
from core.google.consent import GoogleSignIn, ShowUrl
from core.google.setup import sign_in as _sign_in_google
from core.jobs import FIRST_TRIAGE_DELAY, TRIAGE_JOB_ID, ScheduledJobs, SignInCallback, every
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
from core.microsoft.mailbox_profile import MailboxProblem
from core.microsoft.master_categories import category_key
from core.microsoft.todo import TodoUnavailable
from core.microsoft.todo_models import OutlookCategory
from core.runtime import ACTOR_OWNER, ACTOR_SYSTEM, Runtime, StartupReport, build_runtime
from core.status import StatusReport, TaskBackendHealth, gather_status
from core.store import ClassificationTotals, PostedMessage, claim_database
from core.store.task_sync_queries import DueTask
from core.tasks.sync import (
    BackendSyncReport,
    SyncProblem,
    SyncProblemKind,
    TaskSync,
    TaskSyncReport,
    enabled_feeds,
)
from core.triage.approval import ApprovalOutcome
from core.triage.classification import INBOX, Classifier
from core.triage.classifier import build_claude_classifier as _claude_classifier
from core.triage.claude_client import build_claude_client as _claude_client
from core.triage.evaluation import ALL, FIELDS, Confusion, EvalReport, LabelledEmail
from core.triage.evaluation import evaluate as _evaluate
from core.triage.failures import Failure, FailureKind, classify_failure
from core.triage.heuristic import HeuristicClassifier as _HeuristicClassifier
from core.triage.outcome_notes import NoteKind, OutcomeNote
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
    "INBOX",
    "MAX_NOTE_CHARS",
    "NO_TASK",
    "NoBlockPossible",
    "TRIAGE_JOB_ID",
    "AddResult",
    "ApprovalOutcome",
    "Area",
    "Assistant",
    "BackendSyncReport",
    "BlockCheck",
    "BlockProposal",
    "BlockResult",
    "BootstrapReport",
    "CalendarEvent",
    "CategoryCleanup",
    "ChatAssistant",
    "ChatReply",
    "Check",
    "CheckKind",
    "ClassificationTotals",
    "CleanupPlan",
    "Confusion",
    "DevicePrompt",
    "DayView",
    "DevicePromptCallback",
    "DueTask",
    "EditCheck",
    "EntryCheck",
    "EntryProblem",
    "EvalReport",
    "Failure",
    "FailureKind",
    "FileLock",
    "FreeSlot",
    "FreeSlotsView",
    "GoogleSignIn",
    "LabelledEmail",
    "LoginResult",
    "MailboxProblem",
    "MigrationReport",
    "NoteKind",
    "OutcomeNote",
    "PostedMessage",
    "Project",
    "ProviderProblem",
    "ProposalDecision",
    "SenderRule",
    "SenderRuleProposal",
    "SenderRuleRefused",
    "ScheduledJobs",
    "Secrets",
    "Settings",
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
    "TaskChoices",
    "TaxonomyDiff",
    "TodoUnavailable",
    "TokenProvider",
    "TriageReport",
    "TriageStats",
    "check_claude",
    "classify_failure",
    "creates_task",
    "evaluate_classifier",
    "every",
    "load_settings",
    "run_doctor",
    "Change",
    "Proposal",
    "ReplyKind",
    "Step",
    "StepKind",
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
        """Add the triage pass, the config reload and task sync to an AsyncIOScheduler."""
        runtime = self._runtime
        return _schedule_jobs(
            scheduler,
            runtime.triage,
            settings=runtime.settings,
            reload=runtime.reload_config,
            on_sign_in_needed=on_sign_in_needed,
            first_run_delay=first_run_delay,
            sync_tasks=self.sync_tasks,
            propose_sender_rules=self.propose_sender_rules,
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
