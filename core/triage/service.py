"""The triage engine: sync the Inbox, classify new mail into suggestions, and act on decisions.

One `refresh()` pass (never two at once) resumes approvals a crash interrupted (on the first
pass, and on the pass after an approval raised), runs one delta sync, then classifies every
stored Inbox email that has no suggestion yet.
Emails are stored before they are classified and a suggestion is the only mark of "done", so a
crash or a failed classification just leaves the email for the next pass: nothing is lost.

Classification order per email: thread inheritance (no model call), else the primary classifier
(Claude; absent without an API key), else, when the primary fails, the fallback heuristic, whose
reason then says Claude was unavailable. While Claude's spend for the owner's day has reached
`classifier.daily_budget_usd` (`core.triage.budget`), the heuristic answers instead of Claude
and the suggestion records the pause for the card. The first pass ever fixes a floor (now minus
`triage.backfill_days`, kept in agent_state) and no email received before it is ever
classified, so connecting a 10,000-email mailbox does not flood the owner.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from core.config.settings import Settings
from core.errors import AuthError, ClassifierError, GraphError
from core.microsoft.mail_sync import InboxSync
from core.store import EmailRecord, Store
from core.triage.addressing import ADDRESSED_DETAILS_KEY, Owner, addressed
from core.triage.budget import DETAILS_KEY as BUDGET_DETAILS_KEY
from core.triage.budget import BudgetPause, ClaudeBudget
from core.triage.classification import (
    Classification,
    Classifier,
    Correction,
    EmailForClassification,
    Source,
)
from core.triage.classifier import ClaudeClassifier
from core.triage.corrections import learned_examples, note_returns
from core.triage.examples import LabelledExample
from core.triage.heuristic import with_note
from core.triage.inheritance import inherit_from_thread
from core.triage.user_categories import details_with_category, settings_for_triage
from core.triage.views import SuggestionSink, SuggestionView, TriageReport, build_view

if TYPE_CHECKING:
    from core.triage.approval import ApprovalOutcome, ApprovalService

log = logging.getLogger(__name__)

STATE_TRIAGE_FLOOR = "triage_floor"
ACTOR_SYSTEM = "system"
CORRECTIONS_IN_PROMPT = 20
# After this many Claude failures in a row, the rest of the pass goes straight to the heuristic:
# each failure already waited through the SDK's retries, and an outage rarely ends mid-pass.
PRIMARY_FAILURES_BEFORE_BYPASS = 3
PAGE_SIZE = 100
# How long triage goes on without the owner's profile after /me was refused before asking again.
OWNER_RETRY = timedelta(minutes=30)
_SHORT_ERROR = 120


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class TriageStats:
    """Counts since start-up, for `status` and health checks."""

    passes: int = 0
    skipped_passes: int = 0
    classified: int = 0
    classification_failures: int = 0
    notify_failures: int = 0
    last_report: TriageReport | None = None


class TriageService:
    """Turns new Inbox mail into suggestions and the owner's decisions into actions.

    Every front end (Slack, console, CLI) goes through this one object: `refresh` for a triage
    pass, and `list_pending`, `get`, `approve`, `dismiss` and `retry` for suggestions.
    """

    def __init__(
        self,
        *,
        inbox: InboxSync,
        store: Store,
        approvals: ApprovalService,
        settings: Callable[[], Settings],
        primary: Classifier | None,
        fallback: Classifier,
        sink: SuggestionSink | None = None,
        clock: Callable[[], datetime] = _utc_now,
        budget: ClaudeBudget | None = None,
        on_synced: Callable[[list[str]], Awaitable[object]] | None = None,
    ) -> None:
        """Create the service.

        Args:
            inbox: the delta sync that stores new Inbox mail.
            store: the database.
            approvals: executes approve, dismiss and retry.
            settings: returns the current settings (config reloads take effect next pass).
            primary: the classifier to ask first (Claude), or None without an API key.
            fallback: the classifier used without a primary or when it fails (the heuristic).
            sink: where new and changed suggestions are announced; see `attach_sink`.
            clock: the current UTC time.
            budget: the owner's daily Claude budget; None: Claude is never paused for cost.
            on_synced: awaited with the new email ids after each sync (the waiting-for
                tracker looks for replies there); it must not raise.
        """
        self._on_synced = on_synced
        self._inbox = inbox
        self._store = store
        self._approvals = approvals
        self._settings = settings
        self._primary = primary
        self._fallback = fallback
        self._sink = sink
        self._clock = clock
        self._lock = asyncio.Lock()
        self._resumed = False
        self._owner_refused_at: datetime | None = None
        self._primary_failures = 0
        self._primary_outage = ""
        self._examples: list[LabelledExample] = []  # read once per pass
        self._owner: Owner | None = None  # read once per pass (Graph is asked once per process)
        self._budget = budget
        self._paused_until: datetime | None = None
        self.stats = TriageStats()

    @property
    def settings(self) -> Settings:
        """Return the settings currently in force."""
        return self._settings()

    def attach_sink(self, sink: SuggestionSink | None) -> None:
        """Announce suggestions to `sink` from now on (None: to nobody)."""
        self._sink = sink

    # -- triage passes ------------------------------------------------------------------------

    async def refresh(self) -> TriageReport:
        """Run one pass: resume interrupted approvals, sync the Inbox, classify, notify.

        Returns at once (a report with `skipped`) if a pass is already running. A failed sync
        still classifies the mail already stored, then raises its error.
        """
        if self._lock.locked():
            log.info("A triage pass is already running; this refresh does nothing")
            self.stats.skipped_passes += 1
            return TriageReport(skipped=True)
        async with self._lock:
            started = time.monotonic()
            report = TriageReport()
            settings = self._settings()
            floor = await self._floor(settings)
            await self._resume_interrupted(report)
            sync_error: GraphError | AuthError | None = None
            try:
                synced_from = self._clock()
                report.sync = await self._inbox.sync()
                report.new_emails = len(report.sync.new_ids)
                if self._on_synced is not None:
                    await self._on_synced(report.sync.new_ids)
                await note_returns(
                    self._store, report.sync.returned_ids, synced_from=synced_from, at=self._clock()
                )
            except (GraphError, AuthError) as err:
                log.error("Inbox sync failed (%s); classifying the mail already stored", err)
                sync_error = err
            await self._classify_backlog(settings, floor, report)
            self._finish(report, started)
            if sync_error is not None:
                raise sync_error
            return report

    async def classify_pending(self) -> list[int]:
        """Classify stored mail without a suggestion (no sync); return the new suggestion ids."""
        if self._lock.locked():
            log.info("A triage pass is already running; classify_pending does nothing")
            self.stats.skipped_passes += 1
            return []
        async with self._lock:
            started = time.monotonic()
            report = TriageReport()
            settings = self._settings()
            await self._classify_backlog(settings, await self._floor(settings), report)
            self._finish(report, started)
            return report.suggestion_ids

    async def _floor(self, settings: Settings) -> datetime:
        stored = await self._store.get_state(STATE_TRIAGE_FLOOR)
        if stored is not None:
            return datetime.fromisoformat(stored)
        floor = self._clock() - timedelta(days=settings.triage.backfill_days)
        await self._store.set_state(STATE_TRIAGE_FLOOR, floor.astimezone(UTC).isoformat())
        log.info("First triage pass: only mail received since %s will be triaged", floor)
        return floor

    async def _resume_interrupted(self, report: TriageReport) -> None:
        if self._resumed:
            return
        try:
            outcomes = await self._approvals.resume_interrupted(actor=ACTOR_SYSTEM)
        except Exception:
            log.exception("Could not resume interrupted approvals; trying again next pass")
            return
        self._resumed = True
        report.resumed_approvals = len(outcomes)
        for outcome in outcomes:
            await self._announce_change(outcome, report)

    async def _classify_backlog(
        self, settings: Settings, floor: datetime, report: TriageReport
    ) -> None:
        self._primary_failures = 0  # every pass gives Claude a fresh chance
        settings = await settings_for_triage(self._store, settings)
        corrections = await self._store.recent_corrections(CORRECTIONS_IN_PROMPT)
        self._examples = await learned_examples(self._store)
        self._owner = await self._mailbox_owner()
        workers_count = settings.classifier.concurrency
        queue: asyncio.Queue[EmailRecord | None] = asyncio.Queue(maxsize=2 * workers_count)

        async def work() -> None:
            while (email := await queue.get()) is not None:
                await self._triage_one(email, settings, corrections, report)

        # A queue rather than gather() per page keeps every worker busy across page boundaries.
        workers = [asyncio.create_task(work()) for _ in range(workers_count)]
        try:
            after: tuple[datetime, str] | None = None
            while True:
                page = await self._store.emails_needing_classification(
                    since=floor, limit=PAGE_SIZE, after=after
                )
                for email in page:
                    await queue.put(email)
                if len(page) < PAGE_SIZE:
                    break
                after = (page[-1].received_at, page[-1].id)
            for _ in workers:
                await queue.put(None)
            await asyncio.gather(*workers)
        finally:
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)

    async def _classify_and_record(
        self,
        email: EmailRecord,
        settings: Settings,
        corrections: Sequence[Correction],
        report: TriageReport,
    ) -> tuple[Classification, int | None] | None:
        # A reservation for Claude's call is held until its cost is recorded (core.triage.budget).
        async with AsyncExitStack() as held:
            try:
                classification, classifier, details = await self._classify(
                    email, settings, corrections, held
                )
                how = addressed(email.recipients, self._owner)
                if how is not None:
                    details = {**details, ADDRESSED_DETAILS_KEY: how.value}
            except Exception:
                # Left without a suggestion, so the next pass tries again.
                log.exception("Could not classify email %s; it will be retried next pass", email.id)
                report.failures += 1
                self.stats.classification_failures += 1
                return None
            suggestion_id: int | None = None
            try:
                suggestion_id = await self._store.create_suggestion(
                    email_id=email.id,
                    folder=classification.folder,
                    priority=classification.priority.value,
                    action_type=classification.action_type.value,
                    confidence=classification.confidence,
                    reason=classification.reason,
                    needs_review=classification.needs_review,
                    classifier=classifier,
                    details=details_with_category(details, classification),
                )
            except Exception:
                log.exception("Could not store a suggestion for %s; next pass retries", email.id)
                report.failures += 1
                self.stats.classification_failures += 1
            try:
                # Recorded even without a suggestion: the model call was paid for either way.
                await self._store.record_classification(
                    email.id,
                    suggestion_id=suggestion_id,
                    source=classification.source.value,
                    model=classification.model,
                    usage=classification.usage,
                    schema_hash=classification.schema_hash,
                )
            except Exception:
                log.exception("Could not record the cost of classifying email %s", email.id)
        return classification, suggestion_id

    async def _triage_one(
        self,
        email: EmailRecord,
        settings: Settings,
        corrections: Sequence[Correction],
        report: TriageReport,
    ) -> None:
        recorded = await self._classify_and_record(email, settings, corrections, report)
        if recorded is None:
            return
        classification, suggestion_id = recorded
        if classification.usage is not None:
            report.cost_usd += classification.usage.cost_usd
        if suggestion_id is None:
            return
        report.classified += 1
        report.by_source[classification.source.value] += 1
        report.inherited += int(classification.source is Source.THREAD)
        report.suggestion_ids.append(suggestion_id)
        self.stats.classified += 1
        view = await self._view(suggestion_id)
        if view is not None:
            await self._notify("suggestion_created", view, report)

    async def _mailbox_owner(self) -> Owner | None:
        # After a refusal every poll would pay the request and its retries: wait a while.
        refused = self._owner_refused_at
        if refused is not None and self._clock() - refused < OWNER_RETRY:
            return None
        try:
            owner = Owner.of(await self._inbox.owner())
        except GraphError as err:
            # Classifying goes on without it: whose line the owner is on is then not known.
            log.warning("Could not read the mailbox owner's profile: %s", err)
            self._owner_refused_at = self._clock()
            return None
        self._owner_refused_at = None
        return owner

    async def _classify(
        self,
        email: EmailRecord,
        settings: Settings,
        corrections: Sequence[Correction],
        held: AsyncExitStack,
    ) -> tuple[Classification, str, dict[str, Any]]:
        inherited = await inherit_from_thread(email, self._store, settings)
        if inherited is not None:
            classification, earlier = inherited
            details = {
                "source": classification.source.value,
                "inherited_from_email": earlier.suggestion.email_id,
                "inherited_from_suggestion": earlier.suggestion.id,
            }
            return classification, classification.source.value, details
        item = for_classification(email, self._owner)
        if self._primary is not None and self._budget is not None:
            ceiling = partial(self._cost_ceiling, item, settings)
            pause = await held.enter_async_context(self._budget.claim(self._clock, ceiling))
            if pause is not None:
                return await self._over_budget(item, settings, corrections, pause)
        if self._primary is not None and self._primary_failures >= PRIMARY_FAILURES_BEFORE_BYPASS:
            return await self._degraded(item, settings, corrections, self._primary_outage)
        if self._primary is not None:
            try:
                classification = await self._primary.classify(
                    item, settings=settings, corrections=corrections, examples=self._examples
                )
            except Exception as err:
                if isinstance(err, ClassifierError):
                    log.warning("Claude could not classify email %s: %s", email.id, err)
                else:
                    log.exception("The primary classifier failed on email %s", email.id)
                self._primary_failures += 1
                self._primary_outage = str(err)
                if self._primary_failures == PRIMARY_FAILURES_BEFORE_BYPASS:
                    log.warning(
                        "Claude failed %d times in a row; the heuristic answers for the rest "
                        "of this pass",
                        self._primary_failures,
                    )
                return await self._degraded(item, settings, corrections, str(err))
            self._primary_failures = 0
            return classification, self._primary.name, {"source": classification.source.value}
        classification = await self._fallback.classify(
            item, settings=settings, corrections=corrections, examples=self._examples
        )
        return classification, self._fallback.name, {"source": classification.source.value}

    def _cost_ceiling(self, item: EmailForClassification, settings: Settings) -> float:
        # Only Claude's classifier prices its calls; another primary (tests) reserves nothing.
        if isinstance(self._primary, ClaudeClassifier):
            return self._primary.cost_ceiling_usd(item, settings, self._examples)
        return 0.0

    async def _degraded(
        self,
        item: EmailForClassification,
        settings: Settings,
        corrections: Sequence[Correction],
        error: str,
    ) -> tuple[Classification, str, dict[str, Any]]:
        fallback = await self._fallback.classify(
            item, settings=settings, corrections=corrections, examples=self._examples
        )
        degraded = with_note(fallback, f"Claude unavailable: {short_error(error)}")
        details = {"source": fallback.source.value, "primary_error": error[:500]}
        return degraded, self._fallback.name, details

    async def _over_budget(
        self,
        item: EmailForClassification,
        settings: Settings,
        corrections: Sequence[Correction],
        pause: BudgetPause,
    ) -> tuple[Classification, str, dict[str, Any]]:
        if self._paused_until != pause.resumes_at:
            self._paused_until = pause.resumes_at
            log.info(
                "Claude's daily budget of $%.2f is spent ($%.4f today): the heuristic classifies "
                "until %s",
                pause.budget_usd,
                pause.spent_usd,
                pause.resumes_at.isoformat(),
            )
        fallback = await self._fallback.classify(
            item, settings=settings, corrections=corrections, examples=self._examples
        )
        details = {"source": fallback.source.value, BUDGET_DETAILS_KEY: pause.to_details()}
        return fallback, self._fallback.name, details

    def _finish(self, report: TriageReport, started: float) -> None:
        report.elapsed_seconds = time.monotonic() - started
        self.stats.passes += 1
        self.stats.last_report = report
        sources = ", ".join(f"{n} {source}" for source, n in sorted(report.by_source.items()))
        idle = not (report.new_emails or report.classified or report.failures)
        log.log(
            logging.DEBUG if idle else logging.INFO,
            "Triage pass: %d new emails, %d suggestions%s, %d failures, $%.4f in %.1f s",
            report.new_emails,
            report.classified,
            f" ({sources})" if sources else "",
            report.failures,
            report.cost_usd,
            report.elapsed_seconds,
        )

    # -- the suggestions API ------------------------------------------------------------------

    async def list_pending(
        self, limit: int = 100, *, statuses: Sequence[str] = ("pending",)
    ) -> list[SuggestionView]:
        """Return up to `limit` suggestions awaiting the owner (add "failed" for retries)."""
        records = []
        for status in statuses:
            records.extend(await self._store.list_suggestions(status=status, limit=limit))
        records = sorted(records, key=lambda record: record.id)[:limit]
        emails = await self._store.get_emails([r.email_id for r in records])
        costs = await self._store.classifications_for_suggestions([r.id for r in records])
        return [build_view(r, emails.get(r.email_id), costs.get(r.id)) for r in records]

    async def get(self, suggestion_id: int, *, with_outcome: bool = False) -> SuggestionView | None:
        """Return one suggestion as front ends show it, or None if there is no such id.

        `with_outcome` adds what an approval or dismissal did (folder, categories, task), as
        stored, for redrawing a card whose decision was made elsewhere.
        """
        outcome = await self._approvals.recorded(suggestion_id) if with_outcome else None
        return await self._view(suggestion_id, outcome)

    async def approve(
        self, suggestion_id: int, *, actor: str, edits: Mapping[str, Any] | None = None
    ) -> ApprovalOutcome:
        """Approve a suggestion (with the owner's edits, stored as a correction) and carry it out.

        Raises ValueError naming the field for an invalid edit.
        """
        try:
            outcome = await self._approvals.approve(suggestion_id, actor=actor, edits=edits)
        except ValueError:
            raise  # an invalid edit, refused before anything changed
        except Exception:
            self._resume_next_pass()
            raise
        await self._announce_change(outcome)
        return outcome

    async def dismiss(self, suggestion_id: int, *, actor: str) -> ApprovalOutcome:
        """Dismiss a suggestion; the email stays where it is."""
        outcome = await self._approvals.dismiss(suggestion_id, actor=actor)
        await self._announce_change(outcome)
        return outcome

    async def retry(self, suggestion_id: int, *, actor: str) -> ApprovalOutcome:
        """Resume a failed approval from its first unfinished step."""
        try:
            outcome = await self._approvals.retry(suggestion_id, actor=actor)
        except Exception:
            self._resume_next_pass()
            raise
        await self._announce_change(outcome)
        return outcome

    def _resume_next_pass(self) -> None:
        # An approval that raised may have left its row 'approving' (the store refused even to
        # mark it failed, e.g. while locked); the next pass resumes it, as a restart would.
        self._resumed = False

    async def _view(
        self, suggestion_id: int, outcome: ApprovalOutcome | None = None
    ) -> SuggestionView | None:
        found = await self._store.suggestion_with_context(suggestion_id)
        if found is None:
            return None
        record, email, classification = found
        return build_view(record, email, classification, outcome)

    async def _announce_change(
        self, outcome: ApprovalOutcome, report: TriageReport | None = None
    ) -> None:
        if outcome.status == "unchanged" or self._sink is None:
            return
        view = await self._view(outcome.suggestion_id, outcome)
        if view is not None:
            await self._notify("suggestion_changed", view, report)

    async def _notify(self, kind: str, view: SuggestionView, report: TriageReport | None) -> None:
        if self._sink is None:
            return
        try:
            if kind == "suggestion_created":
                await self._sink.suggestion_created(view)
            else:
                await self._sink.suggestion_changed(view)
        except Exception:
            # The suggestion is stored and stays listed; a front-end outage must not undo it.
            log.exception("Could not announce suggestion %d (%s)", view.suggestion_id, kind)
            self.stats.notify_failures += 1
            if report is not None:
                report.notify_failures += 1


def for_classification(email: EmailRecord, owner: Owner | None = None) -> EmailForClassification:
    """Return what a classifier may read of a stored email, whose mailbox `owner` is."""
    return EmailForClassification(
        email_id=email.id,
        subject=email.subject,
        sender_name=email.sender_name,
        sender_address=email.sender_address,
        received_at=email.received_at,
        body_text=email.body_text or email.preview,
        preview=email.preview,
        conversation_id=email.conversation_id,
        list_unsubscribe=email.list_unsubscribe,
        auto_submitted=email.auto_submitted,
        importance=email.importance,
        has_attachments=email.has_attachments,
        meeting=email.meeting,
        recipients=email.recipients,
        addressed=addressed(email.recipients, owner),
        owner=owner,
    )


def short_error(err: BaseException | str) -> str:
    """Return the first line of an error's message, cut to a length a reason can carry."""
    lines = str(err).strip().splitlines()
    text = lines[0] if lines else type(err).__name__
    return text if len(text) <= _SHORT_ERROR else text[: _SHORT_ERROR - 1] + "…"
