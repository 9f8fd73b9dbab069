"""Sender rules: proposed from the owner's decisions, confirmed, used by both classifiers,
proposed for removal when they stop fitting; end to end through the Graph emulator."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]

from core.api import Assistant, SenderRuleProposal
from core.config.settings import Settings
from core.errors import InvalidInput
from core.jobs import SENDER_RULES_INTERVAL, SENDER_RULES_JOB_ID
from core.store import EmailRecord, Store
from core.triage.classification import EmailForClassification
from core.triage.classifier_prompt import system_prompt, user_message
from core.triage.examples import ExampleSource, LabelledExample
from core.triage.heuristic import HeuristicClassifier
from core.triage.sender_rule_proposals import (
    QUIET_AFTER_DECLINE,
    STALE_AFTER,
    SenderRuleProposer,
)
from core.triage.sender_rules import add_rule, normalise_pattern, with_sender_rules
from core.vocabulary import ActionType, Priority
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import open_runtime

PROJECT = "Projects/Tradecore Steel"
FINANCE = "Areas/Finance"
ANA = "ana@steelco.example"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def taxonomy(**senders: tuple[str, ...]) -> Settings:
    return Settings.model_validate(
        {
            "projects": [
                {
                    "name": "Tradecore",
                    "folder": PROJECT,
                    "senders": list(senders.get("tradecore", ())),
                }
            ],
            "areas": [
                {"name": "Finance", "folder": FINANCE, "senders": list(senders.get("finance", ()))}
            ],
        }
    )


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def ruled_store(clock: Clock) -> AsyncIterator[Store]:
    store = await Store.open(":memory:", clock=clock)
    try:
        yield store
    finally:
        await store.close()


def mail(email_id: str, sender: str, received: datetime) -> EmailRecord:
    """A stored email from `sender`; only who sent it and when matter here."""
    return EmailRecord(
        id=email_id,
        conversation_id=None,
        internet_message_id=None,
        subject="Hello",
        sender_name="Ana",
        sender_address=sender,
        received_at=received,
        web_link=None,
        preview="",
    )


async def decided(
    store: Store, sender: str, folder: str, *, suggested: str | None = None, n: int = 1
) -> None:
    """Store `n` emails from `sender` approved into `folder` (an edit when `suggested` differs)."""
    for _ in range(n):
        email_id = f"m{len(await store.list_suggestions(limit=10_000))}"
        await store.upsert_emails([mail(email_id, sender, datetime.now(UTC))])
        sid = await store.create_suggestion(
            email_id=email_id,
            folder=suggested or folder,
            priority="P3 - Urgent Low",
            action_type="FYI Only",
            confidence=0.5,
            reason="test",
        )
        edits = {"folder": folder} if suggested and suggested != folder else None
        await store.transition_suggestion(
            sid, from_status=["pending"], to_status="approving", actor="owner", edits=edits
        )
        await store.transition_suggestion(
            sid, from_status=["approving"], to_status="approved", actor="owner"
        )


def proposer(store: Store, clock: Clock, settings: Settings | None = None) -> SenderRuleProposer:
    fixed = settings or taxonomy()
    return SenderRuleProposer(store, lambda: fixed, clock=clock)


# -- proposing from history and corrections -------------------------------------------------


async def test_three_agreeing_approvals_propose_a_rule_and_a_contrary_one_prevents_it(
    ruled_store, clock
):
    await decided(ruled_store, ANA, PROJECT, n=3)
    await decided(ruled_store, "bo@steelco.example", PROJECT, n=3)
    await decided(ruled_store, "bo@steelco.example", FINANCE)  # the newest disagrees
    await decided(ruled_store, "cy@steelco.example", PROJECT, n=2)  # not enough yet

    found = await proposer(ruled_store, clock).find()

    open_ = await ruled_store.sender_rule_proposals()
    assert [p.id for p in open_] == found
    assert [(p.kind, p.pattern, p.folder, p.evidence, p.evidence_count) for p in open_] == [
        ("add", ANA, PROJECT, "history", 3)
    ]


async def test_two_corrections_to_one_folder_propose_a_rule_despite_older_decisions(
    ruled_store, clock
):
    await decided(ruled_store, ANA, "Inbox", n=4)  # what the owner accepted before
    await decided(ruled_store, ANA, FINANCE, suggested="Inbox")
    await decided(ruled_store, "bo@steelco.example", FINANCE, suggested="Inbox")  # one only

    assert await proposer(ruled_store, clock).find() == []

    await decided(ruled_store, ANA, FINANCE, suggested=PROJECT)
    await proposer(ruled_store, clock).find()

    assert [
        (p.pattern, p.folder, p.evidence, p.evidence_count)
        for p in await ruled_store.sender_rule_proposals()
    ] == [(ANA, FINANCE, "corrections", 2)]


async def test_senders_already_filed_there_and_inbox_decisions_are_never_proposed(
    ruled_store, clock
):
    await decided(ruled_store, ANA, PROJECT, n=3)  # the config's domain entry files Ana there
    await decided(ruled_store, "bo@other.example", "Inbox", n=5)
    await decided(ruled_store, "cy@other.example", PROJECT, n=3)  # history never overrules config
    settings = taxonomy(tradecore=("@steelco.example",), finance=("cy@other.example",))

    assert await proposer(ruled_store, clock, settings).find() == []


async def test_a_proposal_is_made_once_and_a_declined_one_waits_before_it_returns(
    ruled_store, clock
):
    await decided(ruled_store, ANA, PROJECT, n=3)
    rules = proposer(ruled_store, clock)
    [first] = await rules.find()
    assert await rules.find() == []  # still open: not made twice

    declined = await rules.decline(first, actor="owner")
    assert declined.result == "declined"
    assert (await rules.decline(first, actor="owner")).result == "already"
    clock.advance(QUIET_AFTER_DECLINE - timedelta(minutes=1))
    assert await rules.find() == []
    clock.advance(timedelta(minutes=2))
    assert len(await rules.find()) == 1
    logged = await ruled_store.list_actions(action="sender_rule_proposal_declined")
    assert [a.target for a in logged] == [ANA]


# -- announcing, confirming -----------------------------------------------------------------


async def test_an_announcement_that_fails_is_made_again_on_the_next_run(ruled_store, clock):
    await decided(ruled_store, ANA, PROJECT, n=3)
    rules = proposer(ruled_store, clock)
    shown: list[SenderRuleProposal] = []
    failing = True

    async def announce(proposal: SenderRuleProposal) -> None:
        if failing:
            raise OSError("Slack is down")
        shown.append(proposal)

    rules.announce = announce
    assert await rules.run() == []
    failing = False
    first = await rules.run()
    again = await rules.run()

    assert [p.pattern for p in shown] == [ANA] and first == shown and again == []


async def test_confirming_stores_the_rule_once_and_logs_it(ruled_store, clock):
    await decided(ruled_store, ANA, PROJECT, n=3)
    rules = proposer(ruled_store, clock)
    [pid] = await rules.find()

    done = await rules.confirm(pid, actor="slack:U1")
    twice = await rules.confirm(pid, actor="slack:U1")

    assert done.result == "added" and done.rule is not None
    assert (done.rule.pattern, done.rule.folder, done.rule.origin) == (ANA, PROJECT, "history")
    assert twice.result == "already" and twice.proposal.status == "confirmed"
    assert [(r.pattern, r.folder) for r in await ruled_store.sender_rules()] == [(ANA, PROJECT)]
    [logged] = await ruled_store.list_actions(action="sender_rule_added")
    assert (logged.actor, logged.target) == ("slack:U1", ANA)
    with pytest.raises(InvalidInput, match="no sender rule proposal 999"):
        await rules.confirm(999, actor="owner")


async def test_a_proposal_whose_folder_left_the_taxonomy_is_withdrawn_on_confirm(
    ruled_store, clock
):
    await decided(ruled_store, ANA, PROJECT, n=3)
    [pid] = await proposer(ruled_store, clock).find()
    without = Settings.model_validate({"areas": [{"name": "Finance", "folder": FINANCE}]})

    outcome = await proposer(ruled_store, clock, without).confirm(pid, actor="owner")

    assert outcome.result == "withdrawn" and await ruled_store.sender_rules() == []


# -- removal --------------------------------------------------------------------------------


async def test_a_rule_corrected_twice_since_it_was_confirmed_is_proposed_for_removal(
    ruled_store, clock
):
    settings = taxonomy()
    await decided(ruled_store, ANA, FINANCE, suggested=PROJECT)  # before the rule: not counted
    clock.advance(timedelta(minutes=1))
    rule = await add_rule(ruled_store, settings, ANA, PROJECT, origin="history", actor="owner")
    clock.advance(timedelta(minutes=1))
    await decided(ruled_store, ANA, FINANCE, suggested=PROJECT)
    rules = proposer(ruled_store, clock, settings)
    assert await rules.find() == []
    await decided(ruled_store, ANA, FINANCE, suggested=PROJECT)

    [pid] = await rules.find()

    [proposal] = await rules.open_proposals()
    assert (proposal.kind, proposal.pattern, proposal.evidence, proposal.evidence_count) == (
        "remove",
        ANA,
        "corrected",
        2,
    )
    removed = await rules.confirm(pid, actor="owner")
    assert removed.result == "removed" and await ruled_store.sender_rules() == []
    [logged] = await ruled_store.list_actions(action="sender_rule_removed")
    assert logged.before == {"pattern": ANA, "folder": rule.folder}
    # With the rule gone, the corrections can now propose the folder the owner prefers.
    await rules.find()
    assert [(p.kind, p.folder) for p in await rules.open_proposals()] == [("add", FINANCE)]


async def test_a_rule_without_mail_for_the_stale_period_is_proposed_for_removal(ruled_store, clock):
    settings = taxonomy()
    await add_rule(ruled_store, settings, "@quiet.example", FINANCE, origin="owner", actor="o")
    await add_rule(ruled_store, settings, ANA, PROJECT, origin="owner", actor="o")
    rules = proposer(ruled_store, clock, settings)
    clock.advance(STALE_AFTER)
    await ruled_store.upsert_emails([mail("recent", ANA, clock.now - timedelta(days=3))])

    await rules.find()

    assert [
        (p.kind, p.pattern, p.evidence, p.evidence_count) for p in await rules.open_proposals()
    ] == [("remove", "@quiet.example", "stale", STALE_AFTER.days)]


# -- both classifiers use the rules ---------------------------------------------------------


def an_email(sender: str) -> EmailForClassification:
    return EmailForClassification(
        email_id="e1",
        subject="Numbers for March",
        sender_name="Ana",
        sender_address=sender,
        received_at=START,
        body_text="Attached.",
    )


async def test_rules_reach_the_heuristic_and_the_prompt_and_win_over_config_for_the_same_sender(
    ruled_store, clock
):
    settings = taxonomy(tradecore=(ANA, "@steelco.example"))
    await add_rule(ruled_store, settings, ANA, FINANCE, origin="corrections", actor="owner")
    ruled = with_sender_rules(settings, await ruled_store.sender_rules())

    result = await HeuristicClassifier().classify(an_email(ANA), settings=ruled)
    other = await HeuristicClassifier().classify(an_email("bo@steelco.example"), settings=ruled)

    assert result.folder == FINANCE and "sender rule" in result.reason
    assert other.folder == PROJECT  # the domain entry still files the rest of the domain
    prompt = system_prompt(ruled)
    assert f"Typical senders: {ANA}" in prompt and prompt.count(ANA) == 1
    assert '"Finance" (Areas/Finance)' in user_message(an_email(ANA), ruled, max_body_chars=500)
    # The fixed part changes only when the rules do.
    assert system_prompt(with_sender_rules(settings, await ruled_store.sender_rules())) == prompt


def test_a_pattern_is_an_address_or_a_domain():
    assert normalise_pattern("  Ana@SteelCo.example ") == ANA
    assert normalise_pattern("@steelco.example") == "@steelco.example"
    for bad in ("ana", "steelco.example", "@nodot", "a b@x.example"):
        with pytest.raises(InvalidInput, match="is not a sender"):
            normalise_pattern(bad)


# -- end to end through the Graph emulator --------------------------------------------------


async def test_corrections_in_the_mailbox_become_a_confirmed_rule_that_files_the_next_mail(
    owner_runtime, emulator: GraphEmulator
):
    assistant = Assistant(owner_runtime)
    shown: list[SenderRuleProposal] = []

    async def announce(proposal: SenderRuleProposal) -> None:
        shown.append(proposal)

    assistant.on_sender_rule_proposal(announce)
    for i in range(2):
        emulator.add_message(
            subject=f"Statement {i}",
            sender_name="Ana",
            sender_address=ANA,
            body="Please find the statement.",
            received=datetime.now(UTC) - timedelta(hours=2 - i),
        )
    report = await assistant.triage()
    for sid in report.suggestion_ids:
        view = await assistant.suggestion(sid)
        assert view is not None and view.folder == "Inbox"  # nothing told the heuristic
        outcome = await assistant.approve(sid, actor="owner", edits={"folder": FINANCE})
        assert outcome.status == "approved"

    announced = await assistant.propose_sender_rules()
    assert announced == shown and [(p.pattern, p.folder, p.evidence) for p in shown] == [
        (ANA, FINANCE, "corrections")
    ]
    assert await assistant.propose_sender_rules() == []
    decision = await assistant.confirm_sender_rule_proposal(shown[0].id, actor="owner")
    assert decision.result == "added"

    newest = emulator.add_message(
        subject="Statement 3",
        sender_name="Ana",
        sender_address=ANA,
        body="Please find the statement.",
        received=datetime.now(UTC),
    )
    later = await assistant.triage()
    [sid] = later.suggestion_ids
    view = await assistant.suggestion(sid)
    assert view is not None and view.email_id == newest.immutable_id
    assert view.folder == FINANCE and "sender rule" in view.reason
    assert [(r.pattern, r.folder, r.active) for r in await assistant.sender_rules()] == [
        (ANA, FINANCE, True)
    ]
    # A restarted process reads the same rules.
    assert owner_runtime.config_path is not None
    async with open_runtime(owner_runtime.config_path) as restarted:
        again = await Assistant(restarted).sender_rules()
    assert [(r.pattern, r.folder) for r in again] == [(ANA, FINANCE)]


async def test_the_owner_edits_and_removes_rules_with_clear_errors(owner_runtime):
    assistant = Assistant(owner_runtime)
    store: Any = owner_runtime.store
    await add_rule(store, owner_runtime.settings, ANA, FINANCE, origin="history", actor="o")
    [rule] = await assistant.sender_rules()

    edited = await assistant.edit_sender_rule(
        rule.id, pattern="@SteelCo.example", folder="projects/tradecore steel", actor="owner"
    )
    assert (edited.pattern, edited.folder, edited.origin) == ("@steelco.example", PROJECT, "owner")
    with pytest.raises(InvalidInput, match="not the folder of a project or area"):
        await assistant.edit_sender_rule(rule.id, pattern=ANA, folder="Archive", actor="owner")
    removed = await assistant.remove_sender_rule(rule.id, actor="owner")
    assert removed.pattern == "@steelco.example" and await assistant.sender_rules() == []
    with pytest.raises(InvalidInput, match="no longer exists"):
        await assistant.remove_sender_rule(rule.id, actor="owner")
    actions = [a.action for a in await store.list_actions()]
    assert actions[:3] == ["sender_rule_removed", "sender_rule_changed", "sender_rule_added"]


async def test_the_service_schedules_the_proposer_every_15_minutes(owner_runtime):
    scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop(), timezone=UTC)
    scheduler.start(paused=True)
    try:
        assistant = Assistant(owner_runtime)
        jobs = assistant.schedule_jobs(scheduler)
        job = scheduler.get_job(SENDER_RULES_JOB_ID)
        assert job is not None and job.trigger.interval == SENDER_RULES_INTERVAL
        assert jobs.sender_rules is not None and SENDER_RULES_JOB_ID in jobs.health()
        assert await jobs.sender_rules.run() is True
    finally:
        scheduler.shutdown(wait=False)


async def test_mail_moved_back_to_the_inbox_counts_against_a_rule(ruled_store, clock):
    settings = taxonomy()
    await add_rule(ruled_store, settings, ANA, PROJECT, origin="history", actor="owner")
    clock.advance(timedelta(minutes=1))
    rules = proposer(ruled_store, clock, settings)
    for n in range(2):
        await decided(ruled_store, ANA, PROJECT)
        [approved] = (await ruled_store.list_suggestions(status="approved"))[-1:]
        example = LabelledExample(
            sender_address=ANA,
            subject=f"Hello {n}",
            text="",
            folder="Inbox",
            priority=Priority.P3,
            action_type=ActionType.FYI_ONLY,
            source=ExampleSource.MOVED,
            recorded_at=clock.now,
        )
        assert await ruled_store.record_labelled_example(approved.id, example)
        clock.advance(timedelta(minutes=1))

    await rules.find()

    assert [(p.kind, p.evidence, p.evidence_count) for p in await rules.open_proposals()] == [
        ("remove", "corrected", 2)
    ]
