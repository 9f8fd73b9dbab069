"""The offline classifier: deterministic rules over the sender, subject and body.

It runs the demo without an API key and takes over when Claude stays unavailable. Every rule is
general (config senders and keywords, mail conventions, common English phrasing); none knows a
particular email. It reads untrusted text only to look for words, so an email cannot steer it:
the folder is always a taxonomy folder or INBOX and the priority and action are enum values.

Folder, first rule that fires:
  1. a project/area `senders` entry (exact address beats @domain; the longest domain wins);
  2. the owner's earlier corrections for the same sender address (taxonomy folders only);
  3. mailing-list mail (List-Unsubscribe) no sender rule names stays in the Inbox: a list's
     topics are its own, not the owner's projects;
  4. project/area `keywords`, as whole words: 3 points in the subject, 1 in the body (other
     automated mail counts the subject only); the highest score wins, a tie stays in the Inbox;
  5. otherwise the Inbox. Cold outreach (an unknown sender pitching: "we help", "quick call")
     overrides 4: pitches name-drop whatever they sell into.
Action type, first that fires: a meeting response ("Accepted:") or invitation -> Scheduled;
automated mail -> Review when it asks for something ("reminder", "action required"), else FYI
Only; cold outreach or "FYI" -> FYI Only; a promise to come back ("I'll get back to you") ->
Waiting For; a request to get someone else on it ("have your team") -> Delegated; a request to
review or sign off -> Review; a question or request ("can you", "please confirm", "approve") ->
Needs Reply; otherwise FYI Only.
Priority, Eisenhower-shaped: mail that only informs (FYI, meeting responses) or is automated
starts at P4 (P3 when automated mail asks for something); mail matched to a project or area
starts at its `priority_default`, else P2 (as does a key contact's); anything else at P4. An
urgency cue in the subject ("urgent", "asap", "by Friday") or Outlook's high importance moves
P2 to P1 and P4 to P3. A key contact's `priority_boost` then raises mail that asks something of
the owner (Needs Reply, Review, Delegated) by that many steps.
Confidence follows the folder evidence: sender rule 0.8, correction 0.7, bulk mail 0.7, keyword
in the subject 0.6 or body 0.5, cold outreach 0.5, nothing 0.3; 0.1 less when no cue chose the
action type.

Degraded mode: the triage service wraps the result with `with_note(classification, note)`,
which prefixes the reason with "Heuristic (<note>): ", e.g. "Heuristic (Claude unavailable:
HTTP 529 overloaded): sender rule: ...".
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from core.config.settings import KeyContact, Settings, TaxonomyEntry
from core.triage.classification import (
    INBOX,
    Classification,
    Correction,
    EmailForClassification,
    Source,
)
from core.triage.classification_meetings import apply_meeting_rule
from core.triage.email_text import clean_email_text, normalize_subject
from core.triage.examples import LabelledExample
from core.untrusted_text import clip
from core.vocabulary import ActionType, Priority

log = logging.getLogger(__name__)

# Least to most pressing; a boost or urgency moves an email along this scale.
_SCALE = (Priority.P4, Priority.P3, Priority.P2, Priority.P1)

CONFIDENCE_SENDER = 0.8
CONFIDENCE_CORRECTION = 0.7
CONFIDENCE_BULK = 0.7
CONFIDENCE_KEYWORD_SUBJECT = 0.6
CONFIDENCE_KEYWORD_BODY = 0.5
CONFIDENCE_OUTREACH = 0.5
CONFIDENCE_NOTHING = 0.3
# Less sure when the action type is only the fallback.
_NO_ACTION_CUE_PENALTY = 0.1
# Longest sender address a reason shows in full.
_ADDRESS_CHARS = 100

SUBJECT_POINTS = 3
BODY_POINTS = 1


def _terms(text: str) -> tuple[str, ...]:
    """Split a comma-separated word list, keeping its order (earlier terms are reported)."""
    return tuple(" ".join(t.split()) for t in text.split(",") if t.strip())


def _word_set(text: str) -> frozenset[str]:
    """Split a comma-separated word list into a set."""
    return frozenset(_terms(text))


_BULK_LOCAL_PARTS = _word_set(
    """
    alerts, billing, bounce, bounces, do-not-reply, do_not_reply, donotreply, mailer-daemon,
    newsletter, newsletters, no-reply, no_reply, noreply, notification, notifications, notify,
    receipts
    """
)
_INVITE_PREFIXES = _terms(
    """
    invitation:, updated invitation:, invitation updated:, new time proposed:, meeting request:,
    meeting invitation:
    """
)
# Answers to the owner's own invitations: on the calendar, nothing to do.
_RESPONSE_PREFIXES = _terms(
    """
    accepted:, declined:, tentative:, tentatively accepted:, canceled:, cancelled:, canceled
    event:
    """
)
_INVITE_BODY = _terms(
    """
    you have been invited, has invited you, join microsoft teams meeting, click here to join the
    meeting, join zoom meeting, join with google meet, accept | tentative | decline
    """
)
_URGENT_TERMS = _terms(
    """
    urgent, asap, today, tonight, deadline, eod, end of day, immediately, emergency, critical,
    action required, time sensitive, overdue, final notice, decision needed
    """
)
# "by Friday", "due Monday": a deadline within the week counts as urgent; "by 30 Nov" does not.
_DEADLINE_WORDS = _word_set("before, by, due, until")
_NEAR_DAYS = _word_set(
    """
    cob, eod, fri, friday, mon, monday, noon, saturday, sunday, thu, thursday, today, tomorrow,
    tonight, tue, tuesday, wed, wednesday
    """
)
_OUTREACH = _terms(
    """
    we help, we provide, we offer, we specialize, we specialise, 15 minute call,
    quick call, quick chat, hop on a call, book a demo, schedule a demo, book a meeting, i came
    across, reaching out, send cvs, send you cvs
    """
)
_WAITING_TERMS = _terms(
    """
    get back to you, come back to you, i will send, i'll send, we will send, we'll send, will
    follow up, i'll follow up, will update you, with an update, keep you posted, will let you
    know, no action needed, no action is needed, no action required, nothing needed from you, i
    am on it, i'm on it, we are on it, we're on it
    """
)
_DELEGATE_TERMS = _terms(
    """
    have your team, ask your team, get your team, can your team, could your team, your team to,
    someone on your, someone from your, need someone, have someone, can someone, nominate,
    assign an owner, assign someone, delegate, the right person, who on your side, forward this
    to
    """
)
_REVIEW_TERMS = _terms(
    """
    please review, review the, for your review, your review, for your approval, sign
    off, your comments, any comments, take a look, have a look, ready for your, please check
    """
)
# What an automated email asks of the owner, if anything.
_REMINDER_TERMS = _terms(
    """
    reminder, action required, action needed, please complete, to complete, complete your,
    please review, awaiting your, pending your, expires, expiring
    """
)
_REPLY_TERMS = _terms(
    """
    can you, could you, would you, please confirm, please let me know, let me know, approve, ok
    to, okay to, your call, your decision, need a decision, need your decision, need your
    answer, your thoughts, what do you think, get back to me, reply by, please send, please
    provide, would like your, we'd like your, i need, we need, call me
    """
)
# Key contacts jump the queue when they ask for something, not when they inform.
_BOOSTED_ACTIONS = (ActionType.NEEDS_REPLY, ActionType.REVIEW, ActionType.DELEGATED)


@dataclass(frozen=True)
class _Folder:
    folder: str
    entry: TaxonomyEntry | None
    confidence: float
    reason: str
    evidence: Literal["sender", "correction", "keyword", "none"]


@dataclass(frozen=True)
class _Action:
    action: ActionType
    reason: str
    cued: bool = True  # False when nothing in the email chose it (the fallback)
    nothing_to_do: bool = False  # informs only: starts at P4 whatever the folder


@dataclass(frozen=True)
class _Text:
    subject: str  # normalised: no Re:/Fwd:, casefolded, hyphens as spaces
    body: str  # cleaned body, casefolded, hyphens as spaces
    raw_body: str  # casefolded raw body, for bulk-mail footers the cleaner drops


class HeuristicClassifier:
    """Classify mail with deterministic rules from the config and common mail conventions."""

    name = "heuristic"

    async def classify(
        self,
        email: EmailForClassification,
        *,
        settings: Settings,
        corrections: Sequence[Correction] = (),
        examples: Sequence[LabelledExample] = (),
    ) -> Classification:
        """Classify `email`; never raises, never leaves the taxonomy (`examples` unused yet)."""
        try:
            return apply_meeting_rule(_classify(email, settings, corrections), email.meeting)
        except Exception as err:  # the fallback of last resort must not lose an email
            log.exception("Heuristic classifier failed on email %s", email.email_id)
            return Classification(
                folder=INBOX,
                priority=Priority.P4,
                action_type=ActionType.FYI_ONLY,
                confidence=0.0,
                reason=f"heuristic rules failed ({type(err).__name__}); please classify by hand",
                source=Source.HEURISTIC,
                needs_review=True,
            )


def with_note(classification: Classification, note: str) -> Classification:
    """Return `classification` with its reason prefixed by "Heuristic (<note>): "."""
    return replace(classification, reason=f"Heuristic ({note}): {classification.reason}")


def _classify(
    email: EmailForClassification, settings: Settings, corrections: Sequence[Correction]
) -> Classification:
    body = email.body_text or email.preview
    text = _Text(
        subject=_fold(normalize_subject(email.subject)),
        body=_fold(clean_email_text(body, max_chars=settings.classifier.max_body_chars)),
        raw_body=body.casefold(),
    )
    address = email.sender_address.strip().lower()
    bulk = _bulk_signal(email, address, text)
    folder = _sender_folder(settings, address) or _corrected_folder(settings, address, corrections)
    if folder is None and email.list_unsubscribe:
        # A mailing list's topics are its own, not the owner's projects: keywords do not count.
        folder = _Folder(
            INBOX, None, CONFIDENCE_BULK, "a mailing list no sender rule names", "none"
        )
    if folder is None:
        folder = _keyword_folder(settings, text, subject_only=bulk is not None)
    contact = None if bulk else next((c for c in settings.key_contacts if c.email == address), None)
    outreach = None
    if folder.evidence in ("keyword", "none") and bulk is None and contact is None:
        outreach = _first(text.body, _OUTREACH)
    if outreach is not None:
        # Pitches name-drop whatever they sell into, so their keywords are no evidence.
        folder = _Folder(
            INBOX,
            None,
            CONFIDENCE_OUTREACH,
            f"cold outreach from an unknown sender ('{outreach}')",
            "none",
        )
    reasons = [folder.reason]
    if bulk is not None:
        reasons.append(f"bulk mail: {bulk}")
    urgent = _urgency(email, text)
    act = _action(text, bulk, outreach is not None, listed=email.list_unsubscribe is not None)
    reasons.append(act.reason)
    priority, priority_reason = _priority(folder, act, contact, bulk, urgent)
    reasons.append(priority_reason)

    confidence = folder.confidence
    if folder.evidence == "none" and bulk is not None:
        confidence = CONFIDENCE_BULK
    if not act.cued:
        confidence = max(0.2, confidence - _NO_ACTION_CUE_PENALTY)
    return Classification(
        folder=folder.folder,
        priority=priority,
        action_type=act.action,
        confidence=round(confidence, 2),
        reason="; ".join(r for r in reasons if r),
        source=Source.HEURISTIC,
    )


# --- folder ----------------------------------------------------------------------------------


def _entries(settings: Settings) -> Iterable[TaxonomyEntry]:
    yield from settings.projects
    yield from settings.areas


def _sender_folder(settings: Settings, address: str) -> _Folder | None:
    domain = address.rpartition("@")[2] if "@" in address else ""
    best: tuple[int, TaxonomyEntry, str] | None = None
    for entry in _entries(settings):
        for pattern in entry.senders:
            if pattern == address:
                rank = 10_000  # an exact address beats any domain
            elif pattern.startswith("@") and (
                domain == pattern[1:] or domain.endswith("." + pattern[1:])
            ):
                rank = len(pattern)
            else:
                continue
            if best is None or rank > best[0]:
                best = (rank, entry, pattern)
    if best is None:
        return None
    _, entry, pattern = best
    via = "" if pattern == address else f" ({pattern})"
    return _Folder(
        entry.folder,
        entry,
        CONFIDENCE_SENDER,
        f"sender rule: {clip(address, _ADDRESS_CHARS)} is a {entry.name} sender{via}",
        "sender",
    )


def _corrected_folder(
    settings: Settings, address: str, corrections: Sequence[Correction]
) -> _Folder | None:
    # Only folders still in the taxonomy count: a correction must never lead outside it.
    known: dict[str, TaxonomyEntry | None] = {e.folder.casefold(): e for e in _entries(settings)}
    known[INBOX.casefold()] = None
    folders = [
        c.folder.casefold()
        for c in corrections
        if c.sender_address.strip().lower() == address and c.folder.casefold() in known
    ]
    if not folders:
        return None
    key, count = Counter(folders).most_common(1)[0]
    entry = known[key]
    folder = INBOX if entry is None else entry.folder
    return _Folder(
        folder,
        entry,
        CONFIDENCE_CORRECTION,
        f"your earlier correction{'s' if count > 1 else ''}: mail from "
        f"{clip(address, _ADDRESS_CHARS)} goes to {folder}",
        "correction",
    )


def _keyword_folder(settings: Settings, text: _Text, *, subject_only: bool) -> _Folder:
    scored: list[tuple[int, TaxonomyEntry, str, bool]] = []
    for entry in _entries(settings):
        score, best, in_subject = 0, "", False
        for keyword in entry.keywords:
            term = _fold(keyword.casefold())
            if _contains(text.subject, term):
                score += SUBJECT_POINTS
                if not in_subject:
                    best, in_subject = keyword, True
            if not subject_only and _contains(text.body, term):
                score += BODY_POINTS
                best = best or keyword
        if score:
            scored.append((score, entry, best, in_subject))
    if not scored:
        return _Folder(INBOX, None, CONFIDENCE_NOTHING, "no sender rule or keyword matched", "none")
    top = max(s[0] for s in scored)
    leaders = [s for s in scored if s[0] == top]
    if len(leaders) > 1:
        names = " and ".join(s[1].name for s in leaders)
        return _Folder(INBOX, None, CONFIDENCE_NOTHING, f"keywords tie between {names}", "none")
    _, entry, keyword, in_subject = leaders[0]
    where = "subject" if in_subject else "body"
    return _Folder(
        entry.folder,
        entry,
        CONFIDENCE_KEYWORD_SUBJECT if in_subject else CONFIDENCE_KEYWORD_BODY,
        f"keyword '{keyword}' of {entry.name} in the {where}",
        "keyword",
    )


# --- signals ---------------------------------------------------------------------------------


def _bulk_signal(email: EmailForClassification, address: str, text: _Text) -> str | None:
    if email.list_unsubscribe:
        return "List-Unsubscribe header"
    local = address.partition("@")[0]
    if local in _BULK_LOCAL_PARTS or local.startswith(("noreply", "no-reply", "donotreply")):
        return f"automated sender {clip(address, _ADDRESS_CHARS)}"
    if "unsubscribe" in text.raw_body:
        return "'unsubscribe' in the body"
    return None


def _urgency(email: EmailForClassification, text: _Text) -> str | None:
    term = _first(text.subject, _URGENT_TERMS)
    if term is not None:
        return f"'{term}' in the subject"
    words = [w.strip(".,:;!?()[]") for w in text.subject.split()]
    for before, after in zip(words, words[1:], strict=False):
        if before in _DEADLINE_WORDS and after in _NEAR_DAYS:
            return f"'{before} {after}' in the subject"
    if email.importance.lower() == "high":
        return "marked high importance"
    return None


def _action(text: _Text, bulk: str | None, outreach: bool, *, listed: bool) -> _Action:
    both = text.subject + "\n" + text.body
    # Mailing lists send "invitations" to webinars; real meeting requests carry no list header.
    if not listed:
        response = next((p for p in _RESPONSE_PREFIXES if text.subject.startswith(p)), None)
        if response is not None:
            return _Action(
                ActionType.SCHEDULED, f"meeting response ('{response}') -> Scheduled", True, True
            )
        invite = _invitation(text)
        if invite is not None:
            return _Action(ActionType.SCHEDULED, f"calendar invitation ({invite}) -> Scheduled")
    if bulk is not None:
        ask = _first(both, _REMINDER_TERMS)
        if ask is not None:
            return _Action(ActionType.REVIEW, f"automated request ('{ask}') -> Review")
        return _Action(ActionType.FYI_ONLY, "automated mail -> FYI Only", True, True)
    if outreach:
        return _Action(ActionType.FYI_ONLY, "a pitch -> FYI Only", True, True)
    if _contains(text.subject, "fyi") or text.body.startswith("fyi"):
        return _Action(ActionType.FYI_ONLY, "'FYI' -> FYI Only", True, True)
    for terms, action in (
        (_WAITING_TERMS, ActionType.WAITING_FOR),
        (_DELEGATE_TERMS, ActionType.DELEGATED),
        (_REVIEW_TERMS, ActionType.REVIEW),
        (_REPLY_TERMS, ActionType.NEEDS_REPLY),
    ):
        term = _first(both, terms)
        if term is not None:
            return _Action(action, f"'{term}' -> {action.value}")
    if "?" in both:
        return _Action(ActionType.NEEDS_REPLY, "a question for you -> Needs Reply")
    return _Action(ActionType.FYI_ONLY, "no request found -> FYI Only", False, True)


def _invitation(text: _Text) -> str | None:
    prefix = next((p for p in _INVITE_PREFIXES if text.subject.startswith(p)), None)
    if prefix is not None:
        return f"subject starts with '{prefix}'"
    term = _first(text.body, _INVITE_BODY)
    return None if term is None else f"'{term}'"


def _priority(
    folder: _Folder,
    act: _Action,
    contact: KeyContact | None,
    bulk: str | None,
    urgent: str | None,
) -> tuple[Priority, str]:
    notes: list[str] = []
    if bulk is not None:
        # An automated email that asks for something is urgent to someone, never important.
        base = Priority.P3 if act.action is ActionType.REVIEW else Priority.P4
    elif act.nothing_to_do:
        base = Priority.P4
    elif folder.entry is not None and folder.entry.priority_default is not None:
        base = folder.entry.priority_default
        notes.append(f"{folder.entry.name} default {base.value}")
    elif folder.entry is not None or contact is not None:
        base = Priority.P2
    else:
        base = Priority.P4
    rank = _SCALE.index(base)
    if urgent is not None and base in (Priority.P2, Priority.P4):
        rank += 1
        notes.append(f"urgent: {urgent}")
    if contact is not None and contact.priority_boost and act.action in _BOOSTED_ACTIONS:
        rank += contact.priority_boost
        role = f" ({clip(contact.role, 60)})" if contact.role else ""
        notes.append(f"key contact{role} +{contact.priority_boost}")
    return _SCALE[min(rank, len(_SCALE) - 1)], ", ".join(notes)


# --- text helpers ----------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Casefold and treat hyphens and underscores as spaces ("go-live" = "go live")."""
    folded = text.casefold().replace("\u2019", "'").replace("-", " ").replace("_", " ")
    return " ".join(folded.split())


def _contains(text: str, term: str) -> bool:
    """Tell whether `term` occurs in `text` as whole words (a plural 's' or 'es' allowed)."""
    if not term:
        return False
    start = text.find(term)
    while start != -1:
        end = start + len(term)
        before_ok = start == 0 or not text[start - 1].isalnum()
        if text.startswith("es", end) and (end + 2 == len(text) or not text[end + 2].isalnum()):
            end += 2
        elif text.startswith("s", end):
            end += 1
        after_ok = end == len(text) or not text[end].isalnum()
        if before_ok and after_ok:
            return True
        start = text.find(term, start + 1)
    return False


def _first(text: str, terms: Iterable[str]) -> str | None:
    return next((t for t in terms if _contains(text, _fold(t))), None)
