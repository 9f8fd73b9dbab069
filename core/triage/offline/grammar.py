"""When a sentence that holds a request word asks nothing, read from its grammar.

"She'll reply by Thursday" foretells someone else's deed ("will you reply by" asks); "if we
need more" sets a condition; "the level of detail we needed" reports a past need; "take care"
and "kind regards" are courtesies, though "take care of the booking" is a deed; "thank you for
calling me back" thanks for a deed done; and a short line ending in a comma is a greeting or a
sign-off.
"""

from __future__ import annotations

import re

from core.triage.offline import cues
from core.triage.offline.kinds import GAP
from core.triage.offline.text import Sentence, Words, words

_FUTURE = frozenset({"will", "shall"})
_SALUTATION_WORDS = 5
_CLAUSE_END = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s")
_CONDITIONS = frozenset({"if", "whether", "unless"})
# "we needed", "what they needed": a subject's past need ("a decision is needed" asks now).
_PAST_NEED = re.compile(r"\b(?:i|we|you|they|he|she|what)\s+(?:\w+ly\s+)?needed\b", re.IGNORECASE)
_PRESENT_NEED = re.compile(r"\b(?:needs?|needing)\b", re.IGNORECASE)


def courtesy(text: Words) -> bool:
    """Tell whether `text` is a courtesy ("take care", "feel free to ask"); "take care of the
    booking" is a deed with an object, not a farewell."""
    for cue in cues.COURTESY:
        at = text.find(cue)
        if at >= 0 and text.parts[at + len(cue.parts) : at + len(cue.parts) + 1] != ("of",):
            return True
    return False


def salutation(sentence: Sentence) -> bool:
    """Tell whether `sentence` is a short line ending in a comma: a greeting or a sign-off
    ("Hi Maya,", "Have nice holidays,"), never an ask (an ask ends in a full stop or "?")."""
    return sentence.raw.rstrip().endswith(",") and len(sentence.words.parts) <= _SALUTATION_WORDS


def foretold(text: Words, cue: Words) -> bool:
    """Tell whether `cue` is what someone other than the owner will do: "she'll reply by
    Thursday" foretells a reply, "will you reply by" asks for one."""
    at = text.find(cue)
    return at >= 1 and text.parts[at - 1] in _FUTURE and (at < 2 or text.parts[at - 2] != "you")


def conditional(sentence: Sentence, cue: Words) -> bool:
    """Tell whether `cue` stands in an if-clause: "if we need more" sets a condition, it asks
    nothing ("if you could" is a request of its own and starts at the "if"; in "if we bid,
    please pass it on" the comma closes the condition)."""
    for clause in _CLAUSE_END.split(sentence.raw):
        text = words(clause)
        at = text.find(cue)
        if at >= 0:
            return any(part in _CONDITIONS for part in text.parts[max(0, at - GAP) : at])
    return False


def past_need(raw: str, cue: Words) -> bool:
    """Tell whether the need of `cue` is told in the past ("the level of detail we needed"):
    a report, not a request."""
    if "need" not in cue.parts:
        return False
    return _PAST_NEED.search(raw) is not None and _PRESENT_NEED.search(raw) is None


def past_deed(raw: str, cue: Words) -> bool:
    """Tell whether the sentence tells the cue's deed as done ("Johanna called me at lunch" for
    "call me"), its verb in the past and nowhere in the present: a report, not a request."""
    verb, rest = cue.parts[0], cue.parts[1:]
    done = re.compile(rf"\b{re.escape(verb)}e?d\b" + "".join(rf"\s+{re.escape(w)}\b" for w in rest))
    asked = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in cue.parts) + r"\b")
    folded = raw.casefold()
    return done.search(folded) is not None and asked.search(folded) is None


_THANKED = frozenset(words("thank thanks grateful").parts)


def thanked(text: Words, cue: Words) -> bool:
    """Tell whether `cue` is a deed the writer thanks for ("thank you for calling me back",
    "thanks so much for reviewing it"): done, not asked."""
    at = text.find(cue)
    return (
        at >= 2
        and text.parts[at - 1] == "for"
        and bool(_THANKED & set(text.parts[max(0, at - 4) : at - 1]))
    )
