"""The priority, Eisenhower-shaped: important (the folder, a key contact) x urgent (the words).

Mail that only informs (FYI, meeting responses) is P4 whatever its words cry ("expires today":
urgency is a deadline for a deed, and it asks none), automated mail starts at P4 (P3 when it
asks for something); mail filed to a project or area starts at its `priority_default`, else P2,
as does a key contact's and a request no folder claims that touches what weighs beyond the
office (a contract, the board, a large sum: `stakes.weighty`); anything else at P4. Urgency
moves P2 to P1 and P4 to P3: a cue in the subject ("urgent", "asap", "tomorrow", "by Friday"),
Outlook's high importance, or, when the owner is asked to act, one in the body ("must work by
13:00", "today", "tomorrow"). The writer's need of her word by a weekday in the body ("I need your
answer by Friday") is days of notice, not urgency: the labelled sets' writers mark such important
work P2 more often than P1 (50 to 37 over sixty sets), so it is only a date to meet. "No rush"
cancels urgency; it leaves a project's work and a weighty matter (`stakes.weighty`) at P2
(important, not urgent), the rest at P4. A key contact's `priority_boost` raises a request (Needs
Reply, Review, Delegated) by that many levels, up to P2: only urgency makes P1.
The P3 quadrant (urgent, not important): a request with a date to meet in P4 mail or on a
matter that weighs little (`stakes.small_stakes`: routine admin and any form, a small sum,
"either is fine"), even when the subject cries urgency, and a team's routine meeting in a
folder without its own default or kept at P4.
Not important at all (P4): a wait that is open-ended or early (nothing awaited comes back soon,
`stakes.soon`, or waits on a condition whatever time it names: "as soon as I hear", "if we need
more", `stakes.conditional`; or what comes back only prepares a choice: quotes, costs, CVs,
`stakes.preliminary`), a job seeker's own CV to pass on (`stakes.applicant`), an invitation the
owner may skip ("optional", or with her only in Cc, the line Outlook gives optional attendees: on
the labelled sets 94 of 108 such invitations are P4), an automated report whatever its subject
counts ("0 overdue"), a tool's approval of a small matter with no date to meet (a leave request, an
expense: it waits in the queue), and a private mailbox no rule files.
`certainty` (0..1) feeds the confidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.config.settings import KeyContact, Project, TaxonomyEntry
from core.triage.offline.action import Action
from core.untrusted_text import clip
from core.vocabulary import ActionType, Priority

_SCALE = (Priority.P4, Priority.P3, Priority.P2, Priority.P1)
_BOOSTED = (ActionType.NEEDS_REPLY, ActionType.REVIEW, ActionType.DELEGATED)
_ACTS = _BOOSTED
_EARLY_STEP = 0.7  # a wait read as early from what it promises, not from its time words


@dataclass(frozen=True)
class Urgency:
    """Where urgency was read, if anywhere."""

    subject: str | None = None  # a cue in the subject or high importance
    body: str | None = None
    calm: str | None = None
    dated: str | None = None  # a deadline on the calendar ("by 10 December")
    routine: str | None = None  # a team ritual in the subject ("sprint planning")
    personal: bool = False  # a private mailbox no rule files: life, not work
    soon: str | None = None  # a moment soon in the email's own words ("by Friday", "tomorrow")
    small: str | None = None  # why the matter weighs little (routine admin, a small sum)
    optional: str | None = None  # attending is the owner's choice ("optional, but ...")
    approval: str | None = None  # an approval is asked ("awaits your approval")
    weighty: str | None = None  # who or what beyond the office is affected (a contract)
    preliminary: str | None = None  # a promise of what prepares a choice (quotes, CVs)
    conditional: str | None = None  # a promise that waits on a condition ("as soon as")
    applicant: str | None = None  # a job seeker sends their own CV


@dataclass(frozen=True)
class Decision:
    """The priority, why, and how sure the rules are of it."""

    priority: Priority
    reason: str
    certainty: float


def decide(
    entry: TaxonomyEntry | None,
    action: Action,
    contact: KeyContact | None,
    urgency: Urgency,
    *,
    automated: bool,
) -> Decision:
    """Choose the priority for mail filed under `entry` (None: the Inbox)."""
    notes: list[str] = []
    certainty = 0.75
    if automated:
        base = Priority.P3 if action.action is ActionType.REVIEW else Priority.P4
        certainty = 0.9 if base is Priority.P4 else 0.75
    elif action.nothing_to_do:
        base, certainty = Priority.P4, 0.9
    elif entry is not None and entry.priority_default is not None:
        base, certainty = entry.priority_default, 0.85  # the owner set it
        notes.append(f"{entry.name} default {base.value}")
    elif entry is not None or contact is not None:
        base = Priority.P2
        if entry is not None and action.action is ActionType.SCHEDULED:
            certainty = 0.85  # a meeting of the owner's project or area: as sure as a default
    elif urgency.weighty is not None and action.action in _ACTS and not urgency.personal:
        # No folder claims it, but a request touching a contract, the board or a large sum is
        # important work whoever writes (a colleague no rule names): not sure, though.
        base, certainty = Priority.P2, 0.6
        notes.append(f"it weighs: {urgency.weighty}")
    else:
        base, certainty = Priority.P4, 0.7
    if action.action is ActionType.FYI_ONLY:
        # Mail that asks nothing presses on nobody, whatever its subject cries ("expires
        # today"): urgency is a deadline for a deed, and there is none.
        return Decision(Priority.P4, ", ".join(notes), certainty)
    if action.action in _ACTS and urgency.applicant is not None and contact is None:
        # An unsolicited application asks the owner to pass it on to whoever hires: it
        # weighs little and has no date, whatever folder its sender's domain names.
        return Decision(Priority.P4, f"a job application ({urgency.applicant})", 0.7)
    if action.action is ActionType.SCHEDULED and urgency.optional is not None:
        # An event the owner may skip matters little, whatever folder it belongs to.
        return Decision(Priority.P4, f"optional to attend ({urgency.optional})", 0.75)
    if (
        action.action is ActionType.WAITING_FOR
        and base is Priority.P2
        and (urgency.soon is None or urgency.conditional is not None)
        and urgency.subject is None
    ):
        # What is awaited comes back at no near moment ("as soon as I hear", "in January"):
        # early or open-ended, nothing to chase yet.
        notes.append("an open-ended or early wait")
        base = Priority.P4
        if urgency.soon is not None:  # it names a near time: a reading less sure
            notes.append(f"on a condition: {urgency.conditional}")
            certainty = min(certainty, _EARLY_STEP)
    if (
        action.action is ActionType.WAITING_FOR
        and base is Priority.P2
        and urgency.preliminary is not None
        and urgency.subject is None
    ):
        # What is awaited only prepares a choice the owner has yet to make (quotes, a cost
        # comparison, CVs): an early step of the matter, nothing to chase yet.
        notes.append(f"an early step: {urgency.preliminary}")
        base, certainty = Priority.P4, min(certainty, _EARLY_STEP)
    if (
        automated
        and base is Priority.P3
        and urgency.approval is not None
        and urgency.small is not None
        and urgency.soon is None
        and urgency.dated is None
        and urgency.subject is None
    ):
        # A tool's approval queue item on a small matter (a leave request, an expense) with no
        # date to meet: it waits in the queue, neither urgent nor important.
        notes.append(f"a routine approval with no date to meet: {urgency.small}")
        return Decision(Priority.P4, ", ".join(notes), 0.7)
    urgent = urgency.subject
    if urgent is None and action.action in _ACTS and not automated:
        urgent = urgency.body
    if urgency.calm is not None and not automated:
        notes.append(f"not urgent: '{urgency.calm}'")
        urgent = None
        if (
            base is Priority.P2
            and contact is None
            and (entry is None or not entry.priority_default)
            and (
                urgency.small is not None
                or (urgency.weighty is None and not isinstance(entry, Project))
            )
        ):
            # Neither urgent nor important: "no rush" on a matter that weighs little, or on an
            # area's routine (a handbook chapter). A project's time-boxed work, or a matter
            # that weighs (a contract, a large sum), stays important with no date: P2.
            base = Priority.P4
    if urgency.personal and entry is None and contact is None:
        urgent = None  # the scale ranks work: a friend's "call me tonight" stays P4
    elif (
        urgent is None
        and urgency.dated is not None
        and urgency.calm is None
        and base is Priority.P4
        and action.action in _ACTS
        and not automated
    ):
        # A request with a date to meet in mail nothing makes important: urgent but not
        # important (an RSVP, an admin form); a date alone never makes important mail P1.
        urgent = f"a date to meet: {urgency.dated}"
    if (
        urgency.small is not None
        and (urgent is not None or urgency.soon is not None or urgency.dated is not None)
        and base is Priority.P2
        and contact is None
        and action.action in _ACTS
        and not automated
    ):
        # A date to meet on a matter that weighs little: urgent, not important, however
        # urgently asked ("sign by Friday" a 900 EUR licence).
        notes.append(f"a date to meet on a small matter: {urgency.small}")
        return Decision(Priority.P3, ", ".join(notes), 0.7)
    if (
        urgency.routine is not None
        and urgent is None
        and contact is None
        and (
            (base is Priority.P2 and (entry is None or entry.priority_default is None))
            # A folder the owner keeps at P4 matters when a date presses: its meeting is one.
            or (base is Priority.P4 and entry is not None and not action.nothing_to_do)
        )
    ):
        notes.append(f"a routine meeting ('{urgency.routine}')")
        return Decision(Priority.P3, ", ".join(notes), 0.7)
    rank = _SCALE.index(base)
    if urgent is not None and base in (Priority.P2, Priority.P4):
        rank += 1
        notes.append(f"urgent: {urgent}")
        certainty = 0.85 if urgent == urgency.subject else 0.7
    if contact is not None and contact.priority_boost and action.action in _BOOSTED:
        ceiling = len(_SCALE) - 1 if urgent is not None else _SCALE.index(Priority.P2)
        raised = min(rank + contact.priority_boost, max(rank, ceiling))
        if raised != rank:
            role = f" ({clip(contact.role, 60)})" if contact.role else ""
            notes.append(f"key contact{role} +{raised - rank}")
            rank = raised
    return Decision(_SCALE[rank], ", ".join(notes), certainty)
