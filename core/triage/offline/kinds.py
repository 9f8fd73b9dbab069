"""What kind of work an ask is: hand it on (Delegated), read, judge or sign (Review), or answer.

Read from the sentence's shape as much as its words: someone named between "ask" and "to" is a
third party to delegate to ("forward it to me" hands it back, no delegation), a name for a team
after "your" is someone to hand over to ("for your team", "show your team" name who benefits;
"how is your team", "is someone joining" ask about their state), people counted out to send
("could two engineers be on site?", "one of the product people") are staffing to hand over, a
question about what "we" should do wants a decision whoever it would then ask, signing or
approving is a Review unless the sentence wants a yes or no ("OK to sign?"), and a review held
at a time ("before the supplier review") or gone through together at a meeting asks no reading.
"""

from __future__ import annotations

from typing import Literal

from core.triage.offline import cues
from core.triage.offline.text import Words, spoken, terms, words

Kind = Literal["reply", "review", "delegate"]
GAP = 4  # words allowed between the two halves of a gapped cue
_ARTICLES = frozenset({"a", "an", "the"})
# Nobody to hand work to: an article, or the owner ("we ask you to review" asks the owner).
_NOBODY = _ARTICLES | frozenset({"you", "u", "yourself"})
_YOUR = ("your",)
# Words that end the phrase "your" opens: an article or a preposition starts another.
_PHRASE_BREAKS = _ARTICLES | frozenset(
    {"before", "after", "for", "with", "to", "on", "of", "from", "by", "and", "or", "at", "in"}
)
# Whoever a hand-over to is no delegation: the writer, the owner.
# Auxiliaries that make a participle of a deed done ("has approved", "was signed", "once signed"),
# and the writers who do it themselves ("if we sign by 30 June", "så kan vi skriva under
# protokollet"): no ask to sign.
_DONE_BY_SOMEONE = frozenset(
    t.parts[0] for t in terms("has, have, had, was, were, been, is, be, once, we, i, they, vi, jag")
)
_RECEIVERS = frozenset({"me", "us", "you", "u", "yourself"})
# Verbs whose object receives the writer's deed: "show your team", "for your team" benefit it,
# and "bring someone" to dinner is a guest, not a person to hand work to.
_BENEFITING = frozenset(
    t.parts[0]
    for t in terms("for, of, show, give, offer, introduce, present, demo, invite, thank, bring")
)
# "How is your team doing?", "has someone signed?": the people's state, no deed asked of them.
_STATE = frozenset({"is", "are", "was", "were", "has", "have", "had", "how"})
# People counted out to be sent somewhere: "two engineers", "one or two persons".
_COUNTS = frozenset({"one", "two", "three", "1", "2", "3", "couple", "few"})
_PEOPLE = frozenset(
    t.parts[0]
    for t in terms(
        "person, persons, people, engineer, trainer, consultant, developer, expert, colleague"
    )
)
_SOME = frozenset({"one", "some", "any", "two", "few"})
_MODALS = frozenset({"can", "could"})
# "Or do you want someone at the desk?": whether she wants anyone is her decision to give.
_WISHING = frozenset(t.parts[0] for t in terms("want, prefer, like"))
# "Do we keep it or ask customers to move?": the writer's side deliberates, the owner decides.
_DELIBERATING = frozenset(t.parts[0] for t in terms("do, should, shall, can, could, are, will"))


def kind_of(
    text: Words, *, yes_or_no: bool = False, permission: bool = False
) -> tuple[Kind, str | None]:
    """What kind of ask a request sentence makes, and the cue that says so.

    Signing or approving is a Review when the sentence hands over something to sign ("please
    sign it in the portal", "needs your signature", "can you countersign by Tuesday?", "could
    you approve it when you have a moment?"); asked as a question about a decision ("OK to sign
    with Alder?", `permission`; "can you approve going to 76k?") it wants a yes or no: a
    reply."""
    delegate = next((cue for cue in cues.DELEGATE if _handed_over(text, cue)), None)
    if delegate is not None:
        return "delegate", spoken(delegate)
    staff = _staffing(text)
    if staff is not None:
        return "delegate", staff
    gap = next((pair for pair in cues.DELEGATE_GAPS if _gapped(text, *pair)), None)
    if gap is not None and not (yes_or_no and _deliberates(text)):
        return "delegate", f"{spoken(gap[0])} ... {spoken(gap[1])}"
    review = next((cue for cue in cues.REVIEW if _asked_to_review(text, cue)), None)
    if review is None and (assent := _assent(text)) is not None:
        handed = assent.parts[0] in _SIGNING or _approves_a_thing(text, assent)
        review = assent if (handed and not permission) or not yes_or_no else None
    if review is not None:
        return "review", spoken(review)
    return "reply", None


# "Before the supplier review on the 25th": a review met at a time is an event, no reading asked.
_WHEN = frozenset(t.parts[0] for t in terms("before, after, until, till, at, during, ahead"))
_EVENT_GAP = 3
_OBJECT_WORDS = 6  # "go through section 4 of the register together"
_EVENT_OWNERS = _ARTICLES | frozenset({"our", "their", "this", "next"})


def _asked_to_review(text: Words, cue: Words) -> bool:
    """Tell whether `text` asks the owner to read or judge with `cue`, rather than naming a
    review held at a time ("an answer before the supplier review on the 25th") or asking to meet
    over it ("could we take half an hour to go through section 4 together?": a time to agree)."""
    for at in text.occurrences(cue):
        end = at + len(cue.parts)
        if "we" in text.parts[:at] and "together" in text.parts[end : end + _OBJECT_WORDS]:
            continue
        lead = text.parts[max(0, at - _EVENT_GAP) : at]
        timed = bool(set(lead) & _WHEN) and bool(set(lead) & _EVENT_OWNERS)
        if not timed or len(cue.parts) > 1:
            return True
    return False


# A signature asked for is a document handed over, whatever the sentence's mood (Swedish "kan du
# skriva under?", "för signering": "can you sign?", "for signing").
_SIGNING = frozenset(
    words(
        "sign countersign signature countersignature attest attestera attesteras skriva signera"
        " signering underskrift"
    ).parts
)


# "Sign up for lunch", "sign in to the portal": registering and logging in sign nothing; but
# "sign in Scrive", "sign in the e-signing link" name where to sign.
_NOT_SIGNING = frozenset({"up", "in", "out"})
_LOGGING_IN = frozenset({"to", "with", "using", "via", "on", "again", "here", "now", "first"})
_SIGN = ("sign",)


def _assent(text: Words) -> Words | None:
    """Return the signing or approving the sentence asks for; "once the board has approved it"
    or "it was signed" report someone's done deed (a perfect or a passive), no ask to sign,
    and "the signed minutes" name a document, "sign up" a form."""
    for cue in cues.ASSENT:
        # Each occurrence: "they want the signed minutes, so please sign by Tuesday" names a
        # document first and asks for the signature after.
        for at in text.occurrences(cue):
            if _done(text.parts, at) or _writers_own(text.parts, at):
                continue
            before = text.parts[at - 1 : at] if at > 0 else ()
            end = at + len(cue.parts)
            after = text.parts[end : end + 1]
            where = text.parts[end + 1 : end + 2]
            signing_in = after == ("in",) and bool(where) and where[0] not in _LOGGING_IN
            no_deed = bool(set(before) & _ARTICLES or set(after) & _NOT_SIGNING)
            if cue.parts != _SIGN or signing_in or not no_deed:
                return cue
    return None


_TO = frozenset({"to"})


def _writers_own(parts: tuple[str, ...], at: int) -> bool:
    """Tell whether the deed at `at` is one the writers mean to do themselves ("we would love to
    sign before our quarter closes", "I hope to approve it"), not one asked of the owner."""
    if at < 1 or parts[at - 1] not in _TO:
        return False
    lead = parts[max(0, at - 1 - GAP) : at - 1]
    return bool(cues.FIRST_PERSON & set(lead)) and not set(lead) & _NOBODY


# Words between an auxiliary and its participle: "is not signed", "has already approved".
_ADVERBS = frozenset({"not", "yet", "already", "just", "still", "also", "never"})


def _done(parts: tuple[str, ...], at: int) -> bool:
    """Tell whether the deed at `at` is reported done or undone by someone ("if the renewal is
    not signed by December", "has already approved"), not asked of the owner."""
    before = at - 1
    while before >= 0 and parts[before] in _ADVERBS:
        before -= 1
    return before >= 0 and parts[before] in _DONE_BY_SOMEONE


def _approves_a_thing(text: Words, cue: Words) -> bool:
    """Tell whether an approval asked as a question is of a thing handed over ("could you
    approve it by Friday?", "can you approve the contract in DocuSign?"), not of a decision
    ("can you approve going to 76k?", "could you approve 120 hours of overtime?")."""
    at = text.find(cue)
    if cue.parts[0] != _APPROVE or at < 0:
        return False
    after = text.parts[at + 1 : at + 2]
    return not after or not (after[0].endswith("ing") or after[0][:1].isdigit() or after[0] in _A)


_APPROVE = words("approve").parts[0]
_A = frozenset({"a", "an"})


def _handed_over(text: Words, cue: Words) -> bool:
    """Tell whether `cue` names someone to hand work to ("for your team" names a beneficiary,
    "the requests of your team" whose they are)."""
    at = text.find(cue)
    if at < 0 or (at > 0 and text.parts[at - 1] in _BENEFITING and not _one_of(text, at)):
        return False
    if at > 0 and text.parts[at - 1] in _STATE:
        return False
    if at > 1 and text.parts[at - 2] in _NOBODY and text.parts[at - 1] in _WISHING:
        return False
    # "forward it to me" hands it back to the writer: a reply, not a delegation.
    after = text.parts[at + len(cue.parts) : at + len(cue.parts) + 2]
    return not (cue.parts[0] in cues.HAND_OVER and after[:1] == ("to",) and set(after) & _RECEIVERS)


def _staffing(text: Words) -> str | None:
    """Return "<n> <people>" when the ask counts people to send ("could one or two persons from
    your company come on site?"): staffing the owner hands to a team."""
    parts = text.parts
    for i in range(1, len(parts)):
        if parts[i] not in _PEOPLE:
            continue
        if parts[i - 1] in _COUNTS:
            return f"{parts[i - 1]} {parts[i]}"
        # "one of the product people": picked from a group, a few words back.
        before = parts[max(0, i - GAP) : i]
        if "of" in before and set(before[: before.index("of")]) & _COUNTS:
            return f"... of ... {parts[i]}"
    return None


def _one_of(text: Words, at: int) -> bool:
    """Tell whether the people at `at` are picked from ("one of your developers"): one of
    them is to do it, a hand-over like "your developers"."""
    return text.parts[at - 1] == "of" and at > 1 and text.parts[at - 2] in _SOME


def _deliberates(text: Words) -> bool:
    """Tell whether a question asks what the writer's side should do ("do we ask them to
    move?"): a decision for the owner, whoever would then be asked."""
    return text.parts[:2] in {(aux, we) for aux in _DELIBERATING for we in ("we", "i")}


def _gapped(text: Words, before: Words, after: Words) -> bool:
    start = text.find(before)
    if start < 0 or (start > 0 and text.parts[start - 1] in _BENEFITING):
        return False
    if start > 0 and before.parts[0] in _MODALS and text.parts[start - 1] in cues.FIRST_PERSON:
        return False  # "so that we can plan the team": what the writer's side can do
    window_end = start + len(before.parts) + GAP + len(after.parts)
    tail = text.parts[start + len(before.parts) : window_end]
    size = len(after.parts)
    # Someone else stands in the gap: "ask Lars to", "have the team look"; "have a look" is no
    # one, and "ask you to" is the owner. "Your" owns the team only across words that describe
    # it ("your support team"): "your approval before the team plan" owns the approval.
    return any(
        tuple(tail[i : i + size]) == after.parts
        and not set(tail[:i]) <= _NOBODY
        and not (before.parts == _YOUR and set(tail[:i]) & _PHRASE_BREAKS)
        for i in range(1, len(tail) - size + 1)
    )
