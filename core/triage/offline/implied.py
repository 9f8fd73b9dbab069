"""Asks and promises said without a request or promise word, read from the sentence's shape.

Writers who are formal, non-native or typing on a phone often ask and promise without "please",
"can you" or "I will":
- a wish for the owner's contribution stated as a thing that would be welcome: "comments by
  the 16th would be great", "your thoughts welcome", "it would help if someone could answer"
  (something the owner gives, or an if-clause, beside a word of welcome or help);
- a passive future of something being delivered, with a time: "answers will be published on
  18 December", "the report will be sent next week" (someone else's deed the owner waits on);
- a verbless phone fragment promising information: "details tomorrow", "more to follow", or
  taking the matter on: "on it", "will do";
- the owner told they will be handed something: "you will hear from us before the 20th", "you
  get the draft on Tuesday";
- the writer committing to a deed with a time: "we will test it on Thursday";
- the writer's own step before an answer: "let me check with finance" (no instruction, unlike
  "let me know");
- an instruction to read in a clause after the first: "sent you the draft, have a look";
- a signature put as the condition of an outcome: "if you countersign this week, it closes on
  the date we planned";
- a subject that hands over something to read: "Your 30 minutes on the 13th - one page to read
  first", Swedish "två sidor att läsa före onsdag".
"""

from __future__ import annotations

import re

from core.triage.offline import cues
from core.triage.offline.text import Words, first, spoken, terms, words

# The owner's contribution a writer may wish for without asking it outright.
_CONTRIBUTION = frozenset(
    t.parts[0]
    for t in terms(
        """
        comment, feedback, input, thought, view, correction, suggestion, remark, opinion,
        answer, reply, response, confirmation, decision, guidance, steer, signature,
        countersignature, approval
        """
    )
)
# "... would be great", "... welcome", "it would help if": a wish put as a value judgement.
_WELCOME = terms(
    """
    welcome, would be great, would be helpful, would help, would be appreciated, much
    appreciated, would be useful, would be good, would be nice, be very welcome
    """
)
# Who an if-clause asks a deed of: "if someone could answer", "if you can".
_DOER = frozenset(
    t.parts[0] for t in terms("could, can, would, you, someone, somebody, anyone, anybody")
)
# A clause after a comma that tells the reader to read: "sent you the draft, have a look".
_CLAUSE = re.compile(r"[,;:]\s+|\s[-\u2013\u2014]\s")
_READ_NOW = terms("have a look, take a look, have a read, look at it, look over, go through")
# The writer takes a step before answering: "let me check with finance", "let us look into it".
_OWN_STEP = frozenset(
    t.parts[0]
    for t in terms(
        """
        check, look, find, see, ask, confirm, verify, dig, chase, investigate, talk, speak,
        think, follow, come, get, revert, double
        """
    )
)
# What follows "we will" without a deed the writer commits to: "we will be away".
_NOT_A_DEED = frozenset({"be", "not", "need", "want", "like", "miss"})
# Whole phone replies that take the matter on: "on it", "will do".
_TAKEN_ON = frozenset({("on", "it"), ("will", "do"), ("i", "will", "do"), ("will", "do", "so")})
# The owner will be handed something: "you will receive", "you will hear from us".
# ("you will have to sign" is an obligation, so "have" is none of them.)
_RECEIVED = frozenset(t.parts[0] for t in terms("receive, hear, get"))
# What is handed over: "you get it", "you get the draft", "you receive our report".
_HANDED = frozenset({"it", "them", "the", "my", "our"})
# "Thanks for your reply, that would help": thanks for a contribution already given.
_THANKS = frozenset(t.parts[0] for t in terms("thank, thanks, thx"))
# Someone other than the writer delivers: "will be published", "will be sent".
_DELIVERED = frozenset(
    t.parts[0]
    for t in terms(
        """
        published, sent, shared, released, announced, circulated, posted, issued, provided,
        distributed, uploaded, communicated, available, delivered, confirmed
        """
    )
)
# Months put a delivery in time ("may" is left out: "it may be shared" is no date).
_MONTHS = frozenset(
    t.parts[0]
    for t in terms(
        """
        january, february, march, april, june, july, august, september, october, november,
        december
        """
    )
)
# News a writer promises in a phone fragment: "details tomorrow", "more later", "update monday".
_NEWS = frozenset(
    t.parts[0]
    for t in terms("detail, more, update, info, number, figure, result, answer, report, note")
)
# A fragment this short is a note to self or a promise, not a sentence with a subject and verb.
_FRAGMENT_WORDS = 4
_LATER = frozenset(
    t.parts[0]
    for t in terms(
        """
        tomorrow, later, soon, shortly, tonight, monday, tuesday, wednesday, thursday, friday,
        next
        """
    )
)


def wished(text: Words) -> str | None:
    """Return the wish when `text` asks for the owner's contribution as something welcome
    ("comments by the 16th would be great", "it would help if someone could answer")."""
    welcome = first(text, _WELCOME)
    if welcome is None or _offered(text, welcome) or _THANKS & text.tokens:
        return None
    if _CONTRIBUTION & text.tokens or _someone_could(text):
        return f"... {spoken(welcome)}"
    return None


def _someone_could(text: Words) -> bool:
    """Tell whether an if-clause asks a deed of someone ("if someone could answer"), not for
    luck ("if the weather holds")."""
    if "if" not in text.tokens:
        return False
    return bool(set(text.parts[text.parts.index("if") + 1 :]) & _DOER)


def _offered(text: Words, welcome: Words) -> bool:
    """Tell whether `welcome` offers rather than wishes: "you are welcome to join", "welcome to
    the team" invite the owner to something, "the welcome lunch" names one; they ask nothing."""
    at = text.find(welcome)
    after = text.parts[at + len(welcome.parts) : at + len(welcome.parts) + 1]
    if after and after[0] in _WELCOMING:
        return True
    return after == ("to",) or text.parts[max(0, at - 2) : at] == ("you", "are")


# "The welcome lunch at 12:00", "a welcome breakfast": an event held for a newcomer.
_WELCOMING = frozenset(
    words("lunch breakfast fika dinner drink drinks party talk meeting session coffee pack").parts
)


def announced(text: Words) -> str | None:
    """Return "will be <delivered>" when `text` says something will reach the reader by a time
    ("answers will be published on 18 December"): a promise someone else keeps."""
    parts = text.parts
    dated = bool(text.tokens & (cues.TIME_FRAME | _MONTHS))
    for i in range(len(parts) - 2):
        if parts[i] in {"will", "shall"} and parts[i + 1] == "be" and parts[i + 2] in _DELIVERED:
            return f"will be {parts[i + 2]}" if dated else None
        if parts[i] == "you" and parts[i + 1] == "will" and parts[i + 2] in _RECEIVED:
            return f"you will {parts[i + 2]}" if dated else None
        # "You get it on Tuesday", "you get the draft by Friday": the present for a delivery
        # fixed in time; "you get a discount if you sign by Friday" sets a condition.
        if parts[i] == "you" and parts[i + 1] in _RECEIVED and parts[i + 2] in _HANDED:
            return f"you {parts[i + 1]} {parts[i + 2]}" if dated and "if" not in parts else None
    return None


def told_to_read(raw: str) -> str | None:
    """Return the instruction when a clause after the first tells the reader to read ("sent
    you the draft, have a look when you can"): an imperative that does not open the sentence."""
    for clause in _CLAUSE.split(raw)[1:]:
        said = words(clause)
        found = first(said, _READ_NOW)
        if found is not None and said.find(found) == 0:
            return spoken(found)
    return None


def own_step(text: Words) -> str | None:
    """Return "let me <verb>" when the writer announces a step of their own ("let me check with
    finance"): a promise to come back, not an instruction ("let me know" asks)."""
    parts = text.parts
    if parts[:1] == ("let",) and parts[1:2] in {("me",), ("us",)} and parts[2:3]:
        return " ".join(parts[:3]) if parts[2] in _OWN_STEP else None
    return None


def read_already(raw: str) -> str | None:
    """Return the reading when a sentence opening with "read" tells of the writer's own, done on
    the way or at a time gone by ("Read the pack on the train, good work."), not an instruction:
    a board member's questions on the pack follow it."""
    found = _READ_ALREADY.match(raw)
    return found.group(0) if found else None


_READ_ALREADY = re.compile(
    r"\s*read\b[^.?!;]*?\b(?:on the (?:train|plane|flight|bus|ferry|way)|last night|this morning"
    r"|yesterday|over the weekend)\b",
    re.IGNORECASE,
)


def fragment_promise(text: Words) -> str | None:
    """Return the fragment when `text` is a verbless promise of news ("details tomorrow",
    "more to follow")."""
    parts = text.parts
    if parts in _TAKEN_ON:
        return " ".join(parts)
    if len(parts) > _FRAGMENT_WORDS or "you" in text.tokens or "by" in text.tokens:
        return None  # "numbers by Friday" sets a deadline
    later = _LATER & text.tokens or parts[1:3] == ("to", "follow")
    if parts and parts[0] in _NEWS and later:
        return " ".join(parts)
    return None


def commitment(text: Words) -> str | None:
    """Return "we will <verb>" when the writer commits to a deed by a time ("we will test it on
    Thursday"), else None: "I'll add a slide" with no time is a remark, not a promise to wait on."""
    parts = text.parts
    if not (text.tokens & cues.TIME_FRAME):
        return None
    for i in range(len(parts) - 2):
        if (
            parts[i] in cues.FIRST_PERSON
            and parts[i + 1] in {"will", "shall"}
            and parts[i + 2] not in _NOT_A_DEED
        ):
            return f"{parts[i]} {parts[i + 1]} {parts[i + 2]}"
    return None


# "If you sign", "if you can countersign": the owner's signature as the condition of an outcome.
_IF_YOU = ("if", "you")
_SIGNS = frozenset(t.parts[0] for t in terms("sign, countersign, approve"))
_IF_GAP = 2  # "if you can sign", "if you could also sign"


def signature_wanted(text: Words) -> str | None:
    """Return "if you <verb>" when a sentence opens by making the owner's signature the
    condition of what follows ("If you can sign by Friday it makes their September reporting"):
    the writer wants it, put as an outcome rather than a request."""
    if text.parts[:2] != _IF_YOU:
        return None
    verb = next((w for w in text.parts[2 : 3 + _IF_GAP] if w in _SIGNS), None)
    return None if verb is None else f"if you {verb}"


# "One page to read first", "två sidor att läsa": a subject handing over a text; not "how to read
# a downside case" (advice) nor "går inte att läsa in" (cannot be imported).
_TO_READ = re.compile(r"(?<!\bhow )(?<!\binte )\b(?:to read|att läsa)\b(?!\s+in\b)", re.IGNORECASE)


def handed_to_read(subject: str) -> str | None:
    """Return "to read" when a subject hands the owner something to read ("one page to read
    first", "två sidor att läsa före onsdag"): a document to review, however the body asks."""
    found = _TO_READ.search(subject)
    return None if found is None else found.group(0).casefold()
