"""The action type: mail conventions first, then what the sentences ask, promise or refuse.

In order: a meeting response ("Accepted:") or invitation, or a confirmed booking -> Scheduled
(not for list mail: lists send "invitations" to webinars); automated mail -> Review when it asks
for something ("reminder", "action required"), else FYI Only; a pitch -> FYI Only; "FYI" or "no
action needed" in the subject -> FYI Only. Then the sentences (`signals.read`): requests of the
owner vote for their kind (get someone else on it -> Delegated, read or judge a document ->
Review, else Needs Reply; the most votes win, ties in that order); with no request, a promise
to come back -> Waiting For, "no action needed" -> FYI Only, a question -> Needs Reply, else FYI
Only. An owner's example from the same sender with alike content outvotes weak cues.
`strength` (0..1) says how clearly the cues chose: it feeds the confidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.triage.offline import cues
from core.triage.offline.examples import Pull
from core.triage.offline.signals import Kind, Reading
from core.triage.offline.text import Words, first, spoken
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
) -> Action:
    """Choose the action type; `subject_line` is the casefolded subject without Re:/Fwd:."""
    convention = _convention(subject_line, subject, body, automated=automated, listed=listed)
    if convention is not None:
        return convention
    if pitch:
        return Action(ActionType.FYI_ONLY, "a pitch -> FYI Only", LIKELY, True)
    if subject_line.startswith("fyi") or first(subject, cues.NO_ACTION) is not None:
        return Action(ActionType.FYI_ONLY, "'FYI' in the subject -> FYI Only", CLEAR, True)
    return _with_examples(_from_sentences(reading), pull)


def _convention(
    subject_line: str, subject: Words, body: Words, *, automated: bool, listed: bool
) -> Action | None:
    if not listed:
        response = next((p for p in cues.RESPONSE_PREFIXES if subject_line.startswith(p)), None)
        if response is not None:
            return Action(
                ActionType.SCHEDULED, f"meeting response ('{response}') -> Scheduled", CLEAR, True
            )
        prefix = next((p for p in cues.INVITE_PREFIXES if subject_line.startswith(p)), None)
        invite = f"subject starts with '{prefix}'" if prefix else None
        if invite is None and (term := first(body, cues.INVITE_BODY)) is not None:
            invite = f"'{spoken(term)}'"
        if invite is not None:
            return Action(
                ActionType.SCHEDULED, f"calendar invitation ({invite}) -> Scheduled", CLEAR
            )
        booking = first(subject, cues.BOOKING)
        if booking is not None and (
            first(subject, cues.BOOKING_STATE) or first(body, cues.BOOKING_STATE)
        ):
            return Action(
                ActionType.SCHEDULED, f"a confirmed {spoken(booking)} -> Scheduled", LIKELY
            )
    if automated:
        ask = first(subject, cues.AUTOMATED_ASK) or first(body, cues.AUTOMATED_ASK)
        if ask is not None:
            return Action(
                ActionType.REVIEW, f"automated request ('{spoken(ask)}') -> Review", LIKELY
            )
        return Action(ActionType.FYI_ONLY, "automated mail -> FYI Only", CLEAR, True)
    return None


def _from_sentences(reading: Reading) -> Action:
    if reading.asks:
        top = max(_KIND_ORDER, key=lambda k: (reading.kinds[k], -_KIND_ORDER.index(k)))
        action = _KIND_ACTION[top]
        cue = next(a.cue for a in reading.asks if a.kind == top)
        mixed = len(reading.kinds) > 1 or bool(reading.promises)
        strength = MIXED if mixed else _agreeing(reading.kinds[top])
        return Action(action, f"'{cue}' -> {action.value}", strength)
    if reading.promises:
        return Action(
            ActionType.WAITING_FOR,
            f"'{reading.promises[0]}' -> Waiting For",
            _agreeing(len(reading.promises)) if not reading.questions else MIXED,
        )
    if reading.no_action is not None:
        return Action(ActionType.FYI_ONLY, f"'{reading.no_action}' -> FYI Only", LIKELY, True)
    if reading.questions:
        return Action(ActionType.NEEDS_REPLY, "a question for you -> Needs Reply", WEAK)
    return Action(ActionType.FYI_ONLY, "no request found -> FYI Only", WEAK, True)


def _agreeing(votes: int) -> float:
    """Strength of cues of one kind: several sentences saying the same thing are surer."""
    return AGREEING if votes > 1 else LIKELY


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
