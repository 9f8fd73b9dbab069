"""Sender rules proposed to the owner: learned from their decisions, dropped when they stop fitting.

Nothing here changes how mail is filed by itself: every finding becomes a proposal that the
front end puts to the owner (Confirm / Not now), and only a Confirm adds or removes a rule.

**Adding.** The owner's decisions on where a sender's mail goes (`sender_decisions`: approvals,
where a folder the owner picked over the suggested one counts as a correction, and approved
emails moved back to the Inbox in Outlook) are read newest
first, per sender address, over the last `LOOKBACK`. The newest decision names a folder F of
the taxonomy ("Inbox" is never a rule); the unbroken run of decisions for F behind it is the
evidence. A rule is proposed when that run holds `CORRECTIONS_FOR_RULE` corrections to F (the
owner keeps moving this sender's mail there), or when every decision in the window is F and
there are `AGREEMENTS_FOR_RULE` of them (history with no contrary decision). A sender a rule or
a `senders` entry already files in F is skipped.

**Removing.** A stored rule is proposed for removal when it keeps getting corrected (since it was
confirmed, `CORRECTIONS_TO_REMOVE` decisions on matching mail went elsewhere) or stopped
matching (no mail from it for `STALE_AFTER`, and the rule is at least that old).

A declined proposal is not made again for `QUIET_AFTER_DECLINE`; an open one is never made twice
(a unique index). Proposals are announced through a callback the front end registers; one that
could not be announced is announced on the next run.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from core.config.settings import Settings
from core.errors import InvalidInput
from core.store import Store
from core.store.sender_rule_queries import FolderDecision, SenderRuleProposalRecord
from core.triage.examples import ExampleSource
from core.triage.sender_rules import (
    SenderRule,
    add_rule,
    matches,
    remove_rule,
    ruled_folder,
    taxonomy_folder,
    with_sender_rules,
)

log = logging.getLogger(__name__)

AGREEMENTS_FOR_RULE = 3
CORRECTIONS_FOR_RULE = 2
CORRECTIONS_TO_REMOVE = 2
LOOKBACK = timedelta(days=180)
STALE_AFTER = timedelta(days=90)
QUIET_AFTER_DECLINE = timedelta(days=30)

Evidence = Literal["history", "corrections", "stale", "corrected"]


@dataclass(frozen=True)
class SenderRuleProposal:
    """A rule to add (`pattern` -> `folder`) or remove, and what the owner's decisions showed.

    `evidence_count` is how many decisions back it (history, corrections, corrected) or, for a
    stale rule, how many days it has gone without mail.
    """

    id: int
    kind: Literal["add", "remove"]
    pattern: str
    folder: str
    evidence: Evidence
    evidence_count: int
    status: str


@dataclass(frozen=True)
class ProposalDecision:
    """What the owner's Confirm or Not now did.

    `result`: "added", "removed", "declined", "already" (decided before: `proposal.status` says
    how) or "withdrawn" (no longer possible: the folder left the taxonomy or the rule is gone).
    """

    proposal: SenderRuleProposal
    result: Literal["added", "removed", "declined", "already", "withdrawn"]
    rule: SenderRule | None = None


ProposalCallback = Callable[[SenderRuleProposal], Awaitable[object]]


def proposal_view(record: SenderRuleProposalRecord) -> SenderRuleProposal:
    """Return the front ends' view of a stored proposal."""
    return SenderRuleProposal(
        id=record.id,
        kind="remove" if record.kind == "remove" else "add",
        pattern=record.pattern,
        folder=record.folder,
        evidence=_evidence(record.evidence),
        evidence_count=record.evidence_count,
        status=record.status,
    )


def _evidence(value: str) -> Evidence:
    for known in ("history", "corrections", "stale", "corrected"):
        if value == known:
            return known
    raise ValueError(f"unknown sender rule evidence {value!r}")


async def sender_decisions(store: Store, *, since: datetime) -> list[FolderDecision]:
    """Return the owner's decisions on where senders' mail goes since `since`, newest first.

    Approvals (an edited folder is a correction), and approved emails the owner moved back to
    the Inbox in Outlook (a correction to "Inbox": it never makes a rule, but it breaks a run
    of agreeing decisions and counts against a rule).
    """
    approvals = await store.folder_decisions(since=since)
    moved = [
        FolderDecision(
            sender=example.sender_address.strip().lower(),
            folder=example.folder,
            corrected=True,
            at=example.recorded_at,
        )
        for group in await store.corrections_by_sender(min_count=1, since=since)
        for example in group.examples
        if example.source is ExampleSource.MOVED
    ]
    return sorted([*approvals, *moved], key=lambda d: d.at, reverse=True)


def _addition(
    decisions: list[FolderDecision], settings: Settings
) -> tuple[str, Evidence, int] | None:
    """Return (folder, evidence, count) a rule should be proposed with, from one sender's
    decisions (newest first), or None."""
    folder = taxonomy_folder(settings, decisions[0].folder)
    if folder is None:
        return None
    run = []
    for decision in decisions:
        if decision.folder.casefold() != folder.casefold():
            break
        run.append(decision)
    corrections = sum(d.corrected for d in run)
    if corrections >= CORRECTIONS_FOR_RULE:
        return folder, "corrections", corrections
    if len(run) == len(decisions) and len(run) >= AGREEMENTS_FOR_RULE:
        return folder, "history", len(run)
    return None


class SenderRuleProposer:
    """Find rules to propose, announce them, and carry out the owner's answer."""

    def __init__(
        self,
        store: Store,
        settings: Callable[[], Settings],
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._settings = settings
        self._clock = clock
        self.announce: ProposalCallback | None = None

    async def run(self) -> list[SenderRuleProposal]:
        """Record new proposals, announce every open one not yet announced; return those."""
        await self.find()
        announced = []
        for record in await self._store.sender_rule_proposals():
            if record.announced_at is not None or self.announce is None:
                continue
            view = proposal_view(record)
            try:
                await self.announce(view)
            except Exception:
                log.exception("Could not announce sender rule proposal %d; next run", record.id)
                continue
            await self._store.mark_sender_rule_proposal_announced(record.id)
            announced.append(view)
        return announced

    async def find(self) -> list[int]:
        """Record the proposals the decisions and rules call for; return the new ids."""
        now, settings = self._clock(), self._settings()
        decisions = await sender_decisions(self._store, since=now - LOOKBACK)
        rules = await self._store.sender_rules()
        effective = with_sender_rules(settings, rules)
        ruled = {rule.pattern for rule in rules}
        by_sender: dict[str, list[FolderDecision]] = {}
        for decision in decisions:
            by_sender.setdefault(decision.sender, []).append(decision)
        new: list[int] = []
        for sender, theirs in by_sender.items():
            found = _addition(theirs, settings)
            if found is None or sender in ruled:
                continue  # a stored rule for the sender is judged below, for removal
            folder, evidence, count = found
            current = ruled_folder(effective, sender)
            if current is not None and current.casefold() == folder.casefold():
                continue
            if evidence == "history" and current is not None:
                continue  # the owner's configuration says otherwise; only corrections overrule
            new += await self._propose("add", sender, folder, evidence, count, now)
        for rule in rules:
            against = [
                d
                for d in decisions
                if d.at >= rule.updated_at
                and matches(rule.pattern, d.sender)
                and d.folder.casefold() != rule.folder.casefold()
            ]
            if len(against) >= CORRECTIONS_TO_REMOVE:
                new += await self._propose(
                    "remove", rule.pattern, rule.folder, "corrected", len(against), now, rule.id
                )
                continue
            if now - rule.updated_at < STALE_AFTER:
                continue
            last = await self._store.last_mail_from(rule.pattern)
            if last is None or now - last >= STALE_AFTER:
                days = (now - (last or rule.updated_at)).days
                new += await self._propose(
                    "remove", rule.pattern, rule.folder, "stale", days, now, rule.id
                )
        return new

    async def _propose(
        self,
        kind: str,
        pattern: str,
        folder: str,
        evidence: Evidence,
        count: int,
        now: datetime,
        rule_id: int | None = None,
    ) -> list[int]:
        if await self._store.declined_since(kind, pattern, now - QUIET_AFTER_DECLINE):
            return []
        made = await self._store.add_sender_rule_proposal(
            kind=kind,
            pattern=pattern,
            folder=folder,
            evidence=evidence,
            evidence_count=count,
            rule_id=rule_id,
        )
        if made is None:
            return []
        log.info("Proposed to %s sender rule %d (%s, %d)", kind, made, evidence, count)
        return [made]

    async def open_proposals(self) -> list[SenderRuleProposal]:
        """Return the proposals waiting for the owner, oldest first."""
        return [proposal_view(r) for r in await self._store.sender_rule_proposals()]

    async def confirm(self, proposal_id: int, *, actor: str) -> ProposalDecision:
        """Carry out an open proposal once (a second Confirm finds it decided)."""
        record = await self._get(proposal_id)
        if record.status != "open":
            return ProposalDecision(proposal_view(record), "already")
        settings = self._settings()
        rule = await self._store.sender_rule(record.rule_id) if record.rule_id else None
        possible = (
            taxonomy_folder(settings, record.folder) is not None
            if record.kind == "add"
            else rule is not None
        )
        if not possible:
            await self._store.decide_sender_rule_proposal(proposal_id, "withdrawn")
            return ProposalDecision(await self._view(proposal_id), "withdrawn")
        if not await self._store.decide_sender_rule_proposal(proposal_id, "confirmed"):
            return ProposalDecision(await self._view(proposal_id), "already")
        if record.kind == "add":
            added = await add_rule(
                self._store,
                settings,
                record.pattern,
                record.folder,
                origin=record.evidence,
                actor=actor,
            )
            return ProposalDecision(await self._view(proposal_id), "added", added)
        assert record.rule_id is not None
        try:
            await remove_rule(self._store, record.rule_id, actor=actor, why=record.evidence)
        except InvalidInput:  # removed in between (from /assistant senders)
            return ProposalDecision(await self._view(proposal_id), "withdrawn")
        return ProposalDecision(await self._view(proposal_id), "removed")

    async def decline(self, proposal_id: int, *, actor: str) -> ProposalDecision:
        """Set an open proposal aside: the same one is not made for `QUIET_AFTER_DECLINE`."""
        record = await self._get(proposal_id)
        if not await self._store.decide_sender_rule_proposal(proposal_id, "declined"):
            return ProposalDecision(proposal_view(record), "already")
        await self._store.log_action(
            "sender_rule_proposal_declined",
            actor=actor,
            target=record.pattern,
            details={"proposal_id": proposal_id, "kind": record.kind, "folder": record.folder},
        )
        return ProposalDecision(await self._view(proposal_id), "declined")

    async def _get(self, proposal_id: int) -> SenderRuleProposalRecord:
        record = await self._store.sender_rule_proposal(proposal_id)
        if record is None:
            raise InvalidInput(f"there is no sender rule proposal {proposal_id}")
        return record

    async def _view(self, proposal_id: int) -> SenderRuleProposal:
        return proposal_view(await self._get(proposal_id))
