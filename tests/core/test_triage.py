"""Triage passes against the Graph emulator over HTTP and a real store: backfill window, body at
ingest, Claude outage, crash recovery, cost rows, corrections, concurrency.

The fallback is the real `HeuristicClassifier`; the primary is `ScriptedClassifier`, a scripted
fake of our own `Classifier` protocol (the Claude wire format is tested in test_classifier*.py).
The shared pieces here (`Rig`, `make_rig`, `ScriptedClassifier`, `FakeApprovals`, `RecordingSink`)
are imported by the other test_triage_*.py modules.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.config.settings import Settings
from core.errors import ClassifierError, GraphError
from core.microsoft.graph_models import Message
from core.microsoft.mail import MailApi
from core.microsoft.mail_sync import InboxSync, email_record
from core.store import EmailRecord, Store
from core.triage.approval import ApprovalOutcome
from core.triage.classification import (
    INBOX,
    Classification,
    Correction,
    EmailForClassification,
    Source,
    Usage,
)
from core.triage.classifier import build_claude_classifier
from core.triage.claude_client import build_claude_client
from core.triage.examples import LabelledExample
from core.triage.heuristic import HeuristicClassifier
from core.triage.service import STATE_TRIAGE_FLOOR, TriageService
from core.triage.views import SuggestionView
from core.vocabulary import ActionType, Priority
from sandbox.anthropic_emulator import AnthropicEmulator, ApiError
from sandbox.graph_emulator import GraphEmulator
from tests.core.store_helpers import newest_suggestion

PROJECT = "Projects/Tradecore Steel"
FINANCE = "Areas/Finance"
TRADECORE = "tradecore-steel.example"
FAKE_MODEL = "claude-fake-1"
FAKE_USAGE = Usage(
    input_tokens=900,
    output_tokens=60,
    cache_creation_input_tokens=0,
    cache_read_input_tokens=3100,
    cost_usd=0.0021,
    latency_ms=640,
)


def make_settings(*, backfill_days: int = 2, concurrency: int = 4) -> Settings:
    return Settings.model_validate(
        {
            "projects": [
                {
                    "name": "Tradecore Steel Implementation",
                    "folder": PROJECT,
                    "keywords": ["Tradecore", "cutover"],
                    "senders": [f"@{TRADECORE}"],
                }
            ],
            "areas": [{"name": "Finance", "folder": FINANCE, "keywords": ["invoice"]}],
            "triage": {"backfill_days": backfill_days},
            "classifier": {"concurrency": concurrency},
        }
    )


def answer(
    folder: str = PROJECT,
    priority: Priority = Priority.P2,
    action_type: ActionType = ActionType.REVIEW,
    reason: str = "Scripted answer.",
) -> Classification:
    return Classification(
        folder=folder,
        priority=priority,
        action_type=action_type,
        confidence=0.85,
        reason=reason,
        source=Source.CLAUDE,
        model=FAKE_MODEL,
        usage=FAKE_USAGE,
        schema_hash="schema-1",
    )


@dataclass
class Call:
    email: EmailForClassification
    corrections: tuple[Correction, ...]
    examples: tuple[LabelledExample, ...] = ()


class ScriptedClassifier:
    """A scripted primary: queued answers or errors come back in order, calls are recorded."""

    name = f"claude:{FAKE_MODEL}"

    def __init__(self) -> None:
        self.queue: deque[Classification | Exception] = deque()
        self.default: Classification | Exception = answer()
        self.history: list[Call] = []
        self.gate: asyncio.Event | None = None  # when set, every call waits for it
        self.in_flight = 0
        self.peak_in_flight = 0

    def enqueue(self, *items: Classification | Exception) -> None:
        self.queue.extend(items)

    @property
    def subjects(self) -> list[str]:
        return [call.email.subject for call in self.history]

    async def classify(
        self,
        email: EmailForClassification,
        *,
        settings: Settings,
        corrections: Sequence[Correction] = (),
        examples: Sequence[LabelledExample] = (),
    ) -> Classification:
        self.history.append(Call(email, tuple(corrections), tuple(examples)))
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            if self.gate is not None:
                await self.gate.wait()
            for _ in range(3):  # let the other workers start their calls
                await asyncio.sleep(0)
            item = self.queue.popleft() if self.queue else self.default
        finally:
            self.in_flight -= 1
        if isinstance(item, Exception):
            raise item
        return item


class BrokenClassifier:
    """A fallback that fails (it should never happen; triage must not lose the email)."""

    name = "broken"

    async def classify(self, email, *, settings, corrections=(), examples=()) -> Classification:
        raise RuntimeError("rules table is corrupt")


class FakeApprovals:
    """Stands in for ApprovalService where a test is about triage, not about Graph actions."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.calls: list[tuple[str, int, str, Any]] = []
        self.resume_calls = 0
        self.resume_error: Exception | None = None
        self.resumed: list[ApprovalOutcome] = []

    async def approve(self, suggestion_id: int, *, actor: str, edits=None) -> ApprovalOutcome:
        self.calls.append(("approve", suggestion_id, actor, edits))
        won = await self.store.transition_suggestion(
            suggestion_id,
            from_status=["pending", "failed"],
            to_status="approving",
            actor=actor,
            edits=edits,
        )
        if not won:
            return ApprovalOutcome(suggestion_id, "unchanged")
        await self.store.transition_suggestion(
            suggestion_id, from_status=["approving"], to_status="approved", actor=actor
        )
        return ApprovalOutcome(suggestion_id, "approved", folder="(fake)")

    async def dismiss(self, suggestion_id: int, *, actor: str) -> ApprovalOutcome:
        self.calls.append(("dismiss", suggestion_id, actor, None))
        won = await self.store.transition_suggestion(
            suggestion_id, from_status=["pending", "failed"], to_status="dismissed", actor=actor
        )
        return ApprovalOutcome(suggestion_id, "dismissed" if won else "unchanged")

    async def retry(self, suggestion_id: int, *, actor: str) -> ApprovalOutcome:
        self.calls.append(("retry", suggestion_id, actor, None))
        return ApprovalOutcome(suggestion_id, "unchanged")

    async def resume_interrupted(self, *, actor: str = "system") -> list[ApprovalOutcome]:
        self.resume_calls += 1
        if self.resume_error is not None:
            raise self.resume_error
        return list(self.resumed)


class RecordingSink:
    """A front end that records what it was told; `fail` makes every call raise."""

    def __init__(self) -> None:
        self.created: list[SuggestionView] = []
        self.changed: list[SuggestionView] = []
        self.fail = False

    async def suggestion_created(self, view: SuggestionView) -> None:
        if self.fail:
            raise ConnectionError("Slack is down")
        self.created.append(view)

    async def suggestion_changed(self, view: SuggestionView) -> None:
        if self.fail:
            raise ConnectionError("Slack is down")
        self.changed.append(view)


@dataclass
class Rig:
    """A triage service wired to the emulator, a real store and the real heuristic."""

    emulator: GraphEmulator
    graph: Any
    store: Store
    settings: Settings = field(default_factory=make_settings)
    primary: ScriptedClassifier = field(default_factory=ScriptedClassifier)
    sink: RecordingSink = field(default_factory=RecordingSink)
    approvals: Any = None
    service: TriageService | None = None
    page_size: int = 50

    def deliver(
        self,
        subject: str,
        sender: str = f"dana@{TRADECORE}",
        *,
        hours_ago: float = 1,
        body: str = "Hello Maya,\nplease see below.\nDana",
        conversation_id: str | None = None,
        **fields: Any,
    ) -> str:
        """Deliver an email to the Inbox; `fields` go to the emulator (headers, to, cc, ...)."""
        message = self.emulator.add_message(
            subject=subject,
            sender_name=sender.split("@")[0].title(),
            sender_address=sender,
            body=body,
            received=datetime.now(UTC) - timedelta(hours=hours_ago),
            conversation_id=conversation_id,
            **fields,
        )
        return message.immutable_id

    def new_service(self, **overrides: Any) -> TriageService:
        """Build the service as a freshly started process would (same store and mailbox)."""
        options: dict[str, Any] = {
            "inbox": InboxSync(
                MailApi(self.graph),
                self.store,
                backfill_days=self.settings.triage.backfill_days,
                page_size=self.page_size,
            ),
            "store": self.store,
            "approvals": self.approvals or FakeApprovals(self.store),
            "settings": lambda: self.settings,
            "primary": self.primary,
            "fallback": HeuristicClassifier(),
            "sink": self.sink,
        }
        options.update(overrides)
        self.service = TriageService(**options)
        return self.service

    @property
    def triage(self) -> TriageService:
        assert self.service is not None
        return self.service

    async def suggestion_for(self, email_id: str):
        return await newest_suggestion(self.store, email_id)


async def eventually(condition: Callable[[], bool], *, give_up_after_s: float = 30.0) -> None:
    """Yield to the event loop until `condition` holds.

    Nothing waits on the clock: each turn only yields. The deadline only ends a test that would
    otherwise hang; a fixed number of turns did that before, and on a busy machine a first pass
    through the Graph emulator and SQLite once outlasted it.
    """
    deadline = time.monotonic() + give_up_after_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition never became true")
        await asyncio.sleep(0)


def make_rig(emulator: GraphEmulator, graph: Any, store: Store) -> Rig:
    """Build a `Rig` with its service; each test module's `rig` fixture calls this."""
    environment = Rig(emulator, graph, store)
    environment.new_service()
    return environment


@pytest.fixture
def rig(emulator, graph, store) -> Rig:
    return make_rig(emulator, graph, store)


def use_real_claude(rig: Rig, base_url: str) -> Any:
    """Give the rig a new service whose primary is the real Claude classifier at `base_url`."""
    rig.settings = make_settings().model_copy(
        update={
            "classifier": make_settings().classifier.model_copy(
                update={"base_url": base_url, "max_retries": 0}
            )
        }
    )
    claude = build_claude_classifier(rig.settings, build_claude_client(rig.settings, "sk-ant-test"))
    rig.new_service(primary=claude)
    return claude


# -- the backfill window ---------------------------------------------------------------------


async def test_first_sync_of_a_big_old_mailbox_triages_only_the_backfill_window(rig):
    for i in range(300):
        rig.deliver(f"Old thread {i}", f"old{i}@example.com", hours_ago=24 * (3 + i % 27))
    recent = [rig.deliver(f"Recent {i}", hours_ago=1 + i) for i in range(5)]

    report = await rig.triage.refresh()

    assert report.new_emails == 5
    assert report.classified == 5 and report.failures == 0
    assert sorted(rig.primary.subjects) == [f"Recent {i}" for i in range(5)]
    for email_id in recent:
        assert (await rig.suggestion_for(email_id)) is not None
    assert len(rig.sink.created) == 5
    assert await rig.store.get_state(STATE_TRIAGE_FLOOR) is not None


async def test_mail_older_than_the_first_window_is_never_classified_even_if_stored(rig):
    await rig.triage.refresh()  # the first pass fixes the floor: now minus 2 days
    # Old mail can still reach the store (a resync's overlap, a store from an older version).
    old = EmailRecord(
        id="AAMkOldOne=",
        conversation_id=None,
        internet_message_id="<old@example.com>",
        subject="Ten days old",
        sender_name="Old",
        sender_address="old@example.com",
        received_at=datetime.now(UTC) - timedelta(days=10),
        web_link=None,
        preview="",
    )
    await rig.store.upsert_emails([old])
    newer = rig.deliver("Fresh one")

    report = await rig.new_service().refresh()  # a restart: the floor is read back

    assert rig.primary.subjects == ["Fresh one"]
    assert report.classified == 1
    assert await rig.suggestion_for(old.id) is None
    assert await rig.suggestion_for(newer) is not None


# -- the body arrives with the delta ---------------------------------------------------------


async def test_body_text_comes_with_the_delta_as_text_and_reaches_the_classifier(rig):
    rig.page_size = 2
    rig.new_service()
    html = "<html><body><p>Please review the <b>cutover</b> plan &amp; reply.</p></body></html>"
    email_id = rig.deliver("Cutover plan", body=html)
    for i in range(4):
        rig.deliver(f"Other {i}")

    await rig.triage.refresh()

    stored = await rig.store.get_email(email_id)
    assert stored is not None and stored.body_text == "Please review the cutover plan & reply."
    call = next(c for c in rig.primary.history if c.email.email_id == email_id)
    assert call.email.body_text == stored.body_text
    deltas = [r for r in rig.emulator.requests if r.path.endswith("/messages/delta")]
    assert len(deltas) == 3  # five emails, two per page: every page asked for text bodies
    for request in deltas:
        assert 'outlook.body-content-type="text"' in (request.header("Prefer") or "")
    singles = [r for r in rig.emulator.requests if r.path.startswith("/me/messages/")]
    assert singles == []  # no per-message GET anywhere in the pass


def test_an_html_body_from_a_request_without_the_text_preference_is_stored_as_text():
    message = Message.model_validate(
        {
            "id": "AAMkHtml=",
            "body": {
                "contentType": "html",
                "content": "<html><head><style>p {color: red}</style></head><body>"
                "<p>Hi Maya &amp; team,</p><div>the   plan is attached.</div>"
                "<p>On Monday Dana wrote:<br>&gt; earlier text</p></body></html>",
            },
        }
    )

    assert email_record(message).body_text == (
        "Hi Maya & team,\nthe plan is attached.\nOn Monday Dana wrote:\n> earlier text"
    )
    assert email_record(Message.model_validate({"id": "AAMkNone="})).body_text == ""


# -- degradation and recovery ----------------------------------------------------------------


async def test_claude_outage_falls_back_to_the_heuristic_and_says_so(rig):
    rig.primary.default = ClassifierError("Claude API overloaded (HTTP 529) after 2 retries")
    ids = [
        rig.deliver("Cutover weekend plan", f"dana@{TRADECORE}"),
        rig.deliver("Invoice 4411 for March", "billing@vendor.example"),
        rig.deliver("Lunch?", "friend@example.org"),
    ]

    report = await rig.triage.refresh()

    assert report.classified == 3 and report.failures == 0
    assert dict(report.by_source) == {"heuristic": 3}
    for email_id in ids:
        suggestion = await rig.suggestion_for(email_id)
        assert suggestion is not None
        assert suggestion.reason.startswith(
            "Heuristic (Claude unavailable: Claude API overloaded (HTTP 529) after 2 retries): "
        )
        assert suggestion.classifier == "heuristic"
        assert suggestion.details["primary_error"].startswith("Claude API overloaded")
    cutover = await rig.suggestion_for(ids[0])
    assert cutover is not None and cutover.suggested_folder == PROJECT  # the sender rule
    views = {v.email_id: v for v in rig.sink.created}
    assert views[ids[0]].source is Source.HEURISTIC and views[ids[0]].model is None


async def test_after_three_claude_failures_in_a_row_the_pass_stops_asking_claude(
    emulator, graph, store
):
    rig = Rig(emulator, graph, store, settings=make_settings(concurrency=1))
    rig.new_service()
    rig.primary.default = ClassifierError("Claude API overloaded (HTTP 529) after 2 retries")
    for i in range(7):
        rig.deliver(f"Outage mail {i}")

    report = await rig.triage.refresh()

    assert report.classified == 7 and dict(report.by_source) == {"heuristic": 7}
    assert len(rig.primary.history) == 3  # the other four never waited on Claude
    rig.primary.default = answer()
    rig.deliver("After the outage")

    again = await rig.triage.refresh()

    assert dict(again.by_source) == {"claude": 1}  # a new pass asks Claude again


async def test_without_a_primary_the_heuristic_answers_without_an_outage_note(rig):
    rig.new_service(primary=None)
    email_id = rig.deliver("Cutover weekend plan")

    await rig.triage.refresh()

    suggestion = await rig.suggestion_for(email_id)
    assert suggestion is not None and suggestion.classifier == "heuristic"
    assert not suggestion.reason.startswith("Heuristic (")


async def test_when_every_classifier_fails_the_email_waits_for_the_next_pass(rig):
    rig.primary.default = ClassifierError("Claude API unreachable")
    rig.new_service(fallback=BrokenClassifier())
    ids = [rig.deliver("One"), rig.deliver("Two")]

    report = await rig.triage.refresh()

    assert report.failures == 2 and report.classified == 0
    assert rig.triage.stats.classification_failures == 2
    assert [await rig.suggestion_for(i) for i in ids] == [None, None]

    rig.primary.default = answer()
    again = await rig.new_service().refresh()

    assert again.new_emails == 0 and again.classified == 2
    assert all([await rig.suggestion_for(i) for i in ids])


async def test_a_crash_between_storing_and_classifying_is_finished_by_the_next_refresh(rig):
    ids = [rig.deliver(f"Stored then crashed {i}") for i in range(3)]
    # The process stores the delta page and dies before classifying anything.
    await rig.triage._inbox.sync()
    assert await rig.store.count_emails() == 3

    report = await rig.new_service().refresh()

    assert report.new_emails == 0  # nothing new for the delta...
    assert report.classified == 3  # ...but nothing is lost either
    assert all([await rig.suggestion_for(i) for i in ids])


async def test_a_failed_sync_still_classifies_stored_mail_then_raises(rig):
    first = rig.deliver("Before the outage")
    await rig.triage._inbox.sync()
    rig.emulator.inject("GET", r"/messages/delta$", status=503, times=50)

    with pytest.raises(GraphError):
        await rig.new_service().refresh()

    assert await rig.suggestion_for(first) is not None
    assert rig.triage.stats.last_report is not None
    assert rig.triage.stats.last_report.classified == 1


# -- what is stored per classification -------------------------------------------------------


async def test_each_classification_stores_model_tokens_cost_and_latency(rig):
    ids = [rig.deliver("Steering committee"), rig.deliver("Go-live checklist")]

    report = await rig.triage.refresh()

    suggestions = [await rig.suggestion_for(i) for i in ids]
    rows = await rig.store.classifications_for_suggestions([s.id for s in suggestions if s])
    assert len(rows) == 2
    for row in rows.values():
        assert (row.source, row.model, row.schema_hash) == ("claude", FAKE_MODEL, "schema-1")
        assert (row.input_tokens, row.output_tokens) == (900, 60)
        assert row.cache_read_input_tokens == 3100
        assert row.cost_usd == pytest.approx(0.0021)
        assert row.latency_ms == 640
    assert report.cost_usd == pytest.approx(0.0042)
    now = datetime.now(UTC)
    totals = await rig.store.classification_totals(
        since=now - timedelta(hours=1), until=now + timedelta(hours=1)
    )
    assert totals.count == 2 and totals.cost_usd == pytest.approx(0.0042)
    view = rig.sink.created[0]
    assert (view.source, view.model, view.cost_usd) == (Source.CLAUDE, FAKE_MODEL, 0.0021)
    assert view.subject in {"Steering committee", "Go-live checklist"}
    assert view.sender_address == f"dana@{TRADECORE}" and view.sender_name == "Dana"
    assert view.web_link and view.preview.startswith("Hello Maya")


async def test_corrections_from_edits_reach_the_next_classification(rig):
    first = rig.deliver("Invoice 88 from Tradecore")
    await rig.triage.refresh()
    suggestion = await rig.suggestion_for(first)
    assert suggestion is not None and rig.primary.history[0].corrections == ()

    await rig.triage.approve(
        suggestion.id,
        actor="owner",
        edits={"folder": FINANCE, "action_type": ActionType.NEEDS_REPLY.value, "note": "Money"},
    )
    rig.deliver("Invoice 89 from Tradecore", f"ap@{TRADECORE}")
    await rig.triage.refresh()

    assert rig.primary.history[-1].email.subject == "Invoice 89 from Tradecore"
    assert rig.primary.history[-1].corrections == (
        Correction(
            subject="Invoice 88 from Tradecore",
            sender_address=f"dana@{TRADECORE}",
            suggested_folder=PROJECT,
            suggested_priority=Priority.P2.value,
            suggested_action_type=ActionType.REVIEW.value,
            folder=FINANCE,
            priority=Priority.P2.value,
            action_type=ActionType.NEEDS_REPLY.value,
            note="Money",
        ),
    )


async def test_a_needs_review_answer_is_stored_as_needing_review(rig):
    unsure = Classification(
        folder=INBOX,
        priority=Priority.P3,
        action_type=ActionType.REVIEW,
        confidence=0.0,
        reason="Claude declined to classify this email.",
        source=Source.CLAUDE,
        needs_review=True,
        model=FAKE_MODEL,
    )
    rig.primary.enqueue(unsure)
    email_id = rig.deliver("Odd one")

    await rig.triage.refresh()

    suggestion = await rig.suggestion_for(email_id)
    assert suggestion is not None and suggestion.needs_review
    assert suggestion.suggested_folder == INBOX
    assert rig.sink.created[0].needs_review


# -- concurrency -----------------------------------------------------------------------------


async def test_two_concurrent_refreshes_run_the_pass_once(rig):
    ids = [rig.deliver(f"Mail {i}") for i in range(3)]
    rig.primary.gate = asyncio.Event()

    first = asyncio.create_task(rig.triage.refresh())
    await eventually(lambda: bool(rig.primary.history))  # the first pass is held at the gate
    second = await rig.triage.refresh()
    rig.primary.gate.set()
    report = await first

    assert second.skipped and second.classified == 0
    assert not report.skipped and report.classified == 3
    assert sorted(rig.primary.subjects) == ["Mail 0", "Mail 1", "Mail 2"]
    deltas = [r for r in rig.emulator.requests if r.path.endswith("/messages/delta")]
    assert len(deltas) == 1
    for email_id in ids:
        suggestion = await newest_suggestion(rig.store, email_id)
        assert suggestion is not None
    assert rig.triage.stats.skipped_passes == 1
    assert await rig.triage.classify_pending() == []  # nothing left, and no second suggestion


async def test_classification_concurrency_is_bounded_by_the_setting(rig):
    rig.settings = make_settings(concurrency=3)
    for i in range(12):
        rig.deliver(f"Backlog {i}")
    rig.primary.gate = asyncio.Event()

    task = asyncio.create_task(rig.triage.refresh())
    await eventually(lambda: rig.primary.in_flight == 3)
    for _ in range(10):  # the store's lock is FIFO: any other worker gets to the classifier first
        await rig.store.count_emails()
    assert rig.primary.in_flight == 3
    rig.primary.gate.set()
    report = await task

    assert report.classified == 12
    assert rig.primary.peak_in_flight == 3


# -- end to end with the real Claude classifier over HTTP ------------------------------------


async def test_with_the_real_claude_classifier_an_outage_degrades_and_success_is_costed(rig):
    claude_api = AnthropicEmulator()
    async with claude_api.serve() as base_url:
        claude = use_real_claude(rig, base_url)
        claude_api.enqueue(ApiError.overloaded(), ApiError.overloaded())
        down = [rig.deliver("Cutover weekend plan"), rig.deliver("Cutover rollback drill")]

        outage = await rig.triage.refresh()

        assert outage.classified == 2 and dict(outage.by_source) == {"heuristic": 2}
        for email_id in down:
            suggestion = await rig.suggestion_for(email_id)
            assert suggestion is not None
            assert suggestion.reason.startswith("Heuristic (Claude unavailable: ")

        healthy = rig.deliver("Steering committee minutes")
        report = await rig.triage.refresh()
        await claude.aclose()

    assert dict(report.by_source) == {"claude": 1}
    suggestion = await rig.suggestion_for(healthy)
    assert (
        suggestion is not None
        and suggestion.classifier == f"claude:{rig.settings.classifier.model}"
    )
    row = (await rig.store.classifications_for_suggestions([suggestion.id]))[suggestion.id]
    assert row.model == rig.settings.classifier.model
    assert row.input_tokens > 0 and row.output_tokens > 0 and row.cost_usd > 0
    assert row.schema_hash
