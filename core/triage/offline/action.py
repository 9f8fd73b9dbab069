"""The action type: mail conventions first, then what the sentences ask, promise or refuse.

In order: an out-of-office reply ("Automatic reply:") or a cancelled meeting ("Canceled:")
-> FYI Only; a meeting response ("Accepted:") or
invitation, or a confirmed booking -> Scheduled (a record of one, not a writer's
infinitive: "how to book the milestone", "I would like to invite you")
(not for list mail: lists send "invitations" to webinars, nor a machine's that asks its reader to
register; not a booking forwarded with a
question on top, which the question decides; a booking confirmed with the owner only in Cc is
someone else's, FYI Only); automated mail -> Review when it asks
the reader for something ("reminder", "action required" in the subject or in a sentence that
speaks to the reader; boilerplate about the mail itself asks nothing; with the owner only in Cc
the readers asked are the people in To), else FYI Only (not sure
when it relays a person's question: a mention may want an answer); a pitch ->
FYI Only; "FYI" or "no action needed" in the subject -> FYI Only. Then the sentences
(`signals.read`, with `implied` for asks and promises said without a request word):
requests of the owner vote for their kind (get someone else on it or hand it
on -> Delegated, read, judge or sign a document -> Review, else Needs Reply; a yes-or-no
question about signing makes the signing a reply; the most votes win, ties in that order); asks
to a greeted person with the owner "in copy" -> FYI Only (`addressee`); with no request, a promise
to come back -> Waiting For, "no action needed" -> FYI Only, a question -> Needs Reply, else FYI
Only. "No action needed" / "nothing for you yet" outranks requests in the same email (they are
addressed to others on the thread) and a ticket's escalation it reports; beside it only a
promise made to the owner still counts, and with the owner only in Cc a promise made to someone
else is FYI Only, as is a provider's "we will ..." to all its customers ("Dear customer").
An owner's example from the same sender with alike content outvotes weak cues.
`strength` (0..1) says how clearly the cues chose: it feeds the confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.triage.offline import cues
from core.triage.offline.examples import Pull
from core.triage.offline.kinds import Kind
from core.triage.offline.signals import Reading
from core.triage.offline.text import Words, first, spoken, terms, words
from core.vocabulary import ActionType

_KIND_ACTION: dict[Kind, ActionType] = {
    "delegate": ActionType.DELEGATED,
    "review": ActionType.REVIEW,
    "reply": ActionType.NEEDS_REPLY,
}
_KIND_ORDER: tuple[Kind, ...] = ("delegate", "review", "reply")
# An example's vote this strong (same sender, alike content) overrides weak cues.
EXAMPLE_VOTE = 3.9
CLEAR = 0.9  # a mail convention or an unambiguous cue
AGREEING = 0.88  # several sentences cue the same kind, nothing against it
SPECIFIC = 0.85  # one cue that names the kind of work (review, hand over, nothing needed)
LIKELY = 0.8  # one cue, nothing against it
MIXED = 0.65  # cues of several kinds
WEAK = 0.55  # a bare question, or nothing at all


@dataclass(frozen=True)
class Action:
    """The action type, why, and how clearly the cues chose it."""

    action: ActionType
    reason: str
    strength: float
    nothing_to_do: bool = False  # informs only: starts at P4 whatever the folder


def decide(
    subject_line: str,
    subject: Words,
    body: Words,
    reading: Reading,
    *,
    automated: bool,
    listed: bool,
    pitch: bool,
    pull: Pull,
    sure_pitch: bool = False,
    forwarded: bool = False,
    copied: bool = False,
    to_management: bool = False,
    owner_escalated: bool = False,
) -> Action:
    """Choose the action type; `subject_line` is the casefolded subject without Re:/Fwd:,
    `forwarded` tells that the body forwards a message below the sender's own note, `copied`
    that the owner is only in Cc, `to_management` that it was sent to a management list and
    `owner_escalated` that a ticket's escalation line names the owner (`escalated_to`)."""
    asked = forwarded and _asked(reading)
    convention = _convention(
        subject_line,
        subject,
        body,
        listed=listed or (automated and first(body, _SIGN_UP) is not None),
        asked=asked,
        copied=copied,
    )
    if convention is not None:
        return convention
    escalated = body.has(_TO_MANAGEMENT) or subject.has(_TO_MANAGEMENT)
    escalated = escalated or (to_management and _ESCALATED.search(subject_line) is not None)
    # A newsletter's advice ("name a summer escalation owner") escalates nothing; a report
    # that tells of an escalation already settled says "no action needed".
    if (
        not listed
        and reading.no_action is None
        and (owner_escalated or (not copied and (body.has(_ESCALATION_OWNER) or escalated)))
    ):
        # A support system names the owner as a late ticket's escalation owner, or escalates a
        # ticket to management (in its body or its subject) because the customer asked for it or
        # it aged: she gets someone to take it up (each such mail in the sets is Delegated; a
        # ticket escalated by priority to a support list only informs her). Named on the
        # escalation line, she is its owner though the system copies her beside the assignee.
        return Action(ActionType.DELEGATED, "a ticket escalated to you -> Delegated", LIKELY)
    if automated:
        return _automated(subject, reading, copied=copied)
    if pitch:
        return Action(
            ActionType.FYI_ONLY, "a pitch -> FYI Only", AGREEING if sure_pitch else LIKELY, True
        )
    if subject_line.startswith("fyi") or first(subject, cues.NO_ACTION) is not None:
        return Action(ActionType.FYI_ONLY, "'FYI' in the subject -> FYI Only", CLEAR, True)
    action = _with_examples(_from_sentences(reading), pull)
    if copied and action.action is ActionType.WAITING_FOR and not (reading.pledged or reading.asks):
        # "Jonas, we will show your board the slides" with the owner in Cc: made to Jonas.
        why = "a promise to someone else, you only in Cc -> FYI Only"
        return Action(ActionType.FYI_ONLY, why, MIXED, True)
    if action.action is ActionType.WAITING_FOR and not reading.asks and reading.crowd:
        # "Dear customer, we will replace the power feed on Saturday": a provider's notice of
        # its own work, promised to no one in particular ("the timetable will be circulated
        # next week" still announces something the readers will get).
        if all(p.split(maxsplit=1)[0] in cues.FIRST_PERSON for p in reading.promises):
            why = "a notice of the sender's own work to all customers -> FYI Only"
            return Action(ActionType.FYI_ONLY, why, LIKELY, True)
    if asked and action.action is ActionType.NEEDS_REPLY and action.strength < LIKELY:
        # "Same hotel as last year?" over a forwarded booking: the writer's own question about
        # what they pass on, which the forwarded text's words (a booking) do not answer.
        return replace(action, strength=LIKELY)
    return action


def _asked(reading: Reading) -> bool:
    """Tell whether the writer puts a question to the owner: a booking they forward and ask
    about ("same booth as last year?") is not yet confirmed, whatever it says below."""
    return reading.questions > 0 or any(a.question for a in reading.asks)


def _convention(
    subject_line: str, subject: Words, body: Words, *, listed: bool, asked: bool, copied: bool
) -> Action | None:
    away = next((p for p in cues.AUTO_REPLY_PREFIXES if subject_line.startswith(p)), None)
    if away is not None:
        return Action(ActionType.FYI_ONLY, f"an out-of-office reply ('{away}') -> FYI Only",
                      CLEAR, True)  # fmt: skip
    if not listed:
        cancelled = next(
            (p for p in cues.CANCELLATION_PREFIXES if subject_line.startswith(p)), None
        )
        if cancelled is not None:
            return Action(
                ActionType.FYI_ONLY, f"meeting cancelled ('{cancelled}') -> FYI Only", CLEAR, True
            )
        response = next((p for p in cues.RESPONSE_PREFIXES if subject_line.startswith(p)), None)
        if response is not None:
            # An acceptance closes the matter; a decline or a maybe may leave a slot to find.
            sure = CLEAR if response.startswith("accepted") else LIKELY
            return Action(
                ActionType.SCHEDULED, f"meeting response ('{response}') -> Scheduled", sure, True
            )
        prefix = next((p for p in cues.INVITE_PREFIXES if subject_line.startswith(p)), None)
        invite = f"subject starts with '{prefix}'" if prefix else None
        term = _recorded(body, cues.INVITE_BODY, _WANTED, same_form=True)
        if invite is None and term is not None:
            invite = None if _invited_to_act(body, term) else f"'{spoken(term)}'"
        if invite is not None:
            return Action(
                ActionType.SCHEDULED, f"calendar invitation ({invite}) -> Scheduled", CLEAR
            )
        booking = _recorded(subject, cues.BOOKING, _WANTED)
        if (
            booking is not None
            and not asked
            # "Receipt for your booking", "Deposit paid", "booking the fee": money, a record;
            # "returns booked twice", "Q1 bookings: 108 % of target", "price book support": the
            # ledger's, the sales team's or a price list's, no calendar's; a weekly status
            # report's "rehearsal booked" is one line of news among others.
            and first(subject, _NO_CALENDAR) is None
            # "4 reviews are not booked", "book your 7 salary talks": a reminder to book, nothing
            # on the calendar yet; a "schedule change" to a flight already booked is news about it.
            and first(subject, _UNBOOKED) is None
            # "Klein Books has the keys", "open the books": a firm's name or the ledger.
            and _BOOKS.search(subject_line) is None
            and (first(subject, cues.BOOKING_STATE) or first(body, cues.BOOKING_STATE))
        ):
            if copied:
                # Someone else's booking shown to the owner in Cc (a colleague's conference, a
                # partner's car): news, nothing on her calendar (13 of 20 in the sets are FYI).
                return Action(
                    ActionType.FYI_ONLY,
                    f"a confirmed {spoken(booking)}, you only in Cc -> FYI Only",
                    LIKELY,
                    True,
                )
            return Action(
                ActionType.SCHEDULED, f"a confirmed {spoken(booking)} -> Scheduled", LIKELY
            )
    return None


# Subject words that put a "booking" in the ledger ("before the books close"), the sales
# figures, a price list or a status report rather than on a calendar.
_NO_CALENDAR = terms(
    "receipt, paid, payment, deposit, invoice, refund, accrual, revaluation, fee, forecast, twice,"
    " revenue, ledger, stock, target, price, weekly status, books close, close the books, expense,"
    " kvitto"
)
_BOOKS = re.compile(r"\bbooks\b")
_UNBOOKED = terms(
    "not booked, not yet booked, still to book, not been booked, schedule change, time change,"
    " book your, book a time, book a slot"
)
# What an invitation may ask besides attending: "invites you to tender / to bid / to apply".
_DEEDS = frozenset(
    words("tender bid submit apply quote respond answer complete fill register").parts
)


def _invited_to_act(body: Words, term: Words) -> bool:
    """Tell whether `term` ("invites you to") invites to a deed, not a meeting: "invites you to
    tender", "invited you to submit a quote"."""
    after = body.find(term) + len(term.parts)
    return after < len(body.parts) and body.parts[after] in _DEEDS


def _recorded(
    text: Words,
    terms: tuple[Words, ...],
    wanted: frozenset[str] = frozenset({"to"}),
    *,
    same_form: bool = False,
) -> Words | None:
    """Return the first of `terms` that records a booking or an invitation ("your booking is
    confirmed", "Kim has invited you to"); an infinitive, or a verb after a subject or an
    auxiliary in `wanted`, is what a writer wants to do ("how to book the milestone" in the
    accounts, "I would like to invite you to our panel", "how do we book the credits?");
    with `same_form`, an -ing form where the term has none is an offer in progress ("we have
    the pleasure of inviting you to an exclusive breakfast"), no record."""
    for term in terms:
        at = text.find(term, same_form=same_form)
        if at >= 0 and not (at > 0 and text.parts[at - 1] in wanted):
            return term
    return None


# A machine's "Invitation:" that asks the reader to register is an event's marketing, no entry
# on her calendar: "Seats are limited - register today!".
_SIGN_UP = terms("register, registration, sign up, save your seat, reserve your seat")

_ESCALATION_OWNER = words("escalation owner")
_TO_MANAGEMENT = words("escalated to management")
_ESCALATED = re.compile(r"\bescalat")
_MANAGEMENT = re.compile(r"\b(?:management|mgmt|ledningsgrupp(?:en)?)\b")


# "Escalation owners: Tove Ahlström, Maya Lindqvist", "Level 2 (Maya Lindqvist): assign an owner".
_ESCALATION_LINE = re.compile(r"\bescalation owners?\b|\blevel \d\b|\bsecond level\b")
_TICKET = re.compile(r"\bticket\b")
# "Ticket #58213 has breached its SLA and was escalated to you (level 3)"; not "if a customer
# escalates to you", a colleague's plan.
_TO_YOU = re.compile(r"\bescalated to you\b")


def escalated_to(body: str, owner_name: str) -> bool:
    """Tell whether a support ticket's mail says it was escalated to the owner ("escalated to
    you") or names her, by her full name, on its escalation line: the escalation is hers to
    hand on, whoever the To line holds. A paging tool's "escalated to level 2: Maya Lindqvist"
    names no ticket and stays the on-call team's."""
    name = " ".join(owner_name.split()).casefold()
    text = body.casefold()
    if _TICKET.search(text) is None:
        return False
    if _TO_YOU.search(text) is not None:
        return True
    if " " not in name:
        return False
    return any(
        name in " ".join(line.split()) and _ESCALATION_LINE.search(line) is not None
        for line in text.splitlines()
    )


def sent_to_management(to: Sequence[tuple[str, str]]) -> bool:
    """Tell whether the To line holds a management list ("Proseware Management Escalations",
    mgmt-escalations@): a ticket escalated there is the managers' to hand on (all 16 such
    escalations in the sets are Delegated), one escalated to a support level only informs."""
    return any(_MANAGEMENT.search(f"{name} {address}".casefold()) for name, address in to)


# Before "book", a writer's own question or plan: "how do we book the outage credits?".
_WANTED = frozenset(words("to we i do does should shall can could would").parts)


def _automated(subject: Words, reading: Reading, *, copied: bool = False) -> Action:
    """A machine's mail: Review when it asks the reader for something (the people in To, when
    the owner is only in Cc), else FYI Only."""
    if reading.machine_ask is not None and copied:
        why = f"an automated request ('{reading.machine_ask}') to others, you only in Cc"
        return Action(ActionType.FYI_ONLY, f"{why} -> FYI Only", LIKELY, True)
    if reading.machine_ask is not None:
        return Action(
            ActionType.REVIEW, f"automated request ('{reading.machine_ask}') -> Review", LIKELY
        )
    alert = first(subject, cues.ALERT)
    if alert is not None:
        # A failure report is news for one owner and work for another: not sure enough.
        return Action(
            ActionType.FYI_ONLY,
            f"automated report ('{spoken(alert)}') -> FYI Only",
            LIKELY,
            True,
        )
    # A tool no rule knows may relay a person's ask ("Kim mentioned you: can you ..."): not sure.
    sure = LIKELY if any(a.question for a in reading.asks) else CLEAR
    return Action(ActionType.FYI_ONLY, "automated mail -> FYI Only", sure, True)


def _from_sentences(reading: Reading) -> Action:
    if reading.aside is not None and reading.no_action is None:
        # The header says whom the mail asks: surer than any wording, short of the owner's name.
        return Action(ActionType.FYI_ONLY, f"{reading.aside} -> FYI Only", LIKELY, True)
    if reading.asks and reading.no_action is None:
        top = max(_KIND_ORDER, key=lambda k: (reading.kinds[k], -_KIND_ORDER.index(k)))
        action = _KIND_ACTION[top]
        cue = next(a.cue for a in reading.asks if a.kind == top)
        mixed = len(reading.kinds) > 1 or bool(reading.promises)
        strength = MIXED if mixed else _agreeing(reading.kinds[top], specific=top != "reply")
        return Action(action, f"'{cue}' -> {action.value}", strength)
    # Beside "no action needed", only a promise made to the owner is something to wait for.
    if reading.promises and (reading.no_action is None or reading.pledged):
        if reading.asks or reading.no_action:
            return Action(ActionType.WAITING_FOR, f"'{reading.promises[0]}' -> Waiting For", MIXED)
        return Action(
            ActionType.WAITING_FOR,
            f"'{reading.promises[0]}' -> Waiting For",
            _agreeing(len(reading.promises)) if not reading.questions else MIXED,
        )
    if reading.no_action is not None:
        # Requests beside "nothing for you yet" are addressed to others on the thread; a
        # question beside "heads up" may still be one for you: neither is sure.
        strength = MIXED if reading.asks or reading.questions else SPECIFIC
        return Action(ActionType.FYI_ONLY, f"'{reading.no_action}' -> FYI Only", strength, True)
    if reading.questions:
        return Action(ActionType.NEEDS_REPLY, "a question for you -> Needs Reply", WEAK)
    return Action(ActionType.FYI_ONLY, "no request found -> FYI Only", WEAK, True)


def _agreeing(votes: int, *, specific: bool = False) -> float:
    """Strength of cues of one kind: several sentences saying the same thing are surer, and a
    cue naming the kind of work ("review", "your team") says more than a bare "can you"."""
    if votes > 1:
        return AGREEING
    return SPECIFIC if specific else LIKELY


def _with_examples(action: Action, pull: Pull) -> Action:
    if not pull.actions:
        return action
    voted, weight = max(pull.actions.items(), key=lambda item: (item[1], item[0].value))
    if voted is action.action:
        return Action(action.action, action.reason, min(CLEAR, action.strength + 0.1),
                      action.nothing_to_do)  # fmt: skip
    if weight < EXAMPLE_VOTE or action.strength >= LIKELY:
        return action
    return Action(
        voted,
        f"like your earlier correction -> {voted.value}",
        MIXED,
        voted is ActionType.FYI_ONLY,
    )
