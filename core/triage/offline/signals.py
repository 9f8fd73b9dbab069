"""What an email's sentences ask, promise or refuse, and how pressing they are.

A cue counts in the sentence it stands in, read with who is asked: "can you approve" asks the
owner, "the partner has to approve" does not (no request form, nobody addressed); "no action
needed" and "you don't need to reply" cancel the requests of their sentence and make the email
informational; "let me know if you have questions" is a courtesy, not a request. Urgency is read
from the subject and, when the sentence carries an obligation or a request, from the body
("must work by 13:00", "today", "ASAP"). The text given is already cleaned: quoted replies,
"On ... wrote:" blocks and forwarded headers never reach these rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from core.triage.offline import addressee, cues
from core.triage.offline.text import Sentence, Words, first, spoken, terms, words

Kind = Literal["reply", "review", "delegate"]
# "by 13:00", "before 9.30", "by 5pm", "by noon": a clock-time deadline.
_CLOCK_DEADLINE = re.compile(
    r"\b(?:by|before|until|no later than)\s+(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?[ap]\.?m\b|noon|midday)",
    re.IGNORECASE,
)
# "by 10 December", "before Friday", "closes on Thursday", "due 8 Dec": a deadline on the
# calendar rather than a cry of urgency (a clock time is `_CLOCK_DEADLINE`'s).
_DATED_DEADLINE = re.compile(
    r"\b(?:by|before|until|no later than|due(?:\s+(?:on|by))?|(?:closes?|expires?|ends?)\s+on)\s+"
    r"(?:the\s+|this\s+|next\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|"
    r"thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|"
    r"mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|end of (?:the )?(?:week|month))\b",
    re.IGNORECASE,
)
_POLITE = frozenset(t.parts[0] for t in terms("please, pls, kindly"))
_ARTICLES = frozenset({"a", "an", "the"})
_FUTURE = frozenset({"will", "shall"})
# "We will test ...": the writer commits to doing something (not "we will be away").
_FIRST_PERSON = frozenset({"i", "we"})
_NOT_A_DEED = frozenset({"be", "not", "need", "want", "like", "miss"})
_SALUTATION_WORDS = 5
_CLAUSE_END = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s")
# Whoever a hand-over to is no delegation: the writer, the owner.
_RECEIVERS = frozenset({"me", "us", "you", "u", "yourself"})
_DETERMINERS = _ARTICLES | frozenset({"other", "my", "your", "our", "his", "her", "their"})
_CONDITIONS = frozenset({"if", "whether", "unless"})
_GAP = (
    6  # words allowed between the two halves of a gapped cue ("ask one of the product people to")
)
# Nobody to hand work to: an article, or the owner ("we ask you to review" asks the owner).
_NOBODY = _ARTICLES | frozenset({"you", "u", "yourself"})


@dataclass(frozen=True)
class Ask:
    """One sentence asking the owner for something."""

    kind: Kind
    cue: str


@dataclass(frozen=True)
class Reading:
    """What the sentences of one email say, for the action and priority rules."""

    asks: tuple[Ask, ...] = ()
    promises: tuple[str, ...] = ()
    no_action: str | None = None
    questions: int = 0
    urgent: str | None = None
    calm: str | None = None
    kinds: Counter[Kind] = field(default_factory=Counter)
    dated: str | None = None  # a deadline given as a date or a weekday ("by 10 December")
    pledged: bool = False  # a promise made to the owner by the writer ("we will send")


def read(subject: Sentence, body: Sequence[Sentence]) -> Reading:
    """Read the subject and the body's sentences."""
    asks: list[Ask] = []
    promises: list[str] = []
    no_action = urgent = calm = dated = None
    questions = 0
    pledged = False
    for sentence in (subject, *body):
        text = sentence.words
        if dated is None and (found := _DATED_DEADLINE.search(sentence.raw)) is not None:
            dated = f"'{' '.join(found.group(0).lower().split())}'"
        negation = first(text, cues.NO_ACTION)
        if negation is not None:
            no_action = no_action or spoken(negation)
            continue
        calm_cue = first(text, cues.CALM)
        if calm_cue is not None:
            calm = calm or spoken(calm_cue)
        if first(text, cues.COURTESY) is not None or _salutation(sentence):
            continue
        ask = _ask(sentence, opening=sentence is not subject)
        if ask is not None:
            asks.append(ask)
        elif sentence.question:
            questions += 1
        else:
            promise = first(text, cues.PROMISE)
            said = spoken(promise) if promise is not None else _commitment(text)
            if said is not None:
                promises.append(said)
                # "we will send", "come back to you": made to the owner, not a process of others
                pledged = pledged or bool({"i", "we", "you"} & text.tokens)
        if sentence is not subject and urgent is None:
            urgent = _body_urgency(sentence, asked=ask is not None)
    kinds = Counter(a.kind for a in asks)
    # Asks to the person greeted, with someone else "in copy": the owner is the one copied.
    no_action = no_action or addressee.bystander(body)
    return Reading(
        tuple(asks), tuple(promises), no_action, questions, urgent, calm, kinds, dated, pledged
    )


def read_forwarded(
    subject: Sentence, note: Sequence[Sentence], forwarded: Sequence[Sentence]
) -> Reading:
    """Read a body whose sender forwards something: their own note speaks for the email.

    What the forwarded message asks was asked of the forwarder; it counts only when the note
    says nothing (a bare forward hands the owner the request).
    """
    own = read(subject, note)
    if not forwarded or own.asks or own.promises or own.no_action or own.questions:
        return own
    return read(subject, [*note, *forwarded])


def _ask(sentence: Sentence, *, opening: bool) -> Ask | None:
    """Return what `sentence` asks the owner; `opening` lets a leading verb count (a subject
    line is a noun phrase: "Review of Q3" asks nothing)."""
    text = sentence.words
    found = [
        cue
        for cue in cues.REQUEST
        if text.has(cue) and not _foretold(text, cue) and not _conditional(sentence, cue)
    ]
    if found and first(text, cues.NOT_A_REQUEST) is not None:
        found = [cue for cue in found if cue.parts[0] not in _POLITE]  # "please find attached"
    # The longest cue says the most ("please confirm" over "please").
    said = spoken(max(found, key=lambda c: len(c.parts))) if found else None
    # A bare verb ("Triggered by: schedule") names a field's value, not an instruction.
    if said is None and opening and sentence.opener in cues.IMPERATIVE and len(text.parts) > 1:
        said = f"{sentence.opener} ..."
    if said is None and sentence.question and _second_person(text):
        said = "a question for you"
    kind, why = _kind(text)
    if said is None and not (sentence.question and why):
        return None  # a question about who should do it, or what to read, asks the owner too
    return Ask(kind, why or said or "")


def _salutation(sentence: Sentence) -> bool:
    """Tell whether `sentence` is a short line ending in a comma: a greeting or a sign-off
    ("Hi Maya,", "Have nice holidays,"), never an ask (an ask ends in a full stop or "?")."""
    return sentence.raw.rstrip().endswith(",") and len(sentence.words.parts) <= _SALUTATION_WORDS


def _foretold(text: Words, cue: Words) -> bool:
    """Tell whether `cue` is what someone other than the owner will do: "she'll reply by
    Thursday" foretells a reply, "will you reply by" asks for one."""
    at = text.find(cue)
    return at >= 1 and text.parts[at - 1] in _FUTURE and (at < 2 or text.parts[at - 2] != "you")


def _conditional(sentence: Sentence, cue: Words) -> bool:
    """Tell whether `cue` stands in an if-clause: "if we need more" sets a condition, it asks
    nothing ("if you could" is a request of its own and starts at the "if"; in "if we bid,
    please pass it on" the comma closes the condition)."""
    for clause in _CLAUSE_END.split(sentence.raw):
        text = words(clause)
        at = text.find(cue)
        if at >= 0:
            return any(part in _CONDITIONS for part in text.parts[max(0, at - _GAP) : at])
    return False


def _second_person(text: Words) -> bool:
    return bool({"you", "your", "u"} & text.tokens)


def _kind(text: Words) -> tuple[Kind, str | None]:
    """What kind of ask a request sentence makes, and the cue that says so."""
    delegate = next((cue for cue in cues.DELEGATE if _handed_over(text, cue)), None)
    if delegate is not None:
        return "delegate", spoken(delegate)
    gap = next((pair for pair in cues.DELEGATE_GAPS if _gapped(text, *pair)), None)
    if gap is not None:
        return "delegate", f"{spoken(gap[0])} ... {spoken(gap[1])}"
    handed = _handed_to_someone(text)
    if handed is not None:
        return "delegate", handed
    review = first(text, cues.REVIEW)
    if review is not None:
        return "review", spoken(review)
    return "reply", None


def _handed_to_someone(text: Words) -> str | None:
    """Return "<verb> ... to" when the sentence hands a thing on to a third party ("pass it
    to Oskar's bid team"); handing it to the writer or the owner ("forward it to me") is not."""
    parts = text.parts
    for i, part in enumerate(parts):
        if part not in cues.HAND_OVER or (i and parts[i - 1] in _DETERMINERS):
            continue  # "on the other hand" is no verb; "look forward to" has nothing handed
        tail = parts[i + 1 : i + 2 + _GAP]
        if "to" in tail[1:]:
            at = tail.index("to", 1) + 1
            if at < len(tail) and tail[at] not in _RECEIVERS:
                return f"{part} ... to"
    return None


def _commitment(text: Words) -> str | None:
    """Return "we will <verb>" when the writer commits to a deed by a time ("we will test it on
    Thursday"), else None: "I'll add a slide" with no time is a remark, not a promise to wait on."""
    parts = text.parts
    if not (text.tokens & cues.TIME_FRAME):
        return None
    for i in range(len(parts) - 2):
        if (
            parts[i] in _FIRST_PERSON
            and parts[i + 1] in _FUTURE
            and parts[i + 2] not in _NOT_A_DEED
        ):
            return f"{parts[i]} {parts[i + 1]} {parts[i + 2]}"
    return None


def _handed_over(text: Words, cue: Words) -> bool:
    """Tell whether `cue` names someone to hand work to ("for your team" names a beneficiary,
    "the requests of your team" whose they are)."""
    at = text.find(cue)
    if at < 0 or (at > 0 and text.parts[at - 1] in {"for", "of"}):
        return False
    # "forward it to me" hands it back to the writer: a reply, not a delegation.
    after = text.parts[at + len(cue.parts) : at + len(cue.parts) + 2]
    return not (cue.parts[0] in cues.HAND_OVER and after[:1] == ("to",) and set(after) & _RECEIVERS)


def _gapped(text: Words, before: Words, after: Words) -> bool:
    start = text.find(before)
    if start < 0:
        return False
    window_end = start + len(before.parts) + _GAP + len(after.parts)
    tail = text.parts[start + len(before.parts) : window_end]
    size = len(after.parts)
    # Someone else stands in the gap: "ask Lars to", "have the team look"; "have a look" is no
    # one, and "ask you to" is the owner.
    return any(
        tuple(tail[i : i + size]) == after.parts and not set(tail[:i]) <= _NOBODY
        for i in range(1, len(tail) - size + 1)
    )


def _body_urgency(sentence: Sentence, *, asked: bool) -> str | None:
    text = sentence.words
    if not asked and first(text, cues.OBLIGATION) is None:
        return None  # a date in a story ("since this morning") is no deadline for the owner
    term = first(text, cues.BODY_URGENT)
    if term is not None:
        return f"'{spoken(term)}' in the body"
    clock = _CLOCK_DEADLINE.search(sentence.raw)
    return None if clock is None else f"'{clock.group(0).lower()}' in the body"


def subject_urgency(subject: Words) -> str | None:
    """Return the urgency cue of a subject: an urgent word or a deadline within the week."""
    term = first(subject, cues.URGENT)
    if term is not None:
        return f"'{spoken(term)}' in the subject"
    parts = subject.parts
    for before, after in zip(parts, parts[1:], strict=False):
        if before in cues.DEADLINE_WORDS and after in cues.NEAR_DAYS:
            return f"'{before} {after}' in the subject"
    return None
