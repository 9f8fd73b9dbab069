"""What an email's sentences ask, promise or refuse, and how pressing they are.

A cue counts in the sentence it stands in, read with who is asked: "can you approve" asks the
owner, "the partner has to approve" does not (no request form, nobody addressed); "no action
needed" and "you don't need to reply" cancel the requests of their sentence and make the email
informational; "let me know if you have questions" is a courtesy, not a request, and so is a
short line ending in a comma (a greeting or sign-off); a request word inside an if-clause ("if
we need more") sets a condition, and a need told in the past ("we needed") reports one
(`grammar`); a threat that waits on the owner ("we will terminate unless we receive your plan")
asks her to act; a promise in mail that greets someone else ("Priya, ... I will send you the
plan") or a crowd ("Dear customer,") is made to them; asks to the person greeted, with another
named "in copy", are not the owner's, nor those of a circular to a crowd ("Dear parents,")
(`addressee`), nor a lure's "confirm your identity to avoid suspension" (`lure`); a wish put as
something welcome, a delivery foretold with a time and a phone's "details tomorrow" ask or
promise without a cue word (`implied`). Signing or approving is a Review unless asked as a yes
or no ("OK to sign?"). Urgency is read from the subject and, when the sentence carries an
obligation or a request, from the body ("must work by 13:00", "today", "ASAP"). The text given
is already cleaned: quoted replies, "On ... wrote:" blocks and forwarded headers never reach
these rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.triage.offline import addressee, cues, grammar, implied
from core.triage.offline.kinds import Kind, kind_of
from core.triage.offline.lure import lure
from core.triage.offline.text import Sentence, Words, first, spoken, terms, words

# "by 13:00", "before 9.30", "by 5pm", "by noon": a clock-time deadline.
_CLOCK_DEADLINE = re.compile(
    r"\b(?:by|before|until|no later than)\s+(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?[ap]\.?m\b|noon|midday)",
    re.IGNORECASE,
)
# "by 10 December", "before Friday", "closes on Thursday", "(early bird) ends Friday": a deadline
# on the calendar rather than a cry of urgency (a clock time is `_CLOCK_DEADLINE`'s).
_DATED_DEADLINE = re.compile(
    r"\b(?:by|before|until|no later than|due(?:\s+(?:on|by))?|(?:close|expire|end)s?(?:\s+on)?)\s+"
    r"(?:the\s+|this\s+|next\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|"
    r"thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|"
    r"mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|end of (?:the )?(?:week|month))\b",
    re.IGNORECASE,
)
# Beside "no action needed", a promise is one to wait for only when made to the reader ("we
# will come back to you", "I will report back"): "I'll send the list before my holiday" or "I
# will read mail on Mondays" tells her what the writer does for others.
_TO_THE_OWNER = frozenset({"you", "u", "back"})
# "... unless we receive from you", "if I do not get an answer, ...": what the writer will do
# (terminate, complain) hangs on what the owner does first, so the sentence asks her to act.
_ULTIMATUM = re.compile(
    r"\bunless\s+(?:we|i)\s+(?:receive|get|hear|see|have)\b"
    r"|\bif\s+(?:we|i)\s+(?:do\s+not|don't|have\s+not|haven't)\s+(?:get|receive|hear|see|have)\b",
    re.IGNORECASE,
)
# A tool's digest line counts many people's tasks ("5 tasks due this week", "Tasks due before the
# period ends: 3 (one assigned to you)"): a summary, no task handed to its reader.
_TASK_DIGEST = re.compile(r"\btasks\s+(?:due|overdue)\b", re.IGNORECASE)
# "So nice to have you here": an asking word order only asks in a question.
# Swedish puts its verb first in a statement after an adverb too ("efteråt kan ni boka": then
# you can book), so its "can you" asks only in a question.
_INVERSIONS = terms(
    "do you, are you, did you, have you, kan du, kan ni, vill du, vill ni, skulle du, skulle ni"
)
# "Kindly" shares its stem with "kind": "very kind of you" thanks, it asks nothing.
_KINDLY = terms("kindly")[0]
_POLITE = frozenset(t.parts[0] for t in terms("please, pls, kindly"))
# Adverbs between a request's words: "I still need 1 and 3 from you", "could you also send".
_ADVERBS = re.compile(r"\b(?:still|also|really|urgently|definitely|actually|now)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Ask:
    """One sentence asking the owner for something."""

    kind: Kind
    cue: str
    assent: bool = False  # a Review only because it asks to sign or approve
    question: bool = False  # wants a yes or no: a question, or leave asked ("OK to sign")


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
    # What a machine's mail asks of the reader ("reminder", "action required"), in the subject
    # or in a sentence that addresses the reader; "this reminder is sent to managers" asks none.
    machine_ask: str | None = None
    # Why the asks and promises are someone else's, by the To and Cc lines ("you are only in
    # Cc"): set by the classifier, which knows the lines (`addressee.aside`).
    aside: str | None = None
    # The class of readers a circular greets ("Dear customer," -> "customer"), if any.
    crowd: str | None = None


def read(
    subject: Sentence,
    body: Sequence[Sentence],
    *,
    reply: bool = False,
    answer: bool = False,
    owner: str = "",
) -> Reading:
    """Read the subject and the body's sentences; a `reply`'s (or forward's) subject question
    was the first message's ("Re: Standup at 9:15?"), which the thread has answered or moved on
    from, and an `answer`'s ("Re:", not "Fwd:") subject ask too ("Re: ... needs your signature
    by Wednesday" over "Got it, thanks!"): the body says what is still wanted. `owner` is the
    owner's first name when known: mail greeting her asks her."""
    asks: list[Ask] = []
    promises: list[str] = []
    no_action = urgent = calm = dated = None
    questions = 0
    pledged = False
    machine_ask = None
    # "Priya, ..." or "Dear customer,": the writer's "I will send you" is theirs.
    crowd = addressee.crowd(body)
    greeting = addressee.greets_another(body, owner) or crowd
    for sentence in (subject, *body):
        text = sentence.words
        if (
            machine_ask is None
            and (sentence is subject or _addresses_reader(sentence))
            and not _TASK_DIGEST.search(sentence.raw)
        ):
            machine_ask = spoken(cue) if (cue := first(text, cues.AUTOMATED_ASK)) else None
        if dated is None and (found := _DATED_DEADLINE.search(sentence.raw)) is not None:
            dated = f"'{' '.join(found.group(0).lower().split())}'"
        negation = first(text, cues.NO_ACTION)
        said = spoken(negation) if negation is not None else addressee.spared(sentence)
        if said is not None:
            no_action = no_action or said
            continue
        calm_cue = first(text, cues.CALM)
        if calm_cue is not None and "but" not in text.parts[text.find(calm_cue) :]:
            # "No rush on the plan, but the request needs your approval": the calm is taken back.
            calm = calm or spoken(calm_cue)
        if grammar.courtesy(text) or grammar.salutation(sentence):
            continue
        ask = _ask(sentence, opening=sentence is not subject)
        if ask is not None and answer and sentence is subject:
            continue
        if ask is not None and _to_someone_else(sentence, owner):
            continue  # "Lena, please use the same wording": the ask is Lena's
        if ask is not None:
            asks.append(ask)
            # "I will send you the order with our code of conduct for your signature": a
            # promise carrying an ask; both count, so neither reads as sure.
            if (promise := _promise(text)) is not None:
                promises.append(spoken(promise))
        elif sentence.question and not (reply and sentence is subject):
            questions += 1
        else:
            promise = _promise(text)
            said = spoken(promise) if promise is not None else implied.commitment(text)
            said = said or implied.announced(text) or implied.fragment_promise(text)
            said = said or implied.own_step(text)
            threat = _ULTIMATUM.search(sentence.raw) if said is not None else None
            if threat is not None:
                # "We will terminate unless we receive your plan": the deed waits on the owner's.
                ask = Ask("reply", " ".join(threat.group(0).lower().split()))
                asks.append(ask)
            elif said is not None:
                promises.append(said)
                # "we will send", "come back to you": made to the owner, not a process of others
                # nor to another person she reads along with ("Priya, I'll update the guide").
                to = addressee.vocative(sentence) or greeting
                to_another = to is not None and bool(owner) and to.casefold() != owner.casefold()
                to_another = to_another or (promise is not None and _to_third(text, promise))
                # "the tax answer Maya asked for": a promise that names her is hers.
                to_another = to_another and not addressee.names_owner(sentence, owner)
                pledged = pledged or (bool(_TO_THE_OWNER & text.tokens) and not to_another)
        if sentence is not subject and urgent is None:
            urgent = _body_urgency(sentence, asked=ask is not None)
    if any(a.question and a.kind == "reply" for a in asks):
        # "Needs your approval. OK to renew?": the question says the answer is a yes or no.
        asks = [Ask("reply", a.cue, question=a.question) if a.assent else a for a in asks]
    kinds = Counter(a.kind for a in asks)
    # Asks to the person greeted, with someone else "in copy": the owner is the one copied.
    no_action = no_action or addressee.bystander(body, owner)
    no_action = no_action or lure(" ".join(sentence.raw for sentence in body))
    if (asks or questions) and not kinds["review"] and (crowd := addressee.crowd(body)):
        no_action = no_action or f"a circular to {crowd}"  # a signature asked of each counts
    return Reading(
        tuple(asks),
        tuple(promises),
        no_action,
        questions,
        urgent,
        calm,
        kinds,
        dated,
        pledged,
        machine_ask,
        crowd=crowd,
    )


def _to_someone_else(sentence: Sentence, owner: str) -> bool:
    """Tell whether `sentence` speaks to another person by name ("Lena, please ...") and does
    not name the owner too: what it asks is theirs, whoever else reads along."""
    to = addressee.vocative(sentence)
    if to is None or not owner or to.casefold() == owner.casefold():
        return False
    return not addressee.names_owner(sentence, owner)


def read_forwarded(
    subject: Sentence,
    note: Sequence[Sentence],
    forwarded: Sequence[Sentence],
    *,
    reply: bool = False,
    answer: bool = False,
    owner: str = "",
) -> Reading:
    """Read a body whose sender forwards something: their own note speaks for the email.

    What the forwarded message asks was asked of the forwarder; it counts only when the note
    says nothing (a bare forward hands the owner the request).
    """
    own = read(subject, note, reply=reply, answer=answer, owner=owner)
    if not forwarded or own.asks or own.promises or own.no_action or own.questions:
        return own
    return read(subject, [*note, *forwarded], reply=reply, answer=answer, owner=owner)


# "Go/no-go criteria: ...", "Sign-off: Friday": a verb joined into a noun opens a label, no order.
_COMPOUND_OPENING = re.compile(r"^\W*[A-Za-z]+[/-][A-Za-z]")


def _ask(sentence: Sentence, *, opening: bool) -> Ask | None:
    """Return what `sentence` asks the owner; `opening` lets a leading verb count (a subject
    line is a noun phrase: "Review of Q3" asks nothing)."""
    if not opening and (to_read := implied.handed_to_read(sentence.raw)) is not None:
        return Ask("review", to_read)
    bare = _ADVERBS.sub("", sentence.raw)
    text = words(bare) if bare != sentence.raw else sentence.words
    found = [
        cue
        for cue in cues.REQUEST
        if text.has(cue)
        and not grammar.foretold(text, cue)
        and not grammar.conditional(sentence, cue)
        and not grammar.past_need(sentence.raw, cue)
        and not grammar.past_deed(sentence.raw, cue)
        and not grammar.thanked(text, cue)
        and not (cue in _INVERSIONS and not sentence.question)
        and not (cue == _KINDLY and "kindly" not in sentence.raw.casefold())
    ]
    if found and first(text, cues.NOT_A_REQUEST) is not None:
        found = [cue for cue in found if cue.parts[0] not in _POLITE]  # "please find attached"
    # The longest cue says the most ("please confirm" over "please").
    said = spoken(max(found, key=lambda c: len(c.parts))) if found else None
    # A bare verb ("Triggered by: schedule") names a field's value, not an instruction.
    if (
        said is None
        and opening
        and sentence.opener in cues.IMPERATIVE
        and len(text.parts) > 1
        and _COMPOUND_OPENING.match(sentence.raw) is None
    ):
        own = implied.own_step(text) or implied.read_already(sentence.raw)
        said = None if own else f"{sentence.opener} ..."
    if said is None and opening:  # "comments by the 16th would be great", "..., have a look"
        said = implied.wished(text) or implied.told_to_read(sentence.raw)
        said = said or implied.signature_wanted(text)
    if said is None and sentence.question and _second_person(text):
        said = "a question for you"
    permission = first(text, cues.PERMISSION) is not None
    yes_or_no = sentence.question or permission
    kind, why = kind_of(text, yes_or_no=yes_or_no, permission=permission)
    if said is None and not (sentence.question and why and opening):
        # A question about who should do it, or what to read, asks the owner too; a subject's
        # noun phrase ("Annual review - dates?") only names its topic.
        return None
    assent = kind == "review" and first(text, cues.REVIEW) is None
    return Ask(kind, why or said or "", assent, yes_or_no)


def _addresses_reader(sentence: Sentence) -> bool:
    """Tell whether `sentence` speaks to its reader: "you", an instruction, a request word."""
    text = sentence.words
    return (
        _second_person(text)
        or sentence.opener in cues.IMPERATIVE
        or sentence.opener in cues.READER_STEP
        or first(text, cues.REQUEST) is not None
    )


# "You" in English and in Swedish, the owner's own language ("väntar på din signatur").
_YOU = frozenset({"you", "your", "u", "du", "dig", "din", "ditt", "dina"})


def _second_person(text: Words) -> bool:
    return bool(_YOU & text.tokens)


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


def _promise(text: Words) -> Words | None:
    """The promise cue of a sentence; "you will have to sign it" is an obligation, no promise."""
    promise = first(text, cues.PROMISE)
    return None if promise is None or _next_word(text, promise) == "to" else promise


# "I will send him the form": the promise is made to someone else, not to the owner.
_THIRD_PERSONS = frozenset({"him", "them"})


def _to_third(text: Words, promise: Words) -> bool:
    """Tell whether `promise` ("will send") is made to a third person ("will send him the CR")."""
    return _next_word(text, promise) in _THIRD_PERSONS


def _next_word(text: Words, term: Words) -> str | None:
    """The word right after `term`'s first place in `text`, if any."""
    after = text.find(term) + len(term.parts)
    return text.parts[after] if after < len(text.parts) else None
